import { oneAppPerFile } from '../helpers/test-app';
import { isEmergencyReply } from '../helpers/emergency-reply';

/**
 * After a message that described danger, a next message the bot does not understand ("and then what?", "what if they
 * move her?") keeps the emergency numbers on screen: they are the one sure help to show again, not "I can't answer
 * that" (issue #13: the second turn of a danger conversation lost the emergency card). A flag, no text, is carried.
 */
describe('conversation: danger said earlier stays when the next message is not understood', () => {
  const { chat } = oneAppPerFile();

  const KEPT_ABROAD = 'Niesen min på 16 ble tatt med til Irak i sommer, og nå får hun ikke reise tilbake til Norge. Telefonen hennes er av.';

  it.each(['hva om de flytter henne til Tyrkia i stedet?', 'kan jeg ringe uten å si navnet mitt? er redd mannen min finner det ut'])(
    'a message nothing reads, after a described danger, gets the emergency numbers again: %s',
    async (next) => {
      await chat()
        .send(KEPT_ABROAD)
        .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
        .send(next)
        .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
        .startTest();
    },
  );

  it('the same message in a calm conversation gets no emergency numbers', async () => {
    await chat()
      .send('telefonnummer til Kompetanseteamet')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(false))
      .send('hva om de flytter henne til Tyrkia i stedet?')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(false))
      .startTest();
  });
});
