import type { CardActionHandler } from '../bot/card-action';
import type { Turn } from '../bot/turn';
import type { Lang } from '../language/languages';
import { dangerDetector } from '../understanding/danger-detector';
import type { Intent, Recognizer } from '../understanding/types';
import type { DangerDetector } from '../understanding/understand';
import { ArticleIndex } from './article-index';
import { toIndexable } from './article-indexable';
import { createArticleRecognizer, DEFAULT_ARTICLE_OPTIONS, type CountryMentionTest } from './article-recognizer';
import type { Article } from './article-schema';
import { loadEmergencyContacts } from './emergency-contacts';
import { loadExtraPhrasings } from './extra-phrasings';
import { fileFeedbackStore, type FeedbackStore } from './feedback-store';
import { createGuidanceHandlers } from './guidance-handlers';
import { loadArticles } from './load-articles';

export interface GuidanceFeatureDeps {
  /** Where feedback counts are kept (`<dataDir>/feedback.json`). */
  readonly dataDir: string;
  /** The contact directory's display name of a service, or undefined when it has none. */
  readonly serviceName: (serviceId: string, lng: Lang) => string | undefined;
  /** Whether a message names a foreign country (the contact directory's country names, every language). */
  readonly namesCountry: CountryMentionTest;
  /** Tests pass articles and a store; the app reads content/ and the data directory. */
  readonly articles?: readonly Article[];
  readonly feedback?: FeedbackStore;
}

export interface GuidanceFeature {
  readonly articles: readonly Article[];
  /** The article recognizer, for `createUnderstanding` (with the command and feature recognizers). */
  readonly recognizer: Recognizer;
  readonly danger: DangerDetector;
  readonly handlers: {
    readonly article: (turn: Turn, intent: Extract<Intent, { kind: 'article' }>) => Promise<void>;
    readonly suggest: (turn: Turn, intent: Extract<Intent, { kind: 'suggest' }>) => Promise<void>;
    readonly unknown: (turn: Turn) => Promise<void>;
  };
  readonly sendEmergency: (turn: Turn) => Promise<void>;
  /** `feedback` (👍/👎) and `show-article` ("did you mean" buttons). */
  readonly cardActions: readonly CardActionHandler[];
}

/** Everything guidance contributes to the bot, from the content files, in one call. */
export async function createGuidanceFeature(deps: GuidanceFeatureDeps): Promise<GuidanceFeature> {
  const articles = deps.articles ?? (await loadArticles());
  const index = ArticleIndex.build(articles.map(toIndexable), loadExtraPhrasings());
  const handlers = createGuidanceHandlers({
    articles: new Map(articles.map((a) => [a.id, a])),
    emergencyContacts: loadEmergencyContacts(),
    feedback: deps.feedback ?? (await fileFeedbackStore(deps.dataDir)),
    serviceName: deps.serviceName,
  });
  return {
    articles,
    recognizer: createArticleRecognizer(index, DEFAULT_ARTICLE_OPTIONS, deps.namesCountry),
    danger: dangerDetector,
    handlers: { article: handlers.handleArticle, suggest: handlers.handleSuggest, unknown: handlers.handleUnknown },
    sendEmergency: handlers.sendEmergency,
    cardActions: handlers.cardActions,
  };
}
