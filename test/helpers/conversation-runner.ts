import { containsFact, createConversationRunner, readTurn, type ConversationRunner } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';

/**
 * One real app per test file, driven as the conversation evaluation drives it (src/evaluation/conversation-eval.ts):
 * built in `beforeAll`, closed in `afterAll`. The returned runner forwards to it, so a file declares it once at the top
 * of its `describe` and calls `runner.converse(...)` in its tests.
 */
export function conversationRunnerPerFile(): ConversationRunner {
  let live: ConversationRunner | undefined;
  beforeAll(async () => {
    live = await createConversationRunner();
  }, 60_000);
  afterAll(async () => {
    await live?.close();
  });
  const current = (): ConversationRunner => {
    if (!live) throw new Error('the conversation runner is built in beforeAll');
    return live;
  };
  return {
    get markers() {
      return current().markers;
    },
    converse: (item) => current().converse(item),
    // Closed by afterAll.
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
