import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { alarmed, isDanger } from '../helpers/danger-alarm';

/**
 * Issue #13, dev35b (the classes behind general-blind-109's failures; our own probes, never the set's sentences):
 *  A: a particular person's family deciding whom she marries, at a coming time ("right after her exams", "this summer",
 *     "next week"), is danger whoever tells it, also when the message first asks for something else (a poster, a
 *     statistic): the rules decided-for-wedding-*. A general or legal question about parents choosing spouses is calm.
 *  B: a study or report asked about beside a service's name ("which study looked at shelter needs?") is the research
 *     article's answer, not the service's card; the service asked plainly keeps its card.
 *  C: a share asked in nynorsk dialect or plain words ("ka del av", "what proportion of") is a figure.
 */
describe('dev35b: decided marriages at a coming time, studies beside a service, shares asked plainly', () => {
  const runner = conversationRunnerPerFile();

  describe('A: a family deciding whom she marries, at a coming time, is danger', () => {
    it.each<[Lang, string]>([
      ['nn', 'ei elev fortalde at foreldra bestemmer kven ho skal gifte seg med, og at det skjer i sommar'],
      ['nn', 'ho sa at foreldra bestemmer kem ho ska gifte seg med, og det blir rett etter eksamen'],
      ['nn', 'dei bestemmer kven ho skal gifte seg med, bryllaupet er neste veke'],
      ['nb', 'en elev sa at familien bestemmer hvem hun skal gifte seg med og at bryllupet blir etter eksamen'],
      ['nb', 'hun sa foreldra bestemmer hvem hu skal gifte seg med etter eksamen'],
      ['nb', 'trenger en plakat om håndvask. ellers fortalte en elev meg at foreldrene bestemmer hvem hun skal gifte seg med i sommer'],
      ['nn', 'eg treng statistikk om skulefråvær, og ei jente sa til meg at familien bestemmer kven ho skal gifte seg med til sommaren'],
      ['en', 'my student says her parents decide who she will marry and it happens after her exams'],
      ['en', "can you make a poster about exam stress? also a girl in my class told me her parents decided who she's marrying, it's happening this summer"],
    ])('%s "%s": danger', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each<[Lang, string]>([
      ['nb', 'kan foreldre bestemme hvem barna skal gifte seg med? generelt spørsmål'],
      ['en', 'is it legal in Norway for parents to decide who their children marry?'],
      ['nn', 'kva seier lova om at foreldre bestemmer kven ein skal gifte seg med'],
      ['nn', 'lag ein plakat om tvangsekteskap: mange foreldre bestemmer kven døtrene skal gifte seg med om sommaren'],
      ['en', 'I need a poster explaining that parents cannot decide who their daughter marries in the summer holidays'],
      ['nn', 'kva skal skulen gjere viss ei elev fortel at foreldra bestemmer kven ho skal gifte seg med etter eksamen?'],
    ])('%s "%s": no emergency (a general question, material, or a supposed case in a duty question)', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });

    it('a general question about parents choosing spouses raises not even a concern', () => {
      expect(alarmed('kan foreldre bestemme hvem barna skal gifte seg med? generelt spørsmål', 'nb')).toBe(false);
      expect(alarmed('is it legal in Norway for parents to decide who their children marry?', 'en')).toBe(false);
    });

    it('told beside a request for a poster, the emergency card comes first', async () => {
      const view = await runner.turn('nn', ['kan du lage ein plakat om handvask? forresten sa ei elev til meg at foreldra bestemmer kven ho skal gifte seg med, det skjer i sommar']);
      expect(view.emergency).toBe(true);
    });
  });

  describe('B: a study asked beside a service is the research article', () => {
    it.each<[Lang, string, string[]]>([
      ['en', 'which study looked at protection and shelter needs of newly arrived refugees?', ['VID']],
      ['en', 'what research was done on crisis centre services for refugees?', ['VID']],
      ['nb', 'hvilken rapport så på krisesentertilbudet for flyktninger?', ['VID']],
      ['nn', 'kva studie såg på krisesentertilbodet for nykomne flyktningar?', ['VID']],
      ['nb', 'hvilken studie handlet om krisesenter og beskyttelse for nyankomne flyktninger?', ['VID']],
    ])('%s "%s"', async (lang, message, fact) => {
      const view = await runner.turn(lang, [message]);
      expect({ didYouMean: view.didYouMean, emergency: view.emergency, language: view.replyLanguage }).toEqual({ didYouMean: false, emergency: false, language: lang });
      expect([fact, containsFact(view.texts, fact)]).toEqual([fact, true]);
    });

    it.each<[Lang, string]>([
      ['en', 'where is the nearest shelter for a woman leaving her husband?'],
      ['nb', 'hvor finner jeg nærmeste krisesenter?'],
    ])('%s "%s": the calm twin keeps the crisis centres', async (lang, message) => {
      const view = await runner.turn(lang, [message]);
      expect(containsFact(view.texts, ['krisesenter', 'Krisesenter', 'Crisis centre', 'crisis centre'])).toBe(true);
      expect(containsFact(view.texts, ['VID'])).toBe(false);
    });
  });

  describe('C: a share asked plainly is a figure', () => {
    it.each<[Lang, string]>([
      ['nn', 'ka del av trafikken til Nora kjem frå kampanjar på sosiale medium?'],
      ['nb', 'hva del av trafikken til Nora kommer fra kampanjer i sosiale medier?'],
      ['en', "what proportion of Nora's traffic comes from social media campaigns?"],
      ['nb', 'hvor stor andel av trafikken til Nora kommer fra sosiale medier?'],
    ])('%s "%s": 70 %%', async (lang, message) => {
      const view = await runner.turn(lang, [message]);
      expect({ didYouMean: view.didYouMean, emergency: view.emergency }).toEqual({ didYouMean: false, emergency: false });
      expect(containsFact(view.texts, ['70'])).toBe(true);
    });

    it('the calm twin: Nora asked plainly is no figure', async () => {
      const view = await runner.turn('nn', ['ka er Nora?']);
      expect(view.didYouMean).toBe(false);
      expect(containsFact(view.texts, ['70 %'])).toBe(false);
    });
  });

  describe('D: a midwife\'s procedure for an adult who was cut as a child is the FGM advice with Kompetanseteamet', () => {
    it.each<[Lang, string, string[]]>([
      ['en', "I'm a midwife, what's the routine when a woman in labour was cut as a girl?", ['Kompetanseteamet', '478 09 050']],
      ['nn', 'eg er jordmor, kva er rutinen når vi møter ei fødande som vart omskoren som jente?', ['Kompetanseteamet', '478 09 050']],
      ['nb', 'jordmor her: hva gjør vi når en fødende kvinne ble kjønnslemlestet som barn?', ['Kompetanseteamet', '478 09 050']],
    ])('%s "%s"', async (lang, message, fact) => {
      const view = await runner.turn(lang, [message]);
      expect({ didYouMean: view.didYouMean, emergency: view.emergency }).toEqual({ didYouMean: false, emergency: false });
      expect([fact, containsFact(view.texts, fact)]).toEqual([fact, true]);
    });
  });
});

