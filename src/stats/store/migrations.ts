import { z } from 'zod';
import { caseRecordSchema } from './case-record';
import { publishedFigureSchema } from './published-figure';
import { releaseDecisionSchema } from './stats-store';

/**
 * The store's file layout, versioned. When the layout changes: bump STATS_FILE_VERSION, change `statsFileSchema`,
 * and add a migration from the previous version to MIGRATIONS. Old files are migrated on open and rewritten.
 */
export const STATS_FILE_VERSION = 2;

export const statsFileSchema = z
  .object({
    version: z.literal(STATS_FILE_VERSION),
    /** Seed version of `published`; 0 when no seed has been loaded. */
    publishedSeedVersion: z.number().int().nonnegative(),
    published: z.array(publishedFigureSchema),
    cases: z.array(caseRecordSchema),
    /** Highest journal sequence number already contained in this snapshot (see lowdb-stats-store.ts). */
    journalSeq: z.number().int().nonnegative(),
    /** The release rule's decisions (rule 8 in docs/disclosure-control.md), per year 'YYYY', oldest boundary first. */
    releases: z.record(z.string().regex(/^\d{4}$/), z.array(releaseDecisionSchema)),
  })
  .strict();
export type StatsFile = z.infer<typeof statsFileSchema>;

/** One step: takes a parsed file of version `from` (unknown shape) and returns version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  // 2: the release decisions live in the store (before, each process worked them out again from the cases).
  { from: 1, migrate: (data) => ({ ...data, releases: {} }) },
];

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Brings raw JSON up to `target`, one step at a time. Refuses files from a newer version (written by a newer
 * release: opening them would lose fields) and files without a version.
 */
export function migrateToCurrent(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = STATS_FILE_VERSION,
): { data: Record<string, unknown>; migrated: boolean } {
  const versioned = z.looseObject({ version: z.number().int().positive() }).safeParse(raw);
  if (!versioned.success) throw new MigrationError('the statistics file has no valid "version" field');
  let data: Record<string, unknown> = versioned.data;
  let version = versioned.data.version;
  if (version > target) {
    throw new MigrationError(`the statistics file is version ${version}, newer than this release understands (${target}); upgrade Veiviser`);
  }
  const migrated = version < target;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MigrationError(`no migration from statistics file version ${version}`);
    data = { ...step.migrate(data), version: version + 1 };
    version += 1;
  }
  return { data, migrated };
}
