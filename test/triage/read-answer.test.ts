import { createCountryNames } from '../../src/contacts/country-names';
import type { Lang } from '../../src/language/languages';
import { readCommand, readFacts, type AnswerReaderDeps, type Step } from '../../src/triage';

const countries = createCountryNames();
/** The contact recognizer's whereabouts reading is stubbed: these tests are about the triage's own words. */
const deps: AnswerReaderDeps = {
  countryIn: (text, lng) => countries.find(text, lng)[0]?.code,
  whereaboutsIn: () => undefined,
};
const read = (text: string, asking?: Step, lng: Lang = 'nb') => readFacts(text, lng, asking, deps);

describe('reading free-text answers', () => {
  it.each([
    ['ja', { danger: true }],
    ['nei, ikke akutt', { danger: false }],
    ['vet ikke', { danger: false }],
  ] as const)('danger question: %s', (text, facts) => {
    expect(read(text, 'danger')).toEqual(facts);
  });

  it.each([
    ['utlandet', { whereabouts: 'abroad' }],
    ['i Norge', { whereabouts: 'norway' }],
    ['her', { whereabouts: 'norway' }],
    ['hun skal reise i sommer', { whereabouts: 'travelling-soon' }],
  ] as const)('where question: %s', (text, facts) => {
    expect(read(text, 'whereabouts')).toEqual(facts);
  });

  it('"her" is only Norway as the answer to "where?" (it is also English "her")', () => {
    expect(read("I'm worried about her", undefined, 'en')).toEqual({});
  });

  it.each([
    ['Somalia', 'nb', 'SO'],
    ['somalisk', 'nb', 'SO'],
    ['العراق', 'ar', 'IQ'],
    ['Пакистан', 'ru', 'PK'],
  ] as const)('country in any language: %s', (text, lng, code) => {
    expect(read(text, 'country', lng).country).toBe(code);
  });

  it.each([
    ['15', 'minor'],
    ['hun er 16', 'minor'],
    ['19', 'adult'],
    ['under 18', 'minor'],
    ['voksen', 'adult'],
    ['vet ikke', 'unknown'],
  ] as const)('age question: %s', (text, age) => {
    expect(read(text, 'age').age).toBe(age);
  });

  it('a number in a sentence is not an age outside the age question', () => {
    expect(read('rom 15', 'role').age).toBeUndefined();
    expect(read('vi har 15 elever', 'danger').age).toBeUndefined();
  });

  it.each(['danger', 'whereabouts', 'country', 'role'] as const)('a number on its own, "15 år" and "under 18" are ages while the %s question is open', (asking) => {
    expect(read('15', asking).age).toBe('minor');
    expect(read('15 år', asking).age).toBe('minor');
    expect(read('under 18', asking).age).toBe('minor');
    expect(read('15 years', asking, 'en').age).toBe('minor');
  });

  it.each([
    ['lærer', 'nb', 'school'],
    ['kontaktlærer', 'nb', 'school'],
    ['teacher', 'en', 'school'],
    ['barnevernet', 'nb', 'child-welfare'],
    ['jobber i barnevernet', 'nb', 'child-welfare'],
    ['politiet', 'nb', 'police'],
    ['a nurse', 'en', 'health'],
    ['jobber på skolen', 'nb', 'school'],
    ['work at a school', 'en', 'school'],
  ] as const)('a role on its own counts while another question is open: %s', (text, lng, role) => {
    expect(read(text, 'danger', lng).role).toBe(role);
    expect(read(text, 'age', lng).role).toBe(role);
  });

  it('out of turn, a school as a place, "meg" or a role inside a longer sentence is not a role', () => {
    expect(read('skolen', 'danger').role).toBeUndefined();
    expect(read('på skolen', 'whereabouts').role).toBeUndefined();
    expect(read('meg', 'danger').role).toBeUndefined();
    expect(read('hva sier loven om lærere', 'danger').role).toBeUndefined();
  });

  it.each([
    ['lærer', 'school'],
    ['helsesykepleier på skolen', 'health'],
    ['barnevernet', 'child-welfare'],
    ['politiet', 'police'],
    ['NAV', 'nav-refugee'],
    ['frivillig', 'volunteer'],
    ['det gjelder meg', 'young-person'],
  ] as const)('role question: %s', (text, role) => {
    expect(read(text, 'role').role).toBe(role);
  });

  it('a role in a first message counts only when stated ("jeg er lærer"), not a school in passing', () => {
    expect(read('jeg er lærer og bekymret for en elev').role).toBe('school');
    expect(read('jeg er bekymret for en elev på skolen').role).toBeUndefined();
  });

  it('one message can answer several questions', () => {
    expect(read('Hun er sendt til Somalia, hun er 15', 'whereabouts')).toMatchObject({ country: 'SO', age: 'minor' });
  });

  it.each([
    ['avbryt', 'cancel'],
    ['Cancel', 'cancel'],
    ['отмена', 'cancel'],
    ['iptal', 'cancel'],
    ['start på nytt', 'restart'],
    ['start over', 'restart'],
    ['zacznij od nowa', 'restart'],
  ] as const)('command: %s', (text, command) => {
    expect(readCommand(text)).toBe(command);
  });

  it('"stopp" inside a sentence is not a command', () => {
    expect(readCommand('skolen vil ikke stoppe det som skjer hjemme')).toBeUndefined();
  });
});
