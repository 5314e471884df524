import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * A country abroad that is no case there now (calm25, issue #13): a calm story whose country is where the family comes
 * from or a relative calls from, or a girl's own cutting done there long ago, gets its answer without the attention
 * block; a person taken or kept there keeps "call 112 if acute" on top. Phrasings written for this test.
 */
describe('conversation: a country abroad with no one held there now', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    ['en', 'I am a father from Eritrea. My uncle in Asmara rings me every week and says my daughter of 15 shames us because she has a boyfriend. I do not want to force her into anything. Where can parents get advice?'],
    ['nb', 'Jeg er far fra Eritrea. Onkelen min i Asmara ringer hver uke og sier datteren min på 15 skammer oss fordi hun har kjæreste. Jeg vil ikke tvinge henne til noe. Hvor kan foreldre få råd?'],
    ['en', 'School nurse here. A pupil of 13 told me she was cut on holiday in Somalia two years ago. Must I report it, and to whom?'],
  ] as const)('%s: no attention block: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'I am a father from Eritrea. My brother has taken my daughter of 15 to Asmara and will not let her come back. Where can I get help?'],
    ['en', 'School nurse here. A pupil of 13 was cut on holiday in Somalia last year, and her little sister flies there next week. Must I report it?'],
  ] as const)('%s: a person taken there, or a trip soon, keeps it: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });
});
