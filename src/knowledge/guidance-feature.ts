import type { Turn } from '../kit/turn';
import type { ArticleCall } from './article-card';
import type { Lang } from '../language/languages';
import type { AdaptiveCard, CardElement } from '../cards/card-kit';
import type { EmergencyOptions } from '../cards/emergency-card';
import { createDangerReader } from '../understanding/danger-reader';
import type { SecondOpinion } from '../understanding/second-opinion';
import { loadSituationReader, type SituationReader } from '../understanding/situation-cues';
import type { Candidate } from '../understanding/types';
import { readingOfKind } from '../understanding/intent-of-kind';
import { defineIntent, type Feature } from '../kit/feature';
import { articleIntentSchema, suggestIntentSchema, unknownIntentSchema, type GuidanceIntent } from './intents';
import type { DangerDetector } from '../understanding/understand';
import { ArticleIndex, DEFAULT_SCORING } from './article-index';
import { INDEX_TERMS_FILE, readIndexTerms } from './index-terms-file';
import { toIndexable } from './article-indexable';
import { createArticleRecognizer, DEFAULT_ARTICLE_OPTIONS, type CountryMentionTest } from './article-recognizer';
import type { Article } from './article-schema';
import { loadEmergencyContacts, loadNextSteps } from './emergency-contacts';
import { loadExtraPhrasings } from './extra-phrasings';
import { fileFeedbackStore, type FeedbackStore } from './feedback-store';
import { createGuidanceHandlers } from './guidance-handlers';
import { loadArticles } from './load-articles';
import type { StorageHealth } from '../storage/storage-health';
import type { Logger } from '../logging/logger';

export interface GuidanceFeatureDeps {
  /** Where feedback counts are kept (`<dataDir>/feedback.json`). */
  readonly dataDir: string;
  /** The contact directory's display name of a service, or undefined when it has none. */
  readonly serviceName: (serviceId: string, lng: Lang) => string | undefined;
  /** A service to call for advice, with its number (see GuidanceDeps.serviceCall). */
  readonly serviceCall?: (serviceId: string, lng: Lang) => ArticleCall | undefined;
  /** Whether a message names a foreign country (the contact directory's country names, every language). */
  readonly namesCountry: CountryMentionTest;
  /** Tests pass articles and a store; the app reads content/ and the data directory. */
  readonly articles?: readonly Article[];
  readonly feedback?: FeedbackStore;
  /** Where the feedback file reports write trouble (for /healthz), and the log for its warnings. */
  readonly storageHealth?: StorageHealth;
  readonly log?: Logger;
  /** Danger only described, and young writers (content/understanding/situation); tests may pass their own. */
  readonly situation?: SituationReader;
  /**
   * The statistical second opinion on danger (the committed model by default); `npm run eval:rules-only` passes one
   * that never fires, to list the dangers only the model catches (scripts/eval-rules-only.ts).
   */
  readonly secondOpinion?: () => SecondOpinion;
}

/** Guidance as a feature (article, suggest, unknown; 👍/👎 and "did you mean" buttons), plus what other parts use. */
export interface GuidanceFeature extends Feature {
  readonly articles: readonly Article[];
  readonly danger: DangerDetector;
  /** With nothing confident: suggest the closest articles if there are any, otherwise say we don't know. */
  readonly fallback: (candidates: readonly Candidate[]) => GuidanceIntent;
  /** Marks the turn as one that shows the emergency numbers first (the bot builds the card at the end of the turn). */
  readonly sendEmergency: (turn: Turn) => Promise<void>;
  readonly emergencyCard: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => AdaptiveCard;
  /** The short "is someone in danger now? call 112" line on top of the answer to a concrete case. */
  readonly acuteLine: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => CardElement;
  readonly calmLine: (lng: Lang, t: Turn['t'], options: EmergencyOptions, answerText: string) => CardElement | undefined;
}

/** Below this, an article reading is not even offered under "did you mean". */
const SUGGEST_MIN_SCORE = 0.15;

/** With nothing confident: suggest the closest articles if there are any, otherwise say we don't know. */
export function fallbackIntent(candidates: readonly Candidate[]): GuidanceIntent {
  const suggestions = candidates
    .filter((c) => c.score >= SUGGEST_MIN_SCORE)
    .flatMap((c) => readingOfKind(articleIntentSchema, 'article', c.intent)?.articleId ?? [])
    .slice(0, 3);
  return suggestions.length > 0 ? { kind: 'suggest', articleIds: suggestions } : { kind: 'unknown' };
}

/** Everything guidance contributes to the bot, from the content files, in one call. */
export async function createGuidanceFeature(deps: GuidanceFeatureDeps): Promise<GuidanceFeature> {
  const articles = deps.articles ?? (await loadArticles());
  const indexable = articles.map(toIndexable);
  const extra = loadExtraPhrasings();
  // The build step's index layouts when they were made from these articles (the app as built); else stem and lay out here.
  const precomputed = deps.articles ? undefined : readIndexTerms(INDEX_TERMS_FILE, indexable, extra);
  if (precomputed?.reason === 'out of date') deps.log?.info('index terms file out of date: stemming the articles at start', { file: INDEX_TERMS_FILE });
  const index = ArticleIndex.build(indexable, extra, DEFAULT_SCORING, precomputed?.layouts);
  const handlers = createGuidanceHandlers({
    articles: new Map(articles.map((a) => [a.id, a])),
    emergencyContacts: loadEmergencyContacts(),
    nextSteps: loadNextSteps(),
    feedback: deps.feedback ?? (await fileFeedbackStore(deps.dataDir, deps.log, deps.storageHealth)),
    serviceName: deps.serviceName,
    ...(deps.serviceCall ? { serviceCall: deps.serviceCall } : {}),
  });
  return {
    name: 'guidance',
    articles,
    recognizers: [createArticleRecognizer(index, DEFAULT_ARTICLE_OPTIONS, deps.namesCountry)],
    intents: [
      defineIntent(articleIntentSchema, { namespace: 'guidance', replayable: true, handle: handlers.handleArticle }),
      defineIntent(suggestIntentSchema, { namespace: 'guidance', replayable: true, handle: handlers.handleSuggest }),
      defineIntent(unknownIntentSchema, { namespace: 'guidance', replayable: true, handle: (turn, intent) => handlers.handleUnknown(turn, intent) }),
    ],
    danger: createDangerReader(deps.situation ?? loadSituationReader(), ...(deps.secondOpinion ? [deps.secondOpinion] : [])),
    fallback: fallbackIntent,
    sendEmergency: handlers.sendEmergency,
    emergencyCard: handlers.emergencyCard,
    acuteLine: handlers.acuteLine,
    calmLine: handlers.calmLine,
    cardActions: handlers.cardActions,
  };
}
