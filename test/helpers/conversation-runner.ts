import { cardTexts, containsFact, conversationRunnerOn, readTurn, type ConversationRunner, type TurnView } from '../../src/evaluation/conversation-eval';
import { NEVER_FIRES } from '../../src/evaluation/rules-only';
import type { Lang } from '../../src/language/languages';
import { buildTestApp, oneAppPerFile, type TestApp } from './test-app';

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
 * The file's bot whose learned second opinion never fires (`NEVER_FIRES`: the bot as its rules alone answer), built by
 * the first describe that asks for it (in its `beforeAll`) and shared by every other describe of the file, as
 * `conversationRunnerPerFile` shares the file's own app; closed when the file's tests are done. Each conversation has
 * its own id and user, so no describe sees another's state. Built as `createConversationRunner({ secondOpinion:
 * NEVER_FIRES })` built one per describe (a silent logger, the real clock, in-memory language choices), with the
 * file's language detector: session-39 built three such apps and session-36 two (docs/performance.md, Session 40,
 * tests).
 */
let rulesOnlyApp: Promise<TestApp> | undefined;

// Registered when a test file imports this module at its top, after test-app.ts's own hook: runs after every describe.
afterAll(async () => {
  const app = rulesOnlyApp;
  rulesOnlyApp = undefined;
  const built = await app?.catch(() => undefined);
  await built?.close();
});

export async function rulesOnlyRunnerOfFile(): Promise<ConversationRunner> {
  rulesOnlyApp ??= buildTestApp({ LOG_LEVEL: 'silent' }, { secondOpinion: NEVER_FIRES });
  return conversationRunnerOn((await rulesOnlyApp).app);
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
