import { readdirSync } from 'node:fs';
import type { LanguagePreferences } from '../../src/storage/language-preferences';
import type { Lang } from '../../src/language/languages';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { teamsInstall, teamsMessage, TENANT_ID } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

// Each suite builds the whole app (content, indexes, stores): on a loaded machine that alone can pass the default 20 s.
jest.setTimeout(60_000);

const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';
const REFUSAL = 'This bot is not available in your organisation.';

function recordingPreferences(): LanguagePreferences & { writes: Lang[] } {
  const writes: Lang[] = [];
  return { writes, get: async () => undefined, set: async (_key, lng) => void writes.push(lng) };
}

async function post(server: TestServer, body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * One server per describe (a build costs seconds): each test has its own fake connector (so `posted` is the test's
 * own), and reads only the log lines and preference writes of its own turns.
 */
describe('tenant allow-list over HTTP', () => {
  let server: TestServer;
  let connector: FakeConnector;
  const preferences = recordingPreferences();
  /** Log lines written by this test's turns. */
  let logsFrom = 0;
  const ownLogLines = () => server.logs.lines.slice(logsFrom);
  beforeAll(async () => {
    server = await startTestServer({ ALLOWED_TENANT_IDS: TENANT_ID }, { preferences });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    connector = await startFakeConnector();
    preferences.writes.length = 0;
    logsFrom = server.logs.lines.length;
  });
  afterEach(() => connector.close());

  it('gives a message from another tenant the short refusal only: no card, no data, nothing stored', async () => {
    const files = readdirSync(server.dataDir);
    expect((await post(server, teamsMessage({ text: 'hva er negativ sosial kontroll', serviceUrl: connector.url, tenantId: OTHER_TENANT }))).status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(reply!.body).toMatchObject({ text: REFUSAL });
    expect(reply!.body['attachments']).toBeUndefined();
    await settle();
    expect(connector.posted).toHaveLength(1);
    expect(readdirSync(server.dataDir)).toEqual(files);
    expect(ownLogLines().some((l) => l.includes('"msg":"message"'))).toBe(false);
  });

  it('refuses a card submit from another tenant without acting on it', async () => {
    await post(server, teamsMessage({ value: { verb: 'set-language', lng: 'nn' }, serviceUrl: connector.url, tenantId: OTHER_TENANT }));
    const [reply] = await connector.waitFor(1);
    expect(reply!.body['text']).toBe(REFUSAL);
    expect(preferences.writes).toEqual([]);
  });

  it('refuses an activity that names no tenant at all', async () => {
    const activity = teamsMessage({ text: 'hjelp', serviceUrl: connector.url });
    delete (activity['conversation'] as Record<string, unknown>)['tenantId'];
    activity['channelData'] = {};
    await post(server, activity);
    const [reply] = await connector.waitFor(1);
    expect(reply!.body['text']).toBe(REFUSAL);
  });

  it('does not welcome an install from another tenant, and answers its invokes with 4xx and nothing else', async () => {
    const install = teamsInstall(connector.url);
    install['conversation'] = { id: 'a:other-install', conversationType: 'personal', tenantId: OTHER_TENANT };
    install['channelData'] = { tenant: { id: OTHER_TENANT } };
    expect((await post(server, install)).status).toBe(200);
    const invoke = { ...teamsMessage({ serviceUrl: connector.url, tenantId: OTHER_TENANT }), type: 'invoke', name: 'task/fetch', value: { data: {} } };
    const res = await post(server, invoke);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await settle();
    expect(connector.posted).toHaveLength(0);
  });

  it('serves the allowed tenant, also when only channelData names it', async () => {
    const activity = teamsMessage({ text: 'hjelp', serviceUrl: connector.url });
    delete (activity['conversation'] as Record<string, unknown>)['tenantId'];
    await post(server, activity);
    const [reply] = await connector.waitFor(1);
    expect(JSON.stringify(reply!.body['attachments'])).toContain('Dette kan jeg hjelpe med');
  });
});

describe('channels', () => {
  it('serves only the channels the bot supports (local mode adds the emulator and playground, never others)', async () => {
    const connector = await startFakeConnector();
    const server = await startTestServer();
    try {
      for (const channelId of ['slack', 'facebook', 'telegram', 'email', 'directline']) {
        expect((await post(server, { ...teamsMessage({ text: 'hjelp', serviceUrl: connector.url }), channelId })).status).toBe(200);
      }
      await settle();
      expect(connector.posted).toHaveLength(0);
      await post(server, { ...teamsMessage({ text: 'hjelp', serviceUrl: connector.url }), channelId: 'emulator' });
      await connector.waitFor(1);
    } finally {
      await server.close();
      await connector.close();
    }
  });
});

describe('rate limit per user over HTTP', () => {
  // One server for the describe: the limit is per user, so each test sends as users of its own.
  let server: TestServer;
  let connector: FakeConnector;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    connector = await startFakeConnector();
  });
  afterEach(() => connector.close());

  it('tells a user who sends too many messages to slow down, without processing the message', async () => {
    const USER_A = '00000000-0000-4000-8000-0000000000aa';
    for (let i = 0; i < 3; i++) await post(server, teamsMessage({ text: 'hjelp', serviceUrl: connector.url, aadObjectId: USER_A }));
    await connector.waitFor(3);
    expect(connector.posted.every((p) => JSON.stringify(p.body['attachments']).includes('Dette kan jeg hjelpe med'))).toBe(true);
    const messagesLogged = server.logs.lines.filter((l) => l.includes('"msg":"message"')).length;

    expect((await post(server, teamsMessage({ text: 'hjelp', serviceUrl: connector.url, aadObjectId: USER_A }))).status).toBe(200);
    const replies = await connector.waitFor(4);
    expect(replies[3]!.body['text']).toMatch(/^Du sender mange meldinger på kort tid\. Vent litt/);
    expect(replies[3]!.body['text']).toContain('112');
    expect(replies[3]!.body['attachments']).toBeUndefined();
    // Not processed: no understanding step ran for the throttled message.
    expect(server.logs.lines.filter((l) => l.includes('"msg":"message"'))).toHaveLength(messagesLogged);
  });

  it('throttles card submits too, and keeps serving other users', async () => {
    const USER_A = '00000000-0000-4000-8000-0000000000ac';
    const USER_B = '00000000-0000-4000-8000-0000000000bb';
    for (let i = 0; i < 3; i++) await post(server, teamsMessage({ text: 'hjelp', serviceUrl: connector.url, aadObjectId: USER_A }));
    await post(server, teamsMessage({ value: { verb: 'set-language', lng: 'nn' }, serviceUrl: connector.url, aadObjectId: USER_A }));
    await post(server, teamsMessage({ text: 'hjelp', serviceUrl: connector.url, aadObjectId: USER_B }));
    const replies = await connector.waitFor(5);
    expect(replies[3]!.body['text']).toMatch(/^Du sender mange meldinger/);
    expect(JSON.stringify(replies[4]!.body['attachments'])).toContain('Dette kan jeg hjelpe med');
  });
});
