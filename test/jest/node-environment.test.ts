import vm from 'node:vm';
import type { JestEnvironmentConfig, EnvironmentContext } from '@jest/environment';
import PlainContextEnvironment from './node-environment';

/**
 * The suite's test environment (test/jest/node-environment.js): each test file runs in a context of its own whose
 * global object is a plain V8 global (reads of `Promise`, `Object`, `process` … as fast as under node), set up with
 * jest's node globals exactly as jest does, and what a file adds to its global is removed when the file ends.
 */
const HAS_PLAIN_CONTEXTS = (vm as unknown as { constants?: { DONT_CONTEXTIFY?: unknown } }).constants?.DONT_CONTEXTIFY !== undefined;

function environment(): PlainContextEnvironment {
  const config = {
    globalConfig: {},
    projectConfig: { testEnvironmentOptions: {}, globals: {}, fakeTimers: {}, rootDir: __dirname, testPathIgnorePatterns: [] },
  } as unknown as JestEnvironmentConfig;
  const context = { console, docblockPragmas: {}, testPath: __filename } as unknown as EnvironmentContext;
  return new PlainContextEnvironment(config, context);
}

describe('the test environment', () => {
  it('runs this file in a plain context', () => {
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('veiviser.jest.plainContext')] === true).toBe(HAS_PLAIN_CONTEXTS);
  });

  it("gives a file a plain global of its own with jest's node globals and its own built-ins", async () => {
    const env = environment();
    try {
      expect(env.plainContext).toBe(HAS_PLAIN_CONTEXTS);
      const context = env.getVmContext();
      expect(context).not.toBeNull();
      if (!context) return;
      // A plain context is its own global object; jest's contextified proxy is not.
      if (HAS_PLAIN_CONTEXTS) expect(context).toBe(env.global);
      expect(vm.runInContext('[typeof process, typeof setTimeout, typeof Buffer, typeof URL, typeof TextEncoder, typeof structuredClone].join()', context)).toBe(
        'object,function,function,function,function,function',
      );
      expect(vm.runInContext('globalThis === this && global === globalThis', context)).toBe(true);
      // Its own built-ins, not this file's or the worker's.
      expect(vm.runInContext('Object', context)).not.toBe(Object);
      expect(vm.runInContext('[1, 2].map((n) => n * 2)', context)).toHaveLength(2);
    } finally {
      await env.teardown();
    }
  });

  it("removes what a file put on its global when the file ends, and keeps jest's set-up", async () => {
    const env = environment();
    const global = env.global as unknown as Record<string, unknown>;
    const context = env.getVmContext();
    if (!context) throw new Error('no context');
    vm.runInContext('globalThis.leftBehind = { big: new Array(10).fill(0) }; var declared = 1;', context);
    expect(global['leftBehind']).toBeDefined();
    await env.teardown();
    if (HAS_PLAIN_CONTEXTS) expect('leftBehind' in global).toBe(false);
    expect(typeof global['process']).toBe('object');
    expect(env.getVmContext()).toBeNull();
  });
});
