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
const vm = require('node:vm');

const INSTALLED = Symbol.for('veiviser.jest.compileCache');

/**
 * @typedef {{ cachedData?: Buffer, cachedDataRejected?: boolean }} CacheResult
 * @typedef {{ hits: number, misses: number, rejected: number }} CacheStats
 */

/**
 * `compile` (vm.compileFunction's signature) remembering each file's code cache.
 * @param {typeof vm.compileFunction} compile
 * @returns {typeof vm.compileFunction & { stats: CacheStats }}
 */
function cachedCompileFunction(compile) {
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
    stats.misses += 1;
    const fn = compile(code, params, { ...options, produceCachedData: true });
    const data = /** @type {CacheResult} */ (fn).cachedData;
    if (data) cache.set(filename, { code, params: key, data });
    return fn;
  };
  return Object.assign(compileWithCache, { stats });
}

/**
 * Wraps this process's `vm.compileFunction` once (jest's runtime looks it up on the module at each compile); the
 * wrapper, with its counts, is kept on the module under `Symbol.for('veiviser.jest.compileCache')`.
 */
function install() {
  const holder = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (vm));
  if (holder[INSTALLED]) return;
  const wrapper = cachedCompileFunction(vm.compileFunction.bind(vm));
  holder[INSTALLED] = wrapper;
  vm.compileFunction = wrapper;
}

module.exports = { cachedCompileFunction, install };
