import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { createCountryNames } from '../../src/contacts/country-names';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * Session 29 (lex29, issue #13): words that mean something else in another language or another reading. The
 * sentences are this file's own; none is in the evaluation sets.
 */

describe("a country's name that is an everyday word", () => {
  const countries = createCountryNames();
  const codes = (text: string, lng: Lang): string[] => countries.find(text, lng).map((m) => m.code);

  it.each([
    ['ur', 'کیا میں شام کو دوبارہ فون کر سکتی ہوں؟'],
    ['ur', 'آج شام ابو نے مجھ سے بات کی'],
    ['ur', 'شام کے وقت کوئی جواب نہیں دیتا'],
    ['ur', 'میں صبح شام پڑھتی ہوں'],
    ['fa', 'دیشب شام را با خاله‌ام خوردیم'],
    ['fa', 'بعد از شام پدرم عصبانی شد'],
    ['pl', 'Kiedy byliśmy mali, tata nas bił'],
    ['pl', 'Mali chłopcy z mojej klasy się śmieją'],
    ['tr', 'Akşam yemeğinde babam bağırdı'],
    ['tr', 'Okulda yemekte ağladım'],
  ] as const)('%s: no country in "%s"', (lng, text) => {
    expect(codes(text, lng)).toEqual([]);
  });

  it.each([
    ['ur', 'میری کزن شام میں پھنسی ہوئی ہے', 'SY'],
    ['ar', 'أهلي بدهم يسفروني على سوريا', 'SY'],
    ['fa', 'پدرم می‌خواهد مرا به سوریه ببرد', 'SY'],
    ['tr', "Babam beni Yemen'e götürecek", 'YE'],
    ['tr', 'Yemende bir amcam var', 'YE'],
    ['en', 'They are taking her to Mali', 'ML'],
    ['nb', 'Hun skal sendes til Mali i sommer', 'ML'],
  ] as const)('%s: still the country in "%s"', (lng, text, code) => {
    expect(codes(text, lng)).toContain(code);
  });
});

describe('"in which order" asks whom to contact first, not a split of the figures', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it.each([
    ['nb', 'Helsesykepleier her: i hvilken rekkefølge varsler vi barnevernet og Kompetanseteamet i en sak om tvangsekteskap?'],
    ['nn', 'I kva rekkjefølgje kontaktar vi barnevernet og Kompetanseteamet i ei sak om tvangsekteskap?'],
    ['en', 'In which order should the school call child welfare and Kompetanseteamet about a forced marriage case?'],
    ['pl', 'W jakiej kolejności zgłosić sprawę przymusowego małżeństwa do barnevernet i Kompetanseteamet?'],
    ['tr', "Zorla evlilik vakasında barnevernet'e ve Kompetanseteamet'e hangi sırayla başvurmalıyız?"],
    ['ru', 'В каком порядке сообщать в barnevernet и в Kompetanseteamet о принудительном браке?'],
    ['uk', 'У якому порядку повідомляти barnevernet і Kompetanseteamet про примусовий шлюб?'],
    ['ar', 'بأي ترتيب نبلغ barnevernet و Kompetanseteamet عن حالة زواج قسري؟'],
    ['fa', 'در پرونده ازدواج اجباری به چه ترتیبی به barnevernet و Kompetanseteamet خبر بدهیم؟'],
    ['ur', 'جبری شادی کے کیس میں barnevernet اور Kompetanseteamet کو کس ترتیب سے بتائیں؟'],
    ['so', 'Kiis guur qasab ah, sidee u kala horreysiinaa barnevernet iyo Kompetanseteamet?'],
    ['ti', 'ኣብ ጉዳይ ብግዲ መርዓ ንbarnevernet ን Kompetanseteamet ብኸመይ ስርዓት ክንሕብር?'],
  ] as const)('%s: no figure question a contact would yield to', (lng, text) => {
    const parsed = parseStatsQuestion(normalize(text), now, lng);
    // The contacts answer a service named with 0.9: a figure question must score below it.
    expect(parsed === undefined || parsed.score < 0.9).toBe(true);
  });

  it('a split asked with "hvilke" is still a split', () => {
    const parsed = parseStatsQuestion(normalize('hvilke land kom Kompetanseteamets saker om tvangsekteskap fra i 2023?'), now, 'nb');
    expect(parsed?.score).toBeGreaterThanOrEqual(0.9);
  });
});
