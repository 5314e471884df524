import type { TestAdapter } from 'botbuilder';
import { oneAppPerFile, type TestApp } from '../helpers/test-app';

/**
 * `oneAppPerFile()` without overrides builds one app for the whole file, however many describes ask for it (a build
 * is ~0.2–0.5 s of CPU; docs/performance.md § Tests, ninth pass), and still gives every test a conversation and a
 * user of its own.
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
