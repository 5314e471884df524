import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { BOT_ID, teamsInstall, teamsMessage, TENANT_ID } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

// Each suite builds the whole app (content, indexes, stores): on a loaded machine that alone can pass the default 20 s.
jest.setTimeout(60_000);

async function post(server: TestServer, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

function attachmentText(posted: { body: Record<string, unknown> }): string {
  return JSON.stringify(posted.body['attachments'] ?? posted.body['text'] ?? '');
}

describe('HTTP: Teams-shaped traffic to the real server', () => {
  // One server for the file (a build costs seconds); each test gets a connector of its own, so it sees only the
  // replies to its own requests. Each test uses its own user, as with a new server.
  let server: TestServer;
  let connector: FakeConnector;
  let user = '';
  let tests = 0;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    connector = await startFakeConnector();
    user = `00000000-0000-4000-8000-${String(++tests).padStart(12, '0')}`;
  });
  afterEach(() => connector.close());

  it('serves /healthz with status, version and uptime', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', version: '0.0.0-test' });
    expect(typeof body['uptimeSeconds']).toBe('number');
  });

  it('welcomes on a personal-scope install with the welcome card', async () => {
    const res = await post(server, teamsInstall(connector.url));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(reply?.path).toContain('/v3/conversations/a%3A1personalchat-install/activities');
    expect(attachmentText(reply!)).toContain('Hei! Jeg er Veiviser');
  });

  it('welcomes once when installationUpdate and conversationUpdate arrive at the same moment', async () => {
    const install = { ...teamsInstall(connector.url), conversation: { id: 'a:1personalchat-both', conversationType: 'personal', tenantId: TENANT_ID } };
    const added = { ...install, id: 'added-1', type: 'conversationUpdate', action: undefined, membersAdded: [{ id: BOT_ID }] };
    const before = connector.posted.length;
    const responses = await Promise.all([post(server, install), post(server, added)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.posted.slice(before).filter((p) => p.path.includes('1personalchat-both'))).toHaveLength(1);
  });

  it('answers "hjelp" in a personal chat with the bokmål help card', async () => {
    const res = await post(server, teamsMessage({ aadObjectId: user, text: 'hjelp', serviceUrl: connector.url, locale: 'en-US' }));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(attachmentText(reply!)).toContain('Dette kan jeg hjelpe med');
  });

  it('replies in the channel thread after stripping the @mention', async () => {
    const res = await post(server, teamsMessage({ aadObjectId: user, text: 'help', mentionBot: true, conversationType: 'channel', serviceUrl: connector.url }));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(decodeURIComponent(reply!.path)).toContain('19:abc123@thread.tacv2;messageid=1700000000000');
    expect(reply!.body['replyToId']).toBeDefined();
    expect(attachmentText(reply!)).toContain('What I can help with');
  });

  it('rejects malformed JSON with 400 and no internals', async () => {
    const res = await post(server, '{"type": "message", ');
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).not.toMatch(/at .*\.js|stack|SyntaxError/);
  });

  it('rejects a non-object body with 400', async () => {
    expect((await post(server, '[1,2,3]')).status).toBe(400);
    expect((await post(server, '"just a string"')).status).toBe(400);
  });

  it('rejects other methods on /api/messages with 405', async () => {
    expect((await fetch(`${server.url}/api/messages`)).status).toBe(405);
    expect((await fetch(`${server.url}/api/messages`, { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(405);
  });

  it('rejects a body over the limit with 413', async () => {
    const huge = teamsMessage({ aadObjectId: user, text: 'x'.repeat(300 * 1024), serviceUrl: connector.url });
    expect((await post(server, huge)).status).toBe(413);
  });

  it('never logs the message text', async () => {
    const canary = 'kanarifugl-7f3a9c';
    await post(server, teamsMessage({ aadObjectId: user, text: `hva er ${canary}`, serviceUrl: connector.url }));
    await connector.waitFor(1);
    expect(server.logs.lines.join('\n')).not.toContain(canary);
  });
});

describe('HTTP: tenant allow-list', () => {
  it('refuses activities from another tenant and serves the allowed one', async () => {
    const connector = await startFakeConnector();
    const server = await startTestServer({ ALLOWED_TENANT_IDS: TENANT_ID });
    try {
      await post(server, teamsMessage({ text: 'hjelp', serviceUrl: connector.url, tenantId: '11111111-2222-4333-8444-555555555555' }));
      const [refusal] = await connector.waitFor(1);
      expect(refusal!.body['text']).toBe('This bot is not available in your organisation.');
      expect(refusal!.body['attachments']).toBeUndefined();

      await post(server, teamsMessage({ text: 'hjelp', serviceUrl: connector.url }));
      const replies = await connector.waitFor(2);
      expect(attachmentText(replies[1]!)).toContain('Dette kan jeg hjelpe med');
    } finally {
      await server.close();
      await connector.close();
    }
  });
});
