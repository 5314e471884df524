import { createConversationRunner, readTurn, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';

/**
 * Statistics and history questions that must reach a published fact, asked in several languages (issue #13, session
 * 15): what a person sees after the last message, read as the conversation evaluation reads it.
 */
let runner: ConversationRunner;
beforeAll(async () => {
  runner = await createConversationRunner({ now: () => new Date('2026-06-01T12:00:00Z') });
}, 60_000);
afterAll(async () => {
  await runner.close();
});

async function shown(lang: Lang, ...turns: string[]): Promise<string> {
  const run = await runner.converse({ lang, turns });
  return readTurn(run.replies, runner.markers).texts.join(' | ');
}

describe("the advisers' first months (June–December 2008): the whole published statement", () => {
  it.each<[Lang, string]>([
    ['en', 'How many people did the integration advisers help in 2008?'],
    ['en', 'I work as an envoy: how many cases did the integration advisers have in 2008?'],
    ['nn', 'Kor mange saker hadde rådgjevarane frå juni til desember 2008?'],
    ['nn', 'Kor mange kvinner og menn fekk hjelp av minoritetsrådgjevarane og integreringsrådgjevarane i 2008?'],
  ])('[%s] %s → 381 cases, 391 persons, 282 women', async (lang, text) => {
    const seen = await shown(lang, text);
    expect(seen).toContain('381');
    expect(seen).toContain('391');
    expect(seen).toContain('282');
  });
});

describe("the integration advisers' 2008 posts, asked in the nine other languages", () => {
  it.each<[Lang, string, string]>([
    ['fa', 'در سال ۲۰۰۸ مشاور ادغام در اسلام‌آباد مسئول کدام کشورها بود؟', 'افغانستان'],
    ['uk', 'За які країни відповідав радник з інтеграції в Ісламабаді у 2008 році?', 'Афганістан'],
    ['so', "Sannadkii 2008, la-taliyaha is-dhexgalka ee Islamabad wuxuu mas'uul ka ahaa waddamadee?", 'Afgaanistaan'],
    ['ru', 'За какие страны отвечал советник по интеграции в Исламабаде в 2008 году?', 'Афганистан'],
  ])('[%s] %s → the history, with what Islamabad covered', async (lang, text, afghanistan) => {
    expect(await shown(lang, text)).toContain(afghanistan);
  });
});

describe('"which countries is it responsible for?" after an envoy answer: what that post covers', () => {
  it.each<[Lang, string, string, string]>([
    ['tr', "Ankara'da özel elçi var mı?", 'Hangi ülkelerden sorumlu?', 'Rusya'],
    ['nn', 'Finst det ein spesialutsending i Ankara?', 'Kva land har han ansvar for?', 'Russland'],
    ['ru', 'Есть ли спецпредставитель в Анкаре?', 'За какие страны он отвечает?', 'Россия'],
    ['pl', 'Czy w Ankarze jest specjalny wysłannik?', 'Za jakie kraje odpowiada?', 'Rosja'],
    ['uk', 'Чи є спецпредставник в Анкарі?', 'За які країни він відповідає?', 'Росія'],
  ])('[%s] %s / %s', async (lang, first, second, russia) => {
    const seen = await shown(lang, first, second);
    expect(seen).toContain(russia);
  });
});

describe('countries of origin asked as "where were they from"', () => {
  it.each<[Lang, string]>([
    ['fa', 'مشاوران تنوع چند پرونده داشتند؟ اکثر افراد اهل کجا بودند؟'],
    ['fa', 'مراجعین مشاوران تنوع بیشتر اصلیت کدام کشور ها را داشتند؟'],
    ['ur', 'تنوع مشیروں کے پاس آنے والے زیادہ تر لوگ کہاں سے تھے؟'],
  ])('[%s] %s → Iraq first among the origins', async (lang, text) => {
    expect(await shown(lang, text)).toContain('عراق');
  });
});

describe("Kompetanseteamet's 2022 categories", () => {
  it.each<[Lang, string, string]>([
    ['tr', 'Yetkinlik ekibi 2022 yılında kaç negatif sosyal kontrol vakası ele aldı?', '135'],
    ['so', 'Immisa kiis oo xakameyn bulsho ah ayuu Kompetanseteamet lahaa 2022?', '135'],
  ])('[%s] %s → %s of 891', async (lang, text, figure) => {
    const seen = await shown(lang, text);
    expect(seen).toContain(figure);
    expect(seen).toContain('891');
  });
});

describe('who runs a service: its own article says', () => {
  it.each<[Lang, string]>([
    ['tr', "ung.no'yu kim yönetiyor?"],
    ['so', 'Yaa maamula ung.no?'],
    ['en', 'Which agency is behind ung.no?'],
  ])('[%s] %s → run by Bufdir', async (lang, text) => {
    expect(await shown(lang, text)).toContain('Bufdir');
  });
});
