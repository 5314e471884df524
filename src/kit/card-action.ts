import type { z } from 'zod';
import type { Turn } from './turn';

/**
 * A card button or form routes back to the bot by its `verb`. Each verb has one handler and one zod
 * schema for its payload: nothing from `activity.value` is used before it is parsed.
 */
export interface CardActionHandler<S extends z.ZodType = z.ZodType> {
  readonly verb: string;
  readonly schema: S;
  /** It only shows something (an article, a contact), so "show in Norwegian" may replay it. */
  readonly replayable?: boolean;
  handle(turn: Turn, data: z.infer<S>): Promise<void>;
}

/** Helper that keeps the schema and the handler's data type in step. */
export function cardAction<S extends z.ZodType>(
  verb: string,
  schema: S,
  handle: (turn: Turn, data: z.infer<S>) => Promise<void>,
  options: { readonly replayable?: boolean } = {},
): CardActionHandler<S> {
  return { verb, schema, handle, ...(options.replayable ? { replayable: true } : {}) };
}
