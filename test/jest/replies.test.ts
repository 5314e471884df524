import { TestAdapter, type TurnContext } from 'botbuilder';
import { LOCALE_OF } from '../../src/evaluation/conversation-eval';
import { cardJson, cardTextOf, replyTo, seen, talk, textOf, type Chat } from '../helpers/replies';

/**
 * The shared conversation helpers (test/helpers/replies.ts) against a small stand-in bot, no app: each step's replies
 * are checked in order and handed back, a failing check fails the conversation (a helper must never swallow an
 * `expect`), and a message goes out with its language's Teams locale.
 */

/** Echoes "<locale>: <text>"; "two" gets two replies, "card" an Adaptive Card. */
async function standIn(context: TurnContext): Promise<void> {
  const text = context.activity.text ?? '';
  if (text === 'card') {
    await context.sendActivity({
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Ring 116 111' }] } }],
    });
    return;
  }
  await context.sendActivity(`${context.activity.locale ?? '?'}: ${text}`);
  if (text === 'two') await context.sendActivity('and a second reply');
}

const adapter = (template: Parameters<Chat>[0] = {}): TestAdapter => new TestAdapter(standIn, template);

describe('talk: a conversation as steps', () => {
  it('says each step in order, checks each reply as it comes and gives every reply back', async () => {
    const checked: string[] = [];
    const replies = await talk(
      adapter({ locale: 'nb-NO' }),
      ['first', (reply) => void checked.push(reply.text ?? '')],
      'second',
      ['third', 'nb-NO: third'],
    );
    expect(checked).toEqual(['nb-NO: first']);
    expect(replies.map((r) => r.text)).toEqual(['nb-NO: first', 'nb-NO: second', 'nb-NO: third']);
  });

  it('checks every reply of a step that gets several, in order', async () => {
    const replies = await talk(adapter({ locale: 'en-US' }), ['two', 'en-US: two', (reply) => expect(reply.text).toBe('and a second reply')]);
    expect(replies).toHaveLength(2);
  });

  it('fails the conversation when a check fails, or a reply is not the text expected', async () => {
    await expect(talk(adapter({ locale: 'en-US' }), ['hello', (reply) => expect(reply.text).toBe('something else')])).rejects.toThrow();
    await expect(talk(adapter({ locale: 'en-US' }), 'hello', ['again', 'en-US: not this'])).rejects.toThrow();
  });

  it('refuses a conversation with no steps', async () => {
    await expect(talk(adapter())).rejects.toThrow('at least one step');
  });
});

describe('replyTo: one message in a language', () => {
  const chat: Chat = (template = {}) => adapter(template);

  it("sends with the language's Teams locale and gives the reply back, checked", async () => {
    const reply = await replyTo(chat, 'uk', 'привіт', (r) => expect(r.text).toContain('привіт'));
    expect(reply.text).toBe(`${LOCALE_OF.uk}: привіт`);
  });

  it('fails when its check fails', async () => {
    await expect(replyTo(chat, 'nb', 'hei', (r) => expect(r.text).toContain('hallo'))).rejects.toThrow();
  });
});

describe('what a test reads of a reply', () => {
  it('reads a card as the evaluation does: its texts, its JSON and its card texts', async () => {
    const [card] = await talk(adapter(), 'card');
    expect(card).toBeDefined();
    if (!card) return;
    expect(seen(card).texts).toEqual(['Ring 116 111']);
    expect(seen(card).emergency).toBe(false);
    expect(textOf([card, card], ' | ')).toBe('Ring 116 111 | Ring 116 111');
    expect(cardTextOf(card)).toBe('Ring 116 111');
    expect(JSON.parse(cardJson(card))).toEqual({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Ring 116 111' }] });
    expect(cardJson({ text: 'plain' })).toBe('{}');
  });
});
