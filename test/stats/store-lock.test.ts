import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LowdbStatsStore, STATS_LOCK_FILE } from '../../src/stats/store/lowdb-stats-store';
import { acquireStoreLock, processStartTime } from '../../src/stats/store/store-lock';
import { StatsStoreError } from '../../src/stats/store/stats-store';
import { DURABLE_CASE } from './fixtures/durable-case';

const ROOT = path.resolve(__dirname, '../..');
const RESTARTS = 50;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockFile = () => path.join(dir, STATS_LOCK_FILE);
const writeLock = (owner: Record<string, unknown>) => writeFileSync(lockFile(), JSON.stringify({ since: '2026-12-01T00:00:00.000Z', ...owner }));

function expectLocked(fn: () => unknown): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StatsStoreError);
  expect((error as StatsStoreError).code).toBe('locked');
}

describe('the store lock survives crashes and pid reuse', () => {
  it('takes over a lock naming this process\'s own pid from an earlier process (node as PID 1 in a container)', () => {
    writeLock({ pid: process.pid, host: os.hostname(), token: 'an-earlier-process' });
    const lock = acquireStoreLock(lockFile());
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    // A second open in this same process is still refused.
    expectLocked(() => acquireStoreLock(lockFile()));
    lock.release();
  });

  it('takes over a lock left by a dead process, and by a live process that only reused the pid', () => {
    writeLock({ pid: 4_000_000, host: os.hostname(), token: 't' });
    acquireStoreLock(lockFile(), { isAlive: () => false }).release();

    writeLock({ pid: 4_000_001, host: os.hostname(), token: 't', started: '100' });
    acquireStoreLock(lockFile(), { isAlive: () => true, startTimeOf: (pid) => (pid === 4_000_001 ? '999' : '1') }).release();

    writeLock({ pid: 4_000_001, host: os.hostname(), token: 't', started: '100' });
    expectLocked(() => acquireStoreLock(lockFile(), { isAlive: () => true, startTimeOf: () => '100' }));
  });

  it('decides a lock from another host (a recreated container) by its heartbeat', () => {
    writeLock({ pid: 1, host: 'another-container', token: 't' });
    expectLocked(() => acquireStoreLock(lockFile(), { staleMs: 60_000 }));
    const old = new Date(Date.now() - 120_000);
    utimesSync(lockFile(), old, old);
    acquireStoreLock(lockFile(), { staleMs: 60_000 }).release();
  });

  it('keeps its own lock fresh while held', async () => {
    const lock = acquireStoreLock(lockFile(), { staleMs: 300 });
    const old = new Date(Date.now() - 120_000);
    utimesSync(lockFile(), old, old);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(Date.now() - (await import('node:fs')).statSync(lockFile()).mtimeMs).toBeLessThan(1_000);
    lock.release();
  });

  it('reads the start time of a process where /proc exists', () => {
    if (process.platform !== 'linux') return;
    expect(processStartTime(process.pid)).toMatch(/^\d+$/);
  });

  // About 0.4 s of CPU a restart; 300 s so that a machine at load 10–15 (two jest workers beside other work) does not
  // time it out, as 120 s did twice on 2026-12-03.
  it(`restarts ${RESTARTS} times in a row after kill -9, with the lock naming "PID 1" that is really us`, async () => {
    const buildDir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-lock-holder-'));
    try {
      const holder = path.join(buildDir, 'lock-holder.cjs');
      buildSync({ entryPoints: [path.join(__dirname, 'fixtures', 'lock-holder.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: holder, logLevel: 'error', absWorkingDir: ROOT });
      const acked: string[] = [];
      for (let i = 0; i < RESTARTS; i++) {
        await runAndKill(holder, dir);
        // In a container the restarted node is PID 1 again: make the dead process's lock name our pid.
        const owner = JSON.parse(readFileSync(lockFile(), 'utf8')) as Record<string, unknown>;
        writeFileSync(lockFile(), JSON.stringify({ ...owner, pid: process.pid }));
        const store = await LowdbStatsStore.open({ dataDir: dir, registrationsPerMinute: 1_000 });
        expect((await store.cases()).map((c) => c.id).sort()).toEqual([...acked].sort());
        acked.push((await store.register(DURABLE_CASE, { aadObjectId: 'restart-test' })).id);
        await store.close();
      }
    } finally {
      rmSync(buildDir, { recursive: true, force: true });
    }
  }, 300_000);
});

function runAndKill(holder: string, dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [holder, dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let ready = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('ready\n') && !ready) {
        ready = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (_code, signal) => (signal === 'SIGKILL' && ready ? resolve() : reject(new Error(`holder exited by itself: ${err}`))));
  });
}

describe('a store whose lock is taken away', () => {
  it('stops writing when its lock file is removed or taken over while open', async () => {
    const store = await LowdbStatsStore.open({ dataDir: dir, lockStaleMs: 300, registrationsPerMinute: 1_000 });
    await store.register(DURABLE_CASE, { aadObjectId: 'lock-test' });
    writeLock({ pid: 4_000_002, host: 'another-container', token: 'someone-else' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(store.writable).toBe(false);
    await expect(store.register(DURABLE_CASE, { aadObjectId: 'lock-test' })).rejects.toMatchObject({ code: 'not-saved' });
    await store.close();
    // The other owner's lock is left alone.
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ token: 'someone-else' });
  });
});
