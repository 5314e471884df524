import { alarmed } from '../helpers/danger-alarm';

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
