import type { Lang } from '../../src/language/languages';
import { readTurn } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Training for staff asked beside another need (issue #13): the training half is answered with those who train staff
 * (IMDi's expert team, post@imdi.no; RVTS), the other half as asked. Facts: domain.md §3, §12.
 */
describe('conversation: a wish for training beside another need gets both answers', () => {
  const runner = conversationRunnerPerFile();
  const KT = ['478 09 050'];
  const TRAINERS = ['post@imdi.no', 'RVTS'];

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // A named service's contact, and a course: the course part is no follow-up of that service's card.
    ['nb', 'hva er nummeret til Kompetanseteamet, og finnes det kurs for de ansatte hos oss?', [KT, TRAINERS]],
    ['nn', 'kva er nummeret til Kompetanseteamet, og finst det kurs for dei tilsette hjå oss?', [KT, TRAINERS]],
    ['nb', 'trenger nr til Røde Kors-telefonen, og er det noen som kan komme og lære opp lærerne våre?', [['815 55 201'], TRAINERS]],
    // "ቁጽሪ" (number) read as a figure by the whole message: no part asks a figure.
    ['ti', 'ቁጽሪ ስልኪ Kompetanseteamet እንታይ እዩ? ንሰራሕተኛታትና ስልጠና ዝህብ ኣሎ ድዩ?', [KT, TRAINERS]],
    // A first sentence that asks on its own, its request verb at the end, is the first need, not a lead-in.
    ['ti', 'ናይ Kompetanseteamet ቁጽሪ ሃበኒ። ንመምህራን ኮርስ ዝህብ መን እዩ?', [KT, TRAINERS]],
    // A reason clause after the question is story.
    ['en', 'Quick one: what is the phone number of Kompetanseteamet, and can we get a course for our staff since nobody here knows the topic well', [KT, TRAINERS]],
    // A question, a statement, another question.
    ['en', 'Which envoy covers Eritrea? One of our pupils mentioned a trip there next spring. Also is there a course on forced marriage for teachers in our area?', [['Nairobi'], TRAINERS]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });

  /** Whom to consult about a case, and who trains the staff: one plan, the case's advice (Kompetanseteamet) first. */
  const ADVICE_AND_TRAINING: ReadonlyArray<readonly [Lang, string]> = [
    ['pl', 'Pracuję w barnevernet. Kto może przeszkolić nasz zespół i kto doradza w konkretnych sprawach?'],
    ['en', 'We at NAV need advice on a forced marriage case, who do we call? And is there training for our office?'],
    ['ru', 'Мы в NAV нуждаемся в совете по делу о принудительном браке. Куда звонить? И есть ли обучение для сотрудников?'],
    ['fa', 'ما در NAV برای یک مورد ازدواج اجباری مشاوره لازم داریم، با چه کسی تماس بگیریم؟ و آیا دوره آموزشی برای کارکنان هست؟'],
  ];

  it.each(ADVICE_AND_TRAINING)('%s: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [KT, TRAINERS]);
    const view = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    const first = (spellings: readonly string[]) => view.texts.findIndex((text) => spellings.some((s) => text.includes(s)));
    expect(first(KT)).toBeLessThan(first(['post@imdi.no']));
  });
});
