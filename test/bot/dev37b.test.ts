import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, dev37b (development set general-blind-117). Our own probes, not the set's sentences.
 *  1. Taken somewhere by force now: pushed, shoved, dragged or forced into a car, a van or a plane (strong, whatever
 *     the time), and taken or driven to the airport right now (weak: a story, read by the situation reader), in all 12
 *     languages. Calm twins: a holiday trip to the airport, a lift to school, a car park, a bag thrown in the car, an
 *     exchange year the writer looks forward to.
 *  2. "When did the change happen?" after an article (the advisers' new name): the article again, whose text gives the
 *     year, in nb, nn and en, as "when did that happen?" already was.
 */
const dangers: ReadonlyArray<[Lang, string]> = [
  ['nn', 'no køyrer dei meg til flyplassen, eg vil ikkje'],
  ['nn', 'far min tek ho med på flyet no'],
  ['nn', 'dei tvingar meg inn i bilen no'],
  ['nn', 'dei dreg meg inn i bilen'],
  ['nn', 'han tvingar ho inn i bilen no'],
  ['nb', 'de tar henne med til flyplassen nå, hva gjør jeg'],
  ['nb', 'broren min dytter meg inn i bilen akkurat nå'],
  ['nb', 'de kjører meg til gardermoen nå og jeg vil ikke'],
  ['nb', 'hjelp de tvinger meg inn i en bil'],
  ['en', 'they are driving me to the airport right now and i dont want to go'],
  ['en', 'my uncle is pushing her into a van right now'],
  ['en', 'dad is taking my sister to the airport now, she is crying'],
  ['en', 'they shoved me in the car help'],
  ['en', 'they pushed my sister into the car and drove off'],
  ['en', 'getting dragged into a van rn'],
  ['tr', 'beni zorla arabaya bindiriyorlar'],
  ['tr', 'babam beni şimdi havalimanına götürüyor, gitmek istemiyorum'],
  ['pl', 'wpychają mnie do samochodu'],
  ['pl', 'teraz wiozą mnie na lotnisko, nie chcę lecieć'],
  ['ar', 'يدفعونني إلى السيارة بالقوة'],
  ['ar', 'أبي يأخذني إلى المطار الآن ولا أريد'],
  ['fa', 'به زور مرا سوار ماشین کردند'],
  ['ur', 'وہ مجھے زبردستی گاڑی میں بٹھا رہے ہیں'],
  ['ur', 'ابھی مجھے ایئرپورٹ لے جا رہے ہیں'],
  ['so', 'xoog ayay igu gelinayaan gaariga'],
  ['so', 'hadda waxay i geynayaan madaarka'],
  ['uk', 'мене силою заштовхують в машину'],
  ['uk', 'зараз мене везуть в аеропорт, я не хочу'],
  ['ru', 'меня силой заталкивают в машину'],
  ['ru', 'сейчас меня везут в аэропорт, я не хочу лететь'],
  ['ti', 'ብሓይሊ ናብ መኪና የእትዉኒ ኣለዉ'],
  ['ti', 'ሕጂ ናብ መዕርፎ ነፈርቲ ይወስዱኒ ኣለዉ'],
];

const calm: ReadonlyArray<[Lang, string]> = [
  ['nn', 'vi køyrer ho til flyplassen i morgon, ho skal på ferie'],
  ['nn', 'eg køyrer dottera mi til flyplassen no, ho skal på utveksling'],
  ['nb', 'jeg kjører henne til flyplassen for ferien'],
  ['nb', 'hvordan er reglene for å ta barn med på flyet til utlandet'],
  ['en', 'im driving her to the airport for her holiday'],
  ['en', 'getting into the car for school now'],
  ['en', 'we pulled into the car park and waited'],
  ['en', 'i threw my bag in the car this morning'],
  ['en', 'my dad is driving me to the airport now for my exchange year, so excited'],
  ['ur', 'ہم کل چھٹیوں پر ایئرپورٹ جائیں گے'],
  ['so', 'berri waxaan aadaynaa madaarka fasax'],
  ['ti', 'ጽባሕ ናብ መዕርፎ ነፈርቲ ንኸይድ ኢና ንዕረፍቲ'],
];

describe('dev37b: taken somewhere by force now', () => {
  const runner = conversationRunnerPerFile();

  test.each(dangers)('%s danger: %s', async (lng, text) => {
    expect(isDanger(text, lng)).toBe(true);
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });

  test.each(calm)('%s calm twin: %s', async (lng, text) => {
    expect(isDanger(text, lng)).toBe(false);
    const view = await runner.turn(lng, text);
    expectCalmByTheRules(view, text, lng);
  });
});

describe('dev37b: when did the change happen, after an article', () => {
  const runner = conversationRunnerPerFile();
  const cases: ReadonlyArray<[Lang, string, string]> = [
    ['en', 'what are the minority advisers called now?', 'when did this change happen'],
    ['en', 'what are the minority advisers called now?', 'when was the change made'],
    ['en', 'what are the minority advisers called now?', 'what year did the change happen'],
    ['nb', 'hva heter minoritetsrådgiverne nå?', 'når skjedde endringen?'],
    ['nb', 'hva heter minoritetsrådgiverne nå?', 'når ble navnet endret'],
    ['nn', 'ka heiter minoritetsrådgjevarane no?', 'når skjedde endringa?'],
    ['nn', 'ka heiter minoritetsrådgjevarane no?', 'ka tid vart det endra'],
  ];
  test.each(cases)('%s: %s → %s', async (lng, first, next) => {
    const view = await runner.turn(lng, [first, next]);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['2024'])).toBe(true);
  });
});
