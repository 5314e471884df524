import { readFileSync } from 'node:fs';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { createSecondOpinion, featuresOf, foldForModel, SECOND_OPINION_FILE, secondOpinionModelSchema, WORD_PREFIX } from '../../src/understanding/second-opinion';
import { setFiles, setsHash } from '../../scripts/train-second-opinion';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * The statistical second opinion on danger (second29, issue #13): danger told in words no rule knows gets the short
 * "call 112" line on top of its answer. Phrasings written for this test, in none of the conversation sets.
 */
describe('second opinion: the folded text and its features', () => {
  it('folds case, Norwegian and Polish letters, accents, Arabic marks and spaces', () => {
    expect(foldForModel('  ÆRE  og\tSØSTER på Ålesund ')).toBe('aere og soster pa alesund');
    expect(foldForModel('Łódź, Kadıköy, café')).toBe('lodz, kadikoy, cafe');
    expect(foldForModel('شَرَف')).toBe('شرف');
  });

  it('cuts 3-, 4- and 5-grams of the padded text and its whole words, each once', () => {
    const features = featuresOf('Ære ære');
    expect(features).toEqual(new Set([' ae', 'aer', 'ere', 're ', 'e a', ' aer', 'aere', 'ere ', 're a', 'e ae', ' aere', 'aere ', 'ere a', 're ae', 'e aer', `${WORD_PREFIX}aere`]));
  });

  it('scores the prior plus the weights of the features, and fires only above the threshold with a gate concept', () => {
    const model = secondOpinionModelSchema.parse({
      made: { by: 'test', date: '2026-12-06', commit: 'x', sets: 1, items: 2, emergencyItems: 1, setsHash: '0'.repeat(64), features: 'n-grams', minItems: 3, kept: 2, keptBy: 'test' },
      prior: -1,
      threshold: 2,
      gate: ['honour'],
      unless: ['calmNow'],
      weights: { [`${WORD_PREFIX}aere`]: 2.5, ' ae': 1 },
    });
    const opinion = createSecondOpinion(model);
    expect(opinion.score('ære')).toBeCloseTo(2.5);
    expect(opinion.fires('ære', new Set(['honour']))).toBe(true);
    expect(opinion.fires('ære', new Set(['someone']))).toBe(false);
    expect(opinion.fires('ære', new Set(['honour', 'calmNow']))).toBe(false);
    expect(opinion.fires('aeble', new Set(['honour']))).toBe(false);
  });
});

describe('second opinion: the committed model', () => {
  const model = secondOpinionModelSchema.parse(JSON.parse(readFileSync(SECOND_OPINION_FILE(), 'utf8')));

  it('was trained on the committed conversation sets (npm run train:second-opinion after a set is added or changed)', () => {
    expect(model.made.setsHash).toBe(setsHash(setFiles()));
    expect(model.made.sets).toBe(setFiles().length);
  });

  it('stays small: at most 30,000 weights of 3 decimals', () => {
    const keys = Object.keys(model.weights);
    expect(keys.length).toBe(model.made.kept);
    expect(keys.length).toBeLessThanOrEqual(30_000);
    expect(Object.values(model.weights).every((w) => Math.round(w * 1000) / 1000 === w)).toBe(true);
  });
});

/** The first reply's card: the attention block with the call-112 button first, the answer's own text after it. */
function acuteLineOnAnswer(card: unknown): { lineFirst: boolean; answerBelow: boolean; showCards: number } {
  const c = card as { body?: unknown[]; actions?: Array<{ type?: string }> };
  const body = c.body ?? [];
  const first = JSON.stringify(body[0] ?? {});
  return {
    lineFirst: first.includes('"style":"attention"') && first.includes('tel:112'),
    answerBelow: body.slice(1).some((el) => JSON.stringify(el).length > 80),
    showCards: (c.actions ?? []).filter((a) => a.type === 'Action.ShowCard').length,
  };
}

describe('conversation: danger told in words no rule knows gets the "call 112" line on top of the answer', () => {
  const runner = conversationRunnerPerFile();
  const { testApp } = oneAppPerFile();

  // Honour put on a girl's shoulders, a daughter disowned for refusing a match, brothers who shadow a girl: no danger or
  // concern rule fires on these, the second opinion does.
  it.each([
    ['en', 'Her uncles keep asking where she spends her afternoons, and last week they told her the family name is in her hands.'],
    ['nb', 'Onklene hennes spør hele tiden hvor hun er om ettermiddagene, og forrige uke sa de at familiens ære ligger i hendene hennes.'],
    ['nn', 'Onklane hennar spør heile tida kvar ho er om ettermiddagane, og førre veke sa dei at æra til familien ligg i hendene hennar.'],
    ['pl', 'Odkąd siostra odrzuciła kandydata wybranego przez rodzinę, ojciec mówi, że nie jest już jego córką i że splamiła honor rodziny.'],
    ['ru', 'После того как сестра отказала жениху, которого выбрала семья, отец говорит, что она ему больше не дочь и что она опозорила семью.'],
    ['uk', 'Відколи сестра відмовила нареченому, якого обрала родина, батько каже, що вона йому більше не донька і що вона зганьбила родину.'],
    ['so', 'Adeeradeed ayaa had iyo jeer weydiiya halka ay galabta joogto, toddobaadkii hore waxay u sheegeen in sharafta qoysku gacanteeda ku jirto.'],
    ['tr', 'Sınıfımdaki bir kızın abileri onu her yerde takip ediyor ve erkeklerle konuşursa pişman olacağını söylüyorlar.'],
    ['ur', 'جب سے میری بہن نے خاندان کا چنا ہوا رشتہ ٹھکرایا ہے، اسے فلیٹ سے باہر جانے کی اجازت نہیں اور ابو کہتے ہیں کہ اس نے ہماری عزت خراب کر دی۔'],
  ] as const)('%s: the line with 112 first, the answer below it: %s', async (lng, text) => {
    const run = await runner.converse({ lang: lng, turns: [text] });
    const view = readTurn(run.replies, runner.markers);
    expect(view.emergency).toBe(true);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    const shape = acuteLineOnAnswer(run.replies[0]?.attachments?.[0]?.content);
    // The short line on the answer card, not the emergency card (whose answers are behind "show the answer" buttons).
    expect(shape).toEqual({ lineFirst: true, answerBelow: true, showCards: 0 });
    // Nothing of the message is logged; the signal is categorical.
    const logged = testApp().logs.lines.join('\n');
    expect(logged).not.toContain(text.slice(0, 30));
    expect(logged).toContain('"secondOpinion":true');
  });

  it('a question that follows about the same case keeps the line (the concern is carried)', async () => {
    const view = await runner.turn('en', ['Her uncles keep asking where she spends her afternoons, and last week they told her the family name is in her hands.', 'Who can we talk to about this?']);
    expect(view.emergency).toBe(true);
  });

  // Figures, a training day, a wedding the bride chose, a stay abroad long over and well: no line.
  it.each([
    ['en', 'How many cases of honour-related violence did the police register in 2023?'],
    ['nb', 'Vi planlegger en fagdag for ansatte om negativ sosial kontroll og æresrelatert vold. Hvem kan holde foredrag?'],
    ['en', 'My cousin is getting married in Pakistan this summer to a man she met at university, and everyone is happy. Do they need to register the marriage in Norway?'],
    ['nb', 'Kusinen min skal gifte seg med mannen hun selv har valgt i Pakistan i sommer, og hele familien gleder seg. Må ekteskapet registreres i Norge?'],
    ['en', 'My grandmother was cut as a girl in Somalia seventy years ago. She is fine now. Why did people do this back then?'],
  ] as const)('%s: a calm question gets no line: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
  });
});
