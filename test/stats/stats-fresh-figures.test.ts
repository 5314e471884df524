import { createI18n, fixedT } from '../../src/language/i18n';
import { LANGUAGES, type Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { statsQuerySchema } from '../../src/stats/answers/stats-query';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * Issue #13 (statistics on the fresh sets): figures published beside the one asked for first (an amount beside a
 * count, unique users beside views, persons beside inquiries), the envoys' competence-raising assignments, where a
 * grant came from (a funder, not a country of origin), and case-type and origin splits asked in other languages.
 */
const now = new Date('2026-12-03T12:00:00Z');

function parse(text: string, lng: Lang, countries: readonly string[] = []) {
  const parsed = parseStatsQuestion(normalize(text), now, lng, countries);
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
