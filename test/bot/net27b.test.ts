import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * A follow-up whose second turn reveals a case after a calm first turn about teaching or training (issue #13, net27b):
 * the second turn is read as a case on its own, with the emergency block, child welfare and Kompetanseteamet, never
 * "did you mean". A second turn that only asks more for the training stays calm. Phrasings written for this test.
 */
describe('net27b: a case told after a question for teaching material', () => {
  const runner = conversationRunnerPerFile();

  it.each([
    [
      'en',
      'Could you suggest material on FGM for a staff seminar at our health station?',
      'And it is not just for the seminar: a father says his daughter of 7 will go to Sudan in the autumn break for the big girls party, like her cousins.',
    ],
    [
      'nb',
      'Har dere undervisningsopplegg om kjønnslemlestelse for 9. trinn?',
      'En elev fortalte meg etterpå at bestemor skal ta henne med til Somalia i sommerferien så hun kommer tilbake ren, slik som storesøsteren.',
    ],
    [
      'nn',
      'Kan de tilrå noko materiell om tradisjonar og kjønnslemlesting til ein fagdag?',
      'Ikkje berre til fagdagen: mora til ei jente på 8 seier ho skal gjennom skikken vår i sommar, og at det ikkje gjer vondt.',
    ],
  ] as const)('%s: the second turn is the case', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.emergency).toBe(true);
    expect(view.didYouMean).toBe(false);
    const all = view.texts.join(' ');
    expect(all).toMatch(/barnevern|child welfare/i);
    expect(all).toMatch(/Kompetanseteamet|478 09 050/);
  });

  it.each([
    ['en', 'Could you suggest material on FGM for a staff seminar at our health station?', 'Is there also something on the ceremonies and customs people may describe?'],
    ['nb', 'Har dere undervisningsopplegg om kjønnslemlestelse for 9. trinn?', 'Finnes det også noe om tradisjoner og seremonier til undervisningen?'],
  ] as const)('%s: a second turn that asks more for the teaching stays calm', async (lng, first, second) => {
    const view = await runner.turn(lng, [first, second]);
    expect(view.emergency).toBe(false);
  });
});
