import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined, expectAnsweredWith } from '../helpers/conversation-runner';

/**
 * Fact questions and errands (issue #13, facts37s). Our own probes, as people type them:
 *  1. an errand about the car's periodic inspection (EU-kontroll, roadworthiness test) is declined in every language,
 *     even though "kontroll" is a word of our domain; a story of control beside a car stays in scope;
 *  2. the national conferences' titles asked by name, and the 2022 one as a follow-up ("konferanse" beside a year is
 *     no longer read as the Turkish "konferans", a lecture, for the statistics card);
 *  3. the Christmas campaign's influencer asked by the campaign (no bare "TikTok" phrasing);
 *  4. which study found what (Proba 2023: control online after the pandemic; Fafo 2023: a double focus).
 */
describe('facts37s', () => {
  const runner = conversationRunnerPerFile();

  const errands: ReadonlyArray<[Lang, string]> = [
    ['nb', 'naar maa bilen vaar paa eu-kontroll? jeg jobber i barnehage og rekker det ikke'],
    ['nn', 'når skal bilen på eu kontroll, eg finn ikkje papira'],
    ['en', 'when is the roadworthiness test due for our kindergarten van?'],
    ['ur', 'ہماری گاڑی کا معائنہ کب ہونا ہے؟'],
    ['ur', 'میری گاڑی کا EU-kontroll کب ہے، کیسے پتہ کروں؟'],
    ['pl', 'kiedy mam przegląd techniczny samochodu?'],
    ['ru', 'когда у нашей машины техосмотр?'],
  ];
  it.each(errands)('%s: the car inspection is declined: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(true);
    expectDeclined(view, lang);
  });

  it('a story of control beside the car is not an errand', async () => {
    const view = await runner.turn('nb', 'eleven sier faren kontrollerer hvem hun er med og kjører henne overalt i bilen, hva gjør skolen?');
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.answers).toBeGreaterThan(0);
  });

  const conference: ReadonlyArray<[Lang, string]> = [
    ['nn', 'kva heitte konferansen imdi hadde i 2024?'],
    ['nb', 'hva het IMDis konferanse i 2024?'],
    ['en', 'what was the national conference called?'],
    ['ti', 'ሃገራዊ ኮንፈረንስ IMDi ሽሙ እንታይ ነይሩ?'],
  ];
  it.each(conference)('%s: the conference titles: %s', async (lang, message) => {
    await expectAnsweredWith(runner, lang, message, [['Sammen åpner vi dører'], ['Bak lukkede dører']]);
  });

  it('nn: the 2022 conference as a follow-up', async () => {
    const view = await runner.turn('nn', ['kva het konferansen imdi heldt i 2024?', 'og den i 2022 då?']);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.texts.some((t) => t.includes('Bak lukkede dører'))).toBe(true);
  });

  const facts: ReadonlyArray<[Lang, string, string[][]]> = [
    ['nb', 'hvem var influenseren i julekampanjen?', [['Superminoritet']]],
    ['nn', 'kven var influensaren i julekampanjen?', [['Superminoritet']]],
    ['en', 'who was the influencer in the christmas campaign?', [['Superminoritet']]],
    ['nb', 'hvor mange spm svarte mangfoldsrådgiverne på ung.no i 2023, og hvem var influenseren i julekampanjen?', [['145'], ['Superminoritet']]],
    ['en', 'I read a report that said control on social media got worse after covid. Who wrote it?', [['Proba']]],
    ['nb', 'hvem fant ut at kontrollen på sosiale medier ble verre etter korona?', [['Proba']]],
    ['nn', 'kva forsking meinte ein må ha dobbelt fokus, både på fridomen til ungdommen og på foreldra?', [['Fafo']]],
  ];
  it.each(facts)('%s: %s', async (lang, message, want) => {
    await expectAnsweredWith(runner, lang, message, want);
  });
});
