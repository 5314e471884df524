import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import { createLogger, type Logger } from '../../logging/logger';
import { caseRecordSchema, EXPIRED_REGISTRAR, type CaseInput, type CaseRecord } from './case-record';
import { describeIssues, parseRegistration } from './registration-input';
import { quarantineName } from '../../storage/atomic-json-file';
import { defaultStoreFs, errnoCode, JournalFile, removeStaleTempFiles, writeFileAtomic, type StoreFs } from './durable-file';
import { migrateToCurrent, MigrationError, STATS_FILE_VERSION, statsFileSchema, type StatsFile } from './migrations';
import type { PublishedFigure, PublishedSeed } from './published-figure';
import { loadRegistrarHasher, type RegistrarHasher } from './registrar-hash';
import { createStorageHealth, type StorageHealth } from '../../storage/storage-health';
import { acquireStoreLock, type StoreLock } from './store-lock';
import {
  DEFAULT_REGISTRATIONS_PER_MINUTE,
  REGISTRAR_KEPT_MS,
  StatsStoreError,
  storeClosedError,
  UNDO_WINDOW_MS,
  matchesFilter,
  releaseDecisionSchema,
  type CaseFilter,
  type ReleaseDecision,
  type Registrar,
  type StatsStore,
  type UndoResult,
} from './stats-store';

/**
 * The lowdb implementation of StatsStore.
 *
 * Files in DATA_DIR:
 * - stats.json     the snapshot (lowdb's JSON document), always replaced atomically (temp file, fsync, rename, dir fsync);
 * - stats.journal  JSON lines appended and fsync'd for every batch of writes since the last snapshot;
 * - stats.lock     one writing process at a time;
 * - stats-secret   key for the registrar hash.
 *
 * Why a journal: rewriting a 40 MB snapshot (100 000 cases) for every registration would cap durable writes
 * at a few per second. Appending one fsync'd line per batch ("group commit": all registrations waiting in the queue
 * share one fsync) is fast, and a registration is acknowledged only after its line is on disk. The snapshot is
 * rewritten (and the journal emptied) every `compactEvery` entries, on open and on close. On open, journal entries
 * newer than the snapshot's `journalSeq` are replayed; a torn last line (crash mid-append) was never acknowledged
 * and is dropped.
 */
export interface LowdbStatsStoreOptions {
  readonly dataDir: string;
  /** Published figures; replaces the stored ones when its seedVersion differs. Registered cases are never touched. */
  readonly seed?: PublishedSeed;
  readonly clock?: () => Date;
  readonly registrationsPerMinute?: number;
  /** Journal entries before the snapshot is rewritten. */
  readonly compactEvery?: number;
  readonly fs?: StoreFs;
  readonly logger?: Logger;
  /** A lock from another host whose heartbeat stopped this long ago is taken over (default 30 s). */
  readonly lockStaleMs?: number;
  /**
   * 'refuse' (default): damaged files throw StatsStoreError 'corrupt'. 'start-empty' (the bot): log the same message,
   * and open a read-only store without registered cases, so guidance keeps working while someone repairs the files.
   */
  readonly whenDamaged?: 'refuse' | 'start-empty';
  /** Where the store reports write trouble for /healthz (the app's; by default one of its own, seen by nobody). */
  readonly health?: StorageHealth;
}

export const STATS_DATA_FILE = 'stats.json';
export const STATS_JOURNAL_FILE = 'stats.journal';
export const STATS_LOCK_FILE = 'stats.lock';
export const STATS_BACKUP_DIR = 'backups';

const journalEntrySchema = z.discriminatedUnion('op', [
  z.object({ seq: z.number().int().positive(), op: z.literal('add'), case: caseRecordSchema }).strict(),
  z.object({ seq: z.number().int().positive(), op: z.literal('remove'), id: z.uuid() }).strict(),
  z
    .object({
      seq: z.number().int().positive(),
      op: z.literal('releases'),
      year: z.string().regex(/^\d{4}$/),
      replaceFrom: z.iso.datetime({ precision: 3 }).optional(),
      decisions: z.array(releaseDecisionSchema),
    })
    .strict(),
]);
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** stats-20261124T123456Z.json */
export function backupFileName(now: Date): string {
  return `stats-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}.json`;
}

/** lowdb adapter for the snapshot: atomic replace on write; migrate and validate on read. */
export class SnapshotAdapter implements Adapter<StatsFile> {
  migrated = false;

  constructor(
    private readonly fs: StoreFs,
    readonly file: string,
  ) {}

  async read(): Promise<StatsFile | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new StatsStoreError('corrupt', `${this.file} is not valid JSON; restore it from DATA_DIR/${STATS_BACKUP_DIR}`, [], { cause: error });
    }
    try {
      const { data, migrated } = migrateToCurrent(raw);
      this.migrated = migrated;
      const parsed = statsFileSchema.safeParse(data);
      if (!parsed.success) {
        throw new StatsStoreError('corrupt', `${this.file} does not match the statistics schema`, describeIssues(parsed.error));
      }
      return parsed.data;
    } catch (error) {
      if (error instanceof MigrationError) throw new StatsStoreError('corrupt', `${this.file}: ${error.message}`, [], { cause: error });
      throw error;
    }
  }

  async write(data: StatsFile): Promise<void> {
    await writeFileAtomic(this.fs, this.file, JSON.stringify(data));
  }
}

type PendingOp =
  | {
      readonly kind: 'add';
      readonly input: CaseInput;
      readonly registeredBy: string;
      readonly now: Date;
      readonly resolve: (record: CaseRecord) => void;
      readonly reject: (error: unknown) => void;
    }
  | {
      readonly kind: 'remove';
      readonly id: string;
      readonly registeredBy: string;
      readonly now: Date;
      readonly resolve: (result: UndoResult) => void;
      readonly reject: (error: unknown) => void;
    }
  | {
      readonly kind: 'backup';
      readonly target: string;
      readonly resolve: (file: string) => void;
      readonly reject: (error: unknown) => void;
    }
  | {
      readonly kind: 'import';
      readonly records: readonly CaseRecord[];
      readonly releases: StatsFile['releases'];
      readonly resolve: (added: number) => void;
      readonly reject: (error: unknown) => void;
    }
  | {
      readonly kind: 'releases';
      readonly year: string;
      readonly decisions: readonly ReleaseDecision[];
      readonly replaceFrom: string | undefined;
      readonly resolve: () => void;
      readonly reject: (error: unknown) => void;
    }
  | {
      /** Rewrite the snapshot (and empty the journal) so registrar hashes past REGISTRAR_KEPT_MS leave the disk. */
      readonly kind: 'erase';
      readonly resolve: (erased: boolean) => void;
      readonly reject: (error: unknown) => void;
    };

export class LowdbStatsStore implements StatsStore {
  private readonly byId = new Map<string, CaseRecord>();
  /** Registration times (ms) per registrar hash within the last minute, for rate limiting. */
  private readonly recent = new Map<string, number[]>();
  private pending: PendingOp[] = [];
  private draining: Promise<void> | undefined;
  private closed = false;
  private lockLost = false;
  private entriesSinceSnapshot = 0;
  /** Filtered reads of the cases, reused until the cases change (so the column index of disclosure.ts is too). */
  private filtered = new Map<string, readonly CaseRecord[]>();
  /** Erases expired registrar hashes from the files about once a minute, so none outlives its purpose until a restart. */
  private eraseTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly db: Low<StatsFile>,
    /** Undefined when opened read-only. */
    private readonly journal: JournalFile | undefined,
    private nextSeq: number,
    private readonly lock: StoreLock | undefined,
    private readonly hasher: RegistrarHasher,
    private readonly fs: StoreFs,
    private readonly dataDir: string,
    private readonly clock: () => Date,
    private readonly perMinute: number,
    private readonly compactEvery: number,
    private readonly log: Logger,
    private readonly health: StorageHealth,
  ) {
    if (!journal) health.report('stats-store', 'read-only');
    for (const record of db.data.cases) this.byId.set(record.id, record);
    const since = clock().getTime() - 60_000;
    for (const record of db.data.cases) {
      const at = Date.parse(record.registeredAt);
      if (at > since) this.noteRegistration(record.registeredBy, at);
    }
    if (!journal) return;
    this.eraseTimer = setInterval(() => {
      this.eraseExpiredRegistrars().catch((error: unknown) => this.log.warn('registrar erasure failed; retried next minute', { code: errorCode(error) }));
    }, ERASE_CHECK_MS);
    this.eraseTimer.unref();
  }

  /**
   * Replaces registrar hashes older than REGISTRAR_KEPT_MS with EXPIRED_REGISTRAR in memory and on disk (snapshot
   * rewritten, journal emptied). Runs through the writer queue. Resolves true when something was erased.
   */
  eraseExpiredRegistrars(): Promise<boolean> {
    if (this.closed || !this.journal) return Promise.resolve(false);
    if (!hasExpiredRegistrars(this.db.data.cases, this.clock())) return Promise.resolve(false);
    return new Promise<boolean>((resolve, reject) => this.enqueue({ kind: 'erase', resolve, reject }));
  }

  /**
   * Opens (or creates) the store in `dataDir`. Throws StatsStoreError 'locked' if another process has it open, and
   * 'corrupt' (naming the file and what is wrong, with a copy of the journal kept aside) when the files are damaged
   * in a way that cannot be repaired without possibly losing an acknowledged registration.
   * When the disk cannot be written (full, read-only), the store opens read-only: every case on disk is there to
   * read, and every registration is refused as 'not-saved' until a restart with space.
   */
  static async open(options: LowdbStatsStoreOptions): Promise<LowdbStatsStore> {
    const fs = options.fs ?? defaultStoreFs;
    const log = (options.logger ?? createLogger({ level: 'silent' })).child('stats-store');
    const health = options.health ?? createStorageHealth();
    const dataDir = path.resolve(options.dataDir);
    const clock = options.clock ?? (() => new Date());
    const make = (db: Low<StatsFile>, journal: JournalFile | undefined, nextSeq: number, lock: StoreLock | undefined, hasher: RegistrarHasher) =>
      new LowdbStatsStore(
        db,
        journal,
        nextSeq,
        lock,
        hasher,
        fs,
        dataDir,
        clock,
        options.registrationsPerMinute ?? DEFAULT_REGISTRATIONS_PER_MINUTE,
        options.compactEvery ?? 5000,
        log,
        health,
      );
    await fs.mkdir(dataDir, { recursive: true });
    let opened: LowdbStatsStore | undefined;
    let lock: StoreLock | undefined;
    try {
      lock = acquireStoreLock(path.join(dataDir, STATS_LOCK_FILE), {
        ...(options.lockStaleMs === undefined ? {} : { staleMs: options.lockStaleMs }),
        onCompromised: (reason) => {
          // Another process may be writing the same files now: stop writing rather than interleave with it.
          log.error('statistics store lock lost; registrations are refused until a restart', { reason });
          opened?.stopWriting();
          health.report('stats-store', 'write-failed');
        },
      });
    } catch (error) {
      if (error instanceof StatsStoreError || !isWriteFailure(error)) throw error;
      log.error('statistics store opened read-only: the lock file could not be written', { code: errorCode(error), dataDir });
    }
    try {
      const journalPath = path.join(dataDir, STATS_JOURNAL_FILE);
      const adapter = new SnapshotAdapter(fs, path.join(dataDir, STATS_DATA_FILE));
      const empty: StatsFile = { version: STATS_FILE_VERSION, publishedSeedVersion: 0, published: [], cases: [], journalSeq: 0, releases: {} };
      const db = new Low<StatsFile>(adapter, empty);
      await db.read();
      const existed = db.data !== empty;
      const replay = await readJournal(fs, journalPath, log);
      await checkJournal(fs, dataDir, existed, db.data.journalSeq, replay, log);

      let lastSeq = db.data.journalSeq;
      const cases = new Map(db.data.cases.map((c) => [c.id, c] as const));
      let replayed = 0;
      let releases = db.data.releases;
      for (const entry of replay.entries) {
        if (entry.seq <= db.data.journalSeq) continue;
        if (entry.op === 'add') cases.set(entry.case.id, entry.case);
        else if (entry.op === 'remove') cases.delete(entry.id);
        else releases = withReleases(releases, entry.year, entry.decisions, entry.replaceFrom);
        lastSeq = Math.max(lastSeq, entry.seq);
        replayed++;
      }
      db.data = { ...db.data, cases: [...cases.values()], journalSeq: lastSeq, releases };
      if (replayed > 0) log.info('journal replayed', { entries: replayed });
      if (!lock) return make(db, undefined, lastSeq + 1, undefined, await readOnlyHasher(fs, dataDir));

      try {
        const leftovers = await removeStaleTempFiles(fs, [path.join(dataDir, STATS_DATA_FILE), journalPath]);
        if (leftovers > 0) log.info('removed temp files left by an interrupted write', { files: leftovers });
        const hasher = await loadRegistrarHasher(fs, dataDir);
        const erased = eraseExpiredRegistrars(db.data.cases, clock());
        if (erased) db.data = { ...db.data, cases: erased };
        let needSnapshot = !existed || adapter.migrated || erased !== undefined || replay.entries.length > 0 || replay.validBytes !== replay.totalBytes;
        if (options.seed && options.seed.seedVersion !== db.data.publishedSeedVersion) {
          // Replace published figures only; registered cases stay as they are.
          db.data = { ...db.data, published: options.seed.figures, publishedSeedVersion: options.seed.seedVersion };
          needSnapshot = true;
          log.info('published figures loaded', { seedVersion: options.seed.seedVersion, figures: options.seed.figures.length });
        }
        if (needSnapshot) await db.write();
        // The snapshot now holds everything up to lastSeq, so an empty journal can start (old entries would be skipped anyway).
        if (replay.totalBytes > 0) await writeFileAtomic(fs, journalPath, '');
        const journal = await JournalFile.open(fs, journalPath, 0);
        health.report('stats-store', 'ok');
        opened = make(db, journal, lastSeq + 1, lock, hasher);
        return opened;
      } catch (error) {
        if (!isWriteFailure(error)) throw error;
        // Nothing on disk was lost: the old snapshot and journal are as they were (a failed write replaces nothing).
        log.error('statistics store opened read-only: the data disk could not be written; registrations are refused until a restart with free space', {
          code: errorCode(error),
          dataDir,
        });
        lock.release();
        return make(db, undefined, lastSeq + 1, undefined, await readOnlyHasher(fs, dataDir));
      }
    } catch (error) {
      lock?.release();
      if (error instanceof StatsStoreError && error.code === 'corrupt' && options.whenDamaged === 'start-empty') {
        // The bot must keep answering guidance: it starts with no registered cases, refuses registrations, and says why.
        log.error('statistics store damaged; started without registered cases, registrations refused', { reason: error.message });
        const empty: StatsFile = { version: STATS_FILE_VERSION, publishedSeedVersion: 0, published: options.seed?.figures ?? [], cases: [], journalSeq: 0, releases: {} };
        const store = make(new Low<StatsFile>(new SnapshotAdapter(fs, path.join(dataDir, STATS_DATA_FILE)), empty), undefined, 1, undefined, () => EXPIRED_REGISTRAR);
        health.report('stats-store', 'damaged');
        return store;
      }
      if (error instanceof StatsStoreError) throw error;
      throw new StatsStoreError('not-saved', `The statistics store in ${dataDir} could not be opened: ${errorCode(error)}`, [], { cause: error });
    }
  }

  /** False when the store was opened read-only (the disk could not be written at start-up) or lost its lock. */
  get writable(): boolean {
    return this.journal !== undefined && !this.lockLost;
  }

  /** The lock file was removed or taken over while open: refuse every further write. */
  stopWriting(): void {
    this.lockLost = true;
  }

  published(): readonly PublishedFigure[] {
    return this.db.data.published;
  }

  publishedSeedVersion(): number {
    return this.db.data.publishedSeedVersion;
  }

  async cases(filter: CaseFilter = {}): Promise<readonly CaseRecord[]> {
    return this.casesNow(filter);
  }

  /** What `cases` resolves to, synchronously (this process is the only writer, so memory is the store). */
  casesNow(filter: CaseFilter = {}): readonly CaseRecord[] {
    const all = this.db.data.cases;
    if (filter.service === undefined && filter.fromMonth === undefined && filter.toMonth === undefined && filter.registeredUpTo === undefined) return all;
    const key = JSON.stringify([filter.service, filter.fromMonth, filter.toMonth, filter.registeredUpTo]);
    const hit = this.filtered.get(key);
    if (hit) return hit;
    const result = all.filter((c) => matchesFilter(c, filter));
    if (this.filtered.size > 64) this.filtered.clear();
    this.filtered.set(key, result);
    return result;
  }

  async releaseDecisions(year: string): Promise<readonly ReleaseDecision[]> {
    return this.db.data.releases[year] ?? [];
  }

  saveReleaseDecisions(year: string, decisions: readonly ReleaseDecision[], replaceFrom?: string): Promise<void> {
    if (this.closed) return Promise.reject(storeClosedError());
    if (decisions.length === 0 && replaceFrom === undefined) return Promise.resolve();
    if (!this.journal || this.lockLost) {
      // Read-only: decisions are a function of the cases, so keeping them in memory only loses nothing.
      this.applyReleases(year, decisions, replaceFrom);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => this.enqueue({ kind: 'releases', year, decisions, replaceFrom, resolve, reject }));
  }

  private applyReleases(year: string, decisions: readonly ReleaseDecision[], replaceFrom: string | undefined): void {
    this.db.data = { ...this.db.data, releases: withReleases(this.db.data.releases, year, decisions, replaceFrom) };
  }

  register(input: unknown, registrar: Registrar, now: Date = this.clock()): Promise<CaseRecord> {
    if (this.closed) return Promise.reject(storeClosedError());
    if (!this.journal) return Promise.reject(readOnlyError());
    let parsed: CaseInput;
    try {
      parsed = parseRegistration(input, registrar, now);
    } catch (error) {
      return Promise.reject(error);
    }
    const registeredBy = this.hasher(registrar.aadObjectId);
    return new Promise<CaseRecord>((resolve, reject) => this.enqueue({ kind: 'add', input: parsed, registeredBy, now, resolve, reject }));
  }

  undo(id: string, registrar: Registrar, now: Date = this.clock()): Promise<UndoResult> {
    if (this.closed) return Promise.reject(storeClosedError());
    if (!this.journal) return Promise.reject(readOnlyError());
    if (!z.uuid().safeParse(id).success) return Promise.resolve('not-found');
    const registeredBy = this.hasher(registrar.aadObjectId);
    return new Promise<UndoResult>((resolve, reject) => this.enqueue({ kind: 'remove', id, registeredBy, now, resolve, reject }));
  }

  /** Everything the store holds, in its file layout (what stats:migrate copies). */
  async exportFile(): Promise<StatsFile> {
    await this.draining;
    return this.snapshotData();
  }

  /**
   * Adds cases exactly as they are (ids, registrar hashes and times kept) and release decisions, durably (journal);
   * a case whose id is already here is left alone. Returns how many cases were added. For stats:migrate only.
   */
  importFile(file: Pick<StatsFile, 'cases' | 'releases'>): Promise<number> {
    if (this.closed) return Promise.reject(storeClosedError());
    if (!this.journal) return Promise.reject(readOnlyError());
    const records = file.cases.map((c) => caseRecordSchema.parse(c));
    return new Promise<number>((resolve, reject) => this.enqueue({ kind: 'import', records, releases: file.releases, resolve, reject }));
  }

  /** Writes a consistent, compacted copy to DATA_DIR/backups/stats-<timestamp>.json and returns its path. */
  backup(now: Date = this.clock()): Promise<string> {
    if (this.closed) return Promise.reject(storeClosedError());
    if (!this.journal) return Promise.reject(readOnlyError());
    const target = path.join(this.dataDir, STATS_BACKUP_DIR, backupFileName(now));
    return new Promise<string>((resolve, reject) => this.enqueue({ kind: 'backup', target, resolve, reject }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.eraseTimer);
    await this.draining;
    if (!this.journal) return;
    if (this.lockLost) {
      await this.journal.close().catch(() => undefined);
      return;
    }
    try {
      if (this.entriesSinceSnapshot > 0) await this.compact();
    } catch (error) {
      // Nothing is lost: every acknowledged registration is in the journal, replayed at the next start. Shutting
      // down must not fail for this (a full disk would otherwise make every restart look like a crash).
      this.log.error('statistics snapshot not written at shutdown; the journal keeps the registrations and is replayed at the next start', {
        code: errorCode(error),
        entries: this.entriesSinceSnapshot,
      });
      this.health.report('stats-store', 'write-failed');
    } finally {
      await this.journal.close().catch(() => undefined);
      this.lock?.release();
    }
  }

  private enqueue(op: PendingOp): void {
    this.pending.push(op);
    // Every caller that arrives while a batch is being written joins the next batch: one fsync for all of them.
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    await Promise.resolve();
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        try {
          await this.writeBatch(batch);
        } catch (error) {
          // writeBatch settles every op itself; this is a last guard so that no caller waits forever.
          const notSaved = new StatsStoreError('not-saved', 'the registration was not saved', [], { cause: error });
          for (const op of batch) op.reject(notSaved);
        }
      }
    } finally {
      // Cleared in the same step that saw an empty queue, so a caller arriving next starts a new drain.
      this.draining = undefined;
    }
  }

  private async writeBatch(batch: readonly PendingOp[]): Promise<void> {
    const lines: string[] = [];
    const added: CaseRecord[] = [];
    const removed = new Set<string>();
    const settle: (() => void)[] = [];
    const failures: ((error: unknown) => void)[] = [];
    const backups: Extract<PendingOp, { kind: 'backup' }>[] = [];
    const erasures: Extract<PendingOp, { kind: 'erase' }>[] = [];
    const releases: Extract<PendingOp, { kind: 'releases' }>[] = [];
    const firstSeq = this.nextSeq;
    let seq = this.nextSeq;

    for (const op of batch) {
      if (op.kind === 'backup') {
        backups.push(op);
        continue;
      }
      if (op.kind === 'erase') {
        erasures.push(op);
        continue;
      }
      if (op.kind === 'import') {
        // Cases copied from another store keep their ids, registrar hashes and times; one already here is left alone.
        let count = 0;
        for (const record of op.records) {
          if (this.byId.has(record.id) || added.some((c) => c.id === record.id)) continue;
          added.push(record);
          lines.push(JSON.stringify({ seq: seq++, op: 'add', case: record } satisfies JournalEntry));
          count++;
        }
        for (const [year, decisions] of Object.entries(op.releases)) {
          releases.push({ kind: 'releases', year, decisions, replaceFrom: undefined, resolve: () => undefined, reject: () => undefined });
          lines.push(JSON.stringify({ seq: seq++, op: 'releases', year, decisions } satisfies JournalEntry));
        }
        settle.push(() => op.resolve(count));
        failures.push(op.reject);
        continue;
      }
      if (op.kind === 'releases') {
        releases.push(op);
        const entry: JournalEntry = { seq: seq++, op: 'releases', year: op.year, decisions: [...op.decisions], ...(op.replaceFrom === undefined ? {} : { replaceFrom: op.replaceFrom }) };
        lines.push(JSON.stringify(entry));
        settle.push(() => op.resolve());
        failures.push(op.reject);
        continue;
      }
      if (op.kind === 'add') {
        const at = op.now.getTime();
        const recentCount = this.recentCount(op.registeredBy, at) + added.filter((c) => c.registeredBy === op.registeredBy).length;
        if (recentCount >= this.perMinute) {
          op.reject(new StatsStoreError('rate-limited', `at most ${this.perMinute} registrations per minute`));
          continue;
        }
        const record: CaseRecord = { ...op.input, id: randomUUID(), registeredBy: op.registeredBy, registeredAt: op.now.toISOString() };
        added.push(record);
        lines.push(JSON.stringify({ seq: seq++, op: 'add', case: record } satisfies JournalEntry));
        settle.push(() => op.resolve(record));
        failures.push(op.reject);
        continue;
      }
      const record = this.byId.get(op.id) ?? added.find((c) => c.id === op.id);
      let result: UndoResult;
      if (!record || removed.has(op.id)) result = 'not-found';
      else if (op.now.getTime() - Date.parse(record.registeredAt) > UNDO_WINDOW_MS) result = 'too-late';
      else if (record.registeredBy !== op.registeredBy) result = 'not-yours';
      else result = 'undone';
      if (result !== 'undone') {
        op.resolve(result);
        continue;
      }
      removed.add(op.id);
      lines.push(JSON.stringify({ seq: seq++, op: 'remove', id: op.id } satisfies JournalEntry));
      settle.push(() => op.resolve('undone'));
      failures.push(op.reject);
    }

    if (lines.length > 0) {
      try {
        if (!this.journal || this.lockLost) throw readOnlyError();
        await this.journal.append(lines);
        this.health.report('stats-store', 'ok');
      } catch (error) {
        this.health.report('stats-store', 'write-failed');
        // Nothing reached memory; the journal was cut back. Every caller in the batch hears "not saved".
        this.log.error('statistics write failed', { code: errorCode(error), entries: lines.length });
        const notSaved = new StatsStoreError('not-saved', 'the registration was not saved (the data disk could not be written)', [], { cause: error });
        for (const fail of failures) fail(notSaved);
        for (const b of backups) b.reject(notSaved);
        for (const e of erasures) e.reject(notSaved);
        return;
      }
      this.nextSeq = seq;
      this.entriesSinceSnapshot += lines.length;
      this.apply(added, removed);
      for (const r of releases) this.applyReleases(r.year, r.decisions, r.replaceFrom);
    } else {
      this.nextSeq = firstSeq;
    }
    for (const done of settle) done();

    for (const b of backups) {
      try {
        await this.fs.mkdir(path.dirname(b.target), { recursive: true });
        await writeFileAtomic(this.fs, b.target, JSON.stringify(this.snapshotData()));
        b.resolve(b.target);
      } catch (error) {
        b.reject(new StatsStoreError('not-saved', `the backup could not be written: ${errorCode(error)}`, [], { cause: error }));
      }
    }

    if (erasures.length > 0) {
      const due = hasExpiredRegistrars(this.db.data.cases, this.clock());
      try {
        if (due) await this.compact();
        for (const e of erasures) e.resolve(due);
      } catch (error) {
        for (const e of erasures) e.reject(error);
      }
    }

    if (this.entriesSinceSnapshot >= this.compactEvery) {
      try {
        await this.compact();
      } catch (error) {
        // Not fatal: the journal still holds every acknowledged entry. Try again after the next batch.
        this.log.warn('statistics snapshot failed; journal kept', { code: errorCode(error) });
      }
    }
  }

  private apply(added: readonly CaseRecord[], removed: ReadonlySet<string>): void {
    if (added.length > 0 || removed.size > 0) this.filtered = new Map();
    const cases = this.db.data.cases;
    for (const record of added) {
      cases.push(record);
      this.byId.set(record.id, record);
      this.noteRegistration(record.registeredBy, Date.parse(record.registeredAt));
    }
    if (removed.size > 0) {
      this.db.data.cases = cases.filter((c) => !removed.has(c.id));
      for (const id of removed) this.byId.delete(id);
    }
  }

  private snapshotData(): StatsFile {
    return { ...this.db.data, journalSeq: this.nextSeq - 1 };
  }

  /**
   * Rewrites the snapshot with everything acknowledged so far (registrar hashes past REGISTRAR_KEPT_MS erased),
   * then empties the journal, which is the only other place the erased hashes were written.
   */
  private async compact(): Promise<void> {
    if (this.lockLost || !this.journal) throw readOnlyError();
    const previous = this.db.data;
    const erased = eraseExpiredRegistrars(previous.cases, this.clock());
    this.db.data = { ...this.snapshotData(), cases: erased ?? previous.cases };
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = previous;
      throw error;
    }
    if (erased) {
      for (const record of erased) this.byId.set(record.id, record);
      this.filtered = new Map();
    }
    this.entriesSinceSnapshot = 0;
    await this.journal?.reset();
  }

  private recentCount(registeredBy: string, at: number): number {
    const times = this.recent.get(registeredBy);
    if (!times) return 0;
    const fresh = times.filter((t) => t > at - 60_000);
    this.recent.set(registeredBy, fresh);
    return fresh.length;
  }

  private noteRegistration(registeredBy: string, at: number): void {
    const times = this.recent.get(registeredBy) ?? [];
    times.push(at);
    this.recent.set(registeredBy, times);
  }
}

type Releases = StatsFile['releases'];

/** `releases` with `decisions` kept for `year` (those from `replaceFrom` on dropped first; a kept boundary stays). */
export function withReleases(releases: Releases, year: string, decisions: readonly ReleaseDecision[], replaceFrom: string | undefined): Releases {
  const before = (releases[year] ?? []).filter((d) => replaceFrom === undefined || d.boundary < replaceFrom);
  const kept = new Set(before.map((d) => d.boundary));
  const merged = [...before, ...decisions.filter((d) => !kept.has(d.boundary))].sort((a, b) => (a.boundary < b.boundary ? -1 : a.boundary > b.boundary ? 1 : 0));
  return { ...releases, [year]: merged };
}

/** How often the store looks for registrar hashes to erase. */
const ERASE_CHECK_MS = 60_000;

function hasExpiredRegistrars(cases: readonly CaseRecord[], now: Date): boolean {
  const expiredBefore = new Date(now.getTime() - REGISTRAR_KEPT_MS).toISOString();
  return cases.some((c) => c.registeredBy !== EXPIRED_REGISTRAR && c.registeredAt < expiredBefore);
}

/** A new array with expired registrar hashes replaced by EXPIRED_REGISTRAR, or undefined when none has expired. */
function eraseExpiredRegistrars(cases: readonly CaseRecord[], now: Date): CaseRecord[] | undefined {
  const expiredBefore = new Date(now.getTime() - REGISTRAR_KEPT_MS).toISOString();
  if (!hasExpiredRegistrars(cases, now)) return undefined;
  return cases.map((c) => (c.registeredBy !== EXPIRED_REGISTRAR && c.registeredAt < expiredBefore ? { ...c, registeredBy: EXPIRED_REGISTRAR } : c));
}

export interface JournalRead {
  readonly exists: boolean;
  /** Valid entries, each with its line number (1-based). */
  readonly entries: readonly JournalEntry[];
  readonly lines: readonly number[];
  /** Line numbers of complete lines that are not a valid entry. */
  readonly unreadable: readonly number[];
  /** End of the last complete line; bytes after it are a torn last line. */
  readonly validBytes: number;
  readonly totalBytes: number;
}

export async function readJournal(fs: StoreFs, file: string, _log?: Logger): Promise<JournalRead> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { exists: false, entries: [], lines: [], unreadable: [], validBytes: 0, totalBytes: 0 };
    throw error;
  }
  const entries: JournalEntry[] = [];
  const lines: number[] = [];
  const unreadable: number[] = [];
  let offset = 0;
  let lineNo = 0;
  for (;;) {
    const end = buffer.indexOf(0x0a, offset);
    if (end < 0) break; // A last line without newline is torn: its write never completed (see checkJournal).
    const line = buffer.subarray(offset, end).toString('utf8');
    offset = end + 1;
    lineNo++;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      unreadable.push(lineNo);
      continue;
    }
    const parsed = journalEntrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push(parsed.data);
      lines.push(lineNo);
    } else unreadable.push(lineNo);
  }
  return { exists: true, entries, lines, unreadable, validBytes: offset, totalBytes: buffer.length };
}

/**
 * Damage found at start-up is repaired only when nothing acknowledged can be lost; otherwise the open is refused,
 * naming the file and what is wrong, with a copy of the journal kept aside (the journal itself is not touched).
 *
 * - Repaired: a torn last line (no newline). Appends are acknowledged only after the whole batch, newline included,
 *   is fsync'd, and nothing is appended after a torn line (JournalFile cuts it off first), so a torn line can only be
 *   the last write of a process that died before acknowledging it.
 * - Refused: an unreadable complete line (it was acknowledged, or lies between acknowledged lines); a gap in the
 *   sequence numbers (lines lost from the middle, or the journal does not continue the snapshot); a journal without
 *   its snapshot (the snapshot is always written before the journal is first created, so the snapshot was lost and
 *   the journal holds only the registrations since it).
 */
async function checkJournal(fs: StoreFs, dataDir: string, snapshotExists: boolean, snapshotSeq: number, journal: JournalRead, log: Logger): Promise<void> {
  const journalPath = path.join(dataDir, STATS_JOURNAL_FILE);
  const problems: string[] = [];
  if (!snapshotExists && journal.exists) {
    problems.push(
      `${path.join(dataDir, STATS_DATA_FILE)} is missing but ${journalPath} exists: the snapshot was deleted or lost, and the journal holds only the registrations since the last snapshot`,
    );
  }
  if (journal.unreadable.length > 0) problems.push(`${journalPath} has ${journal.unreadable.length} unreadable line(s): line ${journal.unreadable.slice(0, 10).join(', ')}`);
  let previous: number | undefined;
  journal.entries.forEach((entry, i) => {
    if (previous !== undefined && entry.seq !== previous + 1) {
      problems.push(`${journalPath} skips from entry ${previous} to ${entry.seq} at line ${journal.lines[i] ?? '?'}: ${Math.abs(entry.seq - previous - 1)} entries are missing`);
    }
    previous = entry.seq;
  });
  const first = journal.entries[0];
  if (snapshotExists && first && first.seq > snapshotSeq + 1) {
    problems.push(`${journalPath} starts at entry ${first.seq} but the snapshot ends at entry ${snapshotSeq}: entries ${snapshotSeq + 1}–${first.seq - 1} are missing`);
  }
  if (problems.length === 0) {
    if (journal.validBytes !== journal.totalBytes) {
      // No copy: the torn bytes were never acknowledged, and a copy would keep a registrar pseudonym past its erasure.
      log.warn('torn last journal line dropped (a write cut short by a crash, never acknowledged)', { file: journalPath, bytes: journal.totalBytes - journal.validBytes });
    }
    return;
  }

  let copy: string | undefined;
  if (journal.exists) {
    copy = quarantineName(journalPath);
    try {
      await fs.copyFile(journalPath, copy);
    } catch (error) {
      log.error('could not keep a copy of the damaged journal', { file: journalPath, code: errorCode(error) });
      copy = undefined;
    }
  }
  throw new StatsStoreError(
    'corrupt',
    `The statistics store in ${dataDir} was not opened, because repairing it could lose acknowledged registrations: ${problems.join('; ')}. ` +
      `Nothing was changed${copy ? `; a copy of the journal is kept as ${copy}` : ''}. ` +
      `Restore stats.json and stats.journal from a backup of DATA_DIR (not only DATA_DIR/${STATS_BACKUP_DIR}, which lacks the journal), or see docs/stats-store.md ("Damaged files").`,
  );
}

/** Disk errors after which the store can still serve reads. */
function isWriteFailure(error: unknown): boolean {
  const code = errnoCode(error);
  return code !== undefined && ['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EACCES', 'EPERM', 'EFBIG'].includes(code);
}

function readOnlyError(): StatsStoreError {
  return new StatsStoreError('not-saved', 'the registration was not saved (the statistics store is read-only: the data disk could not be written at start-up)');
}

/** Undo needs the hash of the registrar; a read-only store refuses undo anyway, so a missing key is no loss. */
async function readOnlyHasher(fs: StoreFs, dataDir: string): Promise<RegistrarHasher> {
  try {
    return await loadRegistrarHasher({ ...fs, open: () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })) }, dataDir);
  } catch {
    return () => EXPIRED_REGISTRAR;
  }
}

function errorCode(error: unknown): string {
  return errnoCode(error) ?? (error instanceof Error ? error.name : 'unknown');
}

/** Convenience for the app: opens the lowdb store; damaged files do not stop the bot (see `whenDamaged`). */
export function openStatsStore(options: LowdbStatsStoreOptions): Promise<LowdbStatsStore> {
  return LowdbStatsStore.open({ whenDamaged: 'start-empty', ...options });
}
