import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { joinList, statsCard, yearsLabel } from '../../src/stats/answers/stats-card';
import { type StatsQueryModel, statsQuerySchema } from '../../src/stats/answers/stats-query';
import { explicitYears, parseStatsQuestion, readStatsSlots } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { elements } from '../helpers/card-elements';
import { sampleRegisteredSummary } from './case-fixtures';

// Declared alike by more than one former file below: kept once.
const published = loadPublishedSeed().figures;

// (was stats-honesty.test.ts)

/**
 * Issue #13 point 4: a statistics answer answers the question asked. A breakdown I have no figure for is said first
 * ("Jeg har ikke tall for …"), then the broader published figure, labelled as broader; a figure is never shown under
 * a label it does not have; "I don't have" is never "not published".
 */

const now = new Date('2026-11-24T12:00:00Z');
const i18n = createI18n();

function read(text: string, lng?: Lang): StatsQueryModel | undefined {
  const parsed = parseStatsQuestion(normalize(text), now, lng);
  return parsed ? statsQuerySchema.parse(parsed.query) : undefined;
}

/** What the user sees, in order: the texts of the card. */
function answerTexts(text: string, lng: Lang = 'nb'): string[] {
  const query = read(text, lng);
  if (!query) throw new Error(`not read as a statistics question: ${text}`);
  const card = statsCard(answerStats(query, published), lng, fixedT(i18n, lng));
  return elements(card)
    .filter((e) => e.type === 'TextBlock')
    .map((e) => String(e['text']));
}

describe('breakdown words match as words, not inside other words', () => {
  it.each([
    ['hvor mange saker om kjønnslemlestelse hadde mangfoldsrådgiverne i 2023', 'nb'],
    ['kor mange saker om kjønnslemlesting hadde Kompetanseteamet i 2022', 'nn'],
    ['Ile spraw dotyczących okaleczania żeńskich narządów płciowych mieli wysłannicy w 2023?', 'pl'],
    ['Сколько дел о калечащих операциях на женских половых органах было у Kompetanseteamet в 2022 году?', 'ru'],
  ] as const)('"%s" asks about a case type, not a split by gender', (text, lng) => {
    const query = read(text, lng);
    expect(query?.breakdown).toBe('case-type');
    expect(query?.category).toBe('fgm');
    expect(query?.metric).toBe('cases');
  });

  it.each([
    ['hvor mange saker hadde mangfoldsrådgiverne i 2023 fordelt på kjønn', 'nb'],
    ['how many girls and boys did the envoys help in 2023', 'en'],
    ['Ile spraw mieli wysłannicy w 2023 według płci?', 'pl'],
    ['Сколько дел было у спецпосланников в 2023 году по полу?', 'ru'],
  ] as const)('"%s" still asks for a split by gender', (text, lng) => {
    expect(read(text, lng)?.breakdown).toBe('gender');
  });
});

describe('what the question asks for is read', () => {
  it.each([
    ['hvor mange saker hadde spesialutsendingene per ambassade i 2023', 'nb', 'embassy', undefined],
    ['how many cases did the embassy in Amman have in 2023', 'en', 'embassy', 'amman'],
    ['Özel elçilerin 2023te Ankara büyükelçiliğinde kaç vakası vardı?', 'tr', 'embassy', 'ankara'],
    ['hvor mange saker hadde mangfoldsrådgiverne i Vestland i 2023', 'nb', 'county', 'vestland'],
    ['How many cases did the diversity advisers have per county in 2023?', 'en', 'county', undefined],
    ['hvor mange kom hjem i 2023?', 'nb', 'outcome', undefined],
    ['how many cases did the envoys have in 2023, by age group', 'en', 'age', undefined],
    ['har du tall jeg kan bruke om tvangsekteskap?', 'nb', 'case-type', 'forced-marriage'],
    ['figures on FGM', 'en', 'case-type', 'fgm'],
  ] as const)('"%s" → %s %s', (text, lng, breakdown, category) => {
    const query = read(text, lng);
    expect(query?.breakdown).toBe(breakdown);
    expect(query?.category).toBe(category);
  });

  it('a case type that says what money is for is not a question about cases', () => {
    const query = read('hvor mye tilskudd fikk frivillige organisasjoner til arbeid mot negativ sosial kontroll i 2022');
    expect(query?.metric).toBe('funding-nok');
    expect(query?.breakdown).toBeUndefined();
  });

  it('the team\'s full name is a name, not a topic', () => {
    const query = read('hvor mange saker hadde Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold i 2022');
    expect(query?.category).toBeUndefined();
  });

  it('a prevalence question about people is not read as the services\' figures', () => {
    expect(read('hvor mange jenter blir kjønnslemlestet?')).toBeUndefined();
  });

  it('every year in a list counts ("2021, 2022 og 2023")', () => {
    expect(explicitYears('tilskudd 2021, 2022 og 2023')).toEqual({ fromYear: 2021, toYear: 2023 });
  });

  it('a follow-up split that describes cases counts cases ("og fordelt på sakstype?")', () => {
    expect(readStatsSlots(normalize('og fordelt på sakstype?'), now).metric).toBe('cases');
    expect(readStatsSlots(normalize('og om tvangsekteskap?'), now).metric).toBe('cases');
  });
});

describe('the answer says first what I have no figure for, then the broader figure', () => {
  it('one case type for a service and year without that split: "Jeg har ikke tall for …" before the total', () => {
    const t = answerTexts('hvor mange saker om kjønnslemlestelse hadde mangfoldsrådgiverne i 2023');
    expect(t[1]).toBe('Jeg har ikke tall for saker om kjønnslemlestelse (mangfoldsrådgiverne, 2023).');
    expect(t[2]).toContain('bredere tallet');
    expect(t).toContain('899 / 897');
    // The published mention without a count is offered too, never turned into a number.
    expect(t.some((line) => line.includes('kjønnslemlestelse') && line.startsWith('Også:'))).toBe(true);
  });

  it('one embassy: no figure per post; the envoys\' total is labelled as the broader figure', () => {
    const t = answerTexts('how many cases did the embassy in Amman have in 2023', 'en');
    expect(t[1]).toBe("I don't have figures for cases at the embassy in Amman (the special envoys, 2023).");
    expect(t[2]).toContain('broader figure');
    expect(t).toContain('245');
  });

  it('one county', () => {
    const t = answerTexts('hvor mange saker hadde mangfoldsrådgiverne i Vestland i 2023');
    expect(t[1]).toBe('Jeg har ikke tall for saker i Vestland (mangfoldsrådgiverne, 2023).');
  });

  it('an outcome ("how many came home?")', () => {
    const t = answerTexts('hvor mange kom hjem i 2023?');
    expect(t[1]).toMatch(/^Jeg har ikke tall for hvordan det gikk i sakene/u);
  });

  it('a case type that is published is answered with its own figure (Kompetanseteamet 2022: 113 involuntary stays abroad)', () => {
    const t = answerTexts('Hvor mange saker hadde kompetanseteamet i 2022, og hvor mange av dem gjaldt ufrivillig utenlandsopphold?');
    expect(t).toContain('891');
    expect(t).toContain('113');
    expect(t).toContain('ufrivillig utenlandsopphold');
    expect(t.some((line) => line.startsWith('Jeg har ikke tall'))).toBe(false);
  });

  it('a case type not in a published split: says so, and offers the split that is published', () => {
    const t = answerTexts('how many FGM cases did Kompetanseteamet have in 2022', 'en');
    expect(t[1]).toBe("I don't have figures for cases about female genital mutilation (FGM) (Kompetanseteamet, 2022).");
    expect(t).toContain('368');
  });

  it('figures on a topic are case figures for that topic, never IMDi staff', () => {
    const t = answerTexts('do you have figures I can use on forced marriage?', 'en');
    expect(t.some((line) => line.startsWith('Published figures on forced marriage'))).toBe(true);
    expect(t).toContain('fear of forced marriage');
    expect(t.some((line) => /\bstaff\b/u.test(line))).toBe(false);
    // The same topic after a question on IMDi's staff: the staff are not the figures asked for.
    const answer = answerStats({ service: 'imdi', services: ['imdi'], metric: 'staff', breakdown: 'case-type', category: 'forced-marriage', mode: 'value' }, published);
    expect(answer.figures.every((f) => f.metric !== 'staff')).toBe(true);
    expect(answer.breakdown.length).toBeGreaterThan(0);
  });

  it('assignments split by case type are not shown as assignments under a cases heading', () => {
    const answer = answerStats({ service: 'special-envoys', services: ['special-envoys'], metric: 'assignments', fromYear: 2023, toYear: 2023, breakdown: 'case-type', mode: 'value' }, published);
    expect(answer.figures.map((f) => f.metric)).not.toContain('assignments');
    const t = answerTexts('Hvor mange kompetansehevingsoppdrag hadde spesialutsendingene i 2023?');
    expect(t).toContain('15');
    expect(t.some((line) => line.startsWith('kompetansehevingsoppdrag · spesialutsendingene'))).toBe(true);
  });

  it('a split asked with no service named shows the totals of the services that answer it, nothing else', () => {
    const answer = answerStats(read('which countries did the cases come from?', 'en') as StatsQueryModel, published);
    expect(answer.rankings.map((r) => r.service).sort()).toEqual(['diversity-advisers', 'special-envoys']);
    expect(answer.figures.map((f) => f.id).sort()).toEqual(['diversity-advisers.cases.2023', 'special-envoys.cases.2023']);
  });

  it('two numbers asked in one question: both shown, each under its own label', () => {
    const t = answerTexts('Hvor mange oppdrag hadde fagteamet i 2023 og hvor mange personer nådde de?');
    expect(t).toContain('63 kompetansehevingsoppdrag');
    expect(t.some((line) => /^om lag 3\s500 personer nådd$/u.test(line))).toBe(true);
    // One question with two number words is still one question.
    expect(read('hvor stor andel av tilskuddet til frivillige organisasjoner gikk til delmål C i 2022')?.alsoMetrics).toBeUndefined();
  });

  it('a year missing from my data is "I don\'t have", never "not published"', () => {
    const t = answerTexts('hvor mange saker hadde Kompetanseteamet i 2020');
    expect(t).toContain('Jeg har ikke tall for saker (Kompetanseteamet) i 2020.');
    expect(t.some((line) => /ikke publisert|ingen publiserte tall for/u.test(line))).toBe(false);
    expect(t).toContain('Nærmeste år med tall: 2018 og 2021.');
  });
});

describe('lists use each language\'s own "and"', () => {
  it.each([
    ['nb', ' og '],
    ['en', ' and '],
    ['ar', 'و'],
    ['so', ' iyo '],
    ['fa', 'و'],
    ['ur', 'اور'],
    ['uk', ' і '],
    ['ru', ' и '],
    ['tr', ' ve '],
    ['pl', ' i '],
  ] as const)('%s', (lng, and) => {
    const label = yearsLabel([2016, 2018, 2021, 2022, 2023], lng);
    expect(label).toContain('2021–2023');
    expect(label).toContain(and);
    if (lng !== 'en') expect(label).not.toContain(' and ');
  });

  it('Tigrinya is not joined with English "and"', () => {
    expect(joinList(['A', 'B'], 'ti')).not.toContain(' and ');
  });
});

// (was answer-stats.test.ts)

function q(query: Partial<StatsQueryModel>): StatsQueryModel {
  return { services: query.service ? [query.service] : [], mode: 'value', ...query };
}

const values = (answer: ReturnType<typeof answerStats>) =>
  Object.fromEntries(answer.figures.map((f) => [f.id, [...new Set(f.observations.map((o) => o.value))]]));

describe('answering statistics questions from published figures', () => {
  it('shows both values where the sources disagree (D01: 899 and 897), each with its source', () => {
    const answer = answerStats(q({ service: 'diversity-advisers', metric: 'cases', fromYear: 2023, toYear: 2023 }), published);
    expect(answer.status).toBe('figures');
    expect(answer.hasDiscrepancy).toBe(true);
    const [figure] = answer.figures;
    expect(figure?.discrepancy).toBe('D01');
    expect(figure?.observations.map((o) => [o.value, o.source.kind === 'seed' ? `${o.source.file}:${o.source.lines[0]}` : ''])).toEqual([
      [899, '001_e2d92cbbfe31b5d0.txt:1343'],
      [899, '001_e2d92cbbfe31b5d0.txt:1550'],
      [897, '000_9bfa3949974afa9c.txt:834'],
      [897, '001_e2d92cbbfe31b5d0.txt:2821'],
    ]);
  });

  it('gives a headcount asked for now with what the sources say changed it later: 59 advisers in 2023, six new positions in 2024', () => {
    const now = answerStats(q({ service: 'diversity-advisers', metric: 'staff' }), published);
    expect(Object.keys(values(now))).toContain('diversity-advisers.staff.2023');
    expect(now.laterChanges?.map((f) => [f.id, f.observations[0]?.value])).toContainEqual(['diversity-advisers.positions.2024', 6]);
    // A year asked for is that year's count, without what came after it.
    expect(answerStats(q({ service: 'diversity-advisers', metric: 'staff', fromYear: 2008, toYear: 2008 }), published).laterChanges).toBeUndefined();
  });

  it('says a year is unknown and gives the nearest years with data, never a guess', () => {
    const answer = answerStats(q({ service: 'diversity-advisers', metric: 'cases', fromYear: 2015, toYear: 2015 }), published);
    // Said first (missing), then the nearest year's published figure, never a figure for 2015.
    expect(answer.missing).toEqual([{ service: 'diversity-advisers', metric: 'cases', years: [2015], nearest: [2023], available: [2023] }]);
    expect(answer.nearestInstead).toEqual([2023]);
    expect(answer.figures.map((f) => f.id)).toEqual(['diversity-advisers.cases.2023']);

    const between = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2019, toYear: 2019 }), published);
    expect(between.missing[0]?.nearest).toEqual([2018, 2021]);
    // Every year that has a figure, not only the two nearest: the 2004–2008 inquiries count as Kompetanseteamet's cases.
    expect(between.missing[0]?.available).toEqual([2004, 2005, 2006, 2007, 2008, 2016, 2018, 2021, 2022, 2023]);
  });

  it('two listed years without figures ("2019 and 2020") show the figures of the nearest years, as one year does', () => {
    const listed = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2019, toYear: 2020, years: [2019, 2020], mode: 'trend' }), published);
    expect(listed.missing[0]?.years).toEqual([2019, 2020]);
    expect(listed.nearestInstead).toEqual([2018, 2021]);
    expect(listed.figures.map((f) => f.id)).toEqual(['kompetanseteamet.cases.2018', 'kompetanseteamet.cases.2021']);
  });

  it('names the missing years of a range and shows the years that have data', () => {
    const answer = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2021, toYear: 2025, mode: 'trend' }), published);
    expect(Object.keys(values(answer))).toEqual(['kompetanseteamet.cases.2021', 'kompetanseteamet.cases.2022', 'kompetanseteamet.cases.2023']);
    // Bufdir's published counts: 891 in 2022 (domain brief §12), 1 137 in 2023 (Bufdir's press release); none later.
    expect(answer.missing).toEqual([{ service: 'kompetanseteamet', metric: 'cases', years: [2024, 2025], nearest: [2023], available: [2004, 2005, 2006, 2007, 2008, 2016, 2018, 2021, 2022, 2023] }]);
    expect(answer.trend).toEqual({ from: { year: 2021, value: 759 }, to: { year: 2023, value: 1137 }, changePercent: 50 });
  });

  it('answers a month asked with its year from the part of the year that covers it (28 cases in June 2008, not 248 inquiries)', () => {
    const june = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2008, toYear: 2008, month: 6 }), published);
    expect(values(june)).toEqual({ 'kompetanseteamet.cases.2008-06': [28] });
    const year = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2008, toYear: 2008 }), published);
    // The persons the same table counts come beside the inquiries.
    expect(values(year)).toEqual({ 'kompetanseteamet.inquiries.2008': [248], 'kompetanseteamet.persons.2008': [269] });
  });

  it('answers how much a grant got with its share of the whole beside the amount, year by year (sub-goal C)', () => {
    const answer = answerStats(q({ service: 'ngo-grants', metric: 'funding-nok', fromYear: 2021, toYear: 2023, mode: 'trend' }), published);
    expect(Object.keys(values(answer))).toEqual([
      'ngo-grants.funding-nok.2021',
      'ngo-grants.funding-share.2021',
      'ngo-grants.funding-nok.2022',
      'ngo-grants.funding-share.2022',
      'ngo-grants.funding-nok.2023',
      'ngo-grants.funding-share.2023',
    ]);
    expect(answer.figures.map((f) => f.unit)).toEqual(['nok', 'percent', 'nok', 'percent', 'nok', 'percent']);
    expect(answer.isSeries).toBe(false);
    // 2008 has an amount and no share: nothing is added.
    expect(Object.keys(values(answerStats(q({ service: 'ngo-grants', metric: 'funding-nok', fromYear: 2008, toYear: 2008 }), published)))).toEqual(['ngo-grants.funding-nok.2008']);
  });

  it("shows a campaign's views and unique users together, and never reads two campaigns of one year as a development", () => {
    const pride = answerStats(q({ service: 'nora', metric: 'unique-users', alsoMetrics: ['views'], breakdown: 'campaign', category: 'pride', fromYear: 2023, toYear: 2023 }), published);
    expect(pride.breakdown.map((f) => f.id)).toEqual(['nora.unique-users.2023.pride', 'nora.views.2023.pride']);
    const both = answerStats(q({ service: 'nora', metric: 'views', fromYear: 2023, toYear: 2023 }), published);
    expect(both.figures.map((f) => f.id)).toEqual(['nora.views.2023.summer-holiday', 'nora.views.2023.pride']);
    expect(both.isSeries).toBe(false);
    expect(both.trend).toBeUndefined();
  });

  it('a total over the years asked gets the persons of the same table beside the published sum', () => {
    const total = answerStats(q({ service: 'kompetanseteamet', metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'total' }), published);
    expect(values(total)).toMatchObject({ 'kompetanseteamet.inquiries.2004-2008': [645], 'kompetanseteamet.persons.2004-2008': [712], 'kompetanseteamet.inquiries.2007': [177] });
    expect(Object.keys(values(total)).filter((id) => id.startsWith('kompetanseteamet.persons'))).toEqual(['kompetanseteamet.persons.2004-2008']);
    const persons = answerStats(q({ service: 'kompetanseteamet', metric: 'persons', fromYear: 2007, toYear: 2007 }), published);
    expect(Object.keys(values(persons))).toEqual(['kompetanseteamet.persons.2007', 'kompetanseteamet.inquiries.2007']);
    // Bufdir counts 2022 in cases alone: nothing beside it.
    expect(Object.keys(values(answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2022, toYear: 2022 }), published)))).toEqual(['kompetanseteamet.cases.2022']);
  });

  it('gives the 2004–2008 series with the published sum, and the change from the first whole year', () => {
    const answer = answerStats(q({ service: 'kompetanseteamet', metric: 'inquiries', fromYear: 2004, toYear: 2008, mode: 'trend' }), published);
    expect(values(answer)).toEqual({
      'kompetanseteamet.inquiries.2004': [11],
      'kompetanseteamet.inquiries.2005': [93],
      'kompetanseteamet.inquiries.2006': [116],
      'kompetanseteamet.inquiries.2007': [177],
      'kompetanseteamet.inquiries.2008': [248],
      'kompetanseteamet.inquiries.2004-2008': [645],
    });
    expect(answer.isSeries).toBe(true);
    // Nov–Dec 2004 is part of a year: the change is measured from 2005.
    expect(answer.trend).toEqual({ from: { year: 2005, value: 93 }, to: { year: 2008, value: 248 }, changePercent: 167 });
    // The text's "+28 %" is shown with its discrepancy note (D02).
    expect(answer.breakdown.map((f) => f.id)).toEqual(['kompetanseteamet.inquiries-growth.2008']);
  });

  it('uses the source’s word when it counts inquiries where the question says cases, and prefers whole years', () => {
    const answer = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2008, toYear: 2008 }), published);
    expect(Object.keys(values(answer))).toEqual(['kompetanseteamet.inquiries.2008', 'kompetanseteamet.persons.2008']);
    expect(answer.metricUsed).toBe('inquiries');
  });

  it('sums across services, as a range where a part has disagreeing sources, and names what is missing', () => {
    const answer = answerStats(q({ services: ['diversity-advisers', 'special-envoys', 'kompetanseteamet'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'total' }), published);
    expect(answer.totals).toHaveLength(1);
    // Diversity advisers 899 or 897 (two sources) + special envoys 245 + Kompetanseteamet 1 137 (Bufdir).
    expect(answer.totals[0]).toMatchObject({ year: 2023, min: 2279, max: 2281, missingServices: [] });
  });

  it('compares services side by side', () => {
    const answer = answerStats(q({ services: ['special-envoys', 'diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'compare' }), published);
    expect(answer.figures.map((f) => f.service)).toEqual(['special-envoys', 'diversity-advisers']);
  });

  it('gives breakdowns with their total, and ranked lists without counts', () => {
    const gender = answerStats(q({ service: 'advisers-and-envoys', metric: 'persons', fromYear: 2008, toYear: 2008, breakdown: 'gender' }), published);
    // The first months of 2008 are one published statement: the cases come with the persons and their split.
    expect(gender.figures.map((f) => f.id)).toEqual(['advisers-and-envoys.cases.2008', 'advisers-and-envoys.persons.2008']);
    expect(gender.breakdown.map((f) => [f.breakdown?.category, f.observations[0]?.value])).toEqual([
      ['female', 282],
      ['male', 107],
      ['unknown', 2],
    ]);

    const countries = answerStats(q({ service: 'special-envoys', metric: 'cases', breakdown: 'origin-country' }), published);
    expect(countries.rankings.map((r) => r.categories)).toEqual([['IQ', 'SO', 'RU', 'PK', 'SY']]);
    expect(countries.breakdown).toEqual([]);

    const june = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2008, toYear: 2008, breakdown: 'referrer' }), published);
    expect(values(june)).toEqual({ 'kompetanseteamet.cases.2008-06': [28] });
    expect(june.breakdown.map((f) => f.observations[0]?.value)).toEqual([18]);
  });

  it('says when a breakdown is not published, and shows the total', () => {
    const answer = answerStats(q({ service: 'special-envoys', metric: 'cases', fromYear: 2023, toYear: 2023, breakdown: 'gender' }), published);
    // Only "most were girls" is published for the envoys: a ranking, no counts.
    expect(answer.rankings.map((r) => r.id)).toEqual(['special-envoys.gender.2023']);
    const none = answerStats(q({ service: 'expert-team', metric: 'assignments', fromYear: 2023, toYear: 2023, breakdown: 'gender' }), published);
    expect(none.breakdownUnavailable).toBe(true);
    expect(Object.keys(values(none))).toEqual(['expert-team.assignments.2023']);
  });

  it('falls back to the joint 2008 figure when the advisers or envoys have no separate one', () => {
    const answer = answerStats(q({ service: 'diversity-advisers', metric: 'cases', fromYear: 2008, toYear: 2008 }), published);
    expect(answer.jointFigureFor).toEqual(['diversity-advisers']);
    expect(values(answer)).toEqual({ 'advisers-and-envoys.cases.2008': [381], 'advisers-and-envoys.persons.2008': [391] });
    expect(answer.breakdown.map((f) => f.observations[0]?.value)).toEqual([282, 107, 2]);
  });

  it('without a year, shows every year with data (a series), most recent last', () => {
    const answer = answerStats(q({ service: 'imdi', metric: 'staff' }), published);
    expect(answer.figures.map((f) => (f.period.kind === 'year' ? f.period.year : 0))).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(answer.isSeries).toBe(true);
  });

  it('gives an overview when nothing was named', () => {
    expect(answerStats(q({}), published).status).toBe('overview');
  });

  it('adds registered counts (through disclosure control) for case questions only', () => {
    const registered = sampleRegisteredSummary(2026);
    const cases = answerStats(q({ service: 'diversity-advisers', metric: 'cases', fromYear: 2026, toYear: 2026 }), published, registered);
    expect(cases.status).toBe('figures');
    expect(cases.registered?.counts).toEqual([registered.counts[0]]);
    expect(cases.missing[0]?.years).toEqual([2026]);
    const staff = answerStats(q({ service: 'diversity-advisers', metric: 'staff', fromYear: 2026, toYear: 2026 }), published, registered);
    expect(staff.registered).toBeUndefined();
  });
});

describe('a year after the sources\' latest', () => {
  it('says the year has no figure, then shows the latest year with one, not only a button', () => {
    const answer = answerStats(q({ service: 'special-envoys', metric: 'cases', fromYear: 2026, toYear: 2026 }), published);
    expect(answer.status).toBe('figures');
    expect(answer.nearestInstead).toEqual([2023]);
    expect(answer.missing).toEqual([expect.objectContaining({ years: [2026], nearest: [2023] })]);
    expect(answer.figures.map((f) => f.id)).toEqual(['special-envoys.cases.2023']);
  });
  it('a year between two published ones: the figures of the nearest year on each side, after saying it has none', () => {
    const answer = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2019, toYear: 2019 }), published);
    expect(answer.missing).toEqual([expect.objectContaining({ years: [2019], nearest: [2018, 2021] })]);
    expect(answer.nearestInstead).toEqual([2018, 2021]);
    expect(answer.figures.map((f) => f.id)).toEqual(['kompetanseteamet.cases.2018', 'kompetanseteamet.cases.2021']);
  });

  it('a span after the latest year: the latest year with a figure (Kompetanseteamet 2024–2025 gets 2023)', () => {
    const answer = answerStats(q({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2024, toYear: 2025 }), published);
    expect(answer.missing).toEqual([expect.objectContaining({ years: [2024, 2025], nearest: [2023] })]);
    expect(answer.figures.map((f) => f.id)).toEqual(['kompetanseteamet.cases.2023']);
  });
});

// (was facts-asked.test.ts)

describe('figures asked in twelve languages', () => {
  /**
   * Published figures asked in any language reach the figures that answer them (session 12): inquiries and persons
   * asked together, the expert team's people reached with its assignments (one sentence of the annual report), fear of
   * forced marriage as its own case type, IMDi's staff asked as the people working there.
   */
  const now = new Date('2026-06-01T12:00:00Z');
  const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng)?.query;

  it.each<[Lang, string]>([
    ['nn', 'kor mange førespurnader og personar hadde Kompetanseteamet i 2007?'],
    ['nn', 'Kompetanseteamet i 2007: talet på førespurnader og talet på personar?'],
    ['en', 'Kompetanseteamet 2007: number of inquiries and number of persons involved?'],
  ])('[%s] %s → inquiries and persons', (lng, text) => {
    const q = parse(text, lng);
    expect([q?.metric, ...(q?.alsoMetrics ?? [])].sort()).toEqual(['inquiries', 'persons']);
    expect(q?.fromYear).toBe(2007);
  });

  it.each<[Lang, string]>([
    ['nb', 'hvor mange deltok på kursene til fagteamet i 2023?'],
    ['en', 'how many people did IMDi’s expert team train in 2023?'],
    ['pl', 'ile osób zespół ekspertów IMDi dotarł w 2023 roku?'],
    ['uk', 'скільки людей охопила експертна група IMDi у 2023 році?'],
    ['ar', 'كم عدد الأشخاص الذين وصل إليهم فريق خبراء IMDi في 2023؟'],
    ['so', 'immisa hawlood ayuu qabtay kooxda khubarada IMDi 2023?'],
  ])('[%s] %s → the expert team’s people reached and assignments together', (lng, text) => {
    const q = parse(text, lng);
    expect(q?.service).toBe('expert-team');
    expect([q?.metric, ...(q?.alsoMetrics ?? [])].sort()).toEqual(['assignments', 'people-reached']);
  });

  it.each<[Lang, string]>([
    ['nb', 'hvor mange henvendelser gjaldt frykt for tvangsekteskap i 2008?'],
    ['tr', "Kompetanseteamet 2008'de kaç zorla evlilik korkusu başvurusu aldı?"],
  ])('[%s] %s → fear of forced marriage', (lng, text) => {
    expect(parse(text, lng)).toEqual(expect.objectContaining({ breakdown: 'case-type', category: 'fear-of-forced-marriage' }));
  });

  it.each<[Lang, string]>([
    ['pl', 'Ile osób pracowało w IMDi przy zapobieganiu w 2008?'],
    ['pl', 'ilu pracowników miała jednostka prewencji IMDi w Oslo w 2008?'],
  ])('[%s] %s → IMDi’s staff', (lng, text) => {
    expect(parse(text, lng)).toEqual(expect.objectContaining({ service: 'imdi', metric: 'staff', fromYear: 2008 }));
  });

  it('Norwegian "men" (but) is no split by gender', () => {
    expect(parse('men hvor mange henvendelser fikk Kompetanseteamet i 2008?', 'nb')?.breakdown).toBeUndefined();
    expect(parse('how many men and women did the advisers help in 2008?', 'en')?.breakdown).toBe('gender');
  });
});
