import { prefixCode } from '../../src/understanding/phrase-index';

/** A token's first `n` letters, the token spread into its letters (code points), as the keys were worked out before. */
const firstLetters = (token: string, n: number): string => [...token].slice(0, n).join('');

const TOKENS = ['ab', 'a', 'æres', 'ንbarnevernet', 'imdiنی', 'не', 'нет', '😀', '😀😀', '😀a', '\ud83d', '\ud83dx', 'x\ude00', '\ude00\ud83d', 'é', 'e\u0301x', 'e\u0301', '١٦', '١', '', 'tvangsekteskap', 'tv', 't', 'زواج', 'زو', 'ز', 'ት', '𝒜𝒷c', '𝒜𝒷', '𝒜', 'a😀', 'a😀b'];

describe("the keys a token's word-beginning phrases are filed under", () => {
  it('are the same for two tokens exactly when their first two letters are (or their one letter, or both are empty)', () => {
    for (const a of TOKENS) for (const b of TOKENS) expect([a, b, prefixCode(a, 2) === prefixCode(b, 2)]).toEqual([a, b, firstLetters(a, 2) === firstLetters(b, 2)]);
  });

  it('of the first letter are the same exactly when the first letters are, and a one-letter token has one key', () => {
    for (const a of TOKENS) for (const b of TOKENS) expect([a, b, prefixCode(a, 1) === prefixCode(b, 1)]).toEqual([a, b, firstLetters(a, 1) === firstLetters(b, 1)]);
    for (const a of TOKENS) expect([a, prefixCode(a, 1) === prefixCode(a, 2)]).toEqual([a, [...a].length <= 1]);
  });

  it('count a letter outside the basic plane as one letter', () => {
    expect(prefixCode('𝒜𝒷c', 2)).toBe(prefixCode('𝒜𝒷', 2));
    expect(prefixCode('a😀b', 2)).toBe(prefixCode('a😀', 2));
    expect(prefixCode('a😀', 2)).not.toBe(prefixCode('a\ud83d', 2));
  });
});
