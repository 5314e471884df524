/**
 * Guidance: the article index and recognizer, the answer/suggestion/decline/emergency cards' handlers,
 * 👍/👎 feedback, and the data they read. The bot wires these in src/features.ts.
 */
export { toIndexable } from './article-indexable';
export { ArticleIndex, indexTerms, type ArticleMatch, type ExtraPhrasings, type IndexableArticle } from './article-index';
export { createArticleRecognizer, DEFAULT_ARTICLE_OPTIONS, isContactQuestion, isStatsQuestion, type ArticleRecognizerOptions } from './article-recognizer';
export { loadEmergencyContacts, parseEmergencyContacts, type EmergencyContact } from './emergency-contacts';
export { loadExtraPhrasings, parseExtraPhrasings } from './extra-phrasings';
export { fileFeedbackStore, memoryFeedbackStore, type FeedbackCounts, type FeedbackStore, type Vote } from './feedback-store';
export { createGuidanceFeature, type GuidanceFeature, type GuidanceFeatureDeps } from './guidance-feature';
export { articleView, createGuidanceHandlers, type GuidanceArticle, type GuidanceDeps, type GuidanceHandlers } from './guidance-handlers';
export { dangerDetector, signalsDanger } from '../understanding/danger-detector';
