import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

function cardText(activity: Partial<Activity>): string {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return JSON.stringify(attachment?.content);
}

describe('conversation: follow-ups keep the last answer’s subject', () => {
  const { chat } = oneAppPerFile();

  it('"og i 2008?" after the diversity advisers’ cases in 2023 asks the same for 2008', async () => {
    await chat()
      .send('hvor mange saker hadde mangfoldsrådgiverne i 2023?')
      .assertReply((reply) => expect(cardText(reply)).toContain('2023'))
      .send('og i 2008?')
      .assertReply((reply) => {
        const text = cardText(reply);
        expect(text).toContain('2008');
        expect(text).toMatch(/[Mm]angfoldsrådgiver|[Mm]inoritetsrådgiver/);
      })
      .startTest();
  });

  it('"who covers Iraq?" → "and Somalia?" routes Somalia: Nairobi', async () => {
    await chat({ locale: 'en-US' })
      .send('who covers Iraq?')
      .assertReply((reply) => expect(cardText(reply)).toContain('Amman'))
      .send('and Somalia?')
      .assertReply((reply) => {
        const text = cardText(reply);
        expect(text).toContain('Nairobi');
        expect(text).not.toContain('Amman');
      })
      .startTest();
  });

  it('pushback after Iran → Amman restates Amman, not the city the user guessed', async () => {
    await chat()
      .send('hvem dekker Iran?')
      .assertReply((reply) => expect(cardText(reply)).toContain('Amman'))
      .send('er du sikker? jeg trodde det var Ankara')
      .assertReply((reply) => expect(cardText(reply)).toContain('Amman'))
      .startTest();
  });

  it('"når har de åpent?" after the Kompetanseteamet card shows that service again', async () => {
    await chat()
      .send('telefonnummer til Kompetanseteamet')
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .send('når har de åpent?')
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .startTest();
  });

  it('"og i 2021?" after a question about FGM cases stays about FGM cases', async () => {
    await chat()
      .send('hvor mange saker om kjønnslemlestelse hadde Kompetanseteamet i 2022?')
      .assertReply((reply) => expect(cardText(reply)).toContain('kjønnslemlestelse'))
      .send('og i 2021?')
      .assertReply((reply) => {
        const text = cardText(reply);
        expect(text).toContain('2021');
        expect(text).toContain('kjønnslemlestelse');
      })
      .startTest();
  });

  it('"w jakich godzinach działa?" after the Kompetanseteamet card shows that service again', async () => {
    await chat({ locale: 'pl-PL' })
      .send('Jaki jest numer do Kompetanseteamet?')
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .send('w jakich godzinach działa?')
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .startTest();
  });
});
