import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileLanguagePreferences } from '../../src/bot/language-preferences';
import { knownCardActions, samplePayload } from '../helpers/card-payloads';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { teamsInstall, teamsMessage } from '../helpers/teams-activity';
import { startTestServer, type TestServer } from '../helpers/test-app';

/**
 * Privacy canary: a unique string goes in through every path a person's words or name can take
 * (messages, card submits for every verb, invokes, a failing turn, registration), and must come out
 * in no log line, no console output and no file in DATA_DIR.
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
}

interface CanaryPath {
  readonly name: string;
  run(ctx: PathContext): Promise<void>;
}

const withName = (activity: Record<string, unknown>): Record<string, unknown> => ({
  ...activity,
  from: { ...(activity['from'] as object), name: personName },
});

const messages: CanaryPath[] = [
  ['nb', 'nb-NO', `Eleven ${canary} sier at foreldrene skal sende henne til utlandet i sommer, hva gjør jeg?`],
  ['nn', 'nn-NO', `Eleven ${canary} fortel at ho skal giftast bort, kva gjer eg?`],
  ['en', 'en-US', `My pupil ${canary} is afraid of being taken abroad and married, who do I call?`],
  ['ar', 'ar-SA', `الطالبة ${canary} تخاف من الزواج القسري`],
  ['so', 'so-SO', `Ardayda ${canary} waxay ka baqaysaa guur qasab ah`],
  ['uk', 'uk-UA', `Учениця ${canary} боїться примусового шлюбу`],
  ['help command with a name', 'nb-NO', `hjelp ${canary}`],
  ['danger wording', 'nb-NO', `${canary} blir slått hjemme og er redd for å dø i kveld`],
  ['a mention in a channel', 'en-US', `${canary} what are the signs of negative social control?`],
].map(([label, locale, text]) => ({
  name: `message (${label})`,
  run: async (ctx) => {
    await ctx.send(
      withName(
        teamsMessage({
          text,
          locale,
          serviceUrl: ctx.serviceUrl,
          mentionBot: label === 'a mention in a channel',
          conversationType: label === 'a mention in a channel' ? 'channel' : 'personal',
        }),
      ),
    );
  },
}));

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
    name: 'registration of a case',
    run: async (ctx) => {
      for (const text of [`registrer sak: ${canary}, 15 år, tvangsekteskap`, `register a case about ${canary}`]) {
        await ctx.send(withName(teamsMessage({ text, serviceUrl: ctx.serviceUrl, locale: 'nb-NO' })));
      }
    },
  },
];

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
      { DATA_DIR: dataDir, LOG_LEVEL: 'trace', RATE_LIMIT_PER_MINUTE: '10000' },
      { preferences: await fileLanguagePreferences(dataDir) },
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

  it('left nothing of it in DATA_DIR, though the stores there were written', async () => {
    await server.running.stop(); // flushes the stores
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const content = readFileSync(file, 'utf8');
      expect({ file, leaked: content.includes(canary) || content.includes('Aisha') }).toEqual({ file, leaked: false });
    }
  });

  it('the replies went out (the paths were really taken)', () => {
    expect(connector.posted.length).toBeGreaterThanOrEqual(messages.length);
  });
});
