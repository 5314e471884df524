import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KEY_SERVICES, SEARCH_CONTACTS_COMMAND, SEARCH_PARAMETER } from '../../src/contacts/message-extension';
import { readEmergencyReply } from '../helpers/emergency-reply';
import { type FakeConnector, startFakeConnector } from '../helpers/fake-connector';
import { INTERNALS } from '../helpers/internals';
import { openPart } from '../helpers/open-part';
import { BOT_ID, teamsInstall, teamsMessage, TENANT_ID, USER_AAD_ID } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

// Each describe builds the whole app (content, indexes, stores): on a loaded machine that alone can pass the default 20 s.
jest.setTimeout(60_000);

// (was safety.test.ts)
/**
 * Issue 12 through the real HTTP path: Teams-shaped activities posted to the running server, replies read from
 * what the bot posts to the (fake) Bot Connector, as Teams would render them.
 */
type Card = { lang?: string; body: unknown[]; actions?: Array<{ type: string; title?: string; data?: Record<string, unknown>; card?: Card }> };

/** A server (its rate limit out of the way) and a fake Teams connector for the describe it is called in, closed after it. */
function serverWithConnector(): { readonly server: TestServer; readonly connector: FakeConnector } {
  let server: TestServer | undefined;
  let connector: FakeConnector | undefined;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '10000' });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the server is not started');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get connector() {
      return started(connector);
    },
  };
}

describe('HTTP: safety first, as a person sees it', () => {
  const live = serverWithConnector();
  let chats = 0;

  /** A new personal chat; `say` posts a message (or a card submit) and returns the replies the bot posted for it. */
  function chat(locale: string) {
    const id = `a:safety-${++chats}`;
    const conversation = { id, conversationType: 'personal', tenantId: TENANT_ID };
    const repliesSince = (before: number) => live.connector.posted.slice(before).filter((p) => decodeURIComponent(p.path).includes(id)).map((p) => p.body);
    const postActivity = async (activity: Record<string, unknown>) => {
      const before = live.connector.posted.length;
      const res = await fetch(`${live.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...activity, conversation }) });
      expect(res.status).toBe(200);
      return repliesSince(before);
    };
    return {
      install: () => postActivity(teamsInstall(live.connector.url, locale)),
      say: (text: string) => postActivity(teamsMessage({ text, serviceUrl: live.connector.url, locale })),
      click: (value: unknown) => postActivity(teamsMessage({ value, serviceUrl: live.connector.url, locale })),
    };
  }
  const cardOf = (reply: Record<string, unknown> | undefined): Card => {
    const attachments = (reply?.['attachments'] ?? []) as Array<{ content: Card }>;
    const card = attachments[0]?.content;
    if (!card) throw new Error('no card in the reply');
    return card;
  };
  const strip = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

  describe('1. the emergency numbers are on screen when the replies have arrived', () => {
    it.each([
      ['nb-NO', 'faren min truer med å drepe meg'],
      ['nb-NO', 'Eleven sier familien skal sende henne til Pakistan i morgen for å gifte henne bort'],
      ['en-US', 'they are taking me to Somalia tomorrow'],
    ])('%s "%s": one reply, the numbers first, the answer behind a button inside it', async (locale, text) => {
      const replies = await chat(locale).say(text);
      // One message: nothing arrives after the numbers to push them out of view.
      expect(replies).toHaveLength(1);
      const view = readEmergencyReply({ attachments: replies[0]!['attachments'] as never });
      // What is on screen: the open part of the card (not the sources behind "Kilder", not the answers behind buttons).
      const open = openPart(cardOf(replies[0]));
      const visibleText = strip([...open.texts, ...open.buttons].join(' '));
      const firstBlock = JSON.stringify(cardOf(replies[0]).body[0]);
      expect(firstBlock).toContain('tel:112');
      expect(firstBlock).toContain('tel:116111');
      // What is visible stays short: the long answer is behind the button.
      expect(visibleText.length).toBeLessThan(1600);
      expect(view.answers.length).toBeGreaterThan(0);
    });
  });

  describe('2. plainly Norwegian text is answered in Norwegian, whatever Teams\' locale', () => {
    it('en-US client: English welcome, then Norwegian answers to Norwegian messages, the emergency card included', async () => {
      const c = chat('en-US');
      const [welcome] = await c.install();
      expect(cardOf(welcome).lang).toBe('en');
      for (const text of ['faren min truer med å drepe meg', 'Eleven er holdt tilbake i Somalia', 'hjelp', 'telefonnummer til kompetanseteamet']) {
        const replies = await c.say(text);
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) expect({ text, lang: cardOf(reply).lang }).toEqual({ text, lang: 'nb' });
      }
    });
    it('nynorsk stays nynorsk, and English text in the same chat is answered in English', async () => {
      const c = chat('en-US');
      expect(cardOf((await c.say('kva er negativ sosial kontroll'))[0]).lang).toBe('nn');
      expect(cardOf((await c.say('telefonnummer til kompetanseteamet'))[0]).lang).toBe('nn');
      expect(cardOf((await c.say('what is forced marriage'))[0]).lang).toBe('en');
    });
  });

  describe('3. phone numbers read left to right in right-to-left cards', () => {
    it('the Arabic emergency card isolates every number, in the table and on the call buttons', async () => {
      const [reply] = await chat('ar-SA').say('هددوني بالقتل');
      const json = JSON.stringify(cardOf(reply));
      expect(json).toContain('\u2066116 111\u2069');
      expect(json).toContain('\u2066+47 23 95 00 00\u2069');
      const calls = JSON.stringify((cardOf(reply).body[0] as { items: unknown[] }).items.filter((i) => (i as { type: string }).type === 'ActionSet'));
      expect(calls).toMatch(/\u2066[^\u2069]*116 111[^\u2069]*\u2069/u);
      expect(calls).toContain('"url":"tel:116111"');
    });
  });

  describe('4. after the emergency numbers: a helpful answer or nothing', () => {
    it.each([['ar-SA', 'هددوني بالقتل'], ['nb-NO', 'hjelp meg han kommer nå'], ['en-US', 'please help me they will kill me']])('%s "%s"', async (locale, text) => {
      const replies = await chat(locale).say(text);
      expect(replies).toHaveLength(1);
      const all = JSON.stringify(replies);
      // Neither "I can't answer that" nor "did you mean" (their buttons carry these verbs and keys).
      expect(all).not.toMatch(/"verb":"show-article"/);
      expect(all).not.toMatch(/can't answer|ikke svare på|لا أستطيع/);
    });
  });

  describe('5. danger that is only described gets the emergency numbers', () => {
    it.each([
      ['nb-NO', 'Eleven sitter på kontoret mitt nå, onkelen hennes venter utenfor skolen'],
      ['nb-NO', 'hun har blåmerker på armene og sier hun må være hjemme innen en time'],
      ['nb-NO', 'Hun har flybillett på fredag og sier hun ikke har noe valg'],
      ['nn-NO', 'dei har teke passet hennar og ho skal sendast bort i helga'],
      ['en-US', 'her family took her phone and say they will send her away this weekend'],
      ['en-US', 'she says she will never come back to Norway unless she obeys'],
    ])('%s "%s"', async (locale, text) => {
      const replies = await chat(locale).say(text);
      expect(JSON.stringify(cardOf(replies[0]).body[0])).toContain('tel:112');
    });
    it.each([
      ['nb-NO', 'hva er tegn på tvangsekteskap?'],
      ['en-US', 'how many cases of threats and violence did Kompetanseteamet have in 2023?'],
    ])('a calm question on the same topics is not an emergency: %s "%s"', async (locale, text) => {
      const replies = await chat(locale).say(text);
      expect(JSON.stringify(replies)).not.toContain('tel:112"');
    });
  });

  describe('6. a young person writing about themselves gets the children\'s lines first', () => {
    const services = (card: Card) => [...JSON.stringify(card).matchAll(/"serviceId":"([a-z0-9-]+)"/g)].map((m) => m[1]);
    it.each([
      ['nb-NO', 'jeg er 15 og foreldrene mine bestemmer alt'],
      ['en-US', 'I am 14 and my parents want me to marry my cousin, who can I call without them knowing?'],
    ])('%s "%s": Alarmtelefonen, Røde Kors-telefonen, ung.no', async (locale, text) => {
      const replies = await chat(locale).say(text);
      const cards = replies.map(cardOf).flatMap((card) => [card, ...(card.actions ?? []).flatMap((a) => (a.card ? [a.card] : []))]);
      const contact = cards.find((card) => services(card).length > 0);
      expect(services(contact!).slice(0, 3)).toEqual(['alarmtelefonen', 'rode-kors-telefonen', 'ung-no']);
    });
    it('a young person in danger gets 112 first and the children\'s line right after it', async () => {
      const [reply] = await chat('nb-NO').say('jeg er 14 og faren min sier han skal drepe meg');
      const first = JSON.stringify(cardOf(reply).body[0]);
      expect(first.indexOf('tel:112')).toBeLessThan(first.indexOf('tel:116111'));
      expect(first.indexOf('tel:116111')).toBeLessThan(first.indexOf('tel:113'));
    });
    it('a worried teacher is answered as a professional, not as a child', async () => {
      const replies = await chat('nb-NO').say('jeg er lærer og bekymret for en elev på 15 som skal giftes bort');
      expect(JSON.stringify(replies)).not.toContain('"serviceId":"ung-no"');
    });
  });

  describe('7. the welcome and help buttons answer (a submit the bot itself answers, no msteams data)', () => {
    it('every example button on the welcome and help cards asks its question and gets an answer', async () => {
      const c = chat('nb-NO');
      const [welcome] = await c.install();
      const [help] = await c.say('hjelp');
      const buttons = [...(cardOf(welcome).actions ?? []), ...(cardOf(help).actions ?? [])].filter((a) => a.type === 'Action.Submit');
      expect(buttons.length).toBeGreaterThan(3);
      for (const button of buttons) {
        expect(button.data).not.toHaveProperty('msteams');
        expect(button.data).toMatchObject({ verb: 'ask' });
        const replies = await c.click(button.data);
        expect({ button: button.title, replies: replies.length }).toEqual({ button: button.title, replies: expect.any(Number) });
        expect(replies.length).toBeGreaterThan(0);
        expect(JSON.stringify(replies)).not.toMatch(/card\.unknownAction|ukjent handling/i);
      }
    });
  });
});

// (was edge.test.ts)
describe('HTTP edge: activities that are not well-formed', () => {
  const live = serverWithConnector();

  async function post(
    body: unknown,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const res = await fetch(`${live.server.url}/api/messages`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    expect(text).not.toMatch(INTERNALS);
    return { status: res.status, text, headers: res.headers };
  }

  /** The replies posted for one request, found by the conversation it was sent in. */
  async function repliesTo(conversationId: string, count = 1): Promise<string[]> {
    const matching = () => live.connector.posted.filter((p) => decodeURIComponent(p.path).includes(conversationId));
    const deadline = Date.now() + 5000;
    while (matching().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    return matching().map((p) => JSON.stringify(p.body['text'] ?? p.body['attachments'] ?? ''));
  }

  const message = (overrides: Record<string, unknown>, conversationId = `a:edge-${Math.random()}`) => {
    const base = teamsMessage({ text: 'hjelp', serviceUrl: live.connector.url });
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
    const res = await fetch(`${live.server.url}/api/messages`, { method: 'POST', body: form });
    expect(res.status).toBe(415);
    expect(await res.text()).not.toMatch(INTERNALS);
    expect(uploads().filter((name) => !before.has(name))).toEqual([]);
  });

  it('answers unknown paths with 404 without echoing the path', async () => {
    const res = await fetch(`${live.server.url}/api/../admin/%3Cscript%3E`);
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

// (was messages.test.ts)
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

// (was message-extension.test.ts)
/**
 * The search-based message extension end to end: Teams posts a `composeExtension/query` invoke to /api/messages
 * when a user types in the compose box; the invoke response carries the results as contact cards with previews.
 */

interface ExtensionAttachment {
  contentType: string;
  content: Record<string, unknown>;
  preview?: { contentType: string; content: { title?: string; text?: string } };
}
interface ExtensionResponse {
  composeExtension: { type: string; attachmentLayout: string; attachments: ExtensionAttachment[] };
}

/** What Teams sends for a query command: the command id, the typed text as a parameter, paging options. */
function teamsQuery(serviceUrl: string, parameters: { name: string; value: string }[], locale = 'nb-NO'): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'composeExtension/query',
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user-1', name: 'Kari Lærer', aadObjectId: USER_AAD_ID },
    conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: TENANT_ID },
    recipient: { id: BOT_ID, name: 'Veiviser' },
    locale,
    entities: [{ type: 'clientInfo', locale, country: 'NO', platform: 'Web', timezone: 'Europe/Oslo' }],
    channelData: { tenant: { id: TENANT_ID }, source: { name: 'compose' } },
    value: { commandId: SEARCH_CONTACTS_COMMAND, parameters, queryOptions: { skip: 0, count: 25 } },
  };
}

describe('HTTP: the message extension searches the contact directory', () => {
  let server: TestServer;
  // Building the app (articles, language model, directory) takes tens of seconds on a loaded CI machine.
  beforeAll(async () => {
    server = await startTestServer();
  }, 90_000);
  afterAll(() => server.close());

  async function search(parameters: { name: string; value: string }[], locale?: string): Promise<ExtensionResponse> {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsQuery('http://127.0.0.1:9/unused', parameters, locale)),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as ExtensionResponse;
  }
  const servicesOf = (response: ExtensionResponse): string[] =>
    response.composeExtension.attachments.map((a) => /"serviceId":"([a-z-]+)"/.exec(JSON.stringify(a.content))?.[1] ?? JSON.stringify(a.content).slice(0, 80));

  it('"Somalia" finds the special envoy in Nairobi first, as an Adaptive Card with a preview', async () => {
    const response = await search([{ name: SEARCH_PARAMETER, value: 'Somalia' }]);
    expect(response.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    const [first] = response.composeExtension.attachments;
    expect(first?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(first?.content)).toContain('ambassaden i Nairobi');
    expect(first?.preview?.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(first?.preview?.content.title).toContain('Nairobi');
  });

  it('"Kompetanseteamet" gives its card, with its phone number', async () => {
    const response = await search([{ name: SEARCH_PARAMETER, value: 'Kompetanseteamet' }]);
    const [first] = response.composeExtension.attachments;
    const card = JSON.stringify(first?.content);
    expect(card).toContain('Kompetanseteamet mot negativ sosial kontroll');
    expect(card).toMatch(/tel:\+?\d{8,}/);
    expect(first?.preview?.content.title).toContain('Kompetanseteamet');
  });

  it('answers in the user\'s locale: English cards for en-US', async () => {
    const response = await search([{ name: SEARCH_PARAMETER, value: 'Iraq' }], 'en-US');
    const card = JSON.stringify(response.composeExtension.attachments[0]?.content);
    expect(card).toContain('"lang":"en"');
    expect(card).toMatch(/Special envoy for integration matters, Embassy in (Amman|Ankara)/);
  });

  it('opens with the key services when the box is empty (initialRun)', async () => {
    const response = await search([{ name: 'initialRun', value: 'true' }]);
    expect(response.composeExtension.attachments).toHaveLength(KEY_SERVICES.length);
    const cards = response.composeExtension.attachments.map((a) => JSON.stringify(a.content));
    expect(cards[0]).toContain('112');
    expect(cards.some((c) => c.includes('Kompetanseteamet'))).toBe(true);
  });

  it('finds child welfare by its Norwegian name', async () => {
    const response = await search([{ name: SEARCH_PARAMETER, value: 'barnevernet' }]);
    expect(servicesOf(response).length).toBeGreaterThan(0);
    expect(JSON.stringify(response)).toMatch(/Barnevern/);
  });

  it('uses the command id and parameter name the manifest declares', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'manifest', 'manifest.json'), 'utf8')) as {
      composeExtensions: { commands: { id: string; type: string; parameters: { name: string }[] }[] }[];
    };
    const command = manifest.composeExtensions[0]?.commands.find((c) => c.id === SEARCH_CONTACTS_COMMAND);
    expect(command?.type).toBe('query');
    expect(command?.parameters.map((p) => p.name)).toEqual([SEARCH_PARAMETER]);
  });
});
