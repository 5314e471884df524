import path from 'node:path';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { foldArabicKeyboard } from './text';
import { wordReviewSchema } from './word-review';
import { readDataFile } from '../paths/data-file';

/**
 * The words the language detector weighs (detect-language.ts), as reviewable data: one file per language under
 * content/understanding/language/ with a review status like locales/review-status.json, so a native speaker can
 * correct Somali or Urdu marker words without touching code. Tigrinya has no file: its script alone says it.
 */
const reviewSchema = wordReviewSchema; // one vocabulary with every other word file
const wordList = z.array(z.string().min(1).regex(/^\S+$/u, 'one lower-case word per entry')).min(1);
/** A word ending only this language writes, and the shortest word it is read in (shorter words are often stems). */
const endingList = z
  .array(z.object({ ending: z.string().min(2).regex(/^\S+$/u, 'one ending, no spaces'), minLength: z.number().int().min(3) }).strict())
  .min(1);

const languageFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: z.enum(['nb', 'nn', 'en', 'so', 'tr', 'pl', 'ur', 'fa', 'ar', 'uk', 'ru']),
    review: reviewSchema,
    /** Words that say the message is in this language and in no other of ours. */
    markers: wordList,
    /** nb only: words bokmål and nynorsk share (they say "Norwegian", not which). */
    norwegianShared: wordList.optional(),
    /** ur, fa, ru and uk: the language typed in Latin letters (Roman Urdu, Finglish, transliterated Russian and Ukrainian). */
    romanMarkers: wordList.optional(),
    /**
     * nn only: nynorsk forms that many bokmål writers also type for their own dialect ("ho", "kor", "ikkje"). They
     * say Norwegian, weigh half a marker for nynorsk, and nothing for it in a message written as spoken (nb `dialect`).
     */
    dialectShared: wordList.optional(),
    /**
     * nb only: Norwegian words of neither written standard, as people type their dialect ("æ", "itj", "kæm"). One in a
     * message says it is written as spoken, so the nynorsk forms dialects share do not tell the writer's standard.
     */
    dialect: wordList.optional(),
    /** nb, nn and fa: word endings only this language writes (bokmål -lig, nynorsk -arar, -leg; Persian verbs in -ند). */
    endings: endingList.optional(),
  })
  .strict()
  .refine((f) => f.dialectShared === undefined || f.lang === 'nn', { message: 'dialectShared belongs in nn.json', path: ['dialectShared'] })
  .refine((f) => f.dialect === undefined || f.lang === 'nb', { message: 'dialect belongs in nb.json', path: ['dialect'] })
  .refine((f) => f.endings === undefined || ['nb', 'nn', 'fa'].includes(f.lang), { message: 'endings are read for nb, nn and fa only', path: ['endings'] });

const commonFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: reviewSchema,
    /** Greetings and thanks typed in any language; a message of only these keeps the conversation's language. */
    courtesy: wordList,
    /** Words typed the same in every language here (e-mail, sms, chat): no evidence of the message's language. */
    international: wordList,
    /** Beginnings of Norwegian service names (regular-expression fragments) kept in Norwegian in any language. */
    norwegianNames: z.array(z.string().min(1)).min(1),
    /** What continues a Norwegian service's official name after its first word ("for barn og unge"), in lower case. */
    norwegianNameTails: z.array(z.string().min(1).regex(/^\S+(?: \S+)*$/u, 'words separated by single spaces')).default([]),
  })
  .strict();

export type WordEnding = z.infer<typeof endingList>[number];

/** Whether a word ends in one of `endings` and is long enough for it (a word that is only the ending is no evidence). */
export function hasEnding(word: string, endings: readonly WordEnding[]): boolean {
  return endings.some((e) => word.length >= e.minLength && word.endsWith(e.ending));
}

export interface LanguageMarkers {
  readonly bokmal: ReadonlySet<string>;
  /** Nynorsk words, the markers and the forms dialects share (`nynorskDialect`). */
  readonly nynorsk: ReadonlySet<string>;
  /** The nynorsk forms many bokmål writers type for their dialect: half a marker (see languageFileSchema). */
  readonly nynorskDialect: ReadonlySet<string>;
  /** Bokmål and nynorsk word endings (-lig, -het; -arar, -ingar, -ane, -leg). */
  readonly bokmalEndings: readonly WordEnding[];
  readonly nynorskEndings: readonly WordEnding[];
  /** Norwegian words of neither written standard ("æ", "itj"): the message is written as spoken. */
  readonly norwegianDialect: ReadonlySet<string>;
  readonly norwegian: ReadonlySet<string>;
  readonly english: ReadonlySet<string>;
  readonly somali: ReadonlySet<string>;
  readonly turkish: ReadonlySet<string>;
  readonly polish: ReadonlySet<string>;
  readonly romanUrdu: ReadonlySet<string>;
  readonly finglish: ReadonlySet<string>;
  /** Russian and Ukrainian typed in Latin letters ("gde mozhno", "shcho robyty"). */
  readonly romanRussian: ReadonlySet<string>;
  readonly romanUkrainian: ReadonlySet<string>;
  /** Arabic-script sets hold words folded by `foldArabic`. */
  readonly arabic: ReadonlySet<string>;
  readonly dari: ReadonlySet<string>;
  /** Persian word endings Urdu does not write (verbs in -ند), on words folded by `foldArabic`. */
  readonly dariEndings: readonly WordEnding[];
  readonly urdu: ReadonlySet<string>;
  readonly ukrainian: ReadonlySet<string>;
  readonly russian: ReadonlySet<string>;
  readonly courtesy: ReadonlySet<string>;
  readonly international: ReadonlySet<string>;
  /** Matches a lower-cased word that begins a Norwegian service or role name. */
  readonly norwegianNames: RegExp;
  /** What continues a Norwegian service's name after its first word, each as its lower-case words ("for barn og unge"). */
  readonly norwegianNameTails: readonly (readonly string[])[];
}

/** The keyboard folding (text.ts) and the alif maqsura ى as ی: the detector's marker words match either spelling. */
export const foldArabic = (token: string): string => foldArabicKeyboard(token).replace(/ى/gu, 'ی');

export function loadLanguageMarkers(dir: string = contentPath('understanding', 'language')): LanguageMarkers {
  function parse<T>(file: string, schema: z.ZodType<T>): T {
    return readDataFile(path.join(dir, file), schema);
  }
  const file = (lang: z.infer<typeof languageFileSchema>['lang']) => {
    const data = parse(`${lang}.json`, languageFileSchema);
    if (data.lang !== lang) throw new Error(`${lang}.json says lang "${data.lang}"`);
    return data;
  };
  const set = (words: readonly string[] | undefined, fold: (w: string) => string = (w) => w): ReadonlySet<string> =>
    new Set((words ?? []).map((w) => fold(w.toLowerCase())));
  const nb = file('nb');
  const nn = file('nn');
  const ur = file('ur');
  const fa = file('fa');
  const uk = file('uk');
  const ru = file('ru');
  const common = parse('common.json', commonFileSchema);
  return {
    bokmal: set(nb.markers),
    norwegian: set(nb.norwegianShared),
    nynorsk: set([...nn.markers, ...(nn.dialectShared ?? [])]),
    nynorskDialect: set(nn.dialectShared),
    bokmalEndings: nb.endings ?? [],
    nynorskEndings: nn.endings ?? [],
    norwegianDialect: set(nb.dialect),
    english: set(file('en').markers),
    somali: set(file('so').markers),
    turkish: set(file('tr').markers),
    polish: set(file('pl').markers),
    romanUrdu: set(ur.romanMarkers),
    finglish: set(fa.romanMarkers),
    romanRussian: set(ru.romanMarkers),
    romanUkrainian: set(uk.romanMarkers),
    arabic: set(file('ar').markers, foldArabic),
    dari: set(fa.markers, foldArabic),
    dariEndings: (fa.endings ?? []).map((e) => ({ ...e, ending: foldArabic(e.ending) })),
    urdu: set(ur.markers, foldArabic),
    ukrainian: set(uk.markers),
    russian: set(ru.markers),
    courtesy: set(common.courtesy),
    international: set(common.international),
    norwegianNames: new RegExp(`^(?:${common.norwegianNames.join('|')})`, 'u'),
    // Longest first, so "om tvangsekteskap og kjønnslemlestelse" is taken before "om tvangsekteskap".
    norwegianNameTails: common.norwegianNameTails.map((tail) => tail.toLowerCase().split(' ')).sort((a, b) => b.length - a.length),
  };
}
