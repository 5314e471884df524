import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';
import { wordReviewSchema } from './word-review';
import { patternSourceSchema } from './pattern-source';

/**
 * Counts the articles give that are no published statistic ("hvor mange medlemmer har ungdomspanelet?", "how many
 * meetings did the reference group hold?"), as data (content/understanding/counted-in-articles.json) a reviewer edits
 * without touching code. The article recognizer reads such a count as no statistics question, and the statistics
 * recognizer leaves it alone rather than answer it with a figure under another label (IMDi's staff, the advisers' cases).
 */
export const countedInArticlesSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    patterns: z
      .array(patternSourceSchema)
      .min(1),
  })
  .strict();

export interface CountedInArticles {
  /** The normalised text with every count an article gives taken out ("hvor mange medlemmer har …" → " har …"). */
  without(normalized: string): string;
  /** Whether the normalised text asks for such a count. */
  asks(normalized: string): boolean;
}

let shipped: CountedInArticles | undefined;

/** The shipped file's counts, read once. */
export function shippedCountedInArticles(): CountedInArticles {
  return (shipped ??= loadCountedInArticles());
}

export function loadCountedInArticles(file: string = contentPath('understanding', 'counted-in-articles.json')): CountedInArticles {
  const data = readDataFile(file, countedInArticlesSchema);
  const pattern = new RegExp(`(?<!\\p{L})(?:${data.patterns.join('|')})(?!\\p{L})`, 'gu');
  const test = new RegExp(pattern.source, 'u');
  return { without: (normalized) => normalized.replace(pattern, ' '), asks: (normalized) => test.test(normalized) };
}
