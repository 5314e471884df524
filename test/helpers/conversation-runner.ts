import { cardTexts, containsFact, conversationRunnerOn, readTurn, type ConversationRunner, type TurnView } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { oneAppPerFile } from './test-app';

/** A test file's runner: the evaluation's runner, and the turn it reads. */
export interface FileRunner extends ConversationRunner {
  /** One conversation (a message, or several in turn), read as the evaluation reads its last turn (`readTurn`). */
  turn(lang: Lang, turns: string | readonly string[]): Promise<TurnView>;
}

/**
 * The real app driven as the conversation evaluation drives it (src/evaluation/conversation-eval.ts), on the app the
 * test file shares (`oneAppPerFile`): a file whose describes use both this runner and `chat` builds one app, not two.
 * The returned runner forwards to it, so a file declares it once at the top of its `describe` and calls
 * `runner.converse(...)` or `runner.turn(...)` in its tests; each conversation has its own id and user.
 */
export function conversationRunnerPerFile(): FileRunner {
  const { testApp } = oneAppPerFile();
  let live: ConversationRunner | undefined;
  const current = (): ConversationRunner => (live ??= conversationRunnerOn(testApp().app));
  return {
    get markers() {
      return current().markers;
    },
    converse: (item) => current().converse(item),
    async turn(lang, turns) {
      const run = await current().converse({ lang, turns: typeof turns === 'string' ? [turns] : [...turns] });
      return readTurn(run.replies, current().markers);
    },
    // The file's app is closed after its tests (test/helpers/test-app.ts).
    close: async () => undefined,
  };
}

/**
 * One message through the runner, answered in its own language with every fact shown (each fact a list of spellings):
 * no "did you mean" and no "cannot answer". The check the one-message conversation tables share.
 */
export async function expectAnsweredWith(runner: ConversationRunner, lang: Lang, message: string, facts: readonly (readonly string[])[]): Promise<void> {
  const run = await runner.converse({ lang, turns: [message] });
  const view = readTurn(run.replies, runner.markers);
  expect(view.didYouMean || view.cannotAnswer).toBe(false);
  expect(view.replyLanguage).toBe(lang);
  for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
}

/**
 * One conversation, read as the evaluation reads its last turn, and what its first reply's card shows without opening
 * the answers behind its buttons (the emergency card's first screen).
 */
export async function cardInView(runner: ConversationRunner, lang: Lang, turns: readonly string[]): Promise<{ view: TurnView; inView: string[] }> {
  const run = await runner.converse({ lang, turns: [...turns] });
  const first: unknown = run.replies[0]?.attachments?.[0]?.content;
  if (typeof first !== 'object' || first === null) throw new Error('the reply is a card');
  return { view: readTurn(run.replies, runner.markers), inView: cardTexts({ ...first, actions: [] }) };
}

/** A turn declined politely in the asker's language: nothing answered, and no emergency card. */
export function expectDeclined(view: TurnView, lang: Lang): void {
  expect(view.replyLanguage).toBe(lang);
  expect(view.answers).toBe(0);
  expect(view.emergency).toBe(false);
}
