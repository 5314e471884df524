import type { Candidate, Recognizer, Utterance } from '../understanding/types';
import { ASKS_ABOUT, ASKS_WHO, BETWEEN, compile, foldTokens, PERSON, THIRD_PARTY_SUBJECT, WORRY_ABOUT, WORRY_OTHER } from './triage-lexicon';
import type { TriageIntent } from './intents';

const P = {
  worryAbout: compile(WORRY_ABOUT),
  worryOther: compile(WORRY_OTHER),
  person: compile(PERSON),
  thirdParty: compile(THIRD_PARTY_SUBJECT),
  asksWho: compile(ASKS_WHO),
  asksAbout: compile(ASKS_ABOUT),
};

/** Longer messages are questions with content of their own; the triage is for the first "I'm worried". */
const MAX_TOKENS = 30;

/**
 * Score of a plain "I'm worried about a pupil". It ties with a verbatim article phrasing and wins the tie
 * because this recognizer comes before the article recognizer (the sort in `createUnderstanding` is stable):
 * the triage's first card links to the article "what school staff should do", so nothing is lost.
 */
export const TRIAGE_SCORE = 1;
/** "Hvem skal jeg ringe når jeg er bekymret for en elev?" asks for contacts: the contact card (0.75+) wins. */
export const TRIAGE_SCORE_WHEN_ASKING_WHO = 0.6;

/** "bekymret for en elev": the worry phrase, then a few small words at most, then a person. */
function worryAboutSomeone(tokens: readonly string[]): boolean {
  const start = P.worryAbout.startOf(tokens);
  if (start < 0) return false;
  // "foreldrene er bekymret for datteren" reports someone else's worry.
  if (P.thirdParty.test(tokens.slice(Math.max(0, start - 3), start))) return false;
  let i = P.worryAbout.endOf(tokens);
  // "for en av elevene", "for en 15 år gammel elev": small words and an age may come first.
  for (let skipped = 0; skipped < 5 && (BETWEEN.has(tokens[i] ?? '') || /^\d{1,2}$/.test(tokens[i] ?? '')); skipped++) i++;
  return P.person.startOf(tokens.slice(i, i + 3)) === 0;
}

/** Other languages put the words in other orders ("Bir öğrencim için endişeliyim"): worry and a person anywhere. */
function worryAndPerson(tokens: readonly string[]): boolean {
  return P.worryOther.test(tokens) && P.person.test(tokens);
}

/**
 * Reads "I'm worried about a pupil" and its equivalents in all twelve languages as the start of the
 * triage conversation. Not for worries about an event ("bekymret for at eleven skal sendes ut"), nor for
 * questions about duties or what a service is: the articles answer those.
 */
export function createTriageRecognizer(): Recognizer<TriageIntent> {
  return {
    name: 'triage',
    recognize(u: Utterance): Candidate<TriageIntent>[] {
      const tokens = foldTokens(u.text);
      if (tokens.length === 0 || tokens.length > MAX_TOKENS) return [];
      if (!worryAboutSomeone(tokens) && !worryAndPerson(tokens)) return [];
      if (P.asksAbout.test(tokens)) return [];
      const score = P.asksWho.test(tokens) ? TRIAGE_SCORE_WHEN_ASKING_WHO : TRIAGE_SCORE;
      return [{ intent: { kind: 'triage' }, score, source: 'triage' }];
    },
  };
}
