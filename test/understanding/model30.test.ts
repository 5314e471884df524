import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/language/languages';
import { standardNorwegian } from '../../src/language/spelling';
import { CONCEPT_PREFIX, createSecondOpinion, featuresOf, SECOND_OPINION_FILE, secondOpinionModelSchema, WORD_PREFIX } from '../../src/understanding/second-opinion';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import type { ConversationItem } from '../../src/evaluation/conversation-eval';
import { train } from '../../scripts/train-second-opinion';

/**
 * Issue #13, session 30 (model30): the second opinion is one logistic regression over the n-grams, the words and the
 * situation concepts the rules read in a turn, so a calm reading (training asked for, people in general, a service's
 * topic…) is a learned weight beside the words a calm twin shares with its dangerous twin. Phrasings written for this
 * test, in none of the conversation sets.
 */
describe('second opinion reads the rules\' concepts (model30)', () => {
  describe('features and score', () => {
    it('adds a feature per concept the rules read, apart from any n-gram or word', () => {
      const features = featuresOf('Ære', ['honour', 'training']);
      expect(features.has(`${CONCEPT_PREFIX}honour`)).toBe(true);
      expect(features.has(`${CONCEPT_PREFIX}training`)).toBe(true);
      expect(featuresOf('c:honour').has(`${CONCEPT_PREFIX}honour`)).toBe(false);
    });

    it('scores the concepts it is given beside the words', () => {
      const model = secondOpinionModelSchema.parse({
        made: { by: 'test', date: '2026-12-06', commit: 'x', sets: 1, items: 2, emergencyItems: 1, setsHash: '0'.repeat(64), features: 'test', minItems: 3, kept: 3, keptBy: 'test' },
        prior: -1,
        threshold: 0,
        gate: ['threat'],
        unless: [],
        weights: { [`${WORD_PREFIX}truer`]: 2, [`${CONCEPT_PREFIX}threat`]: 0.5, [`${CONCEPT_PREFIX}training`]: -2 },
      });
      const opinion = createSecondOpinion(model);
      expect(opinion.score('truer')).toBeCloseTo(1);
      expect(opinion.score('truer', new Set(['threat']))).toBeCloseTo(1.5);
      expect(opinion.fires('truer', new Set(['threat']))).toBe(true);
      expect(opinion.fires('truer', new Set(['threat', 'training']))).toBe(false);
    });
  });

  describe('training', () => {
    // Two twins share their words; only the rules' concept tells them apart.
    const item = (id: string, turns: string[], emergency: boolean): ConversationItem => ({ id, lang: 'en', turns, mustContain: [], emergency, outOfScope: false }) as unknown as ConversationItem;
    const items = [
      ...[1, 2, 3, 4].map((i) => item(`d${i}`, [`he threatens her ${i}`], true)),
      ...[1, 2, 3, 4].map((i) => item(`c${i}`, [`he threatens her ${i} course`], false)),
      ...[1, 2, 3, 4].map((i) => item(`n${i}`, [`a question ${i}`], false)),
    ];
    const conceptsOf = (i: ConversationItem) => (i.turns[0]!.includes('course') ? ['training'] : i.turns[0]!.includes('threatens') ? ['threat'] : []);
    const trained = train(items, 0, (i) => featuresOf(i.turns[0]!.replace(' course', ''), conceptsOf(i)));

    it('learns a negative weight for a calm concept that separates twins sharing their words', () => {
      expect(trained.weights.get(`${CONCEPT_PREFIX}training`) ?? 0).toBeLessThan(0);
      expect(trained.weights.get(`${CONCEPT_PREFIX}threat`) ?? 0).toBeGreaterThan(0);
    });

    it('is the same model each time it is trained on the same items', () => {
      const again = train(items, 0, (i) => featuresOf(i.turns[0]!.replace(' course', ''), conceptsOf(i)));
      expect([...again.weights]).toEqual([...trained.weights]);
      expect(again.prior).toBe(trained.prior);
    });
  });

  describe('the committed model: staff training on the topics asked for, in the twelve languages', () => {
    const committed = secondOpinionModelSchema.parse(JSON.parse(readFileSync(SECOND_OPINION_FILE(), 'utf8')));
    const opinion = createSecondOpinion(committed);
    const situation = loadSituationReader();
    const conceptsOf = (lng: Lang, text: string) => situation.read(lng === 'nb' || lng === 'nn' ? standardNorwegian(text) : text).concepts as ReadonlySet<string>;

    it.each<[Lang, string]>([
      ['nb', 'Helsesøstrene i bydelen vil ha et kurs om negativ sosial kontroll og hva vi gjør når en elev blir holdt hjemme. Hvem tilbyr det?'],
      ['nn', 'Vi er lærarar på ein ungdomsskule og ønskjer kurs om tvangsekteskap og æresvald. Kven kan kome til oss?'],
      ['en', 'Our nursing staff want a workshop on female genital mutilation and what to do if a family plans a trip abroad. Who runs those?'],
      ['ar', 'نحن معلمون في مدرسة ونريد دورة تدريبية عن الزواج القسري والعنف باسم الشرف. من يقدم هذه الدورات؟'],
      ['so', 'Waxaan nahay macallimiin, waxaan rabnaa tababar ku saabsan guurka qasabka ah iyo gudniinka gabdhaha. Yaa bixiya?'],
      ['fa', 'ما معلم هستیم و می‌خواهیم دوره آموزشی درباره ازدواج اجباری و خشونت ناموسی داشته باشیم. چه کسی این دوره را برگزار می‌کند؟'],
      ['uk', "Ми вчителі й хочемо провести навчання про примусові шлюби та насильство в ім'я честі. Хто проводить такі тренінги?"],
      ['ru', 'Мы учителя и хотим пройти обучение о принудительных браках и насилии во имя чести. Кто проводит такие тренинги?'],
      ['tr', 'Okulumuzdaki öğretmenler için zorla evlilik ve kadın sünneti konusunda bir seminer düzenlemek istiyoruz. Kimi davet edebiliriz?'],
      ['pl', 'Jesteśmy pielęgniarkami i chcemy szkolenia o okaleczaniu żeńskich narządów płciowych i przymusowych małżeństwach. Kto je prowadzi?'],
      ['ti', 'ንሕና መማህራን ኢና፣ ብዛዕባ ግዱድ መርዓን ምኽባብ ክብሪ ዓመጽን ስልጠና ንደሊ። መን እዩ ዝህብ?'],
    ])('%s: %s — the training the rules read lowers the score; no "call 112" line', (lng, text) => {
      const concepts = conceptsOf(lng, text);
      expect(concepts.has('training')).toBe(true);
      expect(opinion.score(text, concepts)).toBeLessThan(opinion.score(text, new Set([...concepts].filter((c) => c !== 'training'))));
      expect(opinion.fires(text, concepts)).toBe(false);
    });

    // The rules read no training in this Urdu request (the word is not in the situation's words yet): the line stays off on the words alone.
    it('ur: a training request read without the training concept — no line either', () => {
      const text = 'ہم اساتذہ ہیں اور زبردستی کی شادی اور غیرت کے نام پر تشدد کے بارے میں تربیت چاہتے ہیں۔ یہ تربیت کون دیتا ہے؟';
      expect(opinion.fires(text, conceptsOf('ur', text))).toBe(false);
    });
  });
});
