import { readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, class 5: questions near the field but outside it are declined politely in every language, with no
 * emergency card and no look-alike answer: a staffing norm, university admission, a benefit's rate, a young person's
 * summer job (their age said beside it), a letter about a class outing "next week" (read as a trip soon before), and
 * quarrels over screen time. The same subjects beside a danger, a marriage, a country or control stay in scope (the
 * rules everyday-young-plans and everyday-outing in content/understanding/scope/rules.json). Sentences are this file's own.
 */
const runner = conversationRunnerPerFile();
const turnOf = async (lang: Lang, message: string) => readTurn((await runner.converse({ lang, turns: [message] })).replies, runner.markers);

describe('near-field errands are declined', () => {
  it.each([
    ['nb', 'Hva sier bemanningsnormen om antall helsesykepleiere per elev?'],
    ['en', 'Which entry requirements does the nursing degree have, and when is the Samordna opptak deadline?'],
    ['nn', 'Kor mykje er introstønaden i månaden for ein deltakar?'],
    ['ar', 'ما هو المعدل المطلوب للقبول الجامعي في كلية الطب؟'],
    ['en', "I'm 16, where do I look for a part-time job this summer?"],
    ['tr', '17 yaşındayım, yaz işi için nereye başvurabilirim?'],
    ['en', 'Please help me draft a letter to parents about our class trip to the zoo next Friday.'],
    ['ru', 'Помогите написать письмо родителям об экскурсии в зоопарк на следующей неделе.'],
    ['nb', 'Tenåringen min krangler om skjermtid hver kveld. Hvordan setter jeg grenser?'],
  ] as const)('%s: "%s"', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.didYouMean || turn.cannotAnswer).toBe(true);
    expect(turn.answers).toBe(0);
    expect(turn.emergency).toBe(false);
  });
});

describe('the same subjects beside danger stay in scope, emergency first', () => {
  it.each([
    ['en', "I'm 16 and my father won't let me take a summer job because I am to be married in Pakistan."],
    ['nb', 'Vi skal på klassetur til dyreparken neste uke, men en elev sier at hun blir sendt til Irak etterpå.'],
    ['ar', 'رحلة المدرسة إلى حديقة الحيوانات الأسبوع القادم لكن طالبة قالت إن أهلها سيزوجونها في الصومال'],
  ] as const)('%s: "%s"', async (lang, message) => {
    const turn = await turnOf(lang, message);
    expect(turn.emergency).toBe(true);
    expect(turn.cannotAnswer).toBe(false);
  });
});
