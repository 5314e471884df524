import { type Lang } from '../../src/language/languages';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * s41facts (issue #13, facts and statistics; after facts41). Our own probes, none of them a tuned set's sentence. Every
 * figure is in content/stats/published.json with its source (IMDi årsrapport 2023, tildelingsbrev 2024, IMDi
 * årsrapport 2008 and Kompetanseteamet's published case types). The classes:
 *  (1) a count of a named year asked beside its change ("how many advisers in 2023, and how many new posts?"): the
 *      59 advisers of 2023 and the six positions of 2024 (the later change was shown only when no year was named);
 *      and "and how many advisers were there?" after the advisers' cases;
 *  (2) one year's case types set against each other ("fear of forced marriage vs threats and violence", "kontra",
 *      "مقابل", "по сравнению с", "karşı" …): both figures of Kompetanseteamet's 2022 split (113 and 368), not only the
 *      first named;
 *  (3) the first months ("the first two months", "dei fyrste månadene"; "when they started" was taken back: it is the history of a scheme's start, e.g. six embassy advisers in 2008): Kompetanseteamet's
 *      first published period, Nov–Dec 2004 (11 inquiries, 13 persons);
 *  (5) grants "to prevent negative social control" are the NGO grants' sub-goal C: how many projects got them in 2023
 *      (18 national, 111 local).
 * Calm twins: these are statistics questions, and none of them may show the emergency card; a named year asked alone
 * keeps no later change; one case type asked alone keeps its own figure only.
 */
type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const runner = conversationRunnerPerFile();

function expectFigures(view: TurnView, lang: Lang, facts: readonly (readonly string[])[]): void {
  expect(view.emergency).toBe(false);
  expect(view.didYouMean || view.cannotAnswer).toBe(false);
  expect(view.replyLanguage).toBe(lang);
  for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
}

const ADVISERS_AND_POSTS: readonly Probe[] = [
  ['nb', ['Hvor mange mangfoldsrådgivere var det i 2023, og hvor mange nye stillinger kom?'], [['59'], ['6', 'seks']]],
  ['nn', ['Kor mange mangfaldsrådgivarar var det i 2023, og kor mange nye stillingar kom?'], [['59'], ['6', 'seks']]],
  ['en', ['How many diversity advisers were there in 2023, and how many new posts were added?'], [['59'], ['6', 'six']]],
  ['ar', ['كم عدد مستشاري التنوع في 2023، وكم عدد الوظائف الجديدة؟'], [['59'], ['6']]],
  ['so', ['Immisa la-taliye kala-duwanaansho ayaa jiray 2023, immisa jago cusub ayaa la abuuray?'], [['59'], ['6']]],
  ['fa', ['در سال ۲۰۲۳ چند مشاور تنوع بود و چند پست جدید اضافه شد؟'], [['59'], ['6']]],
  ['ur', ['2023 میں کتنے تنوع کے مشیر تھے، اور کتنی نئی اسامیاں آئیں؟'], [['59'], ['6']]],
  ['uk', ['Скільки радників з різноманіття було у 2023 році і скільки нових посад додали?'], [['59'], ['6']]],
  ['ru', ['Сколько советников по многообразию было в 2023 году и сколько новых ставок добавили?'], [['59'], ['6']]],
  ['tr', ["2023'te kaç çeşitlilik danışmanı vardı ve kaç yeni kadro eklendi?"], [['59'], ['6']]],
  ['pl', ['Ilu doradców ds. różnorodności było w 2023 roku i ile nowych etatów dodano?'], [['59'], ['6']]],
  ['ti', ['ኣብ 2023 ክንደይ ኣማኸርቲ ብዙሕነት ነይሮም፡ ክንደይ ሓደሽቲ ስራሕቲ ተወሲኾም?'], [['59'], ['6']]],
];

/** Urdu's "اور کتنے مشیر تھے؟" after the cases still restates the cases: not done (see the report). */
const ADVISERS_AFTER_CASES: readonly Probe[] = [
  ['nb', ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'og hvor mange rådgivere var det?'], [['59']]],
  ['nn', ['Kor mange saker hadde mangfaldsrådgivarane i 2023?', 'og kor mange rådgivarar var det?'], [['59']]],
  ['en', ['How many cases did the diversity advisers handle in 2023?', 'and how many advisers were there?'], [['59']]],
  ['ar', ['كم عدد الحالات التي تعامل معها مستشارو التنوع في 2023؟', 'وكم كان عدد المستشارين؟'], [['59']]],
  ['so', ['Immisa kiis ayay la-taliyayaasha kala-duwanaanshaha qabteen 2023?', 'oo immisa la-taliye ayaa jiray?'], [['59']]],
  ['fa', ['مشاوران تنوع در سال ۲۰۲۳ چند پرونده داشتند؟', 'و چند مشاور بودند؟'], [['59']]],
  ['uk', ['Скільки справ мали радники з різноманіття у 2023 році?', 'а скільки було радників?'], [['59']]],
  ['ru', ['Сколько дел было у советников по многообразию в 2023 году?', 'а сколько было советников?'], [['59']]],
  ['tr', ["Çeşitlilik danışmanları 2023'te kaç vakayla ilgilendi?", 'peki kaç danışman vardı?'], [['59']]],
  ['pl', ['Ile spraw mieli doradcy ds. różnorodności w 2023 roku?', 'a ilu było doradców?'], [['59']]],
  ['ti', ['ኣማኸርቲ ብዙሕነት ኣብ 2023 ክንደይ ጉዳያት ሒዞም?', 'ክንደይ ኣማኸርቲ ነይሮም?'], [['59']]],
];

const CASE_TYPES_SET_AGAINST: readonly Probe[] = [
  ['nb', ['Hvor mange av Kompetanseteamets saker i 2022 gjaldt frykt for tvangsekteskap kontra trusler og vold?'], [['113'], ['368']]],
  ['nn', ['Kor mange av sakene til Kompetanseteamet i 2022 galdt frykt for tvangsekteskap samanlikna med truslar og vald?'], [['113'], ['368']]],
  ['en', ["In 2022, how many of Kompetanseteamet's cases were fear of forced marriage vs threats and violence?"], [['113'], ['368']]],
  ['ar', ['كم عدد حالات فريق الكفاءة في 2022 المتعلقة بالخوف من الزواج القسري مقابل التهديد والعنف؟'], [['113'], ['368']]],
  ['so', ['Immisa kiis oo Kompetanseteamet ah 2022 ayaa ahaa cabsi guur qasab marka la barbardhigo hanjabaad iyo rabshad?'], [['113'], ['368']]],
  ['fa', ['در سال ۲۰۲۲ چند پرونده Kompetanseteamet مربوط به ترس از ازدواج اجباری در مقایسه با تهدید و خشونت بود؟'], [['113'], ['368']]],
  ['ur', ['2022 میں Kompetanseteamet کے کتنے کیس جبری شادی کے خوف بمقابلہ دھمکی اور تشدد کے تھے؟'], [['113'], ['368']]],
  ['uk', ['Скільки справ Kompetanseteamet у 2022 році стосувалися страху примусового шлюбу порівняно з погрозами і насильством?'], [['113'], ['368']]],
  ['ru', ['Сколько дел Kompetanseteamet в 2022 году касалось страха принудительного брака по сравнению с угрозами и насилием?'], [['113'], ['368']]],
  ['tr', ["2022'de Kompetanseteamet'in kaç vakası zorla evlilik korkusuna karşı tehdit ve şiddetle ilgiliydi?"], [['113'], ['368']]],
  ['pl', ['Ile spraw Kompetanseteamet w 2022 roku dotyczyło obawy przed przymusowym małżeństwem w porównaniu z groźbami i przemocą?'], [['113'], ['368']]],
  ['ti', ['ኣብ 2022 Kompetanseteamet ክንደይ ጉዳያት ፍርሒ ግዱድ መርዓ ኣንጻር ምፍርራሕን ዓመጽን ነይሮም?'], [['113'], ['368']]],
];

const FIRST_MONTHS: readonly Probe[] = [
  ['nb', ['Hvor mange henvendelser fikk Kompetanseteamet de to første månedene da de startet?'], [['11'], ['13']]],
  ['nn', ['Kor mange førespurnader fekk Kompetanseteamet dei fyrste månadene?'], [['11'], ['13']]],
  ['en', ['How many inquiries did Kompetanseteamet get in the first two months?'], [['11'], ['13']]],
  ['ar', ['كم عدد الاستفسارات التي تلقاها فريق الكفاءة في الشهرين الأولين؟'], [['11'], ['13']]],
  ['so', ['Immisa codsi ayuu Kompetanseteamet helay labada bilood ee ugu horreeyay?'], [['11'], ['13']]],
  ['fa', ['Kompetanseteamet در دو ماه اول چند درخواست دریافت کرد؟'], [['11'], ['13']]],
  ['ur', ['Kompetanseteamet کو پہلے دو مہینوں میں کتنی درخواستیں ملیں؟'], [['11'], ['13']]],
  ['uk', ['Скільки звернень отримала Kompetanseteamet за перші два місяці?'], [['11'], ['13']]],
  ['ru', ['Сколько обращений получила Kompetanseteamet в первые два месяца после начала работы?'], [['11'], ['13']]],
  ['tr', ['Kompetanseteamet ilk iki ayda kaç başvuru aldı?'], [['11'], ['13']]],
  ['pl', ['Ile zgłoszeń dostał Kompetanseteamet w pierwszych dwóch miesiącach?'], [['11'], ['13']]],
  ['ti', ['Kompetanseteamet ኣብ ፈለማ ክልተ ኣዋርሕ ክንደይ ሕቶታት ተቐቢሉ?'], [['11'], ['13']]],
];

const PREVENTION_GRANTS: readonly Probe[] = [
  ['nb', ['Hvor mange tilskudd til å forebygge negativ sosial kontroll ble gitt i 2023?'], [['18'], ['111']]],
  ['en', ['How many grants to prevent negative social control were given in 2023?'], [['18'], ['111']]],
  ['ar', ['كم عدد المنح لمنع السيطرة الاجتماعية السلبية في 2023؟'], [['18'], ['111']]],
  ['ru', ['Сколько грантов на предотвращение негативного социального контроля выдали в 2023 году?'], [['18'], ['111']]],
  ['tr', ["2023'te olumsuz sosyal kontrolü önlemek için kaç hibe verildi?"], [['18'], ['111']]],
  ['pl', ['Ile dotacji na przeciwdziałanie negatywnej kontroli społecznej przyznano w 2023 roku?'], [['18'], ['111']]],
];

describe('s41facts (1): the advisers of a named year asked beside the new posts', () => {
  it.each(ADVISERS_AND_POSTS)('%s: %j gives 59 (2023) and the six positions of 2024', async (lang, turns, facts) => {
    expectFigures(await runner.turn(lang, turns), lang, facts);
  });
  it.each(ADVISERS_AFTER_CASES)('%s: %j gives the 59 advisers after their cases', async (lang, turns, facts) => {
    expectFigures(await runner.turn(lang, turns), lang, facts);
  });
  it('calm twin: a named year asked alone keeps its count and no later change', async () => {
    const view = await runner.turn('en', 'How many diversity advisers were there in 2023?');
    expectFigures(view, 'en', [['59']]);
    expect(containsFact(view.texts, ['2024'])).toBe(false);
  });
});

describe('s41facts (2): one year\'s case types set against each other', () => {
  it.each(CASE_TYPES_SET_AGAINST)('%s: %j gives both 2022 figures', async (lang, turns, facts) => {
    expectFigures(await runner.turn(lang, turns), lang, facts);
  });
  it('calm twin: one case type asked alone keeps its own figure only', async () => {
    const view = await runner.turn('en', "In 2022, how many of Kompetanseteamet's cases were about fear of forced marriage?");
    expectFigures(view, 'en', [['113']]);
    expect(containsFact(view.texts, ['368'])).toBe(false);
  });
});

describe('s41facts (3): the first months, asked in other words', () => {
  it.each(FIRST_MONTHS)('%s: %j gives Nov–Dec 2004', async (lang, turns, facts) => {
    expectFigures(await runner.turn(lang, turns), lang, facts);
  });
});

describe('s41facts (5): grants to prevent negative social control are sub-goal C', () => {
  it.each(PREVENTION_GRANTS)('%s: %j gives the 2023 projects (18 national, 111 local)', async (lang, turns, facts) => {
    expectFigures(await runner.turn(lang, turns), lang, facts);
  });
});
