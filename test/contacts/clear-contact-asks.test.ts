import { createContactFeature } from '../../src/contacts/contact-feature';
import { readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { directory, places, translate } from './contact-fixtures';

/**
 * Issue #13, class 1: a message that clearly asks for one contact gets it, not "did you mean": a course asked of
 * someone ("can someone come and hold a course?"), professional advice asked where or by which number, a line a young
 * person can call without a name, a website for young people. The words are data (content/contacts/training-wish-words.json,
 * advice-words.json, website-words.json). Sentences are this file's own.
 */
const recognizer = createContactFeature({ translate, dataDir: '/nonexistent', directory, places }).recognizer;

describe('one clear contact need, in everyday words', () => {
  it.each([
    ['nb', 'Kan noen komme og ha en fagdag om tvangsekteskap for lærerne?', { training: true }],
    ['nn', 'Kan nokon kome og halde kurs for oss tilsette om æresvald?', { training: true }],
    ['en', 'Could somebody come and hold a course on honour-based violence for our team?', { training: true }],
    ['ar', 'هل يمكن لأحد أن يقدم ورشة عمل لموظفينا عن العنف المرتبط بالشرف؟', { training: true }],
    ['en', 'what number should a health visitor ring for expert advice about cutting', {}],
    ['nb', 'Hvilket nummer kan vi ringe for faglige råd om æresvold?', {}],
    ['pl', 'Szukam strony dla młodzieży o kontroli w rodzinie, którą mogę pokazać uczniom.', { website: true }],
  ] as const)('reads a contact question in %s: "%s"', (lng, message, query) => {
    const reading = recognizer.read(message, lng);
    expect(reading?.score).toBeGreaterThanOrEqual(0.75);
    expect(reading?.query).toMatchObject(query);
  });

  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'Kan dere komme og holde opplæring for de ansatte om negativ sosial kontroll?', 'post@imdi.no'],
    ['en', 'Which number can a school nurse call for advice on forced marriage?', '478 09 050'],
    ['uk', 'Мій брат хоче анонімно з кимось поговорити, бо батьки все контролюють. Куди звернутися?', '815 55 201'],
    ['ti', 'ብዘይ ስም ክድውሉ ዝኽእሉ ቁጽሪ ንመንእሰያት ኣሎ ድዩ?', '815 55 201'],
    ['fa', 'شماره‌ای هست که یک نوجوان بدون گفتن اسمش زنگ بزند؟', '815 55 201'],
  ] as const)('%s: the contact, no "did you mean" ("%s")', async (lang: Lang, message: string, contact: string) => {
    const turn = readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(false);
    expect(turn.texts.join('\n').replace(/[\u2066-\u2069]/gu, '')).toContain(contact);
  });
});
