import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../../src/content/source';
import { projectRoot } from '../../src/paths/content-root';
import { createI18n, fixedT } from '../../src/language/i18n';
import { LANGUAGES } from '../../src/language/languages';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard, valueLabel } from '../../src/stats/answers/stats-card';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import type { ValueFigure } from '../../src/stats/store/published-figure';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { textBlocks } from '../helpers/card-elements';
import { buildTestApp, conversation, type TestApp } from '../helpers/test-app';

/**
 * Issue #17, "Facts to correct" and "figures still missing", for the published statistics
 * (content/stats/published.json): one test per corrected fact, each checked against the seed documents or the
 * public page it cites.
 */

const seed = loadPublishedSeed();
const i18n = createI18n();

const SEEDS_DIR = path.join(projectRoot(), '..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS_DIR);
const seedLines = new Map<string, string[]>();
function linesOf(file: string): string[] {
  let lines = seedLines.get(file);
  if (!lines) seedLines.set(file, (lines = readFileSync(path.join(SEEDS_DIR, file), 'utf8').split('\n')));
  return lines;
}

function valueFigure(id: string): ValueFigure {
  const figure = seed.figures.find((f) => f.id === id);
  if (figure?.kind !== 'value') throw new Error(`no value figure ${id}`);
  return figure;
}

describe('the four 2022 Kompetanseteamet case types cite the Bufdir news page that publishes them', () => {
  // bufdir.no/aktuelt/nok-et-ar-med-okning-…: "«trusler og vold» … 368 saker", "«negativ sosial kontroll» (135 saker),
  // «ufrivillig opphold i utlandet» (113 saker) og «Frykt for tvangsekteskap» (113 saker)". The Kompetanseteamet page
  // (bufdir.no/vold/aresrelatert/kompetanseteamet/) describes the team and gives no 2022 figures.
  const NEWS_2022 = 'https://www.bufdir.no/aktuelt/nok-et-ar-med-okning-i-saker-om-aresrelatert-vold-og-negativ-sosial-kontroll/';

  it.each([
    ['threats-and-violence', 368],
    ['negative-social-control', 135],
    ['involuntary-stay-abroad', 113],
    ['fear-of-forced-marriage', 113],
  ] as const)('%s (%d)', (category, value) => {
    const figure = valueFigure(`kompetanseteamet.cases.2022.${category}`);
    expect(figure.observations.map((o) => o.value)).toEqual([value]);
    for (const { source } of figure.observations) {
      expect(source).toMatchObject({ kind: 'web', url: NEWS_2022 });
      // The same page as the 2022 total (891), so the split and its total have one source.
      expect(valueFigure('kompetanseteamet.cases.2022').observations.map((o) => o.source)).toContainEqual(expect.objectContaining({ url: source.kind === 'web' ? source.url : '' }));
      expect(source.title).toContain(String(value));
    }
  });
});

describe('the Pride campaign was shown "about 4 million" times, not exactly 4 000 000', () => {
  it('is stored with the qualifier "about"', () => {
    const [observation, ...rest] = valueFigure('nora.views.2023.pride').observations;
    expect(rest).toEqual([]);
    expect(observation).toMatchObject({ value: 4_000_000, qualifier: 'about' });
  });

  it('is shown as "about 4 million (4 000 000)" (en) and "om lag 4 millioner (4 000 000)" (nb): the qualifier, in words and digits', () => {
    const figure = valueFigure('nora.views.2023.pride');
    const [observation] = figure.observations;
    if (!observation) throw new Error('no observation');
    expect(valueLabel(figure, observation, 'en', fixedT(i18n, 'en'))).toBe('about 4 million (4\u00a0000\u00a0000)');
    expect(valueLabel(figure, observation, 'nb', fixedT(i18n, 'nb')).replace(/\s/gu, ' ')).toMatch(/^om lag 4 millioner \(4 000 000\)$/u);
  });
});

describe('Kompetanseteamet 2008: "ca. 40 foredrag og andre kompetansehevingstiltak", not just 40 lectures', () => {
  const query: StatsQueryModel = { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'lectures', fromYear: 2008, toYear: 2008, mode: 'value' };
  const figure = valueFigure('kompetanseteamet.lectures.2008');

  (seedsPresent ? it : it.skip)('quotes the whole phrase from the 2008 annual report', () => {
    const [observation] = figure.observations;
    if (observation?.source.kind !== 'seed') throw new Error('expected a seed source');
    expect(observation.quote).toContain('40 foredrag og andre kompetanse');
    const [from, to] = observation.source.lines;
    const cited = linesOf(observation.source.file).slice(from - 1, to).join(' ');
    expect(cited).toContain('foredrag og andre kompetanse-');
    expect(cited).toContain('hevingstiltak');
  });

  it.each([
    ['nb', 'foredrag og andre kompetansehevingstiltak'],
    ['nn', 'føredrag og andre kompetansehevingstiltak'],
    ['en', 'lectures and other competence-raising activities'],
  ] as const)('the %s card labels the figure "%s"', (lng, label) => {
    const card = statsCard(answerStats(query, seed.figures), lng, fixedT(i18n, lng));
    expect(textBlocks(card).some((t) => t.toLowerCase().startsWith(label))).toBe(true);
  });

  it('has a label in every language that says more than the word for "lectures" alone', () => {
    // Each language's old label was a bare "lectures"; the new one adds the other activities after it.
    const OLD: Readonly<Record<string, string>> = {
      nb: 'foredrag', nn: 'føredrag', en: 'lectures', ar: 'المحاضرات', so: 'muxaadarooyin', fa: 'سخنرانی‌ها', ur: 'لیکچر',
      uk: 'лекції', ru: 'лекции', tr: 'konferanslar', pl: 'wykłady', ti: 'ኣስተምህሮታት',
    };
    for (const lng of LANGUAGES) {
      const t = fixedT(i18n, lng);
      for (const key of ['stats:metric.lectures', 'stats:metricTitle.lectures']) {
        const label = t(key);
        expect([lng, label.toLowerCase() === OLD[lng]]).toEqual([lng, false]);
        expect(label.length).toBeGreaterThan((OLD[lng] ?? '').length + 5);
      }
    }
  });
});

describe('the adult-education pilot (2 of the 6 new adviser positions in 2024) cites the line with "To av stillingene"', () => {
  (seedsPresent ? it : it.skip)('cites 003_ebbfcc0e49845029.txt from line 1193, where the number is', () => {
    const [observation] = valueFigure('diversity-advisers.positions.2024.adult-education-pilot').observations;
    if (observation?.source.kind !== 'seed') throw new Error('expected a seed source');
    expect(observation.source.file).toBe('003_ebbfcc0e49845029.txt');
    const [from, to] = observation.source.lines;
    expect(from).toBeLessThanOrEqual(1193);
    expect(to).toBeGreaterThanOrEqual(1193);
    expect(linesOf(observation.source.file)[1192]).toContain('To av stillingene');
    expect(observation.quote).toContain('To av stillingene');
  });
});

/** How a number may be written in the seed documents: digits (with spaces), "2,2 mill.", or a Norwegian word. */
const NUMBER_WORDS: Readonly<Record<number, readonly string[]>> = {
  1: ['en', 'ein', 'ett', 'eitt', 'éin', 'én'],
  2: ['to'],
  3: ['tre'],
  4: ['fire'],
  5: ['fem'],
  6: ['seks'],
};
function writtenForms(value: number): RegExp[] {
  const digits = String(value);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');
  const forms = [digits, grouped];
  if (value >= 1_000_000) forms.push(String(value / 1_000_000).replace('.', ','));
  const exact = forms.map((f) => new RegExp(`(?<![\\d,])${f.replace(/ /gu, '\\s')}(?![\\d]|,\\d)`, 'u'));
  const words = (NUMBER_WORDS[value] ?? []).map((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'iu'));
  return [...exact, ...words];
}

(seedsPresent ? describe : describe.skip)('every seed citation: the cited lines hold the quote, and the quote holds the number', () => {
  // The 2008 schools per county are counted from the names listed; the test below counts them.
  const counted = (f: ValueFigure) => f.metric === 'schools' && f.breakdown?.dimension === 'county';
  const observations = seed.figures.flatMap((f) =>
    f.kind === 'value' && !counted(f) ? f.observations.map((o) => ({ id: f.id, value: o.value, quote: o.quote, source: o.source })) : [],
  );

  it('the quote is on one of the cited lines', () => {
    const problems: string[] = [];
    const check = (id: string, source: Source, quote: string | undefined) => {
      if (source.kind !== 'seed') return;
      const [from, to] = source.lines;
      const lines = linesOf(source.file);
      if (to > lines.length) problems.push(`${id}: ${source.file} has no line ${to}`);
      else if (!quote || !lines.slice(from - 1, to).some((line) => line.includes(quote))) problems.push(`${id}: quote not on ${source.file}:${from}-${to}`);
    };
    for (const figure of seed.figures) {
      if (figure.kind === 'ranking') check(figure.id, figure.source, figure.quote);
      else for (const o of figure.observations) check(figure.id, o.source, o.quote);
    }
    expect(problems).toEqual([]);
  });

  it('the quote holds the value it supports (NGO grants 2022 and 2023: 9,9 and 10,4 mill., 27 % and 28 %)', () => {
    const problems = observations
      .filter((o) => o.source.kind === 'seed')
      .filter((o) => !writtenForms(o.value).some((form) => form.test(o.quote ?? '')))
      .map((o) => `${o.id}: ${o.value} not in "${o.quote ?? ''}"`);
    expect(problems).toEqual([]);
  });
});

describe('2008: schools with a minority adviser, per county (IMDi årsrapport 2008, lines 796–807)', () => {
  // Counted from the names the report lists per county; the report gives 29 schools in all (line 328).
  const EXPECTED: Readonly<Record<string, readonly [number, number, string]>> = {
    akershus: [4, 796, 'Akershus:'],
    buskerud: [2, 797, 'Buskerud:'],
    hordaland: [2, 798, 'Hordaland:'],
    oslo: [13, 799, 'Oslo:'],
    rogaland: [2, 804, 'Rogaland:'],
    'sor-trondelag': [2, 805, 'Sør-Trøndelag:'],
    'vest-agder': [1, 806, 'Vest-Agder:'],
    ostfold: [3, 807, 'Østfold:'],
  };
  const counties = seed.figures.filter(
    (f): f is ValueFigure => f.kind === 'value' && f.service === 'diversity-advisers' && f.metric === 'schools' && f.breakdown?.dimension === 'county',
  );

  it('has one figure per county, and they add up to the 29 schools of the report', () => {
    expect(Object.fromEntries(counties.map((f) => [f.breakdown?.category, f.observations.map((o) => o.value)]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([county, [count]]) => [county, [count]])),
    );
    expect(counties.every((f) => f.period.kind === 'year' && f.period.year === 2008)).toBe(true);
    expect(counties.reduce((sum, f) => sum + (f.observations[0]?.value ?? 0), 0)).toBe(valueFigure('diversity-advisers.schools.2008').observations[0]?.value);
  });

  (seedsPresent ? it : it.skip)('cites the line that lists each county’s schools, and the count is the number of names there', () => {
    expect(counties).toHaveLength(8);
    for (const figure of counties) {
      const [count, line, label] = EXPECTED[figure.breakdown?.category ?? ''] ?? [0, 0, ''];
      const [observation] = figure.observations;
      if (observation?.source.kind !== 'seed') throw new Error(`${figure.id}: expected a seed source`);
      const [from, to] = observation.source.lines;
      expect([figure.id, from]).toEqual([figure.id, line]);
      const listed = linesOf(observation.source.file).slice(from - 1, to).join(' ');
      expect(listed.startsWith(label)).toBe(true);
      // "Rud, Lillestrøm, Lørenskog og Dønski": commas and the last "og" separate the names.
      const names = listed.slice(label.length).replace(/-\s+/gu, '').split(/,|\sog\s/u).map((n) => n.trim()).filter((n) => n.length > 0);
      expect([figure.id, names.length]).toEqual([figure.id, count]);
    }
  });

  describe('through the bot', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await buildTestApp();
    }, 120_000);
    afterAll(async () => {
      await app.close();
    });

    it.each([
      ['nb-NO', 'hvor mange skoler hadde minoritetsrådgiver i 2008 per fylke', ['Oslo', 'Akershus', 'Sør-Trøndelag', 'Vest-Agder', 'Østfold']],
      ['nb-NO', 'kor mange skular hadde minoritetsrådgivarar i kvart fylke i 2008', ['Oslo', 'Hordaland', 'Rogaland']],
      ['en-GB', 'how many schools had minority advisers in each county in 2008', ['Oslo', 'Buskerud', 'Sør-Trøndelag']],
    ] as const)('%s "%s" shows the schools per county', async (locale, question, counties) => {
      await conversation(app, { locale, conversation: { id: `county-${locale}-${question.length}`, isGroup: false, conversationType: 'personal', name: 'x' } })
        .send(question)
        .assertReply((reply) => {
          const shown = textBlocks(reply.attachments?.[0]?.content);
          for (const county of counties) expect(shown).toContain(county);
          // Oslo's 13 schools and the report's 29 in all.
          expect(shown).toContain('13');
          expect(shown.some((t) => t.includes('29'))).toBe(true);
        })
        .startTest();
    });
  });
});
