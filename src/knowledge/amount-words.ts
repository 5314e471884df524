import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';
import { langSchema } from '../language/languages';
import { wordReviewSchema } from '../language/word-review';
import { patternSourceSchema } from '../language/pattern-source';

/**
 * The words that tell whether a question asks for an amount or a count, and whether it seeks money to apply for, per
 * language (content/knowledge/amount-words.json), so a reviewer edits them without touching code. How they keep a
 * figure question from an article stays in `article-recognizer.ts` (`isStatsQuestion`).
 */
const wordsByLang = z.partialRecord(langSchema, z.array(patternSourceSchema).min(1));

export const amountWordsSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    amountAsked: wordsByLang,
    amountOrCountAsked: wordsByLang,
    applyWords: wordsByLang,
    moneyWords: wordsByLang,
  })
  .strict();

export interface AmountWords {
  /** Asks how much money ("hvor mye", "funding"). */
  readonly amountAsked: RegExp;
  /** Asks a figure of any kind ("hvor mange", "andel", "how much"). */
  readonly amountOrCountAsked: RegExp;
  /** Seeks money to apply for ("søke om midler", "funding we can apply for"), in either order. */
  readonly moneyAppliedFor: RegExp;
}

/** Any of the words, as a whole word (no letter either side). */
function wholeWords(words: Readonly<Partial<Record<string, readonly string[]>>>): string {
  return `(?<!\\p{L})(?:${Object.values(words).flat().join('|')})(?!\\p{L})`;
}

export function loadAmountWords(file: string = contentPath('knowledge', 'amount-words.json')): AmountWords {
  const data = readDataFile(file, amountWordsSchema);
  const apply = wholeWords(data.applyWords);
  const money = wholeWords(data.moneyWords);
  return {
    amountAsked: new RegExp(wholeWords(data.amountAsked), 'u'),
    amountOrCountAsked: new RegExp(wholeWords(data.amountOrCountAsked), 'u'),
    moneyAppliedFor: new RegExp(`${apply}.*${money}|${money}.*${apply}`, 'u'),
  };
}

let shipped: AmountWords | undefined;
/** The shipped amount words, read once per process. */
export function shippedAmountWords(): AmountWords {
  shipped ??= loadAmountWords();
  return shipped;
}
