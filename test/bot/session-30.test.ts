import { containsFact } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { createI18n, fixedT } from '../../src/language/i18n';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard } from '../../src/stats/answers/stats-card';
import { type StatsQueryModel, statsQuerySchema } from '../../src/stats/answers/stats-query';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { elements } from '../helpers/card-elements';

/**
 * Session 30's conversation tests through the bot (issue #13), joined into one file: dev30b, city30, hb30a, hb30b.
 */

// (was dev30b.test.ts)
{
  /**
   * Session 30, issue #13: classes from the development set general-blind-89's failures, through the real bot as the
   * conversation evaluation reads it. The sentences are this file's own; none is in the evaluation sets. Figures from
   * content/stats/published.json (Kompetanseteamet 2022: 891 cases, 368 on threats and violence; the diversity
   * advisers 2023: 899/897 cases, 59 advisers; the envoys 2023: 245 cases, most about involuntary stays abroad).
   */
  type Row = readonly [Lang, readonly string[], readonly (readonly string[])[]];

  const runner = conversationRunnerPerFile();

  async function expectFacts(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
    const view = await runner.turn(lang, turns);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  }

  describe('a split asked of the year after (or before) the one last shown', () => {
    // "og året etter? hvordan fordelte de seg": Kompetanseteamet's 2022 cases by type, after its 2021 count.
    const ROWS: readonly Row[] = [
      ["nb", ["hvor mange saker fikk Kompetanseteamet i 2021?", "og året etterpå? hvordan fordelte de seg"], [["891"], ["368"]]],
      ["nn", ["kor mange saker hadde Kompetanseteamet i 2021?", "og året etter? korleis fordelte dei seg på sakstypar?"], [["891"], ["368"]]],
      ["en", ["how many cases did Kompetanseteamet get in 2021?", "and the year after? what types of cases were they?"], [["891"], ["368"]]],
      ["en", ["how many cases did Kompetanseteamet get in 2023?", "and the year before, broken down by case type?"], [["891"], ["368"]]],
      ["ar", ["كم عدد الحالات التي تلقاها Kompetanseteamet في 2021؟", "والسنة التالية؟ كيف توزعت حسب نوع الحالة؟"], [["891", "٨٩١"], ["368", "٣٦٨"]]],
      ["so", ["immisa kiis ayuu Kompetanseteamet helay 2021?", "sannadka xiga hadana? sidee bay u kala qaybsan yihiin nooca kiiska?"], [["891"], ["368"]]],
      ["fa", ["Kompetanseteamet در سال ۲۰۲۱ چند پرونده داشت؟", "و سال بعدش؟ تفکیک بر اساس نوع پرونده چطور بود؟"], [["891", "۸۹۱"], ["368", "۳۶۸"]]],
      ["ur", ["Kompetanseteamet کے پاس 2021 میں کتنے کیس تھے؟", "اور اس سے اگلے سال؟ کیسوں کی اقسام کے لحاظ سے تقسیم کیا تھی؟"], [["891", "۸۹۱"], ["368", "۳۶۸"]]],
      ["uk", ["скільки справ мала Kompetanseteamet у 2021 році?", "а наступного року? який був розподіл за типами справ?"], [["891"], ["368"]]],
      ["ru", ["сколько дел было у Kompetanseteamet в 2021 году?", "а на следующий год? как они распределились по типам дел?"], [["891"], ["368"]]],
      ["tr", ["Kompetanseteamet 2021'de kaç vaka aldı?", "peki ertesi yıl? vaka türlerine göre dağılımı nasıldı?"], [["891"], ["368"]]],
      ["pl", ["ile spraw miał Kompetanseteamet w 2021 roku?", "a w następnym roku? jaki był podział według rodzaju spraw?"], [["891"], ["368"]]],
      ["ti", ["Kompetanseteamet ኣብ 2021 ክንደይ ጉዳያት ነይሩዎ?", "ኣብ ዝቕጽል ዓመትከ? ብዓይነት ጉዳይ ከመይ ተማቒሎም?"], [["891"], ["368"]]],
    ];
    it.each(ROWS)('%s: %j', async (lang, turns, facts) => expectFacts(lang, turns, facts));
  });

  describe("a service's cases and its writers' own headcount in one question", () => {
    // "antall saker vi … hadde, og hvor mange vi var": the cases, then how many "we" (the advisers) were.
    const ROWS: readonly Row[] = [
      ["nb", ["Jeg skal holde et innlegg på et kurs. Hvor mange saker hadde mangfoldsrådgiverne i 2023, og hvor mange rådgivere var de?"], [["899", "897"], ["59"]]],
      ["nb", ["antall saker for oss mangfoldsrådgivere i 2023 og hvor mange er vi?"], [["899", "897"], ["59"]]],
      ["nn", ["treng talet på saker vi mangfaldsrådgivarar hadde i 2023 til eit innlegg på fagdagen, og kor mange vi var til saman"], [["899", "897"], ["59"]]],
      ["en", ["I need the number of cases we diversity advisers handled in 2023 for a workshop next week, and how many of us there were in total"], [["899", "897"], ["59"]]],
      ["ar", ["أحتاج عدد الحالات التي تعاملنا معها نحن mangfoldsrådgivere في 2023 لعرض في يوم تدريبي، وكم كان عددنا إجمالاً"], [["899", "897", "٨٩٩"], ["59", "٥٩"]]],
      ["so", ["waxaan u baahanahay tirada kiisaska aan annaga oo ah mangfoldsrådgivere qabanay 2023 bandhig aan sameynayo, iyo immisa ayaan ahayn guud ahaan"], [["899", "897"], ["59"]]],
      ["fa", ["برای یک ارائه در روز آموزشی تعداد پرونده‌هایی که ما mangfoldsrådgivere در ۲۰۲۳ داشتیم را لازم دارم، و اینکه در کل چند نفر بودیم"], [["899", "897", "۸۹۹"], ["59", "۵۹"]]],
      ["ur", ["مجھے ایک پریزنٹیشن کے لیے 2023 میں ہم mangfoldsrådgivere کے کیسوں کی تعداد چاہیے، اور یہ کہ ہم کل کتنے تھے"], [["899", "897"], ["59"]]],
      ["uk", ["потрібна кількість справ, які ми, mangfoldsrådgivere, мали у 2023 році, для презентації на семінарі, і скільки нас було загалом"], [["899", "897"], ["59"]]],
      ["ru", ["нужно количество дел, которые у нас, mangfoldsrådgivere, были в 2023 году, для презентации на семинаре, и сколько нас было всего"], [["899", "897"], ["59"]]],
      ["tr", ["gelecek haftaki eğitim günü sunumu için biz mangfoldsrådgivere olarak 2023'te kaç vakamız olduğunu ve toplam kaç kişi olduğumuzu bilmem gerekiyor"], [["899", "897"], ["59"]]],
      ["pl", ["potrzebuję liczby spraw, które my mangfoldsrådgivere mieliśmy w 2023 roku, do prezentacji na szkoleniu, i ilu nas było w sumie"], [["899", "897"], ["59"]]],
      ["ti", ["ንመቕረቢ ኣብ 2023 ንሕና mangfoldsrådgivere ዝነበሩና ጉዳያት ብዝሒ የድልየኒ፡ ከምኡ’ውን ብጠቕላላ ክንደይ ኔርና"], [["899", "897"], ["59"]]],
    ];
    it.each(ROWS)('%s: %j', async (lang, turns, facts) => expectFacts(lang, turns, facts));
  });

  describe('the cases of one type among the last count, asked of children left abroad', () => {
    // Not published per type: the answer says so, gives the 245 and that most concerned involuntary stays abroad.
    const ROWS: readonly Row[] = [
      ["en", ["how many cases did the special envoys have in 2023?", "how many of them involved teenagers stuck abroad? exact figure please"], [["245"], ["most", "Most"]]],
      ["nb", ["hvor mange saker hadde spesialutsendingene i 2023?", "og hvor mange av dem gjaldt unger som ble etterlatt i utlandet? trenger nøyaktig tall"], [["245"], ["fleste", "flest"]]],
      ["nn", ["kor mange saker hadde spesialutsendingane i 2023?", "og kor mange av dei galdt ungdommar som vart etterlatne i utlandet? treng eksakt tal"], [["245"], ["fleste", "flest"]]],
      ["ar", ["كم عدد الحالات التي تعامل معها المبعوثون الخاصون في 2023؟", "وكم منها كانت عن أطفال تُركوا في الخارج؟ أحتاج الرقم الدقيق"], [["245", "٢٤٥"]]],
      ["uk", ["скільки справ мали спеціальні представники у 2023 році?", "а скільки з них стосувалися дітей, яких залишили за кордоном? потрібна точна цифра"], [["245"]]],
      ["ru", ["сколько дел было у специальных представителей в 2023 году?", "а сколько из них касались детей, которых оставили за границей? нужна точная цифра"], [["245"]]],
      ["pl", ["ile spraw prowadzili specjalni wysłannicy w 2023 roku?", "a ile z nich dotyczyło dzieci pozostawionych za granicą? potrzebuję dokładnej liczby"], [["245"]]],
      ["ti", ["ፍሉያት ልኡኻት ኣብ 2023 ክንደይ ጉዳያት ሒዞም?", "ካብኣቶም ክንደይ ብዛዕባ ኣብ ወጻኢ ዝተገድፉ ቆልዑ ነይሮም? ልክዕ ቁጽሪ የድልየኒ"], [["245"]]],
    ];
    it.each(ROWS)('%s: %j', async (lang, turns, facts) => expectFacts(lang, turns, facts));
  });
}

// (was city30.test.ts)
{
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
}

// (was hb30a.test.ts)
{
  /**
   * general-blind-86's classes (hb30a, issue #13). Phrasings written for this test; the languages other than nb, nn
   * and en are machine-assisted.
   */
  describe('conversation: figures asked in a follow-up or by the grant\'s own words', () => {
    const runner = conversationRunnerPerFile();

    // After a question on the advisers' cases, "how many such advisers" asks for the headcount (59), not the cases again.
    it.each([
      ['nb', ['hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange slike rådgivere finnes det?']],
      ['en', ['how many cases did the diversity advisers handle in 2023?', 'and how many such advisers are there?']],
      ['uk', ['Скільки звернень опрацювали радники з питань різноманіття у 2023?', 'а скільки всього цих радників?']],
      ['ru', ['Сколько дел было у советников по разнообразию в 2023 году?', 'а сколько вообще таких советников?']],
      ['pl', ['Ile spraw mieli doradcy ds. różnorodności w 2023?', 'a ilu w ogóle takich doradców?']],
    ] as const)('%s: %s', async (lng, turns) => {
      const view = await runner.turn(lng, [...turns]);
      expect(containsFact(view.texts, ['59'])).toBe(true);
    });

    // The grant to voluntary organisations under sub-goal C, named as "NGOs" and "goal C": NOK 10.4 million.
    it.each([
      ['pl', 'Jaką kwotę dostały organizacje pozarządowe od IMDi w 2023 roku w ramach celu C?'],
      ['ru', 'Сколько денег получили некоммерческие организации от IMDi в 2023 году по подцели C?'],
      ['uk', 'Скільки грошей отримали громадські організації від IMDi у 2023 році за підціллю C?'],
      ['tr', 'IMDi 2023 yılında hedef C kapsamında sivil toplum kuruluşlarına ne kadar para verdi?'],
    ] as const)('%s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['10,4', '10.4'])).toBe(true);
    });
  });
}

// (was hb30b.test.ts)
{
  /**
   * Classes from general-blind-87 and the development sets' leftovers (hb30b, issue #13). Phrasings written for this test.
   */
  describe('conversation: a hunting-weapon or gun licence is an everyday errand, declined politely', () => {
    const runner = conversationRunnerPerFile();

    // A weapon licence is a licence like the driving licence: outside the field, and no emergency card for the word "gun".
    it.each([
      ['tr', 'Av tüfeği için ruhsat almak istiyorum, nereye başvurmalıyım?'],
      ['tr', 'silah ruhsati icin hangi belgeler gerekiyor?'],
      ['en', 'What do I need to apply for a firearms licence in Norway?'],
      ['en', 'how long does a rifle licence take to get approved?'],
      ['nb', 'Hvor lang tid tar det å få våpenkort til hagle?'],
      ['nn', 'Korleis søkjer eg om våpenkort for jakt?'],
      ['uk', 'Як отримати дозвіл на зброю для полювання в Норвегії?'],
      ['ru', 'Сколько стоит охотничье ружьё и разрешение на него в Норвегии?'],
      ['pl', 'Jak dostać pozwolenie na broń myśliwską w Norwegii?'],
      ['ar', 'كيف أحصل على رخصة صيد في النرويج؟'],
      ['fa', 'برای گرفتن مجوز شکار در نروژ چه مدارکی لازم است؟'],
      ['ur', 'ناروے میں شکار کا لائسنس کیسے ملتا ہے؟'],
    ] as const)('%s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect(view.emergency).toBe(false);
      expect(view.cannotAnswer).toBe(true);
    });
  });
}
