import { z } from 'zod';
import { localizedListSchema, localizedTextSchema } from '../content/localized';
import { sourceSchema } from '../content/source';
import { SERVICE_IDS, type ServiceId } from '../contacts/service-ids';
import { LANGUAGES, type Lang } from '../language/languages';
import { roleSchema } from '../understanding/role-reader';

/** What an article is about; cards and the content report group articles by it. */
export const ARTICLE_TOPICS = ['phenomenon', 'at-school', 'law', 'service', 'policy', 'about'] as const;
export type ArticleTopic = (typeof ARTICLE_TOPICS)[number];

/**
 * Services an article may point to: the contact directory's ids, without the embassy-specific envoy ids (articles
 * point to the envoy scheme as a whole). Derived from the directory's list, so a renamed id fails article validation.
 */
type EnvoyServiceId = Extract<ServiceId, `envoy-${string}`>;
export const RELATED_SERVICE_IDS = SERVICE_IDS.filter((id): id is Exclude<ServiceId, EnvoyServiceId> => !id.startsWith('envoy-')) as [
  Exclude<ServiceId, EnvoyServiceId>,
  ...Exclude<ServiceId, EnvoyServiceId>[],
];
export type RelatedServiceId = (typeof RELATED_SERVICE_IDS)[number];

/** Languages every article must be written in (title, short answer, phrasings); the rest fall back. */
export const CORE_LANGUAGES = ['nb', 'nn', 'en'] as const satisfies readonly Lang[];

export const REVIEW_STATUSES = ['draft', 'machine-assisted', 'reviewed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const SHORT_MIN_SENTENCES = 2;
export const SHORT_MAX_SENTENCES = 5;
export const PHRASINGS_MIN = 8;
export const PHRASINGS_MAX = 15;

const articleIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/**
 * Counts sentences the way a reader would: a full stop, ? or ! followed by a space and a capital letter
 * (or the end). Abbreviations like "f.eks." and "§ 13-2" are not followed by a capital, so they do not count.
 * Arabic, Dari, Urdu and Tigrinya have no capitals, so a letter of a caseless script (\p{Lo}) also starts a
 * sentence, and their own marks end one: ؟ (Arabic question mark), ۔ (Urdu full stop), ። and ፧ (Ethiopic).
 */
export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 0;
  const breaks = trimmed.match(/[.!?…؟۔።፧]["»”)]?\s+(?=[\p{Lu}\p{Lo}\d«"])/gu) ?? [];
  return breaks.length + 1;
}

/** The short answer is what a busy teacher reads in Teams: 2–5 sentences in every language it is written in. */
const shortSchema = localizedTextSchema.superRefine((text, ctx) => {
  for (const lng of LANGUAGES) {
    const value = text[lng];
    if (value === undefined) continue;
    const n = countSentences(value);
    if (n < SHORT_MIN_SENTENCES || n > SHORT_MAX_SENTENCES) {
      ctx.addIssue({
        code: 'custom',
        path: [lng],
        message: `short answer must be ${SHORT_MIN_SENTENCES}–${SHORT_MAX_SENTENCES} sentences, has ${n}`,
      });
    }
  }
});

/** Ways people ask, per language: nb, nn and en each need 8–15 so the recognizer has something to match. */
const phrasingsSchema = localizedListSchema.superRefine((lists, ctx) => {
  for (const lng of CORE_LANGUAGES) {
    const n = lists[lng]?.length ?? 0;
    if (n < PHRASINGS_MIN || n > PHRASINGS_MAX) {
      ctx.addIssue({ code: 'custom', path: [lng], message: `needs ${PHRASINGS_MIN}–${PHRASINGS_MAX} phrasings, has ${n}` });
    }
  }
});

/** Title and short answer exist in nb, nn and en (localizedTextSchema already requires nb and en). */
const withNynorsk = <T extends z.ZodType<Partial<Record<Lang, unknown>>>>(schema: T) =>
  schema.refine((v) => v.nn !== undefined, { message: 'nn is required', path: ['nn'] });

export const articleSchema = z
  .object({
    id: articleIdSchema,
    topic: z.enum(ARTICLE_TOPICS),
    title: withNynorsk(localizedTextSchema),
    short: withNynorsk(shortSchema),
    long: localizedTextSchema.optional(),
    /**
     * Further sourced facts (who a service is for, what it found, old names, where two sources disagree), shown after
     * `long` behind "Les mer". Not indexed: the other services and places such a text names would draw their
     * questions to this article. Questions about these facts find the article through its phrasings.
     */
    details: localizedTextSchema.optional(),
    /** "What to do now". Absent means the article has no steps; the loader gives `{}` so readers need not check. */
    steps: localizedListSchema.default({}),
    /** What not to do. */
    dont: localizedListSchema.default({}),
    phrasings: phrasingsSchema,
    /**
     * The short answer for askers whose role the main one does not address ("School staff have a duty…" to a nurse
     * or a child-welfare caseworker): the first opening listing the asker's role replaces it, and its steps and what
     * to avoid, where it has them, replace the article's ("notify child welfare" to child welfare itself, "do not
     * examine the pupil" to a nurse). Sourced like the rest.
     */
    openings: z
      .array(
        z
          .object({ roles: z.array(roleSchema).min(1), short: withNynorsk(shortSchema), steps: localizedListSchema.optional(), dont: localizedListSchema.optional() })
          .strict(),
      )
      .default([]),
    // Six at most: the card shows one button a service in one ActionSet, and Teams renders six actions in a set
    // (test/cards/card-schema.test.ts validates the cards against the Adaptive Card schema's limit).
    relatedServices: z.array(z.enum(RELATED_SERVICE_IDS)).max(6).default([]),
    /**
     * The lines the person at risk can call herself when she is a grown-up (Røde Kors-telefonen, VO-linjen): their
     * numbers come from the directory, like every contact's, and the card lists them under the steps.
     */
    personLines: z.array(z.enum(RELATED_SERVICE_IDS)).optional(),
    followUps: z.array(articleIdSchema).default([]),
    sources: z.array(sourceSchema).min(1, 'every article needs at least one source'),
    /** Who has checked each language's text; a language without an entry is not written. */
    review: z
      .partialRecord(z.enum(LANGUAGES), z.enum(REVIEW_STATUSES))
      .refine((r) => CORE_LANGUAGES.every((l) => r[l] !== undefined), { message: 'review status needed for nb, nn and en' }),
  })
  .strict();

/** An article as written in content/knowledge/articles/<id>.json. */
export type ArticleFile = z.input<typeof articleSchema>;
/** An article after validation (steps, dont, relatedServices and followUps always present). */
export type Article = z.output<typeof articleSchema>;
