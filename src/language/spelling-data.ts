import path from 'node:path';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { wordReviewSchema } from './word-review';
import { readDataFile } from '../paths/data-file';

/**
 * The spelling equivalences and stop words of every text family (spelling.ts, other-lexicons.ts), as reviewable data:
 * content/understanding/spelling/<family>.json, one file per family with a review status like
 * locales/review-status.json, so a native speaker can correct the Somali or Tigrinya words without touching code.
 * The rules that are code stay code (nynorsk word endings, which ages are adult, honour compounds, letter folding).
 */
export const SPELLING_FAMILIES = ['no', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'] as const;
export type SpellingFamily = (typeof SPELLING_FAMILIES)[number];

/** A spelling rule: what people write and the canonical words it stands for. */
export type Rule = readonly [pattern: string, replacement: string];

const word = z.string().min(1).regex(/^\S+$/u, 'one word per entry');
const phrase = z.string().min(1).regex(/^\S+(?: \S+)*$/u, 'words separated by single spaces');

export const spellingFileSchema = z
  .object({
    $comment: z.string().optional(),
    family: z.enum(SPELLING_FAMILIES),
    review: wordReviewSchema,
    /** Norwegian and English only: the words after a number that make it an age ("19 år", "17 years"). */
    ageWords: z.array(word).min(1).optional(),
    stopWords: z.array(word).min(1),
    /** Norwegian only: nynorsk, dialect or casual word forms → bokmål. */
    nynorskToBokmal: z.record(word, word).optional(),
    /**
     * Norwegian only: dialect forms (Trøndelag, Vestland, casual: "ska", "e", "itj", "kem") → the standard word the
     * described-danger cues are written with, read for a Norwegian message before its situation is read.
     */
    dialect: z.record(word, word).optional(),
    /** The countries most cases concern; naming one adds "abroad". */
    countries: z.array(phrase).optional(),
    phrases: z.array(z.tuple([phrase, phrase])),
  })
  .strict();
export type SpellingFile = z.infer<typeof spellingFileSchema>;

/** The folder the build and the tests fingerprint (index-terms-file.ts): a changed word rebuilds the index terms. */
export const SPELLING_DIR = contentPath('understanding', 'spelling');

export function loadSpellingFile(family: SpellingFamily, dir: string = SPELLING_DIR): SpellingFile {
  const file = path.join(dir, `${family}.json`);
  const data = readDataFile(file, spellingFileSchema);
  if (data.family !== family) throw new Error(`${file} says family "${data.family}"`);
  return data;
}

let loaded: Readonly<Record<SpellingFamily, SpellingFile>> | undefined;

/** Every family's file, read and checked once per process. */
export function spellingData(): Readonly<Record<SpellingFamily, SpellingFile>> {
  loaded ??= Object.fromEntries(SPELLING_FAMILIES.map((family) => [family, loadSpellingFile(family)])) as Record<SpellingFamily, SpellingFile>;
  return loaded;
}
