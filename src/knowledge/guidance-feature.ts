import type { CardActionHandler } from '../kit/card-action';
import type { Turn } from '../kit/turn';
import type { Lang } from '../language/languages';
import type { AdaptiveCard } from '../cards/card-kit';
import type { EmergencyOptions } from '../cards/emergency-card';
import { dangerStrength } from '../understanding/danger-detector';
import { loadSituationReader, type SituationReader } from '../understanding/situation-cues';
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
  /** Danger only described, and young writers (content/understanding/situation); tests may pass their own. */
  readonly situation?: SituationReader;
}

/**
 * The plain danger words and the described situations together. Harm named plainly, or a situation described, raises
 * the flag; danger named only in general words ("in danger", "sent … now") does not in a general question about the
 * topic (signs, definitions, the law, statistics, something long past).
 */
function withSituation(situation: SituationReader): DangerDetector {
  // Both questions are asked of the same message in one turn: read it once.
  let last: { text: string; read: ReturnType<SituationReader['read']> } | undefined;
  const read = (text: string) => {
    if (last?.text !== text) last = { text, read: situation.read(text) };
    return last.read;
  };
  return {
    isDanger: (u) => {
      const strength = dangerStrength(u.normalized);
      if (strength === 'strong') return true;
      const described = read(u.text);
      return described.danger.length > 0 || (strength === 'weak' && !described.concepts.has('general'));
    },
    isYoungWriter: (u) => read(u.text).youngWriter,
  };
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
  /** Marks the turn as one that shows the emergency numbers first (the bot builds the card at the end of the turn). */
  readonly sendEmergency: (turn: Turn) => Promise<void>;
  readonly emergencyCard: (lng: Lang, t: Turn['t'], options: EmergencyOptions) => AdaptiveCard;
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
    danger: withSituation(deps.situation ?? loadSituationReader()),
    handlers: { article: handlers.handleArticle, suggest: handlers.handleSuggest, unknown: handlers.handleUnknown },
    sendEmergency: handlers.sendEmergency,
    emergencyCard: handlers.emergencyCard,
    cardActions: handlers.cardActions,
  };
}
