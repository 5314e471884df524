import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { langSchema, type Lang } from '../language/languages';
import { wordReviewSchema } from '../language/word-review';
import { readLanguageFiles } from '../paths/data-file';

/**
 * The words the country reader (country-names.ts) treats apart, per language: everyday words that are also a
 * country's name or code, names read only whole or only in one language, and the letters Arabic, Persian and Tigrinya
 * attach to a name. content/understanding/countries/<lng>.json, so a native-speaker reviewer edits them without
 * touching code; the rules that use them (how long a name must be, the Arabic article, how far a declined word is cut)
 * stay in the reader.
 */

export const COUNTRY_WORDS_DIR = contentPath('understanding', 'countries');

const ARABIC_SCRIPT = /^[\u0600-\u06FF]+$/u;
const ETHIOPIC_SCRIPT = /^[\u1200-\u137F]+$/u;
const words = z.array(z.string().min(1)).min(1);
const arabicLetters = z.array(z.string().regex(ARABIC_SCRIPT, 'Arabic-script letters')).min(1);

export const countryWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    /** Everyday words that are also a country's name, spelling or code ("man", "chad"): never a country on their own. */
    notACountry: words.optional(),
    /** Names or codes shorter than four letters that are still read as a country ("usa"). */
    shortNames: words.optional(),
    /** A country's name in this language that is an everyday word in another: the country only in a message in this language. */
    namesOnlyHere: words.optional(),
    /** A country's name that is an everyday word in this language: never a country in a message in this language (Polish "mali", small). */
    notACountryHere: words.optional(),
    /** Phrases in which a country's name is an everyday word (Urdu "شام کو", in the evening): no country is read inside them. */
    everydayPhrases: words.optional(),
    /** Words that read like a declined country name and are not one (Ukrainian "багато", many). */
    notADeclinedCountry: words.optional(),
    /** Word endings that are never a declined country name (Polish "po polsku": a language). */
    notDeclinedEndings: words.optional(),
    /** A name or alias found only whole, never as the stem of a declined word (Polish "grozi" is not Grozny). */
    wholeOnly: words.optional(),
    /** Letters attached before a name (prepositions, "and"), in the Arabic or the Ethiopic script. */
    prefixes: z
      .array(z.string().regex(new RegExp(`${ARABIC_SCRIPT.source}|${ETHIOPIC_SCRIPT.source}`, 'u'), 'Arabic- or Ethiopic-script letters'))
      .min(1)
      .optional(),
    /** Letters attached before a name only when the name has the Arabic article: colloquial "ع" (على) in "عالعراق". */
    prefixesBeforeArticle: arabicLetters.optional(),
    /** Letters spoken Persian attaches after a name (the copula, the object marker): "ایرانه", "افغانستانو". */
    suffixes: arabicLetters.optional(),
    /** Letters Tigrinya attaches after a name: "and" (ን…ን: "ኤርትራን ሱዳንን"), "also" (ውን), the question (ዶ, ከ). */
    ethiopicSuffixes: z.array(z.string().regex(ETHIOPIC_SCRIPT, 'Ethiopic-script letters')).min(1).optional(),
  })
  .strict();
export type CountryWordsFile = z.infer<typeof countryWordsFileSchema>;

/** Every language's words together, as written in the files (the reader folds them as it folds a message). */
export interface CountryWords {
  readonly notACountry: readonly string[];
  readonly shortNames: readonly string[];
  /** Each name read as a country only in these languages. */
  readonly namesOnlyIn: readonly (readonly [name: string, lng: Lang])[];
  /** Each name never read as a country in these languages. */
  readonly notACountryIn: readonly (readonly [name: string, lng: Lang])[];
  readonly everydayPhrases: readonly string[];
  readonly notADeclinedCountry: readonly string[];
  readonly notDeclinedEndings: readonly string[];
  readonly wholeOnly: readonly string[];
  readonly arabicPrefixes: readonly string[];
  readonly arabicPrefixesBeforeArticle: readonly string[];
  readonly ethiopicPrefixes: readonly string[];
  readonly arabicSuffixes: readonly string[];
  readonly ethiopicSuffixes: readonly string[];
}

/** The files of the folder, in name order: the reader's words, and what the build's country tables are made with. */
export function countryWordsFiles(dir: string = COUNTRY_WORDS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads every language's file; a broken file names itself. */
export function loadCountryWords(dir: string = COUNTRY_WORDS_DIR): CountryWords {
  const files = readLanguageFiles(dir, countryWordsFileSchema);
  const all = (pick: (f: CountryWordsFile) => readonly string[] | undefined): string[] => files.flatMap((f) => pick(f) ?? []);
  const prefixes = all((f) => f.prefixes);
  return {
    notACountry: all((f) => f.notACountry),
    shortNames: all((f) => f.shortNames),
    namesOnlyIn: files.flatMap((f) => (f.namesOnlyHere ?? []).map((name) => [name, f.lang] as const)),
    notACountryIn: files.flatMap((f) => (f.notACountryHere ?? []).map((name) => [name, f.lang] as const)),
    everydayPhrases: all((f) => f.everydayPhrases),
    notADeclinedCountry: all((f) => f.notADeclinedCountry),
    notDeclinedEndings: all((f) => f.notDeclinedEndings),
    wholeOnly: all((f) => f.wholeOnly),
    arabicPrefixes: prefixes.filter((p) => ARABIC_SCRIPT.test(p)),
    arabicPrefixesBeforeArticle: all((f) => f.prefixesBeforeArticle),
    ethiopicPrefixes: prefixes.filter((p) => ETHIOPIC_SCRIPT.test(p)),
    arabicSuffixes: all((f) => f.suffixes),
    ethiopicSuffixes: all((f) => f.ethiopicSuffixes),
  };
}

let loaded: CountryWords | undefined;
/** The shipped words, read once per process. */
export function countryWords(): CountryWords {
  loaded ??= loadCountryWords();
  return loaded;
}
