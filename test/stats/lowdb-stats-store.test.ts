import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StoreFs } from '../../src/stats/store/durable-file';
import { LowdbStatsStore, STATS_DATA_FILE, STATS_JOURNAL_FILE } from '../../src/stats/store/lowdb-stats-store';
import { migrateToCurrent, statsFileSchema, type Migration } from '../../src/stats/store/migrations';
import { StatsStoreError } from '../../src/stats/store/stats-store';
import { caseInput } from './case-fixtures';

const ADVISER = { aadObjectId: '6f1a0c2e-0000-4000-8000-000000000001' };
const NOW = new Date('2026-11-24T12:00:00Z');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-stats-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function open(options: Partial<Parameters<typeof LowdbStatsStore.open>[0]> = {}) {
  return LowdbStatsStore.open({ dataDir: dir, clock: () => NOW, ...options });
}

async function expectStoreError(promise: Promise<unknown>, code: string): Promise<StatsStoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StatsStoreError);
  if (!(error instanceof StatsStoreError)) throw new Error('unreachable');
  expect(error.code).toBe(code);
  return error;
}

function fileOnDisk() {
  return statsFileSchema.parse(JSON.parse(readFileSync(path.join(dir, STATS_DATA_FILE), 'utf8')));
}

/** File-specific behaviour; what every store must do is in stats-store-contract.test.ts. */
describe('registering cases', () => {
  it('stores a registration durably and finds it again after a restart', async () => {
    const store = await open();
    const record = await store.register(caseInput(), ADVISER);
    expect(record.registeredBy).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain(ADVISER.aadObjectId);
    // Acknowledged means on disk already (in the journal), before any snapshot.
    expect(readFileSync(path.join(dir, STATS_JOURNAL_FILE), 'utf8')).toContain(record.id);
    await store.close();

    const again = await open();
    expect((await again.cases()).map((c) => c.id)).toEqual([record.id]);
    expect(fileOnDisk().cases).toHaveLength(1);
    await again.close();
  });

  it('erases the registrar hash from the files once undo and rate limiting no longer need it', async () => {
    let now = NOW;
    const store = await open({ clock: () => now });
    const record = await store.register(caseInput(), ADVISER);
    await store.close();
    // Still within the undo window: the hash is kept so the registrar can undo.
    expect(readFileSync(path.join(dir, STATS_DATA_FILE), 'utf8')).toContain(record.registeredBy);

    now = new Date(NOW.getTime() + 11 * 60_000 + 1);
    const later = await open({ clock: () => now });
    expect(await later.undo(record.id, ADVISER)).toBe('too-late');
    await later.close();
    const files = readdirSync(dir).filter((f) => f.startsWith('stats.')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    for (const text of files) expect(text).not.toContain(record.registeredBy);
    expect(fileOnDisk().cases.map((c) => c.id)).toEqual([record.id]);
  });

  it('erases the registrar hash while running, without waiting for a restart', async () => {
    let now = NOW;
    const store = await open({ clock: () => now });
    const record = await store.register(caseInput(), ADVISER);
    const onDisk = () => readdirSync(dir).filter((f) => f.startsWith('stats.')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect(await store.eraseExpiredRegistrars()).toBe(false);
    expect(onDisk()).toContain(record.registeredBy);
    now = new Date(NOW.getTime() + 11 * 60_000 + 1);
    expect(await store.eraseExpiredRegistrars()).toBe(true);
    expect(onDisk()).not.toContain(record.registeredBy);
    expect((await store.cases()).map((c) => c.id)).toEqual([record.id]);
    expect(await store.eraseExpiredRegistrars()).toBe(false);
    await store.close();
  });

  it('stores exactly 1 000 parallel registrations and leaves a valid file', async () => {
    const store = await open({ registrationsPerMinute: 10_000, compactEvery: 300 });
    const records = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => store.register(caseInput(), { aadObjectId: `user-${i % 37}` })),
    );
    expect(new Set(records.map((r) => r.id)).size).toBe(1000);
    expect((await store.cases())).toHaveLength(1000);
    await store.close();
    expect(fileOnDisk().cases).toHaveLength(1000);
    const again = await open();
    expect(new Set((await again.cases()).map((c) => c.id))).toEqual(new Set(records.map((r) => r.id)));
    await again.close();
  });
});

describe('safe writes', () => {
  /** A file system whose writes fail with `code` while `failing` is true (disk full, read-only disk). */
  function faultyFs(code: 'ENOSPC' | 'EROFS') {
    const state = { failing: false };
    const fail = () => Object.assign(new Error(`${code}: injected`), { code });
    const fs: StoreFs = {
      ...nodeFs,
      open: async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        const write = handle.write.bind(handle);
        const writeFile = handle.writeFile.bind(handle);
        return Object.assign(handle, {
          // Disk full half-way through: part of the line reaches the file before the error.
          write: async (...a: Parameters<typeof write>) => {
            if (!state.failing) return write(...a);
            const [buffer, offset, length] = a;
            if (Buffer.isBuffer(buffer) && typeof offset === 'number' && typeof length === 'number' && length > 1) {
              await write(buffer, offset, Math.floor(length / 2), null);
            }
            throw fail();
          },
          writeFile: (...a: Parameters<typeof writeFile>) => (state.failing ? Promise.reject(fail()) : writeFile(...a)),
        });
      },
      rename: (...args: Parameters<typeof nodeFs.rename>) => (state.failing ? Promise.reject(fail()) : nodeFs.rename(...args)),
    };
    return { fs, state };
  }

  it.each(['ENOSPC', 'EROFS'] as const)('a write that fails (%s) leaves memory and file unchanged and says "not saved"', async (code) => {
    const { fs, state } = faultyFs(code);
    const store = await open({ fs, registrationsPerMinute: 100 });
    const kept = await store.register(caseInput(), ADVISER);
    state.failing = true;
    const error = await expectStoreError(store.register(caseInput({ service: 'special-envoys' }), ADVISER), 'not-saved');
    expect(error.message).toMatch(/not saved/);
    await expectStoreError(store.undo(kept.id, ADVISER), 'not-saved');
    expect((await store.cases()).map((c) => c.id)).toEqual([kept.id]);
    // The half-written line was cut off again: the journal holds only complete, acknowledged lines.
    const journal = readFileSync(path.join(dir, STATS_JOURNAL_FILE), 'utf8');
    expect(journal.endsWith('\n')).toBe(true);
    expect(journal.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toHaveLength(1);
    state.failing = false;
    const later = await store.register(caseInput(), ADVISER);
    await store.close();
    const again = await open();
    expect((await again.cases()).map((c) => c.id)).toEqual([kept.id, later.id]);
    await again.close();
  });

  it('lets only one process open the store for writing, with a clear error', async () => {
    const store = await open();
    const error = await expectStoreError(open(), 'locked');
    expect(error.message).toMatch(/already open for writing by process \d+/);
    expect(error.message).toMatch(/stop the other process/);
    await store.close();
    const again = await open();
    await again.close();
  });

  it('takes over a lock left by a process that died', async () => {
    writeFileSync(path.join(dir, 'stats.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: '2026-01-01T00:00:00Z' }));
    const store = await open();
    await store.close();
  });

  it('takes over an empty lock file left by a process that died while creating it', async () => {
    const lockFile = path.join(dir, 'stats.lock');
    writeFileSync(lockFile, '');
    // Fresh: its creator may be writing it right now.
    await expectStoreError(open(), 'locked');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile, old, old);
    const store = await open();
    await store.close();
  });

  it('removes temp files left by a process killed during a snapshot rewrite', async () => {
    writeFileSync(path.join(dir, '.stats.json.4242.7.tmp'), '{"version":1,"cas');
    writeFileSync(path.join(dir, '.stats.journal.4242.8.tmp'), '');
    writeFileSync(path.join(dir, 'notes.tmp'), 'not ours');
    const store = await open();
    await store.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual(['notes.tmp']);
  });

  it('refuses to open an unreadable data file instead of starting empty', async () => {
    writeFileSync(path.join(dir, STATS_DATA_FILE), '{"version":1,"cases":[');
    await expectStoreError(open(), 'corrupt');
    expect(existsSync(path.join(dir, 'stats.lock'))).toBe(false);
  });

  it('replays the journal after a crash and drops a torn last line', async () => {
    const store = await open({ compactEvery: 10_000 });
    const records = [await store.register(caseInput(), ADVISER), await store.register(caseInput(), ADVISER)];
    // Simulate kill -9: no close(); the lock stays and the journal is not compacted. Append half a line.
    await nodeFs.appendFile(path.join(dir, STATS_JOURNAL_FILE), '{"seq":3,"op":"add","case":{"serv');
    const lock = JSON.parse(readFileSync(path.join(dir, 'stats.lock'), 'utf8')) as unknown;
    expect(lock).toMatchObject({ pid: process.pid });
    writeFileSync(path.join(dir, 'stats.lock'), JSON.stringify({ pid: 2 ** 22 + 12346, host: os.hostname(), since: 'x' }));
    const again = await open();
    expect((await again.cases()).map((c) => c.id)).toEqual(records.map((r) => r.id));
    const next = await again.register(caseInput(), ADVISER);
    await again.close();
    expect(fileOnDisk().cases.map((c) => c.id)).toEqual([...records.map((r) => r.id), next.id]);
    await store.close().catch(() => undefined);
  });
});

describe('published figures and upgrades', () => {
  it('migrates old files step by step and refuses files from a newer release', () => {
    const migrations: Migration[] = [{ from: 1, migrate: (d) => ({ ...d, renamed: d['cases'] }) }];
    const { data, migrated } = migrateToCurrent({ version: 1, cases: [] }, migrations, 2);
    expect(migrated).toBe(true);
    expect(data).toEqual({ version: 2, cases: [], renamed: [] });
    expect(() => migrateToCurrent({ version: 3 }, migrations, 2)).toThrow(/newer than this release/);
    expect(() => migrateToCurrent({ cases: [] })).toThrow(/no valid "version"/);
  });
});

describe('backup', () => {
  it('writes a consistent, timestamped copy into DATA_DIR/backups', async () => {
    const store = await open();
    const record = await store.register(caseInput(), ADVISER);
    const file = await store.backup(new Date('2026-11-24T12:34:56.789Z'));
    expect(path.basename(file)).toBe('stats-20261124T123456Z.json');
    expect(readdirSync(path.join(dir, 'backups'))).toEqual(['stats-20261124T123456Z.json']);
    const copy = statsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(copy.cases.map((c) => c.id)).toEqual([record.id]);
    await store.close();
  });
});
