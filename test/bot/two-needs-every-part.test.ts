import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Two needs in one message get every part answered (issue #13, point 2): what a person sees after one message, through
 * the real bot. Each case names a class, in more than one language; the facts are the domain's (domain.md §2, §3, §12).
 */
describe('conversation: every part of a message with two needs is answered', () => {
  const runner = conversationRunnerPerFile();

  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // A country's envoy and the envoys' cases, when the whole message reads as the cases from that country.
    ['pl', 'Kto odpowiada za Irak i ile spraw mieli specjalni wysłannicy w 2023 roku?', [['Amman'], ['245']]],
    ['ti', 'ንዒራቕ ዝሓላፍነት ዘለዎ ፍሉይ ልኡኽ መን እዩ፧ ልኡኻት ኣብ 2023 ክንደይ ጉዳያት ነይሮምዎም፧', [['Amman', 'ዓማን'], ['245']]],
    // … or as their cases by embassy, from the envoy asked about; a country under a region ("other African countries").
    ['en', 'Which embassy envoy deals with Eritrea? Also, total cases for the envoys in 2023?', [['Nairobi'], ['245']]],
    // The children's line, and the one for adults.
    ['nb', 'Hva er nummeret til Alarmtelefonen, og finnes det noe tilsvarende for voksne?', [['116 111'], ['116 006']]],
    ['en', "What's the children's helpline number and the line for adults?", [['116 111'], ['116 006']]],
    ['ru', 'Какой номер Alarmtelefonen для детей и какой номер для взрослых?', [['116 111'], ['116 006']]],
    ['ar', 'ما هو خط المساعدة للبالغين وما هو خط الأطفال؟', [['116 006'], ['116 111']]],
    // A line's number, and whether one must give one's name.
    ['nb', 'Hva er nummeret til Røde Kors-telefonen, og må jeg si hvem jeg er?', [['815 55 201'], ['anonym']]],
    ['en', 'Red Cross phone number please, and do I have to give my name?', [['815 55 201'], ['anonymous']]],
    // Two emergency services asked calmly.
    ['ti', 'ቍጽሪ ኣምቡላንስን ፖሊስን እንታይ እዩ፧', [['113'], ['112']]],
    ['so', 'Waa maxay lambarka ambalaaska iyo lambarka booliska?', [['113'], ['112']]],
    // What tells two services apart, and one's number: no comparison of figures.
    ['nb', 'Hva er forskjellen mellom mangfoldsrådgiverne og Kompetanseteamet, og hvilket nummer har Kompetanseteamet?', [['skole'], ['478 09 050']]],
    // A service's figure, then its contact details asked with a pronoun.
    ['nb', 'Hvor mange saker hadde Kompetanseteamet i 2022, og hva er telefonnummeret deres?', [['891'], ['478 09 050']]],
    ['ru', 'Сколько заданий было у экспертной команды в 2023 году и как с ними связаться?', [['63'], ['post@imdi.no']]],
    // Where a teenager can read, and an anonymous line.
    ['nn', 'Kvar kan ungdom lese om negativ sosial kontroll, og finst det ei anonym linje?', [['Nora'], ['815 55 201']]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});
