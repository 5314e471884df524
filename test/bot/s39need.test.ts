import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * s39need (issue #13): our own probes (none of them an evaluation set's sentence) for a second need that was dropped:
 *  2. staff training asked beside a figure ("how many new adviser posts in 2024, and who can train our staff?"): the
 *     figure's part no longer swallows the training part as a follow-up of the same service; both are answered, the
 *     training by IMDi's expert team (post@imdi.no, domain.md §3) beside the figure (six posts in 2024, §1).
 *  1. youth material asked inside a story of prevention work (a school nurse's prevention group for pupils about
 *     control and forced marriage): a lesson being planned, not a case, so no emergency card and the youth sites
 *     (Nora, ung.no) answered. Danger twins: a girl in the same group who says she is taken abroad to be cut keeps it.
 * Calm twin of 2: the same questions get no emergency card.
 */
type Probe = readonly [Lang, string];

const trainingBesideFigure: readonly Probe[] = [
  ['en', 'How many new minority adviser positions were there in 2024? And can someone train our staff at the adult education centre?'],
  ['nb', 'Hvor mange nye stillinger for mangfoldsrådgivere kom i 2024, og hvem kan gi kurs til de ansatte i flyktningtjenesten vår?'],
  ['nn', 'Kor mange nye stillingar for mangfaldsrådgivarar kom i 2024, og kven kan gje opplæring til dei tilsette i flyktningtenesta vår?'],
  ['ar', 'كم عدد الوظائف الجديدة لمستشاري التنوع في عام 2024؟ ومن يمكنه تدريب موظفي خدمة اللاجئين لدينا؟'],
  ['fa', 'در سال ۲۰۲۴ چند پست جدید برای مشاوران تنوع ایجاد شد؟ و چه کسی می‌تواند به کارکنان خدمات پناهندگان ما آموزش بدهد؟'],
  ['ur', '2024 میں تنوع کے مشیروں کی کتنی نئی آسامیاں بنیں؟ اور ہمارے پناہ گزین سروس کے عملے کو تربیت کون دے سکتا ہے؟'],
  ['uk', "Скільки нових посад радників з питань різноманітності з'явилося у 2024 році? І хто може навчити працівників нашої служби для біженців?"],
  ['tr', "2024'te çeşitlilik danışmanları için kaç yeni kadro açıldı? Ve mülteci hizmetimizin çalışanlarına kim eğitim verebilir?"],
];

describe('s39need: training asked beside a figure', () => {
  const runner = conversationRunnerPerFile();

  it.each(trainingBesideFigure)('both needs answered (%s): %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['post@imdi.no'], ['2024']]);
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
  });
});

const preventionStories: readonly Probe[] = [
  ['en', "I'm a school nurse planning a prevention group for pupils in year 9 about control and forced marriage. Is there material for young people we can use?"],
  ['nb', 'Jeg er helsesykepleier og skal starte en forebyggingsgruppe for elever i 10. klasse om kontroll og tvangsekteskap. Finnes det materiell for unge vi kan bruke?'],
  ['nn', 'Eg er helsesjukepleiar og skal starte ei førebyggingsgruppe for elevar på ungdomsskulen om kontroll og tvangsekteskap. Finst det materiell for unge vi kan bruke?'],
];

const preventionDangers: readonly Probe[] = [
  ['en', 'We run a prevention group at school and one of the girls told me today she will be taken to Somalia on Friday to be cut.'],
  ['nb', 'Vi har en forebyggingsgruppe på skolen, og en av jentene fortalte meg i dag at hun skal sendes til Somalia på fredag for å bli omskåret.'],
];

describe('s39need: youth material inside a story of prevention work', () => {
  const runner = conversationRunnerPerFile();

  it.each(preventionStories)('a prevention group being planned is calm and gets the youth sites (%s): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    await expectAnsweredWith(runner, lang, message, [['imdi.no/nora', 'Nora']]);
  });

  it.each(preventionDangers)('a girl in the group who is to be taken abroad keeps the card (%s): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(true);
  });
});
