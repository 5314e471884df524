import { readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, session 20: causes of failures in the languages other than Norwegian and English, each fixed as a class in
 * the word files (content/understanding/scope, situation, danger; content/contacts/other-language-words.json) or the
 * country reader. The sentences are this file's own.
 */
const runner = conversationRunnerPerFile();
const turnOf = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);
const shown = (texts: readonly string[]) => texts.join(' ').replace(/[\u2066-\u2069\u2060]/gu, '');

describe('asking the bot to write a letter or an invitation is an everyday task, declined in every language', () => {
  it.each([
    ['nb', 'Kan du skrive et invitasjonsbrev til foreldremøtet neste uke på somali?'],
    ['en', 'Could you draft a letter inviting parents to the class meeting in Arabic?'],
    ['tr', 'Veli toplantısı için velilere bir davet mektubu yazabilir misin?'],
    ['ti', 'ብዛዕባ ናይ ወለዲ ምርኻብ ኣብ ክፍልና ደብዳቤ ክትጽሕፈለይ ትኽእል ዶ?'],
    ['pl', 'Czy możesz napisać list do rodziców z zaproszeniem na zebranie?'],
    ['ru', 'Можешь написать письмо родителям с приглашением на собрание?'],
  ] as const)('%s: "%s"', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
    expect(turn.answers).toBe(0);
    expect(turn.emergency).toBe(false);
  });

  it('a letter to child welfare about a pupil to be married off stays a case, emergency first', async () => {
    const turn = await turnOf('nb', 'Kan du hjelpe meg å skrive et brev til barnevernet om en elev som skal giftes bort i sommer?');
    expect(turn.emergency).toBe(true);
    expect(turn.cannotAnswer).toBe(false);
  });
});

describe('Somali "guuray" (moved house) is no marriage', () => {
  it('a parent who has just moved asks for the school adviser: no emergency card', async () => {
    const turn = await turnOf('so', 'Waxaan dhawaan u guuray Oslo. Xagee ka helaa la-taliyaha mangfoldsrådgiver ee dugsiga wiilkayga?');
    expect(turn.emergency).toBe(false);
    expect(turn.answers).toBeGreaterThan(0);
  });

  it('a marriage forced on a young writer today is still danger', async () => {
    const turn = await turnOf('so', 'Aabahay wuxuu doonayaa inuu maanta i guursiiyo nin weyn, ma rabo. I caawi');
    expect(turn.emergency).toBe(true);
  });
});

describe('the police number for when it is not an emergency, asked in other words', () => {
  it.each([
    ['ur', 'ایمرجنسی کے علاوہ پولیس سے رابطے کا نمبر بتائیں'],
    ['ar', 'ما هو رقم الشرطة لغير حالات الطوارئ في النرويج؟'],
    ['so', 'Waa maxay lambarka booliska marka aysan arrintu degdeg ahayn?'],
  ] as const)('%s: "%s" gets 02800', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(false);
    expect(shown(turn.texts)).toContain('02800');
  });
});

describe('a Turkish country name with "-deki" typed without an apostrophe', () => {
  it('the embassy in Turkey, asked without the apostrophe, names the envoy in Ankara', async () => {
    const turn = await turnOf('tr', 'türkiyedeki norveç elçiliğinde yardım eden özel temsilci var mı');
    expect(shown(turn.texts)).toContain('Ankara');
  });
});
