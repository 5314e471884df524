import { z } from 'zod';

/**
 * A regular expression's source in a word-list data file (content/understanding/counted-in-articles.json,
 * content/knowledge/amount-words.json): the schema compiles it with the `u` flag, so a reviewer's broken pattern is
 * reported by the schema, with its file and text, at start instead of failing at the first question.
 */
export const patternSourceSchema = z
  .string()
  .trim()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression');
