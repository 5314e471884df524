import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * Issue #13: a statistics question with two parts keeps both: a count and how many staff ("how many cases, and how
 * many advisers were there?"), a count and what most cases were about, a count and the countries of origin. The
 * card answers every part it reads (alsoMetrics, a breakdown beside the total); a part the reading drops is lost.
 */
const NOW = new Date('2026-06-01T12:00:00Z');
const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

describe('a count and the number of staff, in one question', () => {
  it.each<[Lang, string]>([
    ['nb', 'Hvor mange saker hadde mangfoldsrådgiverne i 2023, og hvor mange rådgivere var det?'],
    ['en', 'How many cases did the diversity advisers have in 2023 and how many advisers were there?'],
    ['ar', 'كم عدد المستشارين (mangfoldsrådgivere) في 2023 وكم حالة تعاملوا معها؟'],
    ['so', 'Immisa la-taliye ayaa jiray 2023 (mangfoldsrådgivere) immisa kiisna way qabteen?'],
    ['fa', 'مشاوران تنوع (mangfoldsrådgivere) در ۲۰۲۳ چند پرونده داشتند و چند مشاور بودند؟'],
    ['ur', '2023 میں کتنے مشیر (mangfoldsrådgivere) تھے اور ان کے پاس کتنے کیس تھے؟'],
    ['uk', 'Скільки було радників (mangfoldsrådgivere) у 2023 і скільки справ вони мали?'],
    ['ru', 'Сколько было советников (mangfoldsrådgivere) в 2023 и сколько дел они вели?'],
    ['tr', "2023'te kaç danışman vardı ve kaç vaka oldu (mangfoldsrådgivere)?"],
    ['pl', 'Ilu było doradców (mangfoldsrådgivere) w 2023 i ile spraw prowadzili?'],
  ])('[%s] %s → cases and staff', (lng, text) => {
    const query = read(text, lng);
    expect(query?.services).toEqual(['diversity-advisers']);
    expect([query?.metric, ...(query?.alsoMetrics ?? [])].sort()).toEqual(['cases', 'staff']);
  });
});

describe('a count and what most cases were about, or where the people came from', () => {
  it.each<[Lang, string, 'case-type' | 'origin-country']>([
    ['en', 'How many cases did the envoys have in 2023, and what were most of them about?', 'case-type'],
    ['ar', 'كم حالة لدى المبعوثين الخاصين في 2023؟ وعن ماذا كانت أغلبها؟', 'case-type'],
    ['ar', 'كم حالة كانت لدى المبعوثين الخاصين (spesialutsendinger) في 2023 وما هي بلدان الأصل الأكثر شيوعا؟', 'origin-country'],
    ['ru', 'Сколько дел было у spesialutsendinger в 2023 году и о чем было большинство из них?', 'case-type'],
    ['tr', "2023'te spesialutsendinger kaç vakaya baktı ve vakaların çoğu ne hakkındaydı?", 'case-type'],
    ['ti', 'ኣብ 2023 spesialutsendinger ክንደይ ጉዳያት ነይሮም? መብዛሕትኦም ብዛዕባ እንታይ እዮም?', 'case-type'],
    ['uk', 'Скільки справ мали spesialutsendinger у 2023 році і з яких країн походили люди?', 'origin-country'],
  ])('[%s] %s → the count and its %s', (lng, text, breakdown) => {
    expect(read(text, lng)).toMatchObject({ services: ['special-envoys'], metric: 'cases', fromYear: 2023, breakdown });
  });

  it.each<[Lang, string]>([
    ['nb', 'Hvor mange saker hadde Kompetanseteamet i 2022, og hvor mange av dem gjaldt ufrivillig utenlandsopphold?'],
    ['fa', 'Kompetanseteamet در سال ۲۰۲۲ چند پرونده داشت و چند تا از آن‌ها مربوط به ماندن اجباری در خارج بود؟'],
  ])('[%s] %s → the total and the one case type', (lng, text) => {
    expect(read(text, lng)).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', breakdown: 'case-type', category: 'involuntary-stay-abroad' });
  });
});

describe('the advisers at the embassies are the envoys; a count of schools is asked by its own words', () => {
  it.each<[Lang, string]>([
    ['en', 'In 2008, how many advisers were hired at the embassies?'],
    ['ti', 'ኣብ 2008 ክንደይ ኣማኸርቲ ኣብ ኤምባሲታት ተቖጺሮም?'],
  ])('[%s] %s → the envoys’ staff', (lng, text) => {
    expect(read(text, lng)).toMatchObject({ services: ['special-envoys'], metric: 'staff', fromYear: 2008 });
  });

  it('keeps the school advisers when the embassy belongs to another part of the question', () => {
    expect(read('How many cases did the advisers have in 2023, and which embassy covers Somalia?', 'en')?.services).toEqual(['diversity-advisers']);
  });

  it.each<[Lang, string]>([
    ['pl', 'Czy w 2008 byli już doradcy mniejszościowi w szkołach w Oslo? W ilu szkołach?'],
    ['ru', 'В скольких школах в Осло работали советники (minoritetsrådgivere) в 2008 году?'],
  ])('[%s] %s → schools', (lng, text) => {
    expect(read(text, lng)).toMatchObject({ metric: 'schools', fromYear: 2008 });
  });
});

describe('the staff and the schools of 2008 in one question', () => {
  // Both are published with their source, so the statistics card answers both (the history reader steps back).
  it('[ru] Сколько было советников (minoritetsrådgivere) в 2008 году и в скольких школах они работали?', () => {
    const query = read('Сколько было советников (minoritetsrådgivere) в 2008 году и в скольких школах они работали?', 'ru');
    expect([query?.metric, ...(query?.alsoMetrics ?? [])].sort()).toEqual(['schools', 'staff']);
  });
});
