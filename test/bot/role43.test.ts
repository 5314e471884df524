/**
 * role43 (issue #13 point 7: front-line professionals answered for their role). A child-welfare worker asking what
 * their duty is about a 15-year-old to be married off got the tailored opening ("the duty to notify runs to you") but
 * the article's step 1 still said "notify the municipal child welfare service": child welfare told to report to itself.
 * Our own probes, none of them a set's sentence. The classes:
 *  (1) CHILD WELFARE asking its duty or what to do: the duty article's steps for them (police at danger, the risk
 *      assessed before the family is contacted, Kompetanseteamet on the case, UD's operations centre when abroad, the
 *      school's diversity adviser), never "notify child welfare";
 *  (2) POLICE: their own duty opening without "call the police (112)" as a step, and under the emergency numbers the
 *      child's note without "call the police on 112 first" (112 stays on the card). The data has no police district
 *      coordinator, so Kompetanseteamet is their adviser, as the articles say;
 *  (3) HEALTH (GP, midwife, school nurse) on forced marriage: the health personnel's duty (helsepersonelloven § 33)
 *      and their steps; FGM keeps its health opening; NAV, refugee services and adult education asking whether they may
 *      tell child welfare without consent get the duty for every public service, which goes before confidentiality;
 *  (4) A YOUNG PERSON asking whom they can talk to at school, in the twelve languages (situation concept
 *      talkAtSchoolSelf, rule youngWriter own-talk-at-school): the children's line (116 111), the school's diversity
 *      adviser said to a pupil, the Red Cross line, ung.no; calm (no emergency block), not the article for staff.
 * Calm twins: a teacher asking whom at school to talk to about a pupil (the staff article), staff training, a parent's
 * general question; a professional's general question on forced marriage with no case. Danger twins: a pupil who asks
 * whom to talk to and tells of a wedding planned against her keeps the emergency card.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/language/languages';
import { containsFact } from '../../src/evaluation/conversation-eval';
import { nextStepsFor } from '../../src/bot/veiviser-bot';
import { conversationRunnerPerFile } from '../helpers/conversation-runner';

type Probe = readonly [Lang, string];
type Localized<T> = Partial<Record<Lang, T>>;
interface Opening {
  roles: string[];
  short: Localized<string>;
  steps?: Localized<string[]>;
}
interface ArticleData {
  steps: Localized<string[]>;
  openings: Opening[];
}

const root = path.join(__dirname, '..', '..');
const article = (id: string): ArticleData => JSON.parse(readFileSync(path.join(root, 'content', 'knowledge', 'articles', `${id}.json`), 'utf8')) as ArticleData;
const openingOf = (a: ArticleData, role: string): Opening => {
  const found = a.openings.find((o) => o.roles.includes(role));
  if (!found) throw new Error(`no opening for ${role}`);
  return found;
};
const dutyToNotify = article('duty-to-notify');
const forcedMarriage = article('forced-marriage');
const fgm = article('fgm');
const stepsOf = (o: Opening, lng: Lang): string[] => o.steps?.[lng] ?? [];
const shown = (texts: readonly string[], sentence: string): boolean => texts.join(' ').includes(sentence);

describe('role43: front-line professionals answered for their role', () => {
  const runner = conversationRunnerPerFile();

  describe('(1) child welfare asking its duty is not told to notify child welfare', () => {
    const probes: readonly Probe[] = [
      ['nb', 'Vi i barnevernet har fått en bekymringsmelding om ei jente på 14 som familien vil gifte bort. Hva er vår plikt?'],
      ['nn', 'Eg jobbar i barnevernet. Kva plikt har vi når vi får ei melding om eit barn som kan bli gift bort?'],
      ['en', "I'm a child welfare caseworker. What are our duties when a report says a 15-year-old may be married off?"],
      ['pl', 'Pracuję w barnevernet. Jakie mamy obowiązki, gdy dostajemy zgłoszenie o 15-latce, którą rodzina chce wydać za mąż?'],
    ];
    it.each(probes)('%s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const own = stepsOf(openingOf(dutyToNotify, 'child-welfare'), lng);
      const notify = dutyToNotify.steps[lng]?.[0] ?? '';
      expect(own.length).toBeGreaterThan(0);
      // A girl of 14-15 to be married off is a case: the numbers come first, the answer behind them.
      expect([text, view.emergency]).toEqual([text, true]);
      expect([text, own.every((s) => shown(view.texts, s))]).toEqual([text, true]);
      expect([text, notify.length > 0 && shown(view.texts, notify)]).toEqual([text, false]);
    });
    it("the opening's steps name no report to child welfare, in every language", () => {
      const own = openingOf(dutyToNotify, 'child-welfare');
      for (const lng of Object.keys(dutyToNotify.steps) as Lang[]) {
        expect([lng, stepsOf(own, lng).length]).toEqual([lng, 5]);
        expect([lng, stepsOf(own, lng).includes(dutyToNotify.steps[lng]?.[0] ?? '')]).toEqual([lng, false]);
      }
    });
  });

  describe('(2) the police are not told to call the police', () => {
    const probes: readonly Probe[] = [
      ['nb', 'Jeg er polititjenestemann. Har jeg meldeplikt til barnevernet om et barn som kan bli tvangsgiftet?'],
      ['en', "I'm a police officer. Do I have a duty to notify child welfare?"],
    ];
    it.each(probes)('their duty steps: notify child welfare, no "call the police" %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const callPolice = dutyToNotify.steps[lng]?.[3] ?? '';
      expect(callPolice).toContain('112');
      expect([text, shown(view.texts, dutyToNotify.steps[lng]?.[0] ?? '-'), shown(view.texts, callPolice)]).toEqual([text, true, false]);
    });
    it('under the numbers, a police officer\'s case about a girl of 16: notify child welfare, without "call the police first"', async () => {
      const view = await runner.turn('nb', 'Jeg er politibetjent. Ei jente på 16 sier at hun skal giftes bort mot sin vilje i sommer. Hva gjør jeg?');
      const all = view.texts.join(' ');
      expect([view.emergency, all.includes('meld fra til barnevernet nå'), all.includes('ring politiet på 112 først')]).toEqual([true, true, false]);
    });
    it('a teacher\'s case keeps "call the police on 112 first" under the numbers', async () => {
      const view = await runner.turn('nb', 'Jeg er lærer. Ei jente på 16 i klassen sier at hun skal giftes bort mot sin vilje i sommer. Hva gjør jeg?');
      expect([view.emergency, view.texts.join(' ').includes('ring politiet på 112 først')]).toEqual([true, true]);
    });
    it('nextStepsFor: the police get the child\'s note of their own; child welfare none; a school the child\'s note', () => {
      expect(nextStepsFor('under-18', false, 'police')).toEqual(['child-welfare-police']);
      expect(nextStepsFor('under-18', false, 'child-welfare')).toBeUndefined();
      expect(nextStepsFor(undefined, false, 'school')).toEqual(['child-welfare']);
      expect(nextStepsFor('adult', false, 'police')).toEqual(['adult']);
    });
    it('the police\'s own duty opening has no "call the police" step, in every language', () => {
      const own = openingOf(dutyToNotify, 'police');
      expect(own.roles).toEqual(['police']);
      for (const lng of Object.keys(dutyToNotify.steps) as Lang[]) {
        expect([lng, stepsOf(own, lng).includes(dutyToNotify.steps[lng]?.[3] ?? '')]).toEqual([lng, false]);
        expect([lng, stepsOf(own, lng)[0]]).toEqual([lng, dutyToNotify.steps[lng]?.[0]]);
      }
    });
  });

  describe('(3) health on forced marriage and FGM; public services asking about consent', () => {
    const health: readonly Probe[] = [
      ['nb', 'Jeg er helsesykepleier. Hva gjør jeg hvis en elev på 16 forteller at hun skal giftes bort mot sin vilje?'],
      ['en', "I'm a midwife. What should I do about forced marriage?"],
      ['nb', 'Jeg er fastlege. En pasient på 17 sier at foreldrene planlegger å gifte henne bort. Hva gjør jeg?'],
    ];
    it.each(health)('forced marriage, health personnel: their duty and steps %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const own = openingOf(forcedMarriage, 'health');
      expect([text, stepsOf(own, lng).every((s) => shown(view.texts, s))]).toEqual([text, true]);
      expect([text, containsFact(view.texts, ['helsepersonelloven'])]).toEqual([text, true]);
    });
    it('FGM, a midwife: the health opening (a conversation and a voluntary examination)', async () => {
      const view = await runner.turn('nb', 'Jeg er jordmor og møter en gravid kvinne som er kjønnslemlestet. Hva gjør jeg?');
      const steps = stepsOf(openingOf(fgm, 'health'), 'nb');
      expect([view.emergency, steps.some((s) => shown(view.texts, s))]).toEqual([false, true]);
    });
    const consent: readonly Probe[] = [
      ['nb', 'Jeg jobber i flyktningtjenesten. Kan jeg si fra til barnevernet uten samtykke fra foreldrene?'],
      ['nb', 'Jeg jobber i NAV. Kan jeg dele opplysninger med barnevernet uten samtykke?'],
    ];
    it.each(consent)('may a public service tell child welfare without consent: the duty for every public service %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const short = openingOf(dutyToNotify, 'nav').short[lng] ?? '';
      expect([text, view.emergency, shown(view.texts, short.slice(0, 80))]).toEqual([text, false, true]);
    });
    it('calm twin: a GP\'s general question on forced marriage, no case, gets no emergency card', async () => {
      const view = await runner.turn('nb', 'Jeg er fastlege. Hva sier loven om tvangsekteskap?');
      expect([view.emergency, view.answers > 0]).toEqual([false, true]);
    });
  });

  describe('(4) a young person asking whom they can talk to at school', () => {
    const young: readonly Probe[] = [
      ['nb', 'Hvem kan jeg prate med på skolen?'],
      ['nb', 'Finnes det noen på skolen jeg kan snakke med?'],
      ['nn', 'Kven kan eg snakke med på skulen?'],
      ['nn', 'Er det nokon eg kan snakke med på skulen?'],
      ['en', 'Who can I talk to at school?'],
      ['en', 'Is there someone at school I can talk to?'],
      ['so', 'Yaan la hadli karaa dugsiga?'],
      ['uk', 'З ким я можу поговорити в школі?'],
      ['ru', 'С кем я могу поговорить в школе?'],
      ['tr', 'Okulda kiminle konuşabilirim?'],
      ['pl', 'Z kim mogę porozmawiać w szkole?'],
      ['ar', 'مع من اتحدث في المدرسة؟'],
      ['fa', 'در مدرسه با کی حرف بزنم؟'],
      ['ur', 'اسکول میں کس سے بات کروں؟'],
      ['ti', 'ኣብ ቤት ትምህርቲ ምስ መን ክዛረብ?'],
    ];
    it.each(young)('the lines for young people and the school\'s adviser, calm %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const adviserForPupil = (JSON.parse(readFileSync(path.join(root, 'locales', lng, 'contacts.json'), 'utf8')) as { reason: { youngAdviser: string } }).reason.youngAdviser;
      expect([text, view.emergency, view.answers > 0, view.replyLanguage]).toEqual([text, false, true, lng]);
      expect([text, containsFact(view.texts, ['116 111']), containsFact(view.texts, ['815 55 201'])]).toEqual([text, true, true]);
      expect([text, containsFact(view.texts, [adviserForPupil.slice(0, 40)])]).toEqual([text, true]);
    });
    const staff: readonly Probe[] = [
      ['nb', 'Jeg er lærer. Hvem kan jeg snakke med på skolen om en elev jeg er bekymret for?'],
      ['en', "I'm a teacher. Who can I talk to at school about a pupil I'm worried about?"],
      ['nb', 'Hvem kan jeg snakke med på skolen om opplæring av personalet?'],
    ];
    it.each(staff)('calm twin: a professional\'s question is not a pupil\'s, no card %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      const adviserForPupil = (JSON.parse(readFileSync(path.join(root, 'locales', lng, 'contacts.json'), 'utf8')) as { reason: { youngAdviser: string } }).reason.youngAdviser;
      expect([text, view.emergency, view.answers > 0, containsFact(view.texts, [adviserForPupil.slice(0, 40)])]).toEqual([text, false, true, false]);
    });
    const everydayControl: readonly Probe[] = [
      ['nb', 'Hvem kan jeg snakke med på skolen om at pappa bestemmer alt?'],
      ['nn', 'Kven kan eg snakke med på skulen om at familien bestemmer alt for meg?'],
      ['en', 'who can i talk to at school about my parents controlling everything'],
    ];
    it.each(everydayControl)('calm: whom to talk to at school about everyday control at home, the lines without the block %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect([text, view.emergency, containsFact(view.texts, ['116 111'])]).toEqual([text, false, true]);
    });
    it('calm twin: a parent asking whom her daughter can talk to at school gets no card', async () => {
      const view = await runner.turn('nb', 'Hvem kan datteren min snakke med på skolen?');
      expect([view.emergency, view.answers > 0]).toEqual([false, true]);
    });
    const danger: readonly Probe[] = [
      ['nb', 'Hvem kan jeg snakke med på skolen? Foreldrene mine skal gifte meg bort i sommer.'],
      ['en', 'Who can I talk to at school? My parents are taking me to Pakistan next week to marry me off.'],
      ['nb', 'Hvem kan jeg snakke med på skolen? Pappa har tatt passet mitt og vi reiser til Somalia i morgen.'],
    ];
    it.each(danger)('danger twin: a wedding planned against the pupil keeps the emergency card %s: %s', async (lng, text) => {
      const view = await runner.turn(lng, text);
      expect([text, view.emergency]).toEqual([text, true]);
    });
  });
});
