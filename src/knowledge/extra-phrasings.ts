import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { localizedListSchema } from '../content/localized';
import { isLang, type Lang } from '../language/languages';
import type { ExtraPhrasings } from './article-index';
import { wordReviewSchema } from '../language/word-review';

/** Phrasings kept beside the articles (article id → language → phrasings), for wordings the articles do not carry. */
export const extraPhrasingsSchema = z.record(z.string().min(1), localizedListSchema);

export function parseExtraPhrasings(data: unknown): ExtraPhrasings {
  const { $comment: _comment, ...rest } = z.object({ $comment: z.string().optional() }).catchall(z.unknown()).parse(data);
  return extraPhrasingsSchema.parse(rest);
}

/**
 * One language's file in content/knowledge/phrasings/<lang>.json: article id → phrasings, with a review status,
 * since these are written by the team (machine-assisted) and not yet checked by native speakers.
 */
export const languagePhrasingsSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    phrasings: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  })
  .strict();

export function parseLanguagePhrasings(data: unknown): Record<string, string[]> {
  return languagePhrasingsSchema.parse(data).phrasings;
}

/** Adds one language's phrasings to the article id → language → phrasings map. */
function merge(into: Record<string, Partial<Record<Lang, string[]>>>, lng: Lang, byArticle: Record<string, string[]>): void {
  for (const [articleId, phrasings] of Object.entries(byArticle)) {
    const entry = (into[articleId] ??= {});
    entry[lng] = [...(entry[lng] ?? []), ...phrasings];
  }
}

/**
 * Reads content/knowledge/extra-phrasings.json and every content/knowledge/phrasings/<lang>.json; a missing file
 * or folder means no extra phrasings. A file named for an unknown language stops the start with the reason.
 */
export function loadExtraPhrasings(file: string = contentPath('knowledge', 'extra-phrasings.json'), dir: string = contentPath('knowledge', 'phrasings')): ExtraPhrasings {
  const merged: Record<string, Partial<Record<Lang, string[]>>> = {};
  if (existsSync(file)) {
    for (const [articleId, byLang] of Object.entries(parseExtraPhrasings(JSON.parse(readFileSync(file, 'utf8')) as unknown))) {
      for (const [lng, list] of Object.entries(byLang)) if (isLang(lng) && list) merge(merged, lng, { [articleId]: [...list] });
    }
  }
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const lng = name.slice(0, -'.json'.length);
      if (!isLang(lng)) throw new Error(`${path.join(dir, name)}: not a supported language`);
      merge(merged, lng, parseLanguagePhrasings(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown));
    }
  }
  return merged;
}
