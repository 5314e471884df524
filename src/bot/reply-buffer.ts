import { ActivityTypes, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';

/**
 * Holds a turn's message replies until the turn has decided everything it will say, then sends them in one go
 * through `compose`. That is what lets a danger turn put the emergency numbers and the answer into one card that
 * is on screen when the replies have arrived, whichever feature sent what (see cards/emergency-card.ts).
 *
 * Registered before any other send hook of the turn, so the others (the review note) see the composed replies.
 * Typing indicators and other non-message activities pass straight through. Nothing in the bot uses the id a
 * send returns (no updateActivity), so the held replies answer with an empty id.
 */
export interface ReplyBuffer {
  /** Sends what was held, as `compose` arranges it; later sends go straight out (the error handler's apology). */
  flush(compose: (held: readonly Partial<Activity>[]) => readonly Partial<Activity>[]): Promise<void>;
}

export function bufferReplies(context: TurnContext): ReplyBuffer {
  let holding = true;
  const held: Partial<Activity>[] = [];
  context.onSendActivities(async (_ctx, activities, next) => {
    if (!holding || !activities.some((a) => a.type === ActivityTypes.Message)) return next();
    const kinds = activities.map((a) => a.type === ActivityTypes.Message);
    held.push(...activities.filter((a) => a.type === ActivityTypes.Message));
    // The array is the one botbuilder sends on `next()`: what remains in it (typing indicators) goes out now.
    const others = activities.filter((a) => a.type !== ActivityTypes.Message);
    activities.splice(0, activities.length, ...others);
    const passed = others.length > 0 ? await next() : [];
    let o = 0;
    // botbuilder expects one response per activity, in order.
    return kinds.map((isMessage): ResourceResponse => (isMessage ? { id: '' } : (passed[o++] ?? { id: '' })));
  });
  return {
    async flush(compose) {
      holding = false;
      const out = compose(held.splice(0));
      if (out.length > 0) await context.sendActivities([...out]);
    },
  };
}
