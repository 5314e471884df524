import { withinDistance } from '../../src/language/edit-distance';

/** The optimal string alignment distance, the whole table written out (the textbook way). */
function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

/** A small deterministic generator, so a failure can be run again. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('withinDistance', () => {
  test.each([
    ['somlia', 'somalia', 1, true],
    ['erittrea', 'eritrea', 1, true],
    ['drpee', 'drepe', 1, true],
    ['vestland', 'estland', 1, true],
    ['gambia', 'zambia', 1, true],
    ['pakistan', 'afghanistan', 2, false],
    ['tørr', 'tør', 1, true],
    ['ganger', 'danger', 0, false],
    ['', 'ab', 2, true],
    ['', 'abc', 2, false],
    ['ab', '', 2, true],
    ['abc', '', 2, false],
  ])('%s and %s within %d edits: %s', (a, b, max, expected) => {
    expect(withinDistance(a, b, max)).toBe(expected);
  });

  test('agrees with the whole table on near and far words, short and long, with letters outside the basic plane', () => {
    const random = generator(20261204);
    // Few letters, so that many pairs are near; an astral letter (two code units) and æøå as users type them.
    const letters = ['a', 'b', 'e', 'n', 'r', 'ø', 'å', '𝑥'];
    const word = (length: number): string => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
    const edit = (w: string): string => {
      const i = Math.floor(random() * (w.length + 1));
      const kind = random();
      if (kind < 0.25) return w.slice(0, i) + word(1) + w.slice(i);
      if (kind < 0.5) return w.slice(0, i) + w.slice(i + 1);
      if (kind < 0.75) return w.slice(0, i) + word(1) + w.slice(i + 1);
      return w.slice(0, i) + w.slice(i + 1, i + 2) + w.slice(i, i + 1) + w.slice(i + 2);
    };
    let near = 0;
    for (let n = 0; n < 4000; n++) {
      const a = word(Math.floor(random() * 14));
      // Half the pairs a few edits apart, half unrelated; both orders, and a long word now and then (the rows grow).
      let b = random() < 0.5 ? edit(edit(a)) : word(Math.floor(random() * 14));
      if (n % 500 === 0) b = word(40 + n / 100);
      const max = Math.floor(random() * 4);
      const expected = distance(a, b) <= max;
      if (expected) near++;
      expect([a, b, max, withinDistance(a, b, max)]).toEqual([a, b, max, expected]);
      expect([b, a, max, withinDistance(b, a, max)]).toEqual([b, a, max, distance(b, a) <= max]);
    }
    // Both answers were asked for many times.
    expect(near).toBeGreaterThan(400);
  });
});
