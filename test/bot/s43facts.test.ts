/**
 * s43facts (issue #13, facts and statistics answered exactly; short wave). Our own probes, none of them a set's
 * sentence. Every figure is a sourced entry of content/stats/published.json or of the history article
 * (content/knowledge/articles/history-special-services.json), checked against ../shared/domain.md. The classes:
 *  (1) a long story comparing the first year with now (an adviser or a team member preparing a talk): the 2008
 *      figure (the minority and integration advisers' 381 cases, June–December 2008) beside 2023 (899, and the
 *      gender-equality report's 897 shown as a discrepancy): both parts. Russian and Ukrainian "с самого начала" /
 *      "із самого початку" (from the very start) read "самого" as Samoa declined and asked for a split by Samoa:
 *      "самого" and its kin are now notADeclinedCountry (content/understanding/countries/ru.json, uk.json);
 *  (2) history asked in other languages: when the coordination moved from UDI to IMDi (1 January 2008); when the
 *      case-registration tool was launched (January 2023), asked inside a long story: a story was always read as a
 *      case, so the history was never asked. The tool's words ('tools', twelve languages) with a start word now reach
 *      the history in a story too (src/conversation/history-reader.ts, content/understanding/history/<lang>.json,
 *      with launch verbs added to 'began' where missing: 'запустили', 'uruchomiono', 'başlatıldı' …);
 *  (3) a breakdown not published asked as a share ("what share of those helped were boys?"): the split is not
 *      published, then what is (the counts, and that most of those helped were girls). Dari put the boy in the
 *      singular ("پسر بودند"), which the statistics words did not read: 'پسر' and 'دختر' now read boys and girls
 *      (content/stats/stats-words.json); the expert team asked with how to book it: post@imdi.no;
 *  (4) follow-ups on the envoys: "which countries did most cases come from?" after the envoys' 2023 figure (the
 *      published order: Iraq, Somalia, Russia, Pakistan, Syria), and "and Egypt?" after a country's envoy (Amman
 *      guides on Egypt, per the envoys' table).
 * Calm twins: every probe here is a question about figures or history; none may show the emergency card. A story
 * that tells the past (a case in 2008) stays calm; a general share question keeps the counts.
 */
import { type Lang } from '../../src/language/languages';
import { containsFact, type TurnView } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

type Probe = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const runner = conversationRunnerPerFile();

function expectFacts(view: TurnView, lang: Lang, facts: readonly (readonly string[])[]): void {
  expect(view.emergency).toBe(false);
  expect(view.didYouMean || view.cannotAnswer).toBe(false);
  expect(view.replyLanguage).toBe(lang);
  for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
}

const FIRST_YEAR_AND_NOW: readonly Probe[] = [
  ['nn', ['Eg har vore mangfaldsrådgjevar lenge og skal snakke på ein fagdag om korleis arbeidet har vakse. Kor mange saker hadde rådgjevarane i 2008, og kor mange hadde dei i 2023?'], [['381'], ['899'], ['897']]],
  ['nb', ['Jeg skal holde et innlegg for nye kolleger om hvordan rådgiverordningen har utviklet seg siden oppstarten. Hvor mange saker hadde rådgiverne i 2008, og hvor mange i 2023?'], [['381'], ['899'], ['897']]],
  ['ru', ['Я готовлю доклад для новых коллег о том, как росла работа советников с самого начала. Сколько дел было у советников в 2008 году и сколько в 2023 году?'], [['381'], ['899'], ['897']]],
  ['uk', ['Я готую виступ для нових колег про те, як зростала робота радників із самого початку. Скільки справ мали радники у 2008 році і скільки у 2023 році?'], [['381'], ['899'], ['897']]],
  ['pl', ['Przygotowuję prezentację dla nowych kolegów o tym, jak rozwijała się praca doradców od początku. Ile spraw mieli doradcy w 2008 roku, a ile w 2023?'], [['381'], ['899'], ['897']]],
  ['en', ['I am preparing a talk for new colleagues about how the adviser scheme has grown since it began. How many cases did the advisers have in 2008, and how many in 2023?'], [['381'], ['899'], ['897']]],
];

const HISTORY_ASKED: readonly Probe[] = [
  ['ur', ['IMDi کو جبری شادی کے خلاف کام کی ذمہ داری UDI سے کب منتقل ہوئی؟'], [['2008']]],
  ['en', ['When did IMDi take over the coordination of the work against forced marriage from UDI?'], [['2008']]],
  ['pl', ['Kiedy koordynacja pracy przeciw małżeństwom przymusowym przeszła z UDI do IMDi?'], [['2008']]],
  ['tr', ["Zorla evliliğe karşı çalışmanın koordinasyonu UDI'den IMDi'ye ne zaman geçti?"], [['2008']]],
  ['ru', ['Когда координация работы против принудительных браков перешла от UDI к IMDi?'], [['2008']]],
];

/** Long, calm stories (over 32 words) that end asking when the case-registration tool came. */
const TOOL_IN_A_STORY: readonly Probe[] = [
  ['ur', ['میں ایک اسکول میں تنوع کی مشیر ہوں۔ ہم ہر کیس کو ایک نظام میں درج کرتے ہیں اور میری نئی ساتھی پوچھ رہی تھی کہ یہ نظام کب سے ہے اور پہلے کیسے کام ہوتا تھا۔ کیسز درج کرنے کا نیا ٹول کب شروع کیا گیا؟'], [['2023']]],
  ['en', ["I'm new as a diversity adviser and my colleague told me about the old days when everything was written down on paper in folders, which sounded awful to me. When was the new case registration tool for advisers and envoys launched?"], [['January 2023']]],
  ['ru', ['Я работаю советником по многообразию в школе уже несколько лет, и мы каждый случай записываем в систему. Новая коллега спросила меня, как это было раньше, и я не смогла ответить. Когда запустили инструмент для регистрации дел?'], [['2023']]],
  ['pl', ['Pracuję jako doradczyni w szkole od kilku lat i każdą sprawę wpisujemy do systemu. Nowa koleżanka zapytała mnie, jak to wyglądało wcześniej, a ja nie umiałam odpowiedzieć. Kiedy uruchomiono narzędzie do rejestracji spraw?'], [['2023']]],
  ['tr', ['Birkaç yıldır okulda çeşitlilik danışmanı olarak çalışıyorum ve her vakayı bir sisteme giriyoruz. Yeni bir meslektaşım bana bunun eskiden nasıl olduğunu sordu ve cevap veremedim. Vaka kayıt aracı ne zaman başlatıldı?'], [['2023']]],
  ['nb', ['Jeg har jobbet som mangfoldsrådgiver på en videregående skole i noen år, og vi fører alle saker inn digitalt. En ny kollega spurte meg hvordan det var før, og jeg visste ikke svaret. Når ble registreringsverktøyet for saker tatt i bruk, og når startet det?'], [['2023']]],
];

const SHARE_OF_BOYS: readonly Probe[] = [
  ['fa', ['چند درصد از کسانی که مشاوران تنوع در سال ۲۰۲۳ کمک کردند پسر بودند؟'], [['899']]],
  ['fa', ['نمایندگان ویژه در سال ۲۰۲۳ به چند نفر کمک کردند و چند درصد آنها پسر بودند؟'], [['245']]],
  ['en', ['Of the people the special envoys helped in 2023, what percentage were boys?'], [['245']]],
  ['nb', ['Hvor stor andel av dem mangfoldsrådgiverne hjalp i 2023 var gutter?'], [['899']]],
];

const EXPERT_TEAM_BOOKED: readonly Probe[] = [
  ['nn', ['Kor mange personar jobbar i fagteamet til IMDi, og korleis kan vi bestille dei til eit personalmøte?'], [['post@imdi.no']]],
];

const ENVOY_FOLLOW_UPS: readonly Probe[] = [
  ['ru', ['Сколько дел было у специальных посланников в 2023 году?', 'Из каких стран было больше всего дел?'], [['Ирак'], ['Сомали'], ['Росси']]],
  ['en', ['How many cases did the special envoys have in 2023?', 'Which countries did most of the cases come from?'], [['Iraq'], ['Somalia'], ['Russia']]],
  ['nb', ['Hvor mange saker hadde spesialutsendingene i 2023?', 'Hvilke land kom flest saker fra?'], [['Irak'], ['Somalia'], ['Russland']]],
  ['en', ['Which envoy covers Jordan?', 'And Egypt?'], [['Amman'], ['Egypt']]],
  ['pl', ['Który wysłannik obejmuje Jordanię?', 'A Egipt?'], [['Amman'], ['Egipt']]],
];

describe('s43facts (1): the first year beside now, in a long story', () => {
  it.each(FIRST_YEAR_AND_NOW)('%s: %j gives 2008 (381) and 2023 (899 / 897)', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
});

describe('s43facts (2): history asked in other languages', () => {
  it.each(HISTORY_ASKED)('%s: %j gives 1 January 2008', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
});

describe('s43facts (2b): the case-registration tool asked inside a long story', () => {
  it.each(TOOL_IN_A_STORY)('%s: %j gives the history with January 2023, no emergency card', async (lang, turns, facts) => {
    const view = await runner.turn(lang, turns);
    expectFacts(view, lang, facts);
    expect(view.texts.some((t) => t.includes('2004'))).toBe(true);
  });
  it('calm twin: a long story of a pupil who has started to be kept home is a case, not the history', async () => {
    const view = await runner.turn('en', "A pupil of mine started missing school on Fridays this autumn and says her brother checks her phone every evening. She is not in danger today and has not asked for anything, but I would like to know what I should do next and whom I could ask for advice.");
    expect(view.texts.some((t) => t.includes('1 January 2008'))).toBe(false);
  });
});

describe('s43facts (3): a share that is not published', () => {
  it.each(SHARE_OF_BOYS)('%s: %j gives the counts published, not a split', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
  it('Dari: the split is said to be unpublished (the "by gender" line) before the counts', async () => {
    const view = await runner.turn('fa', 'چند درصد از کسانی که مشاوران تنوع در سال ۲۰۲۳ کمک کردند پسر بودند؟');
    const gender = view.texts.findIndex((t) => t.includes('جنسیت'));
    const count = view.texts.findIndex((t) => t.includes('899'));
    expect(gender).toBeGreaterThanOrEqual(0);
    expect(gender).toBeLessThan(count);
  });
  it.each(EXPERT_TEAM_BOOKED)('%s: %j gives how to book the team', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
  it('safety: a Dari message about one boy sent abroad who does not come back keeps the emergency card (the new word is no statistic)', async () => {
    const view = await runner.turn('fa', 'پسر ۱۵ ساله‌ام را به کشور دیگری فرستاده‌اند و برنمی‌گردد');
    expect(view.emergency).toBe(true);
  });
});

describe('s43facts: calm twins', () => {
  it.each([
    ['nn', 'Eg hugsar ei sak frå 2008 då ei elev var redd for å bli gift bort i ferien. Ho fekk hjelp den gongen. Kor mange saker hadde rådgjevarane det året?'],
    ['en', 'Back in 2008 a pupil of mine feared being married off on holiday; she got help then and is fine now. How many cases did the advisers have that year?'],
  ] as const)('%s: a past case told beside a figure stays calm and gets the figure: %s', async (lang, text) => {
    expectFacts(await runner.turn(lang, text), lang, [['381']]);
  });
});

describe('s43facts (4): follow-ups on the envoys', () => {
  it.each(ENVOY_FOLLOW_UPS)('%s: %j', async (lang, turns, facts) => {
    expectFacts(await runner.turn(lang, turns), lang, facts);
  });
});
