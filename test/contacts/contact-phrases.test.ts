import { compilePhrases } from '../../src/contacts/contact-recognizer';
import { fold } from '../../src/contacts/country-names';
import { tokenize } from '../../src/language/text';

const tokensOf = (text: string) => tokenize(fold(text));

/** The list read the plain way: a phrase's words one after another; a trailing * lets its last word start a token. */
function plainTest(phrases: readonly string[], tokens: readonly string[]): boolean {
  return phrases.some((p) => {
    const prefix = p.endsWith('*');
    const words = tokensOf(prefix ? p.slice(0, -1) : p);
    if (words.length === 0) return false;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const fits = words.every((w, j) => (j === words.length - 1 && prefix ? (tokens[i + j] ?? '').startsWith(w) : tokens[i + j] === w));
      if (fits) return true;
    }
    return false;
  });
}

describe('a contact word list read over the tokens of a message', () => {
  const phrases = ['ringe', 'ta kontakt', 'tlf*', 'e post*', 'nummer*', 'a*', 'в*', 'ስልክ*', '𝑥y*', 'kontakt med*'];
  const list = compilePhrases(phrases);

  it.each([
    ['kan jeg ringe dem?', true],
    ['vi vil ta kontakt med skolen', true],
    ['hva er tlfnr til dem', true],
    ['send en e-postadresse', true],
    ['har dere et nummer', true],
    ['and then what', true], // "a*" starts "and"
    ['звоните в школу', true],
    ['ስልክ ቁጥራቸው ምንድን ነው', true],
    ['𝑥yz', true],
    ['kontakt skolen', false], // "ta kontakt" needs both words, "kontakt med*" its second
    ['posten kom', false], // "e post*" needs the "e" before it
    ['hei', false],
    ['', false],
  ])('%s: %s', (text, expected) => {
    expect(list.test(tokensOf(text))).toBe(expected);
    expect(plainTest(phrases, tokensOf(text))).toBe(expected);
  });

  it('finds what the plain reading finds on every short phrase and message made of the same letters', () => {
    // One and two letters, so the lists filed by a word's first letters are tried at every length.
    const letters = ['a', 'b', 'ø', 'в', '𝑥'];
    const words = [...letters, ...letters.flatMap((x) => letters.map((y) => x + y))];
    const list2 = compilePhrases([...letters.map((l) => `${l}*`), 'ab b', 'øa*', 'b 𝑥*', 'вa в']);
    const plain = [...letters.map((l) => `${l}*`), 'ab b', 'øa*', 'b 𝑥*', 'вa в'];
    let found = 0;
    for (const first of words) {
      for (const second of words) {
        const tokens = [first, second];
        expect([tokens, list2.test(tokens)]).toEqual([tokens, plainTest(plain, tokens)]);
        if (plainTest(plain, tokens)) found++;
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});
