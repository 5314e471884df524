import vm from 'node:vm';
import { cachedCompileFunction } from './compile-cache';

/**
 * The suite's code cache (test/jest/compile-cache.js, installed by test/jest/node-environment.js): a module compiled
 * again with the same source gets V8's cache of the first compile; anything else is compiled as before, and a
 * function from the cache runs in the context it is compiled for, with that context's values.
 */
type Options = NonNullable<Parameters<typeof vm.compileFunction>[2]>;

function recording(): { compile: typeof vm.compileFunction; calls: Options[] } {
  const calls: Options[] = [];
  const compile: typeof vm.compileFunction = (code, params, options = {}) => {
    calls.push(options);
    return vm.compileFunction(code, params, options);
  };
  return { compile, calls };
}

const SOURCE = 'const doubled = values.map((v) => v * 2); return { doubled, marker: globalThis.marker };';

describe('the per-worker code cache of compiled modules', () => {
  it('compiles a module the second time with the cache of the first, in the context asked for', () => {
    const { compile, calls } = recording();
    const cached = cachedCompileFunction(compile);
    const first = cached(SOURCE, ['values'], { filename: '/m.js', parsingContext: vm.createContext({ marker: 1 }) });
    const second = cached(SOURCE, ['values'], { filename: '/m.js', parsingContext: vm.createContext({ marker: 2 }) });
    expect(calls.map((c) => [c.produceCachedData === true, c.cachedData !== undefined])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(cached.stats).toEqual({ hits: 1, misses: 1, rejected: 0 });
    expect((second as { cachedDataRejected?: boolean }).cachedDataRejected).toBe(false);
    expect(first([1, 2])).toEqual({ doubled: [2, 4], marker: 1 });
    expect(second([3])).toEqual({ doubled: [6], marker: 2 });
  });

  it('compiles a changed source, other parameters or another file without the cache', () => {
    const { compile, calls } = recording();
    const cached = cachedCompileFunction(compile);
    cached(SOURCE, ['values'], { filename: '/m.js' });
    const changed = cached(SOURCE.replace('v * 2', 'v * 3'), ['values'], { filename: '/m.js' });
    const otherParams = cached(SOURCE.replace('v * 2', 'v * 3'), ['values', 'more'], { filename: '/m.js' });
    cached(SOURCE, ['values'], { filename: '/other.js' });
    expect(calls.filter((c) => c.cachedData !== undefined)).toHaveLength(0);
    expect(cached.stats).toEqual({ hits: 0, misses: 4, rejected: 0 });
    expect(changed([1])).toMatchObject({ doubled: [3] });
    expect(otherParams([2])).toMatchObject({ doubled: [6] });
  });

  it('compiles afresh when V8 rejects the cache, and leaves calls that bring their own cache options alone', () => {
    const { compile, calls } = recording();
    const rejecting: typeof vm.compileFunction = (code, params, options = {}) => {
      const fn = compile(code, params, options);
      return options.cachedData ? Object.assign(fn, { cachedDataRejected: true }) : fn;
    };
    const cached = cachedCompileFunction(rejecting);
    cached(SOURCE, ['values'], { filename: '/m.js' });
    const again = cached(SOURCE, ['values'], { filename: '/m.js' });
    expect(cached.stats).toEqual({ hits: 0, misses: 2, rejected: 1 });
    expect(again([5])).toMatchObject({ doubled: [10] });
    calls.length = 0;
    cached(SOURCE, ['values'], { filename: '/own.js', produceCachedData: false });
    cached(SOURCE, ['values']);
    expect(calls).toEqual([{ filename: '/own.js', produceCachedData: false }, {}]);
  });

  it('is what this worker compiles the test files with', () => {
    const installed = (vm as unknown as Record<symbol, unknown>)[Symbol.for('veiviser.jest.compileCache')];
    expect(installed).toBeDefined();
    expect(vm.compileFunction).toBe(installed);
  });
});
