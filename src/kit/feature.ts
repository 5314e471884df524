import type { z } from 'zod';
import type { IntentBase, Recognizer } from '../understanding/types';
import type { CardActionHandler } from './card-action';
import type { ConversationFlow } from './conversation-flow';
import type { Turn } from './turn';

/**
 * What every feature plugs into the bot. A feature is one folder (knowledge/, contacts/, stats/, triage/, commands/)
 * whose index.ts exports `create…Feature(deps): Feature`; src/features.ts lists them. See docs/architecture.md.
 */
export interface Feature {
  /** For logs and errors. */
  readonly name: string;
  /** How the feature reads a message (pure and synchronous; every recognizer reads every message). */
  readonly recognizers: readonly Recognizer[];
  /** The intents it answers, each declared once with zod. */
  readonly intents: readonly IntentDefinition[];
  /** The card buttons and forms it handles, by verb. */
  readonly cardActions: readonly CardActionHandler[];
  /** A conversation over several turns that gets each message first while it is active (the triage). */
  readonly flow?: ConversationFlow;
  /** Releases what it holds open (the case store). */
  close?(): Promise<void>;
}

/** One intent: its shape (declared once; the type is `z.infer` of it), how it is answered, and how it is shown. */
export interface IntentDefinition<I extends IntentBase = IntentBase> {
  readonly kind: string;
  /** Parses an intent that came from outside (a replayed card action). */
  readonly schema: { safeParse(value: unknown): z.ZodSafeParseResult<I> };
  /** The i18n namespace whose review status decides the machine-translation note on the answer. */
  readonly namespace: string;
  /** "Show in Norwegian" may answer it again (it only shows something; a registration is never replayed). */
  readonly replayable: boolean;
  // Method syntax: a definition of one intent is usable where any intent's definition is expected.
  handle(turn: Turn, intent: I): Promise<void>;
}

/** Keeps the schema, the kind and the handler's intent type in step. */
export function defineIntent<S extends z.ZodObject<{ kind: z.ZodLiteral<string> }>>(
  schema: S,
  options: { readonly namespace: string; readonly replayable: boolean; readonly handle: (turn: Turn, intent: z.infer<S>) => Promise<void> },
): IntentDefinition<z.infer<S>> {
  const kind = schema.shape.kind.value;
  return { kind, schema, namespace: options.namespace, replayable: options.replayable, handle: options.handle };
}
