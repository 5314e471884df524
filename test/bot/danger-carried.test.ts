import { oneAppPerFile } from '../helpers/test-app';
import { isEmergencyReply, readEmergencyReply } from '../helpers/emergency-reply';

/**
 * Danger described in one message stays with the questions about the same situation that follow it: the emergency
 * numbers are on top again (issue #13: a follow-up turn lost the emergency card the first turn had).
 */
describe('conversation: danger said earlier stays with the follow-ups about the same situation', () => {
  const { chat } = oneAppPerFile();

  const HELD_ABROAD = 'Datteren min er 19 og er i Pakistan hos familien til faren. Hun sier at hun ikke får komme hjem og at de har tatt passet hennes.';

  it('a follow-up about opening hours after a described danger gets the emergency block and the answer', async () => {
    await chat()
      .send(HELD_ABROAD)
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
      .send('er de åpne i helga?')
      .assertReply((reply) => {
        expect(isEmergencyReply(reply)).toBe(true);
        expect(readEmergencyReply(reply).answers.length).toBeGreaterThan(0);
      })
      .startTest();
  });

  it('a new question about whom to contact after a described danger keeps the emergency block', async () => {
    await chat()
      .send(HELD_ABROAD)
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
      .send('hvem kan jeg kontakte?')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
      .startTest();
  });

  it('the same follow-up in a calm conversation gets no emergency block', async () => {
    await chat()
      .send('telefonnummer til Kompetanseteamet')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(false))
      .send('er de åpne i helga?')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(false))
      .startTest();
  });

  it('a statistics question after a described danger is answered without the emergency block', async () => {
    await chat()
      .send(HELD_ABROAD)
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(true))
      .send('hvor mange saker hadde mangfoldsrådgiverne i 2023?')
      .assertReply((reply) => expect(isEmergencyReply(reply)).toBe(false))
      .startTest();
  });
});
