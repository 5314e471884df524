import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile, expectDeclined } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * A follow-up that asks one more detail of the last answer (issue #13, follow35): our own probes, several languages
 * and spellings, each class with a twin that must not be read as a follow-up of something not said.
 *  A: "the year after? how much did it grow?" after one year's figure: the next year's figure against the one shown
 *     (twin: the growth alone compares the year before, not the year after).
 *  B: staying anonymous asked with no service named, or after an article: the anonymous Red Cross line first (twin: a
 *     service named anonymously keeps that service first).
 *  C: what a named study found (Fafo): the research article, which gives the finding, in any language.
 *  D: "and Ethiopia, the same?" after an envoy answer, with a word for "same/also": that country's envoy (twin: the
 *     same words with no answer before ask nothing).
 *  E: "wasn't that Ankara?" after Iran: the doubt is answered (Ankara in 2008, Amman today); twin: another country.
 *  F: "do they meet the families too?" after the diversity advisers: answered, not "did you mean".
 *  G: "what's the number there?" after asking about a service by name that the article shown was not about: that
 *     service's number (twin: after a topic article with no service named, the article's advice service).
 */
describe('a follow-up that asks one more detail (follow35)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, Lang, string[], string[][], string[][]]>([
    ["A-nb", "nb", ["hvor mange henvendelser fikk kompetanseteamet i 2007?", "og året etter, hvor mye økte det?"], [["248"], ["40 %"]], []],
    ["A-nn", "nn", ["kor mange førespurnader fekk kompetanseteamet i 2007?", "året etter då? kor stor var auken"], [["248"], ["40 %"]], []],
    ["A-en", "en", ["how many inquiries did kompetanseteamet get in 2007?", "and the year after? how big was the increase"], [["248"], ["40 %"]], []],
    ["A-pl", "pl", ["ile zgłoszeń otrzymał Kompetanseteamet w 2007?", "a rok później? jaki był wzrost?"], [["248"], ["40 %"]], []],
    ["A-ru", "ru", ["сколько обращений получил Kompetanseteamet в 2007 году?", "а на следующий год? какой был рост?"], [["248"], ["40 %"]], []],
    ["A-twin-nb", "nb", ["hvor mange henvendelser fikk kompetanseteamet i 2007?", "hvor stor økning var det?"], [["116"], ["177"]], [["248"]]],
    ["B-nb", "nb", ["kan jeg ringe noen anonymt?"], [["815 55 201"]], []],
    ["B-nn", "nn", ["kan eg ringe nokon anonymt"], [["815 55 201"]], []],
    ["B-nn-after", "nn", ["kva er tvangsekteskap?", "kan ho vere anonym?"], [["815 55 201"]], []],
    ["B-en-after", "en", ["what is negative social control?", "can i stay anonymous?"], [["815 55 201"]], []],
    ["B-ru-after", "ru", ["что такое принудительный брак?", "а можно анонимно?"], [["815 55 201"]], []],
    ["B-twin-named", "nb", ["kan jeg ringe kompetanseteamet anonymt?"], [["478 09 050"]], []],
    ["C-nb", "nb", ["hva fant Fafo?"], [["foreldre"]], []],
    ["C-en", "en", ["what did fafo find"], [["parents"]], []],
    ["C-tr", "tr", ["Fafo ne buldu?"], [["ebeveyn"]], []],
    ["C-ru", "ru", ["а что нашёл Fafo?"], [["родител"]], []],
    ["C-nn", "nn", ["kva fann fafo ut?"], [["foreldr"]], []],
    ["D-ar", "ar", ["أي سفارة تغطي الصومال؟", "وإثيوبيا كذلك؟"], [["نيروبي", "Nairobi"]], []],
    ["D-fa", "fa", ["کدام سفارت مسئول سومالی است؟", "اتیوپی هم همان؟"], [["نایروبی", "Nairobi"]], []],
    ["D-so", "so", ["Safaaradee ayaa mas'uul ka ah Soomaaliya?", "Kenya isku mid?"], [["Nairobi", "Nayroobi"]], []],
    ["D-pl", "pl", ["która ambasada zajmuje się Somalią?", "a Etiopią również?"], [["Nairobi"]], []],
    ["E-en", "en", ["which embassy covers iran?", "wasn't that ankara?"], [["Amman"], ["2008"]], []],
    ["E-pl", "pl", ["która ambasada odpowiada za Iran?", "czy to nie była Ankara?"], [["Amman"], ["2008"]], []],
    ["E-twin-en", "en", ["which embassy covers iran?", "what about turkey?"], [["Ankara"]], []],
    ["F-fa", "fa", ["mangfoldsrådgiver کیست؟", "با خانواده‌ها هم جلسه میذارن؟"], [["والدین", "خانواده"]], []],
    ["F-en", "en", ["who are the diversity advisers?", "do they meet the families as well or only pupils"], [["parents"]], []],
    ["G-nb", "nb", ["har Røde Kors et tilbud til ungdom som blir kontrollert hjemme?", "hva er nummeret dit?"], [["815 55 201"]], []],
    ["G-twin-nb", "nb", ["hva er negativ sosial kontroll?", "hva er nummeret dit?"], [["478 09 050"]], []],
  ])('%s', async (_id, lang, turns, facts, absent) => {
    const view = await runner.turn(lang, turns);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage, emergency: view.emergency }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang, emergency: false });
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
    for (const spellings of absent) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, false]);
  });

  it('D twin: "the same?" with no answer before asks nothing', async () => {
    const view = await runner.turn('so', ['isla iyaga?']);
    expectDeclined(view, 'so');
    expect(containsFact(view.texts, ['Nairobi', 'Nayroobi'])).toBe(false);
  });

  it('F twin: the families question as a first turn is not read as the diversity advisers\' article', async () => {
    const view = await runner.turn('en', ['do they meet the families as well or only pupils']);
    expect(view.emergency).toBe(false);
    expect(containsFact(view.texts, ['formerly minority advisers'])).toBe(false);
  });
});
