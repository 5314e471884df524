import type { TestAdapter } from 'botbuilder';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { oneAppPerFile, type TestApp } from '../helpers/test-app';

/**
 * `oneAppPerFile()` without overrides builds one app for the whole file, however many describes ask for it (a build
 * is ~0.2–0.5 s of CPU; docs/performance.md § Tests, ninth pass), and still gives every test a conversation and a
 * user of its own. A conversation runner (test/helpers/conversation-runner.ts) in the same file drives that app too,
 * each of its conversations with its own id (docs/performance.md § Tests, tenth pass).
 */
const seen: { app: TestApp; user: string | undefined; conversation: string }[] = [];
const idsOf = (adapter: TestAdapter) => ({ user: adapter.conversation.user?.id, conversation: adapter.conversation.conversation.id });

describe('the first describe of a file', () => {
  const { chat, testApp } = oneAppPerFile();

  it('answers "hjelp" on the file\'s app', async () => {
    const adapter = chat();
    seen.push({ app: testApp(), ...idsOf(adapter) });
    await adapter.send('hjelp').assertReply((reply) => expect(reply.attachments?.length ?? 0).toBeGreaterThan(0)).startTest();
  });
});

describe('a second describe of the same file', () => {
  const { chat, testApp } = oneAppPerFile();

  it('gets the same app, with its own user and conversation', async () => {
    const adapter = chat();
    seen.push({ app: testApp(), ...idsOf(adapter) });
    await adapter.send('hjelp').assertReply((reply) => expect(reply.attachments?.length ?? 0).toBeGreaterThan(0)).startTest();
    const [first, second] = seen;
    expect(second?.app).toBe(first?.app);
    expect(second?.user).not.toBe(first?.user);
    expect(second?.conversation).not.toBe(first?.conversation);
  });

  it('gives each test of a describe its own user and conversation too', () => {
    const { user, conversation } = idsOf(chat());
    expect(user).toBeDefined();
    expect(seen.map((s) => s.user)).not.toContain(user);
    expect(seen.map((s) => s.conversation)).not.toContain(conversation);
  });
});

describe('a conversation runner in the same file', () => {
  const { testApp } = oneAppPerFile();
  const runner = conversationRunnerPerFile();

  it("drives the file's app, not one of its own", async () => {
    const logged = testApp().logs.lines.length;
    const run = await runner.converse({ lang: 'nb', turns: ['hjelp'] });
    expect(run.error).toBeUndefined();
    expect(run.replies.length).toBeGreaterThan(0);
    // Only the file's app logs into this sink: the runner's turn was one of its turns.
    expect(testApp().logs.lines.length).toBeGreaterThan(logged);
    expect(testApp()).toBe(seen[0]?.app);
  });
});
