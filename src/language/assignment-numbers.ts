import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';
import { langSchema } from './languages';
import { wordReviewSchema } from './word-review';

/**
 * An allocation-letter assignment number beside its word ("oppdrag 2024-09", "assignment 2021-17", "завдання 2024-10",
 * "2024-10 görevi") names a task, not a year: without this, "hva erstatter oppdrag 2024-09" would read as counting
 * assignments in 2024. The words, per language, are data (content/understanding/assignment-words.json).
 */
export const assignmentWordsSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    words: z.partialRecord(langSchema, z.array(z.string().trim().min(1)).min(1)),
  })
  .strict();

const NUMBER = '(?:19|20)\\d\\d-\\d\\d(?!\\d)';
/** "oppdrag 2024-10 og 2024-11", "assignments 2024-10, 2024-11": the further numbers joined by a comma or a short word. */
const MORE = `(?:\\s*(?:,|\\p{L}{1,3})\\s*${NUMBER})*`;

let shipped: RegExp | undefined;
/** Word then number (group 1 the word), or number then the word, maybe one word between (group 3 the word). */
function assignmentNumber(): RegExp {
  if (shipped) return new RegExp(shipped.source, 'gu');
  const data = readDataFile(contentPath('understanding', 'assignment-words.json'), assignmentWordsSchema);
  const word = `(?:${Object.values(data.words).flat().join('|')})`;
  shipped = new RegExp(
    `(?<!\\p{L})(${word})(?:\\s+(?:nr\\.?|no\\.?|number|№)?\\s*)${NUMBER}${MORE}|(?<![\\d-])${NUMBER}((?:\\s+\\p{L}+)?\\s+)(${word})(?!\\p{L})`,
    'gu',
  );
  return new RegExp(shipped.source, 'gu');
}

/**
 * Every match of `assignmentNumber()` holds a number of this form: a text without one has nothing to drop, and is
 * returned as it is without the long pattern run (perf35: most messages name no assignment).
 */
const ANY_NUMBER = new RegExp(NUMBER.replace('(?!\\d)', ''), 'u');

/** The normalised text with each assignment number dropped and its word kept ("oppdrag 2024-09" → "oppdrag"). */
export function withoutAssignmentNumbers(normalized: string): string {
  if (!ANY_NUMBER.test(normalized)) return normalized;
  return normalized.replace(assignmentNumber(), (_all, before: string | undefined, _between: string | undefined, after: string | undefined) => before ?? after ?? ' ');
}

/** The normalised text with each numbered assignment dropped, word and number: a named task counts nothing ("oppdrag 2024-10 i 2024" asks for no figure). */
export function withoutNumberedAssignments(normalized: string): string {
  if (!ANY_NUMBER.test(normalized)) return normalized;
  return normalized.replace(assignmentNumber(), ' ');
}
