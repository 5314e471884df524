import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/logging/logger';
import { createStorageHealth } from '../../src/storage/storage-health';
import type { StoreFs } from '../../src/stats/store/durable-file';
import { LowdbStatsStore, openStatsStore, STATS_DATA_FILE, STATS_JOURNAL_FILE, STATS_LOCK_FILE } from '../../src/stats/store/lowdb-stats-store';
import { StatsStoreError } from '../../src/stats/store/stats-store';
import { caseInput } from './case-fixtures';

const ADVISER = { aadObjectId: '6f1a0c2e-0000-4000-8000-000000000001' };
const NOW = new Date('2026-11-24T12:00:00Z');
const CASES = 50;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-damage-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const journalPath = () => path.join(dir, STATS_JOURNAL_FILE);
const open = (options: Partial<Parameters<typeof LowdbStatsStore.open>[0]> = {}) =>
  LowdbStatsStore.open({ dataDir: dir, clock: () => NOW, registrationsPerMinute: 1_000, ...options });

/** 50 acknowledged registrations, one journal line each, then the process "dies" (kill -9: no close, lock left). */
async function crashAfterRegistering(): Promise<string[]> {
  const store = await open({ compactEvery: 1_000_000 });
  const ids: string[] = [];
  for (let i = 0; i < CASES; i++) ids.push((await store.register(caseInput(), ADVISER)).id);
  // The killed process's lock names a pid that no longer runs.
  writeFileSync(path.join(dir, STATS_LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 7, host: os.hostname(), since: NOW.toISOString() }));
  return ids;
}

async function refusal(promise: Promise<unknown>): Promise<StatsStoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StatsStoreError);
  if (!(error instanceof StatsStoreError)) throw new Error('unreachable');
  expect(error.code).toBe('corrupt');
  return error;
}

const quarantined = () => readdirSync(dir).filter((f) => f.startsWith(`${STATS_JOURNAL_FILE}.damaged-`));

describe('damage found at start-up: repaired only when nothing acknowledged can be lost, otherwise refused', () => {
  it('refuses a journal with a garbage line, naming the file and the line, and keeps the evidence', async () => {
    await crashAfterRegistering();
    const lines = readFileSync(journalPath(), 'utf8').split('\n');
    lines[9] = '{"seq":10,"op":"add","case":{"garbage';
    writeFileSync(journalPath(), lines.join('\n'));
    const before = readFileSync(journalPath());

    const error = await refusal(open());
    expect(error.message).toContain(journalPath());
    expect(error.message).toMatch(/unreadable line\(s\): line 10/);
    expect(readFileSync(journalPath())).toEqual(before);
    expect(quarantined()).toHaveLength(1);
    expect(readFileSync(path.join(dir, quarantined()[0] ?? ''))).toEqual(before);
  });

  it('refuses a journal with two lines missing (a gap in the sequence numbers)', async () => {
    await crashAfterRegistering();
    const lines = readFileSync(journalPath(), 'utf8').split('\n');
    lines.splice(19, 2);
    writeFileSync(journalPath(), lines.join('\n'));
    const error = await refusal(open());
    expect(error.message).toMatch(/skips from entry 19 to 22 at line 20: 2 entries are missing/);
    expect(readFileSync(journalPath(), 'utf8').split('\n')).toEqual(lines);
  });

  it('refuses to start when the snapshot is missing, instead of starting with the journal\'s cases only', async () => {
    const ids = await crashAfterRegistering();
    // A snapshot was written mid-way (as every 5 000 entries): the journal now holds only the later cases.
    const store = await open({ compactEvery: 1_000_000 }).catch(() => undefined);
    expect(await store?.cases()).toHaveLength(CASES);
    for (let i = 0; i < 20; i++) await store?.register(caseInput(), ADVISER);
    writeFileSync(path.join(dir, STATS_LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 7, host: os.hostname(), since: NOW.toISOString() }));
    rmSync(path.join(dir, STATS_DATA_FILE));
    const error = await refusal(open());
    expect(error.message).toContain(`${path.join(dir, STATS_DATA_FILE)} is missing`);
    expect(existsSync(journalPath())).toBe(true);
    expect(quarantined()).toHaveLength(1);
    expect(ids).toHaveLength(CASES);
  });

  it('refuses a missing snapshot even when the journal is empty (everything was in the snapshot)', async () => {
    const store = await open();
    await store.register(caseInput(), ADVISER);
    await store.close();
    rmSync(path.join(dir, STATS_DATA_FILE));
    await refusal(open());
  });

  it('repairs a torn last line (a write cut short by the crash, never acknowledged)', async () => {
    const ids = await crashAfterRegistering();
    const text = readFileSync(journalPath(), 'utf8');
    // The registration being written when the process died: half a line, no newline, never acknowledged.
    const torn = text + text.split('\n')[0]?.slice(0, 40);
    writeFileSync(journalPath(), torn);
    const store = await open();
    expect((await store.cases()).map((c) => c.id).sort()).toEqual([...ids].sort());
    await store.close();
  });

  it('the bot still starts on a damaged store: no registered cases, registrations refused as "not saved", health "damaged"', async () => {
    await crashAfterRegistering();
    rmSync(path.join(dir, STATS_DATA_FILE));
    const health = createStorageHealth();
    const store = await openStatsStore({ dataDir: dir, clock: () => NOW, health, logger: createLogger({ level: 'silent' }) });
    expect((await store.cases())).toEqual([]);
    await expect(store.register(caseInput(), ADVISER)).rejects.toMatchObject({ code: 'not-saved' });
    expect(health.summary().storage).toBe('damaged');
    await store.close();
    // Nothing was touched: the journal is still there for whoever repairs it.
    expect(readFileSync(journalPath(), 'utf8').split('\n').filter(Boolean)).toHaveLength(CASES);
  });
});

/** node:fs/promises where every write fails with ENOSPC once `full` is set; reads still work. */
function fullDisk() {
  const state = { full: false };
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  const fs: StoreFs = {
    ...nodeFs,
    open: async (...args: Parameters<typeof nodeFs.open>) => {
      const [, flags] = args;
      if (state.full && typeof flags === 'string' && /[wax+]/.test(flags)) throw enospc();
      const handle = await nodeFs.open(...args);
      const write = handle.write.bind(handle);
      return Object.assign(handle, {
        write: (...a: Parameters<typeof write>) => (state.full ? Promise.reject(enospc()) : write(...a)),
      });
    },
    rename: (...args: Parameters<typeof nodeFs.rename>) => (state.full ? Promise.reject(enospc()) : nodeFs.rename(...args)),
    copyFile: (...args: Parameters<typeof nodeFs.copyFile>) => (state.full ? Promise.reject(enospc()) : nodeFs.copyFile(...args)),
  };
  return { fs, state };
}

describe('a full disk', () => {
  it('refuses a registration as "not saved" and reports write-failed, then ok once space is back', async () => {
    const { fs, state } = fullDisk();
    const health = createStorageHealth();
    const store = await open({ fs, health });
    state.full = true;
    await expect(store.register(caseInput(), ADVISER)).rejects.toMatchObject({ code: 'not-saved' });
    expect(health.summary().storage).toBe('write-failed');
    state.full = false;
    await store.register(caseInput(), ADVISER);
    expect(health.summary().storage).toBe('ok');
    await store.close();
  });

  it('start-up with a full disk opens read-only: every case readable, registrations refused, health "read-only"', async () => {
    const ids = await crashAfterRegistering();
    const { fs, state } = fullDisk();
    state.full = true;
    const health = createStorageHealth();
    const store = await open({ fs, health });
    expect(store.writable).toBe(false);
    expect((await store.cases()).map((c) => c.id).sort()).toEqual([...ids].sort());
    await expect(store.register(caseInput(), ADVISER)).rejects.toMatchObject({ code: 'not-saved' });
    expect(health.summary().storage).toBe('read-only');
    await store.close();
    // The journal was left as it was: a restart with space finds every case.
    const again = await open();
    expect((await again.cases())).toHaveLength(CASES);
    await again.close();
  });

  it('close (SIGTERM) does not fail when the snapshot cannot be written: the journal keeps the cases', async () => {
    const { fs, state } = fullDisk();
    const store = await open({ fs });
    const ids = [(await store.register(caseInput(), ADVISER)).id, (await store.register(caseInput(), ADVISER)).id];
    state.full = true;
    await expect(store.close()).resolves.toBeUndefined();
    state.full = false;
    const again = await open();
    expect((await again.cases()).map((c) => c.id).sort()).toEqual([...ids].sort());
    await again.close();
  });
});
