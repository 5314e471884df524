import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { CardActionHandler } from '../../src/kit/card-action';
import { fileLanguagePreferences, type LanguagePreferences } from '../../src/storage/language-preferences';
import { knownCardActions, samplePayload } from '../helpers/card-payloads';
import { type FakeConnector, startFakeConnector } from '../helpers/fake-connector';
import { INTERNALS } from '../helpers/internals';
import { teamsFormInNorway } from '../helpers/registration-form';
import { teamsInstall, teamsMessage, TENANT_ID, USER_AAD_ID } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

// Each describe builds the whole app (content, indexes, stores): on a loaded machine that alone can pass the default 20 s.
jest.setTimeout(60_000);

// (was fuzz.test.ts)
/**
 * Property: whatever a client posts to /api/messages — well-formed Teams traffic, card submits for every
 * verb the bot knows, invokes, or activities with fields removed, retyped or filled with odd unicode —
 * the answer is below 500, shows no internals, and the process keeps serving.
 */
/** × 1–8 activities each: ≈ 2,000 requests. FUZZ_RUNS=5000 for a deeper run before a release. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 450);

const INVOKE_NAMES = [
  'adaptiveCard/action',
  'task/fetch',
  'task/submit',
  'composeExtension/query',
  'composeExtension/submitAction',
  'signin/verifyState',
  'config/fetch',
  'fileConsent/invoke',
  'actionableMessage/executeAction',
  'healthCheck',
];
const ACTIVITY_TYPES = [
  'message',
  'message',
  'message',
  'invoke',
  'conversationUpdate',
  'installationUpdate',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'event',
  'typing',
  'endOfConversation',
];
const PATHS = [
  'type',
  'id',
  'channelId',
  'serviceUrl',
  'timestamp',
  'from',
  'from.id',
  'from.aadObjectId',
  'from.name',
  'recipient',
  'recipient.id',
  'conversation',
  'conversation.id',
  'conversation.tenantId',
  'conversation.conversationType',
  'locale',
  'text',
  'value',
  'name',
  'entities',
  'attachments',
  'channelData',
  'channelData.tenant',
  'channelData.tenant.id',
  'membersAdded',
  'replyToId',
  'action',
];

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Json = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) return;
    node = next as Json;
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

function arbitraries(serviceUrl: string, actions: readonly CardActionHandler[]) {
  const oddText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.constantFrom('hjelp', 'help', 'språk', 'svar på nynorsk', 'language', '?', '', '   ', '<at>Veiviser</at>', '\u202e\u200d', '\ud83d', 'ar', '١٢٣'),
    fc.string({ unit: 'grapheme-ascii', minLength: 2000, maxLength: 6000 }),
  );
  const verbs = actions.map((a) => a.verb);
  const cardSubmit = fc.oneof(
    // A well-formed payload for a real verb, with generated text in every free-text field.
    fc.tuple(fc.constantFrom(...actions), oddText).map(([action, filler]) => {
      const payload = samplePayload(action.schema, filler);
      return { verb: action.verb, ...(typeof payload === 'object' && payload !== null ? payload : {}) };
    }),
    // A real verb with junk alongside or instead of its fields.
    fc
      .record({ verb: fc.constantFrom(...verbs), extra: fc.jsonValue() }, { requiredKeys: ['verb'] })
      .chain((base) => fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue(), { maxKeys: 4 }).map((junk) => ({ ...junk, ...base }))),
    fc.record({ verb: fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.jsonValue()) }),
    fc.jsonValue({ maxDepth: 4 }),
  );
  const base = fc.record({
    type: fc.oneof(fc.constantFrom(...ACTIVITY_TYPES), fc.string({ maxLength: 20 })),
    text: fc.option(oddText, { nil: undefined }),
    value: fc.option(cardSubmit, { nil: undefined }),
    name: fc.oneof(fc.constantFrom(...INVOKE_NAMES), fc.string({ maxLength: 40 })),
    locale: fc.oneof(fc.constantFrom('nb-NO', 'nn-NO', 'en-US', 'ar-SA', 'so-SO', 'xx', ''), fc.string({ maxLength: 12 })),
    conversationType: fc.constantFrom<'personal' | 'channel' | 'groupChat'>('personal', 'channel', 'groupChat'),
    mentionBot: fc.boolean(),
    tenant: fc.constantFrom(TENANT_ID, '11111111-2222-4333-8444-555555555555'),
    user: fc.integer({ min: 1, max: 50 }),
  });
  const mutation = fc.tuple(
    fc.constantFrom(...PATHS),
    fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary', maxLength: 40 })),
  );
  return fc.tuple(base, fc.array(mutation, { maxLength: 3 })).map(([b, mutations]) => {
    const activity = teamsMessage({
      serviceUrl,
      text: b.text,
      value: b.value,
      locale: b.locale,
      conversationType: b.conversationType,
      mentionBot: b.mentionBot,
      tenantId: b.tenant,
      aadObjectId: `00000000-0000-4000-8000-${String(b.user).padStart(12, '0')}`,
    });
    activity['type'] = b.type;
    if (b.type === 'invoke') activity['name'] = b.name;
    if (b.type === 'conversationUpdate') activity['membersAdded'] = [{ id: '28:veiviser-bot' }];
    if (b.type === 'installationUpdate') activity['action'] = 'add';
    for (const [path, value] of mutations) setPath(activity, path, value);
    return activity;
  });
}

describe('property: no activity makes the endpoint fail', () => {
  let server: TestServer;
  let connector: FakeConnector;
  let actions: readonly CardActionHandler[];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);

  beforeAll(async () => {
    actions = await knownCardActions();
    connector = await startFakeConnector();
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '10000', LOG_LEVEL: 'warn' });
    process.on('unhandledRejection', onUnhandled);
  }, 120_000);
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await server.close();
    await connector.close();
  });

  it('answers every generated activity and card submit below 500, without internals', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraries(connector.url, actions), { minLength: 1, maxLength: 8 }), async (batch) => {
        const results = await Promise.all(
          batch.map(async (activity) => {
            const res = await fetch(`${server.url}/api/messages`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(activity),
            });
            return { status: res.status, text: await res.text() };
          }),
        );
        for (const { status, text } of results) {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(status).toBeLessThan(500);
          expect(text).not.toMatch(INTERNALS);
        }
      }),
      { numRuns: RUNS },
    );
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(RUNS);
    // Both sides of the edge were exercised: rejected shapes and activities the bot answered.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(total / 4);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
    expect(unhandled).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 600_000);

  it('never needed the apology: no turn ended in an unhandled error', () => {
    const turnErrors = server.logs.lines.filter((line) => line.includes('unhandled error in turn'));
    expect(turnErrors.map((line) => JSON.parse(line).stack as string)).toEqual([]);
  });
});

// (was privacy-canary.test.ts)
/**
 * Privacy canary: a unique string goes in through every path a person's words or name can take
 * (messages that reach each feature — guidance, contacts, statistics, danger, unknown — card submits for every
 * verb, invokes, a handler that throws, a registrar's case registration and undo), and must come out in no log
 * line, no console output and no file in DATA_DIR. The stores in DATA_DIR (language preferences, feedback,
 * statistics) are really written along the way, so "not in the files" is not vacuous.
 *
 * To cover a new path, add an entry to `paths` below: a name and a function that posts activities
 * carrying `canary` (in text, card values or names) through `send`.
 */
const canary = `Kanari${Date.now().toString(36)}Zq`;
const personName = `Aisha ${canary}sen`;

interface PathContext {
  readonly serviceUrl: string;
  readonly failingServiceUrl: string;
  send(activity: Record<string, unknown>): Promise<number>;
  /** Log lines so far (to check which feature a message reached). */
  logLines(): readonly string[];
  /** Activities the connector has received so far (the bot's replies). */
  posted(): readonly { body: Record<string, unknown> }[];
}

interface CanaryPath {
  readonly name: string;
  run(ctx: PathContext): Promise<void>;
}

const withName = (activity: Record<string, unknown>): Record<string, unknown> => ({
  ...activity,
  from: { ...(activity['from'] as object), name: personName },
});

/** The `intent` field of the last "message" log line: which feature the message reached. */
function lastIntent(lines: readonly string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const entry = JSON.parse(lines[i]!) as { msg?: string; intent?: string; danger?: boolean };
    if (entry.msg === 'message') return entry.danger ? `${entry.intent}+danger` : entry.intent;
  }
  return undefined;
}

/** [label, locale, text, the intents it may reach] — each feature is reached by at least one message. */
const MESSAGES: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ['guidance, nb', 'nb-NO', `Eleven ${canary} sier at foreldrene skal sende henne til utlandet i sommer, hva gjør jeg?`, ['article', 'suggest', 'triage']],
  // "skal giftast bort" is danger said plainly (session 33's plain33): the guidance answer comes with the emergency card.
  ['guidance, nn', 'nn-NO', `Eleven ${canary} fortel at ho skal giftast bort, kva gjer eg?`, ['article', 'article+danger', 'suggest', 'triage']],
  ['guidance, en', 'en-US', `what are the signs of negative social control ${canary}`, ['article']],
  ['guidance, ar', 'ar-SA', `الطالبة ${canary} تخاف من الزواج القسري`, ['article', 'suggest', 'unknown', 'triage', 'contact']],
  ['guidance, so', 'so-SO', `Ardayda ${canary} waxay ka baqaysaa guur qasab ah`, ['article', 'suggest', 'unknown', 'triage', 'contact']],
  ['guidance, uk', 'uk-UA', `Учениця ${canary} боїться примусового шлюбу`, ['article', 'suggest', 'unknown', 'triage', 'contact']],
  ['contacts: a service', 'nb-NO', `hvordan kontakter jeg kompetanseteamet ${canary}`, ['contact']],
  ['contacts: a country', 'en-US', `my pupil ${canary} is stuck in Somalia, who covers Somalia`, ['contact', 'contact+danger']],
  ['contacts: an adviser by place', 'nb-NO', `minoritetsrådgiver i Drammen ${canary}`, ['contact']],
  ['statistics, nb', 'nb-NO', `hvor mange saker om tvangsekteskap hadde kompetanseteamet i 2024 ${canary}`, ['stats']],
  ['statistics, en', 'en-US', `statistics ${canary}`, ['stats']],
  ['danger wording (emergency card)', 'nb-NO', `${canary} blir slått hjemme og er redd for å dø i kveld`, ['article+danger', 'suggest+danger', 'unknown+danger', 'contact+danger', 'triage+danger', 'help+danger']],
  ['unknown', 'en-US', `${canary} ${canary} blorp`, ['unknown']],
  ['help command, the canary only in the sender’s name', 'nb-NO', 'hjelp', ['help', 'help+danger']],
  ['registration request from a registrar (shows the form)', 'nb-NO', `registrer sak ${canary}`, ['register-case']],
  ['a mention in a channel', 'en-US', `${canary} what are the signs of negative social control?`, ['article']],
];

const messages: CanaryPath[] = MESSAGES.map(([label, locale, text, intents]) => ({
  name: `message (${label})`,
  run: async (ctx) => {
    const channel = label === 'a mention in a channel';
    await ctx.send(withName(teamsMessage({ text, locale, serviceUrl: ctx.serviceUrl, mentionBot: channel, conversationType: channel ? 'channel' : 'personal' })));
    // The message really reached the feature it is meant to cover.
    expect(intents).toContain(lastIntent(ctx.logLines()));
  },
}));

/** A valid registration form as Teams submits it (strings; multi-selects comma-separated), for last month. */
function validForm(now: Date): Record<string, string> {
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return teamsFormInNorway(last.toISOString().slice(0, 7));
}

/** The undo button's case id on the last confirmation card the connector received. */
function lastUndoId(posted: readonly { body: Record<string, unknown> }[]): string {
  for (let i = posted.length - 1; i >= 0; i--) {
    const match = /"verb":"undo-registration","id":"([0-9a-f-]{36})"/.exec(JSON.stringify(posted[i]!.body));
    if (match?.[1]) return match[1];
  }
  throw new Error('no registration confirmation was posted');
}

const paths: CanaryPath[] = [
  ...messages,
  {
    name: 'card submits for every verb the bot knows, canary in every free-text field',
    run: async (ctx) => {
      for (const action of await knownCardActions()) {
        const payload = samplePayload(action.schema, canary);
        const fields = typeof payload === 'object' && payload !== null ? payload : {};
        await ctx.send(withName(teamsMessage({ value: { verb: action.verb, ...fields }, serviceUrl: ctx.serviceUrl })));
        // The same verb with canary values where the schema expects something else (rejected payload path).
        await ctx.send(withName(teamsMessage({ value: { verb: action.verb, lng: canary, note: canary }, serviceUrl: ctx.serviceUrl })));
      }
    },
  },
  {
    name: 'card submit with an unknown verb',
    run: async (ctx) => {
      await ctx.send(withName(teamsMessage({ value: { verb: canary, text: canary }, serviceUrl: ctx.serviceUrl })));
    },
  },
  {
    name: 'invokes (known and unknown names) carrying the canary',
    run: async (ctx) => {
      const base = withName(teamsMessage({ serviceUrl: ctx.serviceUrl }));
      await ctx.send({
        ...base,
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: canary, data: { note: canary } } },
      });
      await ctx.send({ ...base, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: canary } } });
      await ctx.send({ ...base, type: 'invoke', name: `task/${canary}`, value: { data: { text: canary } } });
    },
  },
  {
    name: 'install and membership with a person’s name',
    run: async (ctx) => {
      const install = teamsInstall(ctx.serviceUrl);
      await ctx.send({ ...install, from: { id: '29:user-2', name: personName } });
      const update = withName(teamsMessage({ serviceUrl: ctx.serviceUrl }));
      await ctx.send({ ...update, type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '29:user-3', name: personName }] });
    },
  },
  {
    name: 'error path: the connector fails and echoes the request back in its error',
    run: async (ctx) => {
      await ctx.send(withName(teamsMessage({ text: `hjelp ${canary}`, serviceUrl: ctx.failingServiceUrl })));
      await ctx.send(withName(teamsMessage({ value: { verb: 'set-language', lng: 'en', note: canary }, serviceUrl: ctx.failingServiceUrl })));
    },
  },
  {
    name: 'malformed activities that the edge rejects',
    run: async (ctx) => {
      await ctx.send({ ...withName(teamsMessage({ text: canary, serviceUrl: ctx.serviceUrl })), conversation: { id: 42, note: canary } });
      await ctx.send({ ...withName(teamsMessage({ text: canary, serviceUrl: ctx.serviceUrl })), locale: canary.length });
    },
  },
  {
    name: 'registration of a case in free text',
    run: async (ctx) => {
      for (const text of [`registrer sak: ${canary}, 15 år, tvangsekteskap`, `register a case about ${canary}`]) {
        await ctx.send(withName(teamsMessage({ text, serviceUrl: ctx.serviceUrl, locale: 'nb-NO' })));
      }
    },
  },
  {
    name: 'a registrar submits the form: canary in every field, in unknown fields, then a valid case, then undo',
    run: async (ctx) => {
      const submit = async (value: Record<string, unknown>) => {
        const before = ctx.posted().length;
        await ctx.send(withName(teamsMessage({ value: { verb: 'register-case', ...value }, serviceUrl: ctx.serviceUrl, locale: 'nb-NO' })));
        return ctx.posted().slice(before);
      };
      const form = validForm(new Date());
      const everyField = Object.fromEntries(Object.keys(form).map((key) => [key, canary]));
      await submit({ ...everyField, note: canary, [canary]: canary, name: personName });
      await submit({ ...form, comment: canary });
      await submit({ ...form, county: canary, caseTypes: `negative-social-control,${canary}` });
      const logsBefore = ctx.logLines().length;
      await submit(form);
      // A real write: the store acknowledged the case (and journalled it in DATA_DIR).
      expect(ctx.logLines().slice(logsBefore).some((line) => line.includes('"msg":"case registered"'))).toBe(true);
      const id = lastUndoId(ctx.posted());
      await ctx.send(withName(teamsMessage({ value: { verb: 'undo-registration', id, note: canary }, serviceUrl: ctx.serviceUrl })));
      await ctx.send(withName(teamsMessage({ value: { verb: 'undo-registration', id: canary }, serviceUrl: ctx.serviceUrl })));
      // A second valid case stays in the store, so the snapshot written on close has a case in it.
      await submit(validForm(new Date()));
      const undoLogs = ctx.logLines().length;
      await ctx.send(withName(teamsMessage({ value: { verb: 'undo-registration', id: lastUndoId(ctx.posted()) }, serviceUrl: ctx.serviceUrl })));
      await submit(form);
      expect(ctx.logLines().slice(undoLogs).some((line) => line.includes('"result":"undone"'))).toBe(true);
    },
  },
  {
    name: 'card submits with real values that write the stores (language choice, feedback), canary alongside',
    run: async (ctx) => {
      await ctx.send(withName(teamsMessage({ value: { verb: 'set-language', lng: 'nn' }, serviceUrl: ctx.serviceUrl })));
      await ctx.send(withName(teamsMessage({ value: { verb: 'set-language', lng: 'nb', extra: canary }, serviceUrl: ctx.serviceUrl })));
      for (const vote of ['up', 'down'] as const) {
        await ctx.send(withName(teamsMessage({ value: { verb: 'feedback', articleId: 'forced-marriage', vote }, serviceUrl: ctx.serviceUrl })));
      }
      await ctx.send(withName(teamsMessage({ value: { verb: 'feedback', articleId: 'forced-marriage', vote: 'up', comment: canary }, serviceUrl: ctx.serviceUrl })));
      await ctx.send(withName(teamsMessage({ value: { verb: 'show-article', articleId: 'forced-marriage' }, serviceUrl: ctx.serviceUrl })));
      await ctx.send(withName(teamsMessage({ value: { verb: 'show-contact', serviceId: 'police-emergency' }, serviceUrl: ctx.serviceUrl })));
    },
  },
  {
    name: 'a handler that throws with the canary in its error message',
    run: async (ctx) => {
      const logsBefore = ctx.logLines().length;
      await ctx.send(withName(teamsMessage({ value: { verb: 'set-language', lng: THROWING_LANGUAGE }, serviceUrl: ctx.serviceUrl })));
      // The turn really failed and reached the one error handler.
      expect(ctx.logLines().slice(logsBefore).some((line) => line.includes('"msg":"unhandled error in turn"'))).toBe(true);
    },
  },
  {
    name: 'names only: from.name, recipient, conversation, team and mention names',
    run: async (ctx) => {
      const activity = teamsMessage({ text: 'hjelp', serviceUrl: ctx.serviceUrl, conversationType: 'channel', mentionBot: true });
      activity['from'] = { ...(activity['from'] as object), name: personName };
      activity['conversation'] = { ...(activity['conversation'] as object), name: `Klasse 10B ${canary}` };
      activity['channelData'] = { ...(activity['channelData'] as object), team: { id: '19:team@thread.tacv2', name: `Team ${canary}` } };
      activity['entities'] = [
        ...(activity['entities'] as object[]),
        { type: 'mention', text: `<at>${personName}</at>`, mentioned: { id: '29:user-9', name: personName } },
      ];
      await ctx.send(activity);
    },
  },
];

/** Setting this language fails inside the handler, with the canary in the error message. */
const THROWING_LANGUAGE = 'uk';

/** The real file-backed preferences, except that one choice throws (a disk error that quotes what it was writing). */
function throwingPreferences(inner: LanguagePreferences): LanguagePreferences {
  return {
    get: (key) => inner.get(key),
    set: async (key, lng) => {
      if (lng === THROWING_LANGUAGE) throw new Error(`could not save ${canary} for ${personName}`);
      await inner.set(key, lng);
    },
  };
}

/** A connector that refuses every reply and puts the request it got into the error body, as a careless proxy might. */
async function startEchoingFailure(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      // 400, not 500: the SDK retries 5xx with back-off, which would only slow the test down.
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'ServiceError', message: `could not deliver ${raw}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('privacy canary: what people write never reaches logs, console or disk', () => {
  let server: TestServer;
  let connector: FakeConnector;
  let failing: Awaited<ReturnType<typeof startEchoingFailure>>;
  let dataDir: string;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest
        .spyOn(console, method)
        .mockImplementation(
          (...args: unknown[]) => void consoleLines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' ')),
        );
    }
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-canary-'));
    connector = await startFakeConnector();
    failing = await startEchoingFailure();
    // The real file-backed stores in DATA_DIR, logging at the most verbose level.
    server = await startTestServer(
      { DATA_DIR: dataDir, LOG_LEVEL: 'trace', RATE_LIMIT_PER_MINUTE: '10000', REGISTRAR_AAD_IDS: USER_AAD_ID, REGISTRATIONS_PER_USER_PER_MINUTE: '1000' },
      { preferences: throwingPreferences(await fileLanguagePreferences(dataDir)) },
    );
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await server.close();
    await connector.close();
    await failing.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const ctx = (): PathContext => ({
    serviceUrl: connector.url,
    failingServiceUrl: failing.url,
    logLines: () => server.logs.lines,
    posted: () => connector.posted,
    send: async (activity) => {
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      expect(res.status).toBeLessThan(500);
      return res.status;
    },
  });

  it.each(paths.map((p) => [p.name, p] as const))('%s', async (_name, canaryPath) => {
    const logsBefore = server.logs.lines.length;
    const consoleBefore = consoleLines.length;
    const observableBefore = logsBefore + connector.posted.length;
    await canaryPath.run(ctx());
    // The path did something (a log line or a reply), so the check below is not vacuous.
    expect(server.logs.lines.length + connector.posted.length).toBeGreaterThan(observableBefore);
    const leaked = server.logs.lines.slice(logsBefore).filter((line) => line.includes(canary) || line.includes('Aisha'));
    expect(leaked).toEqual([]);
    expect(consoleLines.slice(consoleBefore).filter((line) => line.includes(canary))).toEqual([]);
  });

  it('has nothing of it in DATA_DIR while running either (the journal before it is compacted away)', () => {
    expect(readFileSync(path.join(dataDir, 'stats.journal'), 'utf8')).toContain('"op":"add"');
    for (const file of filesUnder(dataDir)) {
      const content = readFileSync(file, 'utf8');
      expect({ file, leaked: content.includes(canary) || content.includes('Aisha') }).toEqual({ file, leaked: false });
    }
  });

  it('left nothing of it in DATA_DIR, though the stores there were written', async () => {
    await server.running.stop(); // flushes the stores
    const files = filesUnder(dataDir);
    const names = files.map((file) => path.relative(dataDir, file));
    // Every store was really written: language choice, feedback counts, the statistics snapshot and its key.
    expect(names).toEqual(expect.arrayContaining(['language-preferences.json', 'feedback.json', 'stats.json', 'stats-secret']));
    expect(JSON.parse(readFileSync(path.join(dataDir, 'feedback.json'), 'utf8'))).toBeTruthy();
    expect(readFileSync(path.join(dataDir, 'stats.json'), 'utf8')).toContain('"diversity-advisers"');
    for (const file of files) {
      const content = readFileSync(file, 'utf8');
      expect({ file, leaked: content.includes(canary) || content.includes('Aisha') }).toEqual({ file, leaked: false });
    }
  });

  it('the replies went out (the paths were really taken)', () => {
    expect(connector.posted.length).toBeGreaterThanOrEqual(messages.length);
  });
});
