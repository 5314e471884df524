import { PrivateConversationState, type BotState, type Storage, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { langSchema, type Lang } from '../language/languages';
import { contactIntentSchema } from '../contacts/intents';
import { serviceIdSchema, type ServiceId } from '../contacts/service-ids';
import { continuesSituation, rememberedReadingSchema, type RememberedReading } from './follow-up';
import { readingOfKind } from '../understanding/intent-of-kind';
import { ageBandSchema, type AgeBand } from './age-band';

/**
 * The one conversation state: what the bot remembers about a person's conversation, and the state features keep
 * in it (the triage's dialog stack). Loaded once at the start of a turn and saved once at its end (bot/veiviser-bot.ts),
 * through botbuilder's `BotState` over any `Storage`, so eTags guard concurrent turns and a shared store can serve
 * several instances. Categorical only: a language, a flag, what the last answer was about, the triage's answers.
 *
 * Keyed per user in each conversation (botbuilder's PrivateConversationState): in a group chat one colleague's
 * language, follow-up or triage does not capture another's messages.
 */

/** Left alone this long, a conversation's state is forgotten (answers about a child at risk are not kept longer). */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;

/** What the bot remembers about a conversation. */
export interface ConversationFacts {
  /** The language of the last reply. */
  readonly lng?: Lang;
  /** The welcome card was sent. */
  readonly welcomed?: boolean;
  /** What the last answer was about, for follow-ups such as "og i 2008?"; cleared by a turn answered otherwise. */
  readonly lastAnswered?: RememberedReading | undefined;
  /**
   * A message of this conversation signalled danger (said plainly or described): the questions that follow it about
   * the same situation (a follow-up, who to contact, what to do) keep the emergency numbers on top. A flag, no text.
   */
  readonly danger?: boolean;
  /** A message of this conversation was a concrete case about a person at risk: its follow-ups keep the short emergency line. */
  readonly concern?: boolean;
  /** A message of this conversation was a young person writing about their own situation. */
  readonly youngWriter?: boolean;
  /**
   * The danger or concern this conversation carries was raised by a coverage question asked for a person held abroad,
   * with nothing else of a case ("which embassy helps a girl held in Turkey?"): a follow-up that only names another
   * country ("and Iraq?") asks which post covers that one, so it does not carry the numbers. A flag, no text.
   */
  readonly coverageCase?: boolean;
  /**
   * The country of the case this conversation is about: an ISO 3166-1 code, the last one a message or an answer named
   * (never the place as written). "And if she is already there?" asks about it.
   */
  readonly caseCountry?: string;
  /** Whether the person the conversation is about is under 18 or grown up, as the last message that said it said (never the age). */
  readonly ageBand?: AgeBand;
  /**
   * The directory service the last message named (its id, never the words): after an article about no one service
   * ("is it still called minority adviser?" answered by the history), "where do I find their number?" asks its contact.
   */
  readonly namedService?: ServiceId | undefined;
}

/** Readings of a message nothing understood: "did you mean" or "I can't answer that". */
const UNREAD: ReadonlySet<string> = new Set(['unknown', 'suggest']);

/**
 * Whether a reading asks about a person who is abroad ("she is in Pakistan and cannot come back") or a child about to
 * be taken there ("they are going to Somalia for the whole summer, she is 4"): a concrete case of an involuntary stay
 * abroad, which gets the short "call 112 if acute" line and keeps it on the questions that follow. Read from the
 * categorical slots the contacts recognizer fills, so it works alike in every language. A grown-up's coming journey
 * alone is not a case ("which post takes a case in Bangladesh?" reads as travelling).
 */
export function describesCaseAbroad(readings: readonly unknown[]): boolean {
  return readings.some((reading) => {
    const query = readingOfKind(contactIntentSchema, 'contact', reading)?.query;
    return query?.whereabouts === 'abroad' || (query?.whereabouts === 'travelling-soon' && query.minor === true);
  });
}

/**
 * Whether danger flagged by an earlier message (`facts.danger`) keeps the emergency numbers on top of this turn: a
 * question about the same situation (who to contact, what to do: `continuesSituation`), or a message nothing understood
 * ("what if they take her to Iran instead?", "can I call without giving my name?"), after which the numbers are the one
 * sure help to show again. Statistics and commands do not carry it.
 */
export function carriesDanger(facts: ConversationFacts, answers: readonly { readonly kind: string }[]): boolean {
  return facts.danger === true && answers.some((a) => continuesSituation(a) || UNREAD.has(a.kind));
}

/**
 * Whether a concern flagged by an earlier message (`facts.concern`) keeps the short "call 112 if acute" line on this
 * turn: a question about the same situation, or a message nothing understood (the follow-up of a case that the bot
 * could not read is most likely about that case, and the line costs a reader one row).
 */
export function carriesConcern(facts: ConversationFacts, answers: readonly { readonly kind: string }[]): boolean {
  return facts.concern === true && answers.some((a) => continuesSituation(a) || UNREAD.has(a.kind));
}

/**
 * The danger and concern flags to keep after this turn: raised by this turn, or carried while the conversation stays
 * on the situation (`carriesDanger`, `carriesConcern`); a turn about something else (statistics, a command, another
 * topic) clears them, so an unread message ten questions later does not bring the emergency numbers back.
 */
export function situationFlags(
  facts: ConversationFacts,
  answers: readonly { readonly kind: string }[],
  now: { readonly danger: boolean; readonly concern: boolean },
): { readonly danger: boolean; readonly concern: boolean } {
  return { danger: now.danger || carriesDanger(facts, answers), concern: now.concern || carriesConcern(facts, answers) };
}

/** Parsed on every load: whatever the store returns, only these categorical fields are used. */
const factsSchema = z.object({
  lng: langSchema.optional(),
  welcomed: z.boolean().optional(),
  lastAnswered: rememberedReadingSchema.optional(),
  danger: z.boolean().optional(),
  concern: z.boolean().optional(),
  youngWriter: z.boolean().optional(),
  coverageCase: z.boolean().optional(),
  caseCountry: z.string().regex(/^[A-Z]{2}$/u).optional(),
  ageBand: ageBandSchema.optional(),
  namedService: serviceIdSchema.optional(),
});

const FACTS = 'facts';

export interface ConversationStore {
  /** The botbuilder state, for a feature that keeps a property of its own in it (the triage's dialog stack). */
  readonly state: BotState;
  /** Reads the state for this turn (once; later calls reuse it). */
  load(context: TurnContext): Promise<void>;
  /** The facts loaded for this turn; empty when nothing was loaded (a notice sent before loading). */
  facts(context: TurnContext): ConversationFacts;
  /** Changes the facts for this turn; written by `save`. */
  update(context: TurnContext, facts: ConversationFacts): void;
  /** Writes the turn's changes, if any (eTag-checked). */
  save(context: TurnContext): Promise<void>;
}

/** The facts parsed from each stored object (see `facts`); frozen, as every caller only reads them (as it reads a reading). */
const parsedFacts = new WeakMap<object, ConversationFacts>();

export function createConversationStore(storage: Storage): ConversationStore {
  const state = new PrivateConversationState(storage);
  const cached = (context: TurnContext): Record<string, unknown> | undefined => {
    const current: unknown = state.get(context);
    return isRecord(current) ? current : undefined;
  };
  return {
    state,
    async load(context) {
      await state.load(context);
    },
    facts(context) {
      const raw: unknown = cached(context)?.[FACTS];
      if (!isRecord(raw)) return factsSchema.safeParse(raw ?? {}).data ?? {};
      // A turn asks for the facts several times (the language, the follow-up, the update); the stored object only
      // changes by `update`, which puts a new one in its place, so each is parsed once.
      let facts = parsedFacts.get(raw);
      if (!facts) parsedFacts.set(raw, (facts = deepFreeze(factsSchema.safeParse(raw).data ?? {})));
      return facts;
    },
    update(context, facts) {
      const current = cached(context);
      if (!current) return;
      const next = { ...this.facts(context), ...facts };
      if (next.lastAnswered === undefined) delete next.lastAnswered;
      if (next.namedService === undefined) delete next.namedService;
      current[FACTS] = next;
    },
    async save(context) {
      if (cached(context)) await state.saveChanges(context);
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
