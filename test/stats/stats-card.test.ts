import type { i18n as I18n } from 'i18next';
import type { CardElement } from '../../src/cards/card-kit';
import { createI18n, fixedT, type Translate } from '../../src/language/i18n';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { answerStats, type RegisteredSummary } from '../../src/stats/answers/answer-stats';
import { axisEnd } from '../../src/stats/answers/bar-chart';
import { formatNumber, statsCard, yearsLabel } from '../../src/stats/answers/stats-card';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { registerCaseCard, registrationConfirmationCard } from '../../src/stats/registration/register-case-card';
import { problemsText } from '../../src/stats/stats-handlers';
import { CASE_TYPES, REFERRALS } from '../../src/stats/store/case-record';
import { periodYears, type PublishedFigure } from '../../src/stats/store/published-figure';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { elements } from '../helpers/card-elements';
import { queryFor } from '../helpers/figure-query';
import { openPart } from '../helpers/open-part';
import { caseRecord, sampleRegisteredSummary } from './case-fixtures';
import { ANSWER_KINDS } from './fixtures/answer-kinds';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

// (was stats-card.test.ts)
const published = loadPublishedSeed().figures;
const i18n = createI18n();

function card(query: Partial<StatsQueryModel>, lng: Lang = 'nb', registered?: RegisteredSummary) {
  const full: StatsQueryModel = { services: query.service ? [query.service] : [], mode: 'value', ...query };
  return statsCard(answerStats(full, published, registered), lng, fixedT(i18n, lng));
}

const texts = (node: unknown) => elements(node).filter((e) => e.type === 'TextBlock').map((e) => String(e['text']));

/** A drawn chart's rows as a reader sees them: label and value (bar-chart.ts: title, rows, then the axis row). */
function chartRows(chart: unknown): string[][] {
  const rows = elements((chart as { items?: unknown } | undefined)?.items).filter((e) => e.type === 'ColumnSet' && e['spacing'] === 'Small');
  return rows.map((row) => texts(row));
}
/** The axis row's tick labels. */
function chartTicks(chart: unknown): string[] {
  const items = ((chart as { items?: unknown[] } | undefined)?.items ?? []) as unknown[];
  return texts(items.at(-1));
}

describe('statistics answer card', () => {
  it('shows a single figure large, marked as published, with its source line', () => {
    const c = card({ service: 'special-envoys', metric: 'cases', fromYear: 2023, toYear: 2023 });
    expect(c.version).toBe('1.5');
    const t = texts(c);
    expect(t).toContain('245');
    expect(t).toContain('Publisert tall');
    // Its sources as a reader knows them (document and section), behind "Kilder (3)".
    expect(t).toContain('IMDi årsrapport 2023, «Spesialutsendingar for integreringssaker»');
    const toggle = elements(c).find((e) => e.type === 'Action.ToggleVisibility');
    expect(toggle?.['title']).toBe('Kilder (3)');
    expect(JSON.stringify(c)).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bl\. \d/);
  });

  it('shows both values of a discrepancy, each beside its own source (899 and 897)', () => {
    const t = texts(card({ service: 'diversity-advisers', metric: 'cases', fromYear: 2023, toYear: 2023 }, 'en'));
    expect(t).toContain('899 / 897');
    const list = t.find((line) => line.includes('897 – IMDis likestillingsredegjørelse 2023'));
    expect(list).toContain('899 – IMDi årsrapport 2023, “IMDis mangfaldsrådgivarar”');
    expect(list).toContain('897 – IMDis likestillingsredegjørelse 2023, “Utviklingen knyttet til negativ sosial kontroll og æresrelatert vold”');
    expect(t.some((line) => line.startsWith('The sources give different figures: 899 / 897'))).toBe(true);
  });

  it('says an unknown year is unknown first, then the nearest year with its figure under its own year', () => {
    const t = texts(card({ service: 'diversity-advisers', metric: 'cases', fromYear: 2015, toYear: 2015 }));
    expect(t.slice(1, 3)).toEqual(['Jeg har ikke tall for saker (mangfoldsrådgiverne) i 2015.', 'Nærmeste år med tall: 2023.']);
    expect(t).toContain('saker · mangfoldsrådgiverne · 2023');
  });

  it('says a year between two with figures is unknown and lists every year it has figures for (Kompetanseteamet 2019, 2020)', () => {
    const nb = texts(card({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2019, toYear: 2019 }));
    expect(nb).toContain('Jeg har ikke tall for saker (Kompetanseteamet) i 2019.');
    expect(nb).toContain('Nærmeste år med tall: 2018 og 2021.');
    const en = texts(card({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2020, toYear: 2020 }, 'en'));
    expect(en).toContain("I don't have figures for cases (Kompetanseteamet) in 2020.");
    // Then the two nearest years' figures, each beside its own year: 595 in 2018, 759 in 2021.
    for (const lines of [nb, en]) expect(lines).toEqual(expect.arrayContaining(['2018', '595', '2021', '759']));
    expect([...nb, ...en].some((line) => /\b(597|891)\b/.test(line))).toBe(false);
  });

  it('writes a grant in millions as the sources do, with the exact amount, and its share beside it; parts shown without a total say which part', () => {
    // Norwegian numbers are grouped with no-break spaces.
    const plain = (lines: string[]) => lines.map((line) => line.replace(/\s/gu, ' '));
    const grant = plain(texts(card({ service: 'ngo-grants', metric: 'funding-nok', fromYear: 2023, toYear: 2023 })));
    expect(grant).toContain('10,4 mill. kroner (kr 10 400 000)');
    expect(grant).toContain('28 % andel av tilskuddet');
    expect(plain(texts(card({ service: 'rvts', metric: 'funding-nok', fromYear: 2024, toYear: 2024 }, 'en')))).toContain('NOK 1.04 million (1 040 000)');
    const projects = texts(card({ service: 'ngo-grants', metric: 'projects', fromYear: 2023, toYear: 2023 }));
    expect(projects).toEqual(expect.arrayContaining(['2023 · nasjonale prosjekter (IMDi)', '18', '2023 · lokale prosjekter (kommunene)', '111']));
  });

  it('names the 2008 schools of the one county asked for (seed 002, l. 796–807), and not those of every county at once', () => {
    const oslo = texts(card({ service: 'diversity-advisers', metric: 'schools', fromYear: 2008, toYear: 2008, breakdown: 'county', category: 'oslo' }));
    expect(oslo.some((line) => line.startsWith('Skolene: Stovner, Sofienberg') && line.includes('Oslo handelsgymnasium') && line.includes('Bjørnholt'))).toBe(true);
    const en = texts(card({ service: 'diversity-advisers', metric: 'schools', fromYear: 2008, toYear: 2008, breakdown: 'county', category: 'buskerud' }, 'en'));
    expect(en).toContain('The schools: Åssiden, Drammen.');
    const all = texts(card({ service: 'diversity-advisers', metric: 'schools', fromYear: 2008, toYear: 2008, breakdown: 'county' }));
    expect(all.some((line) => line.startsWith('Skolene:'))).toBe(false);
  });

  it('heads a table of amounts "Beløp", not "Antall" (an amount of money is no count)', () => {
    const c = card({ service: 'voluntary-integration-grant', metric: 'funding-nok', mode: 'trend' });
    const table = elements(c).find((e) => e.type === 'Table');
    const header = texts(elements(table).find((e) => e.type === 'TableRow'));
    expect(header).toEqual(['Periode', 'Beløp', 'Kilde']);
  });

  it('puts a series in a table with numbered sources and a chart of the same numbers', () => {
    const c = card({ service: 'kompetanseteamet', metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'trend' }, 'nn');
    const all = elements(c);
    const table = all.find((e) => e.type === 'Table');
    expect(table?.['firstRowAsHeader']).toBe(true);
    const rows = elements(table).filter((e) => e.type === 'TableRow').map((row) => texts(row));
    expect(rows[0]).toEqual(['Periode', 'Tal', 'Kjelde']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['november–desember 2004', '11'],
      ['2005', '93'],
      ['2006', '116'],
      ['2007', '177'],
      ['2008', '248'],
      ['2004–2008 (sum)', '645'],
    ]);
    const chart = all.find((e) => e.id === 'chart-series');
    expect(chartRows(chart)).toEqual([
      ['november–desember 2004', '11'],
      ['2005', '93'],
      ['2006', '116'],
      ['2007', '177'],
      ['2008', '248'],
    ]);
    expect(chartTicks(chart)).toEqual(['0', '125', '250']);
    const t = texts(c);
    expect(t).toContain('Frå 93 i 2005 til 248 i 2008 (+167 %).');
    expect(t.find((line) => line.startsWith('[1] IMDi årsrapport 2008'))).toBeDefined();
    expect(JSON.stringify(c)).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bl\. \d/);
  });

  it('puts a breakdown in a table and a bar chart of the same numbers', () => {
    const c = card({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2022, toYear: 2022, breakdown: 'case-type' }, 'en');
    const all = elements(c);
    const tables = all.filter((e) => e.type === 'Table');
    const breakdown = tables.at(-1);
    const rows = elements(breakdown).filter((e) => e.type === 'TableRow').map((row) => texts(row));
    expect(rows[0]).toEqual(['Category', 'Figure', 'Source']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['threats and violence', '368'],
      ['negative social control', '135'],
      ['involuntary stay abroad', '113'],
      ['fear of forced marriage', '113'],
    ]);
    const chart = all.find((e) => e.id === 'chart-split');
    expect(texts(chart)[0]).toBe('case type');
    expect(chartRows(chart)).toEqual([
      ['threats and violence', '368'],
      ['negative social control', '135'],
      ['involuntary stay abroad', '113'],
      ['fear of forced marriage', '113'],
    ]);
    expect(chartTicks(chart)).toEqual(['0', '200', '400']);
    expect(texts(c)).toContain('Published figure');
    expect(texts(c).some((line) => line.startsWith('[1] '))).toBe(true);
  });

  it('draws no chart for a single figure or for fewer than three points', () => {
    const charts = (c: unknown) => elements(c).filter((e) => e.type.startsWith('Chart.') || String(e['id']).startsWith('chart-'));
    expect(charts(card({ service: 'special-envoys', metric: 'cases', fromYear: 2023, toYear: 2023 }))).toEqual([]);
    expect(charts(card({ service: 'kompetanseteamet', metric: 'inquiries', fromYear: 2008, toYear: 2008, breakdown: 'case-type' }))).toEqual([]);
  });

  it('lists ranked countries by name, in order, and says counts are not published', () => {
    const t = texts(card({ service: 'diversity-advisers', metric: 'cases', breakdown: 'origin-country' }, 'en'));
    expect(t.some((line) => line.startsWith('Most cases involved people from: Iraq, Somalia, Afghanistan, Pakistan and Syria.'))).toBe(true);
    expect(t.some((line) => line.includes('The order is published, the counts are not.'))).toBe(true);
  });

  it('shows a computed total as a range when a part has disagreeing sources', () => {
    const t = texts(card({ services: ['diversity-advisers', 'special-envoys'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'total' }));
    expect(t).toContain(`2023: Til sammen: ${formatNumber(1142, 'nb')}–${formatNumber(1144, 'nb')} (avhengig av kilde)`);
    expect(t).toContain('Summen er regnet ut av Veiviser fra de publiserte tallene.');
  });

  it('keeps the published wording of approximate figures', () => {
    expect(texts(card({ service: 'diversity-advisers', metric: 'assignments', fromYear: 2023, toYear: 2023 }))).toContain('i underkant av 200');
    // English groups thousands with a no-break space: '3,500' reads as three and a half in Norway.
    expect(texts(card({ service: 'expert-team', metric: 'people-reached', fromYear: 2023, toYear: 2023 }, 'en'))).toContain('about 3\u00a0500');
  });

  it('marks registered counts with their date and never shows a small count', () => {
    const registered = sampleRegisteredSummary(2026);
    const c = card({ services: ['diversity-advisers', 'special-envoys', 'kompetanseteamet'], metric: 'cases', fromYear: 2026, toYear: 2026 }, 'nb', registered);
    const t = texts(c);
    expect(t).toContain('Registrert i Veiviser (per 1. nov. 2026)');
    expect(t).toEqual(expect.arrayContaining(['12', 'færre enn 5', 'skjult for å beskytte små tall']));
    expect(t).toContain('Registrerte saker er anonyme og kategoriske. Små tall vises ikke.');
  });

  it('offers example questions when nothing was named', () => {
    const c = card({});
    expect(c.actions?.map((a) => a['title'])).toContain('Hvor mange saker hadde mangfoldsrådgiverne i 2023?');
  });

  it('collapses years into ranges', () => {
    expect(yearsLabel([2009, 2010, 2011, 2013, 2015, 2016], 'nb')).toBe('2009–2011, 2013 og 2015–2016');
    expect(yearsLabel([2023, 2024, 2025], 'en')).toBe('2023–2025');
  });
});

// (was stats-card-languages.test.ts)
/**
 * Every statistics card, built in all twelve languages from that language's own stats.json: no key may be missing
 * in the language (i18next would otherwise quietly show bokmål or English, or the raw key), and no card may show a
 * key or an unfilled {{placeholder}}. The questions are one per published figure, so every service, metric,
 * category and dimension name the cards can show is looked up at least once.
 */

const NOW = new Date('2026-11-24T12:00:00Z');

/** A `t` that records every key the language itself does not have (no fallback), then translates as usual. */
function checkingT(instance: I18n, lng: Lang, missing: Set<string>): Translate {
  const t = fixedT(instance, lng);
  const check = (key: unknown, options?: unknown) => {
    const opts = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
    if (typeof key === 'string' && !instance.exists(key, { ...opts, lngs: [lng] })) missing.add(key);
    return (t as unknown as (k: unknown, o?: unknown) => unknown)(key, options);
  };
  return check as unknown as Translate;
}

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
    for (const { query, registered: summary } of ANSWER_KINDS) shown.push(...visibleStrings(statsCard(answerStats(query, published, summary), lng, t)));
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

// (was readable-stats-cards.test.ts)
/**
 * Issue #17: a statistics card a teacher can read. The chart says "1 137" where the table says "1 137" (not
 * "284.3 / 568.5 / 852.8 / 1.1k"), its axis steps are whole and round, and a caveat ("I don't have figures for …",
 * "the sources give different figures") is never yellow text on white.
 */

const MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const bare = (text: string) => text.replace(MARKS, '');

const bareTexts = (node: unknown) => elements(node).filter((e) => e.type === 'TextBlock').map((e) => bare(String(e['text'])));

function readableCard(query: StatsQueryModel, lng: Lang) {
  return statsCard(answerStats(query, published), lng, fixedT(i18n, lng));
}

/** One question per published figure (its service, metric, years and split), and each mode of answer. */
function everyQuery(): StatsQueryModel[] {
  const perFigure = published.map((figure: PublishedFigure): StatsQueryModel => {
    const years = periodYears(figure.period);
    return {
      services: [figure.service],
      metric: figure.metric,
      fromYear: Math.min(...years),
      toYear: Math.max(...years),
      ...(figure.kind === 'value' && figure.breakdown ? { breakdown: figure.breakdown.dimension } : {}),
      mode: 'value',
    };
  });
  return [
    ...perFigure,
    { services: ['kompetanseteamet'], metric: 'cases', fromYear: 2016, toYear: 2023, mode: 'trend' },
    { services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'trend' },
    { services: ['diversity-advisers', 'special-envoys', 'kompetanseteamet'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'total' },
    { services: ['diversity-advisers', 'special-envoys'], metric: 'cases', fromYear: 2022, toYear: 2024, mode: 'compare' },
    { services: ['diversity-advisers'], metric: 'cases', fromYear: 2015, toYear: 2015, mode: 'value' },
    { services: ['diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value' },
    { services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, toYear: 2022, breakdown: 'case-type', mode: 'value' },
    { services: ['diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, breakdown: 'case-type', category: 'fgm', mode: 'value' },
  ];
}

/** The drawn chart's bars (label, value) and its axis ticks, as shown. */
function chartOf(c: unknown) {
  const chart = elements(c).find((e) => String(e['id']).startsWith('chart-'));
  const items = (chart?.['items'] ?? []) as unknown[];
  const rows = items.filter((i) => (i as CardElement).type === 'ColumnSet' && (i as CardElement)['spacing'] === 'Small').map(bareTexts);
  return { chart, rows, ticks: bareTexts(items.at(-1)) };
}

describe('charts on statistics cards', () => {
  it.each(['nb', 'en', 'ar'] as const)('Kompetanseteamet 2016–2022 (%s): the chart shows each year as the table does, on whole, round ticks', (lng) => {
    const c = readableCard({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2016, toYear: 2022, mode: 'trend' }, lng);
    const { chart, rows, ticks } = chartOf(c);
    expect(chart).toBeDefined();
    // Teams' own Chart.* elements choose their ticks and labels themselves ("284.3 … 1.1k"): none on the card.
    expect(elements(c).filter((e) => e.type.startsWith('Chart.'))).toEqual([]);
    const values = rows.map((r) => r[1]);
    expect(values).toContain(formatNumber(891, lng));
    const table = elements(c).find((e) => e.type === 'Table');
    const tableValues = elements(table).filter((e) => e.type === 'TableRow').slice(1).map((row) => bareTexts(row)[1]);
    expect(values.filter((value) => !tableValues.includes(value))).toEqual([]);
    // 0, 500, 1 000: whole, round and in the reply language's format.
    expect(ticks).toEqual([0, 500, 1000].map((n) => formatNumber(n, lng)));
    if (lng === 'nb' || lng === 'en') expect(ticks[2]).toBe('1\u00a0000');
  });

  it('puts the axis end on a round number whose half is whole', () => {
    expect([1137, 368, 248, 57, 3, 1, 899, 245, 3500, 11_300_000].map(axisEnd)).toEqual([1200, 400, 250, 60, 4, 2, 1000, 250, 4000, 12_000_000]);
    // One comparison for the whole range (an `expect` per value was most of the test): each value that breaks a rule, named.
    const broken: { max: number; end: number }[] = [];
    for (let max = 1; max < 5000; max += 7) {
      const end = axisEnd(max);
      if (!(end >= max && Number.isInteger(end / 2) && end <= max * 2)) broken.push({ max, end });
    }
    expect(broken).toEqual([]);
  });

  it.each(LANGUAGES)('every chart value and tick is a whole number in the reply format (%s)', (lng) => {
    // Each chart's findings beside what they must be, compared once (the query names the chart in a failure).
    const found: unknown[] = [];
    const wanted: unknown[] = [];
    for (const query of everyQuery()) {
      const { chart, rows, ticks } = chartOf(readableCard(query, lng));
      if (!chart) continue;
      const allowed = new Set(published.flatMap((f) => (f.kind === 'value' ? f.observations.map((o) => formatNumber(o.value, lng)) : [])));
      // Whole: only digits once the language's own group separator ("1 200", "1,200") is taken out.
      const group = new Set(formatNumber(1_000_000, lng).replace(/\d/g, ''));
      const whole = ticks.map((tick) => [...tick].filter((ch) => !group.has(ch)).join(''));
      const [zero, half, end] = whole.map(Number);
      found.push({ query, notPublished: rows.map(([, value]) => value).filter((value) => value === undefined || !allowed.has(value)), ticks: ticks.length, notWhole: whole.filter((digits) => !/^\d+$/.test(digits)), zero, end, half, shown: ticks });
      wanted.push({ query, notPublished: [], ticks: 3, notWhole: [], zero: 0, end: axisEnd(end ?? 0), half: (end ?? 0) / 2, shown: [zero, half, end].map((n) => formatNumber(n ?? NaN, lng)) });
    }
    expect(found).toEqual(wanted);
    expect(found.length).toBeGreaterThanOrEqual(3);
  });
});

describe('caveats on statistics cards are readable in every theme', () => {
  it.each(LANGUAGES)('no text in %s is coloured warning or attention; caveats sit on a warning container', (lng) => {
    let caveats = 0;
    const coloured: { query: unknown; text: unknown }[] = [];
    for (const query of everyQuery()) {
      const all = elements(readableCard(query, lng));
      for (const e of all) if (e.type === 'TextBlock' && /^(warning|attention)$/i.test(String(e['color'] ?? ''))) coloured.push({ query, text: e['text'] });
      caveats += all.filter((e) => e.type === 'Container' && /^(warning|attention)$/i.test(String(e['style'] ?? ''))).length;
    }
    expect(coloured).toEqual([]);
    // 899/897, "no figures for 2015", "no split for FGM": each is still said, now on its container.
    expect(caveats).toBeGreaterThanOrEqual(3);
  });
});

/** The open part's budget: the answer, its table and chart on the first screen at 1280×1000; sources behind a button. */
const STATS_BUDGET = { characters: 1200, blocks: 24 } as const;

describe('statistics cards fit on a screen', () => {
  it.each(['nb', 'en', 'ar'] as const)('the open part of every statistics card is within the budget (%s)', (lng) => {
    const over = [...everyQuery(), { services: [], metric: 'cases', mode: 'value' } as StatsQueryModel]
      .map((query) => ({ query, ...openPart(readableCard(query, lng)) }))
      .filter((p) => p.characters > STATS_BUDGET.characters || p.blocks > STATS_BUDGET.blocks)
      .map((p) => `${JSON.stringify(p.query)}: ${p.characters} characters, ${p.blocks} blocks`);
    expect(over).toEqual([]);
  });

  it('puts the numbered sources behind one "Sources (n)" button, by title, never a seed file or line', () => {
    const c = readableCard({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2016, toYear: 2023, mode: 'trend' }, 'en');
    const toggle = elements(c).find((e) => e.type === 'Action.ToggleVisibility');
    expect(toggle?.['title']).toMatch(/^Sources \(\d\)$/);
    const list = elements(c).find((e) => e['id'] === 'stats-sources');
    expect(list?.['isVisible']).toBe(false);
    expect(bareTexts(list)[0]).toMatch(/^\[1\] /);
    expect(openPart(c).texts.join(' ')).not.toMatch(/^\[1\] /m);
    expect(JSON.stringify(c)).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bl\. \d/);
  });
});

/**
 * Figures in right-to-left statistics cards: "1 137", "+90 %", "−0.3 %" and "2019–2020" must read left to right
 * in Arabic, Persian and Urdu as they do in Norwegian. The card isolates each figure whole (LRI … PDI); the group
 * separator is a no-break space, which the bidi algorithm keeps inside one number (class CS, "common number
 * separator") even in a client that ignores the isolates, where a plain space would split "1 137" into "137 1".
 */
describe('figures in Arabic, Persian and Urdu statistics cards', () => {
  const RTL: readonly Lang[] = ['ar', 'fa', 'ur'];
  /** Every string a reader sees, as the card carries it (isolates kept); a link's target is not shown. */
  const shownRaw = (c: unknown): string[] =>
    elements(c).flatMap((e) => ['text', 'title', 'value'].flatMap((key) => (typeof e[key] === 'string' ? [String(e[key]).replace(/\]\([^)]*\)/gu, ']')] : [])));
  const queries = [
    ...everyQuery(),
    // 597 in 2016 → 595 in 2018: a fall, written with a minus sign.
    { services: ['kompetanseteamet'], metric: 'cases', fromYear: 2016, toYear: 2018, mode: 'difference' } satisfies StatsQueryModel,
  ];

  it.each(RTL)('%s groups thousands with a no-break space, a separator inside one number for the bidi algorithm', (lng) => {
    expect(formatNumber(1137, lng)).toBe('1\u00a0137');
    expect(formatNumber(2_358_198, lng)).toBe('2\u00a0358\u00a0198');
  });

  it.each(RTL)('%s: every figure sits whole in one isolate, with its sign, its group spaces and its span', (lng) => {
    const shown = queries.flatMap((q) => shownRaw(readableCard(q, lng)));
    expect(shown.length).toBeGreaterThan(500);
    // No digit outside an isolate, no isolate cut at a group space, a span's dash or before a sign.
    expect(shown.filter((s) => /\d/u.test(s.replace(/\u2066[^\u2069]*\u2069/gu, '')))).toEqual([]);
    expect(shown.filter((s) => /\d\u2069[\u00a0\u202f\u066b\u066c\u2013-]\u2066?\d|[+\u2212\u00b1]\u2066\d/u.test(s))).toEqual([]);
    const runs = shown.flatMap((s) => [...s.matchAll(/\u2066([^\u2069]*)\u2069/gu)].map((m) => (m[1] ?? '').replace(/\u2060/gu, '')));
    expect(runs).toEqual(expect.arrayContaining(['1\u00a0137', '+90', '−0.3', '2019–2020']));
  });
});

describe('how many more one service had than another in a year: both figures and the gap, labelled as computed', () => {
  const asked: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Hvor mange flere saker fikk mangfoldsrådgiverne enn spesialutsendingene i 2023?'],
    ['nn', 'kor mange fleire saker fekk mangfaldsrådgjevarane enn spesialutsendingane i 2023'],
    ['en', 'In 2023, how many more cases did the diversity advisers get than the special envoys?'],
    ['uk', 'На скільки більше справ отримали радники з питань різноманіття, ніж спеціальні представники, у 2023 році?'],
    ['ru', 'Насколько больше дел получили советники по вопросам многообразия, чем специальные посланники, в 2023 году?'],
    ['pl', 'O ile więcej spraw dostali doradcy ds. różnorodności niż specjalni wysłannicy w 2023 roku?'],
    ['tr', '2023 yılında çeşitlilik danışmanları özel elçilerden ne kadar fazla vaka aldı?'],
    ['fa', 'در سال 2023 مشاوران تنوع چند پرونده بیشتر از نمایندگان ویژه گرفتند؟'],
    ['ar', 'في عام 2023، كم قضية أكثر تلقاها مستشارو التنوع مقارنة بالمبعوثين الخاصين؟'],
    ['so', 'Sannadkii 2023 la-taliyayaasha kala duwanaanshaha intee kiis oo ka badan ayay heleen marka loo eego wakiilada gaarka ah?'],
  ];
  it.each(asked)('%s: %s', (lng, text) => {
    const query = parseStatsQuestion(normalize(text), new Date('2026-12-05T12:00:00Z'), lng)?.query;
    expect(query).toMatchObject({ mode: 'compare', gap: true, fromYear: 2023, toYear: 2023 });
    const shown = texts(statsCard(answerStats(query!, published), lng, fixedT(i18n, lng))).join('\n').replace(/[\u2066-\u2069]/gu, '');
    // Both sources of the advisers' figure (D01), the envoys' 245, and the gap as a range: 899 − 245 and 897 − 245.
    expect(shown).toMatch(/899 \/ 897/u);
    expect(shown).toMatch(/654 \/ 652/u);
    expect(shown).toContain(fixedT(i18n, lng)('stats:gap.computed'));
  });

  it('says "fewer" when the first service named had fewer, and gives no gap for a plain side-by-side comparison', () => {
    const fewer = card({ services: ['special-envoys', 'diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'compare', gap: true }, 'en');
    expect(texts(fewer).join('\n')).toMatch(/Difference: 652 \/ 654 fewer for the special envoys/u);
    const sideBySide = card({ services: ['special-envoys', 'diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'compare' }, 'en');
    expect(texts(sideBySide).join('\n')).not.toMatch(/Difference:/u);
  });
});
