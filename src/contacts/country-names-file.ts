import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { codeFile, codeFilesPresent, RUNNING_SOURCES } from '../paths/code-file';
import { projectRoot } from '../paths/content-root';
import { PACKAGE_LANGUAGES, worldCountrySchema, type CountryPackages } from './country-packages';
import { parseDataFile } from '../paths/data-file';
import { COUNTRY_WORDS_DIR, countryWordsFiles } from './country-words';
import { CITIES_FILE } from '../understanding/city-names';

/*
 * The country names as the build writes them (scripts/build-data.mjs): what Veiviser reads of the two country
 * packages, and the index of their names folded as the country reader looks them up (3,000+ names of eleven
 * languages, ~40 ms of CPU to fold at every start). A start then loads neither package. The file names what it was made
 * from (the packages' versions and the code that reads and folds them); when either differs, or the file is missing,
 * the start reads the packages and folds their names as before.
 */

const FORMAT = 'veiviser-country-names-1';

/** The build writes `country-names.json` for the compiled app; the test run's global setup `.sources.json` for the sources. */
export const COUNTRY_NAMES_FILE = path.join(projectRoot(), 'dist', 'data', RUNNING_SOURCES ? 'country-names.sources.json' : 'country-names.json');

/**
 * The modules whose code decides what the file holds: the packages' fields, the folding of names and the index; and the
 * words the index leaves out or keeps however short (content/understanding/countries/, read by country-words.ts).
 */
const COUNTRY_CODE = ['contacts/country-packages', 'contacts/country-names', 'contacts/country-words', 'contacts/country-names-file', 'language/text', 'understanding/city-names'];
const PACKAGES = ['i18n-iso-countries', 'world-countries'];

/**
 * The index of the packages' names (before the alias file's, which the start adds): each folded name and its country
 * in the order they were added (the first writer wins), the names found only whole, the countries' own names in nb,
 * nn and en (those a typo is read as), and the most words a name has.
 */
export interface PackageIndex {
  readonly entries: readonly (readonly [string, string])[];
  readonly notDeclinable: readonly string[];
  readonly typoNames: readonly string[];
  readonly longest: number;
  /**
   * The cities of content/understanding/cities.json folded the same way, each with its country (the start adds them
   * after the aliases): ~3,800 names in a dozen scripts, ~130 ms of CPU to fold at a cold start.
   */
  readonly cities?: readonly (readonly [string, string])[];
  /** What the shipped alias file and then `cities` add to `entries` (see `AliasesFolded`): a start folds neither. */
  readonly withAliases?: AliasesFolded;
}

/**
 * The index after the alias file's names and the cities were added to the packages' (~4,400 keys, ~10 ms of a cold
 * start's CPU to fold and file): the keys added, in the order they were (the first writer wins, and the order of the
 * keys decides which name a declined word is read as), the keys added as found only whole, and the most words a name
 * has. `aliases`: the digest of the alias data it was folded from (`aliasesDigest`); a start given other aliases (an
 * edited file, a test's) folds them itself.
 */
export interface AliasesFolded {
  readonly aliases: string;
  readonly added: readonly (readonly [string, string])[];
  readonly notDeclinable: readonly string[];
  readonly longest: number;
}

export interface CountryTables {
  readonly packages: CountryPackages;
  /** Undefined when the packages were read at start: the country reader folds their names itself. */
  readonly index?: PackageIndex;
}

function packageVersion(name: string): string {
  return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'))).version;
}

/** `wordsDir`: the country words the index was folded with (the shipped ones but in a test). */
function fingerprint(wordsDir: string): string {
  const hash = createHash('sha256').update(FORMAT);
  for (const name of PACKAGES) hash.update(`${name}@${packageVersion(name)}`);
  for (const module of COUNTRY_CODE) hash.update(readFileSync(codeFile(module)));
  for (const file of countryWordsFiles(wordsDir)) hash.update(path.basename(file)).update(readFileSync(file));
  hash.update('\0cities.json\0').update(readFileSync(CITIES_FILE));
  return hash.digest('hex');
}

/** Checks that cost a loop, not a parser per value: the file is the build's own, named by its fingerprint. */
const strings = z.custom<string[]>((v) => Array.isArray(v) && v.every((e) => typeof e === 'string'), 'a list of strings');
const pairs = z.custom<[string, string][]>((v) => Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string'), 'pairs of strings');
const namesOf = z.custom<Record<string, string[]>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((names) => Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === 'string')),
  'names by country',
);
const headSchema = z.object({ format: z.literal(FORMAT), fingerprint: z.string() });
const fileSchema = headSchema.extend({
  names: z.object(Object.fromEntries(PACKAGE_LANGUAGES.map((lng) => [lng, namesOf]))),
  world: z.array(worldCountrySchema),
  index: z.object({
    entries: pairs,
    notDeclinable: strings,
    typoNames: strings,
    longest: z.number().int().positive(),
    cities: pairs.optional(),
    withAliases: z.object({ aliases: z.string(), added: pairs, notDeclinable: strings, longest: z.number().int().positive() }).optional(),
  }),
});

/** Writes the packages' data and their index (the build's data step, the test run's global setup). */
export function writeCountryNames(file: string, packages: CountryPackages, index: PackageIndex, wordsDir: string = COUNTRY_WORDS_DIR): void {
  // Written aside and renamed, so a process starting meanwhile reads the old file or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify({ format: FORMAT, fingerprint: fingerprint(wordsDir), names: packages.names, world: packages.world, index }));
  renameSync(partial, file);
}

/** The build's country tables when they were made by this code from these packages, or why not. */
export function readCountryNames(
  file: string,
  wordsDir: string = COUNTRY_WORDS_DIR,
): { readonly tables: Required<CountryTables>; readonly reason?: undefined } | { readonly tables?: undefined; readonly reason: 'no file' | 'out of date' } {
  if (!existsSync(file)) return { reason: 'no file' };
  if (!codeFilesPresent(COUNTRY_CODE)) return { reason: 'out of date' };
  const text = readFileSync(file, 'utf8');
  const raw: unknown = JSON.parse(text);
  const head = headSchema.safeParse(raw);
  if (!head.success || head.data.fingerprint !== fingerprint(wordsDir)) return { reason: 'out of date' };
  // Checked as a data file: by the build's check when these are the bytes it checked (src/paths/data-file.ts).
  const parsed = parseDataFile(file, text, () => raw, fileSchema);
  if (!parsed.success) throw new Error(`${file} is invalid: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  return { tables: { packages: { names: data.names, world: data.world }, index: data.index } };
}
