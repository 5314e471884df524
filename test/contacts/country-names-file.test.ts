import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { aliasesDigest, aliasesFolded, cityKeys, createCountryNames, countryTables, loadCountryAliases, packageIndex } from '../../src/contacts/country-names';
import { cityEntries } from '../../src/understanding/city-names';
import { COUNTRY_NAMES_FILE, readCountryNames, writeCountryNames } from '../../src/contacts/country-names-file';
import { commonEnglishName, PACKAGE_LANGUAGES, packageName, readCountryPackages } from '../../src/contacts/country-packages';
import { LANGUAGES } from '../../src/language/languages';

/** Messages naming countries as people write them: plain, declined, with prefixes, with a typo. */
const MESSAGES: readonly (readonly [string, (typeof LANGUAGES)[number]])[] = [
  ['eleven ble sendt til Somalia i sommer', 'nb'],
  ['hun er holdt tilbake i Irak, hva gjør vi', 'nb'],
  ['somaliske jenter og Pakistans ambassade', 'nb'],
  ['my student was taken to Syria, who covers it?', 'en'],
  ['a Polish girl from Chechnya', 'en'],
  ['uczennica została w Pakistanie', 'pl'],
  ['её увезли в Ирак', 'ru'],
  ['kız Somali’den döndü', 'tr'],
  ['البنت في العراق وبالصومال', 'ar'],
  ['دختر را به افغانستان بردند', 'fa'],
  ['who covers Erittrea?', 'en'],
];

describe('the country names the build writes (a start loads neither country package)', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'veiviser-countries-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the file the test setup wrote is up to date and holds the packages and the index folding them gives', () => {
    const { tables, reason } = readCountryNames(COUNTRY_NAMES_FILE);
    expect(reason).toBeUndefined();
    const packages = readCountryPackages();
    expect(tables?.packages).toEqual(packages);
    // The cities' names folded too (content/understanding/cities.json), and added with the aliases: a start folds none of them.
    const index = packageIndex(packages);
    const cities = cityKeys(cityEntries());
    expect(tables?.index).toEqual({ ...index, cities, withAliases: aliasesFolded(index, loadCountryAliases().aliases, cities) });
  });

  it('reads the cities the same from the build\'s folded names as folded at start', () => {
    const fromFile = createCountryNames();
    const foldedNow = createCountryNames(undefined, undefined, undefined, cityEntries());
    for (const [text, lng] of [['ailesi Meşhed\'e gitti', 'tr'], ['ابنتها في الموصل', 'ar'], ['ኣብ ኣስመራ', 'ti'], ['в Махачкале', 'ru']] as const) {
      expect(fromFile.find(text, lng)).toEqual(foldedNow.find(text, lng));
      expect(fromFile.find(text, lng).length).toBe(1);
    }
  });

  it('reads each language as i18n-iso-countries itself gives the names: every name, the short one, the official one', () => {
    const { packages } = countryTables();
    for (const lng of PACKAGE_LANGUAGES) {
      countries.registerLocale(JSON.parse(readFileSync(require.resolve(`i18n-iso-countries/langs/${lng}.json`), 'utf8')) as countries.LocaleData);
      expect(packages.names[lng]).toEqual(countries.getNames(lng, { select: 'all' }));
      const codes = Object.keys(countries.getAlpha2Codes());
      expect(codes.map((code) => [code, packageName(packages, code, lng, 'alias'), packageName(packages, code.toLowerCase(), lng, 'official')])).toEqual(
        codes.map((code) => [code, countries.getName(code, lng, { select: 'alias' }), countries.getName(code.toLowerCase(), lng)]),
      );
    }
    expect(packageName(packages, 'ER', 'ti', 'alias')).toBeUndefined();
    expect(commonEnglishName(packages, 'SY')).toBe('Syria');
  });

  it('finds and names countries the same from the file as from the packages read at start', () => {
    const fromFile = createCountryNames();
    const fromPackages = createCountryNames(undefined, { packages: readCountryPackages() });
    expect(fromFile.size).toBe(fromPackages.size);
    for (const [text, lng] of MESSAGES) {
      expect(fromFile.find(text, lng, { typos: true })).toEqual(fromPackages.find(text, lng, { typos: true }));
      expect(fromFile.find(text, lng, { typos: true }).length).toBeGreaterThan(0);
    }
    for (const code of ['SO', 'IQ', 'SY', 'RU', 'ER', 'PK']) for (const lng of LANGUAGES) expect(fromFile.name(code, lng)).toBe(fromPackages.name(code, lng));
    expect(fromFile.name('SY', 'en')).toBe('Syria');
    expect(fromFile.name('RU', 'ru')).toBe('Россия');
  });

  it('counts a file made from other packages or code as out of date, and a missing one as missing', () => {
    const file = path.join(tmp, 'country-names.json');
    expect(readCountryNames(file).reason).toBe('no file');
    const packages = readCountryPackages();
    writeCountryNames(file, packages, packageIndex(packages));
    expect(readCountryNames(file).reason).toBeUndefined();
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...written, fingerprint: 'made by other code' }));
    expect(readCountryNames(file).reason).toBe('out of date');
  });

  it('stops on a damaged file of the right fingerprint, naming what is wrong', () => {
    const file = path.join(tmp, 'damaged.json');
    const packages = readCountryPackages();
    writeCountryNames(file, packages, packageIndex(packages));
    const written = JSON.parse(readFileSync(file, 'utf8')) as { index: Record<string, unknown> };
    writeFileSync(file, JSON.stringify({ ...written, index: { ...written.index, entries: [['somalia']] } }));
    expect(() => readCountryNames(file)).toThrow(/pairs of strings/);
  });
});

describe('the aliases and cities the build added to the index (a start adds none of them)', () => {
  const aliases = loadCountryAliases();
  const fromFile = createCountryNames();
  // Cities given: the start folds them, and the aliases before them, itself (as with an edited alias file).
  const foldedNow = createCountryNames(aliases, countryTables(), undefined, cityEntries());
  /** Each name as a person would write it alone, declined, and with a letter attached. */
  const textsOf = (name: string): string[] => [name, `${name}e`, `${name}u`, `ب${name}`];

  it('was folded from the shipped alias file', () => {
    expect(countryTables().index?.withAliases?.aliases).toBe(aliasesDigest(aliases.aliases));
  });

  it('reads every alias and city, alone and declined, as the index folded at start does', () => {
    expect(fromFile.size).toBe(foldedNow.size);
    const names = [...Object.values(aliases.aliases).flat(), ...cityEntries().map(([name]) => name)];
    expect(names.length).toBeGreaterThan(4000);
    // Every reading beside the index's, compared at once: one `expect` instead of ~50,000 (docs/performance.md § Tests,
    // twentieth pass).
    const got: unknown[] = [];
    const want: unknown[] = [];
    for (const name of names) {
      for (const text of textsOf(name)) {
        for (const lng of ['nb', 'ru', 'ar'] as const) {
          got.push([text, lng, fromFile.find(text, lng)]);
          want.push([text, lng, foldedNow.find(text, lng)]);
        }
      }
    }
    expect(got).toEqual(want);
  });

  it('folds other aliases at start: an alias the build never saw is found', () => {
    const more = { ...aliases, aliases: { ...aliases.aliases, SO: [...(aliases.aliases['SO'] ?? []), 'qwertyland'] } };
    const reader = createCountryNames(more);
    expect(reader.find('hun er i qwertyland nå', 'nb').map((m) => m.code)).toEqual(['SO']);
    expect(fromFile.find('hun er i qwertyland nå', 'nb')).toEqual([]);
  });
});
