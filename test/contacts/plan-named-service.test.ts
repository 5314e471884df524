import { createContactPlanner } from '../../src/contacts/plan-contacts';
import { directory, translate } from './contact-fixtures';

const planner = createContactPlanner(directory, translate);

describe('planContacts: Kompetanseteamet asked for by name (issue #13, kind 3)', () => {
  it('by or for a grown-up who will call: people over 18 may contact it themselves, then the lines she can call', () => {
    const plan = planner.planContacts({ serviceId: 'kompetanseteamet', adultCaller: true }, 'en');
    expect(plan.map((s) => s.serviceId)).toEqual(['kompetanseteamet', 'rode-kors-telefonen', 'vo-linjen']);
    expect(plan[0]?.reason).toMatch(/over 18/);
  });

  it('by a front-line role it advises: says so for that role (POD is a member, for the police)', () => {
    expect(planner.planContacts({ serviceId: 'kompetanseteamet', askerRole: 'police' }, 'en')[0]).toMatchObject({ serviceId: 'kompetanseteamet', reasonKey: 'kompetanseteametPolice' });
    expect(planner.planContacts({ serviceId: 'kompetanseteamet', askerRole: 'kindergarten' }, 'nb')[0]?.reason).toMatch(/barnehager/);
    expect(planner.planContacts({ serviceId: 'kompetanseteamet', askerRole: 'nav' }, 'en')[0]?.reasonKey).toBe('kompetanseteametNav');
  });

  it('asked with nothing more: "you asked for this service", as before', () => {
    expect(planner.planContacts({ serviceId: 'kompetanseteamet' }, 'en')).toEqual([expect.objectContaining({ serviceId: 'kompetanseteamet', reasonKey: 'asked' })]);
  });
});

describe('planContacts: training asked for', () => {
  it('IMDi\'s expert team (it trains staff), then RVTS (regional competence)', () => {
    const plan = planner.planContacts({ training: true }, 'nb');
    expect(plan.map((s) => s.serviceId)).toEqual(['expert-team', 'rvts']);
    expect(plan[0]?.reasonKey).toBe('expertTeamServices');
  });
});

describe('planContacts: "we have no diversity adviser"', () => {
  it('Kompetanseteamet for the case, and IMDi\'s expert team (it serves schools without an adviser) instead of the advisers', () => {
    const plan = planner.planContacts({ noAdviser: true }, 'nb');
    expect(plan.map((s) => s.serviceId).slice(0, 2)).toEqual(['kompetanseteamet', 'expert-team']);
    expect(plan.find((s) => s.serviceId === 'expert-team')?.reasonKey).toBe('expertTeamNoAdviser');
    expect(plan.map((s) => s.serviceId)).not.toContain('diversity-advisers');
  });
});
