import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { smallNote, submitAction, type AdaptiveCard } from '../cards/card-kit';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { needsReviewNote, type ReviewStatusTable } from '../language/review-status';
import type { IntentBase } from '../understanding/types';
import type { IntentRegistry } from '../kit/intent-registry';
import { isolateCardText } from '../language/bidi';

/** The verb of the "show in Norwegian" button. */
export const SHOW_IN_NORWEGIAN_VERB = 'show-in-norwegian';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * What the "show in Norwegian" button replays in bokmål: the intent the message was understood as, or a card action
 * that only shows something (opening an article or a contact). Which intents and verbs qualify is declared by the
 * features (src/kit/feature.ts `replayable`); never a registration, a vote or a language choice: those change data.
 */
export type Replay = { readonly replay: 'intent'; readonly intent: IntentBase } | { readonly replay: 'action'; readonly value: { readonly verb: string } };

const replayEnvelope = z.discriminatedUnion('replay', [
  z.object({ replay: z.literal('intent'), intent: z.unknown() }).strict(),
  z.object({ replay: z.literal('action'), value: z.object({ verb: z.string().max(64) }).passthrough() }).strict(),
]);

/** Reads a replay back from a button's payload: parsed, and only what the features declare replayable. */
export function parseReplay(payload: unknown, intents: Pick<IntentRegistry, 'parseReplayable' | 'replayableVerbs'>): Replay | undefined {
  const envelope = replayEnvelope.safeParse(payload);
  if (!envelope.success) return undefined;
  if (envelope.data.replay === 'action') return intents.replayableVerbs.has(envelope.data.value.verb) ? { replay: 'action', value: envelope.data.value } : undefined;
  const intent = intents.parseReplayable(envelope.data.intent);
  return intent ? { replay: 'intent', intent } : undefined;
}

/** The replay for a message turn's intent, or undefined when the intent is not one to show again. */
export function replayOfIntent(intent: unknown, intents: Pick<IntentRegistry, 'parseReplayable' | 'replayableVerbs'>): Replay | undefined {
  return parseReplay({ replay: 'intent', intent }, intents);
}

/** The replay for a card action, or undefined when the action changes data. */
export function replayOfAction(value: unknown, intents: Pick<IntentRegistry, 'parseReplayable' | 'replayableVerbs'>): Replay | undefined {
  return parseReplay({ replay: 'action', value }, intents);
}

/** Pure: the card with a one-line machine-translation note and, when there is something to replay, the button. */
export function withReviewNote(card: AdaptiveCard, t: Translate, replay: Replay | undefined): AdaptiveCard {
  const actions = replay ? [...(card.actions ?? []), submitAction(t('showInNorwegian'), { verb: SHOW_IN_NORWEGIAN_VERB, ...replay })] : card.actions;
  const noted: AdaptiveCard = { ...card, body: [...card.body, smallNote(t('machineNote'))], ...(actions ? { actions } : {}) };
  // Added after the card was built, so the note and button get the isolation every right-to-left card gets.
  return card.rtl ? isolateCardText(noted) : noted;
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
      activity.attachments = activity.attachments.map((a) => (a.contentType === ADAPTIVE_CARD && isAdaptiveCard(a.content) ? { ...a, content: withReviewNote(a.content, t, replay) } : a));
    }
    return next();
  });
}

/** An attachment's content is one of our Adaptive Cards (an object with a body list). */
export function isAdaptiveCard(content: unknown): content is AdaptiveCard {
  return adaptiveCardShape.safeParse(content).success;
}

const adaptiveCardShape = z.object({ type: z.literal('AdaptiveCard'), body: z.array(z.unknown()) }).passthrough();
