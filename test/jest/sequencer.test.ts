import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Test } from '@jest/test-result';
import HeaviestFirstSequencer from './sequencer';

/**
 * The suite's order of test files (test/jest/sequencer.js): the known heaviest files first, in their listed order,
 * then every other file in jest's own order; the same files, none dropped or repeated.
 */
const TEST_ROOT = path.join(__dirname, '..');

function testOf(relative: string): Test {
  const testPath = path.join(TEST_ROOT, relative);
  // No timing cache and no earlier failures: jest orders these by file size.
  const context = { config: { id: 'sequencer-test', cacheDirectory: path.join(TEST_ROOT, '__no_cache__') }, hasteFS: { getSize: () => 1 } };
  return { context, duration: undefined, path: testPath } as unknown as Test;
}

describe('the order of test files', () => {
  it('names only files that exist', () => {
    for (const relative of HeaviestFirstSequencer.HEAVIEST) expect(existsSync(path.join(TEST_ROOT, relative))).toBe(true);
  });

  it('starts the heaviest files first, in their order, and keeps every file once', () => {
    const others = ['language/bidi.test.ts', 'jest/sequencer.test.ts', 'http/http-traffic.test.ts'];
    const heavy = [...HeaviestFirstSequencer.HEAVIEST];
    const given = [others[0]!, heavy[3]!, others[1]!, heavy[0]!, others[2]!, ...heavy.slice(4), heavy[1]!, heavy[2]!].map(testOf);
    const sorted = new HeaviestFirstSequencer({ contexts: [], globalConfig: {} as never }).sort(given) as Test[];
    const names = sorted.map((t) => path.relative(TEST_ROOT, t.path).split(path.sep).join('/'));
    expect(names.slice(0, heavy.length)).toEqual(heavy);
    expect([...names].sort()).toEqual([...heavy, ...others].sort());
  });
});
