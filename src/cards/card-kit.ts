import { CardFactory, type Attachment } from 'botbuilder';
import { isolateCardText } from '../language/bidi';
import { RTL_LANGUAGES, type Lang } from '../language/languages';

/**
 * Small typed helpers shared by every card builder. Builders are pure: data in, card JSON out.
 * Teams renders Adaptive Cards up to 1.5 in all clients (desktop, web, mobile).
 */
export const CARD_VERSION = '1.5';

export type CardElement = Readonly<Record<string, unknown>> & { readonly type: string };
export type CardAction = Readonly<Record<string, unknown>> & { readonly type: string };

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: string;
  readonly lang: string;
  readonly rtl?: boolean;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  readonly msteams?: { readonly width: 'Full' };
  readonly fallbackText?: string;
}

/**
 * Every card is built here, so this is where a right-to-left card gets its numbers, e-mails, addresses and Latin
 * names isolated left to right (language/bidi.ts): "116 111" would otherwise show as "111 116" in Arabic.
 */
export function adaptiveCard(lng: Lang, body: readonly CardElement[], actions: readonly CardAction[] = [], fallbackText?: string): AdaptiveCard {
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang: lng,
    ...(RTL_LANGUAGES.has(lng) ? { rtl: true } : {}),
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
    ...(fallbackText ? { fallbackText } : {}),
  };
  return RTL_LANGUAGES.has(lng) ? isolateCardText(card) : card;
}

/** Wraps body elements in a container that is right-to-left for ar/fa/ur (numbers and names stay LTR inside text). */
export function container(lng: Lang, items: readonly CardElement[], extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'Container', items, ...(RTL_LANGUAGES.has(lng) ? { rtl: true } : {}), ...extra };
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' };
}

export function paragraph(text: string, extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function smallNote(text: string): CardElement {
  return { type: 'TextBlock', text, wrap: true, size: 'Small', isSubtle: true };
}

export function factSet(facts: readonly { title: string; value: string }[]): CardElement {
  return { type: 'FactSet', facts };
}

/** A numbered list in Markdown, which Teams renders in TextBlocks. */
export function numberedList(items: readonly string[]): CardElement {
  return paragraph(items.map((item, i) => `${i + 1}. ${item}`).join('\r'));
}

/** A button that sends `data` back to the bot as a message-back submit; `verb` routes it (see bot/card-actions.ts). */
export function submitAction(title: string, data: Readonly<Record<string, unknown>> & { readonly verb: string }): CardAction {
  return { type: 'Action.Submit', title, data };
}

/** The verb of a button that asks a question for the user (see `askAction`). */
export const ASK_VERB = 'ask';

/**
 * A button that asks `text` as if the user had typed it (suggested questions, examples, follow-ups). A plain
 * Action.Submit with a verb, which the bot answers like a typed message: Teams' `msteams: { type: 'imBack' }` form
 * does nothing in the Agents Playground (its renderer cannot add `msTeams` to the frozen data object).
 */
export function askAction(title: string, text: string): CardAction {
  return { type: 'Action.Submit', title, data: { verb: ASK_VERB, text } };
}

export function openUrlAction(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

/** `tel:` links open the dialler on mobile and in Teams desktop. Spaces are removed from the number. */
export function telUrl(phone: string): string {
  return 'tel:' + phone.replace(/[^\d+]/g, '');
}

export function toAttachment(card: AdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}
