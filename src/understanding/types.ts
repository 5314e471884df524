import type { Lang } from '../language/languages';

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
 * What a turn is about. A discriminated union, so each handler receives an already-narrowed intent.
 * Feature modules add their own members here (contacts, statistics) and a recognizer that produces them.
 */
export type Intent =
  | { readonly kind: 'help' }
  | { readonly kind: 'choose-language'; readonly lng?: Lang }
  | { readonly kind: 'article'; readonly articleId: string }
  | { readonly kind: 'suggest'; readonly articleIds: readonly string[] }
  | { readonly kind: 'contact'; readonly query: ContactQuery }
  | { readonly kind: 'triage' }
  | { readonly kind: 'stats'; readonly query: StatsQuery }
  | { readonly kind: 'register-case' }
  | { readonly kind: 'unknown' };

export type IntentKind = Intent['kind'];

/** Filled in by the contacts feature (src/contacts). */
export interface ContactQuery {
  /** ISO 3166-1 alpha-2 code of a country named in the message, e.g. 'SO'. */
  readonly country?: string;
  /** Directory id of a service named in the message, e.g. 'kompetanseteamet'. */
  readonly serviceId?: string;
  /** A school, municipality or county named in a diversity-adviser question. */
  readonly place?: string;
  /** Where the person is, if the message says so. */
  readonly whereabouts?: 'norway' | 'abroad' | 'travelling-soon';
  /** True when the message says the person is a child (a pupil, "15 år", "under 18"): child welfare is added. */
  readonly minor?: boolean;
  /** A young person asking for themselves: the children's and young people's lines first (Alarmtelefonen, Røde Kors-telefonen, ung.no). */
  readonly youngSelf?: boolean;
}

/** Filled in by the statistics feature (src/stats). Kept open here; stats owns the real schema. */
export interface StatsQuery {
  readonly service?: string;
  /** Every service named, in the order named (stats fills it; a follow-up that changes the service replaces it). */
  readonly services?: readonly string[];
  readonly metric?: string;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly breakdown?: string;
  /** 'value', 'compare', 'total' or 'trend' (see stats-query.ts). */
  readonly mode?: string;
}

/** One reading of the utterance, with how sure the recognizer is (0–1, calibrated so 0.5 means "probably"). */
export interface Candidate {
  readonly intent: Intent;
  readonly score: number;
  /** Which recognizer produced it, for the evaluation report. */
  readonly source: string;
}

/** A feature's way of reading utterances. Pure and synchronous, so evaluation can run thousands per second. */
export interface Recognizer {
  readonly name: string;
  recognize(utterance: Utterance): readonly Candidate[];
}

/** The one understanding step per turn. */
export interface Understanding {
  /** True when the message signals immediate danger: the emergency card goes first. */
  readonly danger: boolean;
  /** True when a young person writes about themselves: the children's lines come first. */
  readonly youngWriter?: boolean;
  readonly intent: Intent;
  /** The runner-up candidates, for "did you mean" and for evaluation. */
  readonly candidates: readonly Candidate[];
}
