import type { i18n } from 'i18next';
import { registerCaseCard, registrationConfirmationCard } from '../../src/stats/registration/register-case-card';
import { statsCard } from '../../src/stats/answers/stats-card';
import { createI18n, fixedT, type Translate } from '../../src/language/i18n';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { answerStats, type RegisteredSummary } from '../../src/stats/answers/answer-stats';
import { CASE_TYPES, REFERRALS } from '../../src/stats/store/case-record';
import { queryFor } from '../helpers/figure-query';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { problemsText } from '../../src/stats/stats-handlers';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { caseRecord } from './case-fixtures';

/**
 * Every statistics card, built in all twelve languages from that language's own stats.json: no key may be missing
 * in the language (i18next would otherwise quietly show bokmål or English, or the raw key), and no card may show a
 * key or an unfilled {{placeholder}}. The questions are one per published figure, so every service, metric,
 * category and dimension name the cards can show is looked up at least once.
 */

const i18n = createI18n();
const published = loadPublishedSeed().figures;
const NOW = new Date('2026-11-24T12:00:00Z');

/** A `t` that records every key the language itself does not have (no fallback), then translates as usual. */
function checkingT(instance: i18n, lng: Lang, missing: Set<string>): Translate {
  const t = fixedT(instance, lng);
  const check = (key: unknown, options?: unknown) => {
    const opts = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
    if (typeof key === 'string' && !instance.exists(key, { ...opts, lngs: [lng] })) missing.add(key);
    return (t as unknown as (k: unknown, o?: unknown) => unknown)(key, options);
  };
  return check as unknown as Translate;
}

const registered: RegisteredSummary = {
  asOf: new Date('2026-11-01T00:00:00Z'),
  suppressedBelow: 5,
  counts: [
    { service: 'diversity-advisers', year: 2025, cell: { kind: 'count', value: 12 } },
    { service: 'special-envoys', year: 2025, cell: { kind: 'fewer-than-5' } },
    { service: 'kompetanseteamet', year: 2025, cell: { kind: 'hidden' } },
  ],
};

/** One of each kind of answer, besides one per published figure. */
const EXTRA_QUERIES: readonly { query: StatsQueryModel; registered?: RegisteredSummary }[] = [
  { query: { services: [], mode: 'value' } },
  { query: { services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'trend' } },
  { query: { services: ['diversity-advisers', 'special-envoys', 'kompetanseteamet'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'total' } },
  { query: { services: ['diversity-advisers', 'special-envoys'], metric: 'cases', fromYear: 2022, toYear: 2024, mode: 'compare' } },
  { query: { services: ['diversity-advisers'], metric: 'cases', fromYear: 2015, toYear: 2015, mode: 'value' } },
  { query: { services: [], metric: 'cases', fromYear: 1990, toYear: 1990, mode: 'value' } },
  { query: { services: ['diversity-advisers', 'special-envoys', 'kompetanseteamet'], metric: 'cases', fromYear: 2025, toYear: 2025, mode: 'value' }, registered },
];

/** Strings in the card JSON a person would read. */
function visibleStrings(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return ['text', 'title', 'value', 'fallbackText', 'errorMessage', 'label', 'legend', 'x'].includes(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((n) => visibleStrings(n, key));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => visibleStrings(v, k === 'data' ? '' : k));
}

/** A key shown instead of its text ("stats:metric.cases", "register.field.month") or a placeholder left unfilled. */
const RAW = /\b(?:stats|common):|^[a-z]+(?:\.[a-zA-Z-]+)+$|\{\{/u;

describe.each(LANGUAGES)('statistics cards in %s', (lng) => {
  const missing = new Set<string>();
  const t = checkingT(i18n, lng, missing);
  const shown: string[] = [];

  beforeAll(() => {
    for (const figure of published) shown.push(...visibleStrings(statsCard(answerStats(queryFor(figure), published, undefined), lng, t)));
    for (const { query, registered: summary } of EXTRA_QUERIES) shown.push(...visibleStrings(statsCard(answerStats(query, published, summary), lng, t)));
    shown.push(...visibleStrings(registerCaseCard(lng, t, NOW)));
    const everything = caseRecord({ caseTypes: [...CASE_TYPES], referredTo: REFERRALS.filter((r) => r !== 'none'), county: 'unknown' });
    // The undo window is 10 minutes; other counts check every plural form (Arabic "two", Polish "few", …).
    for (const minutes of [1, 2, 3, 5, 10, 11, 21, 100]) {
      shown.push(...visibleStrings(registrationConfirmationCard(lng, t, everything, minutes)));
      shown.push(t('stats:register.tooLate', { count: minutes }));
    }
    for (const count of [1, 2, 3, 5, 11, 21, 100]) {
      shown.push(problemsText({ t }, [{ field: 'month', kind: 'missing' }, { field: 'referredTo', kind: 'none-combined' }, { field: 'caseTypes', kind: 'repeated' }], count));
    }
    shown.push(problemsText({ t }, [{ field: 'month', kind: 'future-month' }, { field: 'month', kind: 'too-early' }, { field: 'gender', kind: 'invalid' }], 0));
    for (const key of ['notAvailable', 'undone', 'notFound', 'notYours', 'rateLimited', 'notSaved']) shown.push(t(`stats:register.${key}`));
  });

  it('has every key the cards use in its own stats.json', () => {
    expect([...missing].sort()).toEqual([]);
  });

  it('shows no raw key and no unfilled placeholder', () => {
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.filter((s) => RAW.test(s))).toEqual([]);
  });

  it('nests no parentheses ("no figures (cases (the advisers))" reads badly in any language)', () => {
    expect(shown.filter((s) => /\([^()]*\(/u.test(s))).toEqual([]);
  });
});

describe('the undo window in words, with each language’s plural forms', () => {
  it.each([
    ['nb', 10, 'Du kan angre i 10 minutter.'],
    ['nb', 1, 'Du kan angre i 1 minutt.'],
    ['en', 1, 'You can undo it for 1 minute.'],
    ['ru', 10, 'в течение 10 минут.'],
    ['ru', 2, 'в течение 2 минут.'],
    ['pl', 10, 'w ciągu 10 minut.'],
    ['pl', 1, 'w ciągu 1 minuty.'],
    ['uk', 10, 'протягом 10 хвилин.'],
    // Arabic cards isolate numbers left to right (LRI … PDI).
    ['ar', 10, 'خلال \u206610\u2069 دقائق.'],
    ['ar', 2, 'خلال دقيقتين.'],
    ['ar', 11, 'خلال \u206611\u2069 دقيقة.'],
  ] as const)('%s, %d minutes: "%s"', (lng, minutes, expected) => {
    const card = registrationConfirmationCard(lng, fixedT(i18n, lng), caseRecord(), minutes);
    expect(visibleStrings(card).some((s) => s.endsWith(expected))).toBe(true);
  });
});
