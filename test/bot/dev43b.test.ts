/**
 * dev43b (issue #13, the development sets general-blind-140 and -141). Two classes mended, each in the twelve
 * languages, with our own probes (none of them a set's sentence):
 *  (1) a traffic fine (speeding, a speed camera, driving over the limit in the limit's definite forms, "fartsgrensa")
 *      is a subject next to the field ('nearField' in content/understanding/scope/<lang>.json, rule near-field-subject):
 *      declined politely, with no emergency card. Twins: the same traffic words beside a harm or a threat at home stay
 *      in scope, and the danger keeps its card.
 *  (2) a worried parent asking whether a website of ours exists ("is there a site called Nora?") asks about a service,
 *      so the triage does not start ('asksAbout' in content/understanding/triage/words.json): the site's card answers,
 *      and "its address?" after it gives imdi.no/nora. Twins: a plain "I'm worried about my pupil" still starts the
 *      triage; a website asked beside a trip abroad next week keeps the emergency card.
 */
import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { createTriageRecognizer } from '../../src/triage/triage-recognizer';
import { normalize, tokenize } from '../../src/language/text';

type Probe = readonly [Lang, string];

/** (1) A traffic fine, asked in each language. */
const trafficFines: readonly Probe[] = [
  ['nb', 'hvor mye må man betale hvis man blir tatt i fotoboks på E6?'],
  ['nn', 'kor høg blir bota om ein køyrer 25 km/t over fartsgrensa på landevegen?'],
  ['en', 'how big is the fine for speeding if a camera catches me 15 over the limit?'],
  ['ar', 'كم تبلغ غرامة السرعة في النرويج إذا تجاوزت الحد بعشرين كيلومتراً؟'],
  ['so', 'immisa ayuu yahay ganaaxa xawaaraha haddii aan ku dhaqsado 20 km?'],
  ['fa', 'جریمه سرعت در نروژ برای ۲۰ کیلومتر بیشتر چقدر است؟'],
  ['ur', 'ناروے میں تیز رفتاری کا جرمانہ کتنا ہوتا ہے؟'],
  ['uk', 'який штраф за перевищення швидкості на 20 км/год у Норвегії?'],
  ['ru', 'сколько стоит штраф за превышение скорости на 30 км/ч?'],
  ['tr', 'Norveç\'te otoyolda hız cezası ne kadar oluyor?'],
  ['pl', 'jaki jest mandat za przekroczenie prędkości o 30 km/h w Norwegii?'],
  ['ti', 'ኣብ ኖርወይ መቕጻዕቲ ፍጥነት ክንደይ እዩ?'],
];

/** (1) Twins: traffic words beside a present harm or threat at home; the danger keeps its card. */
const trafficBesideDanger: readonly Probe[] = [
  ['en', 'my dad drives way too fast on purpose to scare us and then hits my mum when we get home'],
  ['nb', 'faren min kjører altfor fort for å skremme oss, og i kveld truet han med å drepe mamma'],
];

/** (2) A worried parent asks whether a website of ours exists, then its address. */
const websiteAsked: readonly (readonly [Lang, string, string])[] = [
  ['en', "I'm a little worried about my son, is there a website called Nora for teenagers?", 'and its address?'],
  ['nb', 'jeg er bekymret for sønnen min, finnes det en nettside for ungdom som heter Nora?', 'hva er adressen dit'],
  ['tr', 'oğlum için endişeliyim, gençlere yönelik Nora adında bir site duydum, gerçekten var mı?', 'adresi neydi?'],
  ['ru', 'я беспокоюсь за сына, есть ли сайт Nora для молодёжи?', 'какой у него адрес?'],
];

describe('dev43b: a traffic fine is declined; a website asked beside a worry is answered', () => {
  const runner = conversationRunnerPerFile();

  it.each(trafficFines)('(1) a traffic fine is declined politely (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expectDeclined(view, lng);
    expect(view.cannotAnswer).toBe(true);
  });

  it.each(trafficBesideDanger)('(1) twin: traffic words beside a harm keep the emergency card (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect([view.emergency, view.texts.join(' ').includes('112')]).toEqual([true, true]);
  });

  it.each(websiteAsked)('(2) the website is answered, then its address (%s): %s / %s', async (lng, first, second) => {
    const opening = await runner.turn(lng, first);
    expect([opening.didYouMean, opening.cannotAnswer, opening.emergency, containsFact(opening.texts, ['imdi.no/nora'])]).toEqual([false, false, false, true]);
    const follow = await runner.turn(lng, [first, second]);
    expect([follow.didYouMean, follow.cannotAnswer, containsFact(follow.texts, ['imdi.no/nora'])]).toEqual([false, false, true]);
  });

  it('(2) a website word stops the triage; a plain worry about a person still starts it', () => {
    const triage = createTriageRecognizer();
    const read = (text: string): number | undefined => {
      const normalized = normalize(text);
      return triage.recognize({ text, lng: 'en', normalized, tokens: tokenize(normalized) })[0]?.score;
    };
    expect(read('I am worried about a pupil, is there a website for young people?')).toBeUndefined();
    expect(read('jeg er bekymret for en elev, finnes det en nettside for ungdom?')).toBeUndefined();
    expect(read('I am worried about a pupil')).toBe(1);
    expect(read('jeg er bekymret for en elev')).toBe(1);
  });

  it('(2) twin: a website asked beside a trip abroad next week keeps the emergency card', async () => {
    const view = await runner.turn('en', "I'm worried about my daughter, her father is sending her to Somalia next week to be married. Is there a website that can help?");
    expect(view.emergency).toBe(true);
  });
});
