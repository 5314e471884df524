import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard } from '../../src/stats/answers/stats-card';
import { type StatsQueryModel, statsQuerySchema } from '../../src/stats/answers/stats-query';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { elements } from '../helpers/card-elements';

/**
 * Issue #13, asked for a city: no source counts the cases of a city, so "how many cases did the advisers in Bergen
 * have?" is told that first ("I don't have figures for cases in Bergen"), and then gets the national figure as the
 * broader one, never the national figure alone as if it were Bergen's.
 */

const now = new Date('2026-11-24T12:00:00Z');
const i18n = createI18n();
const published = loadPublishedSeed().figures;

function read(text: string, lng: Lang): StatsQueryModel | undefined {
  const parsed = parseStatsQuestion(normalize(text), now, lng);
  return parsed ? statsQuerySchema.parse(parsed.query) : undefined;
}

function answerTexts(text: string, lng: Lang): string[] {
  const query = read(text, lng);
  if (!query) throw new Error(`not read as a statistics question: ${text}`);
  return elements(statsCard(answerStats(query, published), lng, fixedT(i18n, lng)))
    .filter((e) => e.type === 'TextBlock')
    .map((e) => String(e['text']));
}

describe('case figures asked for a city', () => {
  it.each([
    ['nb', 'Hvor mange saker hadde minoritetsrådgiverne i Stavanger i 2023?', 'stavanger', 'Stavanger'],
    ['nn', 'Kor mange saker hadde mangfaldsrådgjevarane i Bergen i 2023?', 'bergen', 'Bergen'],
    ['en', 'How many cases did the diversity advisers handle in Trondheim in 2023?', 'trondheim', 'Trondheim'],
    ['en', 'how many cases did the advisers in Tromsø have in 2023', 'tromso', 'Tromsø'],
    ['ar', 'كم عدد الحالات التي تعامل معها مستشارو التنوع في بيرغن عام 2023؟', 'bergen', 'Bergen'],
    ['so', 'Immisa kiis ayay la-taliyeyaasha kala duwanaanshaha ku lahaayeen Bergen sannadkii 2023?', 'bergen', 'Bergen'],
    ['fa', 'مشاوران تنوع در برگن در سال ۲۰۲۳ چند پرونده داشتند؟', 'bergen', 'Bergen'],
    ['ur', '2023 میں برگن میں تنوع کے مشیروں کے پاس کتنے کیس تھے؟', 'bergen', 'Bergen'],
    ['uk', 'Скільки справ мали радники з питань різноманітності в Бергені у 2023 році?', 'bergen', 'Bergen'],
    ['ru', 'Сколько дел было у советников по разнообразию в Ставангере в 2023 году?', 'stavanger', 'Stavanger'],
    ['tr', "2023'te Drammen'de çeşitlilik danışmanlarının kaç vakası vardı?", 'drammen', 'Drammen'],
    ['pl', 'Ile spraw mieli doradcy ds. różnorodności w Trondheimie w 2023 roku?', 'trondheim', 'Trondheim'],
    ['ti', 'ኣብ 2023 ኣብ Bergen ኣማኸርቲ ብዙሕነት ክንደይ ጉዳያት ነይሮምዎም?', 'bergen', 'Bergen'],
  ] as const)('%s: "%s" names the city, says it has no figure for it, then the national one', (lng, text, id, name) => {
    const query = read(text, lng);
    expect(query).toMatchObject({ metric: 'cases', breakdown: 'county', category: id, services: ['diversity-advisers'] });
    const texts = answerTexts(text, lng);
    const noFigure = texts.findIndex((t) => t.includes(name));
    const national = texts.findIndex((t) => /899/u.test(t));
    expect(noFigure).toBeGreaterThanOrEqual(0);
    expect(national).toBeGreaterThan(noFigure);
  });

  it.each([
    ['nb', 'Jeg er lærer i Bergen. Hvor mange saker hadde minoritetsrådgiverne i 2023?'],
    ['en', "I'm a school nurse in Trondheim, how many cases did the diversity advisers have in 2023?"],
    ['pl', 'Pracuję w szkole w Stavanger. Ile spraw mieli doradcy ds. różnorodności w 2023 roku?'],
  ] as const)('%s: "%s" names the city as where the writer works: the national figure, no split', (lng, text) => {
    const query = read(text, lng);
    expect(query?.breakdown).toBeUndefined();
    const texts = answerTexts(text, lng);
    expect(texts.some((t) => /Bergen|Trondheim|Stavanger/u.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('899'))).toBe(true);
  });

  it('a county is still a county, and a city where schools are counted is still read as its county of 2008', () => {
    expect(read('Hvor mange saker hadde minoritetsrådgiverne i Rogaland i 2023?', 'nb')).toMatchObject({ breakdown: 'county', category: 'rogaland' });
    expect(read('hvilke skoler i Bergen hadde minoritetsrådgivere i 2008?', 'nb')).toMatchObject({ breakdown: 'county', category: 'hordaland' });
  });

  it('a case type named with a city is still asked by its case type', () => {
    expect(read('Hvor mange saker om tvangsekteskap hadde minoritetsrådgiverne i Drammen i 2023?', 'nb')).toMatchObject({ breakdown: 'case-type' });
  });

  it('a city with nothing counted is no statistics question', () => {
    expect(read('Jeg bor i Trondheim og trenger noen å snakke med', 'nb')).toBeUndefined();
  });
});
