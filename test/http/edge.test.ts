import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { INTERNALS } from '../helpers/internals';
import { teamsMessage } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

// Each suite builds the whole app (content, indexes, stores): on a loaded machine that alone can pass the default 20 s.
jest.setTimeout(60_000);

describe('HTTP edge: activities that are not well-formed', () => {
  let server: TestServer;
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '10000' });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  async function post(
    body: unknown,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    expect(text).not.toMatch(INTERNALS);
    return { status: res.status, text, headers: res.headers };
  }

  /** The replies posted for one request, found by the conversation it was sent in. */
  async function repliesTo(conversationId: string, count = 1): Promise<string[]> {
    const matching = () => connector.posted.filter((p) => decodeURIComponent(p.path).includes(conversationId));
    const deadline = Date.now() + 5000;
    while (matching().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    return matching().map((p) => JSON.stringify(p.body['text'] ?? p.body['attachments'] ?? ''));
  }

  const message = (overrides: Record<string, unknown>, conversationId = `a:edge-${Math.random()}`) => {
    const base = teamsMessage({ text: 'hjelp', serviceUrl: connector.url });
    return { ...base, conversation: { ...(base['conversation'] as object), id: conversationId }, ...overrides };
  };

  const malformed: Array<[string, Record<string, unknown>]> = [
    ['no type', { type: undefined }],
    ['an empty type', { type: '' }],
    ['a numeric type', { type: 7 }],
    ['no conversation', { conversation: undefined }],
    ['a conversation without id', { conversation: { conversationType: 'personal' } }],
    ['a conversation id with a lone surrogate', { conversation: { id: 'a:\ud800x' } }],
    ['no serviceUrl', { serviceUrl: undefined }],
    ['a javascript: serviceUrl', { serviceUrl: 'javascript:alert(1)' }],
    ['a file: serviceUrl', { serviceUrl: 'file:///etc/passwd' }],
    ['no from', { from: undefined }],
    ['from as a string', { from: '29:user' }],
    ['no recipient', { recipient: undefined }],
    ['numeric text', { text: 12345 }],
    ['text as an object', { text: { $gt: '' } }],
    ['a numeric locale', { locale: 47 }],
    ['entities as an object', { entities: { type: 'mention' } }],
    ['a mention entity without mentioned', { entities: [{ type: 'mention', text: '<at>x</at>' }] }],
    ['an unparseable timestamp', { timestamp: 'yesterday-ish' }],
    ['channelData as a string', { channelData: 'tenant' }],
    ['membersAdded with a nameless member', { type: 'conversationUpdate', membersAdded: [{}] }],
  ];

  it.each(malformed)('rejects an activity with %s: 400, generic body, no reply', async (_label, overrides) => {
    const conversationId = `a:malformed-${Math.random()}`;
    const body: Record<string, unknown> = message(overrides, conversationId);
    for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete body[key];
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({ code: 'BadRequest', message: 'Not a valid activity.' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await repliesTo(conversationId, 0)).toEqual([]);
  });

  it('answers odd unicode in text politely (lone surrogates, RTL marks, zero-width joiners, emoji)', async () => {
    for (const text of ['\ud800 hjelp', '\u202e\u200dhjelp\u200b', '👨‍👩‍👧‍👦🏳️‍⚧️', '\u0000\u0007', 'ﷺ'.repeat(500)]) {
      const conversationId = `a:unicode-${Math.random()}`;
      expect((await post(message({ text }, conversationId))).status).toBe(200);
      expect(await repliesTo(conversationId)).toHaveLength(1);
    }
  });

  it('answers a huge text (under the body limit) with one reply', async () => {
    const conversationId = 'a:huge-text';
    expect((await post(message({ text: 'hvordan '.repeat(25_000) }, conversationId))).status).toBe(200);
    expect(await repliesTo(conversationId)).toHaveLength(1);
  });

  it.each([
    ['a verb nobody handles', { verb: 'drop-tables' }, "I don't know that button"],
    ['a known verb with a bad payload', { verb: 'set-language', lng: 'klingon' }, "couldn't read the card"],
    ['a known verb with an extra field', { verb: 'set-language', lng: 'nb', admin: true }, "couldn't read the card"],
    ['a value without a verb', { lng: 'nb' }, "couldn't read the card"],
    ['a verb that is not a string', { verb: { toString: 'x' } }, "couldn't read the card"],
    ['a very long verb', { verb: 'v'.repeat(10_000) }, "couldn't read the card"],
    ['a numeric value', 42, "couldn't read the card"],
    ['a string value', 'set-language', "couldn't read the card"],
  ])('answers a card submit with %s with a polite message, not an error', async (_label, value, expected) => {
    const conversationId = `a:card-${Math.random()}`;
    const res = await post(message({ text: undefined, value }, conversationId));
    expect(res.status).toBe(200);
    const [reply] = await repliesTo(conversationId);
    expect(reply).toMatch(new RegExp(expected, 'i'));
    expect(reply).not.toMatch(/something went wrong|noe gikk galt/i);
  });

  it('answers an invoke it does not handle with 400 and no internals', async () => {
    for (const name of ['composeExtension/submitAction', 'task/fetch', 'no/such/invoke', '']) {
      const res = await post(message({ type: 'invoke', name, value: { data: { verb: 'x' } }, text: undefined }));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });

  it('accepts an activity type it does not know with 200 and no reply', async () => {
    const conversationId = 'a:unknown-type';
    expect((await post(message({ type: 'somethingNew', text: undefined }, conversationId))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(await repliesTo(conversationId, 0)).toEqual([]);
  });

  it('rejects a body that is not JSON by content type with 415, before reading it', async () => {
    expect((await post('type=message', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post('hello', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(JSON.stringify(message({})), {})).status).toBe(415);
  });

  it('refuses multipart uploads: no file lands in the temp directory, whatever the size', async () => {
    // restify's generic body parser would write these to disk (formidable) before authentication and
    // without the body limit; the server reads JSON bodies only.
    const uploads = () => readdirSync(tmpdir()).filter((name) => name.startsWith('upload_'));
    const before = new Set(uploads());
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(2 * 1024 * 1024, 65)]), 'big.bin');
    form.append('type', 'message');
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', body: form });
    expect(res.status).toBe(415);
    expect(await res.text()).not.toMatch(INTERNALS);
    expect(uploads().filter((name) => !before.has(name))).toEqual([]);
  });

  it('answers unknown paths with 404 without echoing the path', async () => {
    const res = await fetch(`${server.url}/api/../admin/%3Cscript%3E`);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).not.toMatch(/admin|script/i);
  });

  it('marks every response as not to be sniffed or cached', async () => {
    const res = await post(message({}));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
