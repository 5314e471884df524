import type { i18n } from 'i18next';
import type { CardActionHandler } from './bot/card-action';
import { coreCardActions, coreHandlers } from './bot/core-handlers';
import type { IntentHandlers } from './bot/intent-handlers';
import type { LanguagePreferences } from './bot/language-preferences';
import type { Turn } from './bot/turn';
import type { Logger } from './logging/logger';
import { commandRecognizer } from './understanding/command-recognizer';
import type { Recognizer } from './understanding/types';
import type { DangerDetector } from './understanding/understand';

/** What the features contribute to the bot: how they read messages, and how they answer. */
export interface Features {
  readonly recognizers: readonly Recognizer[];
  readonly danger: DangerDetector;
  readonly handlers: IntentHandlers;
  readonly cardActions: readonly CardActionHandler[];
  readonly sendEmergency: (turn: Turn) => Promise<void>;
  close(): Promise<void>;
}

export interface FeatureDeps {
  readonly i18n: i18n;
  readonly preferences: LanguagePreferences;
  readonly dataDir: string;
  readonly log: Logger;
  readonly now: () => Date;
}

/** Composes every feature. The only file that knows which features exist. */
export async function createFeatures(deps: FeatureDeps): Promise<Features> {
  const core = coreHandlers(deps);
  const notYet = (turn: Turn) => core.unknown(turn, { kind: 'unknown' });
  return {
    recognizers: [commandRecognizer],
    danger: { isDanger: () => false },
    handlers: {
      ...core,
      article: notYet,
      suggest: notYet,
      contact: notYet,
      triage: notYet,
      stats: notYet,
      'register-case': notYet,
    },
    cardActions: [...coreCardActions(deps)],
    sendEmergency: async () => undefined,
    close: async () => undefined,
  };
}
