import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import { createApp, type App, type AppOverrides } from '../../src/app';
import { parseEnv, type Env } from '../../src/config/env';
import { loadLanguageDetector, type LanguageDetector } from '../../src/language/detect-language';
import { memoryLanguagePreferences } from '../../src/storage/language-preferences';
import { createLogger, memorySink, type LogSink } from '../../src/logging/logger';
import { createServer, listen, type RunningServer } from '../../src/server';

export interface TestApp {
  readonly app: App;
  readonly env: Env;
  readonly dataDir: string;
  readonly logs: LogSink & { readonly lines: string[] };
  close(): Promise<void>;
}

/**
 * eld's model, loaded once per test file: a file that builds several apps (each test its own environment) shares the
 * detector as the app's instances would share the file it is read from. Each app still wraps it in its own cache.
 */
let detector: Promise<LanguageDetector> | undefined;

/** Builds the real app (real features, real i18n, real language detection) on a temporary DATA_DIR. */
export async function buildTestApp(envOverrides: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-test-'));
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...envOverrides });
  const logs = memorySink();
  const log = createLogger({ level: env.LOG_LEVEL, sink: logs });
  detector ??= loadLanguageDetector();
  const app = await createApp(env, log, { preferences: memoryLanguagePreferences(), detector: await detector, ...overrides });
  return {
    app,
    env,
    dataDir,
    logs,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A botbuilder TestAdapter driving the app's bot, for conversation tests. */
export function conversation(testApp: TestApp, template: Partial<Activity> = {}): TestAdapter {
  const adapter = new TestAdapter((context) => testApp.app.bot.run(context), template);
  adapter.locale = template.locale ?? 'nb-NO';
  return adapter;
}

/**
 * The app `oneAppPerFile()` builds when it is given no overrides, shared by every describe of the file that asks for
 * it: built by the first of them, closed when the file's tests are done (a build is ~0.2–0.5 s of CPU; four files
 * built one per describe, up to four each). Each test still has its own conversations and user, numbered across the
 * whole file (`fileTests`), so no test sees another's state whichever describe it is in.
 */
let fileApp: Promise<TestApp> | undefined;
let fileTests = 0;

// This module is imported at the top of a test file (or of a helper imported there), while jest collects the file's
// root block: this hook is the file's own and runs after every describe's. A test file that never asked for the shared
// app closes nothing.
afterAll(async () => {
  const app = fileApp;
  fileApp = undefined;
  // A build that failed was reported by the beforeAll that awaited it; there is nothing to close then.
  const built = await app?.catch(() => undefined);
  await built?.close();
});

/**
 * One app for every test of a file, built in beforeAll (a build costs seconds), and a `chat` whose conversations
 * and user are each test's own: no test sees another's conversation state, language choice or rate limit, as if the
 * app were new for it. Without overrides every describe of the file shares one app (above); with overrides the
 * describe has its own, closed after it.
 */
export function oneAppPerFile(envOverrides: Record<string, string> = {}, overrides: AppOverrides = {}): {
  readonly testApp: () => TestApp;
  chat(template?: Partial<Activity>): TestAdapter;
} {
  const shared = Object.keys(envOverrides).length === 0 && Object.keys(overrides).length === 0;
  let built: TestApp | undefined;
  let test = 0;
  beforeAll(async () => {
    built = await (shared ? (fileApp ??= buildTestApp()) : buildTestApp(envOverrides, overrides));
  }, 120_000);
  afterAll(() => (shared ? undefined : built?.close()));
  beforeEach(() => {
    test = ++fileTests;
  });
  const testApp = (): TestApp => {
    if (!built) throw new Error('the app is built in beforeAll');
    return built;
  };
  return {
    testApp,
    chat(template = {}) {
      const own = (id: string) => `test-${test}:${id}`;
      const adapter = conversation(testApp(), template.conversation ? { ...template, conversation: { ...template.conversation, id: own(template.conversation.id) } } : template);
      // The adapter's reference fills in only what an activity does not carry (a template would override it).
      adapter.conversation.conversation = { ...adapter.conversation.conversation, id: own(adapter.conversation.conversation.id) };
      if (!template.from) adapter.conversation.user = { id: `user-of-test-${test}`, name: 'User1' };
      return adapter;
    },
  };
}

export interface TestServer extends TestApp {
  readonly url: string;
  readonly running: RunningServer;
}

/** The real HTTP server on a random port. */
export async function startTestServer(envOverrides: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestServer> {
  const testApp = await buildTestApp(envOverrides, overrides);
  const log = createLogger({ level: 'debug', sink: testApp.logs });
  const running = createServer({ app: testApp.app, log, version: '0.0.0-test' });
  await listen(running, 0, '127.0.0.1');
  const { port } = running.server.address() as AddressInfo;
  return {
    ...testApp,
    running,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await running.stop();
      rmSync(testApp.dataDir, { recursive: true, force: true });
    },
  };
}
