/**
 * The bundle `npm start` runs gets botbuilder's names from the files that define them and restify's plugins when first
 * read (scripts/bundle-parts.mjs), so a start loads neither package's unused parts (issue #16). Checked on a small
 * program bundled with the same esbuild plugins and run in a fresh process: what it loads, that every name and plugin
 * is the very object the packages' own indexes give, and that a restify server built from it reads a JSON body.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.join(__dirname, '..', '..');

/** What the program reports (see PROGRAM). */
interface Report {
  readonly atStart: { readonly botbuilderIndex: boolean; readonly fsExtra: boolean; readonly restifyStatic: boolean; readonly restifyMultipart: boolean; readonly bodyReader: boolean };
  readonly sameNames: Record<string, boolean>;
  readonly samePlugins: Record<string, boolean>;
  readonly body: unknown;
}

/** Loads both packages as the app's modules do, then compares with the packages' own indexes (loaded last). */
const PROGRAM = `
const { createRequire } = require('node:module');
const http = require('node:http');
const botbuilder = require('botbuilder');
const restify = require('restify');
const has = (pattern) => Object.keys(require.cache).some((file) => pattern.test(file.split(require('node:path').sep).join('/')));
const atStart = {
  botbuilderIndex: has(/\\/botbuilder\\/lib\\/index\\.js$/),
  fsExtra: has(/\\/node_modules\\/fs-extra\\//),
  restifyStatic: has(/\\/restify\\/lib\\/plugins\\/static\\.js$/),
  restifyMultipart: has(/\\/restify\\/lib\\/plugins\\/multipartBodyParser\\.js$/),
  bodyReader: has(/\\/restify\\/lib\\/plugins\\/bodyReader\\.js$/),
};
const server = restify.createServer({ name: 'bundle-parts-test', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyReader({ maxBodySize: 1000 }));
server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));
server.post('/echo', (req, res, next) => { res.send(200, req.body); next(); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ host: '127.0.0.1', port, path: '/echo', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
    let text = '';
    res.on('data', (c) => (text += c));
    res.on('end', () => {
      server.close();
      const fromHere = createRequire(__filename);
      const index = fromHere('botbuilder');
      const sameNames = Object.fromEntries(NAMES.map((name) => [name, botbuilder[name] !== undefined && botbuilder[name] === index[name]]));
      const fromPlugins = createRequire(fromHere.resolve('restify/lib/plugins/index.js'));
      const samePlugins = {
        bodyReader: restify.plugins.bodyReader === fromPlugins('./bodyReader'),
        jsonBodyParser: restify.plugins.jsonBodyParser === fromPlugins('./jsonBodyParser'),
        serveStatic: restify.plugins.serveStatic === fromPlugins('./static'),
        sanitizePath: restify.pre.sanitizePath === fromPlugins('./pre/prePath'),
      };
      process.stdout.write(JSON.stringify({ atStart, sameNames, samePlugins, body: JSON.parse(text) }));
    });
  });
  req.end(JSON.stringify({ text: 'hei', n: 1 }));
});
`;

const NAMES = ['ActivityTypes', 'CardFactory', 'CloudAdapter', 'ConfigurationBotFrameworkAuthentication', 'MessageFactory', 'TeamsActivityHandler', 'TurnContext'];

describe('the bundle’s botbuilder and restify parts', () => {
  let tmp: string;
  let report: Report;
  beforeAll(() => {
    mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
    // Inside the project, so the program finds node_modules as dist/veiviser.js does.
    tmp = mkdtempSync(path.join(ROOT, 'dist', 'bundle-parts-test-'));
    const entry = path.join(tmp, 'entry.js');
    writeFileSync(entry, `const NAMES = ${JSON.stringify(NAMES)};\n${PROGRAM}`);
    const outfile = path.join(tmp, 'program.js');
    const build = `
      import { createRequire } from 'node:module';
      import { botbuilderParts, restifyParts } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'scripts', 'bundle-parts.mjs')).href)};
      const esbuild = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))})('esbuild');
      await esbuild.build({ entryPoints: [${JSON.stringify(entry)}], outfile: ${JSON.stringify(outfile)}, bundle: true, packages: 'external', platform: 'node', format: 'cjs', logLevel: 'error',
        plugins: [botbuilderParts(${JSON.stringify(ROOT)}, ${JSON.stringify(NAMES)}), restifyParts(${JSON.stringify(ROOT)})] });`;
    execFileSync(process.execPath, ['--input-type=module', '-e', build], { cwd: ROOT });
    report = JSON.parse(execFileSync(process.execPath, [outfile], { cwd: tmp, encoding: 'utf8' })) as Report;
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("loads neither botbuilder's index (nor fs-extra) nor restify's unused plugins, and a plugin only when read", () => {
    expect(report.atStart).toEqual({ botbuilderIndex: false, fsExtra: false, restifyStatic: false, restifyMultipart: false, bodyReader: false });
  });

  it("gives every name the very object botbuilder's index exports, and each plugin the one restify's plugins' files export", () => {
    expect(report.sameNames).toEqual(Object.fromEntries(NAMES.map((name) => [name, true])));
    expect(report.samePlugins).toEqual({ bodyReader: true, jsonBodyParser: true, serveStatic: true, sanitizePath: true });
  });

  it('serves a JSON body through the plugins read from their files', () => {
    expect(report.body).toEqual({ text: 'hei', n: 1 });
  });
});
