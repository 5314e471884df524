import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { langSchema } from '../language/languages';
import { contentPath } from '../paths/content-root';

/**
 * Words that ask about somewhere to live for a person who must move out ("bolig", "a place to live", "житло", "رہائش"),
 * per language (content/contacts/housing-words.json), so a reviewer edits them without touching code. Kompetanseteamet
 * coordinates the housing and support offer for exposed persons over 18: a grown-up's case asking this gets that said.
 */
const housingWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: z.enum(['machine-assisted', 'reviewed']),
    words: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
  })
  .strict();

/** Every language's words, as one list (a message may mix languages; each phrase is matched as whole words). */
export function loadHousingWords(file: string = contentPath('contacts', 'housing-words.json')): readonly string[] {
  const result = housingWordsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  if (!result.success) throw new Error(`${file} is invalid: ${z.prettifyError(result.error)}`);
  return Object.values(result.data.words).flat();
}
