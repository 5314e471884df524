import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { alarmed } from '../helpers/danger-alarm';
import { conversationRunnerPerFile, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Issue #13 (dev37c): what was left of the development sets -116 and -117, as classes, with our own probes.
 *  1. A professional asks "what do I do / what is expected of me / what is my duty" about a grown-up under everyday
 *     control (her husband decides whom she sees, keeps her money, does not allow her a phone; a brother controls whom
 *     she talks to), nothing else told: the advice for their role (Kompetanseteamet, the Red Cross line), without the
 *     "112 if acute" block. A threat, a beating, a passport taken, a trip abroad or a child keep the block.
 *  2. Statistics asked in one sentence beside a remark on what the figure is for ("I'm giving a course"): the sentence
 *     asking which countries most cases came from says what is counted, not the course; nn "ka land", "trugslar og vald".
 */
describe('dev37c', () => {
  const runner = conversationRunnerPerFile();
  const ADVICE = ['Kompetanseteamet', '478 09 050', '815 55 201'];

  const calm: ReadonlyArray<[Lang, string]> = [
    ['nb', 'jeg er lærer på voksenopplæringen. en kvinne i klassen sier mannen bestemmer hvem hun får snakke med. hva forventes av meg?'],
    ['nb', 'jobber på nav. en klient forteller at mannen styrer alle pengene hennes, hva bør jeg gjøre'],
    ['nn', 'eg jobbar på mottak. ei bebuar seier at bror hennar bestemmer kven ho får snakke med. kva skal eg gjere?'],
    ['en', 'I work at a reception centre. A woman living here told me her husband decides who she may see. What should I do?'],
    ['en', 'I teach adults at the municipality. A lady in my class says husband dont allow her to have phone. What is my duty?'],
  ];
  it.each(calm)('%s: a grown-up under everyday control, asked by a professional: advice, no block (%s)', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency).toBe(false);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ADVICE)).toBe(true);
  });

  const dangerTwins: ReadonlyArray<[Lang, string]> = [
    ['en', 'I work at a reception centre. A resident told me her brother controls who she talks to and threatened to send her home. What should I do?'],
    ['nb', 'jeg er lærer på voksenopplæringen. en kvinne sier mannen slår henne og bestemmer hvem hun får snakke med. hva forventes av meg?'],
    ['nb', 'jeg er lærer. en elev på 15 sier faren bestemmer hvem hun får snakke med. hva skal jeg gjøre?'],
    ['en', 'I work at NAV. A client says her husband took her passport and decides who she may see. What should I do?'],
    ['nn', 'eg er lærar på vaksenopplæringa. ei kvinne seier mannen skal sende ho til Pakistan neste veke. kva er forventa av meg?'],
  ];
  it.each(dangerTwins)('%s: the same with a threat, a beating, a child, a passport or a trip keeps the block (%s)', async (lng, text) => {
    expect((await runner.turn(lng, text)).emergency).toBe(true);
  });

  it('the danger reader itself reads none of the calm ones as danger or a concern', () => {
    for (const [lng, text] of calm) expect([text, alarmed(text, lng)]).toEqual([text, false]);
  });

  const NOW = new Date('2026-06-01T12:00:00Z');
  const query = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

  it.each<[Lang, string]>([
    ['nb', 'hvilke land kommer flest saker fra? skal holde kurs for helsesykepleierne'],
    ['nn', 'ka land kjem dei fleste sakene åt rådgjevarane frå? eg ska ha kurs for lærarar'],
    ['en', 'which countries do most of the cases come from? I am giving a lecture for nurses'],
  ])('%s: the countries most cases came from, beside a course: cases by origin (%s)', (lng, text) => {
    expect(query(text, lng)).toMatchObject({ metric: 'cases', breakdown: 'origin-country' });
  });

  it('twin: a count of courses asked is still the courses', () => {
    expect(query('hvor mange kurs holdt kompetanseteamet i 2023?', 'nb')?.metric).toBe('assignments');
  });

  it('nn: the advisers\' main countries of origin beside a training day, answered with the ranking', async () => {
    await expectAnsweredWith(runner, 'nn', 'ka land kjem dei fleste sakene åt mangfaldsrådgjevarane frå? eg ska ha fagdag', [['Irak'], ['Afghanistan']]);
  });

  it.each<[Lang, string]>([
    ['nn', 'kor mange saker gjaldt trugslar og vald i 2022?'],
    ['nn', 'treng tal for 2022, vald og trugslar'],
    ['nb', 'hvor mange saker i 2022 handlet om vold og trusler?'],
  ])('%s: threats and violence, with or without the g: 368 (%s)', async (lng, text) => {
    await expectAnsweredWith(runner, lng, text, [['368']]);
  });
});
