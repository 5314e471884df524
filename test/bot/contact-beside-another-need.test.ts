import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';

function cardText(activity: Partial<Activity>): string {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return JSON.stringify(attachment?.content);
}

describe('conversation: a plain contact question beside another need gets its own answer (issue #13, kind 1)', () => {
  const { chat } = oneAppPerFile();

  it('"who advises kindergartens on FGM, and the police number when it is not urgent": Kompetanseteamet, then 02800', async () => {
    await chat()
      .send('hvem gir råd til barnehager om kjønnslemlestelse, og hva er nummeret til politiet når det ikke haster akkurat nå')
      .assertReply((reply) => {
        // The contact plan, not the emergency card ("Er noen i fare nå? Ring 112" with the numbers first).
        expect(cardText(reply)).toContain('Hvem du kan kontakte');
        expect(cardText(reply)).not.toContain('Er noen i fare nå? Ring 112');
        expect(cardText(reply)).toContain('478 09 050');
      })
      .assertReply((reply) => expect(cardText(reply)).toContain('02800'))
      .startTest();
  });

  it('a midwife asking in Russian whom to consult and the non-emergency police number: both', async () => {
    await chat({ locale: 'ru-RU' })
      .send('Я акушерка. Кто консультирует медиков в случаях калечащих операций на женских половых органах? И есть ли номер полиции не для экстренных случаев?')
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .assertReply((reply) => expect(cardText(reply)).toContain('02800'))
      .startTest();
  });

  it('"the police non-emergency number, and the number of the ambulance": 02800 and 113', async () => {
    await chat({ locale: 'en-US' })
      .send('What is the police non-emergency number, and what is the number of the ambulance?')
      .assertReply((reply) => expect(cardText(reply)).toContain('02800'))
      .assertReply((reply) => expect(cardText(reply)).toContain('113'))
      .startTest();
  });
});
