// @ts-check
/**
 * A V8 code cache for the modules jest compiles, kept per worker process (docs/performance.md § Tests, fifth pass).
 *
 * Jest gives every test file its own module registry, so a worker compiles botbuilder, zod and the app (~1,100
 * modules) again for each file that builds the app: ~0.6 s of CPU in `vm.compileFunction` per such file. V8 skips
 * most of that when it is given the code cache of the same source from an earlier compile. Jest (30) calls
 * `vm.compileFunction` without cache options; `install()` wraps it so that a module whose transformed source is
 * exactly the one compiled before (same file name, parameters and text) is compiled with that cache. V8 checks the
 * cache against the source and rejects one that does not fit, and then the module is compiled as before. The cache
 * holds compiled code only, never values: every test file still runs each module's top level in its own context.
 */
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const INSTALLED = Symbol.for('veiviser.jest.compileCache');

/**
 * @typedef {{ cachedData?: Buffer, cachedDataRejected?: boolean }} CacheResult
 * @typedef {{ hits: number, misses: number, rejected: number }} CacheStats
 * @typedef {{ read(key: string): Buffer | undefined, write(key: string, data: Buffer): void }} CacheStore
 */

/**
 * The code caches of the modules compiled by every worker of every run, one file each under `dir`, named by a hash of
 * the module's file name, parameters and transformed source (docs/performance.md § Session 41, suite). A worker is
 * replaced once its heap passes `workerIdleMemoryLimit`, and every `jest` of one file is a fresh process: their first
 * compile of each module then takes the cache an earlier worker made instead of compiling it whole. `dir` is kept per
 * Node version, platform and node flags (V8 rejects a cache made under other flags: each would overwrite the other's).
 * Reading or writing a file that fails is a miss, never an error: the module is compiled as without the store.
 * @param {string} root
 * @returns {CacheStore}
 */
function diskStore(root) {
  const flags = createHash('sha256').update(process.execArgv.join('\0')).digest('hex').slice(0, 12);
  const dir = path.join(root, `${process.version}-${process.platform}-${process.arch}-${flags}`);
  let made = false;
  return {
    read(key) {
      try {
        return readFileSync(path.join(dir, key));
      } catch {
        return undefined; // not stored yet (or unreadable): compiled, and stored after
      }
    },
    write(key, data) {
      try {
        if (!made) mkdirSync(dir, { recursive: true });
        made = true;
        // Two workers may write the same module at once: each writes its own file and renames it over the name.
        const partial = path.join(dir, `${key}.${process.pid}.partial`);
        writeFileSync(partial, data);
        renameSync(partial, path.join(dir, key));
      } catch {
        // A full disk or a read-only cache directory: the module stays in this worker's memory only.
      }
    },
  };
}

/** The store's name of a module's cache: its file name, parameters and source. */
function storeKey(/** @type {string} */ filename, /** @type {string} */ params, /** @type {string} */ code) {
  return createHash('sha256').update(filename).update('\0').update(params).update('\0').update(code).digest('hex');
}

/**
 * `compile` (vm.compileFunction's signature) remembering each file's code cache, in this process and, given a `store`,
 * for the other workers and later runs: a module this process has not compiled yet is compiled with the store's cache
 * for its very source, when there is one.
 * @param {typeof vm.compileFunction} compile
 * @param {CacheStore} [store]
 * @returns {typeof vm.compileFunction & { stats: CacheStats }}
 */
function cachedCompileFunction(compile, store) {
  /** @type {Map<string, { code: string, params: string, data: Buffer }>} */
  const cache = new Map();
  const stats = { hits: 0, misses: 0, rejected: 0 };
  /** @type {typeof vm.compileFunction} */
  const compileWithCache = (code, params = [], options = {}) => {
    const filename = options.filename;
    if (typeof filename !== 'string' || options.cachedData !== undefined || options.produceCachedData !== undefined) {
      return compile(code, params, options);
    }
    const key = params.join(',');
    const known = cache.get(filename);
    if (known && known.code === code && known.params === key) {
      const fn = compile(code, params, { ...options, cachedData: known.data });
      if (!(/** @type {CacheResult} */ (fn).cachedDataRejected)) {
        stats.hits += 1;
        return fn;
      }
      stats.rejected += 1;
      cache.delete(filename);
    }
    const name = store ? storeKey(filename, key, code) : '';
    const stored = store?.read(name);
    if (stored) {
      const fn = compile(code, params, { ...options, cachedData: stored });
      if (!(/** @type {CacheResult} */ (fn).cachedDataRejected)) {
        stats.hits += 1;
        cache.set(filename, { code, params: key, data: stored });
        return fn;
      }
      stats.rejected += 1;
    }
    stats.misses += 1;
    const fn = compile(code, params, { ...options, produceCachedData: true });
    const data = /** @type {CacheResult} */ (fn).cachedData;
    if (data) {
      cache.set(filename, { code, params: key, data });
      store?.write(name, data);
    }
    return fn;
  };
  return Object.assign(compileWithCache, { stats });
}

/**
 * Wraps this process's `vm.compileFunction` once (jest's runtime looks it up on the module at each compile); the
 * wrapper, with its counts, is kept on the module under `Symbol.for('veiviser.jest.compileCache')`. With `dir` (the
 * environment passes jest's cache directory, so `jest --clearCache` empties it too), the caches are also kept on disk
 * for the other workers (`diskStore`).
 * @param {string} [dir]
 */
function install(dir) {
  const holder = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (vm));
  if (holder[INSTALLED]) return;
  const wrapper = cachedCompileFunction(vm.compileFunction.bind(vm), dir === undefined ? undefined : diskStore(dir));
  holder[INSTALLED] = wrapper;
  vm.compileFunction = wrapper;
}

module.exports = { cachedCompileFunction, diskStore, install };
