/**
 * calm42c (issue #13, false alarms: the emergency card or the concern's 112 line where no one is in danger). Our own
 * probes, none of them a set's sentence. The class done here:
 *  (1) "WHAT MUST WE DO IF a pupil says …": the role reader found no duty in "what must/should/do we do if" ("hva må vi
 *      gjøre hvis", "maxaan samaynaa haddii", Tigrinya's "እንታይ ክንገብር ኣሎና" was not read at all), so the supposition
 *      of a duty question (danger-reader.ts `supposed()`) never applied and a supposed case was read as one at hand.
 *      The frames are duty words now (content/understanding/roles/<lang>.json, notify) in twelve languages.
 *      Read as a duty, a case supposed with nothing at hand still got the concern's line from the "what do we do?"
 *      alone (understand.ts `asked`), or, a marriage no rule read (Somali "haddii … guursato"), the second opinion's:
 *      `supposedDuty` (danger-reader.ts `supposedDanger`) sets both aside.
 * Calm twins: a supposed case asked as a duty question ("if we suspect a child in our kindergarten might be cut", "if a
 * pupil tells us she is afraid of her father") gets no emergency card. Danger twins: a cutting planned this summer
 * abroad, a threat yesterday and a fear of going home keep the card in the same frame.
 * Classes (2)–(5) of the brief (a third party's worry answered by the triage, the writer's own past move out, rules that
 * fire on calm words, two lines asked with no danger) are not done in this branch.
 */
import { type Lang } from '../../src/language/languages';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

type Probe = readonly [Lang, string];

/** (1) The duty frame "what must/should we do if …" in twelve languages. */
const dutyFrames: readonly Probe[] = [
  ['en', 'What should we do if a parent keeps a pupil home from the school trip?'],
  ['nb', 'Hva bør vi gjøre hvis en forelder holder en elev hjemme fra turen?'],
  ['nn', 'Kva bør vi gjere viss ein forelder held ein elev heime frå turen?'],
  ['so', 'Maxaan samaynaa haddii waalid uu arday ka joojiyo safarka dugsiga?'],
  ['ti', 'ወላዲ ንተምሃሪ ካብ ጉዕዞ ቤት ትምህርቲ እንተ ከልኪሉ እንታይ ክንገብር ኣሎና?'],
  ['ar', 'ماذا نفعل إذا منع أحد الوالدين طالبا من الرحلة المدرسية؟'],
  ['fa', 'اگر والدین دانش‌آموزی را از اردوی مدرسه منع کنند، چه باید بکنیم؟'],
  ['ur', 'اگر والدین کسی طالب علم کو اسکول کے سفر سے روک دیں تو ہمیں کیا کرنا چاہیے؟'],
  ['tr', 'Bir veli öğrenciyi okul gezisine göndermezse ne yapmalıyız?'],
  ['uk', 'Що нам робити, якщо батьки не пускають учня на шкільну поїздку?'],
  ['ru', 'Что нам делать, если родители не пускают ученика на школьную поездку?'],
  ['pl', 'Co mamy zrobić, jeśli rodzic nie puszcza ucznia na wycieczkę szkolną?'],
];

/** (1) A supposed case asked as a duty question: no emergency card. */
const supposedCase: readonly Probe[] = [
  ['en', 'What should we do if we suspect that a child in our kindergarten might be cut?'],
  ['nb', 'Hva bør vi gjøre hvis vi mistenker at et barn i barnehagen kan bli kjønnslemlestet?'],
  ['en', 'What must we do if a colleague thinks a pupil could be at risk of honour violence?'],
  ['nb', 'Hva må vi gjøre hvis en kollega tror at en elev kan være utsatt for æresvold?'],
  ['nb', 'Hva gjør vi hvis en elev forteller at hun er redd faren sin?'],
  ['so', 'Maxaan samaynaa haddii arday ay noo sheegto inay ka baqayso aabaheed?'],
  ['ar', 'ماذا نفعل إذا قالت لنا طالبة إنها تخاف من والدها؟'],
  ['ru', 'Что нам делать, если ученица говорит, что боится отца?'],
  ['uk', 'Що нам робити, якщо учениця каже, що боїться батька?'],
  ['tr', 'Bir öğrenci babasından korktuğunu söylerse ne yapmalıyız?'],
  ['ur', 'اگر کوئی طالبہ کہے کہ وہ اپنے والد سے ڈرتی ہے تو ہمیں کیا کرنا چاہیے؟'],
  ['ti', 'ሓንቲ ተምሃሪት ንኣቦኣ ከም እትፈርሖ እንተ ነጊራትና እንታይ ክንገብር ኣሎና?'],
];

/** (1) Danger twins in the same frame: a cutting planned this summer abroad, a threat yesterday and a fear of going home. */
const dangerInFrame: readonly Probe[] = [
  ['nb', 'Hva må vi gjøre hvis en elev sier at hun skal sendes til Somalia i sommer for å bli omskåret?'],
  ['en', 'What should we do if a pupil says her brother threatened her yesterday and she is afraid to go home?'],
];

/**
 * (1) A marriage supposed in the frame with nothing at hand (no time, journey, threat): the "what do we do?" alone made
 * it a case with the "112 if acute" line, and where no marriage rule read the words (Somali "haddii … guursato"), the
 * second opinion gave the line. No card and no line now (understand.ts `supposedDuty`).
 */
const supposedMarriage: readonly Probe[] = [
  ['en', 'What must we do if a pupil tells us her family wants her to marry a cousin?'],
  ['nb', 'Hva må vi gjøre hvis en elev sier at familien vil at hun skal gifte seg med en fetter?'],
  ['nn', 'Kva må vi gjere viss ei elev seier at familien vil at ho skal gifte seg med ein fetter?'],
  ['so', 'Maxaan samaynaa haddii arday ay sheegto in qoyskeedu doonayo inay guursato ina adeerkeed?'],
  ['ti', 'ሓንቲ ተምሃሪት ስድራኣ ንወዲ ሓወቦኣ ክትምርዖ ከም ዝደልዩ እንተ ነጊራትና እንታይ ክንገብር ኣሎና?'],
  ['ar', 'ماذا نفعل إذا قالت لنا طالبة إن عائلتها تريد أن تزوجها من ابن عمها؟'],
  ['fa', 'اگر دانش‌آموزی بگوید خانواده‌اش می‌خواهند با پسرعمویش ازدواج کند، چه باید بکنیم؟'],
  ['ur', 'اگر کوئی طالبہ بتائے کہ اس کا خاندان چاہتا ہے کہ وہ اپنے کزن سے شادی کرے تو ہمیں کیا کرنا چاہیے؟'],
  ['tr', 'Bir öğrenci ailesinin onu kuzeniyle evlendirmek istediğini söylerse ne yapmalıyız?'],
  ['uk', 'Що нам робити, якщо учениця каже, що родина хоче, щоб вона вийшла заміж за двоюрідного брата?'],
  ['ru', 'Что нам делать, если ученица говорит, что семья хочет выдать её за двоюродного брата?'],
  ['pl', 'Co mamy zrobić, jeśli uczennica mówi, że rodzina chce, żeby wyszła za kuzyna?'],
];

/** (1) Danger twins: the marriage told with a time and a country abroad keeps the emergency numbers. */
const marriageAtHand: readonly Probe[] = [
  ['en', 'What must we do if a pupil tells us her family will marry her to a cousin in Pakistan this summer?'],
  ['so', 'Maxaan samaynaa haddii arday ay sheegto in lagu guurinayo Soomaaliya xagaagan?'],
];

describe('calm42c: the role reader reads the duty frame', () => {
  const roles = loadRoleReader();
  it.each(dutyFrames)('(1) "what must we do if …" asks a duty (%s): %s', (_lng, text) => {
    expect([text, roles.read(text).duties]).toEqual([text, ['notify']]);
  });
});

describe('calm42c: the bot as it runs', () => {
  const runner = conversationRunnerPerFile();
  it.each(supposedCase)('(1) a supposed case asked as a duty: no emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, false]);
  });
  it.each(supposedMarriage)('(1) a marriage supposed with nothing at hand: no card, no "112 if acute" line (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.answers > 0]).toEqual([text, false, true]);
  });
  it.each(marriageAtHand)('(1) danger twin: a marriage at hand keeps the emergency numbers (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency, view.texts.join(' ').includes('112')]).toEqual([text, true, true]);
  });
  it.each(dangerInFrame)('(1) danger twin keeps the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([text, view.emergency]).toEqual([text, true]);
  });
});
