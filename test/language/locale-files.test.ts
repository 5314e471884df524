import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { isolateCardText, isolateLtr, startsRightToLeft, stripIsolates } from '../../src/language/bidi';
import { createI18n, fixedT } from '../../src/language/i18n';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { loadLocaleFiles, LocaleFileError, type LocaleGapKind, localeGaps, parseLocaleFile } from '../../src/language/locale-files';
import { loadReviewStatus, needsReviewNote } from '../../src/language/review-status';

// Declared alike by more than one former file below: kept once.
const localesDir = path.join(__dirname, '..', '..', 'locales');

// (was locale-files.test.ts)

/** A locales directory in a temp dir: `{ 'nb/common.json': {...} }`; a string value is written as is (broken JSON). */
const tempDirs: string[] = [];
function localesWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'veiviser-locales-'));
  tempDirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function loadError(dir: string): LocaleFileError {
  try {
    loadLocaleFiles(dir);
  } catch (error) {
    if (error instanceof LocaleFileError) return error;
    throw error;
  }
  throw new Error('expected the locale files to be refused');
}

const nbCommon = { welcome: { title: 'Velkommen', call: 'Ring {{phone}}' }, help: { examples: ['Hva er negativ sosial kontroll?', 'Tegn?'] } };
const enCommon = { welcome: { title: 'Welcome', call: 'Call {{phone}}' }, help: { examples: ['What is negative social control?', 'Signs?'] } };

describe('the real locale files', () => {
  const files = loadLocaleFiles(localesDir);

  it('load without errors, every language with every bokmål namespace', () => {
    expect(files.namespaces).toEqual(['common', 'contacts', 'guidance', 'stats', 'triage']);
    for (const lng of LANGUAGES) expect({ lng, namespaces: Object.keys(files.resources[lng] ?? {}).sort() }).toEqual({ lng, namespaces: files.namespaces });
  });

  /**
   * Missing keys are not start-up errors (i18next falls back to English, then bokmål), so they are counted here. Today
   * every translation has every key, in its own plural forms, with the placeholders of the bokmål text.
   */
  it('count no gaps per language: missing namespaces or keys, extra keys, different shapes, lost placeholders', () => {
    const gaps = localeGaps(files);
    const kinds: LocaleGapKind[] = ['missing namespace', 'missing key', 'extra key', 'different shape', 'placeholders'];
    const counts = Object.fromEntries(LANGUAGES.filter((l) => l !== 'nb').map((lng) => [lng, Object.fromEntries(kinds.map((k) => [k, gaps.filter((g) => g.lng === lng && g.kind === k).length]))]));
    const none = Object.fromEntries(Object.keys(counts).map((lng) => [lng, Object.fromEntries(kinds.map((k) => [k, 0]))]));
    expect(counts).toEqual(none);
    expect(gaps).toEqual([]); // the details, if the counts ever differ
  });
});

describe('a broken locale file stops start-up, naming the file and the key', () => {
  it('refuses a file that is not JSON, with the line', () => {
    const dir = localesWith({ 'nb/common.json': nbCommon, 'ar/common.json': '{\n  "welcome": {\n    "title": "مرحبا",\n  }\n}' });
    const error = loadError(dir);
    expect(error.file).toBe(path.join(dir, 'ar', 'common.json'));
    expect(error.message).toContain(path.join('ar', 'common.json'));
    expect(error.message).toMatch(/is not valid JSON/u);
  });

  it.each([
    ['a number', { welcome: { title: 'Velkommen', call: 112 } }, 'welcome.call', 'a number'],
    ['null', { welcome: { title: null } }, 'welcome.title', 'null'],
    ['a boolean at the top', { ready: true }, 'ready', 'a boolean'],
    ['a list with a number', { help: { examples: ['Hva?', 2] } }, 'help.examples[1]', 'a number'],
    ['a list of objects', { help: { examples: [{ text: 'Hva?' }] } }, 'help.examples[0]', 'an object'],
    ['a value three levels down', { a: { b: { c: { d: 1 } } } }, 'a.b.c.d', 'a number'],
  ])('refuses %s, naming the key path', (_name, content, keyPath, what) => {
    const dir = localesWith({ 'nb/common.json': nbCommon, 'en/stats.json': content, 'nb/stats.json': { ok: 'ok' } });
    const error = loadError(dir);
    expect(error.file).toBe(path.join(dir, 'en', 'stats.json'));
    expect(error.keyPath).toBe(keyPath);
    expect(error.message).toContain(`${path.join('en', 'stats.json')}: ${keyPath} is ${what}`);
  });

  it('refuses a file that is a list, not an object, and an empty key', () => {
    expect(() => parseLocaleFile('x/common.json', '["a"]')).toThrow('x/common.json: must hold an object of strings');
    expect(() => parseLocaleFile('x/common.json', '{"welcome": {"": "x"}}')).toThrow('x/common.json: welcome has an empty key');
  });

  it('refuses a namespace bokmål does not have (a misnamed file would be ignored) and a missing bokmål', () => {
    expect(loadError(localesWith({ 'nb/common.json': nbCommon, 'pl/comon.json': { a: 'b' } })).message).toMatch(/pl[/\\]comon\.json: is not a namespace of nb/u);
    expect(loadError(localesWith({ 'en/common.json': enCommon })).message).toMatch(/nb: is missing/u);
  });

  it('makes createI18n throw, so the bot does not start with it', () => {
    const dir = localesWith({ 'nb/common.json': nbCommon, 'uk/common.json': '{"welcome": ' });
    expect(() => createI18n(dir)).toThrow(path.join('uk', 'common.json'));
  });

  it('accepts plural keys and lists of strings', () => {
    expect(parseLocaleFile('nb/stats.json', '{"fields_one": "{{count}} felt", "fields_other": "{{count}} felt", "months": ["januar", "februar"]}')).toEqual({
      fields_one: '{{count}} felt',
      fields_other: '{{count}} felt',
      months: ['januar', 'februar'],
    });
  });
});

describe('gaps in a translation are reported, not fatal: i18next falls back', () => {
  it('a missing key or namespace is counted, and the reader gets English', () => {
    const dir = localesWith({
      'nb/common.json': nbCommon,
      'nb/stats.json': { title: 'Statistikk' },
      'en/common.json': enCommon,
      'en/stats.json': { title: 'Statistics' },
      'ar/common.json': { welcome: { title: 'مرحبا' }, help: { examples: ['ما هي الرقابة الاجتماعية السلبية؟', 'علامات؟'] } },
    });
    const gaps = localeGaps(loadLocaleFiles(dir)).filter((g) => g.lng === 'ar');
    expect(gaps).toEqual([
      { lng: 'ar', ns: 'common', kind: 'missing key', key: 'welcome.call' },
      { lng: 'ar', ns: 'stats', kind: 'missing namespace' },
    ]);
    const t = fixedT(createI18n(dir), 'ar');
    expect(t('welcome.title')).toBe('مرحبا');
    expect(t('welcome.call', { phone: '116 111' })).toBe('Call 116 111');
    expect(t('stats:title')).toBe('Statistics');
  });

  it('reports placeholders lost or added in translation, extra keys and a string where bokmål has a list', () => {
    const dir = localesWith({
      'nb/common.json': nbCommon,
      'en/common.json': { welcome: { title: 'Welcome {{name}}', call: 'Call the number' }, help: { examples: 'What?' }, extra: 'x' },
    });
    const gaps = localeGaps(loadLocaleFiles(dir)).filter((g) => g.lng === 'en');
    expect(gaps).toEqual([
      { lng: 'en', ns: 'common', kind: 'placeholders', key: 'welcome.title', detail: 'has {{name}} that nb does not' },
      { lng: 'en', ns: 'common', kind: 'placeholders', key: 'welcome.call', detail: 'lacks {{phone}}' },
      { lng: 'en', ns: 'common', kind: 'different shape', key: 'help.examples', detail: 'a string, nb has a list of 2' },
      { lng: 'en', ns: 'common', kind: 'extra key', key: 'extra' },
    ]);
  });

  it('expects each language’s own plural forms; {{count}} may be spelt out only where a form means one number', () => {
    const nb = { fields_one: 'Ett felt avvist', fields_other: '{{count}} felt avvist' };
    const dir = localesWith({
      'nb/stats.json': nb,
      // Arabic "one" is 1 and "two" is 2 only: words are fine. Russian "one" is also 21, 31 ...: it needs {{count}}.
      'ar/stats.json': { fields_zero: 'لا حقول', fields_one: 'حقل واحد', fields_two: 'حقلان', fields_few: '{{count}} حقول', fields_many: '{{count}} حقلًا', fields_other: '{{count}} حقل' },
      'ru/stats.json': { fields_one: 'одно поле', fields_few: '{{count}} поля', fields_many: '{{count}} полей', fields_other: '{{count}} поля' },
      'pl/stats.json': { fields_one: 'jedno pole', fields_other: '{{count}} pól' },
    });
    const gaps = localeGaps(loadLocaleFiles(dir)).filter((g) => ['ar', 'ru', 'pl'].includes(g.lng));
    expect(gaps).toEqual([
      { lng: 'ru', ns: 'stats', kind: 'placeholders', key: 'fields_one', detail: 'lacks {{count}}' },
      { lng: 'pl', ns: 'stats', kind: 'missing key', key: 'fields_few' },
      { lng: 'pl', ns: 'stats', kind: 'missing key', key: 'fields_many' },
    ]);
  });
});

// (was locale-parity.test.ts)

/**
 * Every namespace in every language has exactly bokmål's keys. Plural keys (`x_one`, `x_other`) follow each
 * language's own plural categories (Arabic has six, Russian/Ukrainian/Polish four), placeholders ({{x}}), markdown
 * bold and numbers such as 112 survive translation, and nothing is empty. A namespace not yet translated has no file
 * and is marked `missing` in locales/review-status.json, so i18next falls back to English and the gap is visible.
 */
const namespaces = readdirSync(path.join(localesDir, 'nb'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/u;

type Leaf = string | readonly string[];
function flatten(value: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) out.set(prefix, value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, String(value));
  return out;
}
const read = (lng: Lang, ns: string): Map<string, Leaf> => flatten(JSON.parse(readFileSync(path.join(localesDir, lng, `${ns}.json`), 'utf8')));

/** The keys `lng` must have: bokmål's, with each plural group expanded to `lng`'s plural categories. */
function expectedKeys(nb: Map<string, Leaf>, lng: Lang): Set<string> {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of nb.keys()) {
    if (PLURAL_SUFFIX.test(key)) for (const c of categories) keys.add(key.replace(PLURAL_SUFFIX, `_${c}`));
    else keys.add(key);
  }
  return keys;
}
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/gu)].map((m) => m[1]!).sort();
const numbers = (s: string): string[] => [...s.matchAll(/\d+/gu)].map((m) => m[0]).sort();
const bold = (s: string): number => s.split('**').length - 1;
const strings = (leaf: Leaf): readonly string[] => (typeof leaf === 'string' ? [leaf] : leaf);
/** The bokmål string a key is compared with: the same key, or for a plural form the group's `_other`. */
const source = (nb: Map<string, Leaf>, key: string): Leaf | undefined => nb.get(key) ?? nb.get(key.replace(PLURAL_SUFFIX, '_other'));

const status = loadReviewStatus();
const otherLanguages = LANGUAGES.filter((l) => l !== 'nb');

describe('locale files', () => {
  it('bokmål has every namespace, each with strings', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'contacts', 'guidance', 'stats']));
  });

  it.each(LANGUAGES)('review-status.json tells the truth about %s', (lng) => {
    for (const ns of namespaces) {
      const exists = existsSync(path.join(localesDir, lng, `${ns}.json`));
      expect({ ns, status: status[lng]?.[ns] }).toEqual({ ns, status: exists ? expect.stringMatching(/^(reviewed|machine-assisted)$/u) : 'missing' });
    }
    expect(existsSync(path.join(localesDir, lng, 'common.json'))).toBe(true);
  });

  const pairs = otherLanguages.flatMap((lng) => namespaces.map((ns) => [lng, ns] as const));
  it.each(pairs)('%s/%s has exactly the keys of nb (with its own plural forms)', (lng, ns) => {
    if (!existsSync(path.join(localesDir, lng, `${ns}.json`))) return; // declared missing above; falls back to English
    const nb = read('nb', ns);
    const translated = read(lng, ns);
    const expected = expectedKeys(nb, lng);
    const missing = [...expected].filter((k) => !translated.has(k));
    const extra = [...translated.keys()].filter((k) => !expected.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(pairs)('%s/%s keeps placeholders, numbers and bold text, and has no empty strings', (lng, ns) => {
    if (!existsSync(path.join(localesDir, lng, `${ns}.json`))) return;
    const nb = read('nb', ns);
    const problems: string[] = [];
    for (const [key, leaf] of read(lng, ns)) {
      const original = source(nb, key);
      if (original === undefined) continue; // reported by the key test
      const ours = strings(leaf);
      const theirs = strings(original);
      if (ours.length !== theirs.length) problems.push(`${key}: ${ours.length} items, nb has ${theirs.length}`);
      ours.forEach((text, i) => {
        const nbText = theirs[i] ?? '';
        if (text.trim() === '') problems.push(`${key}: empty`);
        // Plural forms such as Arabic "one" or "two" may say the number in words instead of {{count}}.
        const samePlaceholders = PLURAL_SUFFIX.test(key)
          ? placeholders(text).every((p) => placeholders(nbText).includes(p))
          : placeholders(text).join() === placeholders(nbText).join();
        if (!samePlaceholders) problems.push(`${key}: placeholders ${placeholders(text).join()} ≠ ${placeholders(nbText).join()}`);
        // Months, years and emergency numbers (112, 113) are written with digits in every language.
        if (!PLURAL_SUFFIX.test(key) && numbers(text).join() !== numbers(nbText).join()) problems.push(`${key}: numbers ${numbers(text).join()} ≠ ${numbers(nbText).join()}`);
        if (bold(text) !== bold(nbText)) problems.push(`${key}: ${bold(text)} ** markers, nb has ${bold(nbText)}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it.each(otherLanguages)('%s keeps the Norwegian service name "Kompetanseteamet" where nb uses it', (lng) => {
    const nb = read('nb', 'common');
    const translated = read(lng, 'common');
    for (const [key, leaf] of nb) {
      if (!strings(leaf).some((s) => s.includes('Kompetanseteamet'))) continue;
      expect({ key, kept: strings(translated.get(key) ?? '').some((s) => s.includes('Kompetanseteamet')) }).toEqual({ key, kept: true });
    }
  });

  it('cards in a not-yet-reviewed language get the machine-translation note, bokmål never', () => {
    expect(needsReviewNote(status, 'ar', 'common')).toBe(true);
    expect(needsReviewNote(status, 'nb', 'common')).toBe(false);
    expect(needsReviewNote({ ...status, pl: { common: 'reviewed' } }, 'pl', 'common')).toBe(false);
  });
});

describe('the translations through i18next', () => {
  const i18n = createI18n();
  it.each([
    ['ru', 3, '3 неизвестных поля отклонены'],
    ['ru', 5, '5 неизвестных полей отклонено'],
    ['pl', 2, 'Odrzucono 2 nieznane pola'],
    ['ar', 2, 'رُفض حقلان غير معروفين'],
    ['ar', 11, 'رُفض 11 حقلًا غير معروف'],
    ['tr', 1, '1 bilinmeyen alan reddedildi'],
  ] as const)('%s picks the right plural form for %d', (lng, count, expected) => {
    expect(fixedT(i18n, lng)('stats:register.unknownFields', { count })).toBe(expected);
  });

  it('answers in every language with the emergency number intact', () => {
    for (const lng of LANGUAGES) {
      const t = fixedT(i18n, lng);
      expect(t('guidance:emergency.title')).toContain('112');
      expect(t('common:welcome.notMonitored')).toContain('**112**');
      expect(t('common:machineNote')).not.toBe('machineNote');
    }
  });
});

// (was i18n-memo.test.ts)

/** Every key of a namespace's resources, as `ns:a.b.c`. */
function keysOf(value: unknown, prefix: string): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`));
}

/**
 * `fixedT` remembers what a call gives (plain keys, and keys with options of text and numbers): what it gives must be
 * what i18next's own fixed `t` gives for the same call, the first time and from memory.
 */
describe('fixedT remembers calls', () => {
  const i18n = createI18n();
  const data = i18n.store.data;

  it('gives what i18next gives, for every key of every language, with and without options, twice', () => {
    const optionSets = [{ count: 1 }, { count: 5, name: 'Kari', phone: '112', n: 3, year: 2024, what: 'x', place: 'Oslo', value: '7' }];
    let checked = 0;
    for (const lng of LANGUAGES) {
      const own = i18n.getFixedT(lng);
      const t = fixedT(i18n, lng);
      const keys = Object.entries(data[lng] ?? {}).flatMap(([ns, tree]) => keysOf(tree, `${ns}:`));
      // Each call's result beside what i18next gave, compared once a language: one `expect` for ~8,000 calls instead of
      // one each (an `expect` builds its ~300 matchers and an Error: docs/performance.md § Tests, twentieth pass).
      const got: unknown[] = [];
      const want: unknown[] = [];
      for (const key of keys) {
        const calls: Array<[string, Record<string, unknown>?]> = [[key], ...optionSets.map((o): [string, Record<string, unknown>] => [key, o])];
        for (const [k, options] of calls) {
          const expected: unknown = options ? own(k, options) : own(k);
          for (let round = 0; round < 2; round++) {
            got.push([k, options, round, options ? t(k, options) : t(k)]);
            want.push([k, options, round, expected]);
          }
        }
        checked += 1;
      }
      expect(got).toEqual(want);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('keeps calls with different values apart, and gives objects afresh', () => {
    const t = fixedT(i18n, 'nb');
    expect(t('stats:register.unknownFields', { count: 1 })).not.toEqual(t('stats:register.unknownFields', { count: 2 }));
    expect(t('guidance:emergency.call', { phone: '112' })).toContain('112');
    expect(t('guidance:emergency.call', { phone: '113' })).toContain('113');
    const months = t('stats:months', { returnObjects: true });
    expect(Array.isArray(months)).toBe(true);
    expect(t('stats:months', { returnObjects: true })).not.toBe(months);
  });
});

// (was bidi.test.ts)

/** ⟨…⟩ for LRI…PDI, so the expectations below read like what a reader sees (word joiners are invisible; tested on their own). */
const shown = (text: string) => text.replace(/\u2066/g, '⟨').replace(/\u2069/g, '⟩').replace(/\u2060/g, '');
const iso = (text: string) => shown(isolateLtr(text));

describe('isolateLtr: numbers, addresses and Latin names in right-to-left text read left to right', () => {
  it.each([
    ['+47 23 95 00 00', '⟨+47 23 95 00 00⟩'],
    ['116 111', '⟨116 111⟩'],
    ['815 55 201', '⟨815 55 201⟩'],
    ['2023', '⟨2023⟩'],
    ['12–14', '⟨12–14⟩'],
    ['kr 2 200 000', '⟨kr 2 200 000⟩'],
    ['08:00–15:30', '⟨08:00–15:30⟩'],
  ])('a number is one run: %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('a range of numbers cannot break after its dash, so a wrapped right-to-left line never shows "–09" over "15"', () => {
    expect(isolateLtr('(أيام العمل 09–15)')).toBe('(أيام العمل \u206609\u2060–\u206015\u2069)');
    expect(isolateLtr('2008-2011')).toBe('\u20662008\u2060-\u20602011\u2069');
    expect(isolateLtr('09 – 15')).toBe('\u206609 – 15\u2069'); // spaced: left as written
    expect(stripIsolates(isolateLtr('(أيام العمل 09–15)'))).toBe('(أيام العمل 09–15)');
  });

  it('a phone number inside an Arabic call button: "اتصل بـ 116 111"', () => {
    expect(iso('اتصل بـ 116 111')).toBe('اتصل بـ ⟨116 111⟩');
    expect(iso('اتصل بالرقم +47 23 95 00 00، على مدار الساعة.')).toBe('اتصل بالرقم ⟨+47 23 95 00 00⟩، على مدار الساعة.');
  });

  it('a Latin name with its number is one run, the Arabic around it is not touched', () => {
    expect(iso('اتصل بـ Alarmtelefonen for barn og unge 116 111 الآن')).toBe('اتصل بـ ⟨Alarmtelefonen for barn og unge 116 111⟩ الآن');
    expect(iso('يرشد Kompetanseteamet الخدمات')).toBe('يرشد ⟨Kompetanseteamet⟩ الخدمات');
    expect(iso('والمبعوثون الخاصون (spesialutsendinger)، وKompetanseteamet،')).toBe('والمبعوثون الخاصون (⟨spesialutsendinger⟩)، و⟨Kompetanseteamet⟩،');
  });

  it('e-mails and web addresses are whole runs; sentence punctuation after them stays outside', () => {
    expect(iso('راسل post@kompetanseteamet.no.')).toBe('راسل ⟨post@kompetanseteamet.no⟩.');
    expect(iso('موجودان على imdi.no؛ ويمكن')).toBe('موجودان على ⟨imdi.no⟩؛ ويمكن');
    expect(iso('افتح ung.no')).toBe('افتح ⟨ung.no⟩');
    expect(iso('انظر https://www.bufdir.no/vold/tvangsekteskap/?a=1&b=2. ثم')).toBe('انظر ⟨https://www.bufdir.no/vold/tvangsekteskap/?a=1&b=2⟩. ثم');
  });

  it('brackets do not join: they mirror with the sentence around them', () => {
    expect(iso('Alarmtelefonen (116 111)')).toBe('⟨Alarmtelefonen⟩ (⟨116 111⟩)');
  });

  it('a plus ending a name stays with it; between words it joins them', () => {
    expect(iso('مجتمع الميم (LGBTQ+)')).toBe('مجتمع الميم (⟨LGBTQ+⟩)');
    expect(iso('a+b و1+2')).toBe('⟨a+b⟩ و⟨1+2⟩');
  });

  it('a mixed Arabic sentence with a phone number and a name', () => {
    const text = 'إذا كان الشخص في الخارج: اتصل بمركز العمليات في وزارة الخارجية (UDs operative senter) على الرقم +47 23 95 00 00، على مدار الساعة.';
    expect(iso(text)).toBe('إذا كان الشخص في الخارج: اتصل بمركز العمليات في وزارة الخارجية (⟨UDs operative senter⟩) على الرقم ⟨+47 23 95 00 00⟩، على مدار الساعة.');
  });

  it('Dari and Urdu, and Persian digits', () => {
    expect(iso('به 112 زنگ بزنید')).toBe('به ⟨112⟩ زنگ بزنید');
    expect(iso('116 111 پر کال کریں')).toBe('⟨116 111⟩ پر کال کریں');
    expect(iso('شماره ۱۱۶ ۱۱۱')).toBe('شماره ⟨۱۱۶ ۱۱۱⟩');
  });

  it('a string with no right-to-left letters is isolated too: in a right-to-left container it would be laid out right to left', () => {
    // The emergency table's fact titles are bare numbers; an Arabic card shows them in a right-to-left container.
    expect(iso('112')).toBe('⟨112⟩');
    expect(iso('Norsk bokmål')).toBe('⟨Norsk bokmål⟩');
  });

  it('leaves text without anything left to right as it is', () => {
    expect(isolateLtr('')).toBe('');
    expect(isolateLtr('هل أحد في خطر الآن؟')).toBe('هل أحد في خطر الآن؟');
    expect(isolateLtr('*** - ، .')).toBe('*** - ، .');
  });

  it('the Arabic tatweel and harakat are not Latin', () => {
    expect(iso('بـ2023؟')).toBe('بـ⟨2023⟩؟');
    expect(iso('مَرْحَبًا')).toBe('مَرْحَبًا');
  });

  it('keeps Markdown working: bold markers outside the run, list numbers at line starts untouched', () => {
    expect(iso('اتصل بالرقم **112** (الشرطة)')).toBe('اتصل بالرقم **⟨112⟩** (الشرطة)');
    expect(iso('**لماذا:** Kompetanseteamet')).toBe('**لماذا:** ⟨Kompetanseteamet⟩');
    expect(iso('1. Kompetanseteamet أولًا\r2. ثم 12–14 سنة\n 10) نص')).toBe('1. ⟨Kompetanseteamet⟩ أولًا\r2. ثم ⟨12–14⟩ سنة\n 10) نص');
    expect(iso('- ung.no\r- نص')).toBe('- ⟨ung.no⟩\r- نص');
    // A number that starts a line but is no list number is text.
    expect(iso('2023: نص\r12.5 نص')).toBe('⟨2023⟩: نص\r⟨12.5⟩ نص');
  });

  it('never touches a Markdown link target; the label is text', () => {
    expect(iso('اقرأ [ung.no](https://www.ung.no/tema) الآن')).toBe('اقرأ [⟨ung.no⟩](https://www.ung.no/tema) الآن');
    expect(iso('[دليل Bufdir 2023](https://bufdir.no/a_b?x=1)')).toBe('[دليل ⟨Bufdir 2023⟩](https://bufdir.no/a_b?x=1)');
  });

  it('is idempotent: what is isolated already is not wrapped again', () => {
    const once = isolateLtr('اتصل بـ 116 111 أو +47 23 95 00 00 – Kompetanseteamet، post@x.no، [ung.no](https://ung.no)');
    expect(isolateLtr(once)).toBe(once);
    expect(iso('\u2066116 111\u2069 نص')).toBe('⟨116 111⟩ نص');
    // An isolate someone else opened (right to left, or first-strong) is theirs, to its end.
    expect(isolateLtr('\u2067abc 12\u2069 x')).toBe('\u2067abc 12\u2069 \u2066x\u2069');
    expect(isolateLtr('\u2068abc 12')).toBe('\u2068abc 12');
  });

  it('never crosses a line break: an isolate ends with its paragraph', () => {
    expect(iso('abc\ndef')).toBe('⟨abc⟩\n⟨def⟩');
    expect(iso('112\r113')).toBe('⟨112⟩\r⟨113⟩');
  });
});

describe('isolateLtr: figures in Arabic, Persian and Urdu sentences are one left-to-right run each', () => {
  // The no-break spaces are kept as written: "1\u00a0204" is what formatNumber gives ar, fa and ur.
  it.each([
    ['a figure grouped with a no-break space (ar)', 'ارتفع العدد من 1\u00a0204 إلى 2\u00a0358 حالة', 'ارتفع العدد من ⟨1\u00a0204⟩ إلى ⟨2\u00a0358⟩ حالة'],
    ['a figure grouped with a narrow no-break space (fa)', 'مجموع 12\u202f500 پرونده ثبت شد', 'مجموع ⟨12\u202f500⟩ پرونده ثبت شد'],
    ['a figure grouped with a thin space (ur)', 'کل 3\u2009400 کیس درج ہوئے', 'کل ⟨3\u2009400⟩ کیس درج ہوئے'],
    ['Persian digits with the Arabic thousands separator', 'تعداد ۱۲٬۵۰۰ پرونده', 'تعداد ⟨۱۲٬۵۰۰⟩ پرونده'],
    ['Arabic-Indic digits with the Arabic decimal separator', 'نحو ٢٫٥ مليون كرونة', 'نحو ⟨٢٫٥⟩ مليون كرونة'],
    ['a span of years inside a sentence (ar)', 'الأرقام متاحة للفترة 2017–2019 فقط', 'الأرقام متاحة للفترة ⟨2017–2019⟩ فقط'],
    ['a span of grouped figures (ur)', 'ذرائع کے مطابق 1\u00a0240–1\u00a0260 کیس', 'ذرائع کے مطابق ⟨1\u00a0240–1\u00a0260⟩ کیس'],
    ['two sources\u2019 figures, the second in brackets (fa)', 'منابع 1\u00a0204 (1\u00a0198) می‌گویند', 'منابع ⟨1\u00a0204⟩ (⟨1\u00a0198⟩) می‌گویند'],
    ['a rise with its sign (ar)', 'زيادة 45 حالة (+4٪).', 'زيادة ⟨45⟩ حالة (⟨+4⟩٪).'],
    ['a fall with a minus sign (ar)', 'انخفاض حالتين (−0.4٪).', 'انخفاض حالتين (⟨−0.4⟩٪).'],
    ['a fall with a hyphen-minus and no change with ± (fa)', 'تغییر: -7 و ±0', 'تغییر: ⟨-7⟩ و ⟨±0⟩'],
    ['a date in digits (ur)', 'آخری بار 05.11.2026 کو دیکھا گیا', 'آخری بار ⟨05.11.2026⟩ کو دیکھا گیا'],
    ['a time span (fa)', 'ساعت کاری 08:30–15:00', 'ساعت کاری ⟨08:30–15:00⟩'],
    ['a phone number (ur)', 'فون 22 24 70 00 پر', 'فون ⟨22 24 70 00⟩ پر'],
  ])('%s', (_what, text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('a hyphen right after a word stays with the word, not with the number', () => {
    expect(iso('جائحة كوفيد-19')).toBe('جائحة كوفيد-⟨19⟩');
    expect(iso('Post-2')).toBe('⟨Post-2⟩');
  });

  it('items of a list keep the list\u2019s own comma between their runs, so they are read right to left', () => {
    expect(iso('في 2016، 2018 و2021')).toBe('في ⟨2016⟩، ⟨2018⟩ و⟨2021⟩');
  });
});

describe('isolateLtr, for any text', () => {
  // What cards are made of: Arabic and Latin letters, digits, the joiners, Markdown and line breaks.
  const piece = fc.constantFrom(
    'ا', 'ل', 'ـ', 'ً', '،', '؟', 'پ', 'a', 'Z', 'æ', 'é', '0', '7', '۱', ' ', '\u00a0', '-', '–', '+', '.', ',', ':', '/', '@', "'",
    '?', '=', '%', '(', ')', '[', ']', '*', '#', '\r', '\n', '1. ', 'https://', 'www.', 'ung.no', '](', '\u2067', '\u2068', '\u2212', '±', '٬', '٫', '\u202f',
  );
  const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

  // Inside an isolate a number range ("7-0", "09–15") is also bound with word joiners (U+2060), so the second check
  // takes away LRI, PDI and the word joiner: isolateLtr adds nothing else (no RLI or FSI, no other character).
  it('only adds isolates: removing them gives back the text', () => {
    fc.assert(fc.property(text, (t) => stripIsolates(isolateLtr(t)) === stripIsolates(t) && isolateLtr(t).replace(/[\u2066\u2069\u2060]/g, '') === t.replace(/[\u2066\u2069\u2060]/g, '')));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (t) => stripIsolates(isolateLtr(t)) === stripIsolates(t)));
  });

  it('gives back exactly the text when it had no isolates of its own', () => {
    const plain = text.map(stripIsolates);
    fc.assert(fc.property(plain, (t) => stripIsolates(isolateLtr(t)) === t));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(text, (t) => isolateLtr(isolateLtr(t)) === isolateLtr(t)));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => isolateLtr(isolateLtr(t)) === isolateLtr(t)));
  });

  it('leaves no digit or Latin letter outside an isolate, except list numbers at line starts and link targets', () => {
    const plain = text.map(stripIsolates);
    fc.assert(
      fc.property(plain, (t) => {
        const outside = isolateLtr(t)
          .replace(/\u2066[^\u2066-\u2069]*\u2069/g, '')
          .replace(/\]\([^)\s]*\)/g, '](')
          .replace(/^[ \t]*\d{1,9}[.)](?=[ \t])/gm, '');
        return !/[0-9a-zA-Zæé۱]/.test(outside);
      }),
    );
  });
});

describe('isolateLtr remembers the strings it isolated (a right-to-left card is built anew each turn from the same content)', () => {
  it('a string read again, from memory or after the memory let it go, is isolated as the first time', () => {
    const texts = ['اتصل بـ 116 111', 'راسل post@kompetanseteamet.no.', 'اقرأ [Bufdir](https://bufdir.no) الآن', '1. اتصل بـ 112\r2. (أيام العمل 09–15)'];
    const first = texts.map(isolateLtr);
    expect(first.map(shown)).toEqual(['اتصل بـ ⟨116 111⟩', 'راسل ⟨post@kompetanseteamet.no⟩.', 'اقرأ [⟨Bufdir⟩](https://bufdir.no) الآن', '1. اتصل بـ ⟨112⟩\r2. (أيام العمل ⟨09–15⟩)']);
    expect(texts.map(isolateLtr)).toEqual(first);
    // More distinct strings than the memory keeps: the first ones have gone and are read again.
    const many = Array.from({ length: 6_000 }, (_, i) => `رقم ${i}`);
    expect(many.map(isolateLtr)).toEqual(many.map((_, i) => `رقم \u2066${i}\u2069`));
    expect(texts.map(isolateLtr)).toEqual(first);
  });

  it('gives a string the same isolates however often it is asked, whatever came between', () => {
    const piece = fc.constantFrom('ا', 'ل', '،', 'a', 'Z', '0', '7', ' ', '-', '–', '+', '.', '@', '(', ')', '[', ']', '\r', '1. ', 'https://', '\u2067');
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (texts) => {
        const first = texts.map(isolateLtr);
        return texts.map(isolateLtr).every((again, i) => again === first[i]) && [...texts].reverse().map(isolateLtr).reverse().every((again, i) => again === first[i]);
      }),
    );
  });
});

describe('startsRightToLeft', () => {
  it.each([
    ['مرحبًا', true],
    ['112 اتصل', true],
    ['\u2066Veiviser\u2069 مرحبًا', true],
    ['Veiviser مرحبًا', false],
    ['Hei', false],
    ['112', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(startsRightToLeft(text)).toBe(expected);
  });
});

describe('isolateCardText: what a reader sees, never what the bot or Teams reads', () => {
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: 'ar',
    rtl: true,
    fallbackText: 'اتصل بـ 112',
    body: [
      { type: 'TextBlock', text: 'اتصل بـ 116 111', wrap: true },
      { type: 'FactSet', facts: [{ title: '+47 23 95 00 00', value: 'UDs operative senter – على مدار الساعة' }] },
      { type: 'Input.Text', id: 'countryText', placeholder: 'مثلًا Somalia', label: 'البلد 1', errorMessage: 'مطلوب 1', value: 'Somalia' },
      { type: 'Input.ChoiceSet', id: 'ageBand', value: '13-15', choices: [{ title: '13–15 سنة', value: '13-15' }] },
      { type: 'Image', url: 'https://example.no/a.png', altText: 'Logo 2023' },
      { type: 'Chart.VerticalBar', title: 'الحالات 2023', data: [{ x: '2019–2020', y: 12 }], fallback: { type: 'TextBlock', text: '2019: 12' } },
      { type: 'Table', rows: [{ type: 'TableRow', cells: [{ type: 'TableCell', items: [{ type: 'TextBlock', text: '2023' }] }] }] },
    ],
    actions: [
      { type: 'Action.OpenUrl', title: 'اتصل بـ 116 111', url: 'tel:116111', tooltip: 'tel 116 111' },
      { type: 'Action.Submit', title: 'Kompetanseteamet', data: { verb: 'show-contact', serviceId: 'kompetanseteamet', title: 'x 1', msteams: { type: 'imBack', value: 'رقم هاتف Kompetanseteamet' } } },
      { type: 'Action.ToggleVisibility', title: 'المزيد 2', targetElements: ['block1', { elementId: 'b2', isVisible: true }] },
      { type: 'Action.ShowCard', title: 'اعرض الإجابة: ung.no', card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'ung.no 24/7' }], actions: [{ type: 'Action.Submit', title: '👍 1', data: { verb: 'feedback', vote: 'up' } }] } },
    ],
    msteams: { width: 'Full' },
  };
  const isolated = isolateCardText(card);

  it('isolates text blocks, facts, placeholders, labels, choice and action titles, chart labels, nested cards, fallbacks', () => {
    expect(shown(isolated.fallbackText)).toBe('اتصل بـ ⟨112⟩');
    expect(shown(JSON.stringify(isolated.body))).toContain('"text":"اتصل بـ ⟨116 111⟩"');
    expect(shown(JSON.stringify(isolated.body[1]))).toContain('{"title":"⟨+47 23 95 00 00⟩","value":"⟨UDs operative senter⟩ – على مدار الساعة"}');
    expect(shown(JSON.stringify(isolated.body[2]))).toBe(
      '{"type":"Input.Text","id":"countryText","placeholder":"مثلًا ⟨Somalia⟩","label":"البلد ⟨1⟩","errorMessage":"مطلوب ⟨1⟩","value":"Somalia"}',
    );
    expect(shown(JSON.stringify(isolated.body[3]))).toBe('{"type":"Input.ChoiceSet","id":"ageBand","value":"13-15","choices":[{"title":"⟨13–15⟩ سنة","value":"13-15"}]}');
    expect(shown(JSON.stringify(isolated.body[4]))).toBe('{"type":"Image","url":"https://example.no/a.png","altText":"⟨Logo 2023⟩"}');
    expect(shown(JSON.stringify(isolated.body[5]))).toBe(
      '{"type":"Chart.VerticalBar","title":"الحالات ⟨2023⟩","data":[{"x":"⟨2019–2020⟩","y":12}],"fallback":{"type":"TextBlock","text":"⟨2019: 12⟩"}}',
    );
    expect(shown(JSON.stringify(isolated.body[6]))).toContain('"text":"⟨2023⟩"');
    expect(isolated.actions.map((a) => shown(a.title))).toEqual(['اتصل بـ ⟨116 111⟩', '⟨Kompetanseteamet⟩', 'المزيد ⟨2⟩', 'اعرض الإجابة: ⟨ung.no⟩']);
    expect(shown(isolated.actions[0]!.tooltip!)).toBe('⟨tel 116 111⟩');
    expect(shown(JSON.stringify(isolated.actions[3]))).toContain('"text":"⟨ung.no 24/7⟩"');
    expect(shown(JSON.stringify(isolated.actions[3]))).toContain('"title":"👍 ⟨1⟩"');
  });

  it('never changes urls, ids, submit data, input values, targets, type, schema or language', () => {
    expect(isolated.actions[0]!.url).toBe('tel:116111');
    expect(isolated.actions[1]!.data).toEqual(card.actions[1]!.data);
    expect(isolated.actions[2]!.targetElements).toEqual(card.actions[2]!.targetElements);
    expect(isolated.actions[3]!.card!.actions[0]!.data).toEqual({ verb: 'feedback', vote: 'up' });
    expect(isolated.body[4]).toMatchObject({ url: 'https://example.no/a.png' });
    expect({ type: isolated.type, $schema: isolated.$schema, version: isolated.version, lang: isolated.lang, rtl: isolated.rtl, msteams: isolated.msteams }).toEqual({
      type: card.type,
      $schema: card.$schema,
      version: card.version,
      lang: card.lang,
      rtl: card.rtl,
      msteams: card.msteams,
    });
  });

  it('is a copy, and isolating it again changes nothing', () => {
    expect(card.body[0]).toEqual({ type: 'TextBlock', text: 'اتصل بـ 116 111', wrap: true });
    expect(isolateCardText(isolated)).toEqual(isolated);
  });

  it('isolates a thumbnail card (the message extension preview) but not its button values', () => {
    const thumbnail = { title: 'Kompetanseteamet', subtitle: '815 55 201', text: 'نص 2', images: [{ url: 'https://x.no/a.png', alt: 'Logo' }], buttons: [{ type: 'openUrl', title: 'ung.no', value: 'https://ung.no' }] };
    expect(shown(JSON.stringify(isolateCardText(thumbnail)))).toBe(
      '{"title":"⟨Kompetanseteamet⟩","subtitle":"⟨815 55 201⟩","text":"نص ⟨2⟩","images":[{"url":"https://x.no/a.png","alt":"⟨Logo⟩"}],"buttons":[{"type":"openUrl","title":"⟨ung.no⟩","value":"https://ung.no"}]}',
    );
  });
});
