import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LowdbStatsStore, STATS_BACKUP_DIR } from '../../src/stats/store/lowdb-stats-store';
import { statsFileSchema } from '../../src/stats/store/migrations';
import { npmRun } from '../helpers/npm-script';
import { caseInput } from './case-fixtures';

/** `npm run stats:export` and `npm run stats:backup` as an operator runs them, against a store with registrations. */

function npm(args: readonly string[], env: Record<string, string>) {
  return npmRun(args, { ...process.env, DATABASE_URL: '', ...env });
}

describe('statistics scripts', () => {
  let dataDir: string;
  let ids: string[];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-stats-cli-'));
    const store = await LowdbStatsStore.open({ dataDir, registrationsPerMinute: 1000, compactEvery: 10 });
    const registrar = { aadObjectId: 'cli-test' };
    const at = (iso: string) => new Date(iso);
    ids = [];
    const add = async (n: number, input: Parameters<typeof caseInput>[0], registeredAt: string) => {
      for (let i = 0; i < n; i++) ids.push((await store.register(caseInput(input), registrar, at(registeredAt))).id);
    };
    // 2025: diversity advisers 12 Oslo, 3 Vestland, 7 Rogaland; special envoys 6 Oslo, 9 Rogaland, 5 Vestland. 2024: 8.
    await add(12, { month: '2025-02', county: '03' }, '2025-03-01T10:00:00Z');
    await add(3, { month: '2025-05', county: '46' }, '2025-06-01T10:00:00Z');
    await add(7, { month: '2025-05', county: '11' }, '2025-06-01T10:00:00Z');
    await add(6, { service: 'special-envoys', month: '2025-09', county: '03' }, '2025-10-01T10:00:00Z');
    await add(9, { service: 'special-envoys', month: '2025-09', county: '11' }, '2025-10-01T10:00:00Z');
    await add(5, { service: 'special-envoys', month: '2025-09', county: '46' }, '2025-10-01T10:00:00Z');
    await add(8, { month: '2024-06' }, '2024-07-01T10:00:00Z');
    // The store stays open, as when the bot is running: the scripts read without its lock.
    afterAllClose = () => store.close();
  }, 60_000);
  let afterAllClose: () => Promise<void> = async () => undefined;
  afterAll(async () => {
    await afterAllClose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('npm run stats:export -- --year 2025 --format csv prints the protected annual tables', async () => {
    const { stdout } = await npm(['stats:export', '--', '--year', '2025', '--format', 'csv'], { DATA_DIR: dataDir });
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('table,period,row_dimension,row,column_dimension,column,value,suppression');
    expect(lines).toContain('total,2025-01..2025-12,,total,,total,42,');
    expect(lines).toContain('by-service,2025-01..2025-12,service,diversity-advisers,,total,22,');
    expect(lines).toContain('by-service,2025-01..2025-12,service,special-envoys,,total,20,');
    // Vestland's 3 is a small count; other cells are hidden too, so the 3 cannot be worked out from the totals.
    const county = lines.filter((l) => l.startsWith('service-by-county,') && !l.endsWith(',0,'));
    expect(county).toEqual([
      'service-by-county,2025-01..2025-12,service,diversity-advisers,county,03 Oslo,,hidden',
      'service-by-county,2025-01..2025-12,service,diversity-advisers,county,11 Rogaland,,hidden',
      'service-by-county,2025-01..2025-12,service,diversity-advisers,county,46 Vestland,,fewer-than-5',
      'service-by-county,2025-01..2025-12,service,diversity-advisers,county,total,22,',
      'service-by-county,2025-01..2025-12,service,special-envoys,county,03 Oslo,,hidden',
      'service-by-county,2025-01..2025-12,service,special-envoys,county,11 Rogaland,9,',
      'service-by-county,2025-01..2025-12,service,special-envoys,county,46 Vestland,,hidden',
      'service-by-county,2025-01..2025-12,service,special-envoys,county,total,20,',
      'service-by-county,2025-01..2025-12,service,total,county,03 Oslo,18,',
      'service-by-county,2025-01..2025-12,service,total,county,11 Rogaland,16,',
      'service-by-county,2025-01..2025-12,service,total,county,46 Vestland,8,',
      'service-by-county,2025-01..2025-12,service,total,county,total,42,',
    ]);
    for (const line of lines.slice(1)) {
      const value = line.split(',')[6];
      if (value) expect(Number(value) === 0 || Number(value) >= 5).toBe(true);
    }
    for (const id of ids) expect(stdout).not.toContain(id);
    expect(stdout).not.toContain('2024-');
  }, 120_000);

  it('writes the CSV to --out and refuses a format it does not have, saying why', async () => {
    const out = path.join(dataDir, 'annual-2025.csv');
    await npm(['stats:export', '--', '--year', '2025', '--format', 'csv', '--out', out, '--data-dir', dataDir], {});
    expect(readFileSync(out, 'utf8')).toContain('total,2025-01..2025-12,,total,,total,42,');
    await expect(npm(['stats:export', '--', '--year', '2025', '--format', 'xlsx', '--data-dir', dataDir], {})).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('only csv is supported'),
    });
  }, 120_000);

  it('npm run stats:backup writes a valid, complete copy into DATA_DIR/backups while the store is open', async () => {
    const { stdout } = await npm(['stats:backup'], { DATA_DIR: dataDir });
    expect(stdout).toContain(`Backed up ${ids.length} registered cases`);
    const [backup] = readdirSync(path.join(dataDir, STATS_BACKUP_DIR));
    expect(backup).toMatch(/^stats-\d{8}T\d{6}Z\.json$/);
    const copy = statsFileSchema.parse(JSON.parse(readFileSync(path.join(dataDir, STATS_BACKUP_DIR, backup ?? ''), 'utf8')));
    expect(copy.cases.map((c) => c.id).sort()).toEqual([...ids].sort());
  }, 120_000);
});
