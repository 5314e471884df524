import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * A published figure and a contact in one message (issue #13, "answer every part"): the figure's card and the
 * contact's, in one reply, whether the contact is asked with a question mark or not, after a story or not, for the
 * same service or another. The facts are the domain's (domain.md §1, §2, §3, §12; Bufdir's published case counts).
 */
describe('conversation: a figure and a contact asked together are both answered', () => {
  const runner = conversationRunnerPerFile();

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // The contact asked after the figure's question mark, without a mark of its own.
    ['nb', 'Hvor mange saker fikk Kompetanseteamet i 2021? Og hva er e-posten deres', [['759'], ['kompetanseteamet@bufdir.no']]],
    ['nn', 'Kor mange saker hadde Kompetanseteamet i 2016? Gi meg òg telefonnummeret', [['597'], ['478 09 050']]],
    ['en', 'How many cases did Kompetanseteamet get in 2022? And their phone number please', [['891'], ['478 09 050']]],
    ['ru', 'Сколько дел было у Kompetanseteamet в 2021 году? И телефон у них какой', [['759'], ['478 09 050']]],
    // … with the conjunction or the possessive written onto the word ("ورقم هاتفهم", "تلفنشان").
    ['ar', 'كم عدد حالات فريق الكفاءات (Kompetanseteamet) في 2022؟ ورقم هاتفهم', [['891'], ['478 09 050']]],
    ['fa', 'Kompetanseteamet در سال ۲۰۲۱ چند پرونده داشت؟ و تلفنشان', [['759', '۷۵۹'], ['478 09 050', '۴۷۸ ۰۹ ۰۵۰']]],
    // A story that closes with the figure's question and a request for the contact.
    [
      'nb',
      'Jeg er rektor på en videregående skole. Vi skal lage en plan mot negativ sosial kontroll, og styret ber om tall. Hvor mange saker hadde Kompetanseteamet i 2022? Legg også ved telefonnummeret deres',
      [['891'], ['478 09 050']],
    ],
    [
      'en',
      'I am a school nurse and our team is writing a short brief for the municipality about honour-related violence. Last year we had one case that is now closed. How many cases did Kompetanseteamet have in 2021? Also send me their e-mail address',
      [['759'], ['kompetanseteamet@bufdir.no']],
    ],
    // … and a story whose closing questions come after a wish that is no question of its own.
    [
      'en',
      "I'm a diversity adviser preparing a staff meeting. I'd like to show the bigger picture and I can't find the report. How many cases did the special envoys have in 2023? And what is the e-mail for IMDi's expert team?",
      [['245'], ['post@imdi.no']],
    ],
    // One service's figure and another service's contact, which the whole message reads as a comparison.
    ['nn', 'Kor mange oppdrag hadde spesialutsendingane i 2023? Og kva er e-postadressa til fagteamet i IMDi', [['15'], ['post@imdi.no']]],
    ['uk', 'Скільки справ мали спеціальні посланці у 2023 році? А яка електронна адреса фахової команди IMDi?', [['245'], ['post@imdi.no']]],
    // The envoy's post named in the writer's script, beside the envoys' count.
    ['ru', 'Посланник по-прежнему сидит в Анкаре? И сколько дел было у посланников в 2023 году?', [['Ankara', 'Анкар'], ['245']]],
    // The school's adviser and the anonymous line, from a parent who names the child's first school year.
    ['ar', 'ابنتي في الصف الأول. أريد رقم مستشار التنوع في مدرستها، وكمان رقم خط الصليب الأحمر بدون ذكر اسمي', [['imdi', 'IMDi'], ['815 55 201']]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});
