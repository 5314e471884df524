import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { z } from 'zod';
import { createLogger, type Logger } from '../../logging/logger';
import { createStorageHealth, type StorageHealth } from '../../storage/storage-health';
import { caseRecordSchema, EXPIRED_REGISTRAR, type CaseInput, type CaseRecord } from './case-record';
import { STATS_FILE_VERSION, type StatsFile } from './migrations';
import { publishedFigureSchema, type PublishedFigure, type PublishedSeed } from './published-figure';
import { registrarHasher, type RegistrarHasher } from './registrar-hash';
import { parseRegistration } from './registration-input';
import {
  DEFAULT_REGISTRATIONS_PER_MINUTE,
  REGISTRAR_KEPT_MS,
  releaseDecisionSchema,
  StatsStoreError,
  storeClosedError,
  UNDO_WINDOW_MS,
  type CaseFilter,
  type Registrar,
  type ReleaseDecision,
  type StatsStore,
  type UndoResult,
} from './stats-store';

/**
 * The statistics store on PostgreSQL (tables from src/storage/postgres/migrations.ts, step 2), shared by every
 * instance on one DATABASE_URL. Each registration and each undo is one transaction; a registration is acknowledged
 * after COMMIT. Exact under concurrent instances:
 * - the rate limit per registrar counts that registrar's rows of the last minute inside the transaction, under a
 *   transaction-scoped advisory lock on the registrar hash, so two instances cannot both let the 21st through;
 * - undo locks the row (SELECT … FOR UPDATE) before it checks and deletes it, so an undo sent to any instance
 *   works, and two undos of one case give 'undone' once;
 * - the registrar key is one row (stats_secret) for every instance, so the hash is the same wherever the
 *   registrar's message lands.
 * Registrar hashes are erased REGISTRAR_KEPT_MS after registering (at open, and every minute by every instance;
 * the UPDATE is idempotent). Every read asks the database; what an instance keeps between questions (a year's
 * countable cases, which cannot change during a month, and the release decisions) is reused only while the change
 * counters in stats_meta stand still, so another instance's change is seen at the next question.
 */
export interface PostgresStatsStoreOptions {
  readonly pool: Pool;
  readonly seed?: PublishedSeed;
  readonly clock?: () => Date;
  readonly registrationsPerMinute?: number;
  readonly logger?: Logger;
  readonly health?: StorageHealth;
}

/** How often each instance erases expired registrar hashes. */
const ERASE_CHECK_MS = 60_000;

/** A fixed prefix for the advisory locks that serialise one registrar's registrations (rate limit). */
const REGISTRAR_LOCK_SPACE = 7_142_009;

interface CachedRead {
  readonly fingerprint: string;
  readonly cases: readonly CaseRecord[];
}

export class PostgresStatsStore implements StatsStore {
  private closed = false;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly cache = new Map<string, CachedRead>();
  /** Parsed case rows by id, with the contents they were parsed from (see toRecord). */
  private readonly parsed = new Map<string, { readonly key: string; readonly record: CaseRecord }>();
  /** Parsed release decisions per year, with the stats_meta.decisions they were read at. */
  private readonly decisionCache = new Map<string, { readonly version: string; readonly decisions: readonly ReleaseDecision[] }>();
  private eraseTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly pool: Pool,
    private readonly figures: readonly PublishedFigure[],
    private readonly seedVersion: number,
    private readonly hasher: RegistrarHasher,
    private readonly clock: () => Date,
    private readonly perMinute: number,
    private readonly log: Logger,
    private readonly health: StorageHealth,
  ) {
    this.eraseTimer = setInterval(() => {
      this.eraseExpiredRegistrars().catch((error: unknown) => this.log.warn('registrar erasure failed; retried next minute', { errorName: errorName(error) }));
    }, ERASE_CHECK_MS);
    this.eraseTimer.unref();
  }

  /** Opens the store on a pool whose database is migrated (openDatabase does that). */
  static async open(options: PostgresStatsStoreOptions): Promise<PostgresStatsStore> {
    const { pool } = options;
    const log = (options.logger ?? createLogger({ level: 'silent' })).child('stats-store');
    const health = options.health ?? createStorageHealth();
    const clock = options.clock ?? (() => new Date());
    // The first instance creates the key; every other one reads the same.
    await pool.query('INSERT INTO stats_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [randomBytes(32).toString('hex')]);
    const secretRow = z.object({ secret: z.string().regex(/^[0-9a-f]{64}$/) }).parse((await pool.query('SELECT secret FROM stats_secret WHERE id = 1')).rows[0]);
    const { figures, seedVersion } = await loadPublished(pool, options.seed, log);
    const store = new PostgresStatsStore(
      pool,
      figures,
      seedVersion,
      registrarHasher(Buffer.from(secretRow.secret, 'hex')),
      clock,
      options.registrationsPerMinute ?? DEFAULT_REGISTRATIONS_PER_MINUTE,
      log,
      health,
    );
    await store.eraseExpiredRegistrars();
    health.report('stats-store', 'ok');
    return store;
  }

  published(): readonly PublishedFigure[] {
    return this.figures;
  }

  publishedSeedVersion(): number {
    return this.seedVersion;
  }

  register(input: unknown, registrar: Registrar, now: Date = this.clock()): Promise<CaseRecord> {
    if (this.closed) return Promise.reject(storeClosedError());
    let parsed: CaseInput;
    try {
      parsed = parseRegistration(input, registrar, now);
    } catch (error) {
      return Promise.reject(error);
    }
    const registeredBy = this.hasher(registrar.aadObjectId);
    return this.track(this.write('registration', async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [REGISTRAR_LOCK_SPACE, registeredBy]);
      const recent = await client.query<{ n: string }>('SELECT count(*) AS n FROM stats_cases WHERE registered_by = $1 AND registered_at > $2', [
        registeredBy,
        new Date(now.getTime() - 60_000),
      ]);
      if (Number(recent.rows[0]?.n ?? 0) >= this.perMinute) {
        throw new StatsStoreError('rate-limited', `at most ${this.perMinute} registrations per minute`);
      }
      const record: CaseRecord = { ...parsed, id: randomUUID(), registeredBy, registeredAt: now.toISOString() };
      const { service, month, ...fields } = parsed;
      await client.query('INSERT INTO stats_cases (id, service, month, fields, registered_by, registered_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        record.id,
        service,
        month,
        JSON.stringify(fields),
        registeredBy,
        now,
      ]);
      return record;
    }));
  }

  undo(id: string, registrar: Registrar, now: Date = this.clock()): Promise<UndoResult> {
    if (this.closed) return Promise.reject(storeClosedError());
    if (!z.uuid().safeParse(id).success) return Promise.resolve('not-found');
    const registeredBy = this.hasher(registrar.aadObjectId);
    return this.track(this.write('undo', async (client): Promise<UndoResult> => {
      const found = await client.query<{ registered_by: string; registered_at: Date }>(
        'SELECT registered_by, registered_at FROM stats_cases WHERE id = $1 FOR UPDATE',
        [id],
      );
      const row = found.rows[0];
      if (!row) return 'not-found';
      if (now.getTime() - row.registered_at.getTime() > UNDO_WINDOW_MS) return 'too-late';
      if (row.registered_by !== registeredBy) return 'not-yours';
      await client.query('DELETE FROM stats_cases WHERE id = $1', [id]);
      return 'undone';
    }));
  }

  async cases(filter: CaseFilter = {}): Promise<readonly CaseRecord[]> {
    if (this.closed) throw storeClosedError();
    const now = this.clock();
    const { where, params } = whereClause(filter);
    // A year's countable cases (registered before a cut-off more than REGISTRAR_KEPT_MS ago) change only through a
    // delete, an edit or a back-dated insert, each of which moves stats_meta.changes (triggers, migration step 2):
    // the list is kept and reused while that counter stands still.
    const cacheable = filter.registeredUpTo !== undefined && Date.parse(filter.registeredUpTo) < now.getTime() - REGISTRAR_KEPT_MS;
    const key = JSON.stringify([filter.service, filter.fromMonth, filter.toMonth, filter.registeredUpTo]);
    let changes = '';
    if (cacheable) {
      changes = (await this.meta()).changes;
      const hit = this.cache.get(key);
      if (hit?.fingerprint === changes) return hit.cases;
    }
    const result = await this.pool.query(
      `SELECT id::text AS id, service, month, fields, registered_by, registered_at FROM stats_cases ${where} ORDER BY seq`,
      params,
    );
    const expiredBefore = now.getTime() - REGISTRAR_KEPT_MS;
    const cases = result.rows.map((raw) => this.toRecord(raw, expiredBefore));
    if (cacheable) {
      if (this.cache.size > 32) this.cache.clear();
      // Stamped with the counter read before the rows: a change in between makes the next read fetch again.
      this.cache.set(key, { fingerprint: changes, cases });
    }
    return cases;
  }

  async releaseDecisions(year: string): Promise<readonly ReleaseDecision[]> {
    // Asked for with every question; kept per year while stats_meta.decisions (moved by every save) stands still.
    const { decisions: version } = await this.meta();
    const hit = this.decisionCache.get(year);
    if (hit?.version === version) return hit.decisions;
    const result = await this.pool.query<{ decision: unknown }>('SELECT decision FROM stats_releases WHERE year = $1 ORDER BY boundary', [year]);
    const decisions = result.rows.map((row) => releaseDecisionSchema.parse(row.decision));
    this.decisionCache.set(year, { version, decisions });
    return decisions;
  }

  async saveReleaseDecisions(year: string, decisions: readonly ReleaseDecision[], replaceFrom?: string): Promise<void> {
    if (decisions.length === 0 && replaceFrom === undefined) return;
    await this.track(this.write('release decisions', async (client) => {
      if (replaceFrom !== undefined) await client.query('DELETE FROM stats_releases WHERE year = $1 AND boundary >= $2', [year, replaceFrom]);
      // A boundary another instance decided first stays as it is: it was decided from the same cases.
      await client.query(
        `INSERT INTO stats_releases (year, boundary, decision)
           SELECT $1, d->>'boundary', d FROM jsonb_array_elements($2::jsonb) AS d
         ON CONFLICT (year, boundary) DO NOTHING`,
        [year, JSON.stringify(decisions)],
      );
      await client.query('UPDATE stats_meta SET decisions = decisions + 1 WHERE id = 1');
    }));
  }

  /**
   * A row as a case record, parsed with caseRecordSchema. A row read before with exactly the same contents reuses
   * that parse: a new month reads the year's cases again, and parsing 100 000 rows costs seconds.
   */
  private toRecord(raw: Record<string, unknown>, expiredBefore: number): CaseRecord {
    const at = raw['registered_at'];
    if (!(at instanceof Date)) throw new StatsStoreError('corrupt', 'stats_cases.registered_at is not a time');
    // A hash past its purpose is never handed out, even in the minute before this instance's erasure runs.
    const registeredBy = at.getTime() < expiredBefore ? EXPIRED_REGISTRAR : raw['registered_by'];
    const key = `${String(raw['service'])}|${String(raw['month'])}|${JSON.stringify(raw['fields'])}|${String(registeredBy)}|${at.getTime()}`;
    const id = String(raw['id']);
    const seen = this.parsed.get(id);
    if (seen?.key === key) return seen.record;
    const fields = raw['fields'];
    const record = caseRecordSchema.parse({
      ...(fields !== null && typeof fields === 'object' ? fields : {}),
      service: raw['service'],
      month: raw['month'],
      id: raw['id'],
      registeredBy,
      registeredAt: at.toISOString(),
    });
    if (this.parsed.size > 500_000) this.parsed.clear();
    this.parsed.set(id, { key, record });
    return record;
  }

  /** The change counters (one small row; each read asks the database, so a change is seen at the next question). */
  private async meta(): Promise<{ changes: string; decisions: string }> {
    const row = (await this.pool.query<{ changes: string; decisions: string }>('SELECT changes::text AS changes, decisions::text AS decisions FROM stats_meta WHERE id = 1')).rows[0];
    if (!row) throw new StatsStoreError('corrupt', 'the stats_meta row is missing: the database was not migrated by this release');
    return row;
  }

  /** Replaces registrar hashes older than REGISTRAR_KEPT_MS with EXPIRED_REGISTRAR. True when something was erased. */
  async eraseExpiredRegistrars(): Promise<boolean> {
    if (this.closed) return false;
    const before = new Date(this.clock().getTime() - REGISTRAR_KEPT_MS);
    const result = await this.pool.query('UPDATE stats_cases SET registered_by = $1 WHERE registered_by <> $1 AND registered_at < $2', [EXPIRED_REGISTRAR, before]);
    return (result.rowCount ?? 0) > 0;
  }

  /**
   * Everything the store holds, read in one consistent snapshot (REPEATABLE READ), in the embedded store's file
   * layout: what stats:backup writes and stats:migrate copies.
   */
  async exportFile(): Promise<StatsFile> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const rows = await client.query('SELECT id::text AS id, service, month, fields, registered_by, registered_at FROM stats_cases ORDER BY seq');
        const expiredBefore = this.clock().getTime() - REGISTRAR_KEPT_MS;
        const cases = rows.rows.map((raw) => this.toRecord(raw, expiredBefore));
        const releases: Record<string, ReleaseDecision[]> = {};
        const decisions = await client.query<{ year: string; decision: unknown }>('SELECT year, decision FROM stats_releases ORDER BY year, boundary');
        for (const row of decisions.rows) (releases[row.year] ??= []).push(releaseDecisionSchema.parse(row.decision));
        return { version: STATS_FILE_VERSION, publishedSeedVersion: this.seedVersion, published: [...this.figures], cases, journalSeq: 0, releases };
      } finally {
        await client.query('ROLLBACK');
      }
    } finally {
      client.release();
    }
  }

  /**
   * Adds cases exactly as they are (ids, registrar hashes and times kept) and release decisions, in one
   * transaction; a case whose id is already there is left alone. Returns how many cases were added. For
   * stats:migrate only: registrations go through `register`.
   */
  async importFile(file: Pick<StatsFile, 'cases' | 'releases'>): Promise<number> {
    return this.track(this.write('import', async (client) => {
      let added = 0;
      for (let i = 0; i < file.cases.length; i += 1000) {
        const batch = file.cases.slice(i, i + 1000).map((c) => caseRecordSchema.parse(c));
        const result = await client.query(
          `INSERT INTO stats_cases (id, service, month, fields, registered_by, registered_at)
             SELECT (c->>'id')::uuid, c->>'service', c->>'month', c->'fields', c->>'registeredBy', (c->>'registeredAt')::timestamptz
             FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(c, n) ORDER BY n
           ON CONFLICT (id) DO NOTHING`,
          [JSON.stringify(batch.map(({ id, service, month, registeredBy, registeredAt, ...fields }) => ({ id, service, month, registeredBy, registeredAt, fields })))],
        );
        added += result.rowCount ?? 0;
      }
      await client.query('UPDATE stats_meta SET decisions = decisions + 1 WHERE id = 1');
      for (const [year, decisions] of Object.entries(file.releases)) {
        await client.query(
          `INSERT INTO stats_releases (year, boundary, decision)
             SELECT $1, d->>'boundary', d FROM jsonb_array_elements($2::jsonb) AS d
           ON CONFLICT (year, boundary) DO NOTHING`,
          [year, JSON.stringify(decisions)],
        );
      }
      return added;
    }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.eraseTimer);
    await Promise.allSettled([...this.inFlight]);
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    const done = () => this.inFlight.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** One transaction. Errors other than the store's own become 'not-saved' (nothing was committed). */
  private async write<T>(what: string, run: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      await client.query('BEGIN');
      try {
        const result = await run(client);
        await client.query('COMMIT');
        this.health.report('stats-store', 'ok');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } catch (error) {
      if (error instanceof StatsStoreError) throw error;
      this.health.report('stats-store', 'write-failed');
      this.log.error('statistics write failed', { what, errorName: errorName(error) });
      throw new StatsStoreError('not-saved', `the ${what} was not saved (the database could not be written)`, [], { cause: error });
    } finally {
      client?.release();
    }
  }
}

function whereClause(filter: CaseFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.service !== undefined) add('service = ?', filter.service);
  if (filter.fromMonth !== undefined) add('month >= ?', filter.fromMonth);
  if (filter.toMonth !== undefined) add('month <= ?', filter.toMonth);
  if (filter.registeredUpTo !== undefined) add('registered_at <= ?', new Date(filter.registeredUpTo));
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

async function loadPublished(pool: Pool, seed: PublishedSeed | undefined, log: Logger): Promise<{ figures: readonly PublishedFigure[]; seedVersion: number }> {
  if (seed) {
    // Replaced only when the seed version differs; registered cases are never touched.
    const result = await pool.query(
      `INSERT INTO stats_published (id, seed_version, figures) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET seed_version = EXCLUDED.seed_version, figures = EXCLUDED.figures
         WHERE stats_published.seed_version <> EXCLUDED.seed_version`,
      [seed.seedVersion, JSON.stringify(seed.figures)],
    );
    if ((result.rowCount ?? 0) > 0) log.info('published figures loaded', { seedVersion: seed.seedVersion, figures: seed.figures.length });
  }
  const row = (await pool.query<{ seed_version: number; figures: unknown }>('SELECT seed_version, figures FROM stats_published WHERE id = 1')).rows[0];
  if (!row) return { figures: [], seedVersion: 0 };
  return { figures: z.array(publishedFigureSchema).parse(row.figures), seedVersion: row.seed_version };
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
