import { z } from 'zod';
import { fold } from '../contacts/country-names';
import { tokenize } from '../language/text';
import { contentPath } from '../paths/content-root';
import { ROLES, type Role } from './triage-facts';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';

/**
 * The words the triage conversation listens for, in all twelve languages: reviewable data in
 * content/understanding/triage/words.json (checked here with zod). Recognition data, not UI text:
 * the buttons say the same things in `locales/<lng>/triage.json`. Phrases are folded like the text
 * (å → a, ş → s), so write them naturally; a trailing * matches the start of a word.
 */
export type Phrases = readonly string[];

function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => foldTokens(w)));
}

const PHRASE_KEYS = [
  'worryAbout', 'worryOther', 'person', 'thirdPartySubject', 'asksWho', 'asksAbout', 'yes', 'no', 'dontKnow', 'cancel', 'restart',
  'inNorway', 'inNorwayAnswer', 'abroad', 'travelling', 'minor', 'adult', 'schoolPlace', 'workAt', 'iAm',
] as const;

const phraseList = z.array(z.string().min(1)).min(1);
const singleWords = z.array(z.string().min(1).regex(/^\S+$/u, 'one word per entry')).min(1);

/** content/understanding/triage/words.json: every concept and every role must be there (a missing one is an error, not silence). */
export const triageWordsSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    phrases: z.object(Object.fromEntries(PHRASE_KEYS.map((k) => [k, phraseList])) as Record<(typeof PHRASE_KEYS)[number], typeof phraseList>).strict(),
    roles: z.object(Object.fromEntries(ROLES.map((r) => [r, phraseList])) as Record<(typeof ROLES)[number], typeof phraseList>).strict(),
    between: singleWords,
    ageUnits: singleWords,
    ageBefore: singleWords,
  })
  .strict();
export type TriageWords = z.infer<typeof triageWordsSchema>;

export function loadTriageWords(file: string = contentPath('understanding', 'triage', 'words.json')): TriageWords {
  return readDataFile(file, triageWordsSchema);
}

const WORDS = loadTriageWords();
const P = WORDS.phrases;

/** "bekymret for", "worried about": a worry about someone. */
export const WORRY_ABOUT: Phrases = P.worryAbout;
/** Worry words in the other languages, where word order varies: they count together with a person word. */
export const WORRY_OTHER: Phrases = P.worryOther;
/** Words between the worry and the person: "bekymret for en av elevene mine". */
export const BETWEEN: ReadonlySet<string> = foldedSet(WORDS.between);
/** Who the worry is about. */
export const PERSON: Phrases = P.person;
/** A subject other than the asker before the worry: "foreldrene er bekymret for datteren" is about the parents' worry. */
export const THIRD_PARTY_SUBJECT: Phrases = P.thirdPartySubject;
/** Questions the contact card or an article answers better than a conversation. */
export const ASKS_WHO: Phrases = P.asksWho;
export const ASKS_ABOUT: Phrases = P.asksAbout;

export const YES: Phrases = P.yes;
export const NO: Phrases = P.no;
export const DONT_KNOW: Phrases = P.dontKnow;

export const CANCEL: Phrases = P.cancel;
export const RESTART: Phrases = P.restart;

export const IN_NORWAY: Phrases = P.inNorway;
/** Only as the answer to "where is the person?": "her" is also English "her". */
export const IN_NORWAY_ANSWER: Phrases = P.inNorwayAnswer;
export const ABROAD: Phrases = P.abroad;
export const TRAVELLING: Phrases = P.travelling;

export const MINOR_WORDS: Phrases = P.minor;
export const ADULT_WORDS: Phrases = P.adult;
/** A 1–2 digit number is an age next to one of these ("15 år", "aged 15", "15 سال"), or on its own as the answer to "how old?". */
export const AGE_UNITS: ReadonlySet<string> = foldedSet(WORDS.ageUnits);
export const AGE_BEFORE: ReadonlySet<string> = foldedSet(WORDS.ageBefore);

export const ROLE_WORDS: Readonly<Record<Role, Phrases>> = WORDS.roles;
/** School words that name a place, not a job: on their own they do not say who is asking ("skolen" may answer "where?"). */
export const SCHOOL_PLACE: Phrases = P.schoolPlace;
/** "jobber i barnevernet", "work at a school": before a workplace that names the asker's role. */
export const WORK_AT: Phrases = P.workAt;
/** "jeg er lærer", "I work at a school": a role stated in a first message. */
export const I_AM: Phrases = P.iAm;

export interface CompiledPhrases {
  /** True when a phrase occurs in the folded tokens. */
  test(tokens: readonly string[]): boolean;
  /** Token index just after the first occurrence of a phrase, or -1. */
  endOf(tokens: readonly string[]): number;
  /** Token index where the first occurrence starts, or -1. */
  startOf(tokens: readonly string[]): number;
}

export function foldTokens(text: string): string[] {
  return tokenize(fold(text));
}

/** Compiles phrases once; matching is on whole tokens, with `*` for a word prefix on the last word. */
export function compile(phrases: Phrases): CompiledPhrases {
  const compiled = phrases.map((p) => {
    const prefix = p.endsWith('*');
    const words = foldTokens(prefix ? p.slice(0, -1) : p);
    return { words, prefix };
  }).filter((p) => p.words.length > 0);
  // Plain loops: every message meets every phrase at every position (the triage recognizer reads each message), and a
  // closure per try was a twentieth of what a turn allocated.
  const wordsAt = (words: readonly string[], prefix: boolean, tokens: readonly string[], i: number): boolean => {
    const last = words.length - 1;
    for (let j = 0; j <= last; j++) {
      const token = tokens[i + j] ?? '';
      const w = words[j] ?? '';
      if (j === last && prefix ? !token.startsWith(w) : token !== w) return false;
    }
    return true;
  };
  const find = (tokens: readonly string[]): { start: number; end: number } | undefined => {
    let start = -1;
    let end = -1;
    for (const { words, prefix } of compiled) {
      // Only an earlier start can replace the best so far (the first phrase found there keeps it).
      const until = start < 0 ? tokens.length - words.length : Math.min(start - 1, tokens.length - words.length);
      for (let i = 0; i <= until; i++) {
        if (wordsAt(words, prefix, tokens, i)) {
          start = i;
          end = i + words.length;
          break;
        }
      }
    }
    return start < 0 ? undefined : { start, end };
  };
  return {
    test: (tokens) => find(tokens) !== undefined,
    endOf: (tokens) => find(tokens)?.end ?? -1,
    startOf: (tokens) => find(tokens)?.start ?? -1,
  };
}
