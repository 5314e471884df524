import type { Understanding } from '../understanding/types';
import type { Turn } from './turn';

/**
 * A conversation over several turns (the triage dialog). While one is active, each message goes to it
 * first (its state lives in the one conversation state, saved by the bot); it answers `handled`, or says the message is not for it so the bot answers as usual.
 */
export interface ConversationFlow {
  /**
   * - `handled`: the flow answered (or cancelled itself on "avbryt").
   * - `not-active`: no flow is running for this user in this conversation.
   * - `left`: the message is a new question; the flow has ended and the bot answers the question.
   */
  continueTurn(turn: Turn, message: { readonly text: string; readonly understanding: Understanding }): Promise<'handled' | 'not-active' | 'left'>;
}
