import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';
import { langSchema } from '../language/languages';
import { tokenize } from '../language/text';
import { wordReviewSchema } from '../language/word-review';
import { fold } from '../contacts/country-names';
import { wordMatcher } from '../contacts/word-matcher';

/**
 * The words that name a government plan, per language, and the articles that tell of the plans
 * (content/knowledge/plan-words.json), so a reviewer edits them without touching code. A question that names a plan
 * asks about the plan whatever topic it names beside it; how that orders the article matches stays in
 * `article-recognizer.ts`.
 */
export const planWordsSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    articles: z.array(z.string().trim().min(1)).min(1),
    words: z.record(langSchema, z.array(z.string().trim().min(1)).min(1)),
  })
  .strict();

export interface PlanWords {
  /** The articles about the plans. */
  readonly articles: ReadonlySet<string>;
  /** Whether a message names a plan, in any language. */
  names(text: string): boolean;
}

export function loadPlanWords(file: string = contentPath('knowledge', 'plan-words.json')): PlanWords {
  const data = readDataFile(file, planWordsSchema);
  const matcher = wordMatcher(Object.values(data.words).flat());
  return {
    articles: new Set(data.articles),
    names: (text) => matcher.at(tokenize(fold(text))).length > 0,
  };
}
