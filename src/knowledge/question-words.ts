import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { langSchema } from '../language/languages';
import { normalize } from '../language/text';
import { wordReviewSchema } from '../language/word-review';
import { readLanguageFiles } from '../paths/data-file';

/**
 * The question words that open an indirect question inside a sentence ("… og lurer på hva tvangsekteskap er"), per
 * language (content/understanding/question-words/<lng>.json), so a native-speaker reviewer edits them without
 * touching code. How they split a message into its question and the story around it stays in `article-index.ts`.
 */
export const QUESTION_WORDS_DIR = contentPath('understanding', 'question-words');

export const questionWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    words: z.array(z.string().regex(/^\S+$/u, 'one word per entry')).min(1),
  })
  .strict();
export type QuestionWordsFile = z.infer<typeof questionWordsFileSchema>;

/** Every language's question words together, as a message's tokens are written (normalised). */
export function loadQuestionWords(dir: string = QUESTION_WORDS_DIR): ReadonlySet<string> {
  const words = new Set<string>();
  for (const data of readLanguageFiles(dir, questionWordsFileSchema)) for (const word of data.words) words.add(normalize(word));
  return words;
}

let loaded: ReadonlySet<string> | undefined;
/** The shipped question words, read once per process. */
export function indirectQuestionWords(): ReadonlySet<string> {
  loaded ??= loadQuestionWords();
  return loaded;
}
