import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined, expectAnsweredWith } from '../helpers/conversation-runner';
import { isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';
import { containsFact, readTurn } from '../../src/evaluation/conversation-eval';

/**
 * Issue #13 (dev33b, the development set general-blind-101): our own probes for the classes its failures stood for,
 * each with calm or dangerous twins. Never the set's sentences.
 */
describe('dev33b: classes of general-blind-101', () => {
  const runner = conversationRunnerPerFile();

  // Someone locked in by another person, told with the person between the verb and "inne"/"in" ("stengjer ho inne",
  // "locks her in"): confinement is a plain danger, in a professional's duty question too.
  const lockedIn: [Lang, string][] = [
    ['nn', 'kva gjer vi på skulen når ei elev fortel at faren stengjer ho inne på rommet kvar kveld?'],
    ['nn', 'mannen hennar låser ho inne når han dreg på jobb, kva plikt har eg som tilsett på mottaket?'],
    ['nb', 'mannen hennes stenger henne inne når han drar på jobb, hva skal vi gjøre'],
    ['nb', 'broren låste dem inne i leiligheten i går kveld'],
    ['nb', 'faren hennes laaser henne inne på rommet hver helg'],
    ['en', 'her husband locks her in the flat when he goes to work, what is our duty at the centre?'],
    ['en', 'a pupil says her brother shut her in the basement last night'],
  ];
  it.each(lockedIn)('locked in by someone (%s): %s → the emergency card first', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(true);
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
    expect(view.replyLanguage).toBe(lang);
  });

  const lockedCalm: [Lang, string][] = [
    ['nb', 'hvordan låser jeg skapet mitt i garderoben på skolen?'],
    ['en', 'will the police lock him up for sending threats online, what does the law say?'],
    ['nn', 'kven låser skulen om kvelden etter foreldremøtet?'],
  ];
  it.each(lockedCalm)('a lock that keeps no one in (%s): %s → no danger read', async (lang, text) => {
    expect(isDanger(text, lang)).toBe(false);
    expectCalmByTheRules(await runner.turn(lang, text), text, lang);
  });

  // An everyday errand about a marriage the couple chose themselves, a wedding gift, or a currency for a trip: declined,
  // with no emergency card; the same errand beside a marriage against someone's will or a child keeps the danger.
  const errands: [Lang, string][] = [
    ['en', 'my son is marrying his girlfriend in Morocco in spring, they chose each other. how do we register the marriage in Norway?'],
    ['nb', 'datteren min og kjæresten valgte hverandre selv, de gifter seg i Marokko i juli. hvordan registrerer vi ekteskapet i Norge etterpå?'],
    ['nn', 'kva gåve gir ein i bryllaup? kusina mi giftar seg i Somalia til sommaren, alle gler seg'],
    ['en', "what's a good wedding present? my cousin is getting married in Iraq to a guy she met at uni"],
    ['nb', 'hva er valutakursen på tyrkiske lira nå, vi skal til Istanbul i påsken'],
    ['nn', 'kva er kursen på euro no? vi skal til Spania med ungane i haustferien'],
    ['en', 'whats the exchange rate for pakistani rupees, we fly to Lahore with the kids next week'],
  ];
  it.each(errands)('an everyday errand beside a chosen marriage or a holiday (%s): %s → declined', async (lang, text) => {
    expectDeclined(await runner.turn(lang, text), lang);
  });

  const errandDanger: [Lang, string][] = [
    ['nb', 'hva er kursen på euro? vi skal til pakistan i sommer og datteren min på 15 vet ikke at hun skal giftes bort der'],
    ['en', 'what wedding gift should I buy, my sister is 16 and being forced to marry in Pakistan next month'],
    ['nn', 'korleis registrere ekteskapet i Noreg? dottera mi på 16 vart gift i Irak mot viljen sin'],
  ];
  it.each(errandDanger)('the same errand beside a forced or child marriage (%s): %s → the emergency card', async (lang, text) => {
    const view = await runner.turn(lang, text);
    expect(view.emergency).toBe(true);
  });

  // When the joint annual report of the special services is due, asked by someone who used to send their own figures:
  // the report's deadline, not the service's figures.
  const deadline: [Lang, string][] = [
    ['nb', 'vi har levert egne tall til IMDi hvert år. når er fristen for den nye samlede rapporten for de særskilte tjenestene?'],
    ['nn', 'vi har sendt eigne tal til IMDi før. kva er fristen for den nye samla rapporten for dei særskilde tenestene?'],
    ['en', 'we used to send our own figures to IMDi. what is the deadline for the new joint report on the special services?'],
    ['en', 'when is the joint annual report of the special services due?'],
  ];
  it.each(deadline)('a deadline of the joint report (%s): %s → 01.04.2025', async (lang, text) => {
    await expectAnsweredWith(runner, lang, text, [['01.04.2025', '1. april 2025', '1 April 2025']]);
  });

  it('a figure asked of the same service is still a figure', async () => {
    await expectAnsweredWith(runner, 'nb', 'hvor mange saker hadde spesialutsendingene i 2023?', [['245']]);
  });

  // A self-help organisation asked for in a short form ("self-help org", "selvhjelpsorg"), beside another need or alone.
  const selfHelp: [Lang, string, string[][]][] = [
    ['en', 'is there a self-help org for refugees we can send a young woman to?', [['SEIF'], ['22 03 48 30']]],
    ['en', 'which envoy covers Russia, and is there a self help org for refugees here?', [['Ankara'], ['SEIF']]],
    ['nb', 'finnes det en selvhjelpsorg for flyktninger vi kan henvise en kvinne til?', [['SEIF']]],
  ];
  it.each(selfHelp)('a self-help organisation in a short form (%s): %s', async (lang, text, facts) => {
    await expectAnsweredWith(runner, lang, text, facts);
  });

  // The change from the year before asked with a verb of change ("økte … fra året før", "grow … from the year before"),
  // alone or as a follow-up that names a new year: the change from the year before, not the two years' counts.
  it.each([
    ['nb', ['hvor mye økte henvendelsene til kompetanseteamet i 2008 fra året før?']],
    ['nn', ['kor mykje auka førespurnadene til kompetanseteamet i 2008 frå året før?']],
    ['en', ["how much did Kompetanseteamet's inquiries grow in 2008 from the year before?"]],
    ['en', ['how many inquiries did Kompetanseteamet get in 2005?', 'and 2008? how much did it rise from the previous year']],
    ['nb', ['hvor mange saker hadde kompetanseteamet i 2005?', 'og 2008? hvor mye steg det fra aaret for']],
  ] as [Lang, string[]][])('a change from the year before (%s): %j', async (lang, turns) => {
    const run = await runner.converse({ lang, turns });
    const view = readTurn(run.replies, runner.markers);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, ['2007'])).toBe(true);
    expect(containsFact(view.texts, ['28 %', '28%', '40 %', '40%', '+40', '39 %'])).toBe(true);
  });

  it("Kompetanseteamet's English card names the Police Directorate by its short name too", async () => {
    await expectAnsweredWith(runner, 'en', 'which agencies are members of Kompetanseteamet?', [['POD'], ['Bufdir']]);
  });
});
