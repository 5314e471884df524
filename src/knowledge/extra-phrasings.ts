import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { contentPath } from '../content/content-root';
import { localizedListSchema } from '../content/localized';
import type { ExtraPhrasings } from './article-index';

/** Phrasings kept beside the articles (article id → language → phrasings), for wordings the articles do not carry. */
export const extraPhrasingsSchema = z.record(z.string().min(1), localizedListSchema);

export function parseExtraPhrasings(data: unknown): ExtraPhrasings {
  const { $comment: _comment, ...rest } = z.object({ $comment: z.string().optional() }).catchall(z.unknown()).parse(data);
  return extraPhrasingsSchema.parse(rest);
}

/** Reads content/knowledge/extra-phrasings.json; a missing file means no extra phrasings. */
export function loadExtraPhrasings(file: string = contentPath('knowledge', 'extra-phrasings.json')): ExtraPhrasings {
  if (!existsSync(file)) return {};
  return parseExtraPhrasings(JSON.parse(readFileSync(file, 'utf8')) as unknown);
}
