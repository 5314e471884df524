import fc from 'fast-check';
import { LRUCache } from 'lru-cache';
import { BoundedMemo } from '../../src/language/bounded-memo';

describe('BoundedMemo', () => {
  it('keeps what an lru-cache of `max` entries keeps, in the same order, for any sequence of look-ups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (max, keys) => {
        const memo = new BoundedMemo<number, string>(max);
        const reference = new LRUCache<number, string>({ max });
        const computed: number[] = [];
        const expected: number[] = [];
        for (const key of keys) {
          memo.get(key, (k) => (computed.push(k), `v${k}`));
          if (reference.get(key) === undefined) (expected.push(key), reference.set(key, `v${key}`));
        }
        // The same keys computed again means the same ones were kept and evicted all along.
        expect(computed).toEqual(expected);
        expect(memo.size).toBe(reference.size);
        expect(memo.size).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('computes a result once while it is kept, and again after it was not kept (undefined)', () => {
    const memo = new BoundedMemo<string, string | undefined>(2);
    let calls = 0;
    expect(memo.get('a', (k) => (calls++, k.toUpperCase()))).toBe('A');
    expect(memo.get('a', () => (calls++, 'other'))).toBe('A');
    expect(calls).toBe(1);
    expect(memo.get('b', () => (calls++, undefined))).toBeUndefined();
    expect(memo.get('b', () => (calls++, 'B'))).toBe('B');
    expect(calls).toBe(3);
  });
});
