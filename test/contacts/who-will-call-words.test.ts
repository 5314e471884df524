import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { loadWhoWillCallWords } from '../../src/contacts/who-will-call-words';
import { LANGUAGES } from '../../src/language/languages';
import { contentPath } from '../../src/paths/content-root';
import { directory, noAdvisers, places } from './contact-fixtures';

const dir = contentPath('understanding', 'who-will-call');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

/** A copy of the who-will-call folder with one file replaced, as a reviewer's edit would leave it. */
function editedCopy(file: string, edit: (data: Record<string, unknown>) => unknown): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'who-will-call-'));
  for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(copy, f));
  writeFileSync(path.join(copy, file), JSON.stringify(edit(read(file))));
  return copy;
}
const recognizerOf = (folder?: string) =>
  createContactRecognizer({ directory, places, advisers: noAdvisers(), ...(folder ? { whoWillCall: loadWhoWillCallWords(folder) } : {}) });

describe('who will call: the words are data, one file per language', () => {
  it('has a file with a review status for every language; nb, nn and en are read by word order', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...LANGUAGES].sort());
    for (const f of files) expect(['machine-assisted', 'native-reviewed']).toContain(read(f).review);
    const loaded = loadWhoWillCallWords();
    expect(loaded.wordOrder.map((f) => f.lang).sort()).toEqual(['en', 'nb', 'nn']);
    expect(loaded.nearVerb).toHaveLength(9);
  });

  it('counts "I" only in the caller\'s place in Norwegian and English, not anywhere in the message', () => {
    const recognizer = recognizerOf();
    expect(recognizer.read('who can my daughter call? I am so worried')?.query).toMatchObject({ youngCaller: true });
    expect(recognizer.read('hvem kan jeg ringe om en jente på 16?')?.query.youngCaller).toBeUndefined();
  });

  it('reads a person a reviewer adds', () => {
    const text = 'is there a line the grandmother can call herself?';
    expect(recognizerOf().read(text)?.query.adultCaller).toBeUndefined();
    const edited = editedCopy('en.json', (d) => ({ ...d, persons: [...(d.persons as string[]), 'grandmother'], grownUp: [...(d.grownUp as string[]), 'grandmother'] }));
    expect(recognizerOf(edited).read(text)?.query).toMatchObject({ adultCaller: true });
  });

  it('rejects a file a reviewer broke, naming it', () => {
    expect(() => loadWhoWillCallWords(editedCopy('nb.json', (d) => ({ ...d, calls: undefined })))).toThrow(/nb\.json is invalid/u);
    expect(() => loadWhoWillCallWords(editedCopy('en.json', (d) => ({ ...d, persons: 'she' })))).toThrow(/en\.json is invalid/u);
    expect(() => loadWhoWillCallWords(editedCopy('nn.json', (d) => ({ ...d, reading: 'by order' })))).toThrow(/nn\.json is invalid/u);
    expect(() => loadWhoWillCallWords(editedCopy('so.json', (d) => ({ ...d, review: 'done' })))).toThrow(/so\.json is invalid/u);
    expect(() => loadWhoWillCallWords(editedCopy('nn.json', (d) => ({ ...d, lang: 'nb' })))).toThrow(/nn\.json says lang "nb"/u);
  });
});
