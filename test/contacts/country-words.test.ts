/**
 * The country reader's words read apart are data (content/understanding/countries/<lng>.json), checked by a zod schema
 * at load: everyday words that are also a country's name, names read only whole or only in one language, and the letters
 * Arabic, Persian and Tigrinya attach to a name. These tests hold the files to that shape and show that what a reviewer
 * writes there is what the reader does, and that the build's country tables are made again when the words change.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countryTables, createCountryNames, loadCountryAliases, packageIndex } from '../../src/contacts/country-names';
import { readCountryNames, writeCountryNames } from '../../src/contacts/country-names-file';
import { COUNTRY_WORDS_DIR, countryWordsFileSchema, loadCountryWords, type CountryWordsFile } from '../../src/contacts/country-words';
import { LANGUAGES, type Lang } from '../../src/language/languages';

/** A copy of the shipped words with one language's file changed, and a country reader folding names with them. */
function editedCopy(lng: Lang, edit: (file: CountryWordsFile) => CountryWordsFile): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'country-words-'));
  cpSync(COUNTRY_WORDS_DIR, dir, { recursive: true });
  const file = path.join(dir, `${lng}.json`);
  const data = countryWordsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  writeFileSync(file, JSON.stringify(edit(data)));
  return dir;
}
const readerWith = (dir: string) => createCountryNames(loadCountryAliases(), { packages: countryTables().packages }, loadCountryWords(dir));
const codes = (names: ReturnType<typeof readerWith>, text: string, lng: Lang) => names.find(text, lng).map((m) => m.code);

describe('the country reader’s words as data', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copy = (lng: Lang, edit: (file: CountryWordsFile) => CountryWordsFile) => {
    const dir = editedCopy(lng, edit);
    dirs.push(dir);
    return dir;
  };

  it('has valid files with a review status, each named by its language', () => {
    const files = readdirSync(COUNTRY_WORDS_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = countryWordsFileSchema.parse(JSON.parse(readFileSync(path.join(COUNTRY_WORDS_DIR, file), 'utf8')));
      expect(LANGUAGES).toContain(data.lang);
      expect(`${data.lang}.json`).toBe(file);
      expect(['machine-assisted', 'native-reviewed']).toContain(data.review);
    }
  });

  it('reads the shipped words: an everyday word, a name only in its language, attached letters', () => {
    const names = createCountryNames();
    expect(codes(names, 'Han er en mann som jobber med ungdom', 'nb')).toEqual([]);
    expect(codes(names, 'Эта семья переехала в Мали', 'ru')).toEqual(['ML']);
    expect(codes(names, 'Скільки учнів мали такі проблеми?', 'uk')).toEqual([]);
    expect(codes(names, 'سافرت العائلة بالطائرة والعراق بلدها', 'ar')).toContain('IQ');
  });

  it('no longer reads a word as a country once a reviewer adds it to the not-a-country list', () => {
    const text = 'Familien har slekt i Jordan og reiser dit i sommer';
    expect(codes(readerWith(COUNTRY_WORDS_DIR), text, 'nb')).toEqual(['JO']);
    const dir = copy('nb', (file) => ({ ...file, notACountry: [...(file.notACountry ?? []), 'Jordan'] }));
    expect(codes(readerWith(dir), text, 'nb')).toEqual([]);
  });

  it('no longer strips an attached letter a reviewer takes out', () => {
    const text = 'سافرت العائلة بالطائرة والعراق بلدها';
    const dir = copy('ar', (file) => ({ ...file, prefixes: (file.prefixes ?? []).filter((p) => p !== 'و') }));
    expect(codes(readerWith(dir), text, 'ar')).not.toContain('IQ');
  });

  it('stops the start with the file named when a file is broken', () => {
    const dir = copy('ti', (file) => ({ ...file, prefixes: ['n'] }));
    expect(() => loadCountryWords(dir)).toThrow(/ti\.json is invalid/u);
    const renamed = copy('pl', (file) => ({ ...file, lang: 'uk' }));
    expect(() => loadCountryWords(renamed)).toThrow(/pl\.json says lang "uk"/u);
  });

  it('counts the build’s country tables out of date when the words they were folded with change', () => {
    const dir = copy('en', (file) => file);
    const tables = mkdtempSync(path.join(tmpdir(), 'country-tables-'));
    dirs.push(tables);
    const file = path.join(tables, 'country-names.json');
    const { packages } = countryTables();
    writeCountryNames(file, packages, packageIndex(packages, loadCountryWords(dir)), dir);
    expect(readCountryNames(file, dir).reason).toBeUndefined();
    const en = path.join(dir, 'en.json');
    const data = countryWordsFileSchema.parse(JSON.parse(readFileSync(en, 'utf8')));
    writeFileSync(en, JSON.stringify({ ...data, shortNames: [...(data.shortNames ?? []), 'rsa'] }));
    expect(readCountryNames(file, dir).reason).toBe('out of date');
  });
});
