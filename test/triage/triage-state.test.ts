import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type TurnContext } from 'botbuilder';
import { createContactFeature } from '../../src/contacts';
import { createTriageFeature } from '../../src/triage';
import { CONVERSATION_TTL_MS, createConversationStore } from '../../src/conversation/conversation-state';
import { ExpiringMemoryStorage } from '../../src/storage/expiring-memory-storage';
import { CardActionRouter } from '../../src/bot/card-action-router';
import type { Understanding } from '../../src/understanding/types';
import { dangerDetector } from '../../src/understanding/danger-detector';
import { directory, noAdvisers, places, translate, turnFor } from '../contacts/contact-fixtures';

/**
 * What the triage keeps between turns: only categories, in a store that forgets. Driven through the feature
 * with a bare bot loop (no understanding step), so the stored items can be inspected.
 */
describe('triage state', () => {
  const contacts = createContactFeature({ translate, dataDir: mkdtempSync(path.join(tmpdir(), 'triage-state-')), directory, places, advisers: noAdvisers() });
  let now = Date.parse('2026-11-30T09:00:00Z');
  const storage = new ExpiringMemoryStorage(CONVERSATION_TTL_MS, 100, () => now);
  const conversation = createConversationStore(storage);
  const emergencies: string[] = [];
  const triage = createTriageFeature({
    contacts,
    danger: dangerDetector,
    sendEmergency: async (turn) => {
      emergencies.push(turn.lng);
      await turn.context.sendActivity('EMERGENCY');
    },
    articleTitle: () => undefined,
    now: () => new Date(now),
    state: conversation.state,
  });
  const router = new CardActionRouter(triage.cardActions);
  const nothingUnderstood: Understanding = { danger: false, intent: { kind: 'unknown' }, candidates: [] };

  let chats = 0;
  const chat = () => new TestAdapter(bot, { conversation: { id: `state-chat-${++chats}`, isGroup: false, name: 'x', conversationType: 'personal' } });

  const bot = async (context: TurnContext) => {
    await conversation.load(context);
    const turn = turnFor(context);
    if (context.activity.value) await router.route(turn, context.activity.value);
    else if ((await triage.flow.continueTurn(turn, { text: context.activity.text ?? '', understanding: nothingUnderstood })) === 'not-active') {
      await triage.handleTriage(turn, { kind: 'triage' });
    }
    await conversation.save(context);
  };

  it('stores the answers as categories only: no names, no places, no typed country', async () => {
    await chat()
      .send('Jeg er bekymret for Fatima på Hellerud. Hun er sendt til Somalia, hun er 15')
      .assertReply((reply) => expect(JSON.stringify(reply.attachments)).toContain('Er noen i akutt fare'))
      .startTest();
    const stored = storage.snapshot().join('\n');
    expect(stored).toContain('"country":"SO"');
    expect(stored).toContain('"age":"minor"');
    for (const word of ['Fatima', 'Hellerud', 'Somalia', 'bekymret', '15']) expect(stored).not.toContain(word);
    const items = storage.snapshot().map((json) => JSON.parse(json) as Record<string, unknown>);
    expect(JSON.stringify(items)).toMatch(/"facts":\{[^}]*\},"asking":"danger"/);
  });

  it('a country typed into the card box is read, and only its code is kept', async () => {
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(() => undefined)
      .send({ type: 'message', value: { verb: 'triage', set: 'whereabouts', value: 'abroad' } })
      .assertReply(() => undefined)
      .send({ type: 'message', value: { verb: 'triage', set: 'country', countryText: 'Tsjetsjenia' } })
      .assertReply((reply) => expect(JSON.stringify(reply.attachments)).toContain('Er noen i akutt fare'))
      .startTest();
    const stored = storage.snapshot().join('\n');
    expect(stored).toContain('"country":"RU"');
    expect(stored).not.toMatch(/Tsjetsjenia/i);
  });

  it('a "yes" button to the danger question sends the emergency card once, first', async () => {
    emergencies.length = 0;
    await chat()
      .send('jeg er bekymret for en elev')
      .assertReply(() => undefined)
      .send({ type: 'message', value: { verb: 'triage', set: 'danger', value: 'yes' } })
      .assertReply('EMERGENCY')
      .assertReply((reply) => expect(reply.text).toContain('Ring 112'))
      .assertReply((reply) => expect(JSON.stringify(reply.attachments)).toContain('Hvor er personen'))
      .startTest();
    expect(emergencies).toEqual(['nb']);
  });

  it('a turn with no triage active stores nothing', async () => {
    const before = storage.snapshot().length;
    const plainChat = new TestAdapter(
      async (context) => {
        expect(await triage.flow.continueTurn(turnFor(context), { text: context.activity.text ?? '', understanding: nothingUnderstood })).toBe('not-active');
        await conversation.save(context);
        await context.sendActivity('ok');
      },
      { conversation: { id: 'no-triage-chat', isGroup: false, name: 'x', conversationType: 'personal' } },
    );
    await plainChat.send('hva er negativ sosial kontroll').assertReply('ok').send('hjelp').assertReply('ok').startTest();
    expect(storage.snapshot()).toHaveLength(before);
  });

  it('forgets everything after the TTL', async () => {
    now += CONVERSATION_TTL_MS + 1;
    expect(storage.snapshot()).toEqual([]);
  });
});
