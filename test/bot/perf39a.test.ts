import { normalize } from '../../src/language/text';
import { dangerStrength } from '../../src/understanding/danger-detector';
import { loadDangerLexicon } from '../../src/understanding/danger-words';

/**
 * perf39a (issue #16, start-up): the whole-word danger patterns (nb, nn, en: every concept's pattern is made at start
 * and run by the first message) write "a letter or mark" as two alternatives, `(?:\p{L}|\p{M})`, not as one class
 * `[\p{L}\p{M}]`, which V8 builds at about twice the cost. The same characters either way; these tests hold the form
 * and the boundaries' behaviour (a word inside a longer word, or followed by a combining mark, is no match).
 */
const lexicon = loadDangerLexicon();
const wholeWordPatterns = [...lexicon.wholeWords.strong, ...lexicon.wholeWords.weak].flat();
const strength = (text: string) => dangerStrength(normalize(text));

test('no whole-word danger pattern merges letters and marks in one class', () => {
  expect(wholeWordPatterns.length).toBeGreaterThan(20);
  for (const pattern of wholeWordPatterns) expect(pattern.source).not.toContain('[\\p{L}\\p{M}]');
  expect(wholeWordPatterns.some((pattern) => pattern.source.includes('(?<!(?:\\p{L}|\\p{M}))'))).toBe(true);
});

test('the alternatives form matches exactly the characters of the class form', () => {
  const asClass = /^[\p{L}\p{M}]$/u;
  const asAlternatives = /^(?:\p{L}|\p{M})$/u;
  let differ = 0;
  for (let code = 0; code < 0x110000; code += code < 0x30000 ? 1 : 0x101) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    if (asClass.test(char) !== asAlternatives.test(char)) differ++;
  }
  expect(differ).toBe(0);
});

// Our own probes: a plain danger in each whole-word language, and calm twins with the same word inside a longer word,
// glued to a combining mark, or a wildcard word's stem alone.
const dangers: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'faren sier han skal drepe henne i kveld'],
  ['nn', 'far hennar seier han skal drepe ho i kveld'],
  ['en', 'her father says he will kill her tonight'],
  ['nb', 'de skal tvangsgifte henne i helgen, hun er redd'],
];
const calm: ReadonlyArray<readonly [string, string]> = [
  ['nb', 'hva betyr ordet drepende kjedelig i en stil'],
  ['en', 'the skill of the teacher was praised tonight'],
  ['nb', 'hvordan snakker vi om tvangs i helgen med klassen'],
];

test('a boundary holds next to a combining mark, as the class form held it', () => {
  const kill = wholeWordPatterns.find((pattern) => pattern.source.includes('drepe'));
  expect(kill).toBeDefined();
  expect(kill?.test('han skal drepe henne')).toBe(true);
  expect(kill?.test('han skal drepe\u0301 henne')).toBe(false);
  expect(kill?.test('han skal \u0301drepe henne')).toBe(false);
  expect(kill?.test('han skal udrepe henne')).toBe(false);
});

test.each(dangers)('a plain danger is read (%s): %s', (_lang, text) => {
  expect(strength(text)).toBeDefined();
});

test.each(calm)('a calm twin is not (%s): %s', (_lang, text) => {
  expect(strength(text)).toBeUndefined();
});
