import fc from 'fast-check';
import type { CardActionHandler } from '../../src/kit/card-action';
import { knownCardActions, samplePayload } from '../helpers/card-payloads';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { INTERNALS } from '../helpers/internals';
import { teamsMessage, TENANT_ID } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

// Each suite builds the whole app (content, indexes, stores): on a loaded machine that alone can pass the default 20 s.
jest.setTimeout(60_000);

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
