import { loadComposedEvaluation, type ComposedEvaluation } from '../../src/evaluation/composed';
import { runEvaluation, type ItemResult } from '../../src/evaluation/run-eval';
import { LANGUAGES, type Lang } from '../../src/language/languages';

/**
 * Holds contact and statistics understanding, per language, through the bot's composed understanding (the same
 * `createReaders` the app uses, so a change in the guidance recognizer that steals contact or statistics
 * questions fails here too). Floors sit just under the figures achieved; raise them when the figures improve,
 * never lower them to make a change pass.
 *
 * Achieved 2026-11-30: contacts nb 98.6 % (142/144), nn 100 % (30/30), en 100 % (70/70); every other language
 * 12–13 of 12–13. Statistics 100 % in every language (nb 100, nn 34, en 59, others 8 each).
 */
const FLOORS = {
  /** nb, nn and en together: issue 4 asks for ≥ 95 % correct first service. */
  contactsNorwegianEnglish: 0.95,
  contactsNb: 0.95,
  contactsNn: 0.95,
  contactsEn: 0.95,
  /** ≈ 12 contact questions per other language: one miss allowed. */
  contactsOther: 0.9,
  statsNorwegianEnglish: 0.97,
  /** 8 statistics questions per other language: one miss allowed. */
  statsOther: 0.85,
} as const;

const OTHER: readonly Lang[] = LANGUAGES.filter((l) => l !== 'nb' && l !== 'nn' && l !== 'en');

describe('contacts and statistics through the composed understanding', () => {
  let composed: ComposedEvaluation;
  let results: readonly ItemResult[];
  beforeAll(async () => {
    composed = await loadComposedEvaluation(() => new Date('2026-11-24T12:00:00Z'));
    // One pass over every contact and statistics question; each test reads its slice.
    const items = composed.items.filter((i) => i.expect.kind === 'contact' || i.expect.kind === 'stats');
    results = runEvaluation(items, composed.understand, composed.checks).items;
  }, 300_000);

  const rate = (kind: 'contact' | 'stats', langs: readonly Lang[]) => {
    const slice = results.filter((r) => r.item.expect.kind === kind && langs.includes(r.item.lang));
    return {
      rate: slice.length === 0 ? 0 : slice.filter((r) => r.pass).length / slice.length,
      failures: slice.filter((r) => !r.pass).map((r) => `[${r.item.lang}] ${r.item.q} → ${r.got}`),
    };
  };

  it('has the questions issue 6 asks for: in every other language ≥ 8 contact and ≥ 6 statistics questions', () => {
    const set = composed.items.filter((i) => i.set === 'languages-contacts-stats');
    for (const lng of OTHER) {
      expect(set.filter((i) => i.lang === lng && i.expect.kind === 'contact').length).toBeGreaterThanOrEqual(8);
      expect(set.filter((i) => i.lang === lng && i.expect.kind === 'stats').length).toBeGreaterThanOrEqual(6);
    }
  });

  it('gets the first contact right for nb, nn and en (≥ 95 % together and each)', () => {
    const all = rate('contact', ['nb', 'nn', 'en']);
    expect({ ok: all.rate >= FLOORS.contactsNorwegianEnglish, failures: all.failures }).toEqual({ ok: true, failures: expect.any(Array) });
    expect(rate('contact', ['nb']).rate).toBeGreaterThanOrEqual(FLOORS.contactsNb);
    expect(rate('contact', ['nn']).rate).toBeGreaterThanOrEqual(FLOORS.contactsNn);
    expect(rate('contact', ['en']).rate).toBeGreaterThanOrEqual(FLOORS.contactsEn);
  });

  it.each(OTHER)('gets the first contact right in %s', (lng) => {
    const result = rate('contact', [lng]);
    expect({ lng, ok: result.rate >= FLOORS.contactsOther, failures: result.failures }).toEqual({ lng, ok: true, failures: expect.any(Array) });
  });

  it('understands statistics questions in nb, nn and en', () => {
    const result = rate('stats', ['nb', 'nn', 'en']);
    expect({ ok: result.rate >= FLOORS.statsNorwegianEnglish, failures: result.failures }).toEqual({ ok: true, failures: expect.any(Array) });
  });

  it.each(OTHER)('understands statistics questions in %s', (lng) => {
    const result = rate('stats', [lng]);
    expect({ lng, ok: result.rate >= FLOORS.statsOther, failures: result.failures }).toEqual({ lng, ok: true, failures: expect.any(Array) });
  });
});
