// esbuild plugins for the bundle `npm start` runs (scripts/bundle-app.mjs): the Bot Framework's and restify's
// packages stay in node_modules, loaded by Node as the echo bot loads them, but the bundle does not load the parts of
// their indexes the app never uses. Each is checked against the package's own index when the bundle is made.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * botbuilder's index loads every part of the package (the old BotFrameworkAdapter's file transcripts with fs-extra,
 * the SharePoint handlers with htmlparser2, the skills' and inspection's middleware: 84 modules more than the app
 * uses, ~15 ms of a start). The app's `require("botbuilder")` is bundled as a module that gets each name the app reads
 * from the one file of botbuilder (or botbuilder-core, which its index re-exports) that defines it, when the name is
 * first read: the very classes and functions botbuilder's index exports (checked below, for every name), from the
 * same package files, resolved from botbuilder's index as the index resolves them. The tests and tsx use the index.
 */

/** A package's index relative to its folder (its "main"), as the bundled program finds it wherever the package is. */
function mainOf(requireFromRoot, name) {
  const main = path
    .relative(path.dirname(requireFromRoot.resolve(`${name}/package.json`)), requireFromRoot.resolve(name))
    .split(path.sep)
    .join('/');
  return `require('node:path').join(require.resolve(${JSON.stringify(`${name}/package.json`)}), '..', ${JSON.stringify(main)})`;
}
/** The names the app's modules read from botbuilder (tsc writes `const botbuilder_1 = require("botbuilder")`, then `botbuilder_1.Name`). */
export function botbuilderNames(dir) {
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
  walk(dir);
  return [...names].sort();
}
/** For each name, the file (relative to botbuilder's index) whose export is the index's: botbuilder-core, or one of botbuilder's own lib/*.js. */
function botbuilderSources(requireBotbuilder, names) {
  const index = requireBotbuilder('./index.js');
  const own = readdirSync(path.dirname(requireBotbuilder.resolve('./index.js'))).filter((f) => f.endsWith('.js') && f !== 'index.js');
  const files = ['botbuilder-core', ...own.map((f) => `./${f.slice(0, -3)}`)];
  const sources = {};
  for (const name of names) {
    if (index[name] === undefined) throw new Error(`botbuilder exports no ${name}`);
    const file = files.find((f) => requireBotbuilder(f)[name] === index[name]);
    if (file === undefined) throw new Error(`no single file of botbuilder defines ${name}`);
    sources[name] = file;
  }
  return sources;
}
/** The esbuild plugin: `require("botbuilder")` of the app's modules, for the names it reads (`names`). */
export function botbuilderParts(root, names) {
  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const requireBotbuilder = createRequire(requireFromRoot.resolve('botbuilder'));
  return {
    name: 'botbuilder-parts',
    setup(build) {
      build.onResolve({ filter: /^botbuilder$/ }, () => ({ path: 'botbuilder', namespace: 'botbuilder-parts' }));
      build.onLoad({ filter: /.*/, namespace: 'botbuilder-parts' }, () => {
        const getters = Object.entries(botbuilderSources(requireBotbuilder, names)).map(
          ([name, file]) =>
            `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => fromBotbuilder(${JSON.stringify(file)})[${JSON.stringify(name)}] });`,
        );
        return {
          contents: [`const fromBotbuilder = require('node:module').createRequire(${mainOf(requireFromRoot, 'botbuilder')});`, ...getters].join('\n'),
          loader: 'js',
          resolveDir: root,
        };
      });
    },
  };
}

/*
 * restify's index loads all of its 31 plugins when it is loaded (`module.exports.plugins = require('./plugins')`):
 * the throttles, static files with send and mime, multipart bodies with formidable, request signatures with sshpk,
 * gzip, audit logging: ~200 modules and ~60–70 ms of a start, of which the app uses two (bodyReader and
 * jsonBodyParser, src/server.ts). The bundle's `require("restify")` gives restify's own index, loaded after a module
 * cache entry for its plugins' index (require.cache, which Node lets a program fill) whose plugins are got from their
 * files when first read: the same functions from the same files, each plugin's modules loaded only if the app uses
 * it. Which file each plugin comes from is read from the plugins' index at build time and checked against it below.
 */
/** The plugins' index as { name: file } (and `pre`, the pre-routing plugins, the same way), checked to give its very exports. */
function restifyPlugins(requireRestify) {
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
/** The esbuild plugin: `require("restify")` of the app's modules. */
export function restifyParts(root) {
  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const requireRestify = createRequire(requireFromRoot.resolve('restify'));
  return {
    name: 'restify-parts',
    setup(build) {
      build.onResolve({ filter: /^restify$/ }, () => ({ path: 'restify', namespace: 'restify-parts' }));
      build.onLoad({ filter: /.*/, namespace: 'restify-parts' }, () => {
        const { plugins, pre } = restifyPlugins(requireRestify);
        const main = mainOf(requireFromRoot, 'restify');
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
}

/*
 * botframework-connector's authentication index loads all of its files, and four of them require a package they use
 * only inside a call: @azure/msal-node and @azure/identity (an app's or a managed identity's token), jsonwebtoken
 * (reading a request's token) and axios (the skills' client): ~90 ms of a start's CPU and ~200 modules, none of which
 * a bot without a MicrosoftAppId ever uses (src/http/authentication-packages.ts, which also loads them right after
 * `listening` when there is an app id). Before anything else runs, the bundle puts into Node's module cache, for each
 * package as the connector's authentication files resolve it, an entry whose names (and, for axios, whose call) are
 * got from the package itself when first used: its entry leaves the cache then and the package is loaded as Node
 * loads it, so every later require gets the package's own exports. The names are the package's own, read here.
 */
/** Names that a function's own properties hold and an entry could not give as getters. */
const FUNCTION_OWN = new Set(['prototype', 'length', 'name', 'caller', 'arguments']);
/**
 * Each package's shape: whether its exports are a function, whether they say `__esModule`, and their enumerable names.
 * `packages`: src/http/authentication-packages.ts's list (the build reads tsc's output of it).
 */
export function authenticationPackageShapes(root, packages) {
  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const fromAuthentication = createRequire(createRequire(requireFromRoot.resolve('botbuilder/package.json')).resolve('botframework-connector/lib/auth/index.js'));
  const shapes = {};
  for (const name of packages) {
    const exported = fromAuthentication(name);
    if ((typeof exported !== 'object' && typeof exported !== 'function') || exported === null) throw new Error(`${name} exports neither an object nor a function`);
    const callable = typeof exported === 'function';
    const names = Object.keys(exported).filter((key) => key !== '__esModule');
    const clash = names.filter((key) => callable && FUNCTION_OWN.has(key));
    if (clash.length > 0) throw new Error(`${name}'s exports name ${clash.join(', ')}, which a function entry cannot give`);
    shapes[name] = { callable, esModule: exported.__esModule === true, names };
  }
  return shapes;
}
/** The module that puts the authentication packages' entries into the cache (required first by the entry point, see `packageEntriesFirst`). */
function authenticationPackagesEntries(shapes) {
  return `const Module = require('node:module');
const fromAuthentication = Module.createRequire(Module.createRequire(require.resolve('botbuilder/package.json')).resolve('botframework-connector/lib/auth/index.js'));
for (const [name, shape] of Object.entries(${JSON.stringify(shapes)})) {
  const file = fromAuthentication.resolve(name);
  if (require.cache[file] !== undefined) continue;
  const entry = new Module(file);
  let loaded;
  const load = () => {
    if (loaded === undefined) {
      if (require.cache[file] === entry) delete require.cache[file];
      loaded = fromAuthentication(name);
    }
    return loaded;
  };
  const exported = shape.callable
    ? function (...args) {
        return new.target === undefined ? Reflect.apply(load(), this, args) : Reflect.construct(load(), args, new.target);
      }
    : {};
  if (shape.esModule) Object.defineProperty(exported, '__esModule', { value: true });
  for (const key of shape.names) {
    Object.defineProperty(exported, key, {
      enumerable: true,
      configurable: true,
      get: () => load()[key],
      set: (value) => {
        load()[key] = value;
      },
    });
  }
  entry.filename = file;
  entry.exports = exported;
  entry.loaded = true;
  require.cache[file] = entry;
}`;
}
/*
 * botframework-streaming (Direct Line App Service Extension's named pipes and web sockets, with ws: 54 modules and ~20 ms
 * of a start) is loaded by botbuilder's CloudAdapter, which reads one of its names at load (`class
 * StreamingRequestHandler extends RequestHandler`) and the others only inside a streaming connection, which the bot
 * served over HTTP never opens. Its index is put into the cache the same way, as restify's plugins' index is: each name
 * got, when first read, from the one file of the package (a `require` of the index) that exports the very object.
 */
/** For each name of botframework-streaming's index, the file its index requires that exports the same object. */
export function streamingSources(root) {
  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const index = createRequire(requireFromRoot.resolve('botbuilder/package.json')).resolve('botframework-streaming');
  const fromIndex = createRequire(index);
  const files = [...readFileSync(index, 'utf8').matchAll(/\brequire\("(\.\/[\w./]+)"\)/g)].map(([, file]) => file);
  const exported = fromIndex(index);
  const sources = {};
  for (const name of Object.keys(exported)) {
    const file = files.find((f) => fromIndex(f)[name] === exported[name]);
    if (file === undefined) throw new Error(`no file that botframework-streaming's index (${index}) requires exports its ${name}`);
    sources[name] = file;
  }
  return { esModule: exported.__esModule === true, sources };
}
/** The module that puts botframework-streaming's index into the cache (see `packageEntriesFirst`). */
function streamingEntry({ esModule, sources }) {
  return `{
  const index = Module.createRequire(require.resolve('botbuilder/package.json')).resolve('botframework-streaming');
  if (require.cache[index] === undefined) {
    const fromIndex = Module.createRequire(index);
    const entry = new Module(index);
    entry.filename = index;
    entry.exports = {};
    if (${JSON.stringify(esModule)}) Object.defineProperty(entry.exports, '__esModule', { value: true });
    for (const [name, file] of Object.entries(${JSON.stringify(sources)})) {
      Object.defineProperty(entry.exports, name, { enumerable: true, get: () => fromIndex(file)[name] });
    }
    entry.loaded = true;
    require.cache[index] = entry;
  }
}`;
}
/**
 * The esbuild plugin: the entry point (`entry`, tsc's index.js) requires, before anything else, the module that puts the
 * authentication packages' (`packages`) and botframework-streaming's entries into Node's module cache.
 */
export function packageEntriesFirst(root, entry, packages) {
  const MODULE = 'veiviser-package-entries';
  return {
    name: 'package-entries-first',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${MODULE}$`) }, () => ({ path: MODULE, namespace: MODULE }));
      build.onLoad({ filter: /.*/, namespace: MODULE }, () => ({
        contents: `${authenticationPackagesEntries(authenticationPackageShapes(root, packages))}\n${streamingEntry(streamingSources(root))}`,
        loader: 'js',
        resolveDir: root,
      }));
      build.onLoad({ filter: new RegExp(`${path.basename(entry).replace(/\./g, '\\.')}$`) }, (args) => {
        if (path.resolve(args.path) !== path.resolve(entry)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const strict = '"use strict";';
        // On the directive's line, so the lines of tsc's map (and so of an error's stack) stay where they are.
        const contents = text.startsWith(strict) ? `${strict}require(${JSON.stringify(MODULE)});${text.slice(strict.length)}` : `require(${JSON.stringify(MODULE)});${text}`;
        return { contents, loader: 'js' };
      });
    },
  };
}
