import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { adaptiveCard, container, heading, askAction, paragraph, smallNote, type AdaptiveCard } from './card-kit';
import { helpExamples } from './help-card';

/** Sent once when the bot is installed or added to a conversation. */
export function welcomeCard(lng: Lang, t: Translate): AdaptiveCard {
  return adaptiveCard(
    lng,
    [
      container(lng, [
        heading(t('welcome.title')),
        paragraph(t('welcome.intro')),
        paragraph(t('welcome.canDo')),
        paragraph(t('welcome.notMonitored'), { color: 'Attention' }),
        smallNote(t('welcome.privacy')),
      ]),
    ],
    [...helpExamples(t).slice(0, 3).map((q) => askAction(q, q)), askAction(t('actions.language'), t('actions.language'))],
    `${t('welcome.title')} — ${t('welcome.notMonitored')}`,
  );
}
