import type { Activity } from 'botbuilder';

/**
 * Reads a danger turn's one reply as a person sees it: the emergency block (what is on screen) and the answers
 * behind its "Show the answer" buttons (Action.ShowCard, opened in place).
 */
export interface EmergencyReplyView {
  /** The visible part of the card: its body, as JSON text. */
  readonly visible: string;
  /** Every answer card behind a "show the answer" button, in order. */
  readonly answers: readonly Record<string, unknown>[];
  /** The titles of those buttons. */
  readonly answerButtons: readonly string[];
}

export function readEmergencyReply(reply: Partial<Activity>): EmergencyReplyView {
  const content = reply.attachments?.[0]?.content as { body?: unknown; actions?: unknown } | undefined;
  if (!content || !Array.isArray(content.body)) throw new Error('the reply has no Adaptive Card');
  const actions = (Array.isArray(content.actions) ? content.actions : []) as Array<{ type?: string; title?: string; card?: Record<string, unknown> }>;
  const shown = actions.filter((a) => a.type === 'Action.ShowCard' && a.card);
  return {
    visible: JSON.stringify(content.body),
    answers: shown.map((a) => a.card ?? {}),
    answerButtons: shown.map((a) => a.title ?? ''),
  };
}

/** True when the reply is the emergency card (112 in the visible part, the call buttons inside it). */
export function isEmergencyReply(reply: Partial<Activity>): boolean {
  try {
    const view = readEmergencyReply(reply);
    return view.visible.includes('tel:112') && view.visible.includes('"ActionSet"');
  } catch {
    return false;
  }
}
