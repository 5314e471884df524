import fc from 'fast-check';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { normalize } from '../../src/language/text';
import { allRewrites, rewritesFor, toEnglishCues } from '../../src/stats/answers/stats-words';
import { requiredLiterals, WORD_END, WORD_START } from '../../src/stats/answers/required-literals';
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
    // Each question's text beside every rewrite's, in the same order of calls, compared once; a failure names the question.
    const cues: [string, string][] = [];
    const rewritten: [string, string][] = [];
    for (const q of questions) {
      cues.push([q, toEnglishCues(q)]);
      rewritten.push([q, everyRewrite(q)]);
    }
    expect(cues).toEqual(rewritten);
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

describe('statistics words: a rewrite is run only on a text holding one of the strings every match of it holds (issue #16)', () => {
  const wrapped = (source: string) => `${WORD_START}${source}${WORD_END}`;

  it('takes the longest run of plain letters at the top of a pattern when it has three or more', () => {
    expect(requiredLiterals(wrapped('sannadkii hore'))).toEqual(['sannadkii hore']);
    expect(requiredLiterals(wrapped('gabdho\\p{L}*'))).toEqual(['gabdho']);
    expect(requiredLiterals(wrapped('geçen (?:yıl|sene)'))).toEqual(['geçen ']);
    expect(requiredLiterals(wrapped('(?:w )?ostatnich (\\d+) (?:lat|latach)'))).toEqual(['ostatnich ']);
    expect(requiredLiterals(wrapped('[اإ]حصاءات'))).toEqual(['حصاءات']);
    expect(requiredLiterals(wrapped('ergay\\p{L}* gaar\\p{L}*( ah)?'))).toEqual(['ergay']);
  });

  it('otherwise spells out each choice of a short group or class', () => {
    expect(requiredLiterals(wrapped('(?:ka|la) (?:yar|badan)'))).toEqual(['ka yar', 'ka badan', 'la yar', 'la badan']);
    expect(requiredLiterals(wrapped('[اإ]ح'))).toEqual(['اح', 'إح']);
  });

  it('leaves out a letter that may be missing or repeated', () => {
    expect(requiredLiterals(wrapped('kişiye ulas?'))).toEqual(['kişiye ula']);
    expect(requiredLiterals(wrapped('abc{0,2}d'))).toEqual(['ab']);
    expect(requiredLiterals(wrapped('x(?:yz)+'))).toEqual(['yz']);
  });

  it('reads a choice at the top, or only groups and classes, as one string of each choice', () => {
    expect(requiredLiterals(wrapped('((?:19|20)\\d{2})(?:de|da|den)'))).toEqual(['19', '20']);
    expect(requiredLiterals(wrapped("(\\d)(\\d{2})['’](?:e|a)"))).toEqual(["'e", "'a", '’e', '’a']);
    expect(requiredLiterals(wrapped('za (\\d+) lata|od (\\d+) roku'))).toEqual([' lata', ' roku']);
    expect(requiredLiterals('ile jest|ile')).toEqual(['ile']);
  });

  it('relies on nothing it cannot read: an optional or repeated choice, a range, a backreference, a lookaround', () => {
    expect(requiredLiterals(wrapped('a|b?'))).toBeUndefined();
    expect(requiredLiterals(wrapped('(?:ab)*'))).toBeUndefined();
    expect(requiredLiterals(wrapped('[a-z]+'))).toBeUndefined();
    expect(requiredLiterals(wrapped('[^x]y'))).toEqual(['y']);
    expect(requiredLiterals(wrapped('(ab)\\1'))).toBeUndefined();
    expect(requiredLiterals('(?=abc)\\p{L}+')).toBeUndefined();
    expect(requiredLiterals('(?:abc|\\d+)')).toBeUndefined();
  });

  it('gives each rewrite tried the strings requiredLiterals finds in its pattern (worked out when first filed, for Latin, Arabic-script, Cyrillic and Ethiopic messages)', () => {
    for (const text of ['hvor mange saker i 2019', 'كم عدد الحالات في عام ٢٠٢٢', 'сколько дел было в прошлом году', 'ክንደይ ጉዳያት ነይሮም', 'immisa kiis ayaa jiray 2021']) {
      const tried = rewritesFor(text);
      expect(tried.length).toBeGreaterThan(0);
      for (const rewrite of tried) expect(rewrite.literals).toEqual(requiredLiterals(rewrite.pattern.source));
    }
  });

  it('finds, in every text a rewrite matches, one of the strings it relies on (every evaluation question, every rewrite)', () => {
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval')).map(({ q }) => normalize(q));
    const years = ["i 2019'da kaç vaka", 'tan iyo 2018 immisa', 'w ostatnich 4 latach ile', "2022'den beri kaç", 'ka 2020 ka yar sidii hore'];
    let checked = 0;
    // The texts a rewrite matches without one of its strings, with the rewrite: compared once, not an `expect` per match.
    const missed: { pattern: string; q: string }[] = [];
    for (const [pattern] of allRewrites()) {
      const literals = requiredLiterals(pattern.source);
      if (literals === undefined) continue;
      for (const q of [...questions, ...years]) {
        pattern.lastIndex = 0;
        if (pattern.test(q)) {
          checked += 1;
          if (!literals.some((literal) => q.includes(literal))) missed.push({ pattern: pattern.source, q });
        }
      }
      pattern.lastIndex = 0;
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the same text as every rewrite for years and spans written with suffixes and in words', () => {
    for (const q of ["Kaç vaka 2021'de geldi, 2020'ye göre?", 'Immisa kiis tan iyo 2019?', 'Ile spraw w ostatnich 3 latach?', "Vakalar 2017'den beri arttı mı?", 'Kaç kişi 2023 yılına göre fazla?'])
      expect(toEnglishCues(normalize(q))).toBe(everyRewrite(normalize(q)));
  });
});
