import { createConversationRunner, type ConversationRunner } from '../../src/evaluation/conversation-eval';

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
