import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LANGUAGES } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { createDangerWords, dangerStrength } from '../../src/understanding/danger-detector';
import { dangerRulesSchema, loadDangerLexicon } from '../../src/understanding/danger-words';
import { contentPath } from '../../src/paths/content-root';

const dir = contentPath('understanding', 'danger');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

/** A copy of the danger folder with one file replaced, as a reviewer's edit would leave it. */
function editedCopy(file: string, edit: (data: Record<string, unknown>) => unknown): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'danger-'));
  for (const f of readdirSync(dir)) copyFileSync(path.join(dir, f), path.join(copy, f));
  writeFileSync(path.join(copy, file), JSON.stringify(edit(read(file))));
  return copy;
}

describe('the plain danger words are data, one file per language', () => {
  it('has a file with a review status for every language, and rules.json reads each language in one group', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'rules.json')
      .map((f) => f.replace('.json', ''));
    expect(files.sort()).toEqual([...LANGUAGES].sort());
    for (const lang of files) expect(['machine-assisted', 'native-reviewed']).toContain(read(`${lang}.json`).review);
    const rules = dangerRulesSchema.parse(read('rules.json'));
    expect([...rules.wholeWords.languages, ...rules.stems.languages].sort()).toEqual([...LANGUAGES].sort());
  });

  it('reads a word a reviewer adds, in Norwegian or English and in another language', () => {
    const message = normalize('he came with a machete');
    expect(dangerStrength(message)).toBeUndefined();
    const en = editedCopy('en.json', (data) => ({
      ...data,
      concepts: { ...(data.concepts as object), weapon: ['knife', 'machete'] },
    }));
    expect(createDangerWords(loadDangerLexicon(en)).strength(message)).toBe('strong');

    // Somali "seef" (sword) added to the knife stems.
    const somali = normalize('aabbahay wuxuu haystaa seef');
    expect(dangerStrength(somali)).toBeUndefined();
    const so = editedCopy('so.json', (data) => ({
      ...data,
      concepts: { ...(data.concepts as object), weapon: ['mindi', 'seef'] },
    }));
    expect(createDangerWords(loadDangerLexicon(so)).strength(somali)).toBe('strong');
  });

  it('corrects typos to a word a reviewer adds to a typo target', () => {
    const en = editedCopy('en.json', (data) => ({
      ...data,
      concepts: { ...(data.concepts as object), weapon: ['knife', 'machete'] },
    }));
    expect(createDangerWords(loadDangerLexicon(en)).correctTypos('he has a machette')).toBe('he has a machete');
  });

  it('combines the rules of rules.json: a time alone is calm, a trip at that time is weak, the Norwegian and English words meet', () => {
    expect(dangerStrength(normalize('i morgen'))).toBeUndefined();
    expect(dangerStrength(normalize('de sender meg til utlandet i morgen'))).toBe('weak');
    expect(dangerStrength(normalize('jeg er redd they will hurt me'))).toBe('strong');
    // Another language's rule is read within that language: a Somali trip with a Turkish time is not a trip soon.
    expect(dangerStrength(normalize('safar yarın'))).toBeUndefined();
    expect(dangerStrength(normalize('safar berri'))).toBe('weak');
  });

  it('rejects a file a reviewer broke, naming it', () => {
    expect(() => loadDangerLexicon(editedCopy('nb.json', (d) => ({ ...d, review: undefined })))).toThrow(/nb\.json is invalid/u);
    expect(() =>
      loadDangerLexicon(
        editedCopy('nb.json', (d) => ({
          ...d,
          concepts: { ...(d.concepts as object), kill: 'drepe' },
        })),
      ),
    ).toThrow(/nb\.json is invalid/u);
    expect(() =>
      loadDangerLexicon(
        editedCopy('nb.json', (d) => ({
          ...d,
          concepts: { ...(d.concepts as object), kill: ['drepe  meg'] },
        })),
      ),
    ).toThrow(/nb\.json is invalid/u);
    expect(() => loadDangerLexicon(editedCopy('nn.json', (d) => ({ ...d, lang: 'nb' })))).toThrow(/nn\.json.*says lang "nb"/u);
    // A misspelt concept name would be words no rule reads.
    expect(() =>
      loadDangerLexicon(
        editedCopy('en.json', (d) => ({
          ...d,
          concepts: { ...(d.concepts as object), wepon: ['knife'] },
        })),
      ),
    ).toThrow(/no rule in rules\.json names wepon/u);
    // A stem that is not a pattern on its own is named, not silently joined with its neighbour into one.
    expect(() =>
      loadDangerLexicon(
        editedCopy('tr.json', (d) => ({
          ...d,
          concepts: { ...(d.concepts as object), weapon: ['(ю|є', 'b[ıi]çak'] },
        })),
      ),
    ).toThrow(/weapon stem "\(ю\|є"/u);
    expect(() =>
      loadDangerLexicon(
        editedCopy('rules.json', (d) => {
          const stems = d.stems as { strong: string[][] };
          return {
            ...d,
            stems: { ...stems, strong: [...stems.strong, ['dagger']] },
          };
        }),
      ),
    ).toThrow(/no file of .* has stems for dagger/u);
    expect(() =>
      loadDangerLexicon(
        editedCopy('rules.json', (d) => ({
          ...d,
          stems: { ...(d.stems as object), languages: ['ar'] },
        })),
      ),
    ).toThrow(/exactly one group/u);
  });
});
