import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

const reader = createDangerReader(loadSituationReader());
const roles = loadRoleReader();

/** The attention block on top of the answer: the emergency card, or the "112 if acute" line of a concern. */
function alarmed(text: string, lng: Lang): boolean {
  const u = prepareUtterance(text, lng);
  const duty = roles.read(text).duties.length > 0;
  return reader.isDanger(u, duty) || reader.isConcern?.(u, duty) === true;
}

/**
 * Issue #13 (hold25d): a writer's "she is not afraid of violence" with the verb inside ("hun er ikke redd for vold"),
 * written for this test. A threat or a beating told beside it keeps the alarm.
 */
describe('hold25d: violence denied with "er" inside the denial', () => {
  it.each([
    ['nb', 'Jeg er helsesykepleier. En voksen kvinne sier ektemannen styrer pengene og hvem hun møter, men hun sier hun ikke er redd for vold. Hvilket nummer kan hun ringe anonymt?'],
    ['nn', 'Eg er lege. Ei vaksen kvinne fortel at svigerfamilien styrer alt, men ho seier ho ikkje er redd for vald. Kva nummer kan ho ringje anonymt?'],
  ] as const)('%s: no alarm: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(false);
  });

  it.each([
    ['nb', 'En voksen kvinne sier hun ikke er redd for vold, men i går truet mannen med å drepe henne. Hva gjør vi?'],
    ['nn', 'Ho seier ho ikkje er redd for vald, men i går truga mannen med å drepe ho. Kva gjer vi?'],
    // A beating told with the subject after the verb ("i går slo mannen henne"), after a denial.
    ['nb', 'Hun er ikke redd for vold, sier hun, men i helga slo faren henne. Hvor kan hun ringe?'],
    ['nn', 'Ho seier ho ikkje er redd for vald, men i helga slo mannen ho. Kvar kan ho ringje?'],
  ] as const)('%s: alarm kept: %s', (lng, text) => {
    expect(alarmed(text, lng)).toBe(true);
  });
});
