import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { langSchema, LANGUAGES, type Lang } from '../language/languages';
import { wordReviewSchema } from '../language/word-review';
import { readLanguageFiles } from '../paths/data-file';

/**
 * The words of the bot's two commands (help, and the language card or a switch of language), per language
 * (content/understanding/commands/<lng>.json), so a native-speaker reviewer edits them without touching code. The
 * grammar of a request stays in `command-recognizer.ts`: where a verb may stand, "svar på …" / "answer in …", and
 * the bare "in X" forms (بالعربية, українською, po polsku).
 */
const answerVerbsSchema = z
  .object({
    /** start: the message's first word; word: a whole word anywhere; anywhere: inside a word too; end: the message's last word. */
    at: z.enum(['start', 'word', 'anywhere', 'end']),
    words: z.array(z.string().min(1)).min(1),
  })
  .strict();
export const commandWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    help: z.array(z.string().min(1)).min(1),
    language: z.array(z.string().min(1)).min(1),
    languageNames: z.partialRecord(langSchema, z.array(z.string().min(1)).min(1)),
    answerVerbs: answerVerbsSchema.optional(),
  })
  .strict();
export type CommandWordsFile = z.infer<typeof commandWordsFileSchema>;
export type AnswerVerbs = z.infer<typeof answerVerbsSchema>;

/** Every language's words together: a command is understood whatever language the turn is in. */
export interface CommandWords {
  readonly help: readonly string[];
  readonly language: readonly string[];
  /** Each language's names in every language, nynorsk first ("nynorsk" contains "norsk"). */
  readonly languageNames: readonly (readonly [Lang, readonly string[]])[];
  readonly answerVerbs: readonly AnswerVerbs[];
}

/** Reads every language's file; a broken file names itself. */
export function loadCommandWords(dir: string = contentPath('understanding', 'commands')): CommandWords {
  const files = readLanguageFiles(dir, commandWordsFileSchema);
  const order: readonly Lang[] = ['nn', ...LANGUAGES.filter((l) => l !== 'nn')];
  return {
    help: files.flatMap((f) => f.help),
    language: files.flatMap((f) => f.language),
    languageNames: order.map((lng) => [lng, files.flatMap((f) => f.languageNames[lng] ?? [])] as const).filter(([, names]) => names.length > 0),
    answerVerbs: files.flatMap((f) => (f.answerVerbs ? [f.answerVerbs] : [])),
  };
}
