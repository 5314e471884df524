import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

/**
 * A duty question ("must we notify?", "what does avvergeplikt mean for us?") is a case, with "call 112 if acute" on
 * top, only when it names a person at risk; asked about the duty itself, or with the police number "when it is not
 * urgent", it gets the answer alone (issue #13: false alarms on duty questions). Written for this test.
 */
const danger = createDangerReader(loadSituationReader());
const concern = (text: string, lng: 'nb' | 'en' | 'tr' | 'ar' | 'so' | 'uk' = 'nb') => danger.isConcern?.(prepareUtterance(text, lng), true) === true;

describe('danger reader: a duty question is a case when it names a person', () => {
  it.each([
    ['nb', 'Hva innebærer avvergeplikten for barnehageansatte ved mistanke om kjønnslemlestelse?'],
    ['en', 'what does the duty to avert mean for school staff when forced marriage is suspected'],
    ['tr', 'avvergeplikt zorla evlilik konusunda öğretmenler için ne anlama geliyor?'],
  ] as const)('%s: the duty itself, no person: no concern', (lng, text) => {
    expect(concern(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'Har jeg avvergeplikt når en elev på 14 forteller at hun skal omskjæres?'],
    ['en', 'Do I have to notify anyone if a pupil says her parents will marry her off?'],
    ['ar', 'هل يجب أن أبلغ إذا قالت طالبة إن أهلها سيزوجونها؟'],
  ] as const)('%s: a named person at risk: a concern', (lng, text) => {
    expect(concern(text, lng)).toBe(true);
  });

  it.each([
    ['nb', 'Helsesykepleier: mistanke om kjønnslemlestelse hos en elev. Hvem gir råd, og hva er politiets nummer som ikke er nødnummer?'],
    ['ar', 'طبيبة: مريضة يشتبه بختانها. من يقدم المشورة، وما هو رقم الشرطة لغير الطوارئ؟'],
    ['so', 'Dhakhtar: bukaan laga shakiyay gudniin. Yaa talo bixiya, waa maxay lambarka booliska ee aan degdegga ahayn?'],
    ['uk', 'Лікарка: пацієнтка з підозрою на обрізання. Хто консультує і який номер поліції не для екстрених випадків?'],
  ] as const)('%s: a case asked with the non-emergency police number gets no "call 112" line', (lng, text) => {
    expect(danger.isConcern?.(prepareUtterance(text, lng), false)).toBe(false);
    expect(danger.isDanger(prepareUtterance(text, lng))).toBe(false);
  });

  it('the asker who wants the police number for when it is not urgent gets no "call 112" line', () => {
    const text = 'Jeg er fastlege og har en pasient med mistanke om kjønnslemlestelse. Hvem kan jeg rådføre meg med, og hva er politiets nummer når det ikke haster?';
    expect(concern(text)).toBe(false);
    expect(danger.isDanger(prepareUtterance(text, 'nb'))).toBe(false);
  });
});
