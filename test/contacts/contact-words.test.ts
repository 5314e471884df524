import { readFileSync } from 'node:fs';
import { contactWordsSchema, loadContactWords } from '../../src/contacts/contact-words';
import { loadWhoWillCallWords } from '../../src/contacts/who-will-call-words';
import { contentPath } from '../../src/paths/content-root';

const file = contentPath('contacts', 'contact-words.json');

describe('Norwegian and English contact words are data (content/contacts/contact-words.json)', () => {
  it('loads every list the contact recognizer reads, with a review status', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { review?: string };
    expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
    const words = loadContactWords();
    expect(words.contact).toContain('telefonnummer*');
    expect(words.broadServiceNames).toContain('imdi');
    expect(words.whoAdvises.give.every((g) => g.objects.length > 0)).toBe(true);
  });

  it('rejects a file with a list left out, a misspelt list, an empty give-verb or a word start without *', () => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { words: Record<string, unknown> & { whoAdvises: Record<string, unknown> } };
    const { figures, ...words } = data.words;
    expect(contactWordsSchema.safeParse({ ...data, words }).success).toBe(false);
    expect(contactWordsSchema.safeParse({ ...data, words: { ...words, figure: figures } }).success).toBe(false);
    expect(contactWordsSchema.safeParse({ ...data, words: { ...data.words, whoAdvises: { ...data.words.whoAdvises, give: [{ verb: 'gi', objects: [] }] } } }).success).toBe(false);
    expect(contactWordsSchema.safeParse({ ...data, words: { ...data.words, notContactWords: ['kontaktlærer'] } }).success).toBe(false);
    expect(contactWordsSchema.safeParse({ ...data, review: 'reviewed-ish' }).success).toBe(false);
  });

  it('keeps the words for someone other than the asker in the who-will-call files, not in code', () => {
    const someoneElse = loadWhoWillCallWords().wordOrder.flatMap((f) => f.someoneElse);
    expect(someoneElse).toEqual(expect.arrayContaining(['pasienter', 'pasientar']));
  });
});
