import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * "… and is there something on the internet she can read?" as the second need of a message (issue #13, read34): our own
 * probes in nb, nn, en and six other languages, typed as people type them. A clause that asks for something to read
 * (online, a page, material for young people) beside advice is planned beside the advice: the answer keeps the advice
 * and adds Nora / ung.no. Each twin asks the first need only, and its answer does not grow a site.
 */
describe('a site to read as the second need (read34)', () => {
  const runner = conversationRunnerPerFile();
  const SITES = ['Nora', 'ung.no'];

  async function sitesIn(lang: Lang, message: string): Promise<boolean> {
    const view = await runner.turn(lang, [message]);
    expect({ emergency: view.emergency, didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, answers: view.answers > 0 }).toEqual({ emergency: false, didYouMean: false, cannotAnswer: false, answers: true });
    return containsFact(view.texts, SITES);
  }

  it.each<[string, Lang, string, string]>([
    ['en', 'en', 'my daughter is 16 and her brothers check her phone all the time. who can I talk to, and is there anything online she can read?', 'my daughter is 16 and her brothers check her phone all the time. who can I talk to?'],
    ['nb', 'nb', 'jeg er laerer, en elev blir kontrollert hjemme. hvem kan jeg fa rad fra, og finnes det noe pa nettet hun kan lese?', 'jeg er laerer, en elev blir kontrollert hjemme. hvem kan jeg fa rad fra?'],
    ['nn', 'nn', 'eg jobbar på ein helsestasjon. kven kan gje oss råd om negativ sosial kontroll, og har de noko materiell for ungdom?', 'eg jobbar på ein helsestasjon. kven kan gje oss råd om negativ sosial kontroll?'],
    ['so', 'so', 'waxaan ahay macallin, arday ayaa qoyskeeda xakameeyaan. yaan la tashan karaa, oo ma jiraa bog ay ka akhrin karto?', 'waxaan ahay macallin, arday ayaa qoyskeeda xakameeyaan. yaan la tashan karaa?'],
    ['ru', 'ru', 'я учительница, ученицу контролирует семья. к кому обратиться за советом и есть ли что-нибудь в интернете, что она может почитать?', 'я учительница, ученицу контролирует семья. к кому обратиться за советом?'],
    ['tr', 'tr', 'ogretmenim, bir ogrencim ailesi tarafindan kontrol ediliyor. kime danisabilirim, internette bir şey var mı okuyabileceği?', 'ogretmenim, bir ogrencim ailesi tarafindan kontrol ediliyor. kime danisabilirim?'],
    ['fa', 'fa', 'معلم هستم، یکی از دانش‌آموزانم توسط خانواده کنترل می‌شود. از کی مشاوره بگیرم و چیزی تو اینترنت هست که بخونه؟', 'معلم هستم، یکی از دانش‌آموزانم توسط خانواده کنترل می‌شود. از کی مشاوره بگیرم؟'],
    ['ar', 'ar', 'أنا معلمة، طالبة عندي أهلها يتحكمون فيها. مين أقدر أستشير، وفي شي على النت تقرا عنه؟', 'أنا معلمة، طالبة عندي أهلها يتحكمون فيها. مين أقدر أستشير؟'],
    ['pl', 'pl', 'jestem pielęgniarką szkolną, uczennica jest kontrolowana przez rodzinę. kto może nam doradzić i czy jest coś w internecie, co może poczytać?', 'jestem pielęgniarką szkolną, uczennica jest kontrolowana przez rodzinę. kto może nam doradzić?'],
  ])('%s: the reading clause adds the sites; its twin does not', async (_id, lang, probe, twin) => {
    expect([probe, await sitesIn(lang, probe)]).toEqual([probe, true]);
    expect([twin, await sitesIn(lang, twin)]).toEqual([twin, false]);
  });
});
