// @ts-check
/**
 * Jest's node environment, with two changes for speed; both are loaded in the worker itself, outside the test files'
 * contexts, once per worker (docs/performance.md § Tests, sixth pass).
 *
 * 1. The worker's code cache (test/jest/compile-cache.js).
 * 2. Each test file's context is an ordinary V8 context, not a "contextified" object. Jest (30) makes the context with
 *    `vm.createContext(proxy)`: every read of a global in a test file and in every module it loads (`Promise`, `Error`,
 *    `Object`, `process`, `setTimeout`, a module's free names) then goes through Node's interceptor and jest's Proxy,
 *    ~200× slower than a global read under node (4 s against 17 ms for 5 million reads here). Node (20.18+, 22.8+)
 *    makes a context whose global object is the context's own plain global with `vm.createContext(DONT_CONTEXTIFY)`;
 *    jest's environment sets its globals up on that object exactly as it does on the proxy. Each test file still gets
 *    a context of its own, with its own built-ins and module registry. What the proxy added is jest's clean-up of
 *    values put on the global after set-up (for memory leaks); `teardown` below deletes those properties instead.
 *    On a Node without the constant, the environment is jest's own.
 */
const vm = require('node:vm');
const { TestEnvironment } = require('jest-environment-node');
require('./compile-cache').install();

/** @type {unknown} */
const DONT_CONTEXTIFY = /** @type {{ constants?: { DONT_CONTEXTIFY?: unknown } }} */ (vm).constants?.DONT_CONTEXTIFY;

/** Set (not enumerable) on a test file's global when it runs in a plain context. */
const PLAIN = Symbol.for('veiviser.jest.plainContext');

class PlainContextEnvironment extends TestEnvironment {
  /**
   * @param {import('@jest/environment').JestEnvironmentConfig} config
   * @param {import('@jest/environment').EnvironmentContext} context
   */
  constructor(config, context) {
    const createContext = vm.createContext;
    let plain = false;
    if (DONT_CONTEXTIFY !== undefined) {
      // Jest's constructor calls `vm.createContext(proxy)` once, first thing; it gets a plain context instead.
      /** @type {any} */ (vm).createContext = () => {
        plain = true;
        return createContext(/** @type {any} */ (DONT_CONTEXTIFY));
      };
    }
    try {
      super(config, context);
    } finally {
      vm.createContext = createContext;
    }
    /** Whether this file runs in a plain context (false: jest's own, on an older Node). */
    this.plainContext = plain;
    if (plain && this.global) Object.defineProperty(this.global, PLAIN, { value: true, enumerable: false });
    /** The global's own names after jest's set-up: what the test file adds later is removed at teardown. */
    this.setUpNames = plain && this.global ? new Set(Reflect.ownKeys(this.global)) : new Set();
  }

  async teardown() {
    const global = this.global;
    if (this.plainContext && global) {
      for (const name of Reflect.ownKeys(global)) {
        if (this.setUpNames.has(name)) continue;
        const descriptor = Object.getOwnPropertyDescriptor(global, name);
        if (descriptor?.configurable) Reflect.deleteProperty(global, name);
      }
    }
    await super.teardown();
  }
}

module.exports = PlainContextEnvironment;
