/**
 * calm42b (issue #13, false alarms in long stories: 28 % of the calm long stories in the tuned sets got the emergency
 * card at session 42's start; the development set general-blind-137 had 11 of 120 calm items with it). Our own probes,
 * none of them a set's sentence. The classes:
 *  (1) a case told as over: a stay abroad against her will long ago, the person "home now and doing ok", "the family
 *      has calmed down" (calmNow, returned), told to the writer "yesterday" (toldToday now masks the 'recent' of the
 *      telling as it masked its 'soon'): the case is over (caseOver), so no trip-against-will, in twelve languages;
 *  (2) a controlling husband or relatives told with no present danger: the writer says the person is "not afraid right
 *      now", that "he does not hit" in a Norwegian subordinate clause ("at han ikkje slår"), or that "nobody is
 *      violent" (harmDenied), in twelve languages;
 *  (3) the writer's own past shift ("hadde nattevakt i helga", "I was on night shift at the weekend") is no time at
 *      hand for the case it tells of (toldToday masks 'soon'): a midwife asking follow-up after a birth by a mother who
 *      was cut gets no card from "the weekend".
 * Danger twins: a return planned against her will next week, a threat beside the fear denied, a cutting planned for
 * the summer beside the writer's shift: the card stays.
 */
import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { loadSituationReader } from '../../src/understanding/situation-cues';

type Probe = readonly [Lang, string];

/** (1) The words of a case that is over: home now, doing ok, the family calmed down, told yesterday. */
const overWords: readonly (readonly [Lang, string, 'calmNow' | 'returned' | 'toldToday'])[] = [
  ['nb', 'eleven har det ok igjen', 'calmNow'],
  ['nb', 'foreldrene har roet seg', 'calmNow'],
  ['nb', 'hun er hjemme nå', 'returned'],
  ['nb', 'hun fortalte meg i går om det', 'toldToday'],
  ['nn', 'eleven har det ok', 'calmNow'],
  ['nn', 'foreldra har roa seg', 'calmNow'],
  ['nn', 'ho er heime no', 'returned'],
  ['nn', 'ho fortalde meg i går om det', 'toldToday'],
  ['en', 'the girl is doing ok', 'calmNow'],
  ['en', 'her parents have calmed down', 'calmNow'],
  ['en', 'she is home now', 'returned'],
  ['en', 'she told me yesterday about it', 'toldToday'],
  ['ar', 'الطالبة هي بخير الان', 'calmNow'],
  ['so', 'ardayda hadda way fiican tahay', 'calmNow'],
  ['fa', 'دانش آموز الان حالش خوب است', 'calmNow'],
  ['ur', 'طالبہ اب ٹھیک ہے', 'calmNow'],
  ['uk', 'у неї все добре', 'calmNow'],
  ['ru', 'у неё всё хорошо', 'calmNow'],
  ['tr', 'öğrenci şimdi iyi', 'calmNow'],
  ['pl', 'uczennica ma się dobrze', 'calmNow'],
  ['ti', 'ሕጂ ጽቡቕ ኣላ', 'calmNow'],
];

/** (1) A stay against her will long ago, over now: no card. */
const caseOver: readonly Probe[] = [
  ['nb', 'Jeg er lærer på vg1. I går fortalte en elev at hun for to år siden ble sendt til onkelen i Pakistan mot sin vilje i flere måneder. Nå er hun hjemme og har det ok, og familien har roet seg. Hva bør jeg følge med på, og hvem kan gi meg råd?'],
  ['nn', 'Eg er lærar. I går fortalde ei elev at ho for to år sidan vart send til tante si i Irak mot sin vilje. No er ho heime og har det ok, og familien har roa seg. Kven kan gi meg råd om kva eg bør sjå etter?'],
  ['en', "I'm a teacher. Yesterday a pupil told me she was sent to her aunt in Somalia against her will two years ago for some months. She is home now and doing ok, the family has calmed down. Who can advise me on what to watch for?"],
];

/** (1) Danger twin: the same story with a return planned against her will keeps the card. */
const caseNotOver: readonly Probe[] = [
  ['nb', 'Jeg er lærer. I går fortalte en elev at hun for to år siden ble sendt til Pakistan mot sin vilje. Nå er hun hjemme, men familien skal sende henne tilbake neste uke.'],
  ['en', "I'm a teacher. Yesterday a pupil told me she was sent to Somalia against her will two years ago. She is home now, but the family will send her back there next week."],
];

/** (2) The words of a fear denied for now, a beating denied, nobody violent. */
const deniedWords: readonly Probe[] = [
  ['nb', 'hun sier at hun ikke er redd akkurat nå'],
  ['nb', 'hun sier at han ikke slår'],
  ['nb', 'ingen er voldelige hjemme'],
  ['nn', 'ho seier at ho ikkje er redd akkurat no'],
  ['nn', 'ho seier at han ikkje slår'],
  ['en', 'she says she is not afraid right now'],
  ['en', 'nobody is violent at home'],
  ['ar', 'تقول انها لا تخاف الان'],
  ['so', 'waxay tiri hadda kama baqayso'],
  ['fa', 'می گوید الان نمی ترسد'],
  ['ur', 'وہ کہتی ہے کہ ابھی نہیں ڈرتی'],
  ['uk', 'вона каже, що зараз не боїться'],
  ['ru', 'она говорит, что сейчас не боится'],
  ['tr', 'şu an korkmuyor diyor'],
  ['pl', 'mówi, że teraz się nie boi'],
  ['ti', 'ሕጂ ኣይፈርሕን ትብል'],
];

/** (2) A controlling husband or relatives told with no present danger: no card. */
const controlNoDanger: readonly Probe[] = [
  ['nn', 'Eg jobbar i flyktningtenesta. Ei kvinne på introduksjonsprogrammet fortel at mannen tek lønna hennar og les meldingane hennar. Ho seier at han ikkje slår og at ho ikkje er redd akkurat no. Kven kan ho ringje?'],
  ['nb', 'Jeg jobber i voksenopplæringen. En deltaker forteller at mannen bestemmer over pengene og telefonen hennes, men at han ikke slår, og hun er ikke redd akkurat nå. Hvor kan hun få råd?'],
  ['en', "I work at an adult education centre. A learner says her husband controls the money and checks her phone. She says she is not afraid right now and he doesn't hit her. Who could she talk to?"],
  ['nb', 'Jeg er far til en gutt på 17 som har en kjæreste familien ikke liker. Slekta ringer oss hele tiden og sier vi har mistet kontrollen. Ingen er voldelige hos oss, men det er mye krangling. Hvem kan jeg snakke med?'],
];

/** (2) Danger twin: a threat beside the fear denied keeps the card. */
const controlWithThreat: readonly Probe[] = [
  ['nb', 'En deltaker sier hun ikke er redd akkurat nå, men i går truet mannen med å drepe henne hvis hun går.'],
  ['en', 'She says she is not afraid right now, but last night her husband threatened to kill her if she leaves.'],
];

/** (3) The writer's own shift at the weekend, a birth by a mother who was cut, no concern: no card. */
const ownShift: readonly Probe[] = [
  ['nb', 'Jordmor her. Hadde vakt i helga, travelt. En av de fødende var omskåret, fødselen gikk fint og hun fikk en sønn. Ingen grunn til bekymring for familien. Hvem gir råd om oppfølging av slike fødsler?'],
];

/** (3) Danger twin: a cutting planned soon beside the shift keeps the card. */
const ownShiftDanger: readonly Probe[] = [
  ['nb', 'Jordmor her. Hadde vakt i helga. Moren sa at datteren på 3 skal omskjæres i Somalia neste uke.'],
];

describe('calm42b: the situation reader reads the classes', () => {
  const reader = loadSituationReader();
  it.each(overWords)('(1) the words of a case over are read (%s): %s', (lng, text, concept) => {
    expect([text, reader.read(text, [], lng).concepts.has(concept)]).toEqual([text, true]);
  });
  it.each(caseOver)('(1) a stay over is a case over, no danger rule (%s): %s', (lng, text) => {
    const read = reader.read(text, [], lng);
    expect([text, read.concepts.has('caseOver'), read.danger]).toEqual([text, true, []]);
  });
  it.each(deniedWords)('(2) a fear or a harm denied is read (%s): %s', (lng, text) => {
    expect([text, reader.read(text, [], lng).concepts.has('harmDenied')]).toEqual([text, true]);
  });
  it.each(ownShift)('(3) the writer\'s own shift is no time at hand (%s): %s', (lng, text) => {
    const read = reader.read(text, [], lng);
    expect([text, read.concepts.has('toldToday'), read.concepts.has('soon'), read.danger]).toEqual([text, true, false, []]);
  });
});

describe('calm42b: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();
  const calm = [...caseOver, ...controlNoDanger, ...ownShift];
  const danger = [...caseNotOver, ...controlWithThreat, ...ownShiftDanger];
  it.each(calm)('calm: no emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it.each(danger)('danger twin keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});
