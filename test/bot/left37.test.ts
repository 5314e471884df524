import { type Lang } from '../../src/language/languages';
import { alarmed, secondOpinionLine } from '../helpers/danger-alarm';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { createSecondOpinion, loadSecondOpinion, type SecondOpinionModel } from '../../src/understanding/second-opinion';

/**
 * Issue #13, left37: calm questions the retrained second opinion put its "call 112" line on (session 36, left open),
 * closed as classes, with our own probes (no æøå, nynorsk, the other languages as natives type them):
 *  1. A question about what the law or the rules say ('asksTheLaw': "what does the law say", "hva sier loven", "что
 *     говорит закон"; not "what are we obliged to do", which asks what to do in a case) about a pupil not back after a
 *     holiday, with no event told beside it: no line. A marriage, a harm, a passport taken, a trip or a rite told
 *     beside it still lets the model (or the rules) alarm. ("Ikke kommer tilbake" in nb/nn reads as neverReturn, kept
 *     there, which still lets the model weigh the question: the safe side.)
 *  2. "Is that normal / does that count / is that it" ('asksIfItCounts') about everyday control: no line from the
 *     model; a young writer gets the lines with "call 112" as a plain sentence, not the block (a threat, a marriage or
 *     a passport taken beside the question keeps it).
 */
const runner = conversationRunnerPerFile();

const LAW_CALM: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'hva sier loven om meldeplikt når en elev ikke har kommet tilbake etter sommerferien?'],
  ['nn', 'kva seier lova om meldeplikt dersom ein elev ikkje kome tilbake etter sommarferien?'],
  ['pl', 'co mówi prawo o zgłaszaniu, gdy uczeń nie wrócił po wakacjach?'],
  ['ru', 'что говорит закон, если ученик не вернулся после каникул?'],
  ['ar', 'ماذا يقول القانون إذا لم يعد طالب بعد العطلة؟'],
  ['uk', 'що каже закон, якщо учень не повернувся після канікул?'],
  ['fa', 'قانون چه میگوید وقتی دانش آموزی بعد از تعطیلات برنگشته است؟'],
];

const LAW_DANGER: ReadonlyArray<readonly [Lang, string]> = [
  ['en', 'what does the law say, a pupil didnt come back after the holidays and her friend says she was married off there'],
  ['nb', 'hva sier loven? en elev kom ikke tilbake etter ferien og venninna sier hun er giftet bort der'],
  ['en', 'what are the rules? my student never came back from pakistan and they took her passport'],
  ['ru', 'что говорит закон? ученица не вернулась после каникул, её выдали замуж'],
  ['en', 'what does the law say, my pupil is not coming back, her family says she will stay there for good'],
  // A rite told by euphemism on a visit this summer: the rules miss it, the model (asked: a trip beside the law question) reads it.
  ['en', "we're a kindergarten. a mum said her girl (4) will get the old custom done when they visit family this summer, what does the law say?"],
];

const YOUNG_CALM: ReadonlyArray<readonly [Lang, string]> = [
  ['en', 'im 15 and my dad reads all my texts, is that normal?'],
  ['nb', 'jeg er 14 og pappa leser meldingene mine, er det normalt?'],
  ['nb', 'jeg er 15 og mamma sjekker mobilen min hele tiden, teller det?'],
  ['pl', 'mam 15 lat i tata czyta moje wiadomości, czy to normalne?'],
  ['tr', '15 yaşındayım, babam mesajlarımı okuyor, bu normal mi?'],
  ['so', 'waxaan ahay 15 sano, aabahay wuxuu akhriyaa farriimahayga, ma caadi baa?'],
  ['ar', 'عمري ١٥ وأبي يقرأ رسائلي، هل هذا طبيعي؟'],
  ['uk', 'мені 15, тато читає мої повідомлення, це нормально?'],
  ['ru', 'мне 15, папа читает мои сообщения, это нормально?'],
];

const YOUNG_DANGER: ReadonlyArray<readonly [Lang, string]> = [
  ['en', 'my dad reads my texts and said he will kill me if i talk to boys, is that normal?'],
  ['nb', 'pappa leser meldingene mine og sa han skal drepe meg, er det normalt?'],
  ['en', 'im 15 and my parents say i will marry my cousin in pakistan this summer, is that normal?'],
  ['tr', 'babam mesajlarımı okuyor ve beni öldüreceğini söyledi, bu normal mi?'],
  ['pl', 'mam 15 lat, rodzice zabrali mi paszport i mówią, że zostanę w Pakistanie, czy to normalne?'],
];

/** Some of the probes, by index, for the slower conversation tests. */
function pick(list: ReadonlyArray<readonly [Lang, string]>, at: readonly number[]): Array<readonly [Lang, string]> {
  return list.filter((_, i) => at.includes(i));
}

describe('the question words are read (left37)', () => {
  const reader = loadSituationReader();
  it.each(LAW_CALM)('asksTheLaw (%s): %s', (lng, text) => {
    expect(reader.read(text, [], lng).concepts.has('asksTheLaw')).toBe(true);
  });
  it.each(YOUNG_CALM)('asksIfItCounts (%s): %s', (lng, text) => {
    expect(reader.read(text, [], lng).concepts.has('asksIfItCounts')).toBe(true);
  });
});

describe('calmAsked in the gate (left37)', () => {
  const base: SecondOpinionModel = {
    made: { by: 't', date: 'd', commit: 'c', sets: 1, items: 1, emergencyItems: 1, setsHash: '0'.repeat(64), features: 'f', minItems: 1, kept: 1, keptBy: 'k' },
    prior: 5,
    threshold: 0,
    gate: ['notBack', 'marriedOff'],
    unless: [],
    calmAsked: [{ asks: 'asksTheLaw', besideOnly: ['notBack'] }],
    weights: {},
  };
  const model = createSecondOpinion(base);
  it('keeps a law question beside only the allowed gate concepts from the model, and asks it beside another', () => {
    expect(model.fires('what does the law say when a pupil is not back', new Set(['notBack', 'asksTheLaw']))).toBe(false);
    expect(model.fires('what does the law say, a pupil not back and married off', new Set(['notBack', 'marriedOff', 'asksTheLaw']))).toBe(true);
    expect(model.fires('a pupil is not back after the holidays', new Set(['notBack']))).toBe(true);
  });
  it('the committed model has the gate file\'s calmAsked', () => {
    expect(loadSecondOpinion().fires('what does the law say about reporting a pupil who is not back', new Set(['notBack', 'asksTheLaw']))).toBe(false);
  });
});

describe('calm questions get no 112 line, danger twins keep it (left37)', () => {
  it.each([...LAW_CALM, ...YOUNG_CALM])('calm by the rules and the model (%s): %s', (lng, text) => {
    expect([text, alarmed(text, lng), secondOpinionLine(text, lng)]).toEqual([text, false, false]);
  });
  it.each([...LAW_DANGER, ...YOUNG_DANGER])('danger twin alarms (%s): %s', (lng, text) => {
    expect([text, alarmed(text, lng) || secondOpinionLine(text, lng)]).toEqual([text, true]);
  });
});

describe('in the conversation (left37)', () => {
  it.each(pick([...LAW_CALM, ...YOUNG_CALM], [0, 3, 7, 8, 11, 14]))('calm (%s): %s gets no attention block', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
  });
  it('a young writer asking if a curfew counts gets the children\'s line', async () => {
    const view = await runner.turn('en', 'im 16 and my parents wont let me go to the party on saturday, is that normal?');
    expect(view.emergency).toBe(false);
    expect(view.texts.join(' ')).toContain('116 111');
  });
  it.each(pick([...LAW_DANGER, ...YOUNG_DANGER], [0, 4, 5, 7, 8]))('danger twin (%s): %s gets the attention block', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});
