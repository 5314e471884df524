import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, session 17, in the writer's own phrasings: a case its writer says is not dangerous now is answered, with
 * "is someone in danger now? call 112" as a sentence in the answer and no emergency block; danger described stays the
 * emergency card first; a question next to the field (another law, tuition hours, a lesson plan) is declined politely
 * in its own language, with no answer card and no emergency numbers.
 */
describe('calm cases, described danger and near-field questions (session 17)', () => {
  const runner = conversationRunnerPerFile();
  const say = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);

  it.each([
    ['nb', 'Jeg jobber på asylmottak. En beboer på 24 forteller at mannen har tatt bankkortet hennes og bestemmer hvem hun snakker med. Hun sier hun ikke er i fare. Hvem kan gi oss råd?'],
    ['en', 'I teach adults Norwegian. A student of 29 says her in-laws keep her passport and decide everything. She is not in danger, she says. Who can advise us?'],
    ['nn', 'Helsesjukepleiar her. Ei jente på 16 fortel at broren les alle meldingane hennar, men ho er ikkje i fare no. Kven kan eg spørje om råd?'],
    ['ar', 'أعمل في مركز استقبال. امرأة عمرها 25 سنة تقول إن زوجها أخذ جواز سفرها، لكنها ليست في خطر. بمن نتصل للاستشارة؟'],
  ] as const)('%s: answered, no emergency block, "112" said in the answer: %s', async (lang, message) => {
    const view = await say(lang, message);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(view.answers).toBeGreaterThan(0);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });

  it.each([
    ['nb', 'Kontaktlærer her. En gutt på 15 forteller at onkelen sjekker alt han skriver på nett. Han sier han ikke er i fare, men vil snakke med noen. Hvor kan han henvende seg?', ['116 111', '116111']],
    ['en', 'I work at NAV. A client of 31 says her husband manages all her money and decides who she meets. She is not in danger, she says. Where can we get advice?', ['478 09 050', '47809050']],
  ] as const)('%s: a calm case gets the line it needs (the children’s line for a child, Kompetanseteamet otherwise) without the block: %s', async (lang, message, line) => {
    const view = await say(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['112'])).toBe(true);
    expect(containsFact(view.texts, line)).toBe(true);
  });

  it.each([
    ['nb', 'Eleven min på 15 sier faren har kjøpt billett til Irak og at hun skal giftes der neste uke. Hva gjør jeg?'],
    ['en', 'My student told me her brothers beat her yesterday and she is afraid to go home tonight'],
    ['nn', 'Ho er ikkje i fare seier ho, men onkelen står og ventar utanfor skulen og har truga med å drepe henne.'],
  ] as const)('%s: danger described still gets the emergency card first: %s', async (lang, message) => {
    expect((await say(lang, message)).emergency).toBe(true);
  });

  const conversation = async (lang: Lang, turns: readonly string[]) => readTurn((await runner.converse({ lang, turns: [...turns] })).replies, runner.markers);

  it.each([
    ['nb', ['hva er telefonnummeret til kompetanseteamet?', 'og hvis noe haster om natta?']],
    ['en', ['how do I reach Kompetanseteamet?', 'and at night, if it is urgent?']],
    ['nn', ['kva er nummeret til Røde Kors-telefonen?', 'er han open om natta òg?']],
  ] as const)('%s: the numbers open at night asked as information are shown, without the emergency block: %j', async (lang, turns) => {
    const view = await conversation(lang, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['112'])).toBe(true);
  });

  it.each([
    ['nb', ['Lærer her. Ei elev på 15 sier faren vil ta henne med til Somalia og gifte henne bort. Hvem ringer jeg?', 'og hvis det haster etter at de har stengt?']],
    ['en', ['Social worker: we think a 14-year-old may be cut on a trip to Sudan. Who can advise us?', 'they are closed now, what if it is urgent?']],
  ] as const)('%s: after a case, the numbers open at night come as the emergency card: %j', async (lang, turns) => {
    expect((await conversation(lang, turns)).emergency).toBe(true);
  });

  it.each([
    ['nb', 'Er det lov å ha med seg kniv på offentlig sted? Trenger paragrafen.'],
    ['en', 'what does the law say about carrying a small knife in town?'],
    ['nn', 'Kor mange timar norskopplæring har vaksne deltakarar rett til?'],
    ['ru', 'Составьте, пожалуйста, план урока по географии для 7 класса'],
    ['tr', 'Norveç’te bıçak taşımak yasal mı?'],
    ['pl', 'Jakie są przepisy drogowe dla rowerzystów w Oslo?'],
    ['uk', 'Допоможіть скласти план уроку з математики'],
  ] as const)('%s: a near-field question is declined, no answer card, no emergency numbers: %s', async (lang, message) => {
    const view = await say(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(true);
    expect(view.answers).toBe(0);
    expect(view.emergency).toBe(false);
  });

  it.each([
    ['nb', 'Jeg er lærer og vil undervise om tvangsekteskap i 10. trinn. Hvor finner jeg et undervisningsopplegg?'],
    ['en', 'my brother carries a knife and says he will hurt me if I talk to boys'],
  ] as const)('%s: the same words with the field in them stay in scope: %s', async (lang, message) => {
    const view = await say(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers + (view.emergency ? 1 : 0)).toBeGreaterThan(0);
  });
});
