import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * A course someone attends is part of the story, not training asked for the staff (issue #13, dev32c): "she may not go
 * to the course" beside a threat gets the lines for her case, not IMDi's expert team and RVTS, in every language the
 * attended-course phrases cover (content/contacts/attended-course-words.json); a course asked for still gets them.
 */
describe('a course someone attends asks for no training', () => {
  const runner = conversationRunnerPerFile();
  const KT = ['Kompetanseteam', '478 09 050'];

  it.each<[Lang, string]>([
    ['nb', 'Ei elev på voksenopplæringa sier at mannen hennes truer henne hvis hun går på kurset neste uke. Hvem kan hun kontakte?'],
    ['nn', 'Ei deltakar seier at svigerfamilien passar på henne heile tida og at ho ikkje får gå på kurs åleine. Kven kan ho snakke med?'],
    ['en', 'A learner told me her husband says she will regret it if she goes to the course again. Who can she call?'],
    ['pl', 'Moja kursantka mówi, że mąż zabrania jej chodzić na kursy i grozi jej. Do kogo może zadzwonić?'],
    ['tr', 'Bir kursiyerimiz kocasının kursa gitmesine izin vermediğini ve onu tehdit ettiğini söylüyor. Kimi arayabilir?'],
    ['ru', 'Слушательница говорит, что муж запрещает ей ходить на курсы и угрожает ей. Куда она может позвонить?'],
    ['uk', 'Слухачка каже, що чоловік забороняє їй ходити на курси і погрожує їй. Куди вона може зателефонувати?'],
  ])('attended course in a story (%s): her lines, no training plan', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean).toBe(false);
    expect(containsFact(view.texts, KT)).toBe(true);
    expect(view.texts.some((t) => t.includes('RVTS'))).toBe(false);
  });

  it.each<[Lang, string]>([
    ['nb', 'Kan noen holde kurs for de ansatte hos oss om negativ sosial kontroll?'],
    ['en', 'Who can run a course for our staff on honour-based violence?'],
  ])('a course asked for (%s) still gets those who train staff', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, ['post@imdi.no'])).toBe(true);
  });
});
