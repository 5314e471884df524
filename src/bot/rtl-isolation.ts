import { ActivityTypes, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { isolateCardText, isolateLtr, startsRightToLeft } from '../language/bidi';
import { isLang, langFromLocale, RTL_LANGUAGES } from '../language/languages';
import { TURN_LANGUAGE } from '../kit/turn-keys';

/**
 * Adapter middleware: in a right-to-left turn (ar, fa, ur) every number, e-mail, address and Latin name in what the
 * bot sends is isolated left to right, so "116 111" is not shown as "111 116" (see language/bidi.ts). Cards built by
 * `adaptiveCard()` are isolated already; this catches what is written elsewhere: plain-text replies (an apology, a
 * confirmation), a summary, cards put together after they were built (a danger turn's composed reply), hero and
 * thumbnail cards, and the message extension's results.
 *
 * Hooks run in the order registered and this one is registered before the turn starts, so it runs before the bot's
 * own send hooks (the reply buffer, the review note): what the review note adds afterwards is not seen here.
 *
 * The language is read when a reply is sent, not when the turn starts: the bot decides it during the turn.
 */
export async function isolateRightToLeftReplies(context: TurnContext, next: () => Promise<void>): Promise<void> {
  context.onSendActivities(async (ctx, activities, send) => {
    const lng: unknown = ctx.turnState.get(TURN_LANGUAGE);
    const turnRtl = isLang(lng) && RTL_LANGUAGES.has(lng);
    for (const activity of activities) {
      if ((activity.type ?? ActivityTypes.Message) === ActivityTypes.Message) isolateMessage(activity, turnRtl);
      else if (activity.type === ActivityTypes.InvokeResponse) isolateSearchResults(activity, turnRtl);
    }
    return send();
  });
  await next();
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Plain text follows the turn; where the turn did not say its language (the rate limiter answers before the bot
 * resolves one), the text's own first letter decides, as it decides the direction Teams shows the message in.
 */
function textIsRtl(text: string, turnRtl: boolean): boolean {
  return turnRtl || startsRightToLeft(text);
}

/** A card that names its language (every Adaptive Card the bot builds) decides for itself; a hero card follows the turn. */
function cardIsRtl(content: unknown, turnRtl: boolean): boolean {
  if (!isRecord(content)) return turnRtl;
  if (content['rtl'] === true) return true;
  const lang = content['lang'];
  if (typeof lang !== 'string') return turnRtl;
  const lng = langFromLocale(lang);
  return lng !== undefined && RTL_LANGUAGES.has(lng);
}

/** The attachment with its card isolated; a search result's preview (a thumbnail card) goes the way of its card. */
function isolateAttachment<A extends Attachment & { readonly preview?: Attachment }>(attachment: A, turnRtl: boolean): A {
  if (!cardIsRtl(attachment.content, turnRtl)) return attachment;
  return {
    ...attachment,
    content: isolateCardText(attachment.content),
    ...(attachment.preview ? { preview: { ...attachment.preview, content: isolateCardText(attachment.preview.content) } } : {}),
  };
}

function isolateMessage(activity: Partial<Activity>, turnRtl: boolean): void {
  if (typeof activity.text === 'string' && textIsRtl(activity.text, turnRtl)) activity.text = isolateLtr(activity.text);
  if (typeof activity.summary === 'string' && textIsRtl(activity.summary, turnRtl)) activity.summary = isolateLtr(activity.summary);
  if (activity.attachments) activity.attachments = activity.attachments.map((a) => isolateAttachment(a, turnRtl));
  if (activity.suggestedActions && turnRtl) {
    activity.suggestedActions = { ...activity.suggestedActions, actions: activity.suggestedActions.actions.map((a) => ({ ...a, title: isolateLtr(a.title) })) };
  }
}

/** The message extension's answer (`composeExtension/query`) travels back as the invoke response, not as a message. */
function isolateSearchResults(activity: Partial<Activity>, turnRtl: boolean): void {
  const response: unknown = activity.value;
  if (!isRecord(response) || !isRecord(response['body'])) return;
  const body = response['body'];
  const result = body['composeExtension'];
  if (!isRecord(result) || !Array.isArray(result['attachments'])) return;
  const attachments: unknown[] = result['attachments'];
  activity.value = {
    ...response,
    body: { ...body, composeExtension: { ...result, attachments: attachments.map((a) => (isAttachment(a) ? isolateAttachment(a, turnRtl) : a)) } },
  };
}

function isAttachment(value: unknown): value is Attachment & { readonly preview?: Attachment } {
  return isRecord(value) && typeof value['contentType'] === 'string' && (value['preview'] === undefined || isRecord(value['preview']));
}
