import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector';
import { npmRun } from '../helpers/npm-script';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../helpers/postgres';
import { TEAMS_REGISTRATION_FORM } from '../helpers/registration-form';
import { teamsMessage, USER_AAD_ID } from '../helpers/teams-activity';

/**
 * Issue #15, done when: two real bot processes (src/index.ts, as `npm start` runs it) with one DATABASE_URL and
 * separate DATA_DIRs, behind a round-robin of HTTP requests (a load balancer that moves on to the next instance
 * when one does not answer). A triage continues across them; `kill -9` of one during registrations loses nothing
 * that was acknowledged (a confirmation card reached the user); stats:backup counts every stored case.
 */

/** A bot process with its own data directory. */
type OwnBotProcess = BotProcess & { readonly dataDir: string };

function startBot(env: Record<string, string>): OwnBotProcess {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-proc-'));
  return { ...startBotProcess({ DATA_DIR: dataDir, ...env }), dataDir };
}

/** Round-robin over the instances; a request that cannot reach one goes to the next (as a load balancer retries). */
function roundRobin(urls: string[]) {
  let next = 0;
  return async (body: unknown): Promise<{ status: number; via: string }> => {
    const failures: string[] = [];
    const start = next++;
    for (let attempt = 0; attempt < urls.length; attempt++) {
      const url = urls[(start + attempt) % urls.length] ?? '';
      try {
        const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (response.status < 500) return { status: response.status, via: url };
        failures.push(`${url}: ${response.status} ${await response.text()}`);
      } catch (error) {
        // Connection refused or reset: the instance is gone; try the next one.
        failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    throw new Error(`no instance answered (${failures.join(', ')})`);
  };
}

function message(connector: FakeConnector, conversationId: string, fields: { text?: string; value?: unknown }) {
  const body = teamsMessage({ ...fields, serviceUrl: connector.url, locale: 'nb-NO' });
  return { ...body, conversation: { ...(body['conversation'] as object), id: conversationId } };
}

/** Case ids on the confirmation cards the connector received (what the registrar saw). */
function acknowledgedIds(connector: FakeConnector): string[] {
  const ids: string[] = [];
  for (const { body } of connector.posted) {
    const text = JSON.stringify(body['attachments'] ?? []);
    for (const match of text.matchAll(/"verb":"undo-registration","id":"([0-9a-f-]{36})"/g)) if (match[1]) ids.push(match[1]);
  }
  return ids;
}

const textsPostedTo = (connector: FakeConnector, conversationId: string) =>
  connector.posted.filter((p) => p.path.includes(encodeURIComponent(conversationId)) || p.path.includes(conversationId)).map((p) => JSON.stringify(p.body));

describeWithPostgres('two bot processes behind a round-robin, one database', () => {
  let db: TestDatabase;
  let connector: FakeConnector;
  let bots: OwnBotProcess[];
  let urls: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    connector = await startFakeConnector();
    const env = { DATABASE_URL: db.schemaUrl, REGISTRAR_AAD_IDS: USER_AAD_ID, REGISTRATIONS_PER_USER_PER_MINUTE: '1000', RATE_LIMIT_PER_MINUTE: '10000' };
    // Both start at the same moment: the schema is applied once between them (advisory lock).
    bots = [startBot(env), startBot(env)];
    urls = await Promise.all(bots.map((b) => b.url));
  }, 180_000);
  afterAll(async () => {
    for (const bot of bots) {
      bot.child.kill('SIGKILL');
      rmSync(bot.dataDir, { recursive: true, force: true });
    }
    await connector.close();
    await db.drop();
  });

  it('a triage started on one process continues on the other', async () => {
    const send = roundRobin(urls);
    const id = 'a:triage-across-processes';
    const first = await send(message(connector, id, { text: 'jeg er bekymret for en elev' }));
    const second = await send(message(connector, id, { text: 'nei' }));
    expect(first.via).not.toBe(second.via);
    const replies = textsPostedTo(connector, id);
    expect(replies.some((r) => r.includes('Er noen i akutt fare'))).toBe(true);
    expect(replies.some((r) => r.includes('Hvor er personen'))).toBe(true);
  }, 60_000);

  it('kill -9 of one process during registrations loses nothing acknowledged; stats:backup counts every stored case', async () => {
    const send = roundRobin(urls);
    const lanes = 4;
    const perLane = 10;
    const killed = bots[1];
    if (!killed) throw new Error('unreachable');
    let sent = 0;
    const lane = async (n: number) => {
      for (let i = 0; i < perLane; i++) {
        // Half-way through, one instance dies without warning (an OOM kill, a host lost).
        if (++sent === (lanes * perLane) / 2) killed.child.kill('SIGKILL');
        await send(message(connector, `a:register-lane-${n}`, { value: { verb: 'register-case', ...TEAMS_REGISTRATION_FORM } }));
      }
    };
    const before = acknowledgedIds(connector).length;
    await Promise.all(Array.from({ length: lanes }, (_, n) => lane(n)));
    expect(killed.child.signalCode).toBe('SIGKILL');

    const acknowledged = acknowledgedIds(connector).slice(before);
    // Every request was answered by one of the two; a request cut off by the kill was retried on the other.
    expect(acknowledged.length).toBeGreaterThanOrEqual(lanes * perLane);
    const stored = await db.pool().query<{ id: string }>('SELECT id::text AS id FROM stats_cases');
    const storedIds = new Set(stored.rows.map((r) => r.id));
    expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);

    const { stdout } = await npmRun(['stats:backup', '--', '--out', path.join(bots[0]?.dataDir ?? tmpdir(), 'backup.json')], { ...process.env, DATABASE_URL: db.schemaUrl });
    expect(stdout).toContain(`Backed up ${storedIds.size} registered cases`);
    // A case is stored without acknowledgement only when the kill cut its turn between COMMIT and the reply.
    expect(storedIds.size - new Set(acknowledged).size).toBeLessThanOrEqual(lanes);
  }, 180_000);
});
