import type { ServiceId as ContactServiceId } from '../contacts/service-ids';
import type { BreakdownDimension, Metric, ServiceId as StatsServiceId } from '../stats/store/published-figure';

/** What a message names that a follow-up can change, read by the features (src/features.ts). */
export interface FollowUpSlots {
  readonly years?: { readonly fromYear: number; readonly toYear: number };
  /** Statistics services (stats ids). */
  readonly statsServices?: readonly StatsServiceId[];
  /** Only when the message names what is counted. */
  readonly metric?: Metric;
  readonly breakdown?: BreakdownDimension;
  /** The one part of the breakdown named ("kjønnslemlestelse" → fgm, "i Amman" → amman): a code from a fixed list. */
  readonly category?: string;
  /** ISO 3166-1 alpha-2: the first country named. */
  readonly country?: string;
  /** Every country named, in order, when more than one is ("in Syria instead of Iraq"). */
  readonly countries?: readonly string[];
  /** A directory service (contacts ids). */
  readonly contactService?: ContactServiceId;
  /** The message asks to stay anonymous ("is any of these anonymous?"): the anonymous line first. */
  readonly anonymous?: boolean;
  /** The message asks who is in Kompetanseteamet or which member represents a field ("and who represents NAV?"). */
  readonly members?: boolean;
  /** The message says the person is abroad ("and at the weekend, if she is abroad?"). */
  readonly abroad?: boolean;
  /** The message says the person is a child ("the pupil", "she is 15") and names no adult. */
  readonly minor?: boolean;
  /** The message says the person is grown up ("jeg er 19", "she's 24", "over 18"). */
  readonly adult?: boolean;
  /** The message names Norway ("i hele Norge", "بالنرويج"): never a country asked about, so not `country`. */
  readonly norway?: boolean;
  /** The message names a helpline, a hotline or a chat ("a czy jest też czat?"): a kind of line asked, not a caller. */
  readonly helpline?: boolean;
  /** The message names an embassy ("ambassaden", "السفارة"): with the country of the case known, its envoy is asked. */
  readonly embassy?: boolean;
  /** A question of the message asks about someone at school ("who can I talk to at school?"): the school's adviser beside. */
  readonly atSchool?: boolean;
  /** The message says it is not urgent ("og hvis det ikke haster?"): after a service's emergency number, its ordinary one. */
  readonly notUrgent?: boolean;
}
