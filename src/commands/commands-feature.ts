import { MessageFactory } from 'botbuilder';
import type { i18n } from 'i18next';
import { z } from 'zod';
import { toAttachment } from '../cards/card-kit';
import { helpCard } from '../cards/help-card';
import { languageCard } from '../cards/language-card';
import { fixedT } from '../language/i18n';
import { langSchema, type Lang } from '../language/languages';
import { cardAction } from '../kit/card-action';
import { defineIntent, type Feature } from '../kit/feature';
import { chooseLanguageIntentSchema, helpIntentSchema } from './intents';
import { commandRecognizer } from './command-recognizer';
import type { LanguagePreferences } from '../storage/language-preferences';
import type { Turn } from '../kit/turn';

async function sendCard(turn: Turn, card: Parameters<typeof toAttachment>[0]): Promise<void> {
  await turn.context.sendActivity(MessageFactory.attachment(toAttachment(card)));
}

export async function sendHelp(turn: Turn, lead?: string): Promise<void> {
  await sendCard(turn, helpCard(turn.lng, turn.t, lead));
}

async function setLanguage(turn: Turn, preferences: LanguagePreferences, i18nInstance: i18n, lng: Lang): Promise<void> {
  await preferences.set(turn.userKey, lng);
  await turn.context.sendActivity(fixedT(i18nInstance, lng)('language.changed'));
}

export interface CommandsFeatureDeps {
  readonly preferences: LanguagePreferences;
  readonly i18n: i18n;
}

/** Help and language choice: the commands every deployment has, whatever other features are on. */
export function createCommandsFeature(deps: CommandsFeatureDeps): Feature {
  return {
    name: 'commands',
    recognizers: [commandRecognizer],
    intents: [
      defineIntent(helpIntentSchema, { namespace: 'common', replayable: true, handle: (turn) => sendHelp(turn) }),
      // Choosing a language changes a preference: never replayed.
      defineIntent(chooseLanguageIntentSchema, {
        namespace: 'common',
        replayable: false,
        handle: async (turn, intent) => {
          if (intent.lng) await setLanguage(turn, deps.preferences, deps.i18n, intent.lng);
          else await sendCard(turn, languageCard(turn.lng, turn.t));
        },
      }),
    ],
    cardActions: [
      cardAction('set-language', z.object({ lng: langSchema }).strict(), (turn, data) => setLanguage(turn, deps.preferences, deps.i18n, data.lng)),
    ],
  };
}
