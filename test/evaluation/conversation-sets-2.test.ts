import { conversationSetsShare } from './conversation-sets';

/**
 * Share 2 of 2 of the whole-conversation sets through the real bot: the floors of every other set and the file-name
 * check over their replies (test/evaluation/conversation-sets.ts). Share 1: conversation-sets-1.test.ts.
 */
conversationSetsShare(1, 2);
