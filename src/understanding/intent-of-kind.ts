/**
 * A reading as one kind's schema parses it, or undefined when it is of another kind. Each intent schema wants its own
 * `kind` (a literal), so a reading of another kind could only fail, and zod spells a failed parse out in full: an error
 * with a message for every issue, ~30 µs where a successful parse of the same schema takes ~10 (measured on the
 * contact schema). Readers that ask "is this a contact reading?" of every part, candidate and answer of a turn ask the
 * kind first; the result is what `schema.safeParse(value).data` gives. For a value from outside (a card's payload).
 */
export function parsedOfKind<T>(schema: { safeParse(value: unknown): { readonly data?: T } }, kind: string, value: unknown): T | undefined {
  return isOfKind(value, kind) ? schema.safeParse(value).data : undefined;
}

/**
 * A reading of the turn as its kind's type, or undefined when it is of another kind: `parsedOfKind` without the parse.
 * Only for readings that never came from outside the process as they are: those a recognizer built (typed by its
 * `Recognizer<I>`, whose `I` is `z.infer` of the same schema) and those read back from the conversation state (parsed
 * by the state's own schema, `rememberedReadingSchema`, when the state was loaded). zod stays at those boundaries; a
 * parse here only copied a value already of the type (perf41c: ~27 a message, ~1.5 % of a turn's samples).
 */
export function readingOfKind<T>(_schema: { safeParse(value: unknown): { readonly data?: T } }, kind: string, value: unknown): T | undefined {
  // The schema only names the type. Checked: every reading of the 2,508 quick-folder conversations was what its
  // schema's parse gave (perf41c, docs/performance.md); test/bot/perf41c.test.ts compares them on its own messages.
  return isOfKind(value, kind) ? (value as T) : undefined;
}

/** Whether a value is an object whose `kind` is `kind`. */
export function isOfKind(value: unknown, kind: string): boolean {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === kind;
}
