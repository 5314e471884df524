import { forAsker, forAskerRole, forSituation, topicBeside } from '../../src/conversation/reading-rules';
import type { Candidate, IntentBase } from '../../src/understanding/types';

const article = (articleId: string, askerRole?: string): IntentBase => {
  const intent = { kind: 'article', articleId, ...(askerRole ? { askerRole } : {}) };
  return intent;
};
const contact = (query: object): IntentBase => {
  const intent = { kind: 'contact', query };
  return intent;
};

describe('forAsker: the answer fits who is asking', () => {
  it('NAV or adult education asking about one of their own gets the article for a person over 18, not the advice about a pupil', () => {
    for (const id of ['what-school-staff-should-do', 'talking-with-young-person', 'signs-at-school']) {
      expect(forAsker(article(id), { role: 'nav', duties: [] }, [])).toEqual(article('adults-over-18', 'nav'));
      expect(forAskerRole(article(id), 'adult-education')).toEqual(article('adults-over-18', 'adult-education'));
    }
  });

  it('a child-welfare caseworker asking what to do about a child gets the duty-to-notify article, with the opening for child welfare', () => {
    for (const id of ['what-school-staff-should-do', 'talking-with-young-person', 'signs-at-school']) {
      expect(forAsker(article(id), { role: 'child-welfare', duties: [] }, [])).toEqual(article('duty-to-notify', 'child-welfare'));
    }
    expect(forAsker(article('forced-marriage'), { role: 'police', duties: ['notify'] }, [])).toEqual(article('duty-to-notify', 'police'));
  });

  it('keeps the article for a school, and any other article for NAV', () => {
    expect(forAsker(article('what-school-staff-should-do'), { role: 'school', duties: [] }, [])).toEqual(article('what-school-staff-should-do', 'school'));
    expect(forAskerRole(article('forced-marriage'), 'nav')).toEqual(article('forced-marriage', 'nav'));
  });

  it('a front-line service with a case abroad gets the contact plan for the country, a school keeps its article', () => {
    const candidates: Candidate[] = [
      { intent: article('involuntary-stay-abroad'), score: 0.8, source: 'articles' },
      { intent: contact({ country: 'KE', whereabouts: 'travelling-soon', minor: true }), score: 0.7, source: 'contacts' },
    ];
    expect(forAsker(article('involuntary-stay-abroad'), { role: 'child-welfare', duties: [] }, candidates)).toEqual(
      contact({ country: 'KE', whereabouts: 'travelling-soon', minor: true, askerRole: 'child-welfare' }),
    );
    expect(forAsker(article('involuntary-stay-abroad'), { role: 'school', duties: [] }, candidates)).toEqual(article('involuntary-stay-abroad', 'school'));
    expect(forAsker(article('involuntary-stay-abroad'), { role: 'police', duties: [] }, candidates.slice(0, 1))).toEqual(article('involuntary-stay-abroad', 'police'));
  });

  it('a child-welfare caseworker asking about a topic and no duty gets the topic, which opens for them, not the duty their workplace drew', () => {
    const read = (top: number, topic: number): Candidate[] => [
      { intent: article('duty-to-notify'), score: top, source: 'articles' },
      { intent: article('fgm'), score: topic, source: 'articles' },
    ];
    expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.62, 0.58))).toEqual(article('fgm', 'child-welfare'));
    // "What do we do" as the school staff's article is drawn by the same words.
    const school: Candidate[] = [{ intent: article('what-school-staff-should-do'), score: 0.7, source: 'articles' }, ...read(0.62, 0.66).slice(1)];
    expect(forAsker(article('what-school-staff-should-do'), { role: 'child-welfare', duties: [] }, school)).toEqual(article('fgm', 'child-welfare'));
    // A topic read far below the top one, or below "probably", is no question of its own.
    expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.88, 0.55))).toEqual(article('duty-to-notify', 'child-welfare'));
    expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: [] }, read(0.47, 0.45))).toEqual(article('duty-to-notify', 'child-welfare'));
    // The duty asked, or another role, keeps the duty article.
    expect(forAsker(article('duty-to-notify'), { role: 'child-welfare', duties: ['notify'] }, read(0.62, 0.58))).toEqual(article('duty-to-notify', 'child-welfare'));
    expect(forAsker(article('duty-to-notify'), { role: 'police', duties: [] }, read(0.62, 0.58))).toEqual(article('duty-to-notify', 'police'));
  });

  it('the duty to notify asked about a grown-up gets the article for a person over 18', () => {
    expect(forAsker(contact({ adultCaller: true }), { role: 'refugee-services', duties: ['notify'] }, [])).toEqual(article('adults-over-18', 'refugee-services'));
    expect(forAsker(contact({}), { role: 'refugee-services', duties: ['notify'] }, [])).toEqual(article('duty-to-notify', 'refugee-services'));
    expect(forAsker(contact({ adultCaller: true }), { role: 'nav', duties: ['avert'] }, [])).toEqual(article('duty-to-avert', 'nav'));
  });
});

describe('forAsker: parents and a particular child (issue #13 point 7)', () => {
  const suggest = (articleIds: string[]): IntentBase => {
    const intent = { kind: 'suggest', articleIds };
    return intent;
  };
  const parent = { role: 'parent' as const, duties: [] };

  it('a parent’s story of pressure in the family that nothing read surely gets the lines for parents', () => {
    expect(forAsker(suggest(['what-school-staff-should-do', 'fgm']), parent, [], new Set(['control', 'someone']))).toEqual(contact({ askerRole: 'parent' }));
    expect(forAsker({ kind: 'unknown' }, parent, [], new Set(['helpline']))).toEqual(contact({ askerRole: 'parent' }));
    // The articles for parents offered in the choice are enough: "does my son's school have an adviser?"
    expect(forAsker(suggest(['service-diversity-advisers', 'history-special-services']), parent, [], new Set())).toEqual(contact({ askerRole: 'parent' }));
  });

  it('an everyday matter a parent asks about (screen time, a passport, bullying) stays as it was read', () => {
    expect(forAsker({ kind: 'unknown' }, parent, [], new Set(['someone', 'firstPerson']))).toEqual({ kind: 'unknown' });
    expect(forAsker(suggest(['involuntary-stay-abroad', 'fgm']), parent, [], new Set(['adultRole']))).toEqual(suggest(['involuntary-stay-abroad', 'fgm']));
  });

  it('a professional’s case about a particular child adds the child to the plan (child welfare), not for people in general', () => {
    expect(forAsker(contact({}), { role: 'health', duties: [] }, [], new Set(['minor', 'someone']))).toEqual(contact({ minor: true, askerRole: 'health' }));
    expect(forAsker(contact({}), { role: 'health', duties: [] }, [], new Set(['minor', 'someone', 'people']))).toEqual(contact({ askerRole: 'health' }));
    expect(forAsker(contact({}), parent, [], new Set(['minor', 'someone']))).toEqual(contact({ askerRole: 'parent' }));
  });
});

describe('the topic of a described case (issue #13, kinds 1 and 2)', () => {
  /** What the danger reader says a described case is about (src/understanding/danger-reader.ts `ABOUT`). */
  const about = (...concepts: string[]): ReadonlySet<string> => new Set(concepts.map((c) => `about:${c}`));
  const nothing: ReadonlySet<string> = new Set();

  it('a cutting described in any words replaces a look-alike article or nothing sure with the FGM article', () => {
    expect(forSituation(article('service-nora'), about('cutting', 'someone'))).toEqual(article('fgm'));
    expect(forSituation(article('forced-marriage', 'kindergarten'), about('cuttingPlanned'))).toEqual(article('fgm', 'kindergarten'));
    const choice: IntentBase = { kind: 'suggest', ...{ articleIds: ['involuntary-stay-abroad'] } };
    expect(forSituation(choice, about('pastCutting', 'trip'))).toEqual(article('fgm'));
    expect(forSituation({ kind: 'unknown' }, about('cutting'))).toEqual(article('fgm'));
  });

  it('keeps a duty article, a contact plan, and any reading when no cutting is described', () => {
    expect(forSituation(article('duty-to-notify'), about('cutting'))).toEqual(article('duty-to-notify'));
    expect(forSituation(contact({ country: 'SD', whereabouts: 'travelling-soon' }), about('cutting'))).toEqual(contact({ country: 'SD', whereabouts: 'travelling-soon' }));
    expect(forSituation(article('forced-marriage'), about('wedding', 'someone'))).toEqual(article('forced-marriage'));
    // The concept said outside any fired rule ("tradition" in a general question) is no case: no `about:` signal.
    expect(forSituation(article('negative-social-control'), new Set(['cutting']))).toEqual(article('negative-social-control'));
  });

  it('puts the FGM article, for the asker, before the contact plan of a cutting case', () => {
    const plan = contact({ country: 'SO', whereabouts: 'travelling-soon', minor: true, askerRole: 'health' });
    expect(topicBeside(plan, about('cutting', 'trip'), { whatToDo: false, role: 'health' })).toEqual(article('fgm', 'health'));
    expect(topicBeside(contact({}), about('cuttingPlanned'), { whatToDo: false })).toEqual(article('fgm'));
  });

  it('puts the article on stays abroad before the plan when school or front-line staff ask what to do about a trip', () => {
    const trip = contact({ country: 'PK', whereabouts: 'travelling-soon', minor: true, askerRole: 'school' });
    expect(topicBeside(trip, about('trip', 'season'), { whatToDo: true, role: 'school' })).toEqual(article('involuntary-stay-abroad', 'school'));
    expect(topicBeside(contact({ askerRole: 'kindergarten' }), about('neverReturn', 'someone'), { whatToDo: true, role: 'kindergarten' })).toEqual(
      article('involuntary-stay-abroad', 'kindergarten'),
    );
    // Asking only whom to call, or who covers a country, keeps the plan alone.
    expect(topicBeside(trip, about('trip', 'season'), { whatToDo: false, role: 'school' })).toBeUndefined();
    expect(topicBeside(contact({ country: 'PK' }), nothing, { whatToDo: true })).toBeUndefined();
  });

  it('never beside a service asked for by name, a young person\'s own lines, or an article', () => {
    expect(topicBeside(contact({ serviceId: 'kompetanseteamet' }), about('cutting'), { whatToDo: true })).toBeUndefined();
    expect(topicBeside(contact({ youngSelf: true, minor: true }), about('cutting'), { whatToDo: true })).toBeUndefined();
    expect(topicBeside(article('fgm'), about('cutting'), { whatToDo: true })).toBeUndefined();
  });
});
