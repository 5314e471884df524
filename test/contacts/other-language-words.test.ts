import { readFileSync } from 'node:fs';
import { ALSO, loadOtherLanguageWords, OTHER_CONTACT, OTHER_WHO_ADVISES, otherLanguageWordsSchema } from '../../src/contacts/other-language-words';
import { contentPath } from '../../src/paths/content-root';

const file = contentPath('contacts', 'other-language-words.json');

describe('contact words of the other languages are data (content/contacts/other-language-words.json)', () => {
  it('loads every list the contact recognizer reads, with a review status', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { review?: string };
    expect(['machine-assisted', 'reviewed']).toContain(data.review);
    expect(loadOtherLanguageWords().contact).toEqual(OTHER_CONTACT);
    expect(OTHER_CONTACT).toContain('номер*');
    expect(ALSO).toContain('også');
    expect(OTHER_WHO_ADVISES.every((pair) => pair.who.length > 0 && pair.verbs.length > 0)).toBe(true);
  });

  it('rejects a file with a list left out, a misspelt list or an empty who-advises pair', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { words: Record<string, unknown> };
    const { helpline, ...words } = data.words;
    expect(otherLanguageWordsSchema.safeParse({ ...data, words }).success).toBe(false);
    expect(otherLanguageWordsSchema.safeParse({ ...data, words: { ...words, helplines: helpline } }).success).toBe(false);
    expect(otherLanguageWordsSchema.safeParse({ ...data, words: { ...data.words, whoAdvises: [{ who: [], verbs: ['x'] }] } }).success).toBe(false);
  });
});
