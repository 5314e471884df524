import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger } from '../helpers/danger-alarm';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * Session 33, dev33a (issue #13, general-blind-100's failures as classes). Our own probe sentences, not the set's:
 * - a girl's cutting told as her "cleaning" or purification (ur, fa; ar already read it), with the holidays, an elder
 *   or the cousins who had the same done before: danger; a house, a room or a school cleaned stays calm;
 * - Tigrinya confinement in the present tense (ይዓጽዋ "he locks her in") and a removal in the "we" form (ክንሰዳ "we
 *   will send her", ቀልጢፍና "quickly"): danger; a shop or a school that closes stays calm;
 * - "and the one before?" after the action plans: the plan before the current one ("Frihet fra negativ sosial kontroll
 *   …"), in every language; after something else it asks nothing of the plans;
 * - the Tigrinya words for a campaign, its views and social media, and Roman-Urdu "reached" (tak pahunch): figures.
 */
describe('dev33a: general-blind-100 classes', () => {
  const runner = conversationRunnerPerFile();
  const EMERGENCY = ['112'];

  const danger: [Lang, string][] = [
    ['ur', 'میری کلاس کی ایک لڑکی نے کہا کہ گرمیوں کی چھٹیوں میں اس کی دادی اس کی صفائی کروائیں گی'],
    ['ur', 'ہماری طالبہ کہتی ہے کہ اس کی بھی صفائی ہوگی کزنوں کی طرح'],
    ['ur', 'meri student ne bataya ke chuttiyon mein nani uski safai karwayengi'],
    ['ur', 'ایک بچی کی ماں کہتی ہے کہ بیٹی کی صفائی پاکستان میں ہوگی'],
    ['fa', 'یکی از دانش آموزانم گفت مادربزرگش میخواهد در تعطیلات تابستان تمیزش کنند مثل دخترعموهایش'],
    ['ar', 'طالبة عندي قالت إن جدتها تريد تطهيرها في الصيف مثل بنات عمها'],
    ['ti', 'ሓንቲ ተምሃሪት ኣቦኣ ኣብ ገዛ ይዓጽዋ ኣሎ ትብል'],
    ['ti', 'ኣብ ገዛ ይዓጽዉኒ ኣለዉ'],
    ['ti', 'ሓንቲ ጓል 15 ዓመት ስድራኣ ቀልጢፍና ክንሰዳ ኢና ይብሉ'],
  ];
  it.each(danger)('%s: "%s" gets the emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, EMERGENCY)).toBe(true);
  });

  const calm: [Lang, string][] = [
    ['ur', 'ہم نے چھٹیوں میں گھر کی صفائی کروائی'],
    ['ur', 'سکول کی صفائی کون کرتا ہے؟ بچوں کی چھٹیوں میں'],
    ['ur', 'کمرے کی صفائی کزنوں کی طرح کرنی ہے'],
    ['fa', 'در تعطیلات تابستان خانه را تمیز میکنیم مثل دخترعموهایش'],
    ['ar', 'تريد أن تدرس الطب مثل بنات عمها في الصيف'],
    ['ti', 'ድኳን ኣብ ሰንበት ይዓጽዉ ድዮም?'],
    ['ti', 'ቤት ትምህርቲ ኣብ ክረምቲ ይዓጽዉ፡ ቀልጢፍና ክንመጽእ ኢና'],
  ];
  it.each(calm)('%s: calm twin "%s" is read as no danger or concern', (lang, text) => {
    expect(alarmed(text, lang)).toBe(false);
  });

  const PLAN_BEFORE = ['Frihet fra negativ'];
  const planFollowUps: [Lang, string, string][] = [
    ['nb', 'hva heter handlingsplanen mot negativ sosial kontroll nå?', 'enn den forrige?'],
    ['nn', 'kva heiter handlingsplanen mot negativ sosial kontroll no?', 'og den førre?'],
    ['en', 'what is the current action plan against negative social control called?', 'and the one before?'],
    ['so', 'qorshaha hawlgalka ee hadda ee xakamaynta bulsheed ee xun waa kee?', 'kii ka horeeyay?'],
    ['tr', 'negatif sosyal kontrole karşı şu anki eylem planının adı ne?', 'peki bir önceki?'],
    ['pl', 'jak się nazywa obecny plan działania przeciwko negatywnej kontroli społecznej?', 'a poprzedni?'],
    ['ru', 'как называется нынешний план действий против негативного социального контроля?', 'а предыдущий?'],
  ];
  it.each(planFollowUps)('%s: "%s" then "%s" names the plan before', async (lang, first, second) => {
    const view = await runner.turn(lang, [first, second]);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, PLAN_BEFORE)).toBe(true);
  });

  it('"the previous one" after a helpline is no question about the plans', async () => {
    const view = await runner.turn('en', ['what is the number of the Red Cross helpline?', 'and the previous one?']);
    expect(containsFact(view.texts, PLAN_BEFORE)).toBe(false);
  });

  it('ti: the summer campaign, then how often it was seen: its views', async () => {
    const view = await runner.turn('ti', ['ኣብ 2023 ዝተገብረ ናይ ክረምቲ ዘመተ ኣብ ኣየኖት ማሕበራዊ መራኸቢታት ነይሩ?', 'ክንደይ ግዜ ተራእዩ?']);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['2 358 198', '2358198'])).toBe(true);
  });

  it('ur (Roman): how many people the expert team reached in 2023', async () => {
    const view = await runner.turn('ur', 'fagteam ne 2023 mein kitne logon tak pahunch banayi?');
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['3 500', '3500'])).toBe(true);
  });
});
