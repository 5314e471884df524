import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createI18n, fixedT } from '../../src/language/i18n';
import { LANGUAGES } from '../../src/language/languages';
import { LocaleFileError, loadLocaleFiles, localeGaps, parseLocaleFile, type LocaleGapKind } from '../../src/language/locale-files';

const localesDir = path.join(__dirname, '..', '..', 'locales');

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
