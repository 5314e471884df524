import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Contacts asked for by a description of the service (hb26a, issue #13). Phrasings written for this test.
 */
describe('conversation: a service named by what it works on, and how to get hold of it', () => {
  const runner = conversationRunnerPerFile();
  const number = ['478 09 050', '47809050'];

  // "The team on honour-related violence" names Kompetanseteamet by its topic: its number, and no emergency card.
  it.each([
    ['en', 'GP here. Could you give me the phone number of the national team against honour-based violence? I would like advice about a patient.'],
    ['en', 'Can I have the contact details for the team on negative social control, please? I work in a nursing home.'],
    ['nb', 'Jeg er fastlege. Hva er nummeret til det nasjonale teamet mot æresrelatert vold? Trenger råd om en pasient.'],
  ] as const)('%s: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, number)).toBe(true);
  });

  // A case in danger told beside the same words keeps the emergency card.
  it.each([
    ['en', 'What is the number of the national team on honour violence? My cousin is being flown to Pakistan tomorrow to be married against her will.'],
    ['nb', 'Hva er nummeret til teamet mot æresrelatert vold? Søsteren min blir sendt til Somalia i morgen for å giftes bort mot sin vilje.'],
  ] as const)('%s: danger still comes first: %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(true);
  });

  // "Hvordan får jeg tak i …": the service named answers, not another service's article; its hours follow.
  it.each([
    ['nb', ['hvordan får vi tak i kompetanseteamet? det handler om en elev', 'hvilke tider kan vi ringe?']],
    ['nn', ['korleis får eg tak i kompetanseteamet? det gjeld ei venninne', 'når er dei opne?']],
  ] as const)('%s: %s', async (lng, turns) => {
    const view = await runner.turn(lng, turns);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['09.00–15.00', '09:00–15:00', '09–15'])).toBe(true);
  });
});
