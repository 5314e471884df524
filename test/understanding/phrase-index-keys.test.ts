import { prefixKeys } from '../../src/understanding/phrase-index';

/** The keys as they were worked out before: the token spread into its letters (code points). */
const byLetters = (token: string): string[] => {
  const letters = [...token];
  return letters.length >= 2 ? [letters.slice(0, 2).join(''), letters[0] ?? ''] : [letters[0] ?? ''];
};

describe("the keys a token's word-beginning phrases are filed under", () => {
  it('are its first two letters, then its first letter', () => {
    expect(prefixKeys('tvangsekteskap')).toEqual(['tv', 't']);
    expect(prefixKeys('زواج')).toEqual(['زو', 'ز']);
    expect(prefixKeys('ት')).toEqual(['ት']);
    expect(prefixKeys('')).toEqual(['']);
  });

  it('count a letter outside the basic plane as one letter', () => {
    expect(prefixKeys('𝒜𝒷c')).toEqual(['𝒜𝒷', '𝒜']);
    expect(prefixKeys('a😀')).toEqual(['a😀', 'a']);
  });

  it('are what spreading the token into letters gives, in every script and with broken surrogates', () => {
    const tokens = ['ab', 'a', 'æres', 'ንbarnevernet', 'imdiنی', 'не', '😀', '😀😀', '\ud83d', '\ud83dx', 'x\ude00', '\ude00\ud83d', 'é', 'e\u0301x', '١٦'];
    for (const token of tokens) expect(prefixKeys(token)).toEqual(byLetters(token));
  });
});
