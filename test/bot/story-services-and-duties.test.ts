import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Long stories and duty questions (issue #13), through the real bot, in own phrasings:
 * - the police or child welfare named only in the story ("she won't go to the police") are not the service asked for:
 *   the answer is who advises the asker (Kompetanseteamet, 478 09 050, domain.md §12), not the police's number;
 * - a writer who opens with their role ("politiet her", "midwife here", "new in the police") is not sent to their own
 *   service;
 * - a duty asked in words of its own ("har jeg noen plikt …", "am I required to do anything", "عندي واجب") gets the
 *   duty's answer (child welfare), not "did you mean".
 */
describe('conversation: stories and duty questions get the answer for the asker', () => {
  const runner = conversationRunnerPerFile();

  const KT = ['478 09 050'];
  const CHILD_WELFARE = ['barnevern', 'child welfare'];
  /** [language, message, facts the reply shows (each a list of spellings)]. */
  const CASES: ReadonlyArray<readonly [Lang, string, readonly (readonly string[])[]]> = [
    // Services named only in the story's statements.
    [
      'nb',
      'Jeg er rådgiver på NAV. En bruker på 31 forteller at mannen tar lønna hennes og bestemmer hvem hun får treffe. Hun vil ikke anmelde ham til politiet. Hvem kan vi spørre om råd i en sånn sak?',
      [KT],
    ],
    [
      'en',
      'I teach Norwegian to adults. One of my students, 28, says her in-laws keep her passport and read her messages. She refuses to go to the police. Who can give me advice on how to help her?',
      [KT],
    ],
    // The writer's role said as "<role> here" or "new in <role>".
    ['nn', 'Politiet her. Kven kan gi oss råd i ei sak om æresrelatert vald før vi snakkar med familien?', [KT]],
    ['en', 'New in the police. Who advises us on forced marriage cases?', [KT]],
    // Roman Urdu: "I work in child welfare" is the writer's workplace, not the service asked for.
    ['ur', 'main barnevern mein kaam karti hoon. agar koi larki chhutiyon ke baad Norway wapas na aaye to hum kis se rabta karein?', [['478 09 050', '23 95 00 00']]],
    // A service asked for right after the writer's own workplace, with a word of calling beside it.
    ['nb', 'Kan vi i skolehelsetjenesten ringe Kompetanseteamet selv, eller må vi gå gjennom barnevernet?', [KT]],
    ['nb', 'Ringer vi på asylmottaket Kompetanseteamet direkte?', [KT]],
    // The police when it is not an emergency, said as "when there is no emergency".
    ['ar', 'ما هو رقم الشرطة إذا ما في حالة طوارئ؟', [['02800']]],
    ['pl', 'Jaki numer na policję, gdy nie ma nagłej sytuacji?', [['02800']]],
    // A duty asked in words of its own.
    ['nb', 'Helsesykepleier her. Har jeg noen plikt til å gjøre noe når en elev på 14 forteller om streng kontroll hjemme, eller gjelder bare taushetsplikten?', [CHILD_WELFARE]],
    ['en', 'As a teacher, am I required to do anything if a 13-year-old says her parents read all her messages?', [CHILD_WELFARE]],
    // Sharing information with child welfare, against one's confidentiality, is the duty to notify.
    ['nb', 'Jobber i NAV. Kan jeg dele opplysninger med barnevernet om en 12-åring som ikke får gå ut av huset? Jeg har jo taushetsplikt.', [['opplysningsplikt']]],
  ];

  it.each(CASES)('%s: %s', async (lang, message, facts) => {
    await expectAnsweredWith(runner, lang, message, facts);
  });
});
