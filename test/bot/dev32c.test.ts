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
    // "train us", "kurse oss": the service's own staff trained, said with the verb.
    ['en', 'Our youth club has seen a few girls who are watched by older brothers. Is there anyone who can train us?'],
    ['en', 'Could somebody train our team on forced marriage this autumn?'],
    ['nb', 'Vi på ungdomsklubben vet for lite om æresvold. Hvem kan kurse personalet?'],
    ['nn', 'Vi på biblioteket møter unge jenter som lever med negativ sosial kontroll. Kven kan kurse oss?'],
  ])('a course asked for (%s) still gets those who train staff', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, ['post@imdi.no'])).toBe(true);
  });
});

/**
 * "How did the cases spread?" asks the case-type split (issue #13, dev32c): "hvordan fordelte sakene seg", "how were
 * the cases distributed" give every published case type of the year, not only the type named as an example; a split
 * by county or gender named beside it stays that split (content/stats/stats-grammar.json `caseTypeAsked`).
 */
describe('how the cases were distributed asks the case-type split', () => {
  const runner = conversationRunnerPerFile();

  it.each<[Lang, string]>([
    ['nb', 'Hvordan fordeler henvendelsene til Kompetanseteamet seg i 2022?'],
    ['nn', 'korleis fordelte sakane seg i 2022 hos Kompetanseteamet? vald, kontroll og slikt'],
    ['en', "How were Kompetanseteamet's cases distributed in 2022?"],
    ['en', "how did the team's cases break down in 2022? threats, control etc"],
  ])('the split asked (%s): %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['368'])).toBe(true);
    expect(containsFact(view.texts, ['135'])).toBe(true);
  });

  it('a split by county named beside it is no case-type split', async () => {
    const view = await runner.turn('en', 'how were the 2022 cases spread across counties?');
    expect(containsFact(view.texts, ['135'])).toBe(false);
  });
});

