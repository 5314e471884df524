import { readFileSync } from 'node:fs';
import { standardNorwegian } from '../../src/language/spelling';
import type { Lang } from '../../src/language/languages';
import { createSecondOpinion, SECOND_OPINION_FILE, secondOpinionModelSchema, WORD_PREFIX } from '../../src/understanding/second-opinion';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * The second opinion's calm twins (issue #13, twins29): a turn the rules read with a calm concept (training asked for,
 * an anonymous line, a service's topic, people in general, a hedge, a case returned…) must score above a raised bar
 * before the model's "call 112" line comes; the rules' calm reading is weighed, not obeyed. Phrasings written for this
 * test, in none of the conversation sets.
 */
describe('second opinion: the raised bar for calm concepts', () => {
  const model = secondOpinionModelSchema.parse({
    made: { by: 'test', date: '2026-12-06', commit: 'x', sets: 1, items: 2, emergencyItems: 1, setsHash: '0'.repeat(64), features: 'n-grams', minItems: 3, kept: 2, keptBy: 'test' },
    prior: 0,
    threshold: 2,
    gate: ['threat'],
    unless: ['calmNow'],
    raisedBar: { concepts: ['training', 'anonymous'], threshold: 4 },
    weights: { [`${WORD_PREFIX}truer`]: 3, [`${WORD_PREFIX}dreper`]: 5 },
  });
  const opinion = createSecondOpinion(model);

  it('asks a turn with a calm concept to score above the raised bar', () => {
    expect(opinion.fires('truer', new Set(['threat']))).toBe(true);
    expect(opinion.fires('truer', new Set(['threat', 'training']))).toBe(false);
    expect(opinion.fires('truer', new Set(['threat', 'anonymous']))).toBe(false);
  });

  it('still gives the line to a turn that scores above it (a danger told beside the calm words)', () => {
    expect(opinion.fires('dreper', new Set(['threat', 'training']))).toBe(true);
    expect(opinion.fires('dreper', new Set(['threat', 'training', 'calmNow']))).toBe(false);
  });

  it('a model file without a raised bar reads as before', () => {
    const { raisedBar: _unused, ...without } = model;
    expect(createSecondOpinion(without).fires('truer', new Set(['threat', 'training']))).toBe(true);
  });
});

describe('second opinion (the committed model): calm concepts under the raised bar', () => {
  const committed = secondOpinionModelSchema.parse(JSON.parse(readFileSync(SECOND_OPINION_FILE(), 'utf8')));
  const opinion = createSecondOpinion(committed);
  const situation = loadSituationReader();
  const conceptsOf = (lng: Lang, text: string) => situation.read(lng === 'nb' || lng === 'nn' ? standardNorwegian(text) : text).concepts as ReadonlySet<string>;

  it('holds a raised bar above the threshold', () => {
    expect(committed.raisedBar?.threshold ?? 0).toBeGreaterThan(committed.threshold);
    expect(committed.raisedBar?.concepts).toEqual(expect.arrayContaining(['training', 'anonymous', 'serviceTopic']));
  });

  // An adult's everyday control with a question for an anonymous line; a request for staff training on the topics.
  it.each<[Lang, string]>([
    ['tr', '20 yaşındayım, ailem her yaptığımı ve kiminle görüştüğümü kontrol ediyor. Arayabileceğim anonim bir hat var mı?'],
    ['ru', 'Мне 21, брат проверяет мой телефон и не разрешает мне выходить одной. Есть анонимный номер, куда можно позвонить?'],
    ['uk', 'Мені 20, мама читає мої повідомлення і не пускає мене нікуди саму. Є анонімна лінія, куди можна подзвонити?'],
    ['ur', 'میں 20 سال کی ہوں، گھر والے میرا فون چیک کرتے ہیں اور مجھے اکیلے باہر نہیں جانے دیتے۔ کیا کوئی گمنام نمبر ہے؟'],
    ['nb', 'Jeg er 20 og familien følger med på alt jeg gjør og hvem jeg møter. Finnes det et anonymt nummer jeg kan ringe?'],
    ['nb', 'Vi er et barnehageteam og ønsker opplæring om kjønnslemlestelse før sommerferien, når mange familier reiser til hjemlandet. Hvem kan holde kurs?'],
    ['en', 'I run a youth centre. Could someone give our volunteers a course on honour-related violence and how to spot it when a girl is kept at home?'],
    ['pl', 'Nasza szkoła chce zorganizować szkolenie dla nauczycieli o przemocy w imię honoru. Kto prowadzi takie szkolenia?'],
    ['tr', 'Öğretmenlere zorla evlendirme ve namus şiddeti hakkında eğitim vermek istiyoruz. Kim eğitim verebilir?'],
  ])('%s: %s — no "call 112" line from the model', (lng, text) => {
    expect(opinion.fires(text, conceptsOf(lng, text))).toBe(false);
  });

  it('spares a calm twin the model scores above the plain threshold (tr)', () => {
    const text = '20 yaşındayım, ailem her yaptığımı ve kiminle görüştüğümü kontrol ediyor. Arayabileceğim anonim bir hat var mı?';
    expect(opinion.score(text)).toBeGreaterThan(committed.threshold);
    expect(conceptsOf('tr', text).has('anonymous')).toBe(true);
    expect(opinion.fires(text, conceptsOf('tr', text))).toBe(false);
  });
});

describe('conversation: the dangerous twins of the calm concepts keep their emergency reading', () => {
  const runner = conversationRunnerPerFile();

  it.each<[Lang, string]>([
    ['nb', 'Jeg er 20 og familien følger med på alt jeg gjør. Faren min sier han dreper meg hvis jeg flytter. Finnes det et anonymt nummer?'],
    ['en', "I'm 22 and my family watches everything I do. My brother said he will kill me if I leave. Is there an anonymous number I can call?"],
    ['en', 'We would like training for our staff on forced marriage. Also, a pupil told me today her father will kill her if she refuses the marriage.'],
    ['nb', 'Jeg underviser på en videregående skole. Rektor vil at personalet skal lære om tvangsekteskap. Hvem kan komme og holde kurs? Og en elev sier faren slår henne hver kveld.'],
  ])('%s: %s — the emergency numbers on top', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
  });

  it.each<[Lang, string]>([
    ['tr', '20 yaşındayım, ailem her yaptığımı ve kiminle görüştüğümü kontrol ediyor. Arayabileceğim anonim bir hat var mı?'],
    ['en', 'Our youth club wants a workshop for the staff on honour-based violence and forced marriage. Who runs that kind of training?'],
  ])('%s: %s — calm, no emergency', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
  });
});
