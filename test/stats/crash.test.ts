import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LowdbStatsStore, STATS_DATA_FILE, STATS_JOURNAL_FILE } from '../../src/stats/store/lowdb-stats-store';
import { statsFileSchema } from '../../src/stats/store/migrations';

const ROOT = path.resolve(__dirname, '../..');
const WRITER = path.join(__dirname, 'fixtures', 'crash-writer.ts');
const KILLS = 50;
/** The kills are shared out over this many data directories, which run at once (10 kills in a row each). */
const DIRECTORIES = 5;

interface Run {
  readonly acked: Set<string>;
  readonly undoRequested: Set<string>;
  readonly undone: Set<string>;
}

/**
 * The writer bundled once into plain JavaScript (esbuild, which tsx already brings): starting `node --import tsx`
 * fifty times costs seconds each on a busy machine, and the test is about the kills, not the start-up.
 */
function bundleWriter(outDir: string): string {
  const outfile = path.join(outDir, 'crash-writer.cjs');
  buildSync({ entryPoints: [WRITER], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error', absWorkingDir: ROOT });
  return outfile;
}

/** Starts the writer, waits a random time after it is ready, kills it with SIGKILL. */
function runAndKill(writer: string, dataDir: string, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { acked: new Set(), undoRequested: new Set(), undone: new Set() };
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const [word, id] = line.split(' ');
        if (word === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (word === 'ack' && id) run.acked.add(id);
        else if (word === 'undo-requested' && id) run.undoRequested.add(id);
        else if (word === 'undone' && id) run.undone.add(id);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    // 'close', not 'exit': every line the writer printed before it died has been read by then.
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(run);
      else reject(new Error(`writer exited by itself: ${stderr}`));
    });
  });
}

/**
 * One data directory's rounds: start the writer, kill it, check the files it left and what a fresh open reads. The
 * directories are independent, so several run at once: each round mostly waits (a process start, the kill's timer),
 * and a worker that waits leaves its core idle (docs/performance.md § Tests, nineteenth pass).
 */
async function killRounds(writer: string, dataDir: string, rounds: number, label: string): Promise<number> {
  const mustExist = new Set<string>();
  const mustNotExist = new Set<string>();
  let mayGoEitherWay = new Set<string>();
  let acked = 0;
  for (let i = 0; i < rounds; i++) {
    const run = await runAndKill(writer, dataDir, 5 + Math.floor(Math.random() * 150));
    acked += run.acked.size;
    for (const id of run.acked) mustExist.add(id);
    for (const id of run.undone) {
      mustExist.delete(id);
      mustNotExist.add(id);
    }
    // An undo that was under way when the process died may or may not have reached the disk.
    mayGoEitherWay = new Set([...run.undoRequested].filter((id) => !run.undone.has(id)));
    for (const id of mayGoEitherWay) mustExist.delete(id);

    // The files as the killed process left them: the snapshot always parses; only the journal's last line may be torn.
    const snapshot = path.join(dataDir, STATS_DATA_FILE);
    if (existsSync(snapshot)) expect(statsFileSchema.safeParse(JSON.parse(readFileSync(snapshot, 'utf8'))).success).toBe(true);
    const journalPath = path.join(dataDir, STATS_JOURNAL_FILE);
    if (existsSync(journalPath)) {
      const complete = readFileSync(journalPath, 'utf8').split('\n').slice(0, -1);
      for (const line of complete) expect(() => JSON.parse(line) as unknown).not.toThrow();
    }

    const store = await LowdbStatsStore.open({ dataDir });
    const ids = new Set((await store.cases()).map((c) => c.id));
    const lost = [...mustExist].filter((id) => !ids.has(id));
    const resurrected = [...mustNotExist].filter((id) => ids.has(id));
    await store.close();
    expect({ dir: label, run: i, lost, resurrected }).toEqual({ dir: label, run: i, lost: [], resurrected: [] });
    // Temp files from a snapshot rewrite that was cut short are cleaned up by the next open.
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Settle the undecided ones to what is on disk now, for the next rounds.
    for (const id of mayGoEitherWay) (ids.has(id) ? mustExist : mustNotExist).add(id);
  }
  return acked;
}

describe('crash safety', () => {
  let dataDirs: string[];
  let buildDir: string;
  let writer: string;
  beforeAll(() => {
    dataDirs = Array.from({ length: DIRECTORIES }, () => mkdtempSync(path.join(os.tmpdir(), 'veiviser-crash-')));
    buildDir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-crash-writer-'));
    writer = bundleWriter(buildDir);
  });
  afterAll(() => {
    for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
    rmSync(buildDir, { recursive: true, force: true });
  });

  it(`never loses an acknowledged registration and never leaves an unreadable file (kill -9 × ${KILLS})`, async () => {
    // Every directory runs to its end before a failure is reported, so afterAll never removes a directory in use.
    const settled = await Promise.allSettled(dataDirs.map((dataDir, d) => killRounds(writer, dataDir, KILLS / DIRECTORIES, `#${d + 1}`)));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const totalAcked = settled.reduce((sum, s) => sum + (s.status === 'fulfilled' ? s.value : 0), 0);
    // The test is only meaningful if the writer got registrations through before most kills.
    expect(totalAcked).toBeGreaterThan(KILLS * 5);
  }, 600_000);
});
