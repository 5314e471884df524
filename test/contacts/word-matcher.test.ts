import { fold } from '../../src/contacts/country-names';
import { loadWhoWillCallWords } from '../../src/contacts/who-will-call-words';
import { wordMatcher } from '../../src/contacts/word-matcher';
import { normalize, tokenize } from '../../src/language/text';

/** Every phrase tried at every token, as the matcher did before it looked phrases up by their first word. */
function everyPhraseAtEveryToken(phrases: readonly string[]) {
  const compiled = phrases.map((p) => ({ words: tokenize(fold(p.replace(/^\*|\*$/gu, ''))), suffix: p.startsWith('*'), prefix: p.endsWith('*') }));
  return (tokens: readonly string[]) => {
    const found: { index: number; length: number }[] = [];
    tokens.forEach((_, i) => {
      for (const c of compiled) {
        const all = c.words.every((w, j) => {
          const token = tokens[i + j];
          const last = j === c.words.length - 1;
          return token !== undefined && (token === w || (last && c.prefix && token.startsWith(w)) || (j === 0 && c.suffix && token.endsWith(w)));
        });
        if (c.words.length > 0 && all) found.push({ index: i, length: c.words.length });
      }
    });
    return found;
  };
}

const lists = loadWhoWillCallWords().nearVerb.flatMap((l) => [l.ways, l.calls, l.asker, l.about, l.breaks, l.young, l.grownUp, l.someone, l.age]);
const tokensOf = (text: string) => tokenize(fold(normalize(text)));

describe('a who-will-call word list', () => {
  const matcher = wordMatcher(['kan ringe', 'ring*', '*ዓበይቲ', 'voksne', 'voksne kvinner', 'selv']);

  it('finds phrases by token, then in the list order, with their length', () => {
    expect(matcher.at(tokensOf('Hvem kan voksne kvinner ringe selv?'))).toEqual([
      { index: 2, length: 1 },
      { index: 2, length: 2 },
      { index: 4, length: 1 },
      { index: 5, length: 1 },
    ]);
  });

  it('matches a word start for a trailing * and a word end for a leading *', () => {
    expect(matcher.at(tokensOf('ringer hun? ንዓበይቲ'))).toEqual([
      { index: 0, length: 1 },
      { index: 2, length: 1 },
    ]);
    expect(matcher.at(tokensOf('Hun kan ringe'))).toEqual([
      { index: 1, length: 2 },
      { index: 2, length: 1 },
    ]);
  });

  it('finds nothing in a message without the words', () => {
    expect(matcher.at(tokensOf('Hva er negativ sosial kontroll?'))).toEqual([]);
  });

  it('finds what trying every phrase at every token finds, for every language list and mixes of its words', () => {
    // Texts made of each list's own words (whole, cut short, lengthened, glued to other words) in a fixed
    // pseudo-random order, so phrases meet at every position, overlap and run off the end.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let compared = 0;
    for (const list of lists) {
      const before = everyPhraseAtEveryToken(list);
      const after = wordMatcher(list);
      const words = [...new Set(list.flatMap((p) => tokenize(fold(p.replace(/^\*|\*$/gu, '')))))];
      const variants = words.flatMap((w) => [w, w.slice(0, -1), `${w}ene`, `u${w}`, 'og']);
      // A list's 200 texts compared at once: one `expect` a list (docs/performance.md § Tests, twentieth pass).
      const got: unknown[] = [];
      const want: unknown[] = [];
      for (let n = 0; n < 200; n++) {
        const tokens = Array.from({ length: 1 + next(12) }, () => variants[next(variants.length)] ?? '');
        got.push([tokens, after.at(tokens)]);
        want.push([tokens, before(tokens)]);
        compared++;
      }
      expect(got).toEqual(want);
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
