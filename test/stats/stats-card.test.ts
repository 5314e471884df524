import { formatNumber, statsCard, yearsLabel } from '../../src/stats/answers/stats-card';
import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { answerStats, type RegisteredSummary } from '../../src/stats/answers/answer-stats';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { elements } from '../helpers/card-elements';

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
    const registered: RegisteredSummary = {
      asOf: new Date('2026-11-01T00:00:00Z'),
      suppressedBelow: 5,
      counts: [
        { service: 'diversity-advisers', year: 2026, cell: { kind: 'count', value: 12 } },
        { service: 'special-envoys', year: 2026, cell: { kind: 'fewer-than-5' } },
        { service: 'kompetanseteamet', year: 2026, cell: { kind: 'hidden' } },
      ],
    };
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
