import type { Source } from '../content/source';
import type { Translate } from '../language/i18n';
import { LANGUAGE_NAMES, type Lang } from '../language/languages';
import { adaptiveCard, container, heading, askAction, numberedList, paragraph, smallNote, sourcesToggle, submitAction, type AdaptiveCard, type CardAction, type CardElement } from '../cards/card-kit';
import { uniqueSources } from '../cards/emergency-card';

/** An article resolved to one language, ready to show. Built by the article handler from the article file. */
export interface ArticleView {
  readonly id: string;
  readonly title: string;
  readonly short: string;
  readonly steps: readonly string[];
  readonly dont: readonly string[];
  /** Related services from the contact directory; each becomes a button that shows the contact. */
  readonly relatedServices: readonly { readonly serviceId: string; readonly name: string }[];
  /** Follow-up articles; each becomes a button that asks for it by title. */
  readonly followUps: readonly { readonly articleId: string; readonly title: string }[];
  readonly sources: readonly Source[];
  /** The language the text is actually in; differs from the card's language when it fell back. */
  readonly textLng: Lang;
}

function actionSet(actions: readonly CardAction[], extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return { type: 'ActionSet', actions, ...extra };
}

/** Markdown bullets, which Teams renders in TextBlocks. */
function bulletList(items: readonly string[]): CardElement {
  return paragraph(items.map((item) => `- ${item}`).join('\r'));
}

/**
 * The answer card: title, short answer, steps, a "do not" list, related contacts, follow-up questions,
 * the sources, a note when the text is in another language than asked, and 👍/👎 feedback.
 */
export function articleCard(lng: Lang, t: Translate, article: ArticleView): AdaptiveCard {
  const body: CardElement[] = [heading(article.title)];
  if (article.textLng !== lng) {
    body.push(smallNote(t('guidance:article.fallback', { requested: LANGUAGE_NAMES[lng], shown: LANGUAGE_NAMES[article.textLng] })));
  }
  body.push(paragraph(article.short));
  if (article.steps.length > 0) body.push(paragraph(t('guidance:article.steps'), { weight: 'Bolder' }), numberedList(article.steps));
  if (article.dont.length > 0) body.push(paragraph(t('guidance:article.dont'), { weight: 'Bolder' }), bulletList(article.dont));

  const extras: CardElement[] = [];
  if (article.relatedServices.length > 0) {
    extras.push(
      paragraph(t('guidance:article.related'), { weight: 'Bolder' }),
      actionSet(article.relatedServices.map((s) => submitAction(s.name, { verb: 'show-contact', serviceId: s.serviceId }))),
    );
  }
  if (article.followUps.length > 0) {
    extras.push(
      paragraph(t('guidance:article.followUps'), { weight: 'Bolder' }),
      actionSet(article.followUps.map((f) => askAction(f.title, f.title))),
    );
  }
  const sources = uniqueSources(article.sources);
  extras.push(...sourcesToggle(sources, lng, t, { id: `sources-${article.id}` }));
  extras.push(
    paragraph(t('guidance:article.feedbackQuestion'), { size: 'Small' }),
    actionSet([
      submitAction(t('guidance:article.up'), { verb: 'feedback', articleId: article.id, vote: 'up' }),
      submitAction(t('guidance:article.down'), { verb: 'feedback', articleId: article.id, vote: 'down' }),
    ]),
  );

  return adaptiveCard(lng, [container(lng, body), container(lng, extras, { separator: true })], [], article.title);
}
