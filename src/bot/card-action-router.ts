import { z } from 'zod';
import type { CardActionHandler } from '../kit/card-action';
import type { Turn } from '../kit/turn';

const envelopeSchema = z.object({ verb: z.string().min(1).max(64) }).passthrough();

export type CardActionOutcome = 'handled' | 'invalid' | 'unknown-verb';

/** Routes a card submit (`activity.value`) to the one handler registered for its `verb`. */
export class CardActionRouter {
  private readonly handlers = new Map<string, CardActionHandler>();

  constructor(handlers: readonly CardActionHandler[]) {
    for (const handler of handlers) {
      if (this.handlers.has(handler.verb)) throw new Error(`two card actions share the verb "${handler.verb}"`);
      this.handlers.set(handler.verb, handler);
    }
  }

  /** True when `value` looks like one of our card submits (has a string verb). */
  static isCardSubmit(value: unknown): boolean {
    return envelopeSchema.safeParse(value).success;
  }

  async route(turn: Turn, value: unknown): Promise<CardActionOutcome> {
    const envelope = envelopeSchema.safeParse(value);
    if (!envelope.success) return 'invalid';
    const handler = this.handlers.get(envelope.data.verb);
    if (!handler) return 'unknown-verb';
    const { verb: _verb, ...payload } = envelope.data;
    const parsed = handler.schema.safeParse(payload);
    if (!parsed.success) {
      turn.log.info('card submit rejected', { verb: handler.verb, issues: parsed.error.issues.length });
      return 'invalid';
    }
    await handler.handle(turn, parsed.data);
    return 'handled';
  }
}
