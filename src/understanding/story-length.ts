/**
 * Longer than a question: a message of more tokens than this is a story about a case, whose start words ("her brother
 * has started waiting", "the adviser started") and the services it names ask nothing about the services' history. Read
 * by the history reader (src/conversation/history-reader.ts) and the article recognizer's `notInStories`.
 */
export const STORY_TOKENS = 32;
