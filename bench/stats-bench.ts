/**
 * Statistics store benchmark: npm run bench:stats
 *
 * 100 000 registered cases in a fresh DATA_DIR (temp directory), then:
 * - open time (read + validate + replay), file size, memory;
 * - query latency: a protected table (tabulate with disclosure control) over all cases, p50/p99;
 * - durable registrations per second (each acknowledged only after fsync): one at a time, and 50 in flight;
 * - snapshot rewrite (compaction) time at this size.
 * Targets (issue 5): queries p99 < 20 ms; ≥ 100 durable registrations per second.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  AGE_BANDS,
  CASE_SERVICES,
  CASE_TYPES,
  COUNTY_CODES,
  GENDERS,
  ORIGIN_REGIONS,
  REFERRALS,
  WHEREABOUTS,
  type CaseInput,
  type CaseRecord,
} from '../src/stats/store/case-record';
import { APPROVED_BREAKDOWNS, tabulate } from '../src/stats/disclosure/disclosure';
import { defaultStoreFs } from '../src/stats/store/durable-file';
import { LowdbStatsStore, SnapshotAdapter, STATS_DATA_FILE } from '../src/stats/store/lowdb-stats-store';
import { STATS_FILE_VERSION } from '../src/stats/store/migrations';

const CASES = Number(process.env['BENCH_CASES'] ?? 100_000);
const QUERIES = 2_000;
const SEQUENTIAL = 300;
const CONCURRENT = 3_000;
const IN_FLIGHT = 50;
const NOW = new Date('2026-11-24T12:00:00Z');

let seed = 42;
function random(): number {
  // Deterministic (mulberry32), so runs are comparable.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function one<T>(values: readonly T[]): T {
  const v = values[Math.floor(random() * values.length)];
  if (v === undefined) throw new Error('empty');
  return v;
}
function some<T>(values: readonly T[], max: number): T[] {
  const n = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: n }, () => one(values)))];
}
function months(): string[] {
  const out: string[] = [];
  for (let y = 2023; y <= 2026; y++) for (let m = 1; m <= 12; m++) if (y < 2026 || m <= 10) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}
const MONTHS = months();

function randomInput(): CaseInput {
  const referrals = some(REFERRALS.filter((r) => r !== 'none'), 2);
  return {
    service: one(CASE_SERVICES),
    month: one(MONTHS),
    caseTypes: some(CASE_TYPES, 3),
    gender: one(GENDERS),
    ageBand: one(AGE_BANDS),
    county: one(COUNTY_CODES),
    originRegion: one(ORIGIN_REGIONS),
    whereabouts: one(WHEREABOUTS),
    referredTo: random() < 0.3 ? ['none'] : referrals,
  };
}

function randomRecord(): CaseRecord {
  const input = randomInput();
  return { ...input, id: randomUUID(), registeredBy: 'f'.repeat(64), registeredAt: `${input.month}-15T10:00:00.000Z` };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-stats-bench-'));
  const results: [string, string, string][] = [];
  try {
    // Seed the snapshot directly (registering 100 000 cases one by one would measure nothing useful).
    const adapter = new SnapshotAdapter(defaultStoreFs, path.join(dataDir, STATS_DATA_FILE));
    await adapter.write({ version: STATS_FILE_VERSION, publishedSeedVersion: 0, published: [], cases: Array.from({ length: CASES }, randomRecord), journalSeq: 0, releases: {} });
    const fileSize = statSync(path.join(dataDir, STATS_DATA_FILE)).size;
    if (global.gc) global.gc();

    let t = performance.now();
    const store = await LowdbStatsStore.open({ dataDir, clock: () => NOW, registrationsPerMinute: 1_000_000 });
    const openMs = performance.now() - t;
    const rssAfterOpen = process.memoryUsage().rss;
    results.push(['registered cases', CASES.toLocaleString('en'), '']);
    results.push(['file size (stats.json)', mb(fileSize), '']);
    results.push(['open (read, validate, replay)', ms(openMs), '']);
    results.push(['RSS after open', mb(rssAfterOpen), '']);
    results.push(['JS heap used after open', mb(process.memoryUsage().heapUsed), '']);

    // The first question encodes the cases into columns (case-columns.ts); later ones reuse and extend that.
    t = performance.now();
    tabulate(store.casesNow(), { dims: [], fromMonth: '2025-01', toMonth: '2025-12', now: NOW });
    results.push(['first query (builds the column index)', ms(performance.now() - t), '']);

    // Queries: one protected table each, over every case, for a random approved breakdown and year.
    const latencies: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const dims = one(APPROVED_BREAKDOWNS);
      const year = one([2023, 2024, 2025]);
      t = performance.now();
      const table = tabulate(store.casesNow(), { dims, fromMonth: `${year}-01`, toMonth: `${year}-12`, now: NOW });
      latencies.push(performance.now() - t);
      if (table.status === 'not-approved') throw new Error('bench used an unapproved breakdown');
    }
    latencies.sort((a, b) => a - b);
    const p99 = percentile(latencies, 99);
    results.push([`query p50 (${QUERIES} protected tables)`, ms(percentile(latencies, 50)), '']);
    results.push(['query p99', ms(p99), p99 < 20 ? 'target < 20 ms: met' : 'target < 20 ms: NOT met']);
    results.push(['query max', ms(latencies[latencies.length - 1] ?? NaN), '']);

    // Durable registrations, one at a time: each waits for its own fsync.
    const registrar = { aadObjectId: 'bench' };
    t = performance.now();
    for (let i = 0; i < SEQUENTIAL; i++) await store.register(randomInput(), registrar);
    const sequentialRate = SEQUENTIAL / ((performance.now() - t) / 1000);
    results.push([`durable registrations/s, one at a time (${SEQUENTIAL})`, sequentialRate.toFixed(0), sequentialRate >= 100 ? 'target ≥ 100/s: met' : 'target ≥ 100/s: NOT met']);

    // Durable registrations, 50 in flight: group commit shares one fsync per batch.
    t = performance.now();
    let next = 0;
    const worker = async () => {
      while (next++ < CONCURRENT) await store.register(randomInput(), registrar);
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const concurrentRate = CONCURRENT / ((performance.now() - t) / 1000);
    results.push([`durable registrations/s, ${IN_FLIGHT} in flight (${CONCURRENT})`, concurrentRate.toFixed(0), concurrentRate >= 100 ? 'target ≥ 100/s: met' : 'target ≥ 100/s: NOT met']);

    // Snapshot rewrite at this size (happens every 5 000 journal entries, on open and on close).
    t = performance.now();
    await store.close();
    results.push(['close (snapshot rewrite + fsync)', ms(performance.now() - t), '']);
    results.push(['file size after', mb(statSync(path.join(dataDir, STATS_DATA_FILE)).size), '']);
    results.push(['RSS at end', mb(process.memoryUsage().rss), '']);
    results.push(['JS heap used at end', mb(process.memoryUsage().heapUsed), '']);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const width = Math.max(...results.map(([name]) => name.length));
  const valueWidth = Math.max(...results.map(([, value]) => value.length));
  console.log(`Statistics store benchmark (Node ${process.version}, ${os.cpus().length} CPU, ${os.platform()})`);
  for (const [name, value, note] of results) console.log(`  ${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${note}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
