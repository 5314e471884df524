import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { canonicalWords, isStopWord, TEXT_FAMILIES } from '../../src/language/spelling';
import { loadSpellingFile, SPELLING_DIR, SPELLING_FAMILIES, spellingData } from '../../src/language/spelling-data';

describe('spelling words are data, one file per text family', () => {
  it('has a valid file with a review status for every family the index reads', () => {
    expect([...SPELLING_FAMILIES].sort()).toEqual([...TEXT_FAMILIES].sort());
    expect(readdirSync(SPELLING_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', '')).sort()).toEqual([...SPELLING_FAMILIES].sort());
    for (const family of SPELLING_FAMILIES) {
      const file = spellingData()[family];
      expect(['machine-assisted', 'native-reviewed']).toContain(file.review);
      expect(file.stopWords.length).toBeGreaterThan(5);
    }
  });

  it('is what the reading uses: a stop word, a nynorsk form and a synonym from the files', () => {
    expect(isStopWord('hvordan', 'no')).toBe(true);
    expect(canonicalWords(['kva', 'er', 'nsk'], 'no')).toEqual(expect.arrayContaining(['negativ', 'sosial', 'kontroll']));
    expect(canonicalWords(['what', 'is', 'nsc'], 'en')).toEqual(expect.arrayContaining(['negative', 'social', 'control']));
  });

  it('reads an age by the age words of both files, in both families (people mix them)', () => {
    expect(spellingData().no.ageWords).toContain('år');
    expect(spellingData().en.ageWords).toContain('years');
    expect(canonicalWords(['eleven', 'er', '15', 'år'], 'no')).toContain('ungdom');
    expect(canonicalWords(['eleven', 'er', '20', 'years'], 'no')).toContain('voksen');
    expect(canonicalWords(['my', 'pupil', 'is', '16', 'år'], 'en')).toContain('youth');
    expect(canonicalWords(['she', 'turned', '15', 'today'], 'en')).not.toContain('youth');
  });

  it('rejects a file a reviewer broke (a rule with one side, two words as one stop word, the wrong family)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spelling-'));
    for (const f of readdirSync(SPELLING_DIR)) copyFileSync(path.join(SPELLING_DIR, f), path.join(dir, f));
    const so = JSON.parse(readFileSync(path.join(SPELLING_DIR, 'so.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'so.json'), JSON.stringify({ ...so, phrases: [['gudniin']] }));
    expect(() => loadSpellingFile('so', dir)).toThrow(/so\.json is invalid/u);
    writeFileSync(path.join(dir, 'so.json'), JSON.stringify({ ...so, stopWords: ['waa maxay'] }));
    expect(() => loadSpellingFile('so', dir)).toThrow(/so\.json is invalid/u);
    const no = JSON.parse(readFileSync(path.join(SPELLING_DIR, 'no.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'no.json'), JSON.stringify({ ...no, ageWords: ['år gammel'] }));
    expect(() => loadSpellingFile('no', dir)).toThrow(/no\.json is invalid/u);
    writeFileSync(path.join(dir, 'so.json'), JSON.stringify({ ...so, family: 'tr' }));
    expect(() => loadSpellingFile('so', dir)).toThrow(/says family "tr"/u);
  });
});
