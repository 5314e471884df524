/**
 * Statistics store benchmark: npm run bench:stats
 *
 * Both stores, with the same 100 000 registered cases: the embedded store in a fresh DATA_DIR (temp directory),
 * and PostgreSQL (BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL; a schema of its own, dropped afterwards;
 * skipped with a line saying so when none is set). For each:
 * - open time; the first statistics question for a year (the release rule decides every month and keeps its
 *   decisions) and the first of a new month (decisions kept);
 * - query latency: a protected table as the bot asks the store for it (store-tables.ts), p50/p99;
 * - durable registrations per second (acknowledged after fsync / COMMIT): one at a time, and 50 in flight;
 * - embedded only: snapshot rewrite (compaction) time at this size.
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
import { Pool } from 'pg';
import { APPROVED_BREAKDOWNS } from '../src/stats/disclosure/disclosure';
import { tabulateStore } from '../src/stats/disclosure/store-tables';
import { PostgresStatsStore } from '../src/stats/store/postgres-stats-store';
import type { StatsStore } from '../src/stats/store/stats-store';
import { migrate } from '../src/storage/postgres/migrations';
import { defaultStoreFs } from '../src/stats/store/durable-file';
import { LowdbStatsStore, SnapshotAdapter, STATS_DATA_FILE } from '../src/stats/store/lowdb-stats-store';
import { STATS_FILE_VERSION } from '../src/stats/store/migrations';

const CASES = Number(process.env['BENCH_CASES'] ?? 100_000);
const QUERIES = 2_000;
const SEQUENTIAL = 300;
const CONCURRENT = 3_000;
const IN_FLIGHT = 50;
const NOW = new Date('2026-11-24T12:00:00Z');
const NEXT_MONTH = new Date('2026-12-03T12:00:00Z');

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

/** The same 100 000 cases for both stores. */
const CASE_RECORDS: CaseRecord[] = Array.from({ length: CASES }, randomRecord);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

type Row = [string, string, string];

/** Queries, first questions of a month and durable registrations, the same for both stores. */
async function measure(store: StatsStore, results: Row[]): Promise<void> {
  // The first statistics question ever for a year: the release rule (rule 8) decides every month since the year's
  // first registration, and keeps its decisions in the store.
  let t = performance.now();
  await tabulateStore(store, { dims: [], fromMonth: '2025-01', toMonth: '2025-12', now: NOW });
  results.push(['first question for a year (decides every month, keeps the decisions)', ms(performance.now() - t), '']);
  for (const year of [2023, 2024]) await tabulateStore(store, { dims: [], fromMonth: `${year}-01`, toMonth: `${year}-12`, now: NOW });
  // The first question of the next month: one new decision, compared with the kept tables of earlier releases.
  t = performance.now();
  await tabulateStore(store, { dims: [], fromMonth: '2025-01', toMonth: '2025-12', now: NEXT_MONTH });
  results.push(['first question of a new month (decisions kept)', ms(performance.now() - t), '']);

  // Queries: one protected table each, for a random approved breakdown and year, as the bot asks the store.
  const latencies: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const dims = one(APPROVED_BREAKDOWNS);
    const year = one([2023, 2024, 2025]);
    t = performance.now();
    const table = await tabulateStore(store, { dims, fromMonth: `${year}-01`, toMonth: `${year}-12`, now: NOW });
    latencies.push(performance.now() - t);
    if (table.status === 'not-approved') throw new Error('bench used an unapproved breakdown');
  }
  latencies.sort((a, b) => a - b);
  const p99 = percentile(latencies, 99);
  results.push([`query p50 (${QUERIES} protected tables)`, ms(percentile(latencies, 50)), '']);
  results.push(['query p99', ms(p99), p99 < 20 ? 'target < 20 ms: met' : 'target < 20 ms: NOT met']);
  results.push(['query max', ms(latencies[latencies.length - 1] ?? NaN), '']);

  // Durable registrations, one at a time: each waits for its own fsync (embedded) or COMMIT (PostgreSQL).
  const registrar = { aadObjectId: 'bench' };
  t = performance.now();
  for (let i = 0; i < SEQUENTIAL; i++) await store.register(randomInput(), registrar);
  const sequentialRate = SEQUENTIAL / ((performance.now() - t) / 1000);
  results.push([`durable registrations/s, one at a time (${SEQUENTIAL})`, sequentialRate.toFixed(0), sequentialRate >= 100 ? 'target ≥ 100/s: met' : 'target ≥ 100/s: NOT met']);

  // 50 in flight, from 50 registrars (one registrar's registrations are serialised by the shared rate limit).
  t = performance.now();
  let next = 0;
  const worker = async (w: number) => {
    while (next++ < CONCURRENT) await store.register(randomInput(), { aadObjectId: `bench-${w}` });
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, (_, w) => worker(w)));
  const concurrentRate = CONCURRENT / ((performance.now() - t) / 1000);
  results.push([`durable registrations/s, ${IN_FLIGHT} in flight (${CONCURRENT})`, concurrentRate.toFixed(0), concurrentRate >= 100 ? 'target ≥ 100/s: met' : 'target ≥ 100/s: NOT met']);
}

async function embedded(): Promise<Row[]> {
  const results: Row[] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-stats-bench-'));
  try {
    // Seed the snapshot directly (registering 100 000 cases one by one would measure nothing useful).
    const adapter = new SnapshotAdapter(defaultStoreFs, path.join(dataDir, STATS_DATA_FILE));
    await adapter.write({ version: STATS_FILE_VERSION, publishedSeedVersion: 0, published: [], cases: CASE_RECORDS, journalSeq: 0, releases: {} });
    const fileSize = statSync(path.join(dataDir, STATS_DATA_FILE)).size;
    if (global.gc) global.gc();

    let t = performance.now();
    const store = await LowdbStatsStore.open({ dataDir, clock: () => NOW, registrationsPerMinute: 1_000_000 });
    results.push(['registered cases', CASES.toLocaleString('en'), '']);
    results.push(['file size (stats.json)', mb(fileSize), '']);
    results.push(['open (read, validate, replay)', ms(performance.now() - t), '']);
    results.push(['RSS after open', mb(process.memoryUsage().rss), '']);
    await measure(store, results);

    // Snapshot rewrite at this size (happens every 5 000 journal entries, on open and on close).
    t = performance.now();
    await store.close();
    results.push(['close (snapshot rewrite + fsync)', ms(performance.now() - t), '']);
    results.push(['file size after', mb(statSync(path.join(dataDir, STATS_DATA_FILE)).size), '']);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

/** PostgreSQL at BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL, in a schema of its own, dropped afterwards. */
async function postgres(url: string): Promise<Row[]> {
  const results: Row[] = [];
  const schema = `bench_${process.pid}_${Date.now()}`;
  const admin = new Pool({ connectionString: url, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = new Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
  try {
    await migrate(pool);
    const seeder = await PostgresStatsStore.open({ pool, clock: () => NOW });
    let t = performance.now();
    await seeder.importFile({ cases: CASE_RECORDS, releases: {} });
    results.push(['registered cases', CASES.toLocaleString('en'), '']);
    results.push(['bulk import (stats:migrate)', ms(performance.now() - t), '']);
    await seeder.close();
    t = performance.now();
    const store = await PostgresStatsStore.open({ pool, clock: () => NOW, registrationsPerMinute: 1_000_000 });
    results.push(['open (pool size 10)', ms(performance.now() - t), '']);
    await measure(store, results);
    await store.close();
    const size = await pool.query<{ size: string }>(`SELECT pg_size_pretty(pg_total_relation_size('stats_cases')) AS size`);
    results.push(['table size (stats_cases with indexes)', size.rows[0]?.size ?? '?', '']);
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
  return results;
}

function print(title: string, results: readonly Row[]): void {
  const width = Math.max(...results.map(([name]) => name.length));
  const valueWidth = Math.max(...results.map(([, value]) => value.length));
  console.log(title);
  for (const [name, value, note] of results) console.log(`  ${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${note}`);
}

async function main(): Promise<void> {
  const header = `(Node ${process.version}, ${os.cpus().length} CPU, ${os.platform()})`;
  print(`Embedded statistics store (DATA_DIR) ${header}`, await embedded());
  const url = process.env['BENCH_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'];
  if (!url) {
    console.log('PostgreSQL statistics store: skipped (set DATABASE_URL, e.g. eval "$(bash scripts/test-postgres.sh start)" and TEST_DATABASE_URL)');
    return;
  }
  print(`PostgreSQL statistics store ${header}`, await postgres(url));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
