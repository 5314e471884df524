import { containsFact } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * Issue #13, session 31 (hb31a): the classes behind the held-back set -90's failures, each in this file's own words
 * (none of these sentences is in the evaluation sets). Each row: the language, the turns, and the facts the last
 * turn's answer must show (each fact a list of spellings), with no "did you mean" and no "cannot answer".
 */
type Row = readonly [Lang, readonly string[], readonly (readonly string[])[]];

const runner = conversationRunnerPerFile();

async function expectAnswer(lang: Lang, turns: readonly string[], facts: readonly (readonly string[])[]): Promise<void> {
  const view = await runner.turn(lang, turns);
  expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang });
  for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
}

describe("the prevention unit of 2008 named in a mix of bokmål and nynorsk ('forebyggingseininga')", () => {
  const rows: readonly Row[] = [
    ['nn', ['Kor mange tilsette hadde forebyggingseininga i 2008?'], [['45']]],
    ['nb', ['Hvor mange ansatte hadde førebyggingsenheten i 2008?'], [['45']]],
  ];
  it.each(rows)('%s: %j tells its staff', (lang, turns, facts) => expectAnswer(lang, turns, facts));
});

describe('the duty to notify child welfare, asked about someone over 18: the grown-ups article (Kompetanseteamet)', () => {
  const rows: readonly Row[] = [
    ['en', ['Is an adult education teacher obliged to report to child welfare when the student is 21?'], [['Kompetanseteamet', '478 09 050']]],
    ['nn', ['Må lærarane i vaksenopplæringa melde til barnevernet om ein elev på 20 år?'], [['Kompetanseteamet', '478 09 050']]],
    ['nb', ['Har vi meldeplikt til barnevernet for en kursdeltaker på 22? Familien bestemmer hvem hun møter.'], [['Kompetanseteamet', '478 09 050']]],
  ];
  it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
});

describe('where young people read about control and their rights in plain words: Nora', () => {
  const rows: readonly Row[] = [
    ['en', ['Is there a site where teenagers can read about their rights in easy words?'], [['Nora']]],
    ['nb', ['Hvor kan ungdom lese lettfattet om kontroll og rettighetene sine?'], [['Nora']]],
    ['nn', ['Kvar kan unge lese om rettane sine med enkle ord?'], [['Nora']]],
  ];
  it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
});

describe("'which organisation?' with no service named asks whom to contact, in the twelve languages", () => {
  const lines = ['815 55 201', '478 09 050', '116 111', 'SEIF', '22 03 48 30'];
  const rows: readonly Row[] = [
    ['nb', ['Foreldrene til nevøen min bestemmer alt for ham. Hvilken organisasjon kan vi snakke med?'], [lines]],
    ['nn', ['Foreldra til nevøen min bestemmer alt for han. Kva organisasjon kan vi snakke med?'], [lines]],
    ['en', ['My niece is watched by her brothers all the time. Which organisation is there for this?'], [lines]],
    ['ar', ['أخوها يراقب ابنة أختي طوال الوقت. أي منظمة تساعد في هذا؟'], [lines]],
    ['so', ['Walaalkeed ayaa had iyo jeer la socda gabadha. Hay\'addee ayaa arrintan ka caawisa?'], [lines]],
    ['fa', ['برادرش همیشه خواهرزاده‌ام را کنترل می‌کند. کدام سازمان در این مورد هست؟'], [lines]],
    ['ur', ['میری بھانجی کا بھائی ہر وقت اس پر نظر رکھتا ہے۔ اس کے لیے کون سی تنظیم ہے؟'], [lines]],
    ['uk', ['Брат постійно стежить за моєю племінницею. Яка організація цим займається?'], [lines]],
    ['ru', ['Брат постоянно следит за моей племянницей. Какая организация этим занимается?'], [lines]],
    ['tr', ['Ağabeyi yeğenimi sürekli takip ediyor. Bu konuda hangi kuruluş var?'], [lines]],
    ['pl', ['Brat ciągle pilnuje mojej siostrzenicy. Jaka organizacja się tym zajmuje?'], [lines]],
    ['ti', ['ሓዋ ንጓል ሓብተይ ኩሉ ግዜ ይከታተላ። ኣየናይ ትካል ኣሎ?'], [lines]],
  ];
  it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
});

describe("a helpline asked for grown-ups, no service named: the grown-ups' lines, VO-linjen among them", () => {
  const rows: readonly Row[] = [
    ['en', ['Any helpline grown-ups can ring about abuse from a partner?'], [['116 006', 'VO-linjen']]],
    ['nb', ['Finnes det en hjelpelinje for voksne som har det vondt med en partner som truer?'], [['116 006', 'VO-linjen']]],
  ];
  it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
});

describe("'since when?' after the advisers' new name: when the renaming came (2024)", () => {
  const rows: readonly Row[] = [
    ['nb', ['hva heter minoritetsrådgiverne i dag?', 'siden når?'], [['2024']]],
    ['en', ["what is the minority advisers' new name?", 'since when?'], [['2024']]],
  ];
  it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
});

describe('a count the sources do not publish: said first, then the nearest published count', () => {
  const rows: readonly Row[] = [
    // The expert team counts assignments, not cases.
    ['nb', ['Hvor mange saker hadde IMDis fagteam i 2023?'], [['63']]],
    ['en', ["How many cases did IMDi's expert team handle in 2023?"], [['63']]],
    // Girls protected, with no service named: the services' case totals of that year.
    ['en', ['How many girls from Eritrea were protected from FGM in 2023?'], [['899', '897']]],
    ['nb', ['Hvor mange jenter ble beskyttet mot omskjæring i 2023?'], [['899', '897']]],
  ];
  it.each(rows)('%s: %j', (lang, turns, facts) => expectAnswer(lang, turns, facts));
});
