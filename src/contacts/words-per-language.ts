import { z } from 'zod';
import { LANGUAGES, langSchema, type Lang } from '../language/languages';
import { ownLanguagesOf } from '../language/own-language';
import { contentPath } from '../paths/content-root';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';

/**
 * Words of a file's languages read only in a message of their own language (src/language/own-language.ts): false
 * friends in another language of the script, each with why, and who checked the marking. Every word must be one the
 * file lists for that language.
 */
const ownLanguageWordsSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    words: z.partialRecord(langSchema, z.record(z.string().trim().min(1), z.string().min(1))),
  })
  .strict();
type OwnLanguageWords = z.infer<typeof ownLanguageWordsSchema>;

/** A contacts word file: words per language with a review status, so a reviewer edits them without touching code. */
const wordsPerLanguageFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    words: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
    ownLanguageOnly: ownLanguageWordsSchema.optional(),
  })
  .strict();

/**
 * A word list's words, each language's apart: those read in every message (a message may mix languages), and those a
 * reviewer marked as read only in a message of their own language.
 */
export interface LanguageWords {
  readonly everywhere: readonly string[];
  readonly ownOnly: ReadonlyMap<Lang, readonly string[]>;
}

/** The words read in a message of language `lng` (every word when it is not known). */
export function wordsIn(words: LanguageWords, lng: Lang | undefined): readonly string[] {
  const own = lng === undefined ? LANGUAGES : ownLanguagesOf(lng);
  return [...words.everywhere, ...own.flatMap((l) => words.ownOnly.get(l) ?? [])];
}

/** The lists' words apart by whether a language reads them only in its own messages; a marked word not listed is an error. */
function languageWords(lists: Partial<Record<Lang, string[]>>, own: OwnLanguageWords | undefined, file: string): LanguageWords {
  const everywhere: string[] = [];
  const ownOnly = new Map<Lang, string[]>();
  for (const [lang, words] of Object.entries(lists) as Array<[Lang, string[]]>) {
    const marked = own?.words[lang] ?? {};
    for (const word of words) {
      if (word in marked) ownOnly.set(lang, [...(ownOnly.get(lang) ?? []), word]);
      else everywhere.push(word);
    }
    const missing = Object.keys(marked).filter((w) => !words.includes(w));
    if (missing.length > 0) throw new Error(`${file}: ownLanguageOnly marks ${lang} ${missing.join(', ')}, not among its words`);
  }
  for (const lang of Object.keys(own?.words ?? {})) if (!(lang in lists)) throw new Error(`${file}: ownLanguageOnly marks ${lang} words, and the file has none`);
  return { everywhere, ownOnly };
}

/**
 * Every language's words of content/contacts/<name>.json as one list (a message may mix languages), for a reader that
 * does not know the message's language: a file whose words are marked read in their own language only is read by
 * `loadLanguageWords` instead.
 */
export function loadWordsPerLanguage(file: string, schema: typeof wordsPerLanguageFileSchema = wordsPerLanguageFileSchema): readonly string[] {
  const data = readDataFile(file, schema);
  if (data.ownLanguageOnly) throw new Error(`${file}: its reader reads every language's words in every message; read it with loadLanguageWords to mark words ownLanguageOnly`);
  return Object.values(data.words).flat();
}

/** The words of content/contacts/<name>.json, each language's apart (see LanguageWords). */
export function loadLanguageWords(file: string, schema: typeof wordsPerLanguageFileSchema = wordsPerLanguageFileSchema): LanguageWords {
  const data = readDataFile(file, schema);
  return languageWords(data.words, data.ownLanguageOnly, file);
}

/** Single words, which in Polish and Ukrainian may be one letter ("z", "з"). */
const singleWordsFileSchema = wordsPerLanguageFileSchema.extend({
  words: z.partialRecord(langSchema, z.array(z.string().trim().regex(/^\S+$/u, 'one word')).min(1)),
});

/**
 * Words for "from" that, right before a country in a story, say where someone comes from ("fra Syria", "z Syrii",
 * "из Сирии"), not where the person is or will be taken.
 */
export const loadOriginWords = (file: string = contentPath('contacts', 'origin-words.json')): LanguageWords => loadLanguageWords(file, singleWordsFileSchema);
/** Words joining countries in a list ("og", "and", "і"): content/contacts/list-words.json (see storyCountry). */
export const loadListWords = (file: string = contentPath('contacts', 'list-words.json')): LanguageWords => loadLanguageWords(file, singleWordsFileSchema);

/**
 * Words that ask for training for staff ("kurs", "opplæring", "training", "szkolenie", "ስልጠና"): a question for
 * training gets IMDi's expert team and RVTS, which raise competence; a specific case stays Kompetanseteamet's.
 */
export const loadTrainingWords = (file: string = contentPath('contacts', 'training-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Whole phrases that say someone attends a course ("ho går på kurs", "she attends a course", "chodzi na kurs"): the
 * training words are read with these taken out, so a course in the story asks for no training for staff.
 */
export const loadAttendedCourseWords = (file: string = contentPath('contacts', 'attended-course-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that say a service wishes for or seeks something ("we would like", "vi ønsker", "хотели бы", "ንደሊ"): beside a
 * training word, "we would like training for our staff" asks who offers it, as "who offers training?" does.
 */
export const loadTrainingWishWords = (file: string = contentPath('contacts', 'training-wish-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * A service's own wish in the first person plural ("we would like", "vi ønsker", "chcemy"): a sentence with one and a
 * training word, in a story that asks who or where, asks who offers training ("she wants to start courses" does not).
 */
export const loadWeWishWords = (file: string = contentPath('contacts', 'we-wish-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that ask about somewhere to live for a person who must move out ("bolig", "a place to live", "житло", "رہائش"):
 * Kompetanseteamet coordinates the housing and support offer for exposed persons over 18, and a grown-up's case asking
 * this gets that said.
 */
export const loadHousingWords = (file: string = contentPath('contacts', 'housing-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that ask for a website or somewhere a young person can read for themselves ("nettside", "a website for young
 * people", "сайт"): the answer adds Nora and ung.no, the sites the directory names for young people (issue #13, kind 3).
 */
export const loadWebsiteWords = (file: string = contentPath('contacts', 'website-words.json')): readonly string[] => loadWordsPerLanguage(file);

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

/**
 * Words that ask where someone can stay or sleep tonight ("hvor kan hun sove i natt?", "where can she stay tonight?"):
 * the contacts for a safe place now, the crisis centres and the child welfare emergency service, also under the
 * emergency card.
 */
export const loadShelterTonightWords = (file: string = contentPath('contacts', 'shelter-tonight-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words in which the asker asks what they themselves should do or for advice for themselves ("hva bør jeg gjøre", "give
 * me advice"): a professional asking it beside a line for another person gets Kompetanseteamet beside the lines.
 */
export const loadOwnAdviceWords = (file: string = contentPath('contacts', 'own-advice-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that ask who runs, owns or stands behind a service ("hvem står bak ung.no?", "who runs Nora?"): with a service
 * named whose directory entry has an owner (services.json `owner`), its owner line is the answer.
 */
export const loadOwnerWords = (file: string = contentPath('contacts', 'owner-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that ask who a service is for or who may contact it ("hvem kan ringe Kompetanseteamet?", "can pupils call them
 * themselves?", "kimler başvurabilir"): with the service named, its reason on the card is its sourced "for whom" text.
 */
export const loadWhoMayContactWords = (file: string = contentPath('contacts', 'who-may-contact-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that ask who does what between IMDi and the Ministry of Foreign Affairs in the special envoys' work, or who their
 * professional authority is ("hvem gjør hva", "how is responsibility split"): with IMDi, UD or the envoys named, the
 * envoys' card gives the split as its reason.
 */
export const loadDivisionWords = (file: string = contentPath('contacts', 'division-words.json')): readonly string[] => loadWordsPerLanguage(file);

const adviceWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    advice: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
    where: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
    /** Asking whether one can ask, write or call: read only with a wish to stay anonymous ("isimsiz sorabilir miyim?"). */
    askAnonymously: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
    /** Where-words read only in a message of their own language (LanguageWords). */
    ownLanguageOnly: ownLanguageWordsSchema.optional(),
  })
  .strict();

/** Every language's words asking for advice or someone to talk to, and words asking where (or whether) there is such a place. */
export interface AdviceWords {
  readonly advice: readonly string[];
  readonly where: LanguageWords;
  readonly askAnonymously: readonly string[];
}

/**
 * Asking where one can get advice or talk to someone ("hvor kan foreldre få råd?", "is there somewhere I can get advice
 * anonymously?", "کجا مشوره بگیرم"): with a where-word or a wish to stay anonymous, the lines that fit the asker.
 */
export function loadAdviceWords(file: string = contentPath('contacts', 'advice-words.json')): AdviceWords {
  const data = readDataFile(file, adviceWordsFileSchema);
  return { advice: Object.values(data.advice).flat(), where: languageWords(data.where, data.ownLanguageOnly, file), askAnonymously: Object.values(data.askAnonymously).flat() };
}

const institutionWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    kinds: z
      .object({
        kindergarten: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
        adultEducation: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
        learners: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
      })
      .strict(),
  })
  .strict();

/** The kinds of place a diversity-adviser question may ask about, every language's words in one list per kind. */
export interface InstitutionWords {
  readonly kindergarten: readonly string[];
  readonly adultEducation: readonly string[];
  /** Words for a pupil or learner, which beside an adult-education centre name adults ("elevene på voksenopplæringa"). */
  readonly learners: readonly string[];
}

/**
 * Words for a kindergarten and an adult-education centre ("barnehage", "voksenopplæring", "przedszkole"): beside the
 * diversity advisers named, where the advisers are (not in kindergartens; some adult-education centres) is the answer.
 */
export function loadInstitutionWords(file: string = contentPath('contacts', 'institution-words.json')): InstitutionWords {
  const data = readDataFile(file, institutionWordsFileSchema);
  return {
    kindergarten: Object.values(data.kinds.kindergarten).flat(),
    adultEducation: Object.values(data.kinds.adultEducation).flat(),
    learners: Object.values(data.kinds.learners).flat(),
  };
}

const immigrantOrganisationWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    kinds: z
      .object({
        organisation: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
        immigrant: z.partialRecord(langSchema, z.array(z.string().trim().min(2)).min(1)),
      })
      .strict(),
  })
  .strict();

/** Words for an organisation and for immigrants or refugees, every language's words in one list per kind. */
export interface ImmigrantOrganisationWords {
  readonly organisation: readonly string[];
  readonly immigrant: readonly string[];
}

/**
 * Words that, both in one message, ask for an organisation for immigrants or refugees ("en organisasjon som kan støtte
 * en innvandrermor", "organizacja dla imigrantów"): SEIF answers (issue #13, lines36).
 */
export function loadImmigrantOrganisationWords(file: string = contentPath('contacts', 'immigrant-organisation-words.json')): ImmigrantOrganisationWords {
  const data = readDataFile(file, immigrantOrganisationWordsFileSchema);
  return { organisation: Object.values(data.kinds.organisation).flat(), immigrant: Object.values(data.kinds.immigrant).flat() };
}

/**
 * Words that ask for organisations working in the field, to volunteer with ("jobbe frivillig", "gönüllü olmak",
 * "organisations working on this"): the voluntary organisations in the directory answer (SEIF, Røde Kors-telefonen).
 */
export const loadVolunteerWords = (file: string = contentPath('contacts', 'volunteer-words.json')): readonly string[] => loadWordsPerLanguage(file);

/**
 * Words that say the person told of is a grown-up by their stage of life (her husband, married, her children, "in her
 * thirties", a client of an adult service), every language; content/contacts/adult-life-words.json (issue #13, adult34).
 */
export const loadAdultLifeWords = (file: string = contentPath('contacts', 'adult-life-words.json')): readonly string[] => loadWordsPerLanguage(file);

const ownAgeWordsFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    words: z.record(
      langSchema,
      z.object({ phrases: z.array(z.string().min(1).refine((p) => p.includes('#'), 'a phrase of the writer\'s own age has "#" for the number')).min(1), numbers: z.array(z.string().min(1)) }).strict(),
    ),
  })
  .strict();

/** One language's phrases of the writer's own age (with '#' for a number 18–99) and its number words from 18 up. */
export interface OwnAgeLanguageWords {
  readonly phrases: readonly string[];
  readonly numbers: readonly string[];
}

/** Every language's own-age words, each language's phrases with its own number words only. */
export type OwnAgeWords = readonly OwnAgeLanguageWords[];

/**
 * The writer's own age of 18 or more ("I'm 24", "jeg er 19 år", "mam 22 lata", "мне 25"), every language's phrases in
 * one list: content/contacts/own-age-words.json (issue #13, age37).
 */
export function loadOwnAgeWords(file: string = contentPath('contacts', 'own-age-words.json')): OwnAgeWords {
  const data = readDataFile(file, ownAgeWordsFileSchema);
  return Object.values(data.words).map((l) => ({ phrases: l.phrases, numbers: l.numbers }));
}
