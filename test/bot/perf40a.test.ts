/**
 * perf40a (issue #16, lean and fast: cold start and start-up CPU). The statistics words' patterns (the ~2,500 rewrites
 * of content/stats/stats-words.json, each made when a message's text passes its gate) wrote "no letter or combining
 * mark on either side" as the merged class `[\p{L}\p{M}]`, which V8 builds at about twice the cost of the two
 * properties as alternatives; they now write `(?:\p{L}|\p{M})`, as perf39a did for the danger words. The class: every
 * rewrite pattern. The same characters match either way (no code point is both a letter and a mark), so the answers
 * must not move: these tests hold the form, the required literals the gate reads (the quick prefix path still taken),
 * and the same matches as the old form on probes made from every pattern's own literals with a letter, a combining
 * mark, a digit or a space beside them, in every script of the file (Latin, Arabic, Cyrillic, Ethiopic).
 */
import { normalize } from '../../src/language/text';
import { allRewrites, toEnglishCues, workedOutRewriteFacts } from '../../src/stats/answers/stats-words';
import { requiredLiterals, WORD_END, WORD_START } from '../../src/stats/answers/required-literals';

const OLD_START = '(?<![\\p{L}\\p{M}])(?:';
const OLD_END = ')(?![\\p{L}\\p{M}])';
const facts = workedOutRewriteFacts();
const sources = [...facts.keys()];
const innerOf = (source: string) => source.slice(WORD_START.length, -WORD_END.length);

describe('perf40a: the statistics words write a letter or mark as two alternatives', () => {
  test('every rewrite pattern has the alternatives form and no merged class', () => {
    expect(sources.length).toBeGreaterThan(2000);
    // (Two of the file's own patterns use the class inside the word: content, reviewed as written, not the boundaries.)
    const wrongForm = sources.filter((s) => !s.startsWith(WORD_START) || !s.endsWith(WORD_END) || s.startsWith(OLD_START) || s.endsWith(OLD_END));
    expect(wrongForm).toEqual([]);
    expect(WORD_START).toBe('(?<!(?:\\p{L}|\\p{M}))(?:');
    expect(WORD_END).toBe(')(?!(?:\\p{L}|\\p{M}))');
  });

  test('the rewrites cover every script the gate files them under', () => {
    const scripts = new Set([...facts.values()].map(([script]) => script));
    expect([...scripts].sort()).toEqual(['', 'arabic', 'cyrillic', 'ethiopic']);
  });

  test('the required literals are read by the quick path from the new form (a long plain run) and by the reader otherwise', () => {
    expect(requiredLiterals(`${WORD_START}sannadkii hore${WORD_END}`)).toEqual(['sannadkii hore']);
    expect(requiredLiterals(`${WORD_START}gabdho\\p{L}*${WORD_END}`)).toEqual(['gabdho']);
    // An alternative at the top: the reader reads the lookarounds as consuming nothing and spells out the choices.
    expect(requiredLiterals(`${WORD_START}(?:ka|la) (?:yar|badan)${WORD_END}`)).toEqual(['ka yar', 'ka badan', 'la yar', 'la badan']);
    // A pattern with no literal to rely on stays without one (the pattern is run).
    expect(requiredLiterals(`${WORD_START}\\p{L}+${WORD_END}`)).toBeUndefined();
  });

  test('old and new forms give the same matches on probes made from a sample of the patterns of every script', () => {
    // Every eighth pattern of each script (a pattern is compiled twice per form here, ~1 ms each: all ~2,500 took
    // minutes on a loaded machine; all of them over every tuned turn were checked on the branch, 0 differ).
    const sample = (['', 'arabic', 'cyrillic', 'ethiopic'] as const).flatMap((script) => sources.filter((s) => facts.get(s)?.[0] === script).filter((_, i) => i % 8 === 0));
    // Beside each literal: nothing, a letter (Latin, Arabic), a combining mark (acute, shadda), a digit or a space.
    const befores = ['', 'q', '\u0651', ' '];
    const afters = ['', 'ب', '\u0301', '7'];
    let checks = 0;
    const differ: string[] = [];
    for (const source of sample) {
      const [, literals] = facts.get(source) ?? ['', null];
      const fresh = new RegExp(source, 'gu');
      const old = new RegExp(OLD_START + innerOf(source) + OLD_END, 'gu');
      for (const literal of literals ?? ['']) {
        for (const before of befores) {
          for (const after of afters) {
            const text = `${before}${literal}${after}`;
            checks++;
            if (text.replace(fresh, '<>') !== text.replace(old, '<>')) differ.push(source);
          }
        }
      }
    }
    expect(new Set(sample.map((s) => facts.get(s)?.[0])).size).toBe(4);
    expect(checks).toBeGreaterThan(4_000);
    expect(differ).toEqual([]);
  });

  test('the boundary classes hold the same characters: every code point to U+30000, then a sample', () => {
    const before = /(?<![\p{L}\p{M}])x/u;
    const after = /(?<!(?:\p{L}|\p{M}))x/u;
    let differ = 0;
    for (let code = 0; code < 0x110000; code += code < 0x30000 ? 1 : 0x101) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `${String.fromCodePoint(code)}x`;
      if (before.test(text) !== after.test(text)) differ++;
    }
    expect(differ).toBe(0);
  });

  test('the rewrite chain gives the same English cues under both forms on our own questions in every script', () => {
    // The old form of each rewrite, made only when the text holds one of its literals (a text without one cannot match).
    const rewrites = allRewrites();
    const byOld = (text: string) =>
      rewrites
        .reduce((t, [pattern, english]) => {
          const literals = facts.get(pattern.source)?.[1];
          if (literals && !literals.some((literal) => t.includes(literal))) return t;
          return t.replace(new RegExp(OLD_START + innerOf(pattern.source) + OLD_END, 'gu'), english);
        }, text)
        .replace(/\s+/gu, ' ')
        .trim();
    // Our own wording: "how many cases last year", "how many girls", "statistics for 2022" and the like, some glued to a mark.
    const probes = [
      'сколько дел было в прошлом году',
      'скільки справ було торік',
      'كم عدد الحالات في العام الماضي',
      'چند مورد در سال گذشته',
      'پچھلے سال کتنے کیس تھے',
      'immisa kiis ayaa jiray sannadkii hore',
      'geçen yıl kaç vaka vardı',
      'ile spraw było w zeszłym roku',
      'ኣብ ዝሓለፈ ዓመት ክንደይ ጉዳያት ነይሮም',
      'сколько\u0301 дел',
      'کم\u0651 عدد',
    ];
    for (const probe of probes) {
      const text = normalize(probe);
      expect(toEnglishCues(text)).toBe(byOld(text));
    }
    // The probes are read: most of them become English cue words.
    expect(probes.filter((p) => /how many|last year|cases/u.test(toEnglishCues(normalize(p)))).length).toBeGreaterThanOrEqual(6);
  });
});
