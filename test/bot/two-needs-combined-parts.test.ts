import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Two needs in one message, where the parts meet in one plan or one part leans on the one before (issue #13, session
 * 19): what a person sees after one message, through the real bot. The sentences are this file's own, in several
 * languages; none is in the evaluation sets. The facts are the domain's (domain.md §1, §3, §5, §12).
 */
describe('conversation: two needs whose parts meet in one answer', () => {
  const runner = conversationRunnerPerFile();

  /** The lines a parent may call (Røde Kors-telefonen, VO-linjen, SEIF), and the children's line. */
  const PARENT_LINES = ['815 55 201', '116 006', '22 03 48 30'];
  const CHILDRENS_LINE = ['116 111'];
  const ANONYMOUS_LINE = ['815 55 201'];
  const SITES = ['Nora', 'imdi.no/nora', 'ung.no'];
  const TRAINS = ['post@imdi.no'];
  const ADVISES = ['478 09 050'];

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // Help for the parent asking, and a line the child may call: read whole, the asker's "I" made the parent the caller.
    ['uk', 'Моєму синові 13, батько перевіряє його телефон. Де я як мати можу отримати пораду, і куди може зателефонувати сам син?', [PARENT_LINES, CHILDRENS_LINE]],
    ['pl', 'Mój syn ma 14 lat i wujek ciągle go kontroluje. Gdzie ja jako ojciec mogę dostać poradę i gdzie może zadzwonić syn?', [PARENT_LINES, CHILDRENS_LINE]],
    ['tr', 'Oğlum 13 yaşında, amcası onu sürekli izliyor. Bir baba olarak nereden destek alabilirim, oğlum kimi arayabilir?', [PARENT_LINES, CHILDRENS_LINE]],
    // An anonymous line, and where young people read about it online: the sites beside the line.
    ['en', 'Is there a phone line where you can stay anonymous, and where can teenagers read about honour-related control online?', [ANONYMOUS_LINE, SITES]],
    ['ru', 'Есть ли анонимная горячая линия о негативном социальном контроле? И где молодёжь может почитать об этом в интернете?', [ANONYMOUS_LINE, SITES]],
    // The advisers' former name, and how many there are: "them" is the service the part before names.
    ['en', 'What did the diversity advisers use to be called, and how many of them are there today?', [['minority adviser', 'minoritetsrådgiver'], ['59']]],
    ['uk', 'Як раніше називали mangfoldsrådgivere і скільки їх є зараз?', [['minoritetsrådgiver', 'радники з питань меншин'], ['59']]],
    // The advisers' count, and where to find an adviser's number, the service named again.
    ['ar', 'كم عدد مستشاري التنوع؟ وأين أجد رقم هاتف المستشار في المدرسة؟', [['59', '٥٩'], ['imdi.no']]],
    ['so', 'Immisa mangfoldsrådgiver ayaa jira, xaggeese ka helaa lambarka la-taliyaha?', [['59'], ['imdi.no']]],
    // Advice in a case and training for the staff: Kompetanseteamet and IMDi's expert team.
    ['en', 'Who could run a training day for our teachers, and who advises us on a case we are handling?', [ADVISES, TRAINS]],
    ['nn', 'Vi treng rettleiing i ei konkret sak og eit kurs for personalet. Kven kan hjelpe oss?', [ADVISES, TRAINS]],
    ['uk', 'Хто може провести навчання для працівників і до кого звернутися по пораду в конкретній справі?', [ADVISES, TRAINS]],
    // ... and "where do we call when we have an actual case" as the advice half (session 19, the lead's own sentences).
    ['en', 'Who can run a workshop for our staff on honour-related violence, and who do we call when we have an actual case?', [ADVISES, TRAINS]],
    ['nb', 'Hvem kan holde kurs for oss om negativ sosial kontroll, og hvor ringer vi når vi står i en konkret sak?', [ADVISES, TRAINS]],
    // Who trains the staff, asked "who runs training", and where pupils can read.
    ['pl', 'Kto prowadzi szkolenia dla nauczycieli o kontroli społecznej? I gdzie uczniowie mogą o tym poczytać w internecie?', [TRAINS, SITES]],
    // Two contacts named by what they are: "phone no." is a number; the 24-hour line for Norwegians abroad is UD's.
    ['en', 'Could I have the phone no. for SEIF and the email for Kompetanseteamet?', [['22 03 48 30'], ['kompetanseteamet@bufdir.no']]],
    ['en', 'I need the 24-hour number for Norwegians in trouble abroad and the police number for non-urgent matters', [['23 95 00 00'], ['02800']]],
    ['en', "Nurse here. What's VO-linjen's number? And is there a team that trains hospital staff on FGM?", [['116 006'], TRAINS]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});
