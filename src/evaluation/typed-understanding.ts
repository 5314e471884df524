import { readIntent, type Intent } from '../features';
import type { Lang } from '../language/languages';
import type { IntentBase, Understanding } from '../understanding/types';

/** A reading with its intents narrowed to the bot's intent union, so the checks can read each kind's fields. */
export type EvalUnderstanding = Understanding<Intent>;
export type UnderstandFn = (text: string, lng: Lang) => EvalUnderstanding;

function narrow(intent: IntentBase): Intent {
  const parsed = readIntent(intent);
  // Every recognizer produces intents the features declare; one that does not is a bug to see at once.
  if (!parsed) throw new Error(`the understanding produced an undeclared intent "${intent.kind}"`);
  return parsed;
}

/** The understanding step as the evaluation reads it: same readings, typed. */
export function typedUnderstanding(understand: (text: string, lng: Lang) => Understanding): UnderstandFn {
  return (text, lng) => {
    const u = understand(text, lng);
    const { topic, ...rest } = u;
    return { ...rest, ...(topic ? { topic: narrow(topic) } : {}), intent: narrow(u.intent), candidates: u.candidates.map((c) => ({ ...c, intent: narrow(c.intent) })) };
  };
}
