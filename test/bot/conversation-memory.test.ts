import { ConversationMemory } from '../../src/bot/conversation-memory';

describe('conversation memory', () => {
  it('remembers a conversation language and forgets it after the TTL', () => {
    let now = 0;
    const memory = new ConversationMemory(1000, 100, () => now);
    memory.update('c1', { lng: 'nn' });
    now = 999;
    expect(memory.get('c1').lng).toBe('nn');
    now = 2100;
    expect(memory.get('c1')).toEqual({});
  });

  it('keeps at most maxEntries conversations, dropping the least recently used', () => {
    const memory = new ConversationMemory(60_000, 2);
    memory.update('a', { lng: 'nb' });
    memory.update('b', { lng: 'nn' });
    memory.update('a', { welcomed: true });
    memory.update('c', { lng: 'en' });
    expect(memory.size).toBe(2);
    expect(memory.get('b')).toEqual({});
    expect(memory.get('a')).toEqual({ lng: 'nb', welcomed: true });
  });

  it('drops expired conversations from memory at the next write, not only when they are read', () => {
    let now = 0;
    const memory = new ConversationMemory(1000, 100, () => now);
    memory.update('old-1', { lng: 'nn' });
    memory.update('old-2', { welcomed: true });
    now = 500;
    memory.update('recent', { lng: 'en' });
    now = 1200;
    memory.update('new', { lng: 'nb' });
    expect(memory.size).toBe(2);
    expect(memory.get('recent')).toEqual({ lng: 'en' });
  });

  it('keeps only the reply language and whether it said hello', () => {
    const memory = new ConversationMemory();
    memory.update('c', { lng: 'nb', welcomed: true });
    expect(Object.keys(memory.get('c')).sort()).toEqual(['lng', 'welcomed']);
  });
});
