import { cardTexts, containsFact, readTurn } from '../../src/evaluation/conversation-eval';
import type { Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

/**
 * A danger or a concrete case about someone held in, or taken to, a country abroad (issue #13: the right contact):
 * the special envoy who covers that country (domain.md §12) is named, whether the message names the country, a city
 * or a region in it, and whatever the answer behind the numbers is (a contact card names the envoy itself; an article
 * gets the envoy said with the emergency numbers or the "call 112" line on top). A country no envoy covers gets no
 * envoy sentence (the Ministry's 24/7 line on the card is the help there), and a danger at home gets none. Own phrasings.
 */
describe('conversation: a case abroad names the envoy who covers the country', () => {
  const runner = conversationRunnerPerFile();

  const turnOf = async (lang: Lang, message: string) => {
    const run = await runner.converse({ lang, turns: [message] });
    const first: unknown = run.replies[0]?.attachments?.[0]?.content;
    if (typeof first !== 'object' || first === null) throw new Error('the reply is a card');
    // What the first card shows without opening the answers behind its buttons.
    return { view: readTurn(run.replies, runner.markers), inView: cardTexts({ ...first, actions: [] }) };
  };

  /** Danger, and the answer is the contact card for the country (a city or a region named instead of it). */
  const CONTACT_CARD: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'Ei elev på 15 ringte meg gråtende fra Hargeisa, passet er tatt og hun får ikke reise hjem til Norge.', ['Nairobi']],
    ['so', 'Ardaydayda waxay iigu qortay Hargeysa: baasaboorkeeda waa la qaatay, waxaana lagu qasbayaa guur.', ['Nairobi', 'Nayroobi']],
    ['en', 'My student texted from Grozny: her uncle took her phone and passport and says she is never going back to Norway.', ['Ankara']],
    ['ru', 'Моя ученица пишет из Дагестана: у неё забрали паспорт, и её насильно выдают замуж.', ['Анкар', 'Ankara']],
    ['ar', 'طالبتي محتجزة في بغداد، أخذوا جوازها ويريدون تزويجها بالقوة.', ['Amman', 'عمان', 'عمّان']],
    ['nn', 'Ein elev på 16 er halden att i Kabul. Onkelen har teke passet hennar og ho får ikkje reise heim.', ['Islamabad']],
  ];

  it.each(CONTACT_CARD)('danger, contact card (%s): %s', async (lang, message, city) => {
    const { view } = await turnOf(lang, message);
    expect(view.emergency).toBe(true);
    expect(containsFact(view.texts, city)).toBe(true);
  });

  it('says the envoy under the emergency numbers when the answer behind them is an article (ti)', async () => {
    const { view, inView } = await turnOf('ti', 'ተምሃሪተይ ድሕሪ ዕረፍቲ ኣይተመለሰትን። መሓዙታ ኣብ ሶማልያ ኣላ ኣይክትምለስን እያ ይብላ።');
    expect(view.emergency).toBe(true);
    expect(containsFact(inView, ['Nairobi', 'ናይሮቢ'])).toBe(true);
  });

  /** A case that is not an emergency, answered with the duty or the talk article: the envoy on the "call 112" line. */
  const CONCERN: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ['nb', 'Jeg jobber i barnevernet. En gutt på 14 sier faren skal sende ham til Somalia i juleferien og at han ikke skal komme tilbake. Hva er meldeplikten vår her?', ['Nairobi']],
    ['ru', 'Я учитель. Ученицу 13 лет летом повезут в Чечню «знакомиться с женихом». Какие у нас обязанности?', ['Анкар', 'Ankara']],
  ];

  it.each(CONCERN)('a case, article (%s): %s', async (lang, message, city) => {
    // The "call 112" line on top of the article, which the evaluation counts as an emergency block too.
    const { inView } = await turnOf(lang, message);
    expect(containsFact(inView, city)).toBe(true);
  });

  it('names no envoy for a country no envoy covers, nor for a danger at home', async () => {
    const brazil = await turnOf('en', 'My pupil is held in Brazil by her father, who took her passport and threatens to hurt her.');
    expect(containsFact(brazil.view.texts, ['23 95 00 00'])).toBe(true);
    expect(brazil.inView.join(' ')).not.toMatch(/envoy/i);
    const home = await turnOf('nb', 'Han slår meg hver dag og jeg tør ikke gå hjem.');
    expect(home.inView.join(' ')).not.toMatch(/spesialutsending/i);
  });
});
