import { type Lang } from '../../src/language/languages';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { expectCalmByTheRules } from '../helpers/danger-alarm';
import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { planSteps } from '../../src/contacts/plan-contacts';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

/**
 * Who Kompetanseteamet is for, who does what, and a front-line service's advice (issue #13, duty34): our own probes in
 * several languages and roles (school, kindergarten, health, child welfare, police, NAV, refugee services, adult
 * education, a young adult), typed as people type them. Each is calm and answered in its language with the facts shown
 * (no "did you mean", no "cannot answer", no emergency card); the plan tests beside them check the calm twins: the same
 * service asked plainly keeps its plain reason.
 *  A: who may contact Kompetanseteamet: the services it advises and that people over 18 may call it themselves.
 *  B: a front-line service (child welfare, police) asking who advises: Kompetanseteamet and its number first.
 *  C: who does what between IMDi and UD: IMDi is the envoys' professional authority with UD; UD helps individuals
 *     abroad, IMDi coordinates competence-raising in Norway (shared/domain.md §2).
 *  D: how a call is routed: a Bufdir coordinator connects the caller to the best-placed member (§12).
 *  E: a teacher's procedure before a summer trip in general: Kompetanseteamet and the school's diversity adviser (§1).
 */
describe('who Kompetanseteamet is for, who does what, and whom a front-line service asks (duty34)', () => {
  const runner = conversationRunnerPerFile();

  it.each<[string, Lang, string, string[][]]>([
    ["A-nb-school", "nb", "jeg er lærer, hvem kan kontakte kompetanseteamet og hva er nummeret?", [["18", "١٨", "۱۸"], ["478 09 050", "47809050"]]],
    ["A-nb-kinder-notypo", "nb", "kan barnehagen ringe kompetanseteamet, eller er det bare for skoler?", [["barnehage"], ["478 09 050", "47809050"]]],
    ["A-nn-health", "nn", "eg er helsesjukepleiar. kven kan ringje kompetanseteamet? kan elevane sjølve ringje?", [["18", "١٨", "۱۸"], ["478 09 050", "47809050"]]],
    ["A-en-nav", "en", "I work at NAV. who can contact kompetanseteamet, and what's their number?", [["18", "١٨", "۱۸"], ["478 09 050", "47809050"]]],
    ["A-en-young-adult", "en", "can students call kompetanseteamet themselves? im 19", [["18", "١٨", "۱۸"]]],
    ["A-tr-refugee", "tr", "Kompetanseteamet'i kimler arayabilir? numarası ne?", [["18", "١٨", "۱۸"], ["478 09 050", "47809050"]]],
    ["A-pl-adult-ed", "pl", "Kto może zadzwonić do Kompetanseteamet? Pracuję w szkole dla dorosłych.", [["18", "١٨", "۱۸"], ["478 09 050", "47809050"]]],
    ["A-ru-police", "ru", "Кто может обратиться в Kompetanseteamet и какой у них номер?", [["18", "١٨", "۱۸"], ["478 09 050", "47809050"]]],
    ["A-ar-kinder", "ar", "من يمكنه التواصل مع Kompetanseteamet؟ أعمل في روضة أطفال", [["18", "١٨", "۱۸"], ["478 09 050", "47809050"]]],
    ["A-uk-school", "uk", "Хто може звернутися до Kompetanseteamet? Я вчителька.", [["18", "١٨", "۱۸"], ["478 09 050", "47809050"]]],
    ["B-nb-cw", "nb", "barnevernet her, første sak om tvangsekteskap for oss. hvem kan gi oss råd?", [["Kompetanseteam"], ["478 09 050", "47809050"]]],
    ["B-nn-cw", "nn", "barnevernet i kommunen vår, mistanke om æresvald. kven kan gje oss råd?", [["Kompetanseteam"], ["478 09 050", "47809050"]]],
    ["B-en-police", "en", "police here, who can advise us on a suspected forced marriage case?", [["Kompetanseteam"], ["478 09 050", "47809050"]]],
    ["B-nb-cw-typo", "nb", "barnevernet, kven kan vi radføre oss med i en sak om kjønnslemlestelse?", [["Kompetanseteam"], ["478 09 050", "47809050"]]],
    ["B-en-cw", "en", "child welfare office here, first case about honour-related control for us - who gives advice?", [["Kompetanseteam"], ["478 09 050", "47809050"]]],
    ["C-en-split", "en", "im an envoy - how is responsibility split between UD and IMDi?", [["Ministry of Foreign Affairs", "UD"], ["competence"]]],
    ["C-nb-who", "nb", "hvem gjør hva mellom IMDi og UD når det gjelder spesialutsendingene?", [["Utenriksdepartementet", "UD"], ["kompetanseheving"]]],
    ["C-nn-auth", "nn", "kven er fagmyndigheit for spesialutsendingane, berre IMDi?", [["Utanriksdepartementet", "UD"]]],
    ["C-en-auth", "en", "who is the professional authority for the envoys?", [["Ministry of Foreign Affairs", "UD"]]],
    ["C-pl-split", "pl", "Jaki jest podział odpowiedzialności między IMDi a UD w sprawach wysłanników?", [["UD"]]],
    ["C-tr-who", "tr", "IMDi ve UD arasında kim ne yapar? özel görevliler için", [["UD"]]],
    ["D-nb", "nb", "når vi ringer kompetanseteamet, hvilken etat blir vi satt over til?", [["koordinator"], ["Bufdir"]]],
    ["D-nn", "nn", "kva etat snakkar vi med når vi ringjer kompetanseteamet?", [["koordinator"]]],
    ["D-en", "en", "when we call kompetanseteamet, which agency do we end up talking to?", [["coordinator"]]],
    ["E-nb-teacher", "nb", "hva er rutinen hvis jeg som lærer lurer på om en elev blir tatt med til utlandet i sommerferien mot sin vilje? bare lurer generelt", [["Kompetanseteamet"], ["mangfoldsrådgiver"]]],
    ["E-en-teacher", "en", "teacher here, in general what should school staff do if we think a student might be kept abroad after summer?", [["Kompetanseteamet"], ["diversity adviser"]]],
    ["E-nn-teacher", "nn", "kva skal vi på skulen gjere om vi trur ein elev kan bli send til utlandet mot viljen sin i ferien? berre generelt", [["Kompetanseteamet"], ["mangfaldsrådgivar"]]],
  ])('%s', async (_id, lang, message, facts) => {
    const view = await runner.turn(lang, [message]);
    expect({ didYouMean: view.didYouMean, cannotAnswer: view.cannotAnswer, language: view.replyLanguage }).toEqual({ didYouMean: false, cannotAnswer: false, language: lang });
    expectCalmByTheRules(view, message, lang);
    expect(view.emergency).toBe(false);
    for (const spellings of facts) expect([spellings, containsFact(view.texts, spellings)]).toEqual([spellings, true]);
  });

  describe('the calm twins: the same services asked plainly keep their plain reasons', () => {
    const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
    const plan = (text: string, lng: Lang) => {
      const query = recognizer.read(text, lng)?.query;
      return query ? planSteps(query, directory).map((s) => `${s.serviceId}:${s.reason.key}`) : [];
    };

    it.each<[Lang, string, string]>([
      ['nb', 'hvem kan ringe kompetanseteamet?', 'kompetanseteamet:forWhom'],
      ['en', 'can pupils call kompetanseteamet themselves?', 'kompetanseteamet:forWhom'],
      ['tr', "Kompetanseteamet'i kimler arayabilir?", 'kompetanseteamet:forWhom'],
    ])('%s "%s": who it is for first', (lng, text, first) => {
      expect(plan(text, lng)[0]).toBe(first);
    });

    it.each<[Lang, string]>([
      ['nb', 'hva er nummeret til kompetanseteamet?'],
      ['en', "what's kompetanseteamet's phone number?"],
      ['tr', 'Kompetanseteamet telefon numarası nedir?'],
    ])('%s "%s": its number asked plainly keeps "you asked for this service"', (lng, text) => {
      expect(plan(text, lng)).toEqual(['kompetanseteamet:asked']);
    });

    it('a front-line service asked who advises gets Kompetanseteamet first; its number asked plainly does not', () => {
      expect(plan('barnevernet her, kven kan gje oss råd i ei sak om tvangsekteskap?', 'nn').slice(0, 2)).toEqual(['kompetanseteamet:kompetanseteametCase', 'child-welfare:asked']);
      expect(plan('kva er nummeret til barnevernet?', 'nn')[0]).toBe('child-welfare:asked');
      // "Who do I call" asks for the service's own number, not for advice on a case.
      expect(plan('police non emergency number, who do I call?', 'en')[0]).toBe('police:asked');
      expect(plan('child welfare emergency at night who do I call', 'en')[0]).not.toBe('kompetanseteamet:kompetanseteametCase');
    });

    it("who does what between IMDi and UD is the envoys' split; IMDi's expert team asked plainly is not", () => {
      expect(plan('how is responsibility split between UD and IMDi for the envoys?', 'en')[0]).toBe('special-envoys:envoysDivision');
      expect(plan('jeg er spesialutsending: hvem gjør hva mellom IMDi og UD?', 'nb')[0]).toBe('special-envoys:envoysDivision');
      expect(plan('how do I contact IMDi expert team?', 'en')[0]).not.toBe('special-envoys:envoysDivision');
    });
  });
});
