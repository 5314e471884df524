import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readerSource, type Source, sourceForReviewers } from '../../src/content/source';
import { cardTexts } from '../../src/evaluation/conversation-eval';
import { createI18n, fixedT } from '../../src/language/i18n';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { projectRoot } from '../../src/paths/content-root';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard, valueLabel } from '../../src/stats/answers/stats-card';
import { type StatsQueryModel, statsQuerySchema } from '../../src/stats/answers/stats-query';
import { createStatsRecognizer, parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { hasDiscrepancy, publishedSeedSchema } from '../../src/stats/store/published-figure';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { prepareUtterance } from '../../src/understanding/understand';
import { elements } from '../helpers/card-elements';
import { QUESTION_LANGUAGES, questionFor } from './fixtures/questions';

// (was published-figures.test.ts)
const seed = loadPublishedSeed();
const i18n = createI18n();
const now = new Date('2026-11-24T12:00:00Z');
const recognizer = createStatsRecognizer({ now: () => now });

/** The source documents, as a developer sees them beside the repository. */
const SEEDS_DIR = path.join(projectRoot(), '..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS_DIR);

describe('published figures seed (content/stats/published.json)', () => {
  it('parses, is versioned and has unique ids', () => {
    expect(seed.seedVersion).toBeGreaterThanOrEqual(1);
    expect(new Set(seed.figures.map((f) => f.id)).size).toBe(seed.figures.length);
    expect(seed.figures.length).toBeGreaterThan(80);
  });

  it('refuses a figure without a source, or with a field it does not know', () => {
    const [first] = seed.figures;
    expect(publishedSeedSchema.safeParse({ seedVersion: 1, figures: [{ ...first, observations: [{ value: 1 }] }] }).success).toBe(false);
    expect(publishedSeedSchema.safeParse({ seedVersion: 1, figures: [{ ...first, guessed: true }] }).success).toBe(false);
    expect(publishedSeedSchema.safeParse({ seedVersion: 1, figures: [first, first] }).success).toBe(false);
  });

  it('has the case-related figures of the domain brief', () => {
    const value = (id: string) => {
      const figure = seed.figures.find((f) => f.id === id);
      return figure?.kind === 'value' ? [...new Set(figure.observations.map((o) => o.value))] : undefined;
    };
    expect(value('diversity-advisers.cases.2023')).toEqual([899, 897]);
    expect(value('special-envoys.cases.2023')).toEqual([245]);
    expect(value('expert-team.assignments.2023')).toEqual([63]);
    expect(value('expert-team.people-reached.2023')).toEqual([3500]);
    expect(['2004', '2005', '2006', '2007', '2008', '2004-2008'].map((y) => value(`kompetanseteamet.inquiries.${y}`))).toEqual([[11], [93], [116], [177], [248], [645]]);
    expect(['2004', '2005', '2006', '2007', '2008', '2004-2008'].map((y) => value(`kompetanseteamet.persons.${y}`))).toEqual([[13], [105], [129], [196], [269], [712]]);
    expect(['2016', '2018', '2021', '2022'].map((y) => value(`kompetanseteamet.cases.${y}`))).toEqual([[597], [595], [759], [891]]);
    expect(value('advisers-and-envoys.cases.2008')).toEqual([381]);
    expect(value('advisers-and-envoys.persons.2008')).toEqual([391]);
  });

  it('lists ranked countries of origin without inventing counts', () => {
    const ranking = seed.figures.find((f) => f.id === 'diversity-advisers.origin-country.2023');
    expect(ranking).toMatchObject({ kind: 'ranking', categories: ['IQ', 'SO', 'AF', 'PK', 'SY'] });
    expect(seed.figures.some((f) => f.kind === 'value' && f.breakdown?.dimension === 'origin-country')).toBe(false);
  });

  it('keeps both values of every discrepancy (D01: 899 and 897)', () => {
    const disagreeing = seed.figures.filter((f) => f.kind === 'value' && hasDiscrepancy(f)).map((f) => f.id);
    expect(disagreeing).toEqual(expect.arrayContaining(['diversity-advisers.cases.2023', 'imdi.staff.2022']));
  });

  (seedsPresent ? it : it.skip)('cites lines that contain the quoted words and the number (checked against shared/seeds)', () => {
    const files = new Map<string, string[]>();
    const lines = (file: string) => {
      let cached = files.get(file);
      if (!cached) files.set(file, (cached = readFileSync(path.join(SEEDS_DIR, file), 'utf8').split('\n')));
      return cached;
    };
    const problems: string[] = [];
    const check = (id: string, source: Source, quote: string | undefined) => {
      if (source.kind !== 'seed') return;
      const [from, to] = source.lines;
      const text = lines(source.file).slice(from - 1, to).join('\n');
      if (!quote || !text.includes(quote)) problems.push(`${id}: quote not on ${source.file}:${from}-${to}`);
    };
    for (const figure of seed.figures) {
      if (figure.kind === 'ranking') check(figure.id, figure.source, figure.quote);
      else for (const o of figure.observations) check(figure.id, o.source, o.quote);
    }
    expect(problems).toEqual([]);
  });

  it('cites a public page with the date it was read for figures outside the seeds', () => {
    const web = seed.figures.flatMap<{ source: Source }>((f) => (f.kind === 'value' ? f.observations : [f])).filter((o) => o.source.kind === 'web');
    expect(web.length).toBeGreaterThanOrEqual(8);
    const cited = web.map((o) => sourceForReviewers(o.source));
    expect(cited.filter((line) => !/^.+ – https:\/\/((www\.)?bufdir\.no|kommunikasjon\.ntb\.no\/pressemelding)\/.+ \(\d{4}-\d{2}-\d{2}\)$/.test(line))).toEqual([]);
  });
});

describe('every published figure answers at least one natural question', () => {
  const cases = seed.figures.flatMap((figure) => QUESTION_LANGUAGES.map((lng) => [figure.id, lng, questionFor(figure, lng), figure] as const));

  it.each(cases)('%s (%s): %s', (_id, lng, question, figure) => {
    const candidates = recognizer.recognize(prepareUtterance(question, lng));
    const best = candidates[0];
    expect(best?.intent.kind).toBe('stats');
    expect(best?.score).toBeGreaterThanOrEqual(0.5);
    if (best?.intent.kind !== 'stats') return;
    const answer = answerStats(best.intent.query, seed.figures);
    const shown = [...answer.figures, ...answer.breakdown, ...answer.rankings].map((f) => f.id);
    expect(shown).toContain(figure.id);

    // What the user sees: the number (with its wording, "just under 200") and where it comes from.
    const t = fixedT(i18n, lng);
    const json = JSON.stringify(statsCard(answer, lng, t));
    // Each observation's value and source as they must appear, compared once: the ones the card leaves out, named.
    const said =
      figure.kind === 'value'
        ? figure.observations.flatMap((o) => [JSON.stringify(valueLabel(figure, o, lng, t)).slice(1, -1), JSON.stringify(readerSource(o.source, lng, t).text).slice(1, -1)])
        : [JSON.stringify(readerSource(figure.source, lng, t).text).slice(1, -1)];
    expect(said.filter((text) => !json.includes(text))).toEqual([]);
    // As a reader knows it: never the seed file or its line numbers.
    expect(json).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bl\. \d+–\d+/);
  });
});

// (was stats-fresh-figures.test.ts)
/**
 * Issue #13 (statistics on the fresh sets): figures published beside the one asked for first (an amount beside a
 * count, unique users beside views, persons beside inquiries), the envoys' competence-raising assignments, where a
 * grant came from (a funder, not a country of origin), and case-type and origin splits asked in other languages.
 */
const freshSetsDay = new Date('2026-12-03T12:00:00Z');

function parse(text: string, lng: Lang, countries: readonly string[] = []) {
  const parsed = parseStatsQuestion(normalize(text), freshSetsDay, lng, countries);
  return parsed ? { query: statsQuerySchema.parse(parsed.query), score: parsed.score } : undefined;
}

describe('a second figure asked in the same question', () => {
  it.each([
    ['How many organisations were national resource environments in 2023, and how much did they receive?', 'en'],
    ['Hvor mange organisasjoner var nasjonale ressursmiljøer i 2023, og hvor mye fikk de?', 'nb'],
    ['Ile organizacji było krajowymi środowiskami zasobów (nasjonale ressursmiljøer) w 2023 i jaka była łączna kwota?', 'pl'],
  ] as const)('an amount asked after a count of grant receivers: %s', (text, lng) => {
    const q = parse(text, lng)?.query;
    expect(q?.services).toEqual(['national-resource-environments']);
    expect([q?.metric, ...(q?.alsoMetrics ?? [])].sort()).toEqual(['funding-nok', 'organisations']);
  });

  it.each([
    ['How many unique users did the Pride campaign reach in 2023, and how about views?', 'en'],
    ['Ile unikalnych użytkowników i ile wyświetleń miała kampania Pride w 2023?', 'pl'],
    ['Скільки унікальних користувачів і переглядів мала кампанія Pride у 2023?', 'uk'],
    ['Сколько уникальных пользователей и просмотров было у кампании Pride в 2023 году?', 'ru'],
  ] as const)("a campaign's views and unique users, named apart: %s", (text, lng) => {
    const q = parse(text, lng)?.query;
    expect([q?.metric, ...(q?.alsoMetrics ?? [])].sort()).toEqual(['unique-users', 'views']);
  });

  it.each([
    ['Hvor mange henvendelser og personer hadde Kompetanseteamet i 2006?', 'nb'],
    ['How many inquiries and persons did Kompetanseteamet have in 2007?', 'en'],
    ['Сколько обращений и лиц было у Kompetanseteamet в 2006 году?', 'ru'],
  ] as const)('inquiries and the persons they concerned: %s', (text, lng) => {
    const q = parse(text, lng)?.query;
    expect([q?.metric, ...(q?.alsoMetrics ?? [])].sort()).toEqual(['inquiries', 'persons']);
  });
});

describe("the envoys' competence-raising assignments", () => {
  it.each([
    ['How many competence-building sessions did the special envoys hold in Norway in 2023?', 'en'],
    ['How many competence raising jobs did the envoys do in 2023?', 'en'],
    ['2023 میں خصوصی نمائندوں (spesialutsendinger) نے کتنے تربیتی اسائنمنٹس کیے؟', 'ur'],
  ] as const)('%s', (text, lng) => {
    const q = parse(text, lng)?.query;
    expect(q?.services).toEqual(['special-envoys']);
    expect(q?.metric).toBe('assignments');
  });
});

describe('where money came from is its funder', () => {
  it.each([
    ['How much extra money did the national resource environments get in 2024, and where did it come from?', 'en'],
    ['How much funding did Kompetanseteamet receive in 2024 and where does it come from?', 'en'],
  ] as const)('%s', (text, lng) => {
    const q = parse(text, lng)?.query;
    expect(q?.metric).toBe('funding-nok');
    expect(q?.breakdown).toBeUndefined();
  });

  it('people still come from countries', () => {
    expect(parse('How many cases did the diversity advisers have in 2023 and where were they from?', 'en')?.query.breakdown).toBe('origin-country');
  });
});

describe('case types and origins asked in other languages', () => {
  it.each([
    ['كم حالة لدى المبعوثين الخاصين في 2023؟ وما هو النوع الأكثر؟', 'ar'],
    ['Immisa kiis ayay spesialutsendingene lahaayeen 2023, maxayse ku saabsanaayeen?', 'so'],
  ] as const)('what most cases were about: %s', (text, lng) => {
    expect(parse(text, lng)?.query.breakdown).toBe('case-type');
  });

  it('involuntary stay abroad named in Arabic', () => {
    const q = parse('كم من حالات Kompetanseteamet في 2022 كانت عن الإقامة غير الطوعية في الخارج؟', 'ar')?.query;
    expect(q).toMatchObject({ breakdown: 'case-type', category: 'involuntary-stay-abroad' });
  });

  it.each([
    ['mangfoldsrådgivere ኣብ 2023 ጉዳያቶም ካብ ኣየናይ ሃገራት እዮም?', 'ti'],
    ['spesialutsendinger ኣብ 2023 ዝበዝሓ ሃገራት ጉዳያት እንታይ ነይሮም?', 'ti'],
  ] as const)('which countries, in Tigrinya: %s', (text, lng) => {
    expect(parse(text, lng)?.query.breakdown).toBe('origin-country');
  });

  it('a country named beside the origin split of a named count, service and year is a figure question', () => {
    const parsed = parse('کشورهای مبدأ پرونده‌های مشاوران تنوع (mangfoldsrådgivere) در ۲۰۲۳ کدام بودند؟ عراق هم بود؟', 'fa', ['IQ']);
    expect(parsed?.query).toMatchObject({ breakdown: 'origin-country', category: 'IQ' });
    expect(parsed?.score).toBeGreaterThanOrEqual(0.99);
  });
});

describe('"how many of them" in Turkish, and an exact count asked', () => {
  it('"kaçı … tam sayı" asks a count of one case type, which the caveat answers when it is not published', () => {
    const q = parse('Mangfoldsrådgivere 2023 vakalarının kaçı zorla evlilikle ilgiliydi? Tam sayı lazım.', 'tr')?.query;
    expect(q).toMatchObject({ services: ['diversity-advisers'], metric: 'cases', breakdown: 'case-type', category: 'forced-marriage' });
  });
});

describe('"I don\'t have figures for <case type>" reads once in every language', () => {
  const instance = createI18n();
  it.each(LANGUAGES.map((l) => [l] as const))('%s: no word said twice in a row', (lng) => {
    const t = fixedT(instance, lng);
    const what = t('stats:askedFor.caseType', { metric: t('stats:metric.cases'), category: t('stats:topic.forced-marriage') });
    const line = t('stats:notHave', { what, scope: '' });
    const words = line.split(/[\s:،,.]+/u).filter(Boolean);
    expect(words.filter((w, i) => i > 0 && w === words[i - 1])).toEqual([]);
  });
});

describe('"how many of them were <case type>": one part of the last figure', () => {
  it.each([
    ['a ile z tego to groźby i przemoc?', 'pl', 'threats-and-violence'],
    ['а сколько из них о вынужденном пребывании за границей?', 'ru', 'involuntary-stay-abroad'],
    ['and how many of them were about FGM?', 'en', 'fgm'],
  ] as const)('%s', (text, lng, category) => {
    expect(parse(text, lng)?.query).toMatchObject({ breakdown: 'case-type', category });
  });
});

// (was stats-difference.test.ts)
/**
 * "How much did it go up?" on two published figures: both figures with their years and sources, the difference
 * computed from them (a percentage for counts), and the change the source itself states beside it (D02: the 2008
 * report's +28 % against 177 → 248, about +40 %). A doubt naming a value: what that value is in the sources.
 */
const published = loadPublishedSeed().figures;
const kt = (query: Partial<StatsQueryModel>): StatsQueryModel => ({ service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'cases', mode: 'difference', ...query });
const text = (query: StatsQueryModel, lng: Lang = 'nb') => cardTexts(statsCard(answerStats(query, published), lng, fixedT(i18n, lng))).join('\n');

describe('the difference between two published figures', () => {
  it('shows the two years only, not the years between, and the difference computed from them', () => {
    const answer = answerStats(kt({ fromYear: 2016, toYear: 2022 }), published);
    expect(answer.figures.map((f) => f.period)).toEqual([
      { kind: 'year', year: 2016 },
      { kind: 'year', year: 2022 },
    ]);
    expect(answer.difference?.from.values).toEqual([597]);
    expect(answer.difference?.to.values).toEqual([891]);
    expect(answer.difference?.change).toEqual({ min: 294, max: 294 });
    expect(answer.trend).toBeUndefined();
  });

  it('2021 → 2022: 759 and 891, 132 more, +17 %, each figure with its source', () => {
    const card = text(kt({ fromYear: 2021, toYear: 2022 }));
    expect(card).toContain('759');
    expect(card).toContain('891');
    expect(card).toMatch(/Fra 759 i 2021 til 891 i 2022: 132 flere \(\+17\s?%\)\./);
    expect(card).toContain('regnet ut av Veiviser');
    expect(card).toMatch(/bufdir\.no/);
  });

  it('a small change keeps a decimal rather than saying "unchanged" (597 → 595)', () => {
    expect(text(kt({ fromYear: 2016, toYear: 2018 }), 'en')).toContain('From 597 in 2016 to 595 in 2018: 2 fewer (−0.3%).');
  });

  it('D02: the source says +28 %, its own table gives about +40 %: both are shown, each with its source', () => {
    const answer = answerStats(kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), published);
    expect(answer.difference?.change).toEqual({ min: 71, max: 71 });
    expect(Math.round(answer.difference?.percent?.min ?? 0)).toBe(40);
    expect(answer.difference?.published.map((f) => f.observations[0]?.value)).toEqual([28]);
    const card = text(kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), 'en');
    expect(card).toContain('From 177 in 2007 to 248 in 2008: 71 more (+40%).');
    expect(card).toContain('The source itself gives the change from 2007 as 28%');
    expect(card).toContain('IMDi årsrapport 2008');
    expect(card).toContain("The source's own percentage (28%) does not match the one computed from the figures in the table (+40%).");
  });

  it('makes no difference with a year that has no figure of its own (the advisers in 2008: only a joint figure)', () => {
    const answer = answerStats({ service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'cases', mode: 'difference', fromYear: 2008, toYear: 2023 }, published);
    // No separate 2008 figure for the advisers: no arithmetic on a figure that is not there.
    expect(answer.difference).toBeUndefined();
  });

  it('a year without a figure is said, with the nearest years that have one, and no difference is made up', () => {
    const answer = answerStats(kt({ fromYear: 2019, toYear: 2022 }), published);
    expect(answer.difference).toBeUndefined();
    expect(answer.missing).toEqual([expect.objectContaining({ years: [2019] })]);
    expect(answer.missing[0]?.nearest).toContain(2018);
    const card = text(kt({ fromYear: 2019, toYear: 2022 }), 'en');
    expect(card).toContain('891');
    expect(card).not.toMatch(/more \(|fewer \(/);
  });

  it('the card says the difference in every language', () => {
    for (const lng of ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'] as const) {
      const card = text(kt({ fromYear: 2021, toYear: 2022 }), lng);
      expect(card).toContain('132');
      expect(card).toContain('17');
      expect(card).not.toMatch(/stats:difference/);
    }
  });
});

describe('a doubt that names another value', () => {
  const envoys = (claimed: StatsQueryModel['claimed']): StatsQueryModel => ({ service: 'special-envoys', services: ['special-envoys'], metric: 'cases', mode: 'value', fromYear: 2023, toYear: 2023, claimed });

  it('"trodde det var rundt 900" after the envoys\' 245: 245 stands, with its source in sight; ~900 is the advisers\' 899 / 897', () => {
    const answer = answerStats(envoys({ values: [900], approximate: true }), published);
    expect(answer.figures.map((f) => f.observations[0]?.value)).toEqual([245]);
    expect(answer.claimedMatches[0]).toMatchObject({ service: 'diversity-advisers', metric: 'cases' });
    const card = text(envoys({ values: [900], approximate: true }));
    expect(card).toContain('Tallet står slik kilden publiserer det');
    expect(card).toContain('245');
    expect(card).toContain('Kilde:');
    expect(card).toContain('899 / 897 saker · mangfoldsrådgiverne · 2023');
    expect(card).toContain('IMDis likestillingsredegjørelse 2023');
  });

  it('"jeg trodde det var 245" where 245 is the figure shown: says so', () => {
    expect(text(envoys({ values: [245], approximate: false }))).toContain('245 er det publiserte tallet som vises her.');
  });

  it('a value found nowhere is said to be none I have, never turned into a figure', () => {
    const card = text(envoys({ values: [3131], approximate: false }), 'en');
    expect(card).toContain('I have no published figure of 3\u00a0131 about this.');
  });

  it('"28 %" is matched among percentages only', () => {
    const answer = answerStats({ ...kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), claimed: { values: [28], approximate: false, percent: true } }, published);
    // The 28 % is the change the difference already shows beside its source.
    expect(answer.claimedMatches.every((f) => f.unit === 'percent')).toBe(true);
    expect(text({ ...kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), claimed: { values: [28], approximate: false, percent: true } }, 'en')).toContain('28 % is the change the source\'s text states, but it is not what the table gives: the figures give +40%.');
  });
});

// (session 23, issue #13)
describe('the sources\' discrepancies, when a figure they touch is asked', () => {
  const imdi = (query: Partial<StatsQueryModel>): StatsQueryModel => ({ service: 'imdi', services: ['imdi'], mode: 'value', ...query });

  it('D14: the 2025 sick leave (7.3 %) says what the table gives for men, women and in total', () => {
    const card = text(imdi({ metric: 'sick-leave', fromYear: 2025, toYear: 2025 }), 'en');
    expect(card).toContain('7.3');
    expect(card).toContain('3.33 % for men, 7.72 % for women and 7.30 % in total');
  });

  it('D11: the 49 temporary staff in 2023, with the text\'s 77.4 / 22.6 % and the table\'s 77.55 / 22.45 %', () => {
    const card = text(imdi({ metric: 'temporary-staff', fromYear: 2023, toYear: 2023 }), 'nb');
    expect(card).toContain('49');
    expect(card).toContain('77,4 %');
    expect(card).toContain('77,55 %');
  });

  it('a claimed change with no service named is found by its published value, and answered as the difference (D02)', () => {
    const answer = answerStats({ services: [], mode: 'value', fromYear: 2008, toYear: 2008, claimed: { values: [28], approximate: false, percent: true } }, published);
    expect(answer.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'inquiries', mode: 'difference', fromYear: 2007, toYear: 2008 });
    expect(answer.difference?.from.values).toEqual([177]);
    expect(answer.difference?.to.values).toEqual([248]);
  });

  it('a value two services published is not given to either: the claim names no one service', () => {
    // 282: IMDi's staff in 2024, and the women and girls in the 2008 advisers' and envoys' cases.
    const answer = answerStats({ services: [], mode: 'value', claimed: { values: [282], approximate: false, percent: false } }, published);
    expect(answer.query.services).toEqual([]);
  });
});

// (was unpublished-split.test.ts)
/**
 * Issue #13 kinds 4 and 8: a split the sources do not publish as counts (per country of origin, boys against girls,
 * one named country) is said first ("I don't have figures for …"), then what is published: the total with its
 * source and the published order ("most were girls", the top origin countries). Asking which parts there are
 * ("which countries?") is answered by the order itself, without the caveat.
 */


/** A stand-in for the contact directory's country names: enough for these questions. */
const COUNTRY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/afghanistan|afghan|افغانستان/iu, 'AF'],
  [/росії|росія/iu, 'RU'],
  [/ethiopia/iu, 'ET'],
  [/norge|norway/iu, 'NO'],
];
const findCountries = (text: string): string[] => COUNTRY_WORDS.filter(([p]) => p.test(text)).map(([, code]) => code);

function read(text: string, lng: Lang): StatsQueryModel | undefined {
  const [candidate] = createStatsRecognizer({ now: () => now, findCountries }).recognize(prepareUtterance(text, lng));
  if (!candidate || candidate.intent.kind !== 'stats') return undefined;
  return statsQuerySchema.parse(candidate.intent.query);
}

function answerTexts(text: string, lng: Lang): string[] {
  const query = read(text, lng);
  if (!query) throw new Error(`not read as a statistics question: ${text}`);
  const card = statsCard(answerStats(query, published), lng, fixedT(i18n, lng));
  return elements(card)
    .filter((e) => e.type === 'TextBlock')
    .map((e) => String((e as { text?: unknown }).text ?? ''));
}

describe('a count per part that only an order answers: said first, then the total and the order', () => {
  it('per country of origin (envoys 2023): no count per country, 245 and the top five countries', () => {
    const t = answerTexts('how many involuntary-stay-abroad cases did the envoys have per country in 2023?', 'en');
    expect(t[1]).toBe("I don't have figures for cases by country of origin (the special envoys, 2023).");
    expect(t).toContain('245');
    expect(t.join(' ')).toMatch(/Iraq, Somalia, Russia, Pakistan and Syria/u);
  });

  it('boys against girls, exact numbers (advisers 2023): no exact split, the total and "most were girls"', () => {
    const t = answerTexts("how many of the diversity advisers' 2023 cases were boys vs girls? exact numbers pls", 'en');
    expect(t[1]).toBe("I don't have figures for cases by gender (the diversity advisers, 2023).");
    expect(t.join(' ')).toMatch(/899/u);
    expect(t.join(' ')).toMatch(/girls/u);
  });

  it('"which countries?" is answered by the published order, without a caveat', () => {
    const t = answerTexts('which countries did the special envoys cases come from in 2023?', 'en');
    expect(t.some((line) => line.startsWith("I don't have"))).toBe(false);
    expect(t.join(' ')).toMatch(/Iraq, Somalia, Russia/u);
  });

  it('a named country (Afghanistan, asked in Dari): no figure for that country, first; then the total and the order that includes it', () => {
    const t = answerTexts('در سال ۲۰۲۳ چند تا از پرونده‌های مشاوران تنوع (mangfoldsrådgivere) مربوط به افغانستان بود؟', 'fa');
    expect(t[1]).toMatch(/افغانستان/u);
    expect(t[1]).toMatch(/ندارم/u);
    expect(t.join(' ')).toMatch(/899/u);
    expect(t.join(' ')).toMatch(/عراق/u);
  });

  it('a named country in Ukrainian ("щодо Росії") is the envoys\' cases from Russia, not the national total alone', () => {
    const query = read('Скільки справ мали спецпредставники при посольствах у 2023 саме щодо Росії?', 'uk');
    expect(query).toMatchObject({ services: ['special-envoys'], breakdown: 'origin-country', category: 'RU', fromYear: 2023 });
    const t = answerTexts('Скільки справ мали спецпредставники при посольствах у 2023 саме щодо Росії?', 'uk');
    expect(t[1]).toMatch(/^У мене немає/u);
    expect(t).toContain('245');
  });

  it('a people named in Dari ("افغان‌ها", Afghans) is the country of origin asked about', () => {
    expect(read('در سال ۲۰۲۳ چند تا از پرونده‌های مشاوران تنوع مربوط به افغان‌ها بود؟ عدد دقیق لازم دارم', 'fa')).toMatchObject({ breakdown: 'origin-country', category: 'AF' });
  });

  it('a country in another part of the message belongs to that part ("…, and who covers Ethiopia?")', () => {
    expect(read('how many cases did the envoys have, and who covers Ethiopia?', 'en')?.category).toBeUndefined();
  });

  it('Norway is where the services are, not a country of origin', () => {
    expect(read('how many cases did the diversity advisers in Norway have in 2023?', 'en')?.breakdown).toBeUndefined();
  });
});

describe('statistics questions read in other words', () => {
  const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng);

  it('a year written out wins over "last year" beside it ("i fjor, altså 2023")', () => {
    expect(parse('hvor mange saker hadde mangfoldsrådgiverne i fjor, altså 2023?', 'nb')?.query).toMatchObject({ fromYear: 2023, toYear: 2023 });
  });

  it('"compared with the year before" asks for that year too', () => {
    expect(parse('kor mange lokale frivillige prosjekt fekk tilskot i 2023 samanlikna med året før', 'nn')?.query).toMatchObject({ fromYear: 2022, toYear: 2023 });
  });

  it('a count of a named service in a named year beats a contact reading of the same words (0.995)', () => {
    expect(parse("what were Kompetanseteamet's case numbers for 2019 and 2020", 'en')?.score).toBeGreaterThan(0.99);
    expect(parse('2023 mein Islamabad wale envoy ke paas kitne cases thay?', 'ur')?.score).toBeGreaterThan(0.99);
  });

  it('the split asked, with case types named as examples, is the whole split', () => {
    const query = parse('Trenger fordelingen på sakstyper for kompetanseteamet 2022 – trusler/vold, nsk, ufrivillig utenlandsopphold osv', 'nb')?.query;
    expect(query).toMatchObject({ breakdown: 'case-type' });
    expect(query?.category).toBeUndefined();
  });

  it('a compound naming the advisers\' cases ("rådgiversakene") with a case type', () => {
    expect(parse('hvor mange av rådgiversakene i 2023 gjaldt kjønnslemlestelse?', 'nb')?.query).toMatchObject({
      services: ['diversity-advisers'],
      breakdown: 'case-type',
      category: 'fgm',
    });
  });

  it.each<[Lang, string, Partial<StatsQueryModel>]>([
    ['pl', 'ile zadań podnoszenia kompetencji zrealizowali doradcy (mangfoldsrådgivere) w 2023?', { services: ['diversity-advisers'], metric: 'assignments' }],
    ['fa', 'مشاوران تنوع (mangfoldsrådgivere) در سال ۲۰۲۳ چند مأموریت آموزشی و ارتقای صلاحیت انجام دادند؟', { services: ['diversity-advisers'], metric: 'assignments' }],
    ['uk', 'Скільки грошей отримали RVTS у 2024 році?', { services: ['rvts'], metric: 'funding-nok' }],
    ['uk', 'Скільки завдань виконала фагтім IMDi у 2023?', { services: ['expert-team'], metric: 'assignments' }],
    ['pl', 'Ile wyświetleń miała wakacyjna kampania IMDi z 2023?', { services: ['nora'], metric: 'views', category: 'summer-holiday' }],
    ['ur', '2023 میں (ذیلی ہدف C) کے لیے تنظیموں کو کتنی گرانٹ ملی؟', { services: ['ngo-grants'], metric: 'funding-nok' }],
    ['tr', "2022'de Kompetanseteamet'in tehdit ve şiddet vakası sayısı kaçtı?", { services: ['kompetanseteamet'], breakdown: 'case-type', category: 'threats-and-violence' }],
    ['ar', 'كم عدد الحالات اللي اشتغل عليها المبعوثين الخاصين سنة 2023؟ وشو أكتر بلدان؟', { services: ['special-envoys'], breakdown: 'origin-country' }],
  ])('%s: %s', (lng, text, expected) => {
    expect(parse(text, lng)?.query).toMatchObject(expected);
  });
});

describe('figures written as the reader reads them', () => {
  const texts = (text: string, lng: Lang) => answerTexts(text, lng).join(' | ');

  it('post 71: the granted amounts of 2021–2023 and the allocated amount of 2024 each say which they are', () => {
    const t = texts('how much did the post 71 grant for integration work by voluntary organisations get from 2021 to 2024?', 'en');
    expect(t).toMatch(/NOK 132\.5 million \(132\u00a0500\u00a0000\) \(granted\)/u);
    expect(t).toMatch(/NOK 132\.55 million \(132\u00a0550\u00a0000\) \(allocated in the allocation letter\)/u);
  });

  it('one kind of amount alone needs no label', () => {
    expect(texts('how much did the post 71 grant for integration work by voluntary organisations get in 2023?', 'en')).not.toMatch(/granted/u);
  });

  it('numbers grouped as the language groups them: Polish "2 358 198", Turkish "3.500"', () => {
    expect(texts('Ile wyświetleń miała wakacyjna kampania IMDi z 2023?', 'pl').replace(/\u00a0/gu, ' ')).toMatch(/2 358 198/u);
    expect(texts("2023'te IMDi'nin uzman ekibi (fagteamet) kaç kişiye ulaştı?", 'tr')).toMatch(/3\.500/u);
  });

  it('a round count in millions is said in millions, as the source says it (Pride: 4 million views)', () => {
    expect(texts('how many views did the Pride campaign get in 2023?', 'en')).toMatch(/about 4 million \(4\u00a0000\u00a0000\)/u);
  });

  it('the 59 advisers come with where they work', () => {
    expect(texts('how many diversity advisers were there in 2023?', 'en')).toMatch(/upper-secondary schools and some lower-secondary schools and adult-education centres/u);
  });
});

describe('a split by gender counts the persons in the cases', () => {
  it('2008: the minority advisers\' cases by women and men are the joint figure\'s 282 women, 107 men and 2 unknown, beside 381 cases and 391 persons', () => {
    const t = answerTexts('hvor mange kvinner og menn gjaldt minoritetsrådgivernes saker i 2008?', 'nb').join(' | ');
    for (const n of ['381 saker', '391 personer', '282', '107']) expect(t).toContain(n);
    expect(t).not.toMatch(/Jeg har ikke tall/u);
  });
});

describe('one case type asked by what the counted cases were about: "I have no figure" first, then the published split', () => {
  it.each([
    ["how many of Kompetanseteamet's 2022 cases were about FGM?", 'en', "I don't have figures for cases about female genital mutilation (FGM) (Kompetanseteamet, 2022)."],
    ['hvor mange av sakene til Kompetanseteamet i 2022 gjaldt kjønnslemlestelse?', 'nb', 'Jeg har ikke tall for saker om kjønnslemlestelse (Kompetanseteamet, 2022).'],
  ] as const)('%s', (text, lng, caveat) => {
    expect(read(text, lng)).toMatchObject({ breakdown: 'case-type', category: 'fgm' });
    const t = answerTexts(text, lng);
    expect(t).toContain(caveat);
    // The total and the categories that are published, each under its own label.
    expect(t).toContain('891');
    expect(t.join(' ')).toMatch(/368/u);
  });

  it('a published case type asked the same way gets its own figure (Turkish, with a suffix: "tehdit ve şiddetle")', () => {
    expect(read("Kompetanseteamet 2022'de kaç vaka aldı ve bunların kaçı tehdit ve şiddetle ilgiliydi?", 'tr')).toMatchObject({ breakdown: 'case-type', category: 'threats-and-violence' });
  });
});

describe('where Kompetanseteamet\'s 2008 inquiries came from: the source\'s sentence first, no count per sender', () => {
  // IMDi årsrapport 2008 (seed 002, lines 988–994): most from first-line services (child welfare, police, refugee
  // service), more through the minority advisers' work, a few directly from individuals. No count per sender.
  const asked: ReadonlyArray<readonly [string, Lang, RegExp, RegExp]> = [
    ['Hvilke etater sendte oftest saker til Kompetanseteamet i 2008?', 'nb', /barnevernet, politiet og flyktningtjenesten/u, /ikke publisert tall/u],
    ['Kven tok kontakt med Kompetanseteamet i 2008, kva for tenester var det?', 'nn', /barnevernet, politiet og flyktningtenesta/u, /ikkje publisert tal/u],
    ['Where did Kompetanseteamet get most of its inquiries from back in 2008?', 'en', /child welfare \(barnevernet\), the police and the refugee service/u, /No count per sender/u],
    ['Kompetanseteamet 2008 yılında en çok kimlerden başvuru aldı?', 'tr', /polis/u, /yayımlanmamıştır/u],
    ['في سنة 2008، من أي جهات وصلت أغلب الحالات إلى Kompetanseteamet؟', 'ar', /الشرطة/u, /لا توجد أرقام منشورة/u],
    ['Kompetanseteamet, sannadkii 2008 hay\'adaha noocee ah ayaa u soo gudbiyay kiisaska ugu badan?', 'so', /booliska/u, /Lama daabicin/u],
  ];

  it.each(asked)('%s (%s)', (text, lng, services, noCount) => {
    expect(read(text, lng)).toMatchObject({ services: ['kompetanseteamet'], breakdown: 'referrer', fromYear: 2008 });
    const t = answerTexts(text, lng);
    // The sentence is the first thing after the title, with its source reference, before any number.
    expect(t[1]).toMatch(services);
    expect(t[1]).toMatch(noCount);
    expect(t[1]).toMatch(/Kompetanseteamet/u);
    expect(t[1]).toMatch(/\[\u2066?1\u2069?\]$/u);
    expect(t.join('\n')).toMatch(/IMDi årsrapport 2008/u);
  });

  it('no figure stands under a first-line service\'s name', () => {
    const t = answerTexts('Which agencies referred the most inquiries to Kompetanseteamet in 2008?', 'en');
    const lines = t.slice(2);
    expect(lines.some((line) => /child welfare|police|refugee/iu.test(line))).toBe(false);
  });

  it('"which bodies was it made of" (Turkish ablative with "oluşmak") names members, not senders', () => {
    expect(read('Kompetanseteamet 2009 yılında hangi kurumlardan oluşmaktaydı?', 'tr')?.breakdown).not.toBe('referrer');
    expect(read('Kompetanseteamet 2009 yılında hangi kurumlardan başvuru aldı?', 'tr')).toMatchObject({ breakdown: 'referrer' });
  });

  it('another year has no such sentence: the card says there is no figure per sender, not the 2008 one', () => {
    const t = answerTexts('Which agencies referred the most inquiries to Kompetanseteamet in 2022?', 'en');
    expect(t.join(' ')).not.toMatch(/first-line/u);
    expect(t[1]).toMatch(/^I don't have/u);
  });
});

// (session 24, issue #13: hb24d)
describe('a claimed value the card shows is not said to be agreed with when the sources differ', () => {
  const advisers = (claimed: StatsQueryModel['claimed']): StatsQueryModel => ({ service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'cases', mode: 'value', fromYear: 2023, toYear: 2023, claimed });

  it('D01: "897" is one of two published values, and both are named', () => {
    const card = text(advisers({ values: [897], approximate: false, percent: false }), 'en');
    expect(card).toContain('897 is one of the published figures, but the sources give different figures: 899 / 897.');
    expect(card).not.toContain('897 is the published figure shown here.');
  });

  it('D02 in Norwegian: the claimed 28 % is the text\'s, the table gives +40 %', () => {
    const card = text({ ...kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), claimed: { values: [28], approximate: false, percent: true } }, 'nb');
    expect(card).toContain('28 % er endringen som teksten i kilden oppgir, men det er ikke det tabellen gir: tallene gir +40 %.');
  });

  it('a value that is the one figure shown is still said to be it', () => {
    const card = text({ service: 'special-envoys', services: ['special-envoys'], metric: 'cases', mode: 'value', fromYear: 2023, toYear: 2023, claimed: { values: [245], approximate: false, percent: false } }, 'en');
    expect(card).toContain('245 is the published figure shown here.');
  });
});
