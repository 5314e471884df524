import { LANGUAGES } from '../../src/language/languages';
import { createI18n, fixedT } from '../../src/language/i18n';

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
      for (const key of keys) {
        const calls: Array<[string, Record<string, unknown>?]> = [[key], ...optionSets.map((o): [string, Record<string, unknown>] => [key, o])];
        for (const [k, options] of calls) {
          const expected: unknown = options ? own(k, options) : own(k);
          for (let round = 0; round < 2; round++) expect(options ? t(k, options) : t(k)).toEqual(expected);
        }
        checked += 1;
      }
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
