import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { alarmed, isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';

/**
 * Session 34, dev34b (issue #13): classes found by the development set general-blind-105, tested with our own probes
 * (nb, nn with dialect, en as natives and second-language writers type them), never the set's sentences.
 */
describe('dev34b', () => {
  const runner = conversationRunnerPerFile();

  /**
   * A child to be engaged (passive: "skal forloves med", "forlovast med", "to be engaged to") to a cousin, a relative or
   * an older man chosen by others, with a trip or a country abroad: an arranged engagement on a trip is danger, as
   * "giftes bort" already was.
   */
  describe('an arranged engagement on a trip abroad is danger', () => {
    const danger: [Lang, string][] = [
      ['nb', 'Svigerforeldrene mine vil at jenta vår på 15 skal forloves med en fetter i Irak, og nå er billettene kjøpt til juli'],
      ['nb', 'eleven min sier foreldra vil at hun skal forloves med en eldre mann nar de drar til Marokko'],
      ['nn', 'veslesyster mi er 14 og skal forlovast med ein fetter i Irak, dei har alt kjøpt billettar'],
      ['nn', 'systera mi skal forlovast med ein slektning i Somalia, dei har kjøpt flybillettar til sommaren'],
      ['en', "my sister is 16 and she's going to be engaged to our cousin in Somalia, they booked tickets for the summer"],
      ['en', 'my student is 15, her family want she is engaged to a older man when they travel to Pakistan'],
      // A parent's own daughter to be engaged in Iraq in July: danger (lead, session 34). dev34b had it a concern, as a
      // professional's case planned for a season is; the card with the children's line is the safe side for a parent.
      ['nn', 'dottera mi er 14 og skal forlovast med ein fetter i Irak, dei reiser i juli'],
    ];
    it.each(danger)('%s: "%s" gets the emergency card first', async (lang, text) => {
      expect(isDanger(text, lang)).toBe(true);
      const view = await runner.turn(lang, text);
      expect(view.emergency).toBe(true);
      expect(containsFact(view.texts, ['112'])).toBe(true);
    });

    /** A professional's case told with a trip planned for a coming season stays a concern (the answer, '112 if acute' on top). */
    const concern: [Lang, string][] = [
      ['nb', 'Jeg er kontaktlærer. Ei elev på 14 sier hun skal forloves med en fetter når de reiser til Irak i juli'],
    ];
    it.each(concern)('%s: "%s" is a concern, not danger', (lang, text) => {
      expect(isDanger(text, lang)).toBe(false);
      expect(alarmed(text, lang)).toBe(true);
    });

    const calm: [Lang, string][] = [
      ['nb', 'Kjæresten min og jeg forlovet oss i fjor og skal gifte oss i Tyrkia i sommer'],
      ['nn', 'kva seier lova om forloving av born?'],
      ['en', 'my cousin got engaged to a lovely guy and we are all so happy'],
    ];
    it.each(calm)('%s: calm twin "%s" gets no emergency card', async (lang, text) => {
      expect(alarmed(text, lang)).toBe(false);
      const view = await runner.turn(lang, text);
      expectCalmByTheRules(view, text, lang);
    });
  });

  /**
   * A campaign's reach asked in everyday words: "how many (people) saw", "hvor mange så"; and a campaign against young
   * people taken "out of the country" (en) is no question by country of origin.
   */
  describe("a campaign's views asked in everyday words", () => {
    const probes: [Lang, string, string[]][] = [
      ['en', 'how many people saw the pride campaign from imdi?', ['4 million', '4 mill', '4 000 000', '4,000,000']],
      ['en', 'for a uni assignment: how many ppl watched imdis pride campaign', ['4 million', '4 mill', '4 000 000', '4,000,000']],
      ['nb', 'hvor mange folk så pride-kampanjen til imdi?', ['4 mill', '4 000 000', '1 846 880']],
      ['en', 'how many saw the summer campaign about kids taken out of the country?', ['2 358 198', '2358198', '2.36', '2.4']],
    ];
    it.each(probes)('%s: "%s" gives the figure', async (lang, text, fact) => {
      const view = await runner.turn(lang, text);
      expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, emergency: view.emergency }).toEqual({ didYouMean: false, cannotAnswer: false, emergency: false });
      expect([text, containsFact(view.texts, fact)]).toEqual([text, true]);
    });
  });
});
