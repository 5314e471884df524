import fc from 'fast-check';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { normalize } from '../../src/language/text';
import { allRewrites, requiredLiteral, rewritesFor, toEnglishCues } from '../../src/stats/answers/stats-words';
import path from 'node:path';

/** What toEnglishCues gave before the rewrites were gated by script: every rewrite tried on every message. */
function everyRewrite(normalized: string): string {
  let text = normalized.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
  for (const [pattern, english] of allRewrites()) text = text.replace(pattern, english);
  return text.replace(/\s+/gu, ' ').trim();
}

describe('statistics words: only the rewrites of the scripts a message is written in (issue #16)', () => {
  it('skips the Arabic-script, Cyrillic and Ethiopic rewrites for a Norwegian question', () => {
    const tried = rewritesFor('hvor mange saker hadde kompetanseteamet i fjor');
    expect(tried.length).toBeLessThan(allRewrites().length / 2);
    expect(tried.some(({ pattern }) => /\p{Script=Cyrillic}|\p{Script=Arabic}|\p{Script=Ethiopic}/u.test(pattern.source))).toBe(false);
  });

  it('still reads "сколько дел в прошлом году" and "كم عدد الحالات" as the English cues', () => {
    expect(toEnglishCues(normalize('сколько дел в прошлом году'))).toBe('how many cases last year');
    expect(toEnglishCues(normalize('كم عدد الحالات'))).toBe('how many cases');
  });

  it('gives the same text as every rewrite on every evaluation question', () => {
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval')).map(({ q }) => normalize(q));
    for (const q of questions) expect(toEnglishCues(q)).toBe(everyRewrite(q));
  });

  it('gives the same text as every rewrite on mixed-script text', () => {
    const pieces = ['сколько', 'дел', 'كم', 'عدد', 'الحالات', 'ክንደይ', 'ጉዳያት', 'kaç', 'vaka', 'ile', 'spraw', 'i fjor', '2023', '۲۰۲۳', 'پارسال', 'geçen yıl', 'x', ' ', 'ы', 'ي'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (words) => {
        const text = normalize(words.join(' '));
        expect(toEnglishCues(text)).toBe(everyRewrite(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('statistics words: a rewrite is run only on a text holding the plain letters every match of it holds (issue #16)', () => {
  const wrapped = (source: string) => `(?<![\\p{L}\\p{M}])(?:${source})(?![\\p{L}\\p{M}])`;

  it('reads the longest run of plain letters at the top of a pattern', () => {
    expect(requiredLiteral(wrapped('sannadkii hore'))).toBe('sannadkii hore');
    expect(requiredLiteral(wrapped('gabdho\\p{L}*'))).toBe('gabdho');
    expect(requiredLiteral(wrapped('geçen (?:yıl|sene)'))).toBe('geçen ');
    expect(requiredLiteral(wrapped('(?:w )?ostatnich (\\d+) (?:lat|latach)'))).toBe('ostatnich ');
    expect(requiredLiteral(wrapped('[اإ]حصاءات'))).toBe('حصاءات');
    expect(requiredLiteral(wrapped('ergay\\p{L}* gaar\\p{L}*( ah)?'))).toBe('ergay');
  });

  it('leaves out a letter that may be missing, and relies on nothing when the top is a choice', () => {
    expect(requiredLiteral(wrapped('kişiye ulas?'))).toBe('kişiye ula');
    expect(requiredLiteral(wrapped('abc{0,2}d'))).toBe('ab');
    expect(requiredLiteral(wrapped('ile jest|ile'))).toBeUndefined();
    expect(requiredLiteral(wrapped('(?:a|b)'))).toBeUndefined();
    expect(requiredLiteral('ile')).toBeUndefined();
  });

  it('finds, in every text a rewrite matches, the letters it relies on (every evaluation question, every rewrite)', () => {
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval')).map(({ q }) => normalize(q));
    let checked = 0;
    for (const [pattern] of allRewrites()) {
      const literal = requiredLiteral(pattern.source);
      if (literal === undefined) continue;
      for (const q of questions) {
        pattern.lastIndex = 0;
        if (pattern.test(q)) {
          checked += 1;
          expect(q).toContain(literal);
        }
      }
      pattern.lastIndex = 0;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
