/**
 * An allocation-letter assignment number after its word ("oppdrag 2024-09", "assignment 2021-17") names a task,
 * not a year: without this, "hva erstatter oppdrag 2024-09" would read as counting assignments in 2024.
 */
const ASSIGNMENT_NUMBER = /(?<!\p{L})(oppdrag\p{L}*|assignments?|task)(\s+(?:nr\.?|no\.?|number)?\s*)(?:19|20)\d\d-\d\d(?!\d)/gu;

/** The normalised text with each assignment number dropped and its word kept ("oppdrag 2024-09" → "oppdrag"). */
export function withoutAssignmentNumbers(normalized: string): string {
  return normalized.replace(ASSIGNMENT_NUMBER, '$1');
}

/** The normalised text with each numbered assignment dropped, word and number: a named task counts nothing ("oppdrag 2024-10 i 2024" asks for no figure). */
export function withoutNumberedAssignments(normalized: string): string {
  return normalized.replace(ASSIGNMENT_NUMBER, ' ');
}
