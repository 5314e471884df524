import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { createCountryNames } from '../../src/contacts/country-names';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { readFileSync } from 'node:fs';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { createSecondOpinion, featuresOf, foldForModel, SECOND_OPINION_FILE, secondOpinionModelSchema, WORD_PREFIX } from '../../src/understanding/second-opinion';
import { setFiles, setsHash } from '../../scripts/train-second-opinion';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { oneAppPerFile } from '../helpers/test-app';
import { standardNorwegian } from '../../src/language/spelling';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { prepareUtterance } from '../../src/understanding/understand';

/**
 * Session 29 (lex29, issue #13): words that mean something else in another language or another reading. The
 * sentences are this file's own; none is in the evaluation sets.
 */

describe("a country's name that is an everyday word", () => {
  const countries = createCountryNames();
  const codes = (text: string, lng: Lang): string[] => countries.find(text, lng).map((m) => m.code);

  it.each([
    ['ur', 'کیا میں شام کو دوبارہ فون کر سکتی ہوں؟'],
    ['ur', 'آج شام ابو نے مجھ سے بات کی'],
    ['ur', 'شام کے وقت کوئی جواب نہیں دیتا'],
    ['ur', 'میں صبح شام پڑھتی ہوں'],
    ['fa', 'دیشب شام را با خاله‌ام خوردیم'],
    ['fa', 'بعد از شام پدرم عصبانی شد'],
    ['pl', 'Kiedy byliśmy mali, tata nas bił'],
    ['pl', 'Mali chłopcy z mojej klasy się śmieją'],
    ['tr', 'Akşam yemeğinde babam bağırdı'],
    ['tr', 'Okulda yemekte ağladım'],
  ] as const)('%s: no country in "%s"', (lng, text) => {
    expect(codes(text, lng)).toEqual([]);
  });

  it.each([
    ['ur', 'میری کزن شام میں پھنسی ہوئی ہے', 'SY'],
    ['ar', 'أهلي بدهم يسفروني على سوريا', 'SY'],
    ['fa', 'پدرم می‌خواهد مرا به سوریه ببرد', 'SY'],
    ['tr', "Babam beni Yemen'e götürecek", 'YE'],
    ['tr', 'Yemende bir amcam var', 'YE'],
    ['en', 'They are taking her to Mali', 'ML'],
    ['nb', 'Hun skal sendes til Mali i sommer', 'ML'],
  ] as const)('%s: still the country in "%s"', (lng, text, code) => {
    expect(codes(text, lng)).toContain(code);
  });
});

describe('"in which order" asks whom to contact first, not a split of the figures', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it.each([
    ['nb', 'Helsesykepleier her: i hvilken rekkefølge varsler vi barnevernet og Kompetanseteamet i en sak om tvangsekteskap?'],
    ['nn', 'I kva rekkjefølgje kontaktar vi barnevernet og Kompetanseteamet i ei sak om tvangsekteskap?'],
    ['en', 'In which order should the school call child welfare and Kompetanseteamet about a forced marriage case?'],
    ['pl', 'W jakiej kolejności zgłosić sprawę przymusowego małżeństwa do barnevernet i Kompetanseteamet?'],
    ['tr', "Zorla evlilik vakasında barnevernet'e ve Kompetanseteamet'e hangi sırayla başvurmalıyız?"],
    ['ru', 'В каком порядке сообщать в barnevernet и в Kompetanseteamet о принудительном браке?'],
    ['uk', 'У якому порядку повідомляти barnevernet і Kompetanseteamet про примусовий шлюб?'],
    ['ar', 'بأي ترتيب نبلغ barnevernet و Kompetanseteamet عن حالة زواج قسري؟'],
    ['fa', 'در پرونده ازدواج اجباری به چه ترتیبی به barnevernet و Kompetanseteamet خبر بدهیم؟'],
    ['ur', 'جبری شادی کے کیس میں barnevernet اور Kompetanseteamet کو کس ترتیب سے بتائیں؟'],
    ['so', 'Kiis guur qasab ah, sidee u kala horreysiinaa barnevernet iyo Kompetanseteamet?'],
    ['ti', 'ኣብ ጉዳይ ብግዲ መርዓ ንbarnevernet ን Kompetanseteamet ብኸመይ ስርዓት ክንሕብር?'],
  ] as const)('%s: no figure question a contact would yield to', (lng, text) => {
    const parsed = parseStatsQuestion(normalize(text), now, lng);
    // The contacts answer a service named with 0.9: a figure question must score below it.
    expect(parsed === undefined || parsed.score < 0.9).toBe(true);
  });

  it('a split asked with "hvilke" is still a split', () => {
    const parsed = parseStatsQuestion(normalize('hvilke land kom Kompetanseteamets saker om tvangsekteskap fra i 2023?'), now, 'nb');
    expect(parsed?.score).toBeGreaterThanOrEqual(0.9);
  });
});

// (was second29.test.ts)
{
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

    it('stays small: at most 30,000 weights of 4 decimals', () => {
      const keys = Object.keys(model.weights);
      expect(keys.length).toBe(model.made.kept);
      expect(keys.length).toBeLessThanOrEqual(30_000);
      expect(Object.values(model.weights).every((w) => Math.round(w * 10000) / 10000 === w)).toBe(true);
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

    // Honour put on a girl's shoulders, brothers who shadow a girl: no danger or concern rule fires on these, the second
    // opinion does. (A daughter disowned for refusing a match is a rule since session 39: below.)
    it.each([
      ['en', 'Her uncles keep asking where she spends her afternoons, and last week they told her the family name is in her hands.'],
      ['so', 'Adeeradeed ayaa had iyo jeer weydiiya halka ay galabta joogto, toddobaadkii hore waxay u sheegeen in sharafta qoysku gacanteeda ku jirto.'],
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
    // Session 31: relatives who control a particular person and name the family's honour beside it are read by a rule
    // (controlled-honour-kin in content/understanding/situation/rules.json), so these three get the whole emergency card
    // first, no longer only the second opinion's line.
    it.each([
      ['nb', 'Onklene hennes spør hele tiden hvor hun er om ettermiddagene, og forrige uke sa de at familiens ære ligger i hendene hennes.'],
      ['nn', 'Onklane hennar spør heile tida kvar ho er om ettermiddagane, og førre veke sa dei at æra til familien ligg i hendene hennar.'],
      ['ur', 'جب سے میری بہن نے خاندان کا چنا ہوا رشتہ ٹھکرایا ہے، اسے فلیٹ سے باہر جانے کی اجازت نہیں اور ابو کہتے ہیں کہ اس نے ہماری عزت خراب کر دی۔'],
      // Session 36 (safety36b): brothers who follow a girl everywhere and say she will regret talking to boys: a veiled
      // threat by kin, now a rule.
      ['tr', 'Sınıfımdaki bir kızın abileri onu her yerde takip ediyor ve erkeklerle konuşursa pişman olacağını söylüyorlar.'],
      // Session 39 (safety39c): a sister disowned for refusing the family's match, told with its honour, is a rule
      // (disowned-honour-refused) in twelve languages; the Polish story had lost its line in session 38's retrain.
      ['ru', 'После того как сестра отказала жениху, которого выбрала семья, отец говорит, что она ему больше не дочь и что она опозорила семью.'],
      ['uk', 'Відколи сестра відмовила нареченому, якого обрала родина, батько каже, що вона йому більше не донька і що вона зганьбила родину.'],
      ['pl', 'Odkąd siostra odrzuciła kandydata wybranego przez rodzinę, ojciec mówi, że nie jest już jego córką i że splamiła honor rodziny.'],
    ] as const)('%s: now read by a rule: the emergency card first: %s', async (lng, text) => {
      const run = await runner.converse({ lang: lng, turns: [text] });
      const view = readTurn(run.replies, runner.markers);
      expect(view.emergency).toBe(true);
      expect(view.didYouMean || view.cannotAnswer).toBe(false);
      expect(acuteLineOnAnswer(run.replies[0]?.attachments?.[0]?.content).showCards).toBeGreaterThan(0);
      const logged = testApp().logs.lines.join('\n');
      expect(logged).not.toContain(text.slice(0, 30));
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
}

// (was twins29.test.ts)
{
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

    // Session 30 (model30): the raised bar is learned, a weight of each calm concept the rules read, not a listed bar.
    it('weighs the calm concepts against danger (learned, not listed)', () => {
      for (const c of ['training', 'anonymous', 'serviceTopic', 'people', 'hedge', 'coverageSupposed']) expect(committed.weights[`C:${c}`] ?? 0).toBeLessThan(0);
    });

    // An adult's everyday control with a question for an anonymous line; a request for staff training on the topics.
    it.each<[Lang, string]>([
      ['tr', '20 yaşındayım, ailem her yaptığımı ve kiminle görüştüğümü kontrol ediyor. Arayabileceğim anonim bir hat var mı?'],
      ['ru', 'Мне 21, брат проверяет мой телефон и не разрешает мне выходить одной. Есть анонимный номер, куда можно позвонить?'],
      ['ur', 'میں 20 سال کی ہوں، گھر والے میرا فون چیک کرتے ہیں اور مجھے اکیلے باہر نہیں جانے دیتے۔ کیا کوئی گمنام نمبر ہے؟'],
      ['nb', 'Jeg er 20 og familien følger med på alt jeg gjør og hvem jeg møter. Finnes det et anonymt nummer jeg kan ringe?'],
      ['nb', 'Vi er et barnehageteam og ønsker opplæring om kjønnslemlestelse før sommerferien, når mange familier reiser til hjemlandet. Hvem kan holde kurs?'],
      ['en', 'I run a youth centre. Could someone give our volunteers a course on honour-related violence and how to spot it when a girl is kept at home?'],
      ['pl', 'Nasza szkoła chce zorganizować szkolenie dla nauczycieli o przemocy w imię honoru. Kto prowadzi takie szkolenia?'],
      ['tr', 'Öğretmenlere zorla evlendirme ve namus şiddeti hakkında eğitim vermek istiyoruz. Kim eğitim verebilir?'],
    ])('%s: %s — no "call 112" line from the model', (lng, text) => {
      expect(opinion.fires(text, conceptsOf(lng, text))).toBe(false);
    });

    // The Ukrainian twin (a 20-year-old whose mother reads her messages and keeps her in) scores above the threshold once
    // the model was retrained on 90 sets (session 30): its anonymous concept still lowers it, the line stays (a known cost:
    // everyday control of an adult is the kind of case the model has learned to flag).
    it('scores a calm twin lower for its calm concept (uk), though above the threshold', () => {
      const text = 'Мені 20, мама читає мої повідомлення і не пускає мене нікуди саму. Є анонімна лінія, куди можна подзвонити?';
      const concepts = conceptsOf('uk', text);
      expect(concepts.has('anonymous')).toBe(true);
      expect(opinion.score(text, concepts)).toBeLessThan(opinion.score(text, new Set([...concepts].filter((c) => c !== 'anonymous'))));
    });

    it('scores a calm twin lower for its calm concept (tr)', () => {
      const text = '20 yaşındayım, ailem her yaptığımı ve kiminle görüştüğümü kontrol ediyor. Arayabileceğim anonim bir hat var mı?';
      const concepts = conceptsOf('tr', text);
      expect(concepts.has('anonymous')).toBe(true);
      expect(opinion.score(text, concepts)).toBeLessThan(opinion.score(text, new Set([...concepts].filter((c) => c !== 'anonymous'))));
      expect(opinion.fires(text, concepts)).toBe(false);
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
}

// (was hb29a.test.ts)
{
  /**
   * Session 29, short wave (issue #13): danger classes the rules did not read on the held-back sets, written here in our
   * own words, each with calm twins that share its words: (1) "to be finished there", a family's word for a girl's
   * cutting on a journey; (2) a person with an age written "19yo" kept abroad by relatives; (3) a plea from abroad to be
   * fetched home ("kom og hent meg"); (4) a veiled death threat ("she won't see next year"); (5) a boy to be sent to the
   * village to be "made a man" (Turkish "adam etmek"); (6) a gay person told that he does not belong or had better watch
   * his back.
   */
  const situation = loadSituationReader();
  const reader = createDangerReader(situation);
  const roles = loadRoleReader();

  function isDanger(text: string, lng: Lang): boolean {
    const duty = roles.read(text).duties.length > 0;
    return reader.isDanger(prepareUtterance(text, lng), duty);
  }

  describe('hb29a: a girl "finished there" on a journey', () => {
    it.each([
      ['nb', 'Helsesøster her. Farmor skal ta minstejenta med til Gambia etter skoleslutt så hun kan bli gjort ferdig der. Hva gjør jeg?'],
      ['nn', 'Mormora vil ta yngstejenta med til Egypt i haust for at ho skal bli gjort ferdig der. Kven kan eg ringje?'],
      ['en', 'The aunt wants to take the 6-year-old girl to Egypt this summer so she can get finished there.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Huset vårt i Spania skal gjøres ferdig der i sommer. Hvilken ambassade dekker Spania?'],
      ['nb', 'Bestemor reiser til Pakistan i sommer, og huset skal gjøres ferdig der.'],
      ['en', 'My daughter travels to Spain this summer to get finished there with her thesis.'],
      ['en', 'In training we learned that families may say a girl will be finished there on a trip. What are the signs?'],
    ] as const)('%s: calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb29a: an adult written "19yo" kept abroad', () => {
    it('en: a 20yo kept there by her uncles is danger', () => {
      expect(isDanger('Teacher here: a 20yo student told me her uncles are keeping her there in Iraq. Who do I call?', 'en')).toBe(true);
    });

    it('en: a 19yo on holiday is calm', () => {
      expect(isDanger('My 19yo cousin is on holiday in Turkey, which embassy covers Turkey?', 'en')).toBe(false);
    });
  });

  describe('hb29a: a plea from abroad to be fetched home', () => {
    it.each([
      ['nb', 'Eleven har vært borte siden vinterferien, familien tok henne med til Irak. I natt fikk broren hennes en melding: kom og hent meg. Hva gjør vi?'],
      ['nn', 'Eleven har vore borte sidan jul, familien tok ho med til Somalia. I går skreiv ho til ei venninne: få meg heim. Kva gjer vi?'],
      ['en', 'My pupil was taken to Somalia in June; she messaged a friend from her aunt’s phone: please get me home.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'Vi er på ferie i Spania og mobilen er borte, hvem kan få meg hjem?'],
      ['en', 'We are on holiday in Spain, can you get me home on a cheaper flight?'],
    ] as const)('%s: calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb29a: a veiled death threat, "won’t see next year"', () => {
    it.each([
      ['en', 'One pupil’s brother told her she won’t see next year if she keeps the boyfriend.'],
      ['nb', 'Faren sa at hun ikke kommer til å se neste år hvis hun ikke slutter å treffe kjæresten.'],
      ['nn', 'Broren sa at ho ikkje kjem til å sjå neste år om ho held fram med å gå ut.'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['en', 'The exam results won’t see next year’s changes.'],
      ['en', 'I won’t see next year’s budget before March.'],
    ] as const)('%s: calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('hb29a: a boy sent to the village to be "made a man"', () => {
    it('tr: danger', () => {
      expect(isDanger('Oğlum gey olduğunu açıkladı, babası onu memlekete gönderip yola getireceğini söylüyor.', 'tr')).toBe(true);
    });

    it('tr: a summer in the village with grandfather is calm', () => {
      expect(isDanger('Oğlum yazın köye gidecek, dedesi ona tarla işlerini öğretecek.', 'tr')).toBe(false);
    });
  });

  describe('hb29a: a gay person told he does not belong or had better watch out', () => {
    it.each([
      ['nb', 'En homofil beboer fikk høre av de andre at han ikke hører hjemme her. Hvem ringer vi?'],
      ['nn', 'Ein homofil bebuar fekk høyre at han ikkje høyrer heime her. Kven ringjer vi?'],
      ['en', 'A gay boy in our unit was told last night to watch his back; today someone scratched his door.'],
      ['fa', 'یک ساکن همجنس‌گرا داریم، دیروز بهش گفتن حواستو جمع کن. به کی زنگ بزنیم؟'],
      ['tr', 'Kampta eşcinsel bir genç kalıyor, diğerleri ona burada yerin yok, arkanı kolla demiş. Kimi arayalım?'],
      ['ar', 'ساكن شاب مثلي في المركز قالوا له: لا مكان لك هنا، ديرك بالك. مين نتصل؟'],
    ] as const)('%s: danger: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'En homofil elev spurte om foreningen for skeive. Jeg sa: pass deg for glatta ute!'],
      ['en', 'How do we make gay students feel they belong here? Watch yourself for signs of bullying.'],
    ] as const)('%s: calm: %s', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });
}
