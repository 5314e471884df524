import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * Session 26 (stats26, issue #13): general school bullying is outside the field (content/understanding/scope/*.json
 * `unrelated`): a parent asking about it gets the polite "I can't answer that", not an article on control. Bullying told
 * with threats, honour or control stays in scope. The sentences are this file's own; none is in the evaluation sets.
 */
describe('general school bullying is declined; bullying in a story of control is not (stats26)', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['nb', 'datteren min blir mobbet i gymtimene fordi hun er liten for alderen. hvem bør jeg snakke med?'],
    ['nn', 'guten min blir mobba på skulebussen. kven skal eg ta det opp med?'],
    ['en', 'my daughter is being bullied in the playground because of her glasses. who should I talk to?'],
    ['ru', 'моего сына травят одноклассники из-за его веса. к кому обратиться?'],
    ['uk', 'мою доньку цькують однокласники через окуляри. до кого звернутися?'],
    ['tr', 'oğlum okulda akran zorbalığı yaşıyor çünkü kısa boylu. kiminle konuşmalıyım?'],
    ['ar', 'ابنتي تتعرض للتنمر في الحافلة المدرسية بسبب نظارتها. مع من أتحدث؟'],
  ] as const)('%s: "%s" is declined', async (lang: Lang, message: string) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  it.each([
    ['nb', 'datteren min blir mobbet av fetterne sine fordi hun ikke vil gå med hijab, og de truer med å si det til faren. hva gjør jeg?'],
    ['en', 'my son is bullied by his cousins at school because he has a Norwegian girlfriend; they say he brings shame on the family and threaten him'],
  ] as const)('%s: bullying with threats and honour stays in scope: "%s"', async (lang: Lang, message: string) => {
    const view = await runner.turn(lang, message);
    expect(view.cannotAnswer).toBe(false);
    expect(view.answers + (view.emergency ? 1 : 0)).toBeGreaterThan(0);
  });
});
