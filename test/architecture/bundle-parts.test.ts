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
import { AUTHENTICATION_PACKAGES } from '../../src/http/authentication-packages';

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

/** What the authentication program reports (see AUTHENTICATION_PROGRAM): per package, how many of its files are loaded. */
interface AuthenticationReport {
  readonly atStart: Record<string, number>;
  readonly afterLocalTurn: Record<string, number>;
  readonly localStatus: number;
  readonly securedStatus: { readonly noToken: number; readonly badToken: number };
  readonly afterLoad: Record<string, number>;
  readonly sameNames: Record<string, boolean>;
  readonly callable: boolean;
  readonly signedAndVerified: unknown;
  readonly streaming: { readonly atStart: number; readonly ws: number; readonly sameNames: boolean; readonly names: number };
}

/**
 * A bot with an adapter in local mode (no app id) and one with an app id, in one restify server; the packages are
 * counted by their files in the module cache (the bundle's entry for a package is one file, its own path).
 */
const AUTHENTICATION_PROGRAM = `
const { createRequire } = require('node:module');
const http = require('node:http');
const botbuilder = require('botbuilder');
const restify = require('restify');
const { AUTHENTICATION_PACKAGES, connectorAuthenticationIndex, loadAuthenticationPackages } = require(SOURCE_FILE);
const fromAuthentication = createRequire(connectorAuthenticationIndex());
const files = (name) => {
  const dir = require('node:path').dirname(fromAuthentication.resolve(name + '/package.json'));
  return Object.keys(require.cache).filter((file) => file.startsWith(dir + require('node:path').sep)).length;
};
const count = () => Object.fromEntries(AUTHENTICATION_PACKAGES.map((name) => [name, files(name)]));
const fromBotbuilder = createRequire(require.resolve('botbuilder/package.json'));
const streamingIndex = fromBotbuilder.resolve('botframework-streaming');
const streamingFiles = () => Object.keys(require.cache).filter((file) => file.startsWith(require('node:path').dirname(streamingIndex) + require('node:path').sep)).length;
const wsFiles = () => Object.keys(require.cache).filter((file) => file.includes(require('node:path').sep + 'ws' + require('node:path').sep)).length;
const entries = Object.fromEntries(AUTHENTICATION_PACKAGES.map((name) => [name, fromAuthentication(name)]));
const local = new botbuilder.CloudAdapter(new botbuilder.ConfigurationBotFrameworkAuthentication({}));
const secured = new botbuilder.CloudAdapter(new botbuilder.ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'bundle-test-app', MicrosoftAppPassword: 'not-used' }));
const atStart = count();
const streamingAtStart = { files: streamingFiles(), ws: wsFiles() };
const server = restify.createServer({ name: 'authentication-test', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyReader({ maxBodySize: 100000 }));
server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));
server.post('/local', async (req, res) => local.process(req, res, async () => undefined));
server.post('/secured', async (req, res) => secured.process(req, res, async () => undefined));
const activity = JSON.stringify({ type: 'message', id: '1', text: 'hei', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } });
const post = (port, route, authorization) => new Promise((resolve) => {
  const req = http.request({ host: '127.0.0.1', port, path: route, method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) } }, (res) => {
    res.resume();
    res.on('end', () => resolve(res.statusCode));
  });
  req.end(activity);
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const localStatus = await post(port, '/local');
  const afterLocalTurn = count();
  const securedStatus = { noToken: await post(port, '/secured'), badToken: await post(port, '/secured', 'Bearer not.a.token') };
  loadAuthenticationPackages();
  const afterLoad = count();
  server.close();
  const sameNames = {};
  for (const name of AUTHENTICATION_PACKAGES) {
    const own = require.cache[fromAuthentication.resolve(name)].exports;
    sameNames[name] = own === entries[name]
      ? 'the entry is still in the cache'
      : Object.keys(own).length > 0 && Object.keys(own).every((key) => entries[name][key] === own[key]);
  }
  const jwt = entries.jsonwebtoken;
  const signedAndVerified = jwt.verify(jwt.sign({ n: 1 }, 'a-key'), 'a-key').n;
  const streamingEntry = require.cache[streamingIndex].exports;
  delete require.cache[streamingIndex];
  const streamingOwn = fromBotbuilder('botframework-streaming');
  const streaming = {
    atStart: streamingAtStart.files,
    ws: streamingAtStart.ws,
    names: Object.keys(streamingOwn).length,
    sameNames: streamingOwn !== streamingEntry && Object.keys(streamingEntry).length === Object.keys(streamingOwn).length && Object.keys(streamingOwn).every((key) => streamingEntry[key] === streamingOwn[key]),
  };
  const callable = typeof entries.axios === 'function' && entries.axios.create === require.cache[fromAuthentication.resolve('axios')].exports.create;
  process.stdout.write(JSON.stringify({ atStart, afterLocalTurn, localStatus, securedStatus, afterLoad, sameNames, callable, signedAndVerified, streaming }));
});
`;

describe('the bundle’s Bot Framework authentication and streaming packages', () => {
  let tmp: string;
  let report: AuthenticationReport;
  beforeAll(() => {
    mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
    tmp = mkdtempSync(path.join(ROOT, 'dist', 'bundle-authentication-test-'));
    const entry = path.join(tmp, 'entry.js');
    const source = path.join(ROOT, 'src', 'http', 'authentication-packages.ts');
    writeFileSync(entry, `"use strict";\n${AUTHENTICATION_PROGRAM.replace('SOURCE_FILE', JSON.stringify(source))}`);
    const outfile = path.join(tmp, 'program.js');
    const names = ['CloudAdapter', 'ConfigurationBotFrameworkAuthentication'];
    const build = `
      import { createRequire } from 'node:module';
      import { packageEntriesFirst, botbuilderParts, restifyParts } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'scripts', 'bundle-parts.mjs')).href)};
      const esbuild = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))})('esbuild');
      await esbuild.build({ entryPoints: [${JSON.stringify(entry)}], outfile: ${JSON.stringify(outfile)}, bundle: true, packages: 'external', platform: 'node', format: 'cjs', logLevel: 'error',
        plugins: [packageEntriesFirst(${JSON.stringify(ROOT)}, ${JSON.stringify(entry)}, ${JSON.stringify(AUTHENTICATION_PACKAGES)}), botbuilderParts(${JSON.stringify(ROOT)}, ${JSON.stringify(names)}), restifyParts(${JSON.stringify(ROOT)})] });`;
    execFileSync(process.execPath, ['--input-type=module', '-e', build], { cwd: ROOT });
    report = JSON.parse(execFileSync(process.execPath, [outfile], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as AuthenticationReport;
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const only = (files: number) => Object.fromEntries(AUTHENTICATION_PACKAGES.map((name) => [name, files]));

  it('loads none of msal, @azure/identity, jsonwebtoken or axios to build both adapters, nor for a turn in local mode', () => {
    expect(report.atStart).toEqual(only(1));
    expect(report.localStatus).toBe(200);
    expect(report.afterLocalTurn).toEqual(only(1));
  });

  it('rejects an activity without a token, or with one that is not a token, with 401 when an app id is set', () => {
    expect(report.securedStatus).toEqual({ noToken: 401, badToken: 401 });
  });

  it('loads every package with loadAuthenticationPackages, and the entries then give the packages’ own names', () => {
    for (const name of AUTHENTICATION_PACKAGES) expect(report.afterLoad[name]).toBeGreaterThan(1);
    expect(report.sameNames).toEqual(Object.fromEntries(AUTHENTICATION_PACKAGES.map((name) => [name, true])));
    expect(report.callable).toBe(true);
    expect(report.signedAndVerified).toBe(1);
  });

  it('loads of botframework-streaming only the file of the class CloudAdapter extends, and no ws; each name is the package’s own', () => {
    // Its index's entry and lib/requestHandler.js.
    expect(report.streaming.atStart).toBe(2);
    expect(report.streaming.ws).toBe(0);
    expect(report.streaming.names).toBeGreaterThan(10);
    expect(report.streaming.sameNames).toBe(true);
  });
});
