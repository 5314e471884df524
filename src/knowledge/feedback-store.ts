import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { langSchema, type Lang } from '../language/languages';

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
 * Counts kept in `<dataDir>/feedback.json`. Writes go through one queue, each to a temporary file that is
 * then renamed over the old one, so a crash never leaves half a file and concurrent votes are never lost.
 */
export async function fileFeedbackStore(dataDir: string): Promise<FeedbackStore> {
  const file = path.join(dataDir, FEEDBACK_FILE);
  await mkdir(dataDir, { recursive: true });
  let counts: FeedbackCounts = await readCounts(file);
  let queue: Promise<void> = Promise.resolve();
  let sequence = 0;

  const persist = async (snapshot: FeedbackCounts) => {
    const temp = `${file}.${process.pid}.${++sequence}.tmp`;
    await writeFile(temp, JSON.stringify(snapshot, null, 2) + '\n', 'utf8');
    await rename(temp, file);
  };

  return {
    increment(articleId, lng, vote) {
      counts = bumped(counts, articleId, lng, vote);
      const snapshot = counts;
      const write = queue.then(() => persist(snapshot));
      // The next write waits for this one whether it succeeds or not; the caller still sees this one's error.
      queue = write.catch(() => undefined);
      return write;
    },
    counts: async () => counts,
  };
}

async function readCounts(file: string): Promise<FeedbackCounts> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // Checked by shape, not `instanceof Error`: errors from node:fs may come from another realm (jest's sandbox).
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return {};
    throw error;
  }
  return countsSchema.parse(JSON.parse(text) as unknown);
}
