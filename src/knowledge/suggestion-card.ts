import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { adaptiveCard, container, heading, paragraph, submitAction, type AdaptiveCard } from '../cards/card-kit';
import { articleButtonTitle } from './short-titles';

export interface SuggestedTopic {
  readonly articleId: string;
  readonly title: string;
}

/** "Did you mean …?": the closest 2–3 topics as buttons (short titles, so none is cut off); a button opens that article (verb `show-article`). */
export function suggestionCard(lng: Lang, t: Translate, topics: readonly SuggestedTopic[]): AdaptiveCard {
  return adaptiveCard(
    lng,
    [container(lng, [heading(t('guidance:suggest.title')), paragraph(t('guidance:suggest.intro'))])],
    topics.slice(0, 3).map((topic) => submitAction(articleButtonTitle(topic.articleId, lng, topic.title), { verb: 'show-article', articleId: topic.articleId })),
    t('guidance:suggest.title'),
  );
}
