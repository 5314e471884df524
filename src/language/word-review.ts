import { z } from 'zod';

/**
 * The review status of a word-list data file (content/understanding/*, content/contacts/*, content/stats/stats-words.json and stats-grammar.json,
 * content/knowledge/extra-phrasings.json): written with machine help, or checked by a native speaker. One vocabulary for
 * every such file, so a reviewer marks each the same way. Articles and locales have their own statuses.
 */
export const wordReviewSchema = z.enum(['machine-assisted', 'native-reviewed']);
export type WordReview = z.infer<typeof wordReviewSchema>;
