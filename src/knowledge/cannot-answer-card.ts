import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { adaptiveCard, container, heading, askAction, paragraph, submitAction, type AdaptiveCard } from '../cards/card-kit';
import { articleButtonTitle } from './short-titles';
import type { SuggestedTopic } from './suggestion-card';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * An honest "I can't answer that", what the bot can do instead, 112, and a button to the help card; with `seeAlso`, a
 * button to the article that speaks to the errand's subject first (booking an interpreter: using interpreters).
 */
export function cannotAnswerCard(lng: Lang, t: Translate, seeAlso?: SuggestedTopic): AdaptiveCard {
  const canDo = stringList(t('guidance:cannot.canDo', { returnObjects: true }));
  return adaptiveCard(
    lng,
    [
      container(lng, [
        heading(t('guidance:cannot.title')),
        paragraph(t('guidance:cannot.text')),
        paragraph(t('guidance:cannot.canDoTitle'), { weight: 'Bolder' }),
        paragraph(canDo.map((item) => `- ${item}`).join('\r')),
        // Default-coloured text on the attention style: red text on white is hard to read in Teams' light theme.
        { type: 'Container', style: 'attention', items: [paragraph(t('guidance:cannot.emergency'))] },
      ]),
    ],
    [
      ...(seeAlso ? [submitAction(articleButtonTitle(seeAlso.articleId, lng, seeAlso.title), { verb: 'show-article', articleId: seeAlso.articleId })] : []),
      askAction(t('guidance:cannot.help'), t('guidance:cannot.helpCommand')),
    ],
    t('guidance:cannot.title'),
  );
}
