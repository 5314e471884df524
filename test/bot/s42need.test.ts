/**
 * s42need (issue #13, two needs and follow-ups). Our own probes, none of them a tuned set's sentence. The classes:
 *  (1) A SECOND QUESTION WHOSE QUESTION WORD COMES LATE: in the verb-final languages (Turkish, Tigrinya, Urdu, Farsi,
 *      Somali) a part without a question mark asks with its question word or ending at the end ("… okulda kime
 *      danışabilirim", "… wici karaan ma jiraa", "… چیست"). A part counted as asking only when it opened with a
 *      request word, so such a part was story and lost. Words: `questionEnds` in content/understanding/needs/<lng>.json
 *      (a lone * is any one word), read by `asks()` (src/conversation/needs-words.ts); the other seven languages open
 *      their questions with the question word and need none.
 *  (2) AN URGENT CASE OUT OF HOURS after a service's number ("and if it's urgent on a Friday evening?"): the numbers
 *      open now (police 112 first), with the service's card and hours. The urgency adjective's inflected forms were
 *      missing ("срочное", "термінова", "pilna", "acilse"): `afterHours` in content/understanding/follow-up/<lng>.json.
 *  (4) "Can the envoys hold a course for us?" wishes for training, not the envoys' count of training assignments:
 *      `trainingWished` (content/stats/stats-grammar.json) had nb, nn and en only; now the other nine languages.
 *  (3) A SERVICE'S OLD NAME after another service's figure ("а советники по делам меньшинств?": the diversity
 *      advisers' old name) read as the history of the services: the same figure of that service, unless the message
 *      asks the history (`historyAsked` in content/understanding/follow-up/<lng>.json).
 *  (7) "HOW DOES 245 COMPARE WITH THE ADVISERS?" after the envoys' cases of a year: both services' figures for that
 *      year side by side (the advisers' 899), not "did you mean" (src/conversation/follow-up.ts).
 * Calm twins: none of these is a present danger; only an urgent case asked about gets the numbers open now; the same
 * service's hours asked without urgency keep its card without the emergency card; a statement with no question
 * after a service's number is no second need.
 */
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { loadNeedsWords } from '../../src/conversation/needs-words';

type Probe = readonly [Lang, string];

/** (1) A part whose question word or ending comes last asks; a plain statement does not. */
const lateAsking: readonly (readonly [Lang, string, boolean])[] = [
  ['tr', 'çocuklar kendileri arayabilecekleri bir hat var mı', true],
  ['tr', 'zorla evlilik konusunda okulda kime danışabilirim', true],
  ['tr', 'öğretmenler bu konuda hangi kursa katılabilir', true],
  ['tr', 'öğrenci bugün okula gelmedi', false],
  ['so', 'khad ay carruurtu iyagu wici karaan ma jiraa', true],
  ['so', 'lambarka khadka carruurta waa maxay', true],
  ['so', 'gabadhu way wici kartaa', false],
  ['fa', 'شماره مستقیم برای اطفال چیست', true],
  ['fa', 'اطفال خودشان به کجا میتوانند زنگ بزنند', true],
  ['fa', 'شاگرد دیروز به مکتب نیامد', false],
  ['ur', 'بچوں کی ہیلپ لائن کا نمبر کیا ہے', true],
  ['ur', 'بچے خود کس سے بات کریں', true],
  ['ur', 'طالبہ کل اسکول نہیں آئی', false],
  ['ti', 'ቆልዑ ባዕሎም ዝድውልዎ ቁጽሪ ኣሎ ድዩ', true],
  ['ti', 'ቆልዑ ባዕሎም ንመን ይሓቱ', true],
  ['ti', 'ተምሃሪት ትማሊ ናብ ቤት ትምህርቲ ኣይመጸትን', false],
];

/**
 * (1) A service's number and, in a sentence asking late, a line children can call themselves: both (a guard; these
 * held before too, the whole message's reading carrying them; Tigrinya's "a number children call themselves" is not
 * read as the children's line on its own, a words gap left open).
 */
const numberAndChildrensLine: readonly Probe[] = [
  ['tr', "Kompetanseteamet'in telefon numarası nedir? Bir de çocukların kendilerinin arayabileceği bir hat var mı"],
  ['tr', "Kompetanseteamet'in numarasını arıyorum. Çocuklar kendileri hangi hattı arayabilir"],
  ['so', 'Waa maxay lambarka Kompetanseteamet? Khad ay carruurtu iyagu wici karaan ma jiraa'],
  ['ur', 'کمپیٹنس ٹیم کا نمبر کیا ہے؟ بچوں کی اپنی ہیلپ لائن کا نمبر کیا ہے'],
  ['fa', 'شماره Kompetanseteamet چیست؟ تیلفون کمک برای اطفال کدام است'],
];

/** (2) An urgent case out of hours after a service's number: the numbers open now, 112 among them. */
const urgentAfterHours: readonly (readonly [Lang, readonly string[]])[] = [
  ['ru', ['какой телефон у Kompetanseteamet?', 'а если что-то срочное в пятницу вечером?']],
  ['uk', ['який номер у Kompetanseteamet?', 'а якщо справа термінова в п’ятницю ввечері?']],
  ['pl', ['jaki jest numer do Kompetanseteamet?', 'a jeśli sprawa jest pilna w piątek wieczorem?']],
  ['tr', ["Kompetanseteamet'in numarası nedir?", 'peki cuma akşamı acilse ne yapmalıyım?']],
  ['en', ["what is Kompetanseteamet's number?", 'and if it is urgent on a Friday evening?']],
  ['nb', ['hva er nummeret til Kompetanseteamet?', 'og hvis det haster en fredag kveld?']],
];

/** (2) Calm twins: the hours asked with no urgency keep the service's card, without the emergency card. */
const hoursNoUrgency: readonly (readonly [Lang, readonly string[]])[] = [
  ['ru', ['какой телефон у Kompetanseteamet?', 'когда можно позвонить?']],
  ['en', ["what is Kompetanseteamet's number?", 'when can I call them?']],
];

/** (4) A course wished for from the envoys: who holds courses for staff (IMDi's expert team), not a count. */
const courseWished: readonly Probe[] = [
  ['nb', 'Kan spesialutsendingene holde kurs for oss?'],
  ['ru', 'Могут ли спецпосланники провести курс для нашей школы?'],
  ['uk', 'Чи можуть спецпосланці провести курс для нашої школи?'],
];

/** (3) A service named by its old name after another service's figure: that service's figure (the advisers' 899). */
const oldNameAfterFigure: readonly (readonly [Lang, readonly string[]])[] = [
  ['ru', ['сколько дел было у спецпосланников в 2023 году?', 'а советники по делам меньшинств?']],
  ['uk', ['скільки справ мали спецпосланці у 2023 році?', 'а радники з питань меншин?']],
  ['en', ['how many cases did the special envoys have in 2023?', 'and the minority advisers?']],
];

/** (7) The envoys' figure compared with the advisers' after it: both services, no "did you mean". */
const compareWithAdvisers: readonly (readonly [Lang, readonly string[]])[] = [
  ['nb', ['hvor mange saker hadde spesialutsendingene i 2023?', 'hvordan er 245 sammenlignet med rådgiverne?']],
  ['en', ['how many cases did the special envoys have in 2023?', 'how does 245 compare with the diversity advisers?']],
  ['nn', ['kor mange saker hadde spesialutsendingane i 2023?', 'korleis er 245 samanlikna med rådgivarane?']],
];

describe('s42need: a late question word asks (asks(), questionEnds)', () => {
  const words = loadNeedsWords();
  it.each(lateAsking)('%s: "%s" asks: %s', (lng, part, asks) => {
    expect(words.get(lng)?.asks(part)).toBe(asks);
  });
});

describe('s42need: two needs and follow-ups', () => {
  const runner = conversationRunnerPerFile();

  it.each(numberAndChildrensLine)("(1) Kompetanseteamet's number and the children's own line, no card (%s): %s", async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([text, false, false, false]);
    expect([text, containsFact(view.texts, ['478 09 050']), containsFact(view.texts, ['116 111'])]).toEqual([text, true, true]);
  }, 120_000);

  it.each(urgentAfterHours)('(2) urgent out of hours after a number: the numbers open now, 112 (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.cannotAnswer, view.didYouMean, containsFact(view.texts, ['112'])]).toEqual([turns, false, false, true]);
  }, 120_000);

  it.each(hoursNoUrgency)('(2) calm twin: the hours asked with no urgency keep the card, no emergency card (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.emergency, view.cannotAnswer, containsFact(view.texts, ['478 09 050'])]).toEqual([turns, false, false, true]);
  }, 120_000);

  it.each(courseWished)('(4) a course wished for from the envoys: IMDi\'s expert team, no figure (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.didYouMean, view.cannotAnswer, view.emergency, containsFact(view.texts, ['post@imdi.no'])]).toEqual([text, false, false, false, true]);
  }, 120_000);

  it.each(oldNameAfterFigure)('(3) a service\'s old name after a figure: its figure, not the history (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, view.emergency, containsFact(view.texts, ['899'])]).toEqual([turns, false, false, false, true]);
  }, 120_000);

  it.each(compareWithAdvisers)('(7) the envoys\' figure compared with the advisers\': both figures (%s): %j', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect([turns, view.didYouMean, view.cannotAnswer, view.emergency]).toEqual([turns, false, false, false]);
    // The envoys' 245 and the advisers' 899 cases in 2023 (IMDi årsrapport 2023).
    expect([turns, containsFact(view.texts, ['245']), containsFact(view.texts, ['899'])]).toEqual([turns, true, true]);
  }, 120_000);
});
