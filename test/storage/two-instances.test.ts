import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Activity } from 'botbuilder';
import { PostgresStatsStore } from '../../src/stats/store/postgres-stats-store';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../helpers/postgres';
import { TEAMS_REGISTRATION_FORM } from '../helpers/registration-form';
import { buildTestApp, conversation, type TestApp } from '../helpers/test-app';

// (was two-instances.test.ts)

/**
 * Two instances of the bot behind a load balancer, sharing one DATABASE_URL and nothing else (each its own DATA_DIR):
 * every turn of a conversation may land on either. The conversation state must follow the conversation.
 */
describeWithPostgres('two instances sharing one database', () => {
  let db: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.schemaUrl, RATE_LIMIT_PER_MINUTE: '10000' };
    [one, two] = [await buildTestApp(env), await buildTestApp(env)];
  }, 90_000);
  afterAll(async () => {
    await one.close();
    await two.close();
    await db.drop();
  });

  const template = (id: string): Partial<Activity> => ({
    locale: 'nb-NO',
    conversation: { id, isGroup: false, name: 'x', conversationType: 'personal' },
    from: { id: `29:user-${id}`, name: 'User' },
  });
  const text = (reply: Partial<Activity>) => JSON.stringify(reply.attachments ?? reply.text ?? '');

  it('a triage started on one instance continues on the other, answer by answer', async () => {
    const id = 'two-instances-triage';
    await conversation(one, template(id)).send('jeg er bekymret for en elev').assertReply((r) => expect(text(r)).toContain('Er noen i akutt fare')).startTest();
    await conversation(two, template(id)).send('nei').assertReply((r) => expect(text(r)).toContain('Hvor er personen')).startTest();
    await conversation(one, template(id)).send('utlandet').assertReply((r) => expect(text(r)).toContain('Hvilket land')).startTest();
    await conversation(two, template(id)).send('Somalia').assertReply((r) => expect(text(r)).toMatch(/Hvor gammel|alder/i)).startTest();
  });

  it('a follow-up answered on the other instance keeps the last answer as its context', async () => {
    const id = 'two-instances-follow-up';
    await conversation(one, template(id)).send('hvor mange saker hadde Kompetanseteamet i 2022?').assertReply((r) => expect(text(r)).toContain('2022')).startTest();
    await conversation(two, template(id)).send('og i 2021?').assertReply((r) => {
      expect(text(r)).toContain('2021');
      expect(text(r)).toContain('Kompetanseteamet');
    }).startTest();
  });

  it('the conversation language set by the first message holds on the other instance', async () => {
    const id = 'two-instances-language';
    // A Norwegian Teams client, an English question: the conversation's language becomes English.
    await conversation(one, template(id)).send('what is forced marriage?').assertReply(() => undefined).startTest();
    // "?" has no language of its own: the conversation's language (kept by the other instance) decides, not the locale.
    let english = '';
    let norwegian = '';
    await conversation(two, template(id)).send('?').assertReply((r) => void (english = text(r))).startTest();
    await conversation(two, template('two-instances-language-fresh')).send('?').assertReply((r) => void (norwegian = text(r))).startTest();
    expect(english).not.toEqual(norwegian);
    expect(english).toMatch(/\b(what|help|ask)\b/i);
  });
});

// (was two-instances-stats.test.ts)

/**
 * Issue #15, done when: two instances with one DATABASE_URL and separate DATA_DIRs. Registrations sent alternately
 * to both are all acknowledged and stored; an undo sent to the other instance works; a language choice made on one
 * holds on the other; stats:backup counts exactly the acknowledged, not undone, cases. (The triage across instances
 * is in two-instances.test.ts; two real processes and kill -9 in two-processes.test.ts.)
 */

const REGISTRARS = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
const ROOT = path.resolve(__dirname, '../..');

const submit = (value: Record<string, unknown>): Partial<Activity> => ({ type: 'message', value });

function undoIdOf(activity: Partial<Activity>): string | undefined {
  const content = activity.attachments?.[0]?.content as { actions?: { data?: { verb?: string; id?: string } }[] } | undefined;
  return content?.actions?.find((a) => a.data?.verb === 'undo-registration')?.data?.id;
}

describeWithPostgres('two instances sharing one database: statistics and language choices', () => {
  let db: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.schemaUrl, RATE_LIMIT_PER_MINUTE: '10000', REGISTRAR_AAD_IDS: REGISTRARS.join(',') };
    // No preferences override: the language choices live where the app puts them (PostgreSQL here).
    [one, two] = [await buildTestApp(env, { preferences: undefined }), await buildTestApp(env, { preferences: undefined })];
    expect(one.dataDir).not.toBe(two.dataDir);
  }, 90_000);
  afterAll(async () => {
    await one.close();
    await two.close();
    await db.drop();
  });

  const as = (app: TestApp, aadObjectId: string, conversationId: string) =>
    conversation(app, {
      locale: 'nb-NO',
      from: { id: `29:${aadObjectId}`, name: 'Rådgiver', aadObjectId },
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'x' },
    });

  it('registrations sent alternately to both are all acknowledged and stored; an undo sent to the other instance works; stats:backup counts what is left', async () => {
    const acknowledged: string[] = [];
    for (let i = 0; i < 16; i++) {
      const registrar = REGISTRARS[i % 2] ?? '';
      const app = Math.floor(i / 2) % 2 === 0 ? one : two; // each registrar alternates between the instances too
      await as(app, registrar, `register-${registrar}`)
        .send(submit({ verb: 'register-case', ...TEAMS_REGISTRATION_FORM }))
        .assertReply((reply) => {
          const id = undoIdOf(reply);
          expect(id).toMatch(/^[0-9a-f-]{36}$/);
          acknowledged.push(id ?? '');
        })
        .startTest();
    }
    const store = await PostgresStatsStore.open({ pool: db.pool() });
    expect((await store.cases()).map((c) => c.id).sort()).toEqual([...acknowledged].sort());

    // Registered through instance one (i = 0), undone through instance two; a second undo through one finds nothing.
    const first = acknowledged[0] ?? '';
    await as(two, REGISTRARS[0] ?? '', 'undo-elsewhere')
      .send(submit({ verb: 'undo-registration', id: first }))
      .assertReply('Registreringen er angret. Saken er slettet.')
      .startTest();
    await as(one, REGISTRARS[0] ?? '', 'undo-again').send(submit({ verb: 'undo-registration', id: first })).assertReply('Jeg finner ikke den registreringen. Den kan allerede være angret.').startTest();
    // The other registrar cannot undo it on either instance.
    const second = acknowledged[1] ?? '';
    await as(one, REGISTRARS[0] ?? '', 'undo-not-mine').send(submit({ verb: 'undo-registration', id: second })).assertReply('Du kan bare angre dine egne registreringer.').startTest();
    expect((await store.cases()).map((c) => c.id).sort()).toEqual(acknowledged.slice(1).sort());
    await store.close();

    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'stats:backup', '--', '--out', path.join(one.dataDir, 'backup.json')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.schemaUrl },
    });
    expect(stdout).toContain(`Backed up ${acknowledged.length - 1} registered cases`);
  }, 120_000);

  it('a language chosen on one instance holds on the other, in a new conversation', async () => {
    const user = '00000000-0000-4000-8000-0000000000cc';
    await as(one, user, 'language-here').send(submit({ verb: 'set-language', lng: 'en' })).assertReply((r) => expect(r.text).toMatch(/English/)).startTest();
    let chosen = '';
    let fresh = '';
    await as(two, user, 'language-there').send('?').assertReply((r) => void (chosen = JSON.stringify(r))).startTest();
    await as(two, '00000000-0000-4000-8000-0000000000dd', 'language-none').send('?').assertReply((r) => void (fresh = JSON.stringify(r))).startTest();
    expect(chosen).not.toEqual(fresh);
    expect(chosen).toMatch(/\b(what|help|ask)\b/i);
  }, 60_000);
});
