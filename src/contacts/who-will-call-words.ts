import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { langSchema } from '../language/languages';
import { contentPath } from '../paths/content-root';
import { wordReviewSchema } from '../language/word-review';
import { parseDataFile } from '../paths/data-file';

/**
 * Who will call, when it is not the asker ("kızım kimi arayabilir?", "есть ли номер, по которому женщина может сама
 * позвонить?", "hvem kan en jente på 16 ringe?"), per language (content/understanding/who-will-call/<lng>.json; what
 * each list means is in the files' $comment), so a native-speaker reviewer edits them without touching code. Two
 * readings: the person nearest a verb of calling (most languages), or by word order, where the caller's words stand
 * between the modal and the verb or a person right before "can call" (`"reading": "word order"`: nb, nn, en, whose
 * "I"/"we" counts only in the caller's place, not anywhere in the message).
 */
const phrases = z.array(z.string().trim().min(1));
export const whoWillCallFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
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
    /**
     * "Herself", "on her own" ("сама", "بنفسها", "kendisi", "خودش"): with a verb of calling, the message asks whether
     * someone else may call herself ("может ли она сама позвонить?"), a way asked even without a who-word or a number.
     */
    self: phrases.default([]),
    /** Words after a number that make it an age. */
    age: phrases,
  })
  .strict();
export type WhoWillCallWords = z.infer<typeof whoWillCallFileSchema>;

/** The word-order reading's lists (what each means is in the files' $comment); a file may leave a list empty. */
export const wordOrderFileSchema = z
  .object({
    $comment: z.string().optional(),
    lang: langSchema,
    review: wordReviewSchema,
    reading: z.literal('word order'),
    /** who + modal + the caller's words + calls. */
    who: phrases,
    modals: phrases,
    calls: phrases,
    /** Among the caller's words: the asker calls. Read with the who-word of the same file. */
    asker: phrases,
    /** person + (self) + personModal + (self) + personCall, or personModal + (determiner) + person + … + personCall. */
    persons: phrases,
    personModals: phrases,
    personCalls: phrases,
    self: phrases,
    determiners: phrases,
    /** wayNoun + … + give + a person or givenTo. */
    wayNouns: phrases,
    give: phrases,
    givenTo: phrases,
    /** The message asks for a way: a person before "can call" counts only then (or when it says self). */
    ways: phrases,
    /** A pronoun: someone of no stated age. */
    someone: phrases,
    /** A grown-up, in the caller's words or anywhere in the message. */
    grownUp: phrases,
    /** A grown-up only when the caller ("mannen"; elsewhere "man" is a pronoun). */
    grownUpCaller: phrases,
    /** Before an age of 10 to 17 in the caller's words: young ("en jente på 16"). */
    agePrepositions: phrases,
    /**
     * Besides persons and givenTo, more words for a person other than the asker ("pasienter", "honom"): read where a
     * message asks for another way than the police, which is then said of someone else.
     */
    someoneElse: phrases,
  })
  .strict();
export type WordOrderWords = z.infer<typeof wordOrderFileSchema>;

export interface WhoWillCallFiles {
  /** The person nearest a verb of calling. */
  readonly nearVerb: readonly WhoWillCallWords[];
  /** By word order (read together: people mix these languages). */
  readonly wordOrder: readonly WordOrderWords[];
}

/** Reads every language's file, by its reading; a broken file names itself. */
export function loadWhoWillCallWords(dir: string = contentPath('understanding', 'who-will-call')): WhoWillCallFiles {
  const nearVerb: WhoWillCallWords[] = [];
  const wordOrder: WordOrderWords[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const data = JSON.parse(text) as unknown;
    const byOrder = typeof data === 'object' && data !== null && 'reading' in data;
    const result = byOrder ? parseDataFile(path.join(dir, file), text, () => data, wordOrderFileSchema) : parseDataFile(path.join(dir, file), text, () => data, whoWillCallFileSchema);
    if (!result.success) throw new Error(`${path.join(dir, file)} is invalid: ${z.prettifyError(result.error)}`);
    if (`${result.data.lang}.json` !== file) throw new Error(`${path.join(dir, file)} says lang "${result.data.lang}"`);
    if ('reading' in result.data) wordOrder.push(result.data);
    else nearVerb.push(result.data);
  }
  return { nearVerb, wordOrder };
}
