import { containsFact } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

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
