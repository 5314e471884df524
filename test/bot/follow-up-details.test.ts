import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';
import { isEmergencyReply } from '../helpers/emergency-reply';

/**
 * Follow-ups about a service's details (issue #13): after a contact card, "what if it is acute after closing time?" gets
 * the numbers open day and night; after the article about a service, "when are they open?" gets its contact card; a
 * named service's helpline asked for is its contact card, not the article on the topic named beside it.
 */
const body = (reply: Partial<Activity>): string => JSON.stringify(reply.attachments?.[0]?.content ?? {});

describe('conversation: follow-ups about a service\'s details', () => {
  const { chat } = oneAppPerFile();

  it('after a contact card, an urgent question after closing time gets the emergency numbers', async () => {
    await chat()
      .send('kompetanseteamet tlf?')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(false))
      .send('og hvis det skjer noe akutt etter stengetid?')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        expect(body(reply)).toContain('tel:112');
      })
      .startTest();
  });

  it('after a contact card, a longer after-hours question that says why gets the emergency numbers too', async () => {
    await chat()
      .send('kompetanseteamet tlf?')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(false))
      .send('og utenfor åpningstiden? vi har ofte samtaler med familier sent på ettermiddagen og må vite hvem vi kan ringe da')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        expect(body(reply)).toContain('tel:112');
      })
      .startTest();
  });

  it('after the article about Kompetanseteamet, "when are they open?" gets its phone and hours', async () => {
    await chat()
      .send('Hva er Kompetanseteamet?')
      .assertReply(() => undefined)
      .send('når har de åpent og hvordan ringer jeg dem?')
      .assertReply((reply) => {
        expect(body(reply)).toContain('478 09 050');
        expect(body(reply)).toMatch(/Mandag–fredag/);
      })
      .startTest();
  });

  it('a longer question about a contact\'s details ("is there an email too, I want to send them …") gets the same contact, no alarm', async () => {
    await chat()
      .send('number for the foreign ministry operations centre?')
      .assertReply((reply) => expect(body(reply)).toContain('23 95 00 00'))
      .send('is there an email too, I want to send them the summary of the case today')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(false);
        expect(body(reply)).toContain('UDops@mfa.no');
      })
      .startTest();
  });

  it('after a figure, a split of it asked in a few words ("and the main countries of origin?") is that figure split', async () => {
    await chat()
      .send('How many cases did the envoys handle in 2023?')
      .assertReply((reply) => expect(body(reply)).toContain('245'))
      .send('and the main countries of origin?')
      .assertReply((reply) => {
        expect(body(reply)).toContain('Iraq');
        expect(body(reply)).toContain('Somalia');
      })
      .startTest();
  });

  it('a named service\'s helpline asked for with a topic beside it is that service\'s contact card', async () => {
    await chat()
      .send("what's the Red Cross helpline for negative social control?")
      .assertReply((reply) => expect(body(reply)).toContain('815 55 201'))
      .send('is it open on saturdays')
      .assertReply((reply) => expect(body(reply)).toMatch(/Weekdays/))
      .startTest();
  });
});
