import type { Activity, TestAdapter, TestFlow } from 'botbuilder';
import { cardMarkers, cardTexts, LOCALE_OF, readTurn, type CardMarkers, type TurnView } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import type { oneAppPerFile } from './test-app';

/**
 * What the bot conversation tests read of a reply, and the few ways they talk to the bot, once for every file
 * (test/bot, test/conversation …): a test says what the user says and what the bot shows, not how a TestFlow is
 * chained. Every check stays the test's own (a function given here runs it on the reply); these only send and read.
 */

export type Reply = Partial<Activity>;

/**
 * How long a test's `assertNoReply` waits for a reply that must not come. botbuilder's default is 3 s of polling, but a
 * TestFlow's `send` awaits the whole turn, so every reply the turn sends is queued before the check starts; the bot
 * sends nothing outside a turn (no proactive message, no typing timer, every `sendActivity` awaited: style rule 9), and
 * a quarter of a second still catches a send left un-awaited. Each default wait was 3 s of a worker idle, 18 s of the
 * suite's worker time in six checks (docs/performance.md § Tests, nineteenth pass).
 */
export const NO_REPLY_WAIT_MS = 250;
/** A test file's `chat` (oneAppPerFile): a TestAdapter whose conversation and user are the test's own. */
export type Chat = ReturnType<typeof oneAppPerFile>['chat'];
/** A check of one reply: it throws (an `expect`) when the reply is wrong. */
export type ReplyCheck = (reply: Reply) => void;

let markers: CardMarkers | undefined;
/** The markers `readTurn` needs (an i18n instance), made once per test file and only when a file reads a turn. */
const markersOfFile = (): CardMarkers => (markers ??= cardMarkers());

/** A turn as the conversation evaluation reads it (src/evaluation/conversation-eval.ts): its texts, cards, language, emergency. */
export function seen(replies: Reply | readonly Reply[]): TurnView {
  return readTurn(Array.isArray(replies) ? replies : [replies as Reply], markersOfFile());
}

/** Every text a person sees in the turn (`seen(…).texts`), joined by `separator`. */
export function textOf(replies: Reply | readonly Reply[], separator = '\n'): string {
  return seen(replies).texts.join(separator);
}

/** Every text of a reply's attachments' cards (`cardTexts`), one a line. */
export function cardTextOf(reply: Reply): string {
  return (reply.attachments ?? []).flatMap((a) => cardTexts(a.content)).join('\n');
}

/** The reply's first card as JSON text; `{}` when it has none. */
export function cardJson(reply: Reply): string {
  return JSON.stringify(reply.attachments?.[0]?.content ?? {});
}

/** What the user does in a step: a message's text, or an activity (a card submit, a message with its own fields). */
export type Said = string | Reply;
/**
 * A step of a conversation: what the user says or does, then what each of the bot's replies to it must be, in order: a
 * check, or its exact text (as botbuilder's `assertReply('…')`). A step with nothing after what is said awaits one
 * reply and checks nothing.
 */
export type Step = Said | readonly [said: Said, ...expected: (ReplyCheck | string | undefined)[]];

/**
 * Says each step's message in turn on one adapter and checks each reply as it comes (botbuilder's send/assertReply),
 * then gives back every reply in order, for checks that read them after the conversation.
 */
export async function talk(adapter: TestAdapter, ...steps: readonly Step[]): Promise<Reply[]> {
  const replies: Reply[] = [];
  let flow: TestAdapter | TestFlow = adapter;
  for (const step of steps) {
    const [said, ...expected] = Array.isArray(step) ? (step as Exclude<Step, Said>) : [step as Said];
    let sent: TestFlow = flow.send(said);
    for (const expecting of expected.length === 0 ? [undefined] : expected) {
      sent = sent.assertReply((reply) => {
        replies.push(reply);
        if (typeof expecting === 'string') expect(reply.text).toBe(expecting);
        else expecting?.(reply);
      });
    }
    flow = sent;
  }
  if (flow === adapter) throw new Error('a conversation needs at least one step');
  await (flow as TestFlow).startTest();
  return replies;
}

/** One message in a language (its Teams locale) through the file's `chat`; its one reply, checked by `check` when given. */
export async function replyTo(chat: Chat, lng: Lang, message: string, check?: ReplyCheck): Promise<Reply> {
  const [reply] = await talk(chat({ locale: LOCALE_OF[lng] }), [message, check]);
  if (!reply) throw new Error('the bot did not reply');
  return reply;
}

/** For `it.each([[lng, message] …])`: the reply to the message carries the emergency numbers (`seen(…).emergency`) or not, as `want` says. */
export const emergencyIs =
  (chat: Chat, want: boolean) =>
  async (lng: Lang, message: string): Promise<void> => {
    await replyTo(chat, lng, message, (reply) => {
      expect(seen(reply).emergency).toBe(want);
    });
  };
