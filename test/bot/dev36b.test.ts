import { type Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';

/**
 * Issue #13 (dev36b), the classes behind the development set general-blind-113's failures, with our own probes in
 * nb, nn (with dialect spellings) and en, as people type them in Teams, each class with its twins:
 *  1. An everyday errand about a wedding the writer says is wanted or chosen (a gift, what to wear, a hotel, cheap
 *     flights for the guests) is declined politely, also when a danger rule fired on the wedding and its time and the
 *     writer's word outweighs it (planCalm in the scope rules). The same errand beside a wedding against someone's
 *     will, or a child's, is not declined. Not yet: joy said only as "vi er så glade for dem" (no word of the
 *     'wanted' list), and a girlfriend or boyfriend named beside "tips om …" (domain beside aboutWord keeps it in).
 *  2. The time in a city abroad is an everyday question, declined; a person held in that city is not.
 *  3. A phone line asked for about a topic ("is there a line just for honour violence?", "ei eiga telefonlinje om
 *     tvangsekteskap") is a helpline ask: the topic's line (Røde Kors-telefonen, 815 55 201), also as the second need
 *     beside a line the writer names.
 */
describe('general-blind-113 classes (dev36b)', () => {
  const runner = conversationRunnerPerFile();

  const weddingErrands: ReadonlyArray<[Lang, string]> = [
    ['nb', 'kusina mi skal gifte seg i marokko i september, hun har funnet han selv og alle gleder seg. hva gir man i gave til et marokkansk bryllup?'],
    ['nb', 'lillebroren min gifter seg i Bosnia til sommeren, de har valgt hverandre selv og alle er glade. hva har man på seg i et bosnisk bryllup?'],
    ['nb', 'datteren vår skal gifte seg i somalia i august, hun valgte ham selv og vi gleder oss. vet du om billige flybilletter til Mogadishu?'],
    ['nn', 'veslesyster mi skal gifte seg i Tyrkia i juni, ho fann han sjølv og heile familien gler seg. kva er det beste hotellet i Izmir?'],
    ['nn', 'niesa mi gifter seg i Irak i haust, ho har valt han sjølv og me gler oss masse. kva gir ein i gåve til eit irakisk bryllaup?'],
    ['nn', 'sonen vår skal gifte seg i Pakistan neste månad, han valde ho sjølv og alle gler seg! kor finn eg billige flybillettar for oss?'],
    ['en', "my best friend is getting married in Karachi next month and she picked him herself, we're all thrilled! what should I wear to the nikah?"],
    ['en', 'our daughter chose her fiancé herself and the wedding is in Turkey this summer, everyone is excited. any tips on cheap flights for 30 guests?'],
    ['en', "my cousin's getting married in Morocco in July, she's so happy about it. what's a good wedding gift for a Moroccan wedding?"],
    ['en', 'a colleague of mine is marrying the man she loves in Pakistan in spring, so happy for her! best hotel in Lahore for the guests?'],
  ];

  const weddingTwins: ReadonlyArray<[Lang, string]> = [
    ['nb', 'kusina mi på 16 må gifte seg i marokko i september, hun vil ikke. hva gir man i gave til et sånt bryllup?'],
    ['nb', 'søstera mi blir tvunget til å gifte seg i Pakistan neste måned. hva har man på seg i bryllupet?'],
    ['nn', 'veslesyster mi på 15 skal giftast bort i Tyrkia i juni, ho vil ikkje. kva er det beste hotellet der?'],
    ['en', "my cousin is being forced to marry a man in Karachi next month, she doesn't want to. what should I wear to the nikah?"],
    ['en', 'my 15 year old sister is getting married in Turkey this summer, my dad chose him. any tips on cheap flights?'],
  ];

  const timeAbroad: ReadonlyArray<[Lang, string]> = [
    ['nb', 'hva er klokka i Kabul nå?'],
    ['nb', 'hvor mye er klokka i islamabad akkurat nå'],
    ['nn', 'ka e klokka i Amman no?'],
    ['nn', 'veit du kor mykje klokka er i Ankara no'],
    ['en', 'what time is it in Addis Ababa right now?'],
    ['en', "what's the time difference between Oslo and Mogadishu?"],
  ];

  const heldAbroad: ReadonlyArray<[Lang, string]> = [
    ['nb', 'søstera mi er holdt igjen i Kabul og får ikke reise hjem, passet er tatt'],
    ['en', 'my friend was taken to Addis Ababa and her family took her passport, she cannot come home'],
  ];

  const topicLines: ReadonlyArray<[Lang, string]> = [
    ['en', 'is there a line just for honour related violence?'],
    ['en', 'do you know a phone line for forced marriage?'],
    ['nb', 'finnes det en egen telefon om æresvold?'],
    ['nb', 'har dere en egen linje for tvangsekteskap'],
    ['nn', 'finst det ei eiga telefonlinje om æresvald?'],
    ['nn', 'er det ei linje for tvangsgifte?'],
  ];

  it.each(weddingErrands)('an errand about a wanted wedding is declined (%s): %s', async (lng, text) => {
    expectDeclined(await runner.turn(lng, text), lng);
  });

  it.each(weddingTwins)('the same errand beside a forced or a child\'s wedding is not declined (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.emergency || view.answers > 0).toBe(true);
    expect(view.emergency).toBe(true);
  });

  it.each(timeAbroad)('the time in a city abroad is declined (%s): %s', async (lng, text) => {
    expectDeclined(await runner.turn(lng, text), lng);
  });

  it.each(heldAbroad)('a person held in a city abroad gets the emergency card (%s): %s', async (lng, text) => {
    expect((await runner.turn(lng, text)).emergency).toBe(true);
  });

  it.each(topicLines)('a line asked for about a topic gets the topic\'s helpline (%s): %s', async (lng, text) => {
    const view = await runner.turn(lng, text);
    expect(view.didYouMean || view.cannotAnswer).toBe(false);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
  });

  it('a named line and a line about a topic in one message get both numbers', async () => {
    const view = await runner.turn('en', "we need VO-linjen's number and is there a line specifically about forced marriage?");
    expect(containsFact(view.texts, ['116 006'])).toBe(true);
    expect(containsFact(view.texts, ['815 55 201'])).toBe(true);
    const calm = await runner.turn('en', "we need VO-linjen's number please");
    expect(containsFact(calm.texts, ['116 006'])).toBe(true);
    expect(calm.emergency).toBe(false);
  });
});
