import type { Translate } from '../language/i18n';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../language/languages';
import { adaptiveCard, container, heading, paragraph, submitAction, type CardElement, type AdaptiveCard } from './card-kit';

/** Teams shows at most six actions in one row set; twelve languages go in rows of three. */
const PER_ROW = 3;

/** One button per supported language, each named in its own language. */
export function languageCard(lng: Lang, t: Translate, lead?: string): AdaptiveCard {
  const rows: CardElement[] = [];
  for (let i = 0; i < LANGUAGES.length; i += PER_ROW) {
    rows.push({
      type: 'ActionSet',
      actions: LANGUAGES.slice(i, i + PER_ROW).map((code) => submitAction(LANGUAGE_NAMES[code], { verb: 'set-language', lng: code })),
    });
  }
  return adaptiveCard(lng, [container(lng, [heading(t('language.title')), paragraph(lead ?? t('language.prompt'))]), ...rows], [], t('language.title'));
}
