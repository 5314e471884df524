import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

function cardOf(activity: Partial<Activity>): Record<string, unknown> {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment?.content as Record<string, unknown>;
}

function cardText(activity: Partial<Activity>): string {
  return JSON.stringify(cardOf(activity));
}

describe('conversation: welcome, help, language', () => {
  const { chat } = oneAppPerFile();

  it('welcomes once when the bot is added, in the locale language, saying it is not monitored', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    const added = { type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Veiviser' }], recipient: { id: 'bot', name: 'Veiviser' }, locale: 'nb-NO' };
    await adapter
      .send(added)
      .assertReply((reply) => {
        const text = cardText(reply);
        expect(text).toContain('Hei! Jeg er Veiviser');
        expect(text).toContain('112');
      })
      .send({ type: 'installationUpdate', action: 'add', recipient: { id: 'bot', name: 'Veiviser' } })
      .assertNoReply()
      .startTest();
  });

  it('welcomes on installationUpdate (add) alone, as the Agents Playground and Teams send it', async () => {
    await chat({ locale: 'nb-NO' })
      .send({ type: 'installationUpdate', action: 'add', recipient: { id: 'bot', name: 'Veiviser' }, locale: 'nb-NO' })
      .assertReply((reply) => expect(cardText(reply)).toContain('Hei! Jeg er Veiviser'))
      .send({ type: 'installationUpdate', action: 'remove', recipient: { id: 'bot', name: 'Veiviser' } })
      .assertNoReply()
      .startTest();
  });

  it('answers "hjelp" with the help card in bokmål and "help" in English', async () => {
    await chat({ locale: 'nb-NO' })
      .send('hjelp')
      .assertReply((reply) => expect(cardText(reply)).toContain('Dette kan jeg hjelpe med'))
      .startTest();
    await chat({ locale: 'en-US', conversation: { id: 'english-chat', isGroup: false, name: 'x', conversationType: 'personal' } })
      .send('help')
      .assertReply((reply) => expect(cardText(reply)).toContain('What I can help with'))
      .startTest();
  });

  it('offers the language card and remembers a choice made on it', async () => {
    await chat()
      .send('språk')
      .assertReply((reply) => {
        const text = cardText(reply);
        expect(text).toContain('Norsk nynorsk');
        expect(text).toContain('العربية');
        expect(text).toContain('"verb":"set-language"');
      })
      .send({ type: 'message', value: { verb: 'set-language', lng: 'nn' } })
      .assertReply('Greitt, eg svarar på nynorsk frå no av.')
      .send('hjelp')
      .assertReply((reply) => expect(cardText(reply)).toContain('Dette kan eg hjelpe med'))
      .startTest();
  });

  it('switches language on "svar på nynorsk" and "answer in English"', async () => {
    await chat()
      .send('svar på nynorsk')
      .assertReply('Greitt, eg svarar på nynorsk frå no av.')
      .send('answer in English')
      .assertReply("OK, I'll answer in English from now on.")
      .startTest();
  });

  it('lets the text decide over a Teams locale of en-US', async () => {
    await chat({ locale: 'en-US' })
      .send('jeg forstår ikke hva dette er for noe')
      .assertReply((reply) => expect(cardText(reply)).toContain('Det kan jeg dessverre ikke svare på'))
      .startTest();
  });

  it('gives an honest reply with the help card for what it does not understand', async () => {
    await chat({ locale: 'en-US' })
      .send('qwerty zxcv asdf')
      .assertReply((reply) => {
        const text = cardText(reply);
        expect(text).toMatch(/can't answer|ikke svare på/);
        expect(text).toContain('112');
      })
      .startTest();
  });

  it('refuses a card submit with an unknown verb or a bad payload politely, in the language', async () => {
    await chat({ locale: 'nb-NO' })
      .send({ type: 'message', value: { verb: 'no-such-thing' } })
      .assertReply('Den knappen kjenner jeg ikke. Prøv igjen, eller skriv «hjelp».')
      .send({ type: 'message', value: { verb: 'set-language', lng: 'xx' } })
      .assertReply('Jeg kunne ikke lese svaret fra kortet. Prøv igjen, eller skriv spørsmålet ditt.')
      .startTest();
  });

  it('strips the @mention in a channel before understanding', async () => {
    const adapter = chat({ locale: 'nb-NO' });
    await adapter
      .send({
        type: 'message',
        text: '<at>Veiviser</at> hjelp',
        entities: [{ type: 'mention', text: '<at>Veiviser</at>', mentioned: { id: 'bot', name: 'Veiviser' } }],
        conversation: { id: '19:abc@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true, name: 'x' },
      })
      .assertReply((reply) => {
        expect(cardText(reply)).toContain('Dette kan jeg hjelpe med');
        expect(reply.conversation?.id).toBe('19:abc@thread.tacv2;messageid=1');
      })
      .startTest();
  });
});
