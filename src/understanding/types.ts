import type { Lang } from '../language/languages';
import type { Duty, Role } from './role-reader';

/** What the user wrote, prepared once per turn and shared by every recognizer. */
export interface Utterance {
  /** The text after the @mention is removed. Never log it. */
  readonly text: string;
  /** The language the reply will be in (see `language/choose-language.ts`). */
  readonly lng: Lang;
  /** `normalize(text)`. */
  readonly normalized: string;
  /** `tokenize(normalized)`. */
  readonly tokens: readonly string[];
}

/**
 * What a turn is about. Each feature declares its intents once, with zod, in its own `intents.ts`; the union of
 * them all is assembled in src/features.ts. Understanding only needs to know that an intent has a kind.
 */
export interface IntentBase {
  readonly kind: string;
}

/** One reading of the utterance, with how sure the recognizer is (0–1, calibrated so 0.5 means "probably"). */
export interface Candidate<I extends IntentBase = IntentBase> {
  readonly intent: I;
  readonly score: number;
  /** Which recognizer produced it, for the evaluation report. */
  readonly source: string;
}

/** A feature's way of reading utterances. Pure and synchronous, so evaluation can run thousands per second. */
export interface Recognizer<I extends IntentBase = IntentBase> {
  readonly name: string;
  recognize(utterance: Utterance): readonly Candidate<I>[];
  /**
   * Whether the sentence of a long story that asks (src/understanding/asking-sentence.ts) asks for what this recognizer
   * reads: when it does not, the reading came from the story (a figure the story counts, "three new cases … in 2024",
   * when the question asks for a plan's name) and falls below the threshold. Undefined: the whole message decides.
   */
  asksFor?(asking: Utterance): boolean;
}

/** The one understanding step per turn. */
export interface Understanding<I extends IntentBase = IntentBase> {
  /** True when the message signals immediate danger: the emergency card goes first. */
  readonly danger: boolean;
  /** A concrete case about a person at risk that is not an emergency: "is someone in danger now? call 112" on top of the answer. */
  readonly concern?: boolean;
  /**
   * Neither danger nor a concern by the rules, but the statistical second opinion reads danger in the message
   * (src/understanding/second-opinion.ts): the short "call 112" line on top of the answer, as a concern gets.
   */
  readonly secondOpinion?: boolean;
  /**
   * A case its writer says is not dangerous now: the answer, with "is someone in danger now? call 112" and the line the
   * case needs at its end (not the emergency block): 'young' when a child or the young writer is the one at issue.
   */
  readonly calm?: 'young' | 'adult';
  /**
   * A calm case told as long over ("she was kept in Kenya last year, came home and is fine now"), a calm case telling of
   * no one taken or kept abroad, or a girl's own cutting abroad long past: a person abroad it names was there, or the
   * country is the family's, so the stay is no case abroad now (no "call 112 if acute" on top).
   */
  readonly caseOver?: boolean;
  /** The message names a time close at hand ("now", "tonight", "this weekend"). */
  readonly timeAtHand?: boolean;
  /**
   * The message speaks of people of a kind and of no particular person ("UD's number for Norwegians abroad", "the envoy
   * for young people held abroad"), or asks which embassy covers a country with the person held there only supposed
   * ("who covers Iran if a student is held there?"): a person abroad it names is who a service is for, not a case.
   */
  readonly peopleInGeneral?: boolean;
  /**
   * A journey asked about ahead with a passport lost or stolen there as the only mishap ("if I lose my passport at my
   * brother's wedding in Ankara, who helps?"): the person is a traveller, not a case abroad (no "call 112 if acute").
   */
  readonly journeyAhead?: boolean;
  /**
   * A coverage question asked for a person held abroad, with nothing else of a case ('coverageOfPerson' in
   * src/understanding/situation-cues.ts): its follow-ups that only name another country ask which post covers it.
   */
  readonly coverageOfPerson?: boolean;
  /** True when the message is about an everyday matter outside the domain (src/understanding/scope-reader.ts). */
  readonly outOfScope?: boolean;
  /** An everyday subject asked beside an in-scope question (scope-reader.ts `aside`): one line says it is not ours. */
  readonly asideOutOfScope?: boolean;
  /** True when a young person writes about themselves: the children's lines come first. */
  /** A grown-up who says their own age of 18 or more telling their own story (what would be a young writer's): a case, answered with the lines adults call (age37). */
  readonly ownAdultStory?: boolean;
  readonly youngWriter?: boolean;
  /** Who the writer says they are ("jeg jobber i barnevernet", "I'm a GP"): the answer is for that role. */
  readonly role?: Role;
  /** The professional duties the message asks about (to notify child welfare, to avert a crime). */
  readonly duties?: readonly Duty[];
  readonly intent: I;
  /**
   * An article answered before `intent`, a contact plan: the steps of the case's topic for the asker (the FGM article
   * for a cutting told in any words; the article on stays abroad for a "what do I do?" about a trip), then whom to call.
   */
  readonly topic?: I;
  /** The runner-up candidates, for "did you mean" and for evaluation. */
  readonly candidates: readonly Candidate<I>[];
}

/**
 * The signal the reading rules get when the message is read as danger (the emergency card comes), whichever detector
 * read it: the rules for the asker give the next step for a child in danger on it.
 */
export const DANGER_READ = 'dangerRead';
/** The signal the reading rules get when the message is read as a concern (a case, "112 if acute" on top of the answer). */
export const CONCERN_READ = 'concernRead';

/**
 * The signal of a wedding or a journey the writer says is wanted, or of a question about no one, that nothing outweighs
 * (danger-reader.ts `wantedCalm`, `notAboutAnyoneCalm`): no case abroad, so no "112 if acute" block beside who helps there.
 */
export const PLAN_CALM = 'planCalm';

/**
 * The signal of a coverage question asked of no one the writer knows (`asksCoverageOfNoOne` in
 * src/understanding/situation-cues.ts, read on every concept, the rule-only ones too): its follow-ups that only name
 * another country ask which post covers that one (issue #13, calm30b).
 */
export const COVERAGE_OF_NO_ONE = 'coverageOfNoOne';
