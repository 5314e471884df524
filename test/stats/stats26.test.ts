import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsQuerySchema } from '../../src/stats/answers/stats-query';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';

const loadPublishedFigures = () => loadPublishedSeed().figures;

/**
 * Session 26 (stats26, issue #13): figures asked in ways the recognizer missed, every figure from
 * content/stats/published.json:
 * - "were there more the year before?" after one named year asks that year and the one before (local projects under
 *   sub-goal C: 111 in 2023, 155 in 2022);
 * - a case type right after "how many" counts cases, whatever the message is for ("for a school project");
 * - "were hired" counts the service's people (thirty minority advisers in 2008);
 * - a service's cases and where the people came from, in one message (899/897; Iraq, Somalia, …);
 * - two case types each asked with "how many" (Kompetanseteamet 2022: 368 threats and violence, 135 negative social
 *   control); one with no figure is said to have none;
 * - "how many are there in the whole country?" beside a service counts its people (59 advisers in 2023).
 * The sentences are this file's own; none is in the evaluation sets.
 */
const now = new Date('2026-12-05T12:00:00Z');
const read = (text: string, lng: Lang) => {
  const parsed = parseStatsQuestion(normalize(text), now, lng);
  return parsed ? statsQuerySchema.parse(parsed.query) : undefined;
};

describe('"were there more the year before?" after one named year', () => {
  it.each([
    ['nb', 'hvor mange lokale prosjekter fikk tilskudd i 2023, og hvor mange året før?'],
    ['nn', 'kor mange lokale prosjekt fekk midlar i 2023, og var det færre året før?'],
    ['en', 'how many local projects got grants under sub-goal C in 2023 - were there more the year before?'],
    ['ar', 'كم عدد المشاريع المحلية المدعومة في 2023، وهل كانت أكثر في العام السابق؟'],
    ['so', 'immisa mashaariic maxalli ah ayaa la taageeray 2023, ma ka badnaayeen sannadkii ka horreeyay?'],
    ['fa', 'در سال 2023 چند پروژه محلی حمایت شد و آیا سال قبلش بیشتر بود؟'],
    ['ur', '2023 میں کتنے مقامی منصوبے تھے اور کیا اس سے پچھلے سال زیادہ تھے؟'],
    ['uk', 'скільки місцевих проєктів отримали підтримку у 2023 році і чи було більше в попередньому році?'],
    ['ru', 'сколько местных проектов получили поддержку в 2023 году и было ли больше годом раньше?'],
    ['tr', '2023te kaç yerel proje destek aldı, bir önceki yıl daha fazla mıydı?'],
    ['pl', 'ile lokalnych projektów dostało wsparcie w 2023 i czy rok wcześniej było ich więcej?'],
    ['ti', 'ኣብ 2023 ክንደይ ከባቢያዊ ፕሮጀክታት ሓገዝ ረኺቦም፡ ቅድሚኡ ዝነበረ ዓመት ይበዝሑ ነይሮም ድዮም?'],
  ] as const)('%s: "%s" asks 2022 and 2023', (lng, text) => {
    const query = read(text, lng);
    expect(query?.metric).toBe('projects');
    expect(query?.category).toBe('local');
    expect([query?.fromYear, query?.toYear]).toEqual([2022, 2023]);
  });

  it('the answer shows both years: 155 and 111', () => {
    const query = read('kor mange lokale prosjekt fekk midlar i 2023, og var det færre året før?', 'nn');
    const answer = answerStats(statsQuerySchema.parse(query), loadPublishedFigures());
    const values = [...answer.figures, ...answer.breakdown].flatMap((f) => f.observations.map((o) => o.value));
    expect(values).toEqual(expect.arrayContaining([155, 111]));
  });
});

describe('a case type right after "how many" counts cases, whatever the message is for', () => {
  it.each([
    ['nb', 'til et skoleprosjekt: hvor mange tvangsekteskap var det i Norge i 2023?'],
    ['en', 'for a school project: how many forced marriages were there in Norway in 2023?'],
    ['fa', 'برای پروژه دانشگاه: در سال 2023 چند ازدواج اجباری در نروژ ثبت شد؟'],
    ['ru', 'для школьного проекта: сколько принудительных браков было в Норвегии в 2023 году?'],
  ] as const)('%s: "%s" asks forced-marriage cases, not projects', (lng, text) => {
    const query = read(text, lng);
    expect(query?.metric).toBe('cases');
    expect(query?.category).toBe('forced-marriage');
  });
});

describe('"were hired" counts the service\'s people', () => {
  it.each([
    ['nb', 'i 2008, hvor mange ble ansatt som minoritetsrådgivere?'],
    ['ti', 'ኣብ 2008 ክንደይ መማኸርቲ ሚኖሪቲ ተቖጺሮም?'],
    ['ru', 'сколько советников по делам меньшинств наняли в 2008 году?'],
    ['ar', 'كم مستشار الأقليات تم توظيفهم في 2008؟'],
    ['pl', 'ilu doradców ds. mniejszości zatrudniono w 2008?'],
    ['tr', '2008de kaç azınlık danışmanı işe alındı?'],
    ['uk', 'скільки радників з питань меншин найняли у 2008 році?'],
    ['fa', 'در سال 2008 چند مشاور اقلیت استخدام شدند؟'],
    ['ur', '2008 میں کتنے اقلیتی مشیر بھرتی کیے گئے؟'],
  ] as const)('%s: "%s" asks the 2008 headcount', (lng, text) => {
    const query = read(text, lng);
    expect(query?.service).toBe('diversity-advisers');
    expect(query?.metric).toBe('staff');
    expect(query?.fromYear).toBe(2008);
  });
});

describe("a service's cases and where the people came from, in one message", () => {
  it('pl: the cases and the origin ranking', () => {
    const query = read('ile spraw prowadzili doradcy ds. różnorodności w 2023 roku i skąd głównie pochodzili ci ludzie?', 'pl');
    expect(query?.metric).toBe('cases');
    expect(query?.breakdown).toBe('origin-country');
    const answer = answerStats(statsQuerySchema.parse(query), loadPublishedFigures());
    expect(answer.figures.flatMap((f) => f.observations.map((o) => o.value))).toEqual(expect.arrayContaining([899]));
    expect(answer.rankings[0]?.categories[0]).toBe('IQ');
  });
});

describe('two case types each asked with "how many"', () => {
  it.each([
    ['nb', 'Kompetanseteamet 2022: hvor mange saker gjaldt trusler og vold, og hvor mange gjaldt negativ sosial kontroll?'],
    ['en', "Kompetanseteamet's 2022 figures: how many cases of threats and violence? and how many of negative social control?"],
    ['uk', 'Kompetanseteamet, 2022 рік: скільки справ стосувалося погроз і насильства? а скільки негативного соціального контролю?'],
  ] as const)('%s: "%s" shows both', (lng, text) => {
    const query = read(text, lng);
    expect([query?.category, ...(query?.alsoCategories ?? [])].sort()).toEqual(['negative-social-control', 'threats-and-violence']);
    const answer = answerStats(statsQuerySchema.parse(query), loadPublishedFigures());
    expect(answer.breakdown.flatMap((f) => f.observations.map((o) => o.value))).toEqual(expect.arrayContaining([368, 135]));
    expect(answer.categoriesMissing ?? []).toEqual([]);
  });

  it('one of them with no figure is said to have none', () => {
    const query = read('Kompetanseteamet 2022: how many cases about threats and violence, and how many about FGM?', 'en');
    const answer = answerStats(statsQuerySchema.parse(query), loadPublishedFigures());
    expect(answer.breakdown.flatMap((f) => f.observations.map((o) => o.value))).toContain(368);
    expect(answer.categoriesMissing).toEqual(['fgm']);
  });
});

describe('"how many are there in the whole country?" beside a service', () => {
  it.each([
    ['nb', 'jobber i en kommune. finnes det mangfoldsrådgivere hos oss, og hvor mange er det i hele landet?'],
    ['nn', 'finst det mangfaldsrådgivarar på vaksenopplæringa, og kor mange er det i heile landet?'],
    ['en', 'do diversity advisers work in adult education too? how many are there in the whole country?'],
    ['ru', 'Есть ли советники по разнообразию (mangfoldsrådgivere) в школах для взрослых? И сколько их по всей стране?'],
    ['uk', 'Чи є радники з питань різноманітності в освіті для дорослих? Скільки їх по всій країні?'],
    ['pl', 'Czy doradcy ds. różnorodności pracują też w szkołach dla dorosłych? Ilu ich jest w całym kraju?'],
    ['ar', 'هل يوجد مستشارو التنوع في تعليم الكبار؟ وكم عددهم في كل النرويج؟'],
    ['tr', 'Çeşitlilik danışmanları yetişkin eğitiminde de var mı? Tüm ülkede kaç tane var?'],
    ['fa', 'آیا مشاور تنوع در آموزش بزرگسالان هم هست؟ در کل کشور چند نفر هستند؟'],
    ['ur', 'کیا بالغوں کی تعلیم میں تنوع مشیر ہوتے ہیں؟ پورے ملک میں کتنے ہیں؟'],
    ['so', 'ma jiraan la taliyaha kala duwanaanshaha waxbarashada dadka waaweyn? immisa ayaa jira dalka oo dhan?'],
    ['ti', 'ኣማኻሪ ብዙሕነት ኣብ ትምህርቲ ዓበይቲ ኣለዉ ድዮም? ኣብ ምሉእ ሃገር ክንደይ ኣለዉ?'],
  ] as const)('%s: "%s" asks the headcount', (lng, text) => {
    const query = read(text, lng);
    expect(query?.service).toBe('diversity-advisers');
    expect(query?.metric).toBe('staff');
  });

  it('a count of cases in the whole country is still cases', () => {
    expect(read('hvor mange saker var det i hele landet i 2023?', 'nb')?.metric).toBe('cases');
  });
});
