import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { langSchema } from '../language/languages';
import { contentPath } from '../paths/content-root';

/**
 * Who will call, when it is not the asker ("kızım kimi arayabilir?", "есть ли номер, по которому женщина может сама
 * позвонить?"), per language (content/understanding/who-will-call/<lng>.json; what each list means is in the files'
 * $comment), so a native-speaker reviewer edits them without touching code.
 */
const phrases = z.array(z.string().trim().min(1));
export const whoWillCallFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: z.enum(['machine-assisted', 'native-reviewed']),
    /** Who/whom/where, a number, a line, someone: the message asks for a way. */
    ways: phrases.min(1),
    /** A verb of calling, talking or getting help said of someone else. */
    calls: phrases.min(1),
    /** A first-person word: the asker calls. */
    asker: phrases,
    /** The person right after one of these is the one talked about. */
    about: phrases,
    /** Words that start another clause: a person beyond one is not the caller. */
    breaks: phrases,
    young: phrases,
    grownUp: phrases,
    /** A pronoun or "herself": someone of no stated age. */
    someone: phrases,
    /** Words after a number that make it an age. */
    age: phrases,
  })
  .strict();
export type WhoWillCallWords = z.infer<typeof whoWillCallFileSchema>;

/** Reads every language's file; a broken file names itself. */
export function loadWhoWillCallWords(dir: string = contentPath('understanding', 'who-will-call')): readonly WhoWillCallWords[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const result = whoWillCallFileSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown);
      if (!result.success) throw new Error(`${path.join(dir, file)} is invalid: ${z.prettifyError(result.error)}`);
      return result.data;
    });
}
