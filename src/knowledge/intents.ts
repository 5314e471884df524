import { z } from 'zod';
import { roleSchema } from '../understanding/role-reader';

/** Guidance's intents, declared once: the types are `z.infer` of these schemas. */

const articleId = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** One article answers the question. */
/** `askerRole`: who the writer says they are, when the article has an opening written for that role (article-schema.ts `openings`). */
export const articleIntentSchema = z.object({ kind: z.literal('article'), articleId, askerRole: roleSchema.optional() }).strict();
/** Nothing sure: "did you mean" with up to three articles. */
export const suggestIntentSchema = z.object({ kind: z.literal('suggest'), articleIds: z.array(articleId).min(1).max(3) }).strict();
/** Nothing understood: say so, and what the bot can answer. */
export const unknownIntentSchema = z
  .object({
    kind: z.literal('unknown'),
    /** An article the decline offers: the errand is outside what the bot does, but the content speaks to its subject. */
    seeAlso: articleId.optional(),
  })
  .strict();

export type ArticleIntent = z.infer<typeof articleIntentSchema>;
export type SuggestIntent = z.infer<typeof suggestIntentSchema>;
export type UnknownIntent = z.infer<typeof unknownIntentSchema>;
export type GuidanceIntent = ArticleIntent | SuggestIntent | UnknownIntent;

export const guidanceIntentSchemas = [articleIntentSchema, suggestIntentSchema, unknownIntentSchema] as const;
