import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CaseRecord } from '../../src/stats/store/case-record';
import { LowdbStatsStore } from '../../src/stats/store/lowdb-stats-store';
import { statsFileSchema } from '../../src/stats/store/migrations';
import { PostgresStatsStore } from '../../src/stats/store/postgres-stats-store';
import { migrate } from '../../src/storage/postgres/migrations';
import { npmRun } from '../helpers/npm-script';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../helpers/postgres';
import { caseInput } from './case-fixtures';

/**
 * `npm run stats:migrate` both ways, and `stats:backup` / `stats:export` against PostgreSQL, as an operator runs them:
 * every case arrives with the same contents, counts are said and equal, and the export is the same from either store.
 */

const npm = (args: readonly string[], env: Record<string, string>) => npmRun(args, { ...process.env, DATABASE_URL: '', ...env });

/** Sorted by id, without the registrar hash: each store erases it on its own clock (these cases are long past it). */
const byId = (cases: readonly CaseRecord[]) =>
  [...cases].sort((a, b) => a.id.localeCompare(b.id)).map(({ registeredBy: _registeredBy, ...rest }) => rest);

describeWithPostgres('moving the statistics store between DATA_DIR and PostgreSQL', () => {
  let db: TestDatabase;
  let embedded: string;
  let copy: string;
  let source: CaseRecord[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrate(db.pool());
    embedded = mkdtempSync(path.join(os.tmpdir(), 'veiviser-migrate-from-'));
    copy = mkdtempSync(path.join(os.tmpdir(), 'veiviser-migrate-back-'));
    const store = await LowdbStatsStore.open({ dataDir: embedded, registrationsPerMinute: 1000 });
    const add = async (n: number, input: Parameters<typeof caseInput>[0], at: string) => {
      for (let i = 0; i < n; i++) await store.register(caseInput(input), { aadObjectId: `r${i}` }, new Date(at));
    };
    await add(12, { month: '2025-02', county: '03' }, '2025-03-01T10:00:00Z');
    await add(9, { service: 'special-envoys', month: '2025-09', county: '11' }, '2025-10-01T10:00:00Z');
    await add(8, { month: '2024-06' }, '2024-07-01T10:00:00Z');
    const undone = await store.register(caseInput({ month: '2025-04' }), { aadObjectId: 'u' }, new Date('2025-05-01T10:00:00Z'));
    expect(await store.undo(undone.id, { aadObjectId: 'u' }, new Date('2025-05-01T10:01:00Z'))).toBe('undone');
    source = [...(await store.cases())];
    await store.close();
  }, 60_000);
  afterAll(async () => {
    await db.drop();
    rmSync(embedded, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  });

  it('--from embedded --to postgres copies every case with the same contents and says how many; a second run copies none', async () => {
    const { stdout } = await npm(['stats:migrate', '--', '--from', 'embedded', '--to', 'postgres', '--data-dir', embedded], { DATABASE_URL: db.schemaUrl });
    expect(stdout).toContain(`Copied ${source.length} registered cases`);
    const pg = await PostgresStatsStore.open({ pool: db.pool() });
    expect(byId(await pg.cases())).toEqual(byId(source));
    await pg.close();
    const again = await npm(['stats:migrate', '--', '--from', 'embedded', '--to', 'postgres', '--data-dir', embedded], { DATABASE_URL: db.schemaUrl });
    expect(again.stdout).toContain(`Copied 0 registered cases`);
    expect(again.stdout).toContain(`the target holds ${source.length} cases`);
  }, 120_000);

  it('stats:backup and stats:export work against PostgreSQL, with the same figures as the embedded store', async () => {
    const out = path.join(copy, 'pg-backup.json');
    const { stdout } = await npm(['stats:backup', '--', '--out', out], { DATABASE_URL: db.schemaUrl });
    expect(stdout).toContain(`Backed up ${source.length} registered cases`);
    expect(stdout).toContain('PostgreSQL');
    expect(byId(statsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).cases)).toEqual(byId(source));
    const fromPg = await npm(['stats:export', '--', '--year', '2025'], { DATABASE_URL: db.schemaUrl });
    const fromFiles = await npm(['stats:export', '--', '--year', '2025', '--data-dir', embedded], {});
    expect(fromPg.stdout).toBe(fromFiles.stdout);
    expect(fromPg.stdout).toContain('total,2025-01..2025-12,,total,,total,21,');
    expect(fromPg.stderr).toContain(`${source.length} registered cases read, 21 counted`);
  }, 120_000);

  it('--from postgres --to embedded makes a local copy with every case', async () => {
    const { stdout } = await npm(['stats:migrate', '--', '--from', 'postgres', '--to', 'embedded', '--data-dir', copy], { DATABASE_URL: db.schemaUrl });
    expect(stdout).toContain(`Copied ${source.length} registered cases`);
    const local = await LowdbStatsStore.open({ dataDir: copy });
    expect(byId(await local.cases())).toEqual(byId(source));
    await local.close();
  }, 120_000);

  it('refuses to move a store onto itself, saying how to call it', async () => {
    await expect(npm(['stats:migrate', '--', '--from', 'embedded', '--to', 'embedded'], {})).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('must differ') });
  }, 60_000);
});
