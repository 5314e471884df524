import { createContactPlanner } from '../../src/contacts/plan-contacts';
import { planTriage, type TriageFacts } from '../../src/triage';
import { directory, translate } from '../contacts/contact-fixtures';

const planner = createContactPlanner(directory, translate);
const t = translate('en');
const plan = (facts: TriageFacts) => planTriage(facts, (query) => planner.planContacts(query, 'en'), t);
const services = (facts: TriageFacts) => plan(facts).contacts.map((c) => c.serviceId);

describe('the triage plan', () => {
  it('abroad in Somalia, under 18, school: the envoy in Nairobi first, UD, Kompetanseteamet, child welfare', () => {
    expect(services({ danger: false, whereabouts: 'abroad', country: 'SO', age: 'minor', role: 'school' })).toEqual(['envoy-nairobi', 'ud-operations-centre', 'kompetanseteamet', 'child-welfare']);
  });

  it('danger puts the police first, except when the asker is the police', () => {
    expect(services({ danger: true, whereabouts: 'norway', age: 'minor', role: 'school' })[0]).toBe('police-emergency');
    expect(services({ danger: true, whereabouts: 'norway', age: 'minor', role: 'police' })).not.toContain('police-emergency');
  });

  it('abroad with the country unknown: UD finds the embassy, Kompetanseteamet advises', () => {
    expect(services({ danger: false, whereabouts: 'abroad', country: 'unknown', age: 'adult', role: 'nav-refugee' })).toEqual(['ud-operations-centre', 'kompetanseteamet']);
  });

  it('does not send child welfare to itself, and gives the diversity advisers only to schools', () => {
    const childWelfare = services({ danger: false, whereabouts: 'norway', age: 'minor', role: 'child-welfare' });
    expect(childWelfare).not.toContain('child-welfare');
    expect(childWelfare).not.toContain('diversity-advisers');
    expect(services({ danger: false, whereabouts: 'norway', age: 'minor', role: 'school' })).toContain('diversity-advisers');
  });

  it('a young person under 18 gets the anonymous lines first, not Kompetanseteamet (which takes adults only)', () => {
    const young = services({ danger: false, whereabouts: 'norway', age: 'minor', role: 'young-person' });
    expect(young.slice(0, 2)).toEqual(['rode-kors-telefonen', 'alarmtelefonen']);
    expect(young).not.toContain('kompetanseteamet');
    expect(plan({ danger: false, whereabouts: 'norway', age: 'minor', role: 'young-person' }).dont).toEqual([]);
  });

  it('age unknown: child welfare "if under 18", and a note to find out', () => {
    const p = plan({ danger: false, whereabouts: 'norway', age: 'unknown', role: 'health' });
    expect(p.contacts.find((c) => c.serviceId === 'child-welfare')?.reason).toMatch(/under 18/);
    expect(p.prepare).toContain('ageUnknown');
  });

  it('what not to do follows the case: travel plans, waiting, telling the parents about a report', () => {
    expect(plan({ danger: false, whereabouts: 'travelling-soon', country: 'PK', age: 'minor', role: 'school' }).dont).toEqual(
      expect.arrayContaining(['confront', 'interpreter', 'askParents', 'tellParents', 'promise']),
    );
    expect(plan({ danger: false, whereabouts: 'abroad', country: 'IQ', age: 'adult', role: 'police' }).dont).toContain('wait');
  });

  it('every prepare and dont key has a text in every language', () => {
    const all = [
      plan({ danger: true, whereabouts: 'travelling-soon', country: 'PK', age: 'minor', role: 'school' }),
      plan({ danger: false, whereabouts: 'abroad', country: 'SO', age: 'adult', role: 'volunteer' }),
      plan({ danger: false, whereabouts: 'abroad', age: 'unknown', role: 'young-person' }),
    ];
    for (const lng of ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'] as const) {
      const tl = translate(lng);
      for (const p of all) {
        for (const key of p.prepare) expect(tl(`triage:prepare.${key}`)).not.toBe(`prepare.${key}`);
        for (const key of p.dont) expect(tl(`triage:dont.${key}`)).not.toBe(`dont.${key}`);
      }
    }
  });
});
