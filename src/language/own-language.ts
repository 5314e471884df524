import { z } from 'zod';
import type { Lang } from './languages';
import { wordReviewSchema } from './word-review';

/*
 * False friends between languages of one script (issue #13, session 30): Arabic "بدي" (I want) is Persian "بدی"
 * (badness), Arabic "انا" (I) folds to Urdu "آنا" (to come), Arabic "والا" (or else) is the Urdu agent suffix. Every
 * reader applies every language's words to every message, because people mix languages (a Norwegian word in an Arabic
 * message must still count); a word a reviewer marks here is read only in a message of its own file's language (the
 * turn's one language: detection with the client's locale as the tiebreak). What is not marked stays read everywhere.
 */

/**
 * The block a per-language word file may carry: its phrases (as the file lists them) read only in its own language,
 * each with why (the other language and what the word means there), and who checked the marking.
 */
export const ownLanguageOnlySchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    phrases: z.record(z.string().min(1), z.string().min(1)),
  })
  .strict();
export type OwnLanguageOnly = z.infer<typeof ownLanguageOnlySchema>;

/**
 * Whether a word of language `own` (undefined: a word of no one language, or not marked) is read in a message whose
 * language is `turn` (undefined: not known, as in a script or a test that reads text alone, where everything is read).
 */
export function readsIn(own: Lang | undefined, turn: Lang | undefined): boolean {
  return own === undefined || turn === undefined || ownLanguagesOf(turn).includes(own);
}

/**
 * The languages whose own words a message of language `turn` reads: its own, and for Norwegian both written forms
 * (bokmål and nynorsk are told apart by a few words only, and a writer mixes them: a nynorsk word is Norwegian).
 */
export function ownLanguagesOf(turn: Lang): readonly Lang[] {
  return turn === 'nb' || turn === 'nn' ? NORWEGIAN : [turn];
}
const NORWEGIAN: readonly Lang[] = ['nb', 'nn'];
