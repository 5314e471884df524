import { allMatches } from '../../src/language/all-matches';
import { loadNeedsWords } from '../../src/conversation/needs-words';

const plain = (matches: readonly RegExpMatchArray[]) => matches.map((m) => ({ at: m.index, text: m[0], groups: [...m] }));

describe('every match of a global pattern', () => {
  const texts = [
    'Hva er nummeret til Røde Kors-telefonen, og er den anonym?',
    'Who covers Somalia? And what about Iraq; or Eritrea?',
    'هل يمكنها الاتصال بنفسها؟ وهل الخط مجاني؟',
    'ቁጽሪ ስልኪ ክንደይ እዩ፧ ከምኡ’ውን ኣብ ሌላ ግዜ',
    '😀 og 😀😀 — ok',
    '',
  ];

  it('finds what matchAll finds, with the same places and groups, and leaves the pattern ready for the next text', () => {
    const patterns = [/\s+/gu, /(og|and|و)\s*/giu, /x*/gu, /(?:)/g, /\p{Emoji_Presentation}/gu, /[?؟፧]/gu];
    for (const pattern of patterns) {
      for (const text of texts) {
        expect(plain(allMatches(pattern, text))).toEqual(plain([...text.matchAll(pattern)]));
        expect(pattern.lastIndex).toBe(0);
      }
    }
  });

  it('steps past an empty match by a whole character in unicode mode', () => {
    expect(allMatches(/(?:)/gu, '😀a').map((m) => m.index)).toEqual([0, 2, 3]);
    expect(allMatches(/(?:)/g, '😀a').map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });

  it('cuts a two-needs message where matchAll does, for every language boundary', () => {
    for (const [, words] of loadNeedsWords()) {
      for (const pattern of words.boundaries) {
        for (const text of texts) expect(plain(allMatches(pattern, text))).toEqual(plain([...text.matchAll(pattern)]));
      }
    }
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/og/u, 'a og b')).toThrow(TypeError);
  });
});
