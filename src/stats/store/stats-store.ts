import { z } from 'zod';
import type { CaseRecord, CaseService, Month } from './case-record';
import type { PublishedFigure } from './published-figure';

/**
 * The statistics store: published figures (read-only seed data), registered cases and the release decisions of the
 * differencing rule (rule 8 in docs/disclosure-control.md). Two implementations: the embedded store (lowdb files in
 * DATA_DIR, lowdb-stats-store.ts, one writing process) and PostgreSQL (postgres-stats-store.ts, any number of
 * instances on one database). test/stats/stats-store-contract.test.ts runs the same tests against both.
 *
 * Reads of cases are asynchronous, so that every instance reads what the database holds now (no copy in memory
 * that another instance's registration would make stale). Writes are durable before the promise resolves: an
 * acknowledged registration is never lost. Registered cases must be shown to people only through disclosure control
 * (disclosure/store-tables.ts), never raw.
 */
export interface StatsStore {
  /** Published figures from the seed file (content/stats/published.json). */
  published(): readonly PublishedFigure[];
  /** Seed version the published figures came from. */
  publishedSeedVersion(): number;
  /**
   * `input` is the raw card submit minus `verb` (parsed here with caseInputSchema from case-record.ts).
   * Validates (caseInputSchema + month not in the future), rate-limits per registrar, stores durably.
   * Throws StatsStoreError: 'invalid' | 'rate-limited' | 'not-saved' | 'closed'.
   * On 'not-saved' nothing changed, in memory or on disk: tell the user it was not saved.
   */
  register(input: unknown, registrar: Registrar, now?: Date): Promise<CaseRecord>;
  /** Removes a case the same registrar stored less than UNDO_WINDOW_MS ago. Throws StatsStoreError 'not-saved' | 'closed'. */
  undo(id: string, registrar: Registrar, now?: Date): Promise<UndoResult>;
  /** Raw records in registration order (for disclosure control, backup and export only). */
  cases(filter?: CaseFilter): Promise<readonly CaseRecord[]>;
  /** The release decisions kept for `year` (rule 8), oldest boundary first. */
  releaseDecisions(year: string): Promise<readonly ReleaseDecision[]>;
  /**
   * Keeps newly taken decisions for `year`. When `replaceFrom` is given, the decisions from that boundary on are
   * dropped first: the cases they rested on changed (a restore or a move of the store). A boundary that is already
   * kept (another instance decided it first, from the same cases) is left as it is.
   */
  saveReleaseDecisions(year: string, decisions: readonly ReleaseDecision[], replaceFrom?: string): Promise<void>;
  /** Waits for pending writes, then releases the lock. */
  close(): Promise<void>;
}

/** Who registers: the Entra object id from the Teams activity. The store keeps only a keyed hash of it. */
export interface Registrar {
  readonly aadObjectId: string;
}

export type UndoResult = 'undone' | 'too-late' | 'not-found' | 'not-yours';

export interface CaseFilter {
  readonly service?: CaseService;
  /** Inclusive 'YYYY-MM'. */
  readonly fromMonth?: Month;
  /** Inclusive 'YYYY-MM'. */
  readonly toMonth?: Month;
  /** Inclusive: only cases registered at or before this time (Date.toISOString() form). */
  readonly registeredUpTo?: string;
}

/** True when `record` passes `filter`; the one definition every store and fake uses. */
export function matchesFilter(record: CaseRecord, filter: CaseFilter): boolean {
  return (
    (filter.service === undefined || record.service === filter.service) &&
    (filter.fromMonth === undefined || record.month >= filter.fromMonth) &&
    (filter.toMonth === undefined || record.month <= filter.toMonth) &&
    (filter.registeredUpTo === undefined || record.registeredAt <= filter.registeredUpTo)
  );
}

/**
 * One month boundary's decision of the release rule (rule 8, disclosure.ts) for one year. Kept in the store, so
 * every instance and every export uses the same releases, and the tables of earlier releases are not recomputed.
 */
export const releaseDecisionSchema = z
  .object({
    /** The month boundary: start of a month, UTC, Date.toISOString() form. */
    boundary: z.iso.datetime({ precision: 3 }),
    /** How many cases of the year counted at this boundary: the data the decision rests on (checked on every read). */
    counted: z.number().int().nonnegative(),
    /** The latest registration time released for the year as of this boundary ('' when nothing is released yet). */
    released: z.union([z.literal(''), z.iso.datetime({ precision: 3 })]),
    /** When this boundary released a new batch: the counts its tables showed exactly (per breakdown; null = not shown). */
    shown: z.record(z.string(), z.array(z.number().int().nonnegative().nullable())).optional(),
  })
  .strict();
export type ReleaseDecision = z.infer<typeof releaseDecisionSchema>;
export type ShownCounts = NonNullable<ReleaseDecision['shown']>;

/** Undo is possible for 10 minutes after registering. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;
/** The registrar hash is kept this long (undo window + rate-limit minute), then erased at the next snapshot. */
export const REGISTRAR_KEPT_MS = UNDO_WINDOW_MS + 60 * 1000;
/** Default: at most this many registrations per registrar per rolling minute. */
export const DEFAULT_REGISTRATIONS_PER_MINUTE = 20;

export type StatsStoreErrorCode =
  /** The input failed validation (details in `issues`: field paths and codes only, never values). */
  | 'invalid'
  /** Too many registrations from this registrar in the last minute. */
  | 'rate-limited'
  /** The write failed (disk full, read-only, I/O error). Memory and file are unchanged. */
  | 'not-saved'
  /** Another process holds the store's lock file. */
  | 'locked'
  /** The data file exists but cannot be read or parsed, or is from a newer version. */
  | 'corrupt'
  /** The store has been closed. */
  | 'closed';

export class StatsStoreError extends Error {
  constructor(
    readonly code: StatsStoreErrorCode,
    message: string,
    readonly issues: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StatsStoreError';
  }
}

/** What every store answers once it is closed. */
export function storeClosedError(): StatsStoreError {
  return new StatsStoreError('closed', 'the statistics store is closed');
}
