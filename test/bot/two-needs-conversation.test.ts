import type { Activity } from 'botbuilder';
import { oneAppPerFile } from '../helpers/test-app';
import { isEmergencyReply, readEmergencyReply } from '../helpers/emergency-reply';

function cardText(activity: Partial<Activity>): string {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return JSON.stringify(attachment?.content);
}

describe('conversation: two questions in one message get an answer each, in one turn', () => {
  const { chat } = oneAppPerFile();

  it('"how many cases did the envoys have, and who covers Ethiopia?": the figure, then Nairobi; "and Somalia?" follows the last', async () => {
    await chat({ locale: 'en-US' })
      .send('how many cases did the envoys have, and who covers Ethiopia?')
      .assertReply((reply) => expect(cardText(reply)).toMatch(/envoy/i))
      .assertReply((reply) => expect(cardText(reply)).toContain('Nairobi'))
      .send('and Somalia?')
      .assertReply((reply) => expect(cardText(reply)).toContain('Nairobi'))
      .assertNoReply()
      .startTest();
  });

  it('"hva er negativ sosial kontroll og hvem kan jeg ringe?": the article, then who to call', async () => {
    await chat()
      .send('hva er negativ sosial kontroll og hvem kan jeg ringe?')
      .assertReply((reply) => expect(cardText(reply)).toMatch(/[Nn]egativ sosial kontroll/))
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .startTest();
  });

  it('"Який номер поліції для неекстрених випадків і який номер швидкої допомоги?": 02800 and 113', async () => {
    await chat({ locale: 'uk-UA' })
      .send('Який номер поліції для неекстрених випадків і який номер швидкої допомоги?')
      .assertReply((reply) => expect(cardText(reply)).toContain('02800'))
      .assertReply((reply) => expect(cardText(reply)).toContain('113'))
      .startTest();
  });

  // The closing question "is there a number she can call herself?" asks whom to call, as the whole message does: it
  // gets the whole's plan (she is 34: the lines for adults), not the contact of the article asked before it.
  it("a story's closing question with two needs: the article, then the lines a grown-up can call herself", async () => {
    await chat()
      .send('Jeg er veileder i NAV. En bruker på 34 forteller at mannen har bankkortet hennes og bestemmer hvem hun får treffe. Er dette negativ sosial kontroll, og finnes det et nummer hun selv kan ringe?')
      .assertReply((reply) => expect(cardText(reply)).toMatch(/[Nn]egativ sosial kontroll er/))
      .assertReply((reply) => {
        const text = cardText(reply);
        // The anonymous line, VO-linjen, then Kompetanseteamet (people over 18 may call it themselves); not the children's line first.
        expect(text.indexOf('815 55 201')).toBeGreaterThanOrEqual(0);
        expect(text.indexOf('815 55 201')).toBeLessThan(text.indexOf('116 006'));
        expect(text.indexOf('116 006')).toBeLessThan(text.indexOf('478 09 050'));
        expect(text).not.toContain('116 111');
      })
      .startTest();
  });

  it('one question with an "og" in it stays one answer', async () => {
    await chat()
      .send('Hva er telefonnummeret til Kompetanseteamet og når er de åpne?')
      .assertReply((reply) => expect(cardText(reply)).toContain('478 09 050'))
      .assertNoReply()
      .send('Hva er nummeret til Alarmtelefonen for barn og unge?')
      .assertReply((reply) => expect(cardText(reply)).toContain('116'))
      .assertNoReply()
      .startTest();
  });

  it('a danger turn puts both answers behind buttons in the one emergency card', async () => {
    await chat()
      .send('hvem dekker Irak og hvem dekker Somalia når faren truer med å drepe henne?')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        const view = readEmergencyReply(reply);
        expect(view.answers.length).toBeGreaterThanOrEqual(2);
        expect(JSON.stringify(view.answers)).toContain('Amman');
        expect(JSON.stringify(view.answers)).toContain('Nairobi');
      })
      .assertNoReply()
      .startTest();
  });
});
