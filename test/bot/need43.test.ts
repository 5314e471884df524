/**
 * need43 (issue #13 points 2 and 3: two needs in one message, and follow-ups). In the full tuned run at main the weakest
 * kinds were two-needs, follow-up and long-story; their failures grouped by the need that was dropped. The classes
 * mended here, with our own probes (none of them a set's sentence), in the twelve languages:
 *  (1) a line children or pupils can call themselves, asked in the plural ("діти", "дети", "الأطفال", "بچے", "ቆልዑ",
 *      "they themselves") beside another need or alone: read as a young caller, so Alarmtelefonen 116 111 is answered
 *      (content/understanding/who-will-call/<lng>.json: plural young words, plural "themselves", plural call verbs);
 *  (2) the children's line and the adults' violence line named by a description ("barnas hjelpetelefon", "дитячої
 *      телефонної лінії", "a separate number for grown-ups about violence in the family"): the line itself, not a
 *      "did you mean" (content/contacts/services.json, service-aliases.json);
 *  (3) a follow-up counting the people of the service just answered ("А скільки було самих радників?", "а скільки їх
 *      загалом?"), and after their case figure "how many are they themselves?" ("а скільки їх самих?", "og hvor mange er
 *      de selv?"): the advisers' headcount (59 in 2023, §1), not their cases again (content/understanding/follow-up/
 *      <lng>.json `being` and `self`, content/stats/stats-grammar.json `headcountNew`, src/conversation/follow-up.ts).
 * Safety twins: a child in present danger who asks for a line children can call still gets the emergency card first.
 * Calm twins: a parent's story naming the children's phone (a device, not a line) gets no Alarmtelefonen card and no
 * alarm; a count of cases asked after the advisers stays the cases' figure.
 */
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

type Probe = readonly [Lang, string];

const KT = ['478 09 050', '47809050', '٤٧٨ ٠٩ ٠٥٠', '۴۷۸ ۰۹ ۰۵۰'];
const CHILD_LINE = ['116 111', '116111', '١١٦ ١١١', '۱۱۶ ۱۱۱'];
const ADULT_LINE = ['116 006', '116006', '١١٦ ٠٠٦', '۱۱۶ ۰۰۶'];
const ADVISERS_2023 = ['59', '٥٩', '۵۹'];

/** (1) A named service's number, and a number children can call themselves, in one message. */
const serviceAndChildLine: readonly Probe[] = [
  ['nb', 'Hva er nummeret til Kompetanseteamet, og finnes det et nummer barn selv kan ringe?'],
  ['nn', 'Kva er nummeret til Kompetanseteamet, og finst det eit nummer born sjølve kan ringje?'],
  ['en', 'What is the number for Kompetanseteamet, and is there a number kids can ring on their own?'],
  ['uk', 'Який номер у Kompetanseteamet, і чи є номер, куди діти можуть подзвонити самі?'],
  ['ru', 'Какой номер у Kompetanseteamet, и есть ли номер, куда дети могут позвонить сами?'],
  ['pl', 'Jaki jest numer do Kompetanseteamet i czy jest numer, pod który dzieci mogą same zadzwonić?'],
  ['tr', "Kompetanseteamet'in numarası nedir, bir de çocukların kendileri arayabileceği bir numara var mı?"],
  ['so', 'Waa maxay lambarka Kompetanseteamet, oo ma jiraa lambar ay carruurtu iyagu wici karaan?'],
  ['ar', 'ما هو رقم Kompetanseteamet، وهل يوجد رقم يستطيع الأطفال الاتصال به بأنفسهم؟'],
  ['fa', 'شماره Kompetanseteamet چیست، و آیا شماره‌ای هست که بچه‌ها خودشان بتوانند زنگ بزنند؟'],
  ['ur', 'Kompetanseteamet کا نمبر کیا ہے، اور کیا کوئی نمبر ہے جس پر بچے خود فون کر سکیں؟'],
  ['ti', 'ቁጽሪ Kompetanseteamet እንታይ እዩ፧ ቆልዑ ባዕሎም ክድውሉሉ ዝኽእሉ ቁጽሪ ኣሎ ድዩ፧'],
];

/** (1) The same line asked alone, in the plural. */
const childLineAlone: readonly Probe[] = [
  ['uk', 'чи є номер, куди діти можуть подзвонити самі?'],
  ['ru', 'есть ли телефон, по которому дети могут позвонить сами?'],
  ['ar', 'هل يوجد رقم يستطيع الأطفال الاتصال به بأنفسهم؟'],
  ['ur', 'کیا کوئی نمبر ہے جس پر بچے خود فون کر سکیں؟'],
  ['ti', 'ቆልዑ ባዕሎም ክድውሉሉ ዝኽእሉ ቁጽሪ ኣሎ ድዩ፧'],
];

/** (2) The children's line named by a description. */
const childLineDescribed: readonly Probe[] = [
  ['nb', 'Hva er nummeret til barnas hjelpetelefon?'],
  ['nn', 'Kva er nummeret til hjelpetelefonen for born?'],
  ['en', "What's the kids' helpline number?"],
  ['uk', 'Який номер дитячої телефонної лінії?'],
  ['ru', 'Какой номер у детской линии помощи?'],
  ['pl', 'Jaki jest numer dziecięcej linii pomocy?'],
  ['tr', 'Çocuk yardım hattının numarası nedir?'],
  ['ar', 'ما هو رقم خط مساعدة الأطفال؟'],
  ['fa', 'شماره خط کمک کودکان چیست؟'],
  ['ur', 'بچوں کی ہیلپ لائن کا نمبر کیا ہے؟'],
];

/** (2) The adults' line on violence in the family, asked as "a separate number for adults". */
const adultLineDescribed: readonly Probe[] = [
  ['nb', 'Finnes det et eget nummer for voksne om vold i familien?'],
  ['nn', 'Finst det eit eige nummer for vaksne om vald i familien?'],
  ['en', 'Is there a separate number for grown-ups about violence in the family?'],
  ['uk', 'Чи є окремий номер для дорослих про насильство в родині?'],
  ['ru', 'Есть ли отдельный номер для взрослых по поводу насилия в семье?'],
  ['pl', 'Czy jest osobny numer dla dorosłych w sprawie przemocy w rodzinie?'],
  ['tr', 'Aile içi şiddet için yetişkinlere ayrı bir numara var mı?'],
  ['so', 'Ma jiraa lambar gaar ah oo dadka waaweyn loogu talagalay rabshadda qoyska?'],
  ['ar', 'هل يوجد رقم منفصل للبالغين بخصوص العنف في الأسرة؟'],
  ['fa', 'آیا شماره جداگانه‌ای برای بزرگسالان درباره خشونت در خانواده هست؟'],
  ['ur', 'کیا خاندان میں تشدد کے بارے میں بالغوں کے لیے الگ نمبر ہے؟'],
  ['ti', 'ንዓበይቲ ብዛዕባ ዓመጽ ኣብ ስድራ ዝኸውን ፍሉይ ቁጽሪ ኣሎ ድዩ፧'],
];

/** (3) After the advisers' cases or their role, how many advisers there are. */
const headcountAfter: ReadonlyArray<readonly [Lang, readonly [string, string]]> = [
  ['nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'Og hvor mange rådgivere var det?']],
  ['nn', ['Kva gjer ein mangfaldsrådgjevar?', 'Kor mange av dei finst det?']],
  ['en', ['How many cases did the diversity advisers have in 2023?', 'and how many advisers were there in total?']],
  ['uk', ['Скільки справ мали mangfoldsrådgivere у 2023 році?', 'А скільки було самих радників?']],
  ['uk', ['Чим займається радник з питань різноманіття (mangfoldsrådgiver)?', 'А скільки їх загалом?']],
  ['ru', ['Сколько дел было у mangfoldsrådgivere в 2023 году?', 'А сколько было самих советников?']],
  ['ru', ['Чем занимается советник по многообразию (mangfoldsrådgiver)?', 'а сколько их вообще?']],
  ['pl', ['Ile spraw mieli mangfoldsrådgivere w 2023 roku?', 'A ilu było samych doradców?']],
  ['pl', ['Czym zajmuje się doradca ds. różnorodności (mangfoldsrådgiver)?', 'a ilu ich jest w ogóle?']],
  ['tr', ['Çeşitlilik danışmanı (mangfoldsrådgiver) ne yapar?', 'Peki kaç tane var?']],
  ['so', ['Maxay qabtaa mangfoldsrådgiver?', 'Immisa ayay yihiin?']],
  ['ar', ['كم عدد الحالات لدى mangfoldsrådgivere في 2023؟', 'وكم كان عدد المستشارين أنفسهم؟']],
  ['fa', ['مشاور تنوع (mangfoldsrådgiver) چه کار می‌کند؟', 'چند نفر هستند؟']],
  ['ur', ['mangfoldsrådgiver کیا کرتا ہے؟', 'ان کی تعداد کتنی ہے؟']],
  ['ti', ['mangfoldsrådgiver እንታይ ይገብር፧', 'ክንደይ እዮም፧']],
];

/** (3) After the advisers' case figure, "how many are they themselves?": the people set against what they counted. */
const headcountThemselves: ReadonlyArray<readonly [Lang, readonly [string, string]]> = [
  ['nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange er de selv?']],
  ['nn', ['Kor mange saker hadde mangfaldsrådgjevarane i 2023?', 'og kor mange er dei sjølve?']],
  ['en', ['How many cases did the diversity advisers have in 2023?', 'and how many are they themselves?']],
  ['uk', ['Скільки справ мали mangfoldsrådgivere у 2023 році?', 'а скільки їх самих?']],
  ['ru', ['Сколько дел было у mangfoldsrådgivere в 2023 году?', 'а сколько их самих?']],
  ['pl', ['Ile spraw mieli mangfoldsrådgivere w 2023 roku?', 'a ilu jest ich samych?']],
  ['tr', ["mangfoldsrådgivere 2023'te kaç vaka aldı?", 'peki kendileri kaç kişi?']],
  ['so', ['Immisa kiis ayay mangfoldsrådgivere lahaayeen 2023?', 'iyaga laftooda immisa ayay yihiin?']],
  ['ar', ['كم عدد الحالات لدى mangfoldsrådgivere في 2023؟', 'وكم عددهم هم أنفسهم؟']],
  ['fa', ['mangfoldsrådgivere در سال ۲۰۲۳ چند پرونده داشتند؟', 'خودشان چند نفر هستند؟']],
  ['ur', ['2023 میں mangfoldsrådgivere کے پاس کتنے کیس تھے؟', 'اور وہ خود کتنے ہیں؟']],
  ['ti', ['mangfoldsrådgivere ኣብ 2023 ክንደይ ጉዳያት ነይሮም፧', 'ባዕሎም ክንደይ እዮም፧']],
];

/** Safety twins: a child in present danger asking for a line children can call. */
const dangerWithChildLine: readonly Probe[] = [
  ['uk', 'Мою сестру 15 років завтра везуть до Чечні, щоб видати заміж. Чи є номер, куди діти можуть подзвонити самі?'],
  ['ar', 'سيأخذون أختي ذات الـ15 عامًا غدًا إلى العراق لتزويجها. هل يوجد رقم يستطيع الأطفال الاتصال به بأنفسهم؟'],
  ['nb', 'Faren slår lillebroren min hver kveld og truer ham nå. Hva er nummeret til barnas hjelpetelefon?'],
];

describe('need43: a second need asking a line, the lines named by description, a follow-up counting the advisers', () => {
  const runner = conversationRunnerPerFile();

  it.each(serviceAndChildLine)('(1) the service and Alarmtelefonen, both answered (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, KT), containsFact(view.texts, CHILD_LINE)]).toEqual([text, false, false, true, true]);
  });

  it.each(childLineAlone)('(1) a line children can call themselves is Alarmtelefonen (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, containsFact(view.texts, CHILD_LINE)]).toEqual([text, false, true]);
  });

  it.each(childLineDescribed)('(2) the children\'s line named by a description (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, CHILD_LINE)]).toEqual([text, false, false, true]);
  });

  it.each(adultLineDescribed)('(2) the adults\' line on violence in the family (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.didYouMean, containsFact(view.texts, ADULT_LINE)]).toEqual([text, false, false, true]);
  });

  it.each(headcountAfter)('(3) a follow-up counting the advisers gets 59 (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, containsFact(view.texts, ADVISERS_2023)]).toEqual([turns, false, false, true]);
  });

  it.each(headcountThemselves)('(3) "themselves" after the advisers\' cases asks their headcount, 59 (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, containsFact(view.texts, ADVISERS_2023)]).toEqual([turns, false, false, true]);
  });

  it('calm twin: cases they handled themselves stay the case figure (899 or 897)', async () => {
    const view = await runner.turn('nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange saker løste de selv?']);
    expect([view.emergency, containsFact(view.texts, ['899', '897'])]).toEqual([false, true]);
  });

  it.each(dangerWithChildLine)('safety twin: present danger keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.texts.join(' ').includes('112')]).toEqual([text, true, true]);
  });

  it('calm twin: the children\'s phone as a device in a parent\'s story is no line and no alarm', async () => {
    const view = await runner.turn('nb', 'Vi foreldre sjekker barnas telefon hver kveld. Er det negativ sosial kontroll?');
    expect([view.emergency, containsFact(view.texts, CHILD_LINE) && !view.texts.join(' ').includes('negativ sosial kontroll')]).toEqual([false, false]);
  });

  it('calm twin: the cases asked after the advisers stay the cases (899 or 897 in 2023), not the headcount', async () => {
    const view = await runner.turn('en', ['What does a diversity adviser do?', 'and how many cases did they have in 2023?']);
    expect([view.emergency, containsFact(view.texts, ['899', '897'])]).toEqual([false, true]);
  });
});
