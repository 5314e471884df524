import { generateKeyPairSync } from 'node:crypto';
import { readdirSync } from 'node:fs';
import jwt from 'jsonwebtoken';
import type { Lang } from '../../src/language/languages';
import type { LanguagePreferences } from '../../src/storage/language-preferences';
import { type FakeConnector, startFakeConnector } from '../helpers/fake-connector';
import { CHANNEL_ISSUER, type OpenIdStub, seedOutboundToken, startOpenIdStub } from '../helpers/openid-stub';
import { teamsInstall, teamsMessage, TENANT_ID } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

// Each describe builds the whole app (content, indexes, stores): on a loaded machine that alone can pass the default 20 s.
jest.setTimeout(60_000);

// (was authentication.test.ts)
/**
 * With an app id configured, every request must carry a Bot Framework token: signed (RS256) by a key
 * from the channel's OpenID metadata, issued by api.botframework.com, for this bot, for this serviceUrl.
 * Keys come from a local OpenID/JWKS stub, so nothing here touches the network.
 */
const APP_ID = '6a1b2c3d-0000-4000-8000-00000000abcd';
const OUTBOUND_TOKEN = 'outbound-token-for-tests';
const now = () => Math.floor(Date.now() / 1000);

/** Records what the bot would persist, so "changes nothing" can be asserted. */
function recordingPreferences(): LanguagePreferences & { writes: Lang[] } {
  const writes: Lang[] = [];
  return { writes, get: async () => undefined, set: async (_key, lng) => void writes.push(lng) };
}

describe('authentication: Bot Framework tokens on /api/messages', () => {
  let stub: OpenIdStub;
  let connector: FakeConnector;
  let server: TestServer;
  let preferences: ReturnType<typeof recordingPreferences>;

  beforeAll(async () => {
    stub = await startOpenIdStub();
    connector = await startFakeConnector();
    seedOutboundToken(APP_ID, OUTBOUND_TOKEN);
    preferences = recordingPreferences();
    server = await startTestServer({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline' }, { auth: stub.authOptions(), preferences });
    // The SDK prints rejected tokens to the console; the assertions here are on what the client gets.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await server.close();
    await connector.close();
    await stub.close();
  });

  /** A set-language card submit: if it got through, it would both reply and write a preference. */
  const submit = () => teamsMessage({ value: { verb: 'set-language', lng: 'nn' }, serviceUrl: connector.url });
  const claims = () => ({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: connector.url });

  async function post(activity: Record<string, unknown>, authorization?: string): Promise<Response> {
    return fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
      body: JSON.stringify(activity),
    });
  }

  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const rejected: Array<[string, () => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['an empty header', () => ''],
    ['a non-Bearer scheme', () => `Basic ${Buffer.from(`${APP_ID}:secret`).toString('base64')}`],
    ['a malformed token', () => 'Bearer not.a.jwt'],
    ['a token with extra words', () => `Bearer ${stub.sign(claims())} extra`],
    ['alg: none (unsigned)', () => `Bearer ${jwt.sign(claims(), '', { algorithm: 'none', keyid: stub.kid })}`],
    ['HMAC with a shared secret', () => `Bearer ${jwt.sign(claims(), 'guessable-secret', { algorithm: 'HS256', keyid: stub.kid })}`],
    ['an expired token', () => `Bearer ${stub.sign({ ...claims(), exp: now() - 3600 })}`],
    ['a token not valid yet', () => `Bearer ${stub.sign({ ...claims(), nbf: now() + 3600 })}`],
    ['a token for another bot (audience)', () => `Bearer ${stub.sign({ ...claims(), aud: '11111111-2222-4333-8444-555555555555' })}`],
    ['a token from another issuer', () => `Bearer ${stub.sign({ ...claims(), iss: 'https://attacker.example' })}`],
    [
      'an Entra-issued token signed with a key Entra never published',
      () => `Bearer ${stub.sign({ ...claims(), iss: 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0', ver: '2.0', azp: APP_ID })}`,
    ],
    ['a token for another serviceUrl', () => `Bearer ${stub.sign({ ...claims(), serviceurl: 'https://attacker.example/' })}`],
    ['a token without a serviceurl claim', () => `Bearer ${stub.sign({ iss: CHANNEL_ISSUER, aud: APP_ID })}`],
    ['a token signed by another key under the published key id', () => `Bearer ${stub.sign(claims(), { key: otherKey })}`],
    ['a token signed by an unknown key id', () => `Bearer ${stub.sign(claims(), { key: otherKey, kid: 'unknown-key' })}`],
    [
      'a token whose payload was altered after signing',
      () => {
        const [header, , signature] = stub.sign(claims()).split('.');
        const forged = Buffer.from(JSON.stringify({ ...claims(), aud: APP_ID, exp: now() + 86_400 * 365 })).toString('base64url');
        return `Bearer ${header}.${forged}.${signature}`;
      },
    ],
  ];

  it.each(rejected)('rejects %s with 401, a generic body, and changes nothing', async (_label, authorization) => {
    const filesBefore = readdirSync(server.dataDir).sort();
    const postedBefore = connector.posted.length;
    const res = await post(submit(), authorization());
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.json()).toEqual({ code: 'Unauthorized', message: 'Unauthorized.' });
    // Nothing reached the bot: no reply, no preference written, no new file.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connector.posted.length).toBe(postedBefore);
    expect(preferences.writes).toEqual([]);
    expect(readdirSync(server.dataDir).sort()).toEqual(filesBefore);
  });

  it('rejects a token whose key is not endorsed for the activity’s channel', async () => {
    const activity = { ...submit(), channelId: 'webchat' };
    const res = await post(activity, `Bearer ${stub.sign(claims())}`);
    expect(res.status).toBe(401);
    expect(preferences.writes).toEqual([]);
  });

  it('serves a valid channel token: 200, the reply goes out with the bot’s own token, the choice is stored', async () => {
    const res = await post(submit(), `Bearer ${stub.sign(claims())}`);
    expect(res.status).toBe(200);
    const replies = await connector.waitFor(1);
    expect(replies.at(-1)!.body['text']).toBe('Greitt, eg svarar på nynorsk frå no av.');
    expect(replies.at(-1)!.authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
    expect(preferences.writes).toEqual(['nn']);
  });

  it('needs no network: keys were fetched from the local stub', () => {
    expect(stub.keyFetches()).toBeGreaterThan(0);
  });
});

describe('authenticated (production) mode serves Teams only', () => {
  it('ignores a correctly signed activity from another channel: 200, no reply, nothing stored', async () => {
    // Keys endorsed for webchat too, so the token is valid and only the bot's channel check stands in the way.
    const stub = await startOpenIdStub(['msteams', 'webchat']);
    const connector = await startFakeConnector();
    const preferences = recordingPreferences();
    seedOutboundToken(APP_ID, OUTBOUND_TOKEN);
    const server = await startTestServer({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline' }, { auth: stub.authOptions(), preferences });
    try {
      const token = stub.sign({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: connector.url });
      const activity = { ...teamsMessage({ value: { verb: 'set-language', lng: 'nn' }, serviceUrl: connector.url }), channelId: 'webchat' };
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(activity),
      });
      expect(res.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(connector.posted).toHaveLength(0);
      expect(preferences.writes).toEqual([]);

      // The same token and activity on msteams is served.
      await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ ...activity, channelId: 'msteams' }),
      });
      await connector.waitFor(1);
      expect(preferences.writes).toEqual(['nn']);
    } finally {
      await server.close();
      await connector.close();
      await stub.close();
    }
  });
});

// (was tenants-channels-rate-limits.test.ts)
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';
const REFUSAL = 'This bot is not available in your organisation.';

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
