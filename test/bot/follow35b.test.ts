import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { isDanger } from '../helpers/danger-alarm';

/**
 * A teacher asking whether a described everyday control is negative social control (issue #13, follow35b): a brother
 * who follows a pupil and checks her phone. The 'waited-for' rule (following, waiting outside) read such a question as a
 * danger now and showed the emergency card; asked as "is this negative social control?" ('asksIfControl') it is a
 * question about the concept and the duty. Twins: the same description without the question stays a danger, and the
 * question beside a threat to kill stays a danger (every other rule still reads the message).
 */
describe('is this negative social control? a described everyday control (follow35b)', () => {
  const runner = conversationRunnerPerFile();

  const CALM: [string, Lang, string][] = [
    ['nb', 'nb', 'Jeg er lærer. Broren til en elev følger etter henne og sjekker telefonen hennes. Er dette negativ sosial kontroll som jeg må melde?'],
    ['nb-noletters', 'nb', 'jeg er laerer, broren til ei elev folger etter henne overalt. er det negativ sosial kontroll? hva er plikten min'],
    ['nn', 'nn', 'Eg er lærar. Bror til ei elev følgjer etter ho heile tida og sjekkar mobilen hennar. Er dette negativ sosial kontroll? Kva er plikta mi?'],
    ['en', 'en', "I'm a teacher. A pupil's brother follows her home from school and checks her phone. Is this negative social control I have to report?"],
    ['pl', 'pl', 'Jestem nauczycielką. Brat mojej uczennicy chodzi za nią i sprawdza jej telefon. Czy to negatywna kontrola społeczna, którą muszę zgłosić?'],
    ['tr', 'tr', 'Öğretmenim. Bir öğrencimin abisi onu takip ediyor ve telefonunu kontrol ediyor. Bu olumsuz sosyal kontrol mü, bildirmem gerekiyor mu?'],
  ];

  it.each(CALM)('%s: the rules read no danger', (_id, lang, text) => {
    expect(isDanger(text, lang)).toBe(false);
  });

  it.each<[string, Lang, string]>([
    ['nb-no-question', 'nb', 'Broren til en elev følger etter henne og sjekker telefonen hennes.'],
    ['en-no-question', 'en', "A pupil's brother follows her home from school every day and checks her phone."],
    ['nb-kill', 'nb', 'Broren til en elev følger etter henne og sier han skal drepe henne. Er dette negativ sosial kontroll?'],
    ['pl-kill', 'pl', 'Brat mojej uczennicy chodzi za nią i mówi, że ją zabije. Czy to negatywna kontrola społeczna?'],
  ])('%s: the danger twin stays a danger', (_id, lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
  });

  it.each(CALM.filter(([id]) => ['pl'].includes(id)))('%s: the bot answers the duty, no card, no "did you mean"', async (_id, lang, text) => {
    const view = await runner.turn(lang, [text]);
    expect({ emergency: view.emergency, didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage })
      .toEqual({ emergency: false, didYouMean: false, cannotAnswer: false, language: lang });
  });

  // nb: no card any more, but the question still gets "did you mean" (NSK / what school staff should do): left open.
  it('nb: no emergency card', async () => {
    const first = CALM[0];
    if (!first) throw new Error('no calm probe');
    const [, lang, text] = first;
    const view = await runner.turn(lang, [text]);
    expect(view.emergency).toBe(false);
  });
});
