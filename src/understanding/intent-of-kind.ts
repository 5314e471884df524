/**
 * A reading as one kind's schema parses it, or undefined when it is of another kind. Each intent schema wants its own
 * `kind` (a literal), so a reading of another kind could only fail, and zod spells a failed parse out in full: an error
 * with a message for every issue, ~30 µs where a successful parse of the same schema takes ~10 (measured on the
 * contact schema). Readers that ask "is this a contact reading?" of every part, candidate and answer of a turn ask the
 * kind first; the result is what `schema.safeParse(value).data` gives.
 *
 * A frozen reading (every reading the understanding cache gives, the parts' readings, the conversation's remembered
 * reading) cannot change, and a turn asks the same schema about it again and again: the bot, the follow-up and
 * two-needs readers, the conversation's flags and what is remembered for the next message ask ~6 parses a turn, three
 * in four of them a repeat of one already made. So a frozen reading's parse is made once per schema and kept as long as
 * the reading lives (a WeakMap: nothing is kept for a reading no one holds), and given frozen: every caller gets the
 * same object, so none may change it. An unfrozen value is parsed on every call, as before.
 */
export function parsedOfKind<T>(schema: { safeParse(value: unknown): { readonly data?: T } }, kind: string, value: unknown): T | undefined {
  if (!isOfKind(value, kind) || typeof value !== 'object' || value === null) return undefined;
  if (!Object.isFrozen(value)) return schema.safeParse(value).data;
  let bySchema = parsesOfFrozen.get(value);
  if (!bySchema) parsesOfFrozen.set(value, (bySchema = new WeakMap()));
  const known = bySchema.get(schema);
  if (known) return known.data as T | undefined;
  const data = deepFreeze(schema.safeParse(value).data);
  bySchema.set(schema, { data });
  return data;
}

/** Parses of frozen readings: per reading, per schema (see `parsedOfKind`). */
const parsesOfFrozen = new WeakMap<object, WeakMap<object, { readonly data: unknown }>>();

/** Whether a value is an object whose `kind` is `kind`. */
export function isOfKind(value: unknown, kind: string): boolean {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === kind;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
