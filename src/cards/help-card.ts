import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { adaptiveCard, container, heading, askAction, paragraph, type AdaptiveCard } from './card-kit';

export function helpExamples(t: Translate): string[] {
  const examples: unknown = t('help.examples', { returnObjects: true });
  return Array.isArray(examples) ? examples.filter((e): e is string => typeof e === 'string') : [];
}

/** What the bot can do, with example questions as buttons that send the question. */
export function helpCard(lng: Lang, t: Translate, lead?: string): AdaptiveCard {
  return adaptiveCard(
    lng,
    [
      container(lng, [
        ...(lead ? [paragraph(lead)] : []),
        heading(t('help.title')),
        paragraph(t('help.emergency'), { color: 'Attention' }),
        paragraph(t('help.guidance')),
        paragraph(t('help.contacts')),
        paragraph(t('help.stats')),
        paragraph(t('help.language')),
        paragraph(t('help.examplesTitle'), { weight: 'Bolder' }),
      ]),
    ],
    helpExamples(t).map((q) => askAction(q, q)),
    t('help.title'),
  );
}
