import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { joinList, statsCard, yearsLabel } from '../../src/stats/answers/stats-card';
import { statsQuerySchema, type StatsQueryModel } from '../../src/stats/answers/stats-query';
import { explicitYears, parseStatsQuestion, readStatsSlots } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { elements } from '../helpers/card-elements';

/**
 * Issue #13 point 4: a statistics answer answers the question asked. A breakdown I have no figure for is said first
 * ("Jeg har ikke tall for …"), then the broader published figure, labelled as broader; a figure is never shown under
 * a label it does not have; "I don't have" is never "not published".
 */

const now = new Date('2026-11-24T12:00:00Z');
const published = loadPublishedSeed().figures;
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
