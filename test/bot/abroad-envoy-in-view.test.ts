import { cardTexts, containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Under the emergency numbers every answer sits behind a "show the answer" button, so the envoy who covers the case's
 * country is said on the card itself even when a contact card about the country is one of those answers; a later
 * message about the same case ("where exactly is the embassy?") keeps the case's country; Levantine "عال…" ("to the")
 * before a country is read as the country. Session 17, own phrasings.
 */
describe('conversation: the envoy is in view on the emergency card', () => {
  const runner = conversationRunnerPerFile();

  const lastInView = async (lang: Lang, turns: string[]) => {
    const run = await runner.converse({ lang, turns });
    const view = readTurn(run.replies, runner.markers);
    const first: unknown = run.replies[0]?.attachments?.[0]?.content;
    if (typeof first !== 'object' || first === null) throw new Error('the reply is a card');
    return { view, inView: cardTexts({ ...first, actions: [] }) };
  };

  it.each([
    ['nb', 'hva gjør jeg, en elev sitter fast i pakistan og får ikke komme hjem', ['Islamabad']],
    ['en', 'what do I do, a pupil is stuck in iraq and her passport was taken', ['Amman']],
  ] as const)('the article and the contact plan behind buttons, the envoy on the card (%s)', async (lang, message, city) => {
    const { view, inView } = await lastInView(lang, [message]);
    expect(view.emergency).toBe(true);
    expect(containsFact(inView, [...city])).toBe(true);
  });

  it('keeps the case country on the next message about it (ar, "عالعراق")', async () => {
    const { view, inView } = await lastInView('ar', ['ابنة عمي عمرها ١٦، أخذوها عالعراق بالصيف وأخذوا جوازها وما رجعت', 'وين السفارة اللي بتساعد؟']);
    expect(view.emergency).toBe(true);
    expect(containsFact(inView, ['Amman', 'عمان', 'عمّان'])).toBe(true);
  });
});
