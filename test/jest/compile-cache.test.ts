import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { cachedCompileFunction, diskStore, type CacheStore } from './compile-cache';

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

  describe('kept on disk for the other workers and later runs', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'veiviser-code-cache-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("compiles a module a fresh process has not compiled with the cache another one stored for its very source", () => {
      const store = diskStore(dir);
      const first = cachedCompileFunction(recording().compile, store);
      first(SOURCE, ['values'], { filename: '/m.js' });
      expect(first.stats).toEqual({ hits: 0, misses: 1, rejected: 0 });
      // Another worker (its own memory), the same store: the first compile takes the stored cache.
      const { compile, calls } = recording();
      const fresh = cachedCompileFunction(compile, diskStore(dir));
      const fn = fresh(SOURCE, ['values'], { filename: '/m.js', parsingContext: vm.createContext({ marker: 3 }) });
      expect(calls.map((c) => [c.produceCachedData === true, c.cachedData !== undefined])).toEqual([[false, true]]);
      expect(fresh.stats).toEqual({ hits: 1, misses: 0, rejected: 0 });
      expect(fn([4])).toEqual({ doubled: [8], marker: 3 });
      // Another source, parameters or file is not that cache.
      fresh(SOURCE.replace('v * 2', 'v * 5'), ['values'], { filename: '/m.js' });
      fresh(SOURCE, ['values', 'more'], { filename: '/n.js' });
      expect(calls.slice(1).map((c) => c.cachedData !== undefined)).toEqual([false, false]);
    });

    it('compiles afresh, and stores the new cache, when V8 rejects a stored one; an unwritable store is only a miss', () => {
      const store = diskStore(dir);
      cachedCompileFunction(recording().compile, store)(SOURCE, ['values'], { filename: '/m.js' });
      const [version] = readdirSync(dir);
      const [entry] = readdirSync(path.join(dir, version ?? ''));
      writeFileSync(path.join(dir, version ?? '', entry ?? ''), Buffer.from('not a code cache'));
      const again = cachedCompileFunction(recording().compile, diskStore(dir));
      expect(again(SOURCE, ['values'], { filename: '/m.js' })([1])).toMatchObject({ doubled: [2] });
      expect(again.stats).toEqual({ hits: 0, misses: 1, rejected: 1 });
      const third = cachedCompileFunction(recording().compile, diskStore(dir));
      third(SOURCE, ['values'], { filename: '/m.js' });
      expect(third.stats).toEqual({ hits: 1, misses: 0, rejected: 0 });
      const failing: CacheStore = { read: () => undefined, write: () => diskStore(path.join(dir, version ?? '', entry ?? '', 'below-a-file')).write('k', Buffer.from('x')) };
      const unwritable = cachedCompileFunction(recording().compile, failing);
      expect(unwritable(SOURCE, ['values'], { filename: '/m.js' })([2])).toMatchObject({ doubled: [4] });
      expect(unwritable.stats).toEqual({ hits: 0, misses: 1, rejected: 0 });
    });
  });

  it('is what this worker compiles the test files with', () => {
    const installed = (vm as unknown as Record<symbol, unknown>)[Symbol.for('veiviser.jest.compileCache')];
    expect(installed).toBeDefined();
    expect(vm.compileFunction).toBe(installed);
  });
});
