import type { Intent, IntentKind } from '../understanding/types';
import type { Turn } from './turn';

/** One handler per intent kind; each receives its already-narrowed intent. */
export type IntentHandlers = {
  readonly [K in IntentKind]: (turn: Turn, intent: Extract<Intent, { kind: K }>) => Promise<void>;
};

export async function dispatchIntent(handlers: IntentHandlers, turn: Turn, intent: Intent): Promise<void> {
  // The mapped type guarantees the handler matches the kind; TypeScript cannot correlate the two here.
  const handler = handlers[intent.kind] as (turn: Turn, intent: Intent) => Promise<void>;
  await handler(turn, intent);
}
