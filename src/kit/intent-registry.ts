import { z } from 'zod';
import type { IntentBase } from '../understanding/types';
import type { Feature, IntentDefinition } from './feature';
import type { Turn } from './turn';

/** Every feature's intents, by kind: how the bot answers an intent without knowing what kinds there are. */
export interface IntentRegistry {
  /** Answers an intent with the handler of the feature that declared its kind. */
  dispatch(turn: Turn, intent: IntentBase): Promise<void>;
  /** The namespace whose review status decides the note on the answer ('common' for an unknown kind). */
  namespaceOf(intent: IntentBase | undefined): string;
  /** A replayable intent as it came back from a card ("show in Norwegian"), parsed with its own schema; else undefined. */
  parseReplayable(value: unknown): IntentBase | undefined;
  /** The card-action verbs that only show something, so replaying them is safe. */
  readonly replayableVerbs: ReadonlySet<string>;
}

const kindOf = z.object({ kind: z.string() }).passthrough();

export function createIntentRegistry(features: readonly Feature[]): IntentRegistry {
  const byKind = new Map<string, IntentDefinition>();
  for (const feature of features) {
    for (const definition of feature.intents) {
      if (byKind.has(definition.kind)) throw new Error(`two features declare the intent "${definition.kind}"`);
      byKind.set(definition.kind, definition);
    }
  }
  const replayableVerbs = new Set(features.flatMap((f) => f.cardActions.filter((a) => a.replayable === true).map((a) => a.verb)));
  return {
    async dispatch(turn, intent) {
      const definition = byKind.get(intent.kind);
      if (!definition) throw new Error(`no feature answers the intent "${intent.kind}"`);
      await definition.handle(turn, intent);
    },
    namespaceOf(intent) {
      return (intent && byKind.get(intent.kind)?.namespace) ?? 'common';
    },
    parseReplayable(value) {
      const kind = kindOf.safeParse(value);
      const definition = kind.success ? byKind.get(kind.data.kind) : undefined;
      if (!definition?.replayable) return undefined;
      const parsed = definition.schema.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    },
    replayableVerbs,
  };
}
