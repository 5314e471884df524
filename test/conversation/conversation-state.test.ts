import { TestAdapter, type TurnContext } from 'botbuilder';
import { CONVERSATION_TTL_MS, createConversationStore, type ConversationFacts } from '../../src/conversation/conversation-state';
import { ExpiringMemoryStorage } from '../../src/storage/expiring-memory-storage';

/** The one conversation state: loaded once and saved once per turn, categorical, forgotten after 30 minutes. */
describe('conversation state', () => {
  // A real clock never reads 0 (lru-cache treats a start time of 0 as "no TTL").
  let now = Date.parse('2026-12-03T09:00:00Z');
  const storage = new ExpiringMemoryStorage(CONVERSATION_TTL_MS, 3, () => now);
  const store = createConversationStore(storage);
  const seen: ConversationFacts[] = [];

  /** A turn: load, record what was remembered, apply the change the message names, save. */
  const turn = (change: (text: string) => ConversationFacts) => async (context: TurnContext) => {
    await store.load(context);
    seen.push(store.facts(context));
    store.update(context, change(context.activity.text ?? ''));
    await store.save(context);
    await context.sendActivity('ok');
  };
  const chat = (id: string, change: (text: string) => ConversationFacts) =>
    new TestAdapter(turn(change), { conversation: { id, isGroup: false, name: 'x', conversationType: 'personal' } });

  beforeEach(() => {
    seen.length = 0;
  });

  it('remembers the language and the last answer into the next turn, and clears the answer when told', async () => {
    const lastAnswered: ConversationFacts['lastAnswered'] = { kind: 'stats', query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], fromYear: 2023, toYear: 2023, mode: 'value' } };
    const adapter = chat('keep-clear', (text) => (text === 'answer' ? { lng: 'nn', lastAnswered } : text === 'other' ? { lastAnswered: undefined } : {}));
    await adapter.send('answer').assertReply('ok').send('next').assertReply('ok').send('other').assertReply('ok').send('after').assertReply('ok').startTest();
    expect(seen[0]).toEqual({});
    expect(seen[1]).toEqual({ lng: 'nn', lastAnswered });
    expect(seen[2]).toEqual({ lng: 'nn', lastAnswered });
    expect(seen[3]).toEqual({ lng: 'nn' });
  });

  it('forgets a conversation 30 minutes after its last turn', async () => {
    const adapter = chat('ttl', () => ({ lng: 'en' }));
    await adapter.send('one').assertReply('ok').startTest();
    now += CONVERSATION_TTL_MS - 1;
    await adapter.send('two').assertReply('ok').startTest();
    now += CONVERSATION_TTL_MS + 1;
    await adapter.send('three').assertReply('ok').startTest();
    expect(seen.map((f) => f.lng)).toEqual([undefined, 'en', undefined]);
  });

  it('keeps only categorical fields: whatever else is in the store is not read back', async () => {
    const adapter = chat('categorical', () => ({ lng: 'nb', welcomed: true }));
    await adapter.send('Fatima på Hellerud').assertReply('ok').startTest();
    const stored = storage.snapshot().join('\n');
    expect(stored).not.toContain('Fatima');
    expect(stored).not.toContain('Hellerud');
    await adapter.send('again').assertReply('ok').startTest();
    expect(Object.keys(seen[1] ?? {}).sort()).toEqual(['lng', 'welcomed']);
  });

  it('a notice sent before the state was loaded neither reads nor writes it', async () => {
    const adapter = new TestAdapter(async (context) => {
      expect(store.facts(context)).toEqual({});
      store.update(context, { lng: 'ar' });
      await store.save(context);
      await context.sendActivity('ok');
    });
    const before = storage.size;
    await adapter.send('x').assertReply('ok').startTest();
    expect(storage.size).toBe(before);
  });
});
