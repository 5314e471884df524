import path from 'node:path';
import { parseDatabaseUrl } from '../src/config/env';
import { createLogger } from '../src/logging/logger';
import { LowdbStatsStore } from '../src/stats/store/lowdb-stats-store';
import type { StatsFile } from '../src/stats/store/migrations';
import { PostgresStatsStore } from '../src/stats/store/postgres-stats-store';
import { readStatsFile } from '../src/stats/store/read-stats-file';
import { matchesFilter, type StatsStore } from '../src/stats/store/stats-store';
import type { CaseSource } from '../src/stats/disclosure/store-tables';
import { openDatabase } from '../src/storage/postgres/database';
import { statsDataDir } from './stats-args';

/**
 * The statistics store a script works on, chosen as the bot chooses it: PostgreSQL when DATABASE_URL is set (or
 * --store postgres), the embedded store in DATA_DIR otherwise (or --store embedded).
 */
export const STORE_KINDS = ['embedded', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface StoreLocation {
  readonly dataDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
}

export function defaultStoreKind(location: StoreLocation): StoreKind {
  return (location.databaseUrl ?? parseDatabaseUrl(process.env)) ? 'postgres' : 'embedded';
}

function databaseUrl(location: StoreLocation): string {
  const url = location.databaseUrl ?? parseDatabaseUrl(process.env);
  if (!url) throw new Error('PostgreSQL needs DATABASE_URL (or --database-url)');
  return url;
}

export function describeStore(kind: StoreKind, location: StoreLocation): string {
  return kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `the embedded store in ${path.resolve(statsDataDir(location.dataDir))}`;
}

const quiet = createLogger({ level: 'silent' });

/**
 * Everything a store holds, read consistently without stopping the bot: the embedded files without their lock
 * (read-stats-file.ts), PostgreSQL in one REPEATABLE READ transaction.
 */
export async function readWholeStore(kind: StoreKind, location: StoreLocation): Promise<StatsFile> {
  if (kind === 'embedded') return readStatsFile(path.resolve(statsDataDir(location.dataDir)));
  const pool = await openDatabase(databaseUrl(location), 2, quiet);
  try {
    const store = await PostgresStatsStore.open({ pool });
    try {
      return await store.exportFile();
    } finally {
      await store.close();
    }
  } finally {
    await pool.end();
  }
}

/** A store opened for writing (the embedded one takes its lock: the bot must be stopped), with a way to close it. */
export async function openWritableStore(kind: StoreKind, location: StoreLocation): Promise<{ store: StatsStore & Movable; close(): Promise<void> }> {
  if (kind === 'embedded') {
    const store = await LowdbStatsStore.open({ dataDir: path.resolve(statsDataDir(location.dataDir)) });
    return { store, close: () => store.close() };
  }
  const pool = await openDatabase(databaseUrl(location), 4, quiet);
  const store = await PostgresStatsStore.open({ pool });
  return {
    store,
    async close() {
      await store.close();
      await pool.end();
    },
  };
}

/** What stats:migrate needs of both stores. */
export interface Movable {
  exportFile(): Promise<StatsFile>;
  importFile(file: Pick<StatsFile, 'cases' | 'releases'>): Promise<number>;
}

/** A read-only source for disclosure control over a store's copy: its cases and the release decisions it kept. */
export function fileCaseSource(file: StatsFile): CaseSource {
  const releases = new Map(Object.entries(file.releases));
  return {
    cases: async (filter = {}) => file.cases.filter((c) => matchesFilter(c, filter)),
    releaseDecisions: async (year) => releases.get(year) ?? [],
    // Decisions taken now are used for this export only; the store keeps its own when the bot answers.
    saveReleaseDecisions: async (year, decisions, replaceFrom) => {
      const before = (releases.get(year) ?? []).filter((d) => replaceFrom === undefined || d.boundary < replaceFrom);
      releases.set(year, [...before, ...decisions]);
    },
  };
}
