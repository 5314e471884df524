import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { langSchema } from '../language/languages';
import { contentPath } from '../paths/content-root';

/**
 * Words that ask for training for staff ("kurs", "opplæring", "training", "szkolenie", "ስልጠና"), per language
 * (content/contacts/training-words.json), so a reviewer edits them without touching code. A question for training
 * gets IMDi's expert team and RVTS, which raise competence; a specific case stays Kompetanseteamet's.
 */
const trainingWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: z.enum(['machine-assisted', 'reviewed']),
    words: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
  })
  .strict();

/** Every language's words, as one list (a message may mix languages; each phrase is matched as whole words). */
export function loadTrainingWords(file: string = contentPath('contacts', 'training-words.json')): readonly string[] {
  const result = trainingWordsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  if (!result.success) throw new Error(`${file} is invalid: ${z.prettifyError(result.error)}`);
  return Object.values(result.data.words).flat();
}
