import { conversationSetsShare } from './conversation-sets';

/**
 * Share 1 of 2 of the whole-conversation sets through the real bot: the floors of every other set and the file-name
 * check over their replies (test/evaluation/conversation-sets.ts). Share 2: conversation-sets-2.test.ts.
 */
conversationSetsShare(0, 2);
