import { z } from 'zod';
import { langSchema } from '../language/languages';
import { contentPath } from '../paths/content-root';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';

/** A contacts word file: words per language with a review status, so a reviewer edits them without touching code. */
const wordsPerLanguageFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    words: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
  })
  .strict();

/** Every language's words of content/contacts/<name>.json as one list (a message may mix languages). */
export function loadWordsPerLanguage(file: string): readonly string[] {
  const data = readDataFile(file, wordsPerLanguageFileSchema);
  return Object.values(data.words).flat();
}

/**
 * Words that ask for training for staff ("kurs", "opplæring", "training", "szkolenie", "ስልጠና"): a question for
 * training gets IMDi's expert team and RVTS, which raise competence; a specific case stays Kompetanseteamet's.
 */
export const loadTrainingWords = (file: string = contentPath('contacts', 'training-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that ask about somewhere to live for a person who must move out ("bolig", "a place to live", "житло", "رہائش"):
 * Kompetanseteamet coordinates the housing and support offer for exposed persons over 18, and a grown-up's case asking
 * this gets that said.
 */
export const loadHousingWords = (file: string = contentPath('contacts', 'housing-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that ask for another way than the police ("what other options does she have?", "без поліції"): said of a
 * third person, the lines she can contact herself are the answer (the card still says 112 in danger).
 */
export const loadBesidesPoliceWords = (file: string = contentPath('contacts', 'besides-police-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that ask who is in Kompetanseteamet or name its member agencies or their field ("hvem representerer politiet",
 * "the immigration side"): the answer says its members and how a Bufdir coordinator routes the inquiry.
 */
export const loadMembersWords = (file: string = contentPath('contacts', 'members-words.json')): readonly string[] => loadWordsPerLanguage(file);
