import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { smallNote, submitAction, type AdaptiveCard } from '../cards/card-kit';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { needsReviewNote, type ReviewStatusTable } from '../language/review-status';
import type { Intent } from '../understanding/types';
import { isolateCardText } from '../language/bidi';

/** The verb of the "show in Norwegian" button. */
export const SHOW_IN_NORWEGIAN_VERB = 'show-in-norwegian';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * What the "show in Norwegian" button replays in bokmål: the intent the message was understood as, or an
 * idempotent card action (opening an article or a contact). Never a registration or a vote: those change data.
 */
const contactQuerySchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    serviceId: z.string().max(64).optional(),
    place: z.string().max(120).optional(),
    whereabouts: z.enum(['norway', 'abroad', 'travelling-soon']).optional(),
    minor: z.boolean().optional(),
    youngSelf: z.boolean().optional(),
  })
  .strict();

const articleId = z.string().regex(/^[a-z0-9-]{1,64}$/);

export const replayableIntentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('help') }).strict(),
  z.object({ kind: z.literal('unknown') }).strict(),
  z.object({ kind: z.literal('article'), articleId }).strict(),
  z.object({ kind: z.literal('suggest'), articleIds: z.array(articleId).min(1).max(3) }).strict(),
  z.object({ kind: z.literal('contact'), query: contactQuerySchema }).strict(),
  // The statistics handler re-validates its query with its own schema and answers the overview otherwise.
  z.object({ kind: z.literal('stats'), query: z.record(z.string(), z.unknown()) }).strict(),
]);
export type ReplayableIntent = z.infer<typeof replayableIntentSchema>;

/** Card actions that only show something, so replaying them in bokmål is safe. */
export const REPLAYABLE_VERBS: ReadonlySet<string> = new Set(['show-article', 'show-contact']);

export const replaySchema = z.discriminatedUnion('replay', [
  z.object({ replay: z.literal('intent'), intent: replayableIntentSchema }).strict(),
  z
    .object({ replay: z.literal('action'), value: z.object({ verb: z.string() }).passthrough() })
    .strict()
    .refine((v) => REPLAYABLE_VERBS.has(v.value.verb), { message: 'not a replayable action' }),
]);
export type Replay = z.infer<typeof replaySchema>;

/** The replay for a message turn's intent, or undefined when the intent is not one to show again. */
export function replayOfIntent(intent: Intent): Replay | undefined {
  const parsed = replayableIntentSchema.safeParse(intent);
  return parsed.success ? { replay: 'intent', intent: parsed.data } : undefined;
}

/** The replay for a card action, or undefined when the action changes data. */
export function replayOfAction(value: unknown): Replay | undefined {
  const parsed = replaySchema.safeParse({ replay: 'action', value });
  return parsed.success ? parsed.data : undefined;
}

/** Pure: the card with a one-line machine-translation note and, when there is something to replay, the button. */
export function withReviewNote(card: AdaptiveCard, t: Translate, replay: Replay | undefined): AdaptiveCard {
  const actions = replay ? [...(card.actions ?? []), submitAction(t('showInNorwegian'), { verb: SHOW_IN_NORWEGIAN_VERB, ...replay })] : card.actions;
  const noted: AdaptiveCard = { ...card, body: [...card.body, smallNote(t('machineNote'))], ...(actions ? { actions } : {}) };
  // Added after the card was built, so the note and button get the isolation every right-to-left card gets.
  return card.rtl ? isolateCardText(noted) : noted;
}

/** The namespace whose review status decides the note for an intent's answer. */
export function namespaceOf(intent: Intent | undefined): string {
  switch (intent?.kind) {
    case 'article':
    case 'suggest':
    case 'unknown':
      return 'guidance';
    case 'contact':
    case 'triage':
      return 'contacts';
    case 'stats':
    case 'register-case':
      return 'stats';
    default:
      return 'common';
  }
}

/**
 * Adds the note (and button) to every Adaptive Card the turn sends, when the turn's language is not reviewed
 * for the namespace. Installed once per turn, so card builders stay unaware of review status. `replayOf` is only
 * called when the note is needed.
 */
export function installReviewNote(context: TurnContext, table: ReviewStatusTable, lng: Lang, t: Translate, ns: string, replayOf: () => Replay | undefined): void {
  if (!needsReviewNote(table, lng, ns)) return;
  const replay = replayOf();
  context.onSendActivities(async (_ctx, activities: Partial<Activity>[], next) => {
    for (const activity of activities) {
      if (!activity.attachments) continue;
      activity.attachments = activity.attachments.map((a) =>
        a.contentType === ADAPTIVE_CARD && a.content && Array.isArray((a.content as AdaptiveCard).body)
          ? { ...a, content: withReviewNote(a.content as AdaptiveCard, t, replay) }
          : a,
      );
    }
    return next();
  });
}
