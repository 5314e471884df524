/**
 * A reading as one kind's schema parses it, or undefined when it is of another kind. Each intent schema wants its own
 * `kind` (a literal), so a reading of another kind could only fail, and zod spells a failed parse out in full: an error
 * with a message for every issue, ~30 µs where a successful parse of the same schema takes ~10 (measured on the
 * contact schema). Readers that ask "is this a contact reading?" of every part, candidate and answer of a turn ask the
 * kind first; the result is what `schema.safeParse(value).data` gives.
 */
export function parsedOfKind<T>(schema: { safeParse(value: unknown): { readonly data?: T } }, kind: string, value: unknown): T | undefined {
  return isOfKind(value, kind) ? schema.safeParse(value).data : undefined;
}

/** Whether a value is an object whose `kind` is `kind`. */
export function isOfKind(value: unknown, kind: string): boolean {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === kind;
}
