import { unicodeWords } from '../../src/language/word-boundary';

describe('word boundaries for every script', () => {
  it('finds no boundary inside a word with ø, å or æ', () => {
    expect(/\bkt\b/u.test('søkt')).toBe(true); // JavaScript's own \b: why this exists
    expect(unicodeWords(/\bkt\b/u).test('søkt')).toBe(false);
    expect(unicodeWords(/\bkt\b/u).test('ring kt nå')).toBe(true);
  });

  it('finds the boundary after a word ending in å', () => {
    expect(/\bbistå\b/.test('kan de bistå meg')).toBe(false);
    expect(unicodeWords(/\bbistå\b/).test('kan de bistå meg')).toBe(true);
    expect(unicodeWords(/\bbistå\b/).test('bistånd')).toBe(false);
  });

  it('knows words of other scripts', () => {
    expect(unicodeWords(/\bмы\b/u).test('мы здесь')).toBe(true);
    expect(unicodeWords(/\bмы\b/u).test('мыло')).toBe(false);
  });

  it('leaves an escaped backslash before b alone, and keeps the flags', () => {
    expect(unicodeWords(/a\\b/u).test('a\\b')).toBe(true);
    const global = unicodeWords(/\bx\b/g);
    expect(global.flags).toBe('gu');
    expect(unicodeWords(/\bx\b/g)).not.toBe(global);
    expect(unicodeWords(/\by\b/)).toBe(unicodeWords(/\by\b/));
  });

  it('writes a boundary next to a sure word character as a one-sided assertion, with the same matches', () => {
    const full = (pattern: RegExp): RegExp => {
      const word = '[\\p{L}\\p{M}\\p{N}_]';
      return new RegExp(pattern.source.replace(/\\[\s\S]/gu, (e) => (e === '\\b' ? `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word}))` : e)), 'u');
    };
    const patterns = [/\bsak(?:er|ene)?\b/u, /\b(?:cases?|saker)\b/u, /\badvis[eo]rs?\b/u, /\bvs\.?\b/u, /\b(\p{L}+) 20\d{2}/u, /a?\b/u, /(?:x|-)\b/u, /\b(?:aged) (?:1[0-7]|[1-9])\b/u, /\b(?=s)\w+/u, /\b\d+\b/u];
    const texts = ['saker', 'sakene', 'søsaker', 'en sak.', 'cases', 'case_1', 'advisors', 'vs.', 'vs. x', 'i 2023', 'år 2023', 'b', ' ', '-', 'x-', 'aged 12', 'aged 123', '\bx', 's', 'ساكر', '١٢', 'e\u0301sak'];
    for (const pattern of patterns) {
      for (const text of texts) expect([pattern.source, text, unicodeWords(pattern).exec(text)]).toEqual([pattern.source, text, full(pattern).exec(text)]);
    }
    // A \b before "sak" needs only "no word character behind"; after the optional endings, only "none ahead".
    expect(unicodeWords(/\bsak(?:er|ene)?\b/u).source).toBe('(?<!(?:\\p{L}|\\p{M}|\\p{N}|_))sak(?:er|ene)?(?!(?:\\p{L}|\\p{M}|\\p{N}|_))');
    // After a group that may end in a hyphen, the full boundary stays.
    expect(unicodeWords(/(?:x|-)\b/u).source).toContain('(?<=(?:\\p{L}|\\p{M}|\\p{N}|_))');
  });
});

