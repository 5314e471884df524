import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { alarmed, isDanger, expectCalmByTheRules } from '../helpers/danger-alarm';
import { containsFact } from '../../src/evaluation/conversation-eval';

/**
 * dev36a (issue #13, development set -112): our own probes for two classes its first run missed, each with calm twins.
 *  1. A child fetched now to be taken to the airport (Urdu, Roman Urdu as people type it, and Urdu script): the airport
 *     is a trip word in Urdu as ہوائی اڈے and Russian аэропорт* already were, so a relative coming for a child to take
 *     her to the airport is danger (coming-to-take). Meeting someone at the airport, a holiday flight or a job at the
 *     airport stays calm.
 *  2. "Can the residents call them themselves?" after a list of whom to contact (no one service asked): whether people
 *     over 18 may contact Kompetanseteamet themselves is answered (the over-18 line), in nb, nn and en; reading about it
 *     oneself on the web is not that question.
 */
describe('dev36a: the airport as a trip word (ur); "can they call them themselves?" after a contact list', () => {
  const runner = conversationRunnerPerFile();

  const fetchedForTheAirport: ReadonlyArray<[Lang, string]> = [
    ['ur', 'ek 13 saal ki larki ne school se call ki, uske abbu use lene aa rahe hain aur seedha airport le ja rahe hain'],
    ['ur', 'barnevern hoon. bachi ka phone aya ke mamu aa rahe hain usay airport le jane, wo nahi jana chahti'],
    ['ur', 'ایک چودہ سال کی بچی نے فون کیا کہ اس کے چچا اسے لینے آ رہے ہیں تاکہ سیدھا ایئرپورٹ لے جائیں'],
    ['ur', 'ہماری طالبہ کو اس کے ابو ابھی اسکول سے لینے آ رہے ہیں اور ائیرپورٹ لے جائیں گے'],
  ];
  const airportCalm: ReadonlyArray<[Lang, string]> = [
    ['ur', 'chacha kal airport se aa rahe hain, hum unhein lene jayenge. unke liye koi activity batao'],
    ['ur', 'meri bhanji 14 saal ki hai aur wo kal airport pe apni nani ko lene ja rahi hai'],
    ['ur', 'hum garmiyon mein pakistan ghoomne ja rahe hain, airport pe kitna pehle pohanchna chahiye?'],
    ['ur', 'ایئرپورٹ پر کام کرتا ہوں، منفی سماجی کنٹرول کے بارے میں تربیت کہاں ملے گی؟'],
    ['ur', 'airport par kaam karne wale staff ke liye jabri shaadi ki training kahan milti hai?'],
  ];

  describe('1. a child fetched now for the airport is danger; the airport in everyday talk is calm', () => {
    it.each(fetchedForTheAirport)('danger %s: %s', (lng, text) => {
      expect([text, isDanger(text, lng)]).toEqual([text, true]);
    });
    it.each(airportCalm)('calm %s: %s', (lng, text) => {
      expect([text, alarmed(text, lng)]).toEqual([text, false]);
    });
    it('the bot: the emergency card on the Roman Urdu case, none on its calm twin', async () => {
      const danger = fetchedForTheAirport[0];
      const calm = airportCalm[0];
      if (!danger || !calm) throw new Error('probes');
      expect((await runner.turn(danger[0], [danger[1]])).emergency).toBe(true);
      const view = await runner.turn(calm[0], [calm[1]]);
      expectCalmByTheRules(view, calm[1], calm[0]);
    });
  });

  describe('2. whether residents may call the team themselves, after a list of whom to contact', () => {
    it.each<[Lang, string, string]>([
      ['nb', 'jeg jobber på et asylmottak. hvem gir råd i saker om negativ sosial kontroll?', 'kan beboerne ringe dem selv?'],
      ['nn', 'eg er tilsett på eit mottak. kven kan gje råd om negativ sosial kontroll?', 'kan bebuarane ringje dei sjølve?'],
      ['en', 'i work at an asylum reception centre. who gives advice on negative social control?', 'can the residents call them themselves?'],
    ])('%s: the over-18 line of Kompetanseteamet', async (lng, first, second) => {
      const view = await runner.turn(lng, [first, second]);
      expect(view.emergency || view.didYouMean || view.cannotAnswer).toBe(false);
      expect(containsFact(view.texts, ['18'])).toBe(true);
      expect(containsFact(view.texts, ['478 09 050'])).toBe(true);
    });
    it('nb calm twin: reading about it oneself on the web is not whether one may call', async () => {
      const view = await runner.turn('nb', ['jeg jobber på et asylmottak. hvem gir råd i saker om negativ sosial kontroll?', 'kan beboerne lese om det selv på nettet?']);
      expect(view.emergency).toBe(false);
      expect(containsFact(view.texts, ['18'])).toBe(false);
    });
  });
});
