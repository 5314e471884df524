import { situationFlags } from '../../src/conversation/conversation-state';

/**
 * The danger and concern flags follow the situation: raised by a turn, kept while the conversation stays on it
 * (a contact question, a message nothing understood), cleared by a turn about something else, so an unread message
 * long after a statistics question does not bring the emergency numbers back.
 */
describe('the danger and concern flags of a conversation', () => {
  const calm = { danger: false, concern: false };

  it('are raised by the turn that signals them', () => {
    expect(situationFlags({}, [{ kind: 'article' }], { danger: true, concern: false })).toEqual({ danger: true, concern: false });
    expect(situationFlags({}, [{ kind: 'article' }], { danger: false, concern: true })).toEqual({ danger: false, concern: true });
  });

  it('stay on a question about the same situation and on a message nothing understood', () => {
    expect(situationFlags({ danger: true }, [{ kind: 'contact' }], calm).danger).toBe(true);
    expect(situationFlags({ danger: true }, [{ kind: 'unknown' }], calm).danger).toBe(true);
    expect(situationFlags({ concern: true }, [{ kind: 'suggest' }], calm).concern).toBe(true);
  });

  it('are cleared by a turn about something else', () => {
    expect(situationFlags({ danger: true, concern: true }, [{ kind: 'stats' }], calm)).toEqual({ danger: false, concern: false });
    expect(situationFlags({ danger: true }, [{ kind: 'help' }], calm).danger).toBe(false);
  });
});
