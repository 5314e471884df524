/** Guidance: what each topic is, what to do, the law and the sources — articles, "did you mean", feedback, and the emergency card's numbers. */
export { toIndexable } from './article-indexable';
export { ArticleIndex, indexTerms, type ArticleMatch, type ExtraPhrasings, type IndexableArticle } from './article-index';
export { createArticleRecognizer, DEFAULT_ARTICLE_OPTIONS, isContactQuestion, isStatsQuestion, type ArticleRecognizerOptions } from './article-recognizer';
export { loadEmergencyContacts, parseEmergencyContacts, type EmergencyContact } from './emergency-contacts';
export { loadExtraPhrasings, parseExtraPhrasings } from './extra-phrasings';
export { fileFeedbackStore, memoryFeedbackStore, postgresFeedbackStore, type FeedbackCounts, type FeedbackStore, type Vote } from './feedback-store';
export { fallbackIntent, createGuidanceFeature, type GuidanceFeature, type GuidanceFeatureDeps } from './guidance-feature';
export { articleView, createGuidanceHandlers, type GuidanceArticle, type GuidanceDeps, type GuidanceHandlers } from './guidance-handlers';
export { dangerDetector, signalsDanger } from '../understanding/danger-detector';
export { guidanceIntentSchemas, type ArticleIntent, type GuidanceIntent, type SuggestIntent, type UnknownIntent } from './intents';
