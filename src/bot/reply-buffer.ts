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
  const buffer = new HeldReplies(context);
  // A bound method, not an arrow made for each turn: its code is the class's, optimized once (an arrow made per call
  // is compiled again after its optimized code is dropped).
  context.onSendActivities(buffer.hold.bind(buffer));
  return buffer;
}

const isMessage = (a: Partial<Activity>): boolean => a.type === ActivityTypes.Message;
const isNotMessage = (a: Partial<Activity>): boolean => a.type !== ActivityTypes.Message;

class HeldReplies implements ReplyBuffer {
  private holding = true;
  private readonly held: Partial<Activity>[] = [];

  constructor(private readonly context: TurnContext) {}

  /** The turn's send hook: message replies are held while `holding`; the rest go out now. */
  async hold(_ctx: TurnContext, activities: Partial<Activity>[], next: () => Promise<ResourceResponse[]>): Promise<ResourceResponse[]> {
    if (!this.holding || !activities.some(isMessage)) return next();
    const kinds = activities.map(isMessage);
    this.held.push(...activities.filter(isMessage));
    // The array is the one botbuilder sends on `next()`: what remains in it (typing indicators) goes out now.
    const others = activities.filter(isNotMessage);
    activities.splice(0, activities.length, ...others);
    const passed = others.length > 0 ? await next() : [];
    // botbuilder expects one response per activity, in order.
    const responses: ResourceResponse[] = [];
    let o = 0;
    for (const message of kinds) responses.push(message ? { id: '' } : (passed[o++] ?? { id: '' }));
    return responses;
  }

  async flush(compose: (held: readonly Partial<Activity>[]) => readonly Partial<Activity>[]): Promise<void> {
    this.holding = false;
    const out = compose(this.held.splice(0));
    if (out.length > 0) await this.context.sendActivities([...out]);
  }
}
