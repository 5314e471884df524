import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Duty questions from front-line services (issue #13, duty36): our own probes, each class with its twin.
 *  1. A worker who tells of a case and asks "what is my responsibility?" ("hva er mitt ansvar", "kva ansvar har eg",
 *     "jaka jest moja odpowiedzialność", "mas'uuliyadayda") asks about their duty: the duty article with Kompetanseteamet's
 *     advice line, not "did you mean".
 *  2. The duty asked about a grown-up ("an adult client controlled by her in-laws") is answered by the article for a
 *     person over 18 (she may call Kompetanseteamet herself), not the duty to notify child welfare; a child told of
 *     keeps the duty to notify.
 *  3. Who trains refugee-service staff and where regional support is: IMDi's expert team (post@imdi.no) and RVTS.
 *  4. A police employee renewing his own passport is declined (no card); a passport taken stays danger.
 */
const titleSchema = z.object({ title: z.record(z.string(), z.string()) });
const titleOf = (id: string, lang: Lang): string =>
  titleSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../content/knowledge/articles', `${id}.json`), 'utf8'))).title[lang] ?? '';

const KOMPETANSETEAMET = ['478 09 050', '47809050'];

describe('duty questions from front-line services (duty36)', () => {
  const runner = conversationRunnerPerFile();

  const responsibility: ReadonlyArray<[Lang, string]> = [
    ['nb', 'Jeg er ansatt i flyktningtjenesten. En familie vil sende sønnen sin til utlandet i sommer. Hva er mitt ansvar?'],
    ['nb', 'jobber i flyktningtjenesten, foreldrene planlegger a sende gutten bort. hva er ansvaret mitt'],
    ['nn', 'Eg jobbar i flyktningtenesta. Foreldra vil sende sonen sin ut av landet. Kva ansvar har eg?'],
    ['pl', 'Pracuję w gminnej służbie dla uchodźców. Rodzice chcą wysłać syna za granicę. Jaka jest moja odpowiedzialność?'],
    ['so', 'Waxaan ka shaqeeyaa adeegga qaxootiga. Waalidku waxay rabaan inay wiilkooda u diraan dibadda. Waa maxay mas\'uuliyadayda?'],
    ['ur', 'میں پناہ گزین سروس میں کام کرتی ہوں۔ والدین اپنے بیٹے کو بیرون ملک بھیجنا چاہتے ہیں۔ میری ذمہ داری کیا ہے؟'],
  ];
  // A child to be sent abroad may bring the emergency card first (the danger rules decide that); the duty article follows.
  it.each(responsibility)('%s: "what is my responsibility?" with a case gets the duty article and the advice line: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.replyLanguage).toBe(lang);
    expect(containsFact(view.texts, [titleOf('duty-to-notify', lang)])).toBe(true);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
  });

  const calmResponsibility: ReadonlyArray<[Lang, string]> = [
    ['nb', 'Jeg jobber i flyktningtjenesten. En gutt på 16 sier at faren bestemmer hvem han kan være venner med. Hva er mitt ansvar?'],
    ['nn', 'Eg jobbar i flyktningtenesta. Ein gut på 16 seier at faren bestemmer kven han får vere venn med. Kva er ansvaret mitt?'],
    ['en', 'I work in the refugee service. A boy of 16 says his father decides who his friends can be. What is my responsibility?'],
  ];
  it.each(calmResponsibility)('%s: the calm twin, everyday control of a child told: the duty article, no card: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, [titleOf('duty-to-notify', lang)])).toBe(true);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
  });

  const grownUp: ReadonlyArray<[Lang, string]> = [
    ['nb', 'Jeg er veileder i NAV. En voksen bruker blir kontrollert av svigerfamilien sin. Hvilke plikter har jeg?'],
    ['nb', 'jeg er veileder på nav, kvinnen (over 18) styres av svigerforeldrene, hva er plikten min'],
    ['nn', 'Eg er rettleiar i NAV. Ei vaksen kvinne blir styrt av svigerfamilien. Kva er plikta mi?'],
    ['en', 'I am a NAV adviser and an adult client is controlled by her in-laws. What are my duties?'],
    ['pl', 'Jestem doradcą w NAV. Dorosła klientka jest kontrolowana przez teściów. Jakie mam obowiązki?'],
  ];
  it.each(grownUp)('%s: a duty question about a grown-up gets the over-18 article: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, [titleOf('adults-over-18', lang)])).toBe(true);
    expect(containsFact(view.texts, [titleOf('duty-to-notify', lang)])).toBe(false);
    expect(containsFact(view.texts, KOMPETANSETEAMET)).toBe(true);
  });

  const child: ReadonlyArray<[Lang, string]> = [
    ['nb', 'Jeg er veileder i NAV. Datteren til en bruker, en jente på 15, blir kontrollert av familien. Hvilke plikter har jeg?'],
    ['en', 'I am a NAV adviser. A client’s daughter, a girl of 15, is controlled by the family. What are my duties?'],
  ];
  it.each(child)('%s: the twin about a child keeps the duty to notify child welfare: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(containsFact(view.texts, [titleOf('duty-to-notify', lang)])).toBe(true);
  });

  const training: ReadonlyArray<[Lang, string]> = [
    ['nb', 'Hvem holder kurs for oss ansatte i flyktningtjenesten, og hvor får vi regional støtte?'],
    ['en', 'Who trains staff in the refugee service and where can we get regional support?'],
    ['pl', 'Kto szkoli pracowników służby dla uchodźców i gdzie możemy dostać wsparcie regionalne?'],
    ['ur', 'پناہ گزین سروس کے عملے کو تربیت کون دیتا ہے اور ہمیں علاقائی مدد کہاں سے ملے گی؟'],
  ];
  it.each(training)('%s: who trains staff and regional support: both parts answered: %s', async (lang, message) => {
    const view = await runner.turn(lang, message);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['post@imdi.no'])).toBe(true);
    expect(containsFact(view.texts, ['RVTS'])).toBe(true);
  });

  const ownPassport: ReadonlyArray<[Lang, string]> = [
    ['nb', 'Jeg jobber i politiet og skal fornye passet mitt før ferien. Hvordan gjør jeg det?'],
    ['nn', 'Eg jobbar i politiet og skal fornye passet mitt før ferien. Korleis gjer eg det?'],
    ['en', 'I work for the police and need to renew my passport before my holiday. How do I do that?'],
    ['pl', 'Pracuję w policji i muszę odnowić paszport przed urlopem. Jak to zrobić?'],
    ['tr', 'Polis olarak çalışıyorum, tatilden önce pasaportumu yenilemem gerekiyor. Nasıl yaparım?'],
  ];
  it.each(ownPassport)('%s: renewing one\'s own passport is declined, no card: %s', async (lang, message) => {
    expectDeclined(await runner.turn(lang, message), lang);
  });

  const passportTaken: ReadonlyArray<[Lang, string]> = [
    ['nb', 'De tok passet mitt'],
    ['en', 'they took my passport'],
    ['ar', 'أخذوا جواز سفري'],
  ];
  it.each(passportTaken)('%s: a passport taken stays danger: %s', async (lang, message) => {
    expect((await runner.turn(lang, message)).emergency).toBe(true);
  });
});
