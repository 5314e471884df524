import { readDataFile } from '../paths/data-file';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { wordReviewSchema } from '../language/word-review';
import { serviceIdSchema } from './service-ids';

/**
 * Contact words in Norwegian (bokmål, nynorsk) and English: content/contacts/contact-words.json, zod-checked here, with
 * a review status, so a reviewer edits the words without touching code (what each list means is in the file's
 * $comment). The contact recognizer keeps how the words combine: which list counts beside which, and the patterns
 * (word order, how many words may stand between) that place the words of `negations`, `whoAdvises` and the like.
 * The nine other answer languages' words are in other-language-words.json.
 */
const list = z.array(z.string().trim().min(1)).min(1);
/** A give-verb with the objects that make it advising ("gi … råd", "give … advice"). */
const giveSchema = z.array(z.object({ verb: z.string().trim().min(1), objects: list }).strict()).min(1);
const PHRASE_KEYS = [
  'contact', 'contactDone', 'contactDetails', 'weak', 'aboutUse', 'aboutService', 'covers', 'embassy', 'held', 'travelSoon', 'abroadWeak',
  'minor', 'adult', 'urgent', 'notUrgent', 'afterHours', 'generic', 'figures', 'research', 'nearest',
] as const;
const WORD_KEYS = ['negations', 'askedWho', 'ownWorkplace', 'caseAdvice', 'agedBefore', 'schoolTypes', 'schoolNameEndings', 'notPartOfName', 'broadServiceNames', 'phoneWords'] as const;

export const contactWordsSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    words: z
      .object({
        ...(Object.fromEntries([...PHRASE_KEYS, ...WORD_KEYS].map((k) => [k, list])) as Record<(typeof PHRASE_KEYS)[number] | (typeof WORD_KEYS)[number], typeof list>),
        whoAdvises: z.object({ who: list, modals: list, verbs: list, give: giveSchema }).strict(),
        whoAdvisesNow: z.object({ verbs: list, give: giveSchema }).strict(),
        adviceInCases: z.object({ advice: list, prepositions: list, modifiers: list, cases: list }).strict(),
        canHelp: z.object({ modals: list, verbs: list }).strict(),
        /**
         * `between`: a word that may stand between the verb and the age ("I'm already 19", "hun er allerede 20");
         * `fused`: the person and the verb written as one word ("im 19", as people type "I'm" in a hurry).
         */
        ageSaid: z.object({ persons: list, verbs: list, between: list.optional(), fused: list.optional() }).strict(),
        yearsOld: z.object({ adult: list, young: list }).strict(),
        /** The word between a person and their age ("jente på 14", "a girl of 15"): read as a child's age only beside a word for a child. */
        ageOf: list.optional(),
        /**
         * A state, not a place, after a `held` word ("ingen er i fare", "nobody is in danger"): taken out before `held`
         * is read, so "is in" there tells of no one abroad (issue #13, part43).
         */
        notWhereabouts: list.optional(),
        notSchoolNames: z.object({ kinds: list, endings: list }).strict(),
        /** Always word starts: "kontaktlærer*" is "kontaktlæreren" too. */
        notContactWords: z.array(z.string().regex(/^[^*]+\*$/u, 'ends in * (a word start)')).min(1),
        /**
         * The services each broad name covers besides its own ("politiet": the emergency number too): a broad name
         * gives way only to a more specific name of one of these, and counts as a service of its own beside any other.
         */
        broadServiceFamilies: z.record(z.string().trim().min(1), z.array(serviceIdSchema).min(1)),
      })
      .strict()
      .superRefine((words, ctx) => {
        for (const name of Object.keys(words.broadServiceFamilies))
          if (!words.broadServiceNames.includes(name)) ctx.addIssue({ code: 'custom', path: ['broadServiceFamilies', name], message: `"${name}" is not in broadServiceNames` });
      }),
  })
  .strict();
export type ContactWords = z.infer<typeof contactWordsSchema>['words'];

export function loadContactWords(file: string = contentPath('contacts', 'contact-words.json')): ContactWords {
  return readDataFile(file, contactWordsSchema).words;
}
