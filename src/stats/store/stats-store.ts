import type { CaseRecord, CaseService, Month } from './case-record';
import type { PublishedFigure } from './published-figure';

/**
 * The statistics store: published figures (read-only seed data) and registered cases.
 * lowdb is one implementation (lowdb-stats-store.ts); another engine can replace it behind this interface.
 *
 * Reads are synchronous and served from memory. Writes go through one serial queue per process and are
 * durable (fsync'd) before the promise resolves: an acknowledged registration is never lost.
 * Registered cases must be shown to people only through `tabulate` in disclosure.ts, never raw.
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
  /** Raw records (for disclosure.ts and export only). */
  cases(filter?: CaseFilter): readonly CaseRecord[];
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
}

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
