import { createHash } from 'node:crypto';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { fallbackChain, type Lang } from '../language/languages';
import { normalize, tokenize } from '../language/text';
import { readDataFile } from '../paths/data-file';
import { withinDistance } from '../language/edit-distance';
import { COUNTRY_NAMES_FILE, readCountryNames, writeCountryNames, type AliasesFolded, type CountryTables, type PackageIndex } from './country-names-file';
import { commonEnglishName, PACKAGE_LANGUAGES, packageName, readCountryPackages, type CountryPackages, type WorldCountry } from './country-packages';
import { ReadingMemo } from '../language/reading-memo';
import { countryWords, type CountryWords } from './country-words';
import { cityEntries } from '../understanding/city-names';

/**
 * Finds countries named in free text, in any supported language: "Irak", "Iraq", "العراق", "somaliske",
 * "Tsjetsjenia", "who covers Iran". Names come from maintained packages (i18n-iso-countries for the
 * localized names, world-countries for English demonyms and spellings) plus a small sourced alias file
 * for what neither has (Norwegian adjectives, parts of countries, big cities).
 */

const aliasFileSchema = z
  .object({
    $comment: z.string().optional(),
    aliases: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string().min(2))),
    displayNames: z.record(z.string().regex(/^[A-Z]{2}$/), z.record(z.string(), z.string().min(1))).default({}),
    /** Names added by hand for places the GeoNames table lacks: name → the page that places it in its country. */
    sources: z.record(z.string(), z.string().min(1)).default({}),
  })
  .strict();

export type { WorldCountry } from './country-packages';

let tablesCache: CountryTables | undefined;
/** The build's country tables (see country-names-file.ts), or the packages read now when the build's are missing or stale. */
export function countryTables(): CountryTables {
  tablesCache ??= readCountryNames(COUNTRY_NAMES_FILE).tables ?? { packages: readCountryPackages() };
  return tablesCache;
}

/**
 * Reads the packages and writes them with the index of their names (the build's data step; the test run's global
 * setup, `onlyStale`: only when the file is missing or was made from other packages or code). Returns whether it wrote.
 */
export function writeCountryTables(options: { readonly onlyStale?: boolean } = {}): boolean {
  if (options.onlyStale) {
    // Up to date: the fingerprint of the code and the country words, and the alias file it folded (an edited
    // content/contacts/country-aliases.json is folded again here, not left to every start of a test worker).
    const { tables } = readCountryNames(COUNTRY_NAMES_FILE);
    if (tables && tables.index.withAliases?.aliases === aliasesDigest(loadCountryAliases().aliases)) return false;
  }
  const packages = readCountryPackages();
  const index = packageIndex(packages);
  const cities = cityKeys(cityEntries());
  writeCountryNames(COUNTRY_NAMES_FILE, packages, { ...index, cities, withAliases: aliasesFolded(index, loadCountryAliases().aliases, cities) });
  return true;
}

/** The world-countries records (region, subregion, spellings), validated once. */
export function worldCountryRecords(): readonly WorldCountry[] {
  return countryTables().packages.world;
}

/*
 * The words read apart (everyday words that are also country names, names read only whole or only in one language,
 * the letters Arabic, Persian and Tigrinya attach to a name) are data: content/understanding/countries/<lng>.json,
 * read by country-words.ts and folded here like a message.
 */
/** Norway is not "abroad"; its names are recognised separately (see `mentionsNorway`). */
const NORWAY_CODES = new Set(['NO', 'SJ', 'BV']);

/**
 * The folded texts of the message being read: the contact and follow-up readers fold the same few texts ~45 times a
 * message (~12 distinct: the message, its parts, the words left out one by one), each two Unicode normalisations and
 * five replacements (issue #16, perf41a; `ReadingMemo`: nothing is kept past the current turn of the event loop).
 */
const foldedTexts = new ReadingMemo<string>();

/** Case, accents and Arabic hamza forms as users type them inconsistently; æ and ø stay (they are letters). */
export function fold(text: string): string {
  return foldedTexts.get(text, foldOnce);
}

function foldOnce(text: string): string {
  return normalize(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u0654\u0655]/g, '')
    .normalize('NFC')
    .replace(/[أإآ]/g, 'ا')
    // Arabic-Indic and Persian digits ("۱۹ ساله") read as the digits they are: an age, a phone number.
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function keyOf(name: string): string {
  return tokenize(fold(name)).join(' ');
}

/** The words of country-words.ts folded as a message is: what the reader compares. */
interface WordsApart {
  readonly notACountry: ReadonlySet<string>;
  readonly shortNames: ReadonlySet<string>;
  /** "Мали" is Russian for Mali, and Ukrainian for "(they) had": some names are read only in their own language. */
  readonly namesOnlyIn: ReadonlyMap<string, ReadonlySet<Lang>>;
  /** Polish "mali" is small: some names are no country in one language's message. */
  readonly notACountryIn: ReadonlyMap<string, ReadonlySet<Lang>>;
  /** Phrases with a name inside that is an everyday word there ("شام کو"), and the most words one has. */
  readonly everydayPhrases: ReadonlySet<string>;
  readonly everydayPhraseWords: number;
  readonly notADeclinedCountry: ReadonlySet<string>;
  readonly notDeclinedEndings: readonly string[];
  readonly wholeOnly: ReadonlySet<string>;
  /** The attached letters as written (a message's letters are compared as they are). */
  readonly arabicPrefixes: readonly string[];
  readonly arabicPrefixesBeforeArticle: ReadonlySet<string>;
  readonly ethiopicPrefixes: readonly string[];
  readonly arabicSuffixes: readonly string[];
  readonly ethiopicSuffixes: readonly string[];
}

function wordsApart(words: CountryWords): WordsApart {
  const keys = (list: readonly string[]) => new Set(list.map(keyOf));
  const byLanguage = (pairs: readonly (readonly [name: string, lng: Lang])[]): Map<string, Set<Lang>> => {
    const map = new Map<string, Set<Lang>>();
    for (const [name, lng] of pairs) {
      const key = keyOf(name);
      map.set(key, (map.get(key) ?? new Set<Lang>()).add(lng));
    }
    return map;
  };
  const everydayPhrases = keys(words.everydayPhrases);
  return {
    notACountry: keys(words.notACountry),
    shortNames: keys(words.shortNames),
    namesOnlyIn: byLanguage(words.namesOnlyIn),
    notACountryIn: byLanguage(words.notACountryIn),
    everydayPhrases,
    everydayPhraseWords: Math.max(0, ...[...everydayPhrases].map(wordCount)),
    notADeclinedCountry: keys(words.notADeclinedCountry),
    notDeclinedEndings: words.notDeclinedEndings.map(keyOf),
    wholeOnly: keys(words.wholeOnly),
    arabicPrefixes: [...words.arabicPrefixes, ...words.arabicPrefixesBeforeArticle],
    arabicPrefixesBeforeArticle: new Set(words.arabicPrefixesBeforeArticle),
    ethiopicPrefixes: words.ethiopicPrefixes,
    arabicSuffixes: words.arabicSuffixes,
    ethiopicSuffixes: words.ethiopicSuffixes,
  };
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const LATIN_SCRIPT = /\p{Script=Latin}/u;
const ETHIOPIC_SCRIPT = /[\u1200-\u137F]/;

/** Norwegian inflections of adjectives and demonyms: somalisk → somaliske, somalier → somaliere/somalierne. */
function norwegianForms(word: string): string[] {
  if (/sk$/.test(word)) return [word, word + 'e'];
  if (/er$/.test(word)) return [word, word + 'e', word + 'ne', word.slice(0, -2) + 'ar', word.slice(0, -2) + 'arar'];
  return [word];
}

export interface CountryMention {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Token position of the match in the folded text (for the recognizer's context checks). */
  readonly start: number;
  readonly end: number;
}

/**
 * Languages that decline country names or attach case suffixes ("w Iraku", "в Ираке", "pakistanda", "Somali'den"):
 * up to this many letters of ending are stripped when nothing matches.
 */
const INFLECTING: ReadonlyMap<Lang, number> = new Map<Lang, number>([
  ['pl', 2],
  ['ru', 2],
  ['uk', 2],
  ['tr', 3],
]);

/**
 * Turkish case endings a city name takes when typed without the apostrophe ("konyaya": to Konya; "izmirde": in Izmir),
 * longest first: cut only whole, from a city name (which is otherwise found whole only).
 */
const TURKISH_CASE_ENDINGS: readonly string[] = ['daki', 'deki', 'taki', 'teki', 'dan', 'den', 'tan', 'ten', 'nın', 'nin', 'nun', 'nün', 'ya', 'ye', 'da', 'de', 'ta', 'te', 'a', 'e'];

/** Turkish's locative with "-ki" ("-deki", "-taki": the one in …), cut only whole. */
const LOCATIVE_KI = /[dt][ae]ki$/u;
/**
 * Case endings longer than a language's cut, cut only whole: Polish's instrumental "-iem" ("zajmuje się Marokiem",
 * "Irakiem"), one letter more than the two cut elsewhere.
 */
const LONG_ENDINGS: ReadonlyMap<Lang, RegExp> = new Map<Lang, RegExp>([['pl', /iem$/u]]);

export interface FindOptions {
  /**
   * Also a country's own name in nb, nn or en typed with one letter wrong, missing, extra or swapped ("Somlia",
   * "Erittrea"), the first letter kept: only in the Latin script, when the word or the name has at least
   * `TYPO_MIN_LENGTH` letters and neither fewer than one less, the word is no name itself, and one country fits.
   * For questions that ask about a country; a story's words are read as written.
   */
  readonly typos?: boolean;
}

/** Shorter names are too close to everyday words ("jorden" is not Jordan, "Gambia" and "Zambia" are one letter apart). */
const TYPO_MIN_LENGTH = 7;

export interface CountryNames {
  /**
   * Every country named in the text, in order of appearance, longest match first at each position.
   * With `lng` pl, ru, uk or tr, a declined name is also found by stripping a case ending (see `INFLECTING`).
   */
  find(text: string, lng?: Lang, options?: FindOptions): CountryMention[];
  /** The country's name in `lng` (falling back along the language chain). */
  name(code: string, lng: Lang): string;
  /** True when the text names Norway (so the person is not abroad). */
  mentionsNorway(text: string): boolean;
  /** How many distinct names the index holds (for tests). */
  readonly size: number;
}

export type CountryAliases = z.infer<typeof aliasFileSchema>;

export function loadCountryAliases(file: string = contentPath('contacts', 'country-aliases.json')): CountryAliases {
  return readDataFile(file, aliasFileSchema);
}

/** The index being built: folded names and their countries, as `add` writes them. */
interface IndexBuilder {
  readonly index: Map<string, string>;
  /** English demonyms and alternative spellings ("Polish"): found whole, never the stem of a declined word ("polis"). */
  readonly notDeclinable: Set<string>;
  readonly longest: () => number;
  add(name: string, code: string, allowShort?: boolean, declinable?: boolean): void;
  /** `add` for a name already folded (`keyOf`). */
  addKey(key: string, code: string, allowShort?: boolean, declinable?: boolean): void;
}

function indexBuilder(apart: WordsApart, from?: PackageIndex, folded?: AliasesFolded): IndexBuilder {
  const index = new Map<string, string>(from?.entries);
  const notDeclinable = new Set<string>(from?.notDeclinable);
  let longest = from?.longest ?? 1;
  if (folded) {
    for (const [key, code] of folded.added) index.set(key, code);
    for (const key of folded.notDeclinable) notDeclinable.add(key);
    longest = folded.longest;
  }
  const addKey = (key: string, code: string, allowShort = false, declinable = true): void => {
    if (!key || apart.notACountry.has(key)) return;
    if (key.length < 4 && !allowShort && !apart.shortNames.has(key)) return;
    if (!declinable && !index.has(key)) notDeclinable.add(key);
    // First writer wins: package names are added before aliases, so an alias never steals a real name.
    if (!index.has(key)) index.set(key, code);
    // Run for every name and city at each start (~7,000, before TurboFan): no array per key, and "ال" (Arabic's article)
    // at the start is itself the Arabic-script test. A name whose "ال" is no article (Persian "آلمان", folded "المان")
    // leaves a stem that is no name: notACountry lists it ("مان", which Arabic "كمان", also, would be read as).
    if (key.includes(' ')) longest = Math.max(longest, wordCount(key));
    if (key.startsWith('ال') && !index.has(key.slice(2)) && !apart.notACountry.has(key.slice(2))) index.set(key.slice(2), code);
  };
  return {
    index,
    notDeclinable,
    longest: () => longest,
    add: (name, code, allowShort = false, declinable = true) => addKey(keyOf(name), code, allowShort, declinable),
    addKey,
  };
}

/** The words of a folded key (single spaces between them, as `keyOf` leaves them). */
function wordCount(key: string): number {
  let words = 1;
  for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) words++;
  return words;
}

/** The alias data's digest, as `AliasesFolded.aliases` names the aliases it was folded from. */
export function aliasesDigest(aliases: CountryAliases['aliases']): string {
  return createHash('sha256').update(JSON.stringify(aliases)).digest('hex');
}

/**
 * The alias file's names, then the cities, added to the index. A city named instead of its country ("near Konya", "to
 * Hargeisa") is read whole only (never the stem of a declined word), and comes after the countries' names and aliases,
 * which keep a name they share. Short names in other scripts are real names ("یزد", "حلب"), as with the countries'
 * (the extraction left out the words and wrote the Russian cases itself: a stem read declined would find "Казань" in
 * Ukrainian "казати", to say).
 */
function addAliasesAndCities(builder: IndexBuilder, apart: WordsApart, aliases: CountryAliases['aliases'], cities: ReadonlyArray<readonly [key: string, code: string]>): void {
  for (const [code, names] of Object.entries(aliases)) {
    for (const name of names) for (const form of norwegianForms(name)) builder.add(form, code, true, !apart.wholeOnly.has(keyOf(form)));
  }
  for (const [key, code] of cities) builder.addKey(key, code, !LATIN_SCRIPT.test(key), false);
}

/** What the aliases and the cities add to the packages' index (the build's, see `AliasesFolded`), folded with the shipped words. */
export function aliasesFolded(index: PackageIndex, aliases: CountryAliases['aliases'], cities: ReadonlyArray<readonly [key: string, code: string]>): AliasesFolded {
  const apart = wordsApart(countryWords());
  const builder = indexBuilder(apart, index);
  addAliasesAndCities(builder, apart, aliases, cities);
  return {
    aliases: aliasesDigest(aliases),
    added: [...builder.index].slice(index.entries.length),
    notDeclinable: [...builder.notDeclinable].slice(index.notDeclinable.length),
    longest: builder.longest(),
  };
}

/** The cities' names folded as the index keeps them, each with its country (the build writes them too). */
export function cityKeys(cities: ReadonlyArray<readonly [name: string, code: string]>): Array<[key: string, code: string]> {
  return cities.map(([name, code]): [string, string] => [keyOf(name), code]).filter(([key]) => key !== '');
}

/** The packages' names folded into the index (the build writes it, see country-names-file.ts; the aliases come after). */
export function packageIndex(packages: CountryPackages, words: CountryWords = countryWords()): PackageIndex {
  const builder = indexBuilder(wordsApart(words));
  /** The countries' own names in nb, nn and en (no demonyms, spellings or cities): the names a typo is read as. */
  const typoNames = new Set<string>();
  for (const lng of PACKAGE_LANGUAGES) {
    for (const [code, names] of Object.entries(packages.names[lng] ?? {})) {
      // Short names in other scripts are real names ("ОАЭ", "Чад", "مصر"); short Latin ones are too often words.
      for (const name of names) {
        builder.add(name, code, !LATIN_SCRIPT.test(name));
        if (lng === 'nb' || lng === 'nn' || lng === 'en') typoNames.add(keyOf(name));
      }
    }
  }
  for (const record of packages.world) {
    builder.add(record.name.common, record.cca2);
    builder.add(record.name.official, record.cca2);
    for (const spelling of record.altSpellings) if (spelling.length >= 4) builder.add(spelling, record.cca2, false, false);
    const english = record.demonyms?.['eng'];
    if (english) {
      builder.add(english.m, record.cca2, false, false);
      builder.add(english.f, record.cca2, false, false);
    }
  }
  return { entries: [...builder.index], notDeclinable: [...builder.notDeclinable], typoNames: [...typoNames], longest: builder.longest() };
}

/**
 * `wordLists`: the words read apart (the shipped ones but in a test); the build's index in `tables` was folded with the
 * shipped ones, so a test of other words passes tables without an index.
 */
export function createCountryNames(
  data: Pick<CountryAliases, 'aliases' | 'displayNames'> = loadCountryAliases(),
  tables: CountryTables = countryTables(),
  wordLists: CountryWords = countryWords(),
  cities?: ReadonlyArray<readonly [name: string, code: string]>,
): CountryNames {
  const { packages } = tables;
  const apart = wordsApart(wordLists);
  const base = tables.index ?? packageIndex(packages, wordLists);
  // The build folded the shipped cities (country-names-file.ts); other cities, or no build file, are folded now.
  const folded = cities ? cityKeys(cities) : (tables.index?.cities ?? cityKeys(cityEntries()));
  // And added them and the shipped aliases to the index: taken when these are its aliases and its cities.
  const built = cities === undefined && tables.index?.cities !== undefined ? tables.index.withAliases : undefined;
  const prebuilt = built !== undefined && built.aliases === aliasesDigest(data.aliases) ? built : undefined;
  const builder = indexBuilder(apart, base, prebuilt);
  const { index, notDeclinable } = builder;
  const typoNames = new Set(base.typoNames);
  if (!prebuilt) addAliasesAndCities(builder, apart, data.aliases, folded);
  /** The cities' own keys: Arabic writes many with the article GeoNames leaves off ("البصرة"); a demonym it does not make a name ("السوري", the Syrian). */
  const cityKeySet = new Set(folded.map(([key]) => key));
  const longest = builder.longest();

  // A name read only in its own language ("بینن", Urdu's Benin) is not found in another's word either, whole or with a
  // letter attached (spoken Persian "ببینن", "(they) see").
  const readIn = (key: string, lng: Lang | undefined): string | undefined => {
    const only = apart.namesOnlyIn.get(key);
    if (only !== undefined && (lng === undefined || !only.has(lng))) return undefined;
    return lng !== undefined && apart.notACountryIn.get(key)?.has(lng) ? undefined : index.get(key);
  };
  const lookup = (phrase: string, lng: Lang | undefined): string | undefined => {
    const direct = readIn(phrase, lng);
    if (direct) return direct;
    // Norwegian genitive: "Somalias ambassade", "Iraks".
    if (!phrase.includes(' ') && phrase.length > 4 && phrase.endsWith('s')) {
      const genitive = index.get(phrase.slice(0, -1));
      if (genitive) return genitive;
    }
    // Arabic writes many a city with the article ("البصرة") that GeoNames gives without it ("بصرة"); only a city.
    if (ARABIC_SCRIPT.test(phrase) && !phrase.includes(' ') && phrase.startsWith('ال') && phrase.length > 4 && cityKeySet.has(phrase.slice(2))) {
      const bare = readIn(phrase.slice(2), lng);
      if (bare) return bare;
    }
    // Arabic attaches prepositions: "بالعراق", "والصومال"; "ل" before "ال" drops its alif: "للعراق" (to Iraq).
    if (ARABIC_SCRIPT.test(phrase)) {
      for (const prefix of apart.arabicPrefixes) {
        if (!phrase.startsWith(prefix)) continue;
        const rest = phrase.slice(prefix.length);
        if (apart.arabicPrefixesBeforeArticle.has(prefix) && !rest.startsWith('ال')) continue;
        const elided = prefix === 'ل' && rest.startsWith('ل') ? readIn(rest.slice(1), lng) : undefined;
        const found = readIn(rest, lng) ?? (rest.startsWith('ال') ? readIn(rest.slice(2), lng) : undefined) ?? elided;
        if (found) return found;
      }
    }
    // Spoken Persian's copula or object marker ("ایرانه", "افغانستانو"): stripped only when the whole word is no name
    // and what is left is a name of at least four letters ("ترکیه" is a name itself and is found as it is).
    if (ARABIC_SCRIPT.test(phrase) && !phrase.includes(' ')) {
      for (const suffix of apart.arabicSuffixes) {
        const rest = phrase.slice(0, -suffix.length);
        if (phrase.endsWith(suffix) && rest.length >= 4 && readIn(rest, lng)) return readIn(rest, lng);
      }
    }
    if (ETHIOPIC_SCRIPT.test(phrase)) {
      for (const prefix of apart.ethiopicPrefixes) if (phrase.startsWith(prefix) && index.has(phrase.slice(prefix.length))) return index.get(phrase.slice(prefix.length));
      // A name in a list takes "and" after it ("ኤርትራን ሱዳንን", Eritrea and Sudan), or "also" or the question: cut only
      // when the whole word is no name ("ሱዳን" ends in ን itself), with or without a letter before it, and at least three
      // letters are left.
      for (const suffix of apart.ethiopicSuffixes) {
        if (!phrase.endsWith(suffix) || phrase.includes(' ')) continue;
        const rest = phrase.slice(0, -suffix.length);
        if ([...rest].length < 3) continue;
        if (index.has(rest)) return index.get(rest);
        for (const prefix of apart.ethiopicPrefixes) if (rest.startsWith(prefix) && [...rest].length - [...prefix].length >= 3 && index.has(rest.slice(prefix.length))) return index.get(rest.slice(prefix.length));
      }
    }
    return undefined;
  };

  // Single-word names by their first four letters, for the case-ending fallback.
  const byPrefix = new Map<string, string[]>();
  for (const key of index.keys()) {
    if (key.includes(' ') || key.length < 4 || notDeclinable.has(key)) continue;
    const prefix = key.slice(0, 4);
    const keys = byPrefix.get(prefix);
    if (keys) keys.push(key);
    else byPrefix.set(prefix, [key]);
  }
  const declined = (token: string, maxCut: number, lng: Lang | undefined): string | undefined => {
    if (token.length < 5 || apart.notADeclinedCountry.has(token) || apart.notDeclinedEndings.some((ending) => token.endsWith(ending))) return undefined;
    // Turkish typed without the apostrophe stacks the locative and "-ki" into four letters ("türkiyedeki": the one in
    // Turkey): only that ending is cut whole, and the rest must be a name itself (a wider cut read "personel" as Persia).
    const ki = lng === 'tr' ? LOCATIVE_KI.exec(token) : null;
    if (ki && index.has(token.slice(0, ki.index)) && !notDeclinable.has(token.slice(0, ki.index))) return readIn(token.slice(0, ki.index), lng);
    // A city (found whole only) with a Turkish case ending typed without the apostrophe ("konyaya", "izmirde",
    // "hargeysadan"): only a whole ending from the list, and a city name of five letters or more is left.
    if (lng === 'tr') {
      for (const ending of TURKISH_CASE_ENDINGS) {
        const stem = token.slice(0, -ending.length);
        if (token.endsWith(ending) && stem.length >= 5 && notDeclinable.has(stem) && index.has(stem)) return index.get(stem);
      }
    }
    // A name read only in other languages is no stem here either: Turkish "kabul" (acceptance) is not Kabul declined.
    const long = lng === undefined ? null : (LONG_ENDINGS.get(lng)?.exec(token) ?? null);
    const cuts = long ? [...Array.from({ length: maxCut }, (_, i) => i + 1), token.length - long.index] : Array.from({ length: maxCut }, (_, i) => i + 1);
    for (const cut of cuts) {
      const stem = token.slice(0, -cut);
      if (stem.length < 4) break;
      const key = (byPrefix.get(stem.slice(0, 4)) ?? []).find((k) => k.startsWith(stem) && k.length - stem.length <= 2 && readIn(k, lng) !== undefined);
      if (key) return index.get(key);
    }
    return undefined;
  };

  // Single-word Latin names long enough to be found with a typo, and the one country each could be.
  // Filed by their first letter: a typo keeps it ("Vestland", a county, is not "Estland"), so a token is compared with
  // the 25 or fewer names that share it instead of all ~210.
  const typoKeys = new Map<string, string[]>();
  for (const key of typoNames) {
    if (!index.has(key) || key.includes(' ') || key.length < TYPO_MIN_LENGTH - 1 || !LATIN_SCRIPT.test(key)) continue;
    const first = key[0] ?? '';
    const keys = typoKeys.get(first);
    if (keys) keys.push(key);
    else typoKeys.set(first, [key]);
  }
  const withTypo = (token: string): string | undefined => {
    if (token.length < TYPO_MIN_LENGTH - 1 || !LATIN_SCRIPT.test(token)) return undefined;
    let code: string | undefined;
    for (const key of typoKeys.get(token[0] ?? '') ?? []) {
      if (Math.max(key.length, token.length) < TYPO_MIN_LENGTH || token === key || !withinDistance(token, key, 1)) continue;
      const near = index.get(key);
      // Only when one country fits: "Gambia" and "Zambia" are one letter apart.
      if (code !== undefined && near !== code) return undefined;
      code = near;
    }
    return code;
  };

  // First words of the names of more than one word: a phrase starting with any other Latin or Cyrillic word can only
  // match as a single word (Arabic and Ethiopic words may carry a prefix, so they are always tried in full).
  const firstWords = new Set([...index.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0] ?? ''));
  /** The words of an everyday phrase starting at `at` ("شام کو", in the evening), or 0. */
  const everydayFirstWords = new Set([...apart.everydayPhrases].map((phrase) => phrase.split(' ')[0] ?? ''));
  const everydayPhraseAt = (tokens: readonly string[], at: number): number => {
    if (!everydayFirstWords.has(tokens[at] ?? '')) return 0;
    for (let n = Math.min(apart.everydayPhraseWords, tokens.length - at); n >= 2; n--) {
      if (apart.everydayPhrases.has(tokens.slice(at, at + n).join(' '))) return n;
    }
    return 0;
  };
  /**
   * The same texts are looked in many times while one message is read (~16 scans of ~4 texts a message: the contact
   * and statistics recognizers, the follow-up's slots, the two-needs parts): each text folded once, each scan done once.
   */
  const tokensOfText = new ReadingMemo<readonly string[]>();
  const scans = new ReadingMemo<readonly CountryMention[]>();
  const scan = (text: string, maxCut: number, lng?: Lang, typos = false): readonly CountryMention[] =>
    scans.get(`${maxCut}\u0000${typos ? 't' : ''}\u0000${lng ?? ''}\u0000${text}`, () => scanOnce(text, maxCut, lng, typos));
  const scanOnce = (text: string, maxCut: number, lng: Lang | undefined, typos: boolean): CountryMention[] => {
    const tokens = tokensOfText.get(text, (t) => tokenize(fold(t)));
    const found: CountryMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const everyday = everydayPhraseAt(tokens, i);
      if (everyday > 0) {
        i += everyday - 1;
        continue;
      }
      let matched = false;
      const token = tokens[i] ?? '';
      const maxLength = firstWords.has(token) || ARABIC_SCRIPT.test(token) || ETHIOPIC_SCRIPT.test(token) ? longest : 1;
      for (let n = Math.min(maxLength, tokens.length - i); n >= 1; n--) {
        const words = n === 1 ? token : tokens.slice(i, i + n).join(' ');
        const code = lookup(words, lng);
        if (code) {
          found.push({ code, start: i, end: i + n });
          i += n - 1;
          matched = true;
          break;
        }
      }
      const code = matched ? undefined : ((maxCut > 0 ? declined(token, maxCut, lng) : undefined) ?? (typos ? withTypo(token) : undefined));
      if (code) found.push({ code, start: i, end: i + 1 });
    }
    return found;
  };

  return {
    size: index.size,
    find: (text, lng, options) => scan(text, (lng && INFLECTING.get(lng)) ?? 0, lng, options?.typos === true).filter((m) => !NORWAY_CODES.has(m.code)),
    mentionsNorway: (text) => scan(text, 0).some((m) => m.code === 'NO'),
    name(code, lng) {
      const override = data.displayNames[code]?.[lng];
      if (override) return override;
      // English: world-countries' common names read better in a sentence ("Syria", not "Syrian Arab Republic").
      const common = lng === 'en' ? commonEnglishName(packages, code) : undefined;
      if (common) return common;
      for (const candidate of [...fallbackChain(lng), 'en']) {
        const name = packageName(packages, code, candidate, 'alias');
        if (name) return name;
      }
      return commonEnglishName(packages, code) ?? code;
    },
  };
}
