import { formatNumber, statsCard } from '../../src/stats/answers/stats-card';
import { axisEnd } from '../../src/stats/answers/bar-chart';
import type { CardElement } from '../../src/cards/card-kit';
import { createI18n, fixedT } from '../../src/language/i18n';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { periodYears, type PublishedFigure } from '../../src/stats/store/published-figure';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { openPart } from '../helpers/open-part';
import { elements } from '../helpers/card-elements';

/**
 * Issue #17: a statistics card a teacher can read. The chart says "1 137" where the table says "1 137" (not
 * "284.3 / 568.5 / 852.8 / 1.1k"), its axis steps are whole and round, and a caveat ("I don't have figures for …",
 * "the sources give different figures") is never yellow text on white.
 */

const published = loadPublishedSeed().figures;
const i18n = createI18n();
const MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const bare = (text: string) => text.replace(MARKS, '');

const texts = (node: unknown) => elements(node).filter((e) => e.type === 'TextBlock').map((e) => bare(String(e['text'])));

function card(query: StatsQueryModel, lng: Lang) {
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
  const rows = items.filter((i) => (i as CardElement).type === 'ColumnSet' && (i as CardElement)['spacing'] === 'Small').map(texts);
  return { chart, rows, ticks: texts(items.at(-1)) };
}

describe('charts on statistics cards', () => {
  it.each(['nb', 'en', 'ar'] as const)('Kompetanseteamet 2016–2022 (%s): the chart shows each year as the table does, on whole, round ticks', (lng) => {
    const c = card({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2016, toYear: 2022, mode: 'trend' }, lng);
    const { chart, rows, ticks } = chartOf(c);
    expect(chart).toBeDefined();
    // Teams' own Chart.* elements choose their ticks and labels themselves ("284.3 … 1.1k"): none on the card.
    expect(elements(c).filter((e) => e.type.startsWith('Chart.'))).toEqual([]);
    const values = rows.map((r) => r[1]);
    expect(values).toContain(formatNumber(891, lng));
    const table = elements(c).find((e) => e.type === 'Table');
    const tableValues = elements(table).filter((e) => e.type === 'TableRow').slice(1).map((row) => texts(row)[1]);
    for (const value of values) expect(tableValues).toContain(value);
    // 0, 500, 1 000: whole, round and in the reply language's format.
    expect(ticks).toEqual([0, 500, 1000].map((n) => formatNumber(n, lng)));
    if (lng === 'nb' || lng === 'en') expect(ticks[2]).toBe('1\u00a0000');
  });

  it('puts the axis end on a round number whose half is whole', () => {
    expect([1137, 368, 248, 57, 3, 1, 899, 245, 3500, 11_300_000].map(axisEnd)).toEqual([1200, 400, 250, 60, 4, 2, 1000, 250, 4000, 12_000_000]);
    for (let max = 1; max < 5000; max += 7) {
      const end = axisEnd(max);
      expect(end).toBeGreaterThanOrEqual(max);
      expect(Number.isInteger(end / 2)).toBe(true);
      expect(end).toBeLessThanOrEqual(max * 2);
    }
  });

  it.each(LANGUAGES)('every chart value and tick is a whole number in the reply format (%s)', (lng) => {
    let charts = 0;
    for (const query of everyQuery()) {
      const { chart, rows, ticks } = chartOf(card(query, lng));
      if (!chart) continue;
      charts++;
      const allowed = new Set(published.flatMap((f) => (f.kind === 'value' ? f.observations.map((o) => formatNumber(o.value, lng)) : [])));
      for (const [, value] of rows) expect(allowed).toContain(value);
      expect(ticks).toHaveLength(3);
      // Whole: only digits once the language's own group separator ("1 200", "1,200") is taken out.
      const group = new Set(formatNumber(1_000_000, lng).replace(/\d/g, ''));
      const whole = ticks.map((tick) => [...tick].filter((ch) => !group.has(ch)).join(''));
      for (const digits of whole) expect(digits).toMatch(/^\d+$/);
      const [zero, half, end] = whole.map(Number);
      expect(zero).toBe(0);
      expect(end).toBe(axisEnd(end ?? 0));
      expect(half).toBe((end ?? 0) / 2);
      expect(ticks).toEqual([zero, half, end].map((n) => formatNumber(n ?? NaN, lng)));
    }
    expect(charts).toBeGreaterThanOrEqual(3);
  });
});

describe('caveats on statistics cards are readable in every theme', () => {
  it.each(LANGUAGES)('no text in %s is coloured warning or attention; caveats sit on a warning container', (lng) => {
    let caveats = 0;
    for (const query of everyQuery()) {
      const all = elements(card(query, lng));
      const coloured = all.filter((e) => e.type === 'TextBlock' && /^(warning|attention)$/i.test(String(e['color'] ?? '')));
      expect(coloured.map((e) => e['text'])).toEqual([]);
      caveats += all.filter((e) => e.type === 'Container' && /^(warning|attention)$/i.test(String(e['style'] ?? ''))).length;
    }
    // 899/897, "no figures for 2015", "no split for FGM": each is still said, now on its container.
    expect(caveats).toBeGreaterThanOrEqual(3);
  });
});

/** The open part's budget: the answer, its table and chart on the first screen at 1280×1000; sources behind a button. */
const STATS_BUDGET = { characters: 1200, blocks: 24 } as const;

describe('statistics cards fit on a screen', () => {
  it.each(['nb', 'en', 'ar'] as const)('the open part of every statistics card is within the budget (%s)', (lng) => {
    const over = [...everyQuery(), { services: [], metric: 'cases', mode: 'value' } as StatsQueryModel]
      .map((query) => ({ query, ...openPart(card(query, lng)) }))
      .filter((p) => p.characters > STATS_BUDGET.characters || p.blocks > STATS_BUDGET.blocks)
      .map((p) => `${JSON.stringify(p.query)}: ${p.characters} characters, ${p.blocks} blocks`);
    expect(over).toEqual([]);
  });

  it('puts the numbered sources behind one "Sources (n)" button, by title, never a seed file or line', () => {
    const c = card({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2016, toYear: 2023, mode: 'trend' }, 'en');
    const toggle = elements(c).find((e) => e.type === 'Action.ToggleVisibility');
    expect(toggle?.['title']).toMatch(/^Sources \(\d\)$/);
    const list = elements(c).find((e) => e['id'] === 'stats-sources');
    expect(list?.['isVisible']).toBe(false);
    expect(texts(list)[0]).toMatch(/^\[1\] /);
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
    const shown = queries.flatMap((q) => shownRaw(card(q, lng)));
    expect(shown.length).toBeGreaterThan(500);
    // No digit outside an isolate, no isolate cut at a group space, a span's dash or before a sign.
    expect(shown.filter((s) => /\d/u.test(s.replace(/\u2066[^\u2069]*\u2069/gu, '')))).toEqual([]);
    expect(shown.filter((s) => /\d\u2069[\u00a0\u202f\u066b\u066c\u2013-]\u2066?\d|[+\u2212\u00b1]\u2066\d/u.test(s))).toEqual([]);
    const runs = shown.flatMap((s) => [...s.matchAll(/\u2066([^\u2069]*)\u2069/gu)].map((m) => (m[1] ?? '').replace(/\u2060/gu, '')));
    expect(runs).toEqual(expect.arrayContaining(['1\u00a0137', '+90', '−0.3', '2019–2020']));
  });
});
