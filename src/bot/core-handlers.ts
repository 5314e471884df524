import { MessageFactory } from 'botbuilder';
import type { i18n } from 'i18next';
import { z } from 'zod';
import { toAttachment } from '../cards/card-kit';
import { helpCard } from '../cards/help-card';
import { languageCard } from '../cards/language-card';
import { fixedT } from '../language/i18n';
import { langSchema, type Lang } from '../language/languages';
import { cardAction, type CardActionHandler } from '../kit/card-action';
import type { IntentHandlers } from '../kit/intent-handlers';
import type { LanguagePreferences } from './language-preferences';
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

/** Help, language choice and "I don't know": the handlers every deployment has, whatever features are on. */
export function coreHandlers(deps: { preferences: LanguagePreferences; i18n: i18n }): Pick<IntentHandlers, 'help' | 'choose-language' | 'unknown'> {
  return {
    help: (turn) => sendHelp(turn),
    'choose-language': async (turn, intent) => {
      if (intent.lng) await setLanguage(turn, deps.preferences, deps.i18n, intent.lng);
      else await sendCard(turn, languageCard(turn.lng, turn.t));
    },
    unknown: (turn) => sendHelp(turn, turn.t('unknown.text')),
  };
}

export function coreCardActions(deps: { preferences: LanguagePreferences; i18n: i18n }): CardActionHandler[] {
  return [
    cardAction('set-language', z.object({ lng: langSchema }).strict(), (turn, data) => setLanguage(turn, deps.preferences, deps.i18n, data.lng)),
  ];
}
