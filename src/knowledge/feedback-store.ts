import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { Pool } from 'pg';
import { z } from 'zod';
import { langSchema, type Lang } from '../language/languages';
import { createLogger, type Logger } from '../logging/logger';
import { errnoCode, readJsonOrQuarantine, writeJsonAtomic, type AtomicFs } from '../storage/atomic-json-file';
import { createStorageHealth, type StorageHealth } from '../storage/storage-health';

export type Vote = 'up' | 'down';
export const voteSchema = z.enum(['up', 'down']);

export interface VoteCounts {
  readonly up: number;
  readonly down: number;
}

/** article id → language → counts. Only counts: never the question, the user or the time. */
export type FeedbackCounts = Readonly<Record<string, Readonly<Partial<Record<Lang, VoteCounts>>>>>;

export interface FeedbackStore {
  increment(articleId: string, lng: Lang, vote: Vote): Promise<void>;
  counts(): Promise<FeedbackCounts>;
}

const countsSchema = z.record(
  z.string().min(1),
  z.partialRecord(langSchema, z.object({ up: z.number().int().nonnegative(), down: z.number().int().nonnegative() }).strict()),
);

function bumped(counts: FeedbackCounts, articleId: string, lng: Lang, vote: Vote): FeedbackCounts {
  const perLang = counts[articleId] ?? {};
  const current = perLang[lng] ?? { up: 0, down: 0 };
  return { ...counts, [articleId]: { ...perLang, [lng]: { ...current, [vote]: current[vote] + 1 } } };
}

/** For tests and local runs without a data directory. */
export function memoryFeedbackStore(initial: FeedbackCounts = {}): FeedbackStore {
  let counts = initial;
  return {
    increment: async (articleId, lng, vote) => {
      counts = bumped(counts, articleId, lng, vote);
    },
    counts: async () => counts,
  };
}

export const FEEDBACK_FILE = 'feedback.json';

/**
 * Counts kept in `<dataDir>/feedback.json`. Writes go through one queue, each atomic and fsync'd (writeJsonAtomic),
 * so a crash never leaves half a file and concurrent votes are never lost; a failed write does not stop later ones.
 * A damaged file is set aside (renamed with a timestamp, a warning naming it) and counting starts again from zero:
 * feedback counts must never stop the bot from answering.
 */
export async function fileFeedbackStore(
  dataDir: string,
  log: Logger = createLogger({ level: 'warn', name: 'veiviser' }),
  health: StorageHealth = createStorageHealth(),
  fs: AtomicFs = nodeFs,
): Promise<FeedbackStore> {
  const file = path.join(dataDir, FEEDBACK_FILE);
  const logger = log.child('feedback');
  await nodeFs.mkdir(dataDir, { recursive: true });
  let counts: FeedbackCounts = (await readJsonOrQuarantine(file, countsSchema, logger, fs)) ?? {};
  let queue: Promise<void> = Promise.resolve();

  return {
    increment(articleId, lng, vote) {
      counts = bumped(counts, articleId, lng, vote);
      const snapshot = counts;
      const write = queue.then(() => writeJsonAtomic(file, snapshot, fs));
      // The next write waits for this one whether it succeeds or not; the caller still sees this one's error.
      queue = write.then(
        () => health.report('feedback', 'ok'),
        (error: unknown) => {
          health.report('feedback', 'write-failed');
          logger.warn('feedback count not saved', { file, code: errnoCode(error) ?? 'unknown' });
        },
      );
      return write;
    },
    counts: async () => counts,
  };
}

const feedbackRowSchema = z.object({ article_id: z.string().min(1), lng: langSchema, up: z.number().int().nonnegative(), down: z.number().int().nonnegative() });

/**
 * Counts in PostgreSQL (table feedback_counts), shared by every instance: each vote is one atomic increment, so
 * votes through two instances at the same moment are both counted. A failed write rejects that vote.
 */
export function postgresFeedbackStore(pool: Pool, log: Logger = createLogger({ level: 'warn', name: 'veiviser' }), health: StorageHealth = createStorageHealth()): FeedbackStore {
  const logger = log.child('feedback');
  return {
    async increment(articleId, lng, vote) {
      const column = vote === 'up' ? 'up' : 'down';
      try {
        await pool.query(
          `INSERT INTO feedback_counts (article_id, lng, ${column}) VALUES ($1, $2, 1)
           ON CONFLICT (article_id, lng) DO UPDATE SET ${column} = feedback_counts.${column} + 1`,
          [articleId, lng],
        );
        health.report('feedback', 'ok');
      } catch (error) {
        health.report('feedback', 'write-failed');
        logger.warn('feedback count not saved', { errorName: error instanceof Error ? error.name : 'unknown' });
        throw error;
      }
    },
    async counts() {
      const result = await pool.query('SELECT article_id, lng, up, down FROM feedback_counts ORDER BY article_id, lng');
      const counts: Record<string, Partial<Record<Lang, VoteCounts>>> = {};
      for (const raw of result.rows) {
        const row = feedbackRowSchema.parse(raw);
        (counts[row.article_id] ??= {})[row.lng] = { up: row.up, down: row.down };
      }
      return counts;
    },
  };
}
