// The build's last step (after tsc and the data step, see `npm run build`): the app's own modules as one file,
// dist/veiviser.js, which `npm start` runs. Node resolves, reads and wraps each CommonJS module on its own (tsc's
// dist/src is ~170 files); as one file a start spends ~0.13 s less CPU (docs/performance.md, eleventh pass).
// Every package stays outside the bundle and is loaded from node_modules as before, so no package's own file lookups
// (data files, optional native modules) move: restify and the Bot Framework's packages as the echo bot the start-up
// target is measured against loads them, except that botbuilder's index is not loaded (below: the app's names come
// from the files of botbuilder that define them). Bundling a package's code as well cost idle memory (one source string
// for all, stored two bytes a character once any of it is not Latin-1) for ~0.05 s more.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildId } from './build-id.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// esbuild is a devDependency, as tsc is: `npm run build` needs the development install (`npm ci`).
const esbuild = createRequire(import.meta.url)('esbuild');

/*
 * zod (v4) is bundled too, without its 60-odd message locales: the echo bot the start-up target is measured against
 * loads none of it (the Bot Framework brings its own zod 3), and Node resolved, read and compiled its 95 files one by
 * one, 64 of them locales that `zod`'s index loads for `z.locales` and nothing here uses (error messages stay
 * English, the locale zod configures itself with). Loading zod went from ~40 to ~19 ms of CPU.
 */
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const zodInside = {
  name: 'zod-inside',
  setup(build) {
    // The package's entry (and its subpaths) from node_modules, bundled; every other package stays external.
    build.onResolve({ filter: /^zod(?:\/|$)/ }, (args) => ({ path: requireFromRoot.resolve(args.path) }));
    // `z.locales` and `z.core.locales`: English only (what `z.config(en())` in zod's own index already sets).
    build.onResolve({ filter: /\/locales\/index\.cjs$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`) ? { path: 'zod-locales', namespace: 'zod-inside' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-inside' }, () => ({
      contents: `exports.en = require(${JSON.stringify(requireFromRoot.resolve('zod/v4/locales/en.cjs'))}).default;`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/*
 * botbuilder's index loads every part of the package (the old BotFrameworkAdapter's file transcripts with fs-extra,
 * the SharePoint handlers with htmlparser2, the skills' and inspection's middleware: 84 modules more than the app
 * uses, ~15 ms of a start). The app's `require("botbuilder")` is bundled as a module that gets each name the app reads
 * from the one file of botbuilder (or botbuilder-core, which its index re-exports) that defines it, when the name is
 * first read: the very classes and functions botbuilder's index exports (checked below, for every name), from the
 * same package files, resolved from botbuilder's index as the index resolves them. The tests and tsx use the index.
 */
const requireBotbuilder = createRequire(requireFromRoot.resolve('botbuilder'));
/** botbuilder's index relative to its package folder (its "main", lib/index.js). */
const botbuilderMain = path
  .relative(path.dirname(requireFromRoot.resolve('botbuilder/package.json')), requireFromRoot.resolve('botbuilder'))
  .split(path.sep)
  .join('/');
/** The names the app's modules read from botbuilder (tsc writes `const botbuilder_1 = require("botbuilder")`, then `botbuilder_1.Name`). */
function botbuilderNames() {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.js')) {
        const text = readFileSync(file, 'utf8');
        for (const [, binding] of text.matchAll(/\b(\w+) = require\("botbuilder"\)/g)) {
          for (const [, name] of text.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))) names.add(name);
        }
      }
    }
  };
  walk(path.join(root, 'dist', 'src'));
  return [...names].sort();
}
/** For each name, the file (relative to botbuilder's index) whose export is the index's: botbuilder-core, or one of botbuilder's own lib/*.js. */
function botbuilderSources() {
  const index = requireBotbuilder('./index.js');
  const own = readdirSync(path.dirname(requireBotbuilder.resolve('./index.js'))).filter((f) => f.endsWith('.js') && f !== 'index.js');
  const files = ['botbuilder-core', ...own.map((f) => `./${f.slice(0, -3)}`)];
  const sources = {};
  for (const name of botbuilderNames()) {
    if (index[name] === undefined) throw new Error(`botbuilder exports no ${name}`);
    const file = files.find((f) => requireBotbuilder(f)[name] === index[name]);
    if (file === undefined) throw new Error(`no single file of botbuilder defines ${name}`);
    sources[name] = file;
  }
  return sources;
}
const botbuilderParts = {
  name: 'botbuilder-parts',
  setup(build) {
    build.onResolve({ filter: /^botbuilder$/ }, () => ({ path: 'botbuilder', namespace: 'botbuilder-parts' }));
    build.onLoad({ filter: /.*/, namespace: 'botbuilder-parts' }, () => {
      const getters = Object.entries(botbuilderSources()).map(
        ([name, file]) => `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => fromBotbuilder(${JSON.stringify(file)})[${JSON.stringify(name)}] });`,
      );
      const from = `require('node:path').join(require.resolve('botbuilder/package.json'), '..', ${JSON.stringify(botbuilderMain)})`;
      return { contents: [`const fromBotbuilder = require('node:module').createRequire(${from});`, ...getters].join('\n'), loader: 'js', resolveDir: root };
    });
  },
};

/*
 * restify's index loads all of its 31 plugins when it is loaded (`module.exports.plugins = require('./plugins')`):
 * the throttles, static files with send and mime, multipart bodies with formidable, request signatures with sshpk,
 * gzip, audit logging: ~200 modules and ~60–70 ms of a start, of which the app uses two (bodyReader and
 * jsonBodyParser, src/server.ts). The bundle's `require("restify")` gives restify's own index, loaded after a module
 * cache entry for its plugins' index (require.cache, which Node lets a program fill) whose plugins are got from their
 * files when first read: the same functions from the same files, each plugin's modules loaded only if the app uses
 * it. Which file each plugin comes from is read from the plugins' index at build time and checked against it below.
 */
const requireRestify = createRequire(requireFromRoot.resolve('restify'));
const restifyMain = path
  .relative(path.dirname(requireFromRoot.resolve('restify/package.json')), requireFromRoot.resolve('restify'))
  .split(path.sep)
  .join('/');
/** The plugins' index as { name: file } (and `pre`, the pre-routing plugins, the same way), checked to give its very exports. */
function restifyPlugins() {
  const index = requireRestify.resolve('./plugins');
  const text = readFileSync(index, 'utf8');
  const fromPlugins = createRequire(index);
  const real = fromPlugins('./index.js');
  const plugins = {};
  const pre = {};
  for (const [, name, file] of text.matchAll(/^\s*(\w+): require\('(\.\/[\w./]+)'\),?$/gm)) (file.startsWith('./pre/') ? pre : plugins)[name] = file;
  const same = (files, exports) =>
    Object.keys(files).length === Object.keys(exports).length && Object.entries(files).every(([name, file]) => exports[name] === fromPlugins(file));
  const otherKeys = Object.keys(real).filter((key) => key !== 'pre');
  if (!same(plugins, Object.fromEntries(otherKeys.map((key) => [key, real[key]]))) || !same(pre, real.pre)) {
    throw new Error(`restify's plugins index (${index}) is not the list of requires this build reads`);
  }
  return { plugins, pre };
}
const restifyParts = {
  name: 'restify-parts',
  setup(build) {
    build.onResolve({ filter: /^restify$/ }, () => ({ path: 'restify', namespace: 'restify-parts' }));
    build.onLoad({ filter: /.*/, namespace: 'restify-parts' }, () => {
      const { plugins, pre } = restifyPlugins();
      const main = `require('node:path').join(require.resolve('restify/package.json'), '..', ${JSON.stringify(restifyMain)})`;
      return {
        contents: `const Module = require('node:module');
const fromRestify = Module.createRequire(${main});
const pluginsIndex = fromRestify.resolve('./plugins');
if (require.cache[pluginsIndex] === undefined) {
  const fromPlugins = Module.createRequire(pluginsIndex);
  const lazy = (files) => Object.defineProperties({}, Object.fromEntries(Object.entries(files).map(([name, file]) => [name, { enumerable: true, get: () => fromPlugins(file) }])));
  const entry = new Module(pluginsIndex);
  entry.filename = pluginsIndex;
  entry.exports = Object.assign(lazy(${JSON.stringify(plugins)}), { pre: lazy(${JSON.stringify(pre)}) });
  entry.loaded = true;
  require.cache[pluginsIndex] = entry;
}
module.exports = fromRestify(${main});`,
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};

const outfile = path.join(root, 'dist', 'veiviser.js');
await esbuild.build({
  plugins: [zodInside, botbuilderParts, restifyParts],
  // tsc's output, not the sources: the bundle runs the very JavaScript the tests of the build and the data step ran.
  entryPoints: [path.join(root, 'dist', 'src', 'index.js')],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // The map leads an error's stack back to the TypeScript sources (through tsc's maps) with `node --enable-source-maps`.
  sourcemap: 'linked',
  logLevel: 'warning',
  // The program's id, so it trusts only the data check that its own modules ran (src/paths/data-file.ts).
  define: { VEIVISER_BUILD_ID: JSON.stringify(buildId(root)) },
});
process.stdout.write(`app bundled to ${path.relative(root, outfile)}\n`);
