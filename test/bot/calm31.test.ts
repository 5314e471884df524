import { asksCoverageOfNoOne, loadSituationReader } from '../../src/understanding/situation-cues';
import { createConversationRunner, readTurn } from '../../src/evaluation/conversation-eval';

/**
 * Session 31, calm31 (issue #13): the coverage question asked of no one (calm30b) read in the supposition's other
 * shapes: nynorsk "om" with an indefinite person ("om ein elev blir halden att"), Turkish's conditional in the verb's
 * ending without "eğer" ("gönderilirse", "tutulursa"); a Turkish or Somali daughter or son named ("kızım",
 * "gabadhayda") makes it a case of the writer's own. The sentences are this file's own; none is in the evaluation sets.
 */
const situation = loadSituationReader();
const coverageOfNoOne = (text: string) => asksCoverageOfNoOne(situation.read(text).concepts);

describe('a supposition put with nynorsk "om" or a Turkish conditional ending asks coverage of no one', () => {
  it.each([
    ['nn', 'Kven har ansvaret for Irak om ei jente vert halden att der, finst det nokon ved ambassaden?'],
    ['nn', 'Om nokon blir send til Pakistan mot viljen sin, kva ambassade dekkjer Pakistan?'],
    ['tr', "Bir genç kız Pakistan'a gönderilip orada tutulursa hangi büyükelçilik ona yardım eder?"],
    ['tr', "Bir öğrenci Somali'de alıkonulursa hangi büyükelçilik sorumlu?"],
  ] as const)('%s: "%s"', (_lng, text) => {
    expect(coverageOfNoOne(text)).toBe(true);
  });

  it.each([
    ['nn', 'Om dottera mi vert send til Pakistan, kva ambassade dekkjer Pakistan?'],
    ['nn', 'Eg er redd dei sender meg til Irak, kva ambassade kan hjelpe meg om eg blir halden att?'],
    ['tr', "Kızım Pakistan'a gönderilip orada tutulursa hangi büyükelçilik ona yardım eder?"],
    ['tr', "Oğlum Somali'de alıkonulursa hangi büyükelçilik sorumlu?"],
    ['so', 'Gabadhayda haddii Soomaaliya lagu hayo, safaaraddee ayaa caawin karta?'],
  ] as const)('%s: a case of the writer’s own: "%s"', (_lng, text) => {
    expect(coverageOfNoOne(text)).toBe(false);
  });
});

describe('the follow-up that names another country after such a supposition', () => {
  let runner: Awaited<ReturnType<typeof createConversationRunner>>;
  beforeAll(async () => {
    runner = await createConversationRunner();
  });
  afterAll(async () => {
    await runner.close();
  });

  it.each([
    ['nn', 'Om nokon blir send til Pakistan mot viljen sin, kva ambassade dekkjer Pakistan?', 'og Afghanistan?'],
    ['tr', "Bir genç kız Pakistan'a gönderilip orada tutulursa hangi büyükelçilik ona yardım eder?", 'Peki Afganistan?'],
  ] as const)('%s: no emergency card: "%s" then "%s"', async (lng, first, second) => {
    const run = await runner.converse({ lang: lng, turns: [first, second] });
    expect(readTurn(run.replies, runner.markers).emergency).toBe(false);
  });

  it.each([
    ['tr', "Kızım Pakistan'da zorla tutuluyor, hangi büyükelçilik ona yardım eder?", 'Peki Afganistan?'],
    ['nn', 'Dottera mi blir halden att i Pakistan mot viljen sin, kva ambassade dekkjer Pakistan?', 'og Afghanistan?'],
  ] as const)('%s: a daughter held now keeps the numbers: "%s" then "%s"', async (lng, first, second) => {
    const run = await runner.converse({ lang: lng, turns: [first, second] });
    expect(readTurn(run.replies, runner.markers).emergency).toBe(true);
  });
});
