import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { langSchema } from '../language/languages';
import { tokenize } from '../language/text';
import { wordReviewSchema } from '../language/word-review';
import { unicodeWords } from '../language/word-boundary';
import { readLanguageFiles } from '../paths/data-file';
import { fold } from './country-names';

/**
 * School-type words as people write them in a school's name ("videregående", "vidaregåande", "upper secondary"), per
 * language (content/understanding/school-types/<lng>.json), so a native-speaker reviewer edits them without touching
 * code. Each type has a canonical word that stands for its forms in a school's key (adviser-directory.ts).
 */
export const SCHOOL_TYPES_DIR = contentPath('understanding', 'school-types');

/**
 * The types, in the order their forms are replaced, by the canonical word each leaves in a school's key: upper
 * secondary, lower secondary, adult education, any other school ("vg skole" is upper secondary before "skole" is read).
 */
export const SCHOOL_TYPE_KEYS = ['vgs', 'us', 'vo', 'skole'] as const;
export type SchoolTypeKey = (typeof SCHOOL_TYPE_KEYS)[number];

const phrase = z.string().regex(/^\S+(?: \S+)*$/u, 'words separated by single spaces');
const typeSchema = z
  .object({
    forms: z.array(phrase).min(1),
    /** Words that may follow a form as part of it: "videregående skole". */
    then: z.array(phrase).min(1).optional(),
  })
  .strict();
export const schoolTypesFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    types: z.partialRecord(z.enum(SCHOOL_TYPE_KEYS), typeSchema),
  })
  .strict();
export type SchoolTypesFile = z.infer<typeof schoolTypesFileSchema>;

/** One type: the pattern of its forms in a folded name, and the canonical word that replaces them. */
export type SchoolType = readonly [pattern: RegExp, canonical: SchoolTypeKey];

const folded = (words: readonly string[]): string[] => [...new Set(words.map((w) => tokenize(fold(w)).join(' ')))];
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** The longest form first: "adult education centre" is one form, not "adult education" and a word after it. */
const alternatives = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Every language's forms of each type together, as patterns on a folded name, in the order they are replaced. */
export function loadSchoolTypes(dir: string = SCHOOL_TYPES_DIR): readonly SchoolType[] {
  const files = readLanguageFiles(dir, schoolTypesFileSchema);
  return SCHOOL_TYPE_KEYS.flatMap((key): SchoolType[] => {
    const forms = folded(files.flatMap((f) => f.types[key]?.forms ?? []));
    const then = folded(files.flatMap((f) => f.types[key]?.then ?? []));
    if (forms.length === 0) return [];
    const after = then.length > 0 ? `( (?:${alternatives(then)}))?` : '';
    return [[unicodeWords(new RegExp(`\\b(${alternatives(forms)})${after}\\b`, 'g')), key]];
  });
}

let loaded: readonly SchoolType[] | undefined;
/** The shipped school types, read once per process. */
export function schoolTypes(): readonly SchoolType[] {
  loaded ??= loadSchoolTypes();
  return loaded;
}
