import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { createI18n, fixedT } from '../../src/language/i18n';
import { loadReviewStatus, needsReviewNote } from '../../src/language/review-status';

/**
 * Every namespace in every language has exactly bokmål's keys. Plural keys (`x_one`, `x_other`) follow each
 * language's own plural categories (Arabic has six, Russian/Ukrainian/Polish four), placeholders ({{x}}), markdown
 * bold and numbers such as 112 survive translation, and nothing is empty. A namespace not yet translated has no file
 * and is marked `missing` in locales/review-status.json, so i18next falls back to English and the gap is visible.
 */
const localesDir = path.join(__dirname, '..', '..', 'locales');
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
