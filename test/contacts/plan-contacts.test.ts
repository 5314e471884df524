import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { cardPlan, createContactPlanner, planSteps } from '../../src/contacts/plan-contacts';
import { directory, noAdvisers, places, translate } from './contact-fixtures';

// (was plan-contacts.test.ts)
const planner = createContactPlanner(directory, translate);
const ids = (query: Parameters<typeof planSteps>[0]) => planSteps(query, directory).map((s) => s.serviceId);

describe('planContacts', () => {
  it('someone held in Somalia: the Nairobi envoy, UD, Kompetanseteamet; a child adds child welfare', () => {
    expect(ids({ country: 'SO', whereabouts: 'abroad' })).toEqual(['envoy-nairobi', 'ud-operations-centre', 'kompetanseteamet']);
    expect(ids({ country: 'SO', whereabouts: 'abroad', minor: true })).toEqual(['envoy-nairobi', 'ud-operations-centre', 'kompetanseteamet', 'child-welfare']);
  });

  it('says why each service is on the list, in the reader’s language', () => {
    const plan = planner.planContacts({ country: 'SO', whereabouts: 'abroad' }, 'nb');
    expect(plan[0]).toEqual({ serviceId: 'envoy-nairobi', reasonKey: 'envoyOperational', reason: 'Spesialutsendingen ved ambassaden i Nairobi har operativt ansvar for Somalia.' });
    expect(planner.planContacts({ country: 'RU' }, 'en')[0]?.reason).toBe('The special envoy at the embassy in Ankara gives guidance on cases concerning Russia (mostly Chechnya).');
    expect(planner.planContacts({ country: 'ER' }, 'en')[0]?.reason).toBe('The special envoy at the embassy in Nairobi also advises on other African countries, which includes Eritrea.');
    expect(planner.planContacts({ country: 'SO' }, 'nn')[0]?.reason).toBe('Spesialutsendinga ved ambassaden i Nairobi har operativt ansvar for Somalia.');
  });

  it('a kindergarten asking for its diversity adviser: none in kindergartens, and Kompetanseteamet advises them', () => {
    expect(ids({ askerRole: 'kindergarten', serviceId: 'diversity-advisers' }).slice(0, 2)).toEqual(['diversity-advisers', 'kompetanseteamet']);
    const plan = planner.planContacts({ askerRole: 'kindergarten', serviceId: 'diversity-advisers' }, 'nb');
    expect(plan[0]?.reason).toContain('ikke i barnehager');
    expect(plan[1]?.reasonKey).toBe('kompetanseteametCase');
    // A school asking keeps the plain lookup.
    expect(planner.planContacts({ askerRole: 'school', serviceId: 'diversity-advisers' }, 'en')[0]?.reasonKey).toBe('asked');
  });

  it('with no envoy for the country: UD operations centre first, then Kompetanseteamet', () => {
    const plan = planner.planContacts({ country: 'BR', whereabouts: 'abroad' }, 'en');
    expect(plan.map((p) => p.serviceId)).toEqual(['ud-operations-centre', 'kompetanseteamet']);
    expect(plan[0]?.reason).toContain('No special envoy covers Brazil');
  });

  it("who is in Kompetanseteamet: its members and the Bufdir coordinator's routing first, in every language", () => {
    const plan = planner.planContacts({ serviceId: 'child-welfare', members: true }, 'en');
    expect(plan.map((p) => p.serviceId)).toEqual(['kompetanseteamet', 'child-welfare']);
    expect(plan[0]?.reason).toContain('UDI');
    expect(plan[0]?.reason).toContain('Police Directorate (POD)');
    expect(plan[0]?.reason).toContain('Bufdir coordinator');
    expect(planner.planContacts({ serviceId: 'kompetanseteamet', members: true }, 'nb')[0]?.reason).toContain('koordinator i Bufdir');
    for (const lng of ['nn', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'] as const) {
      expect(planner.planContacts({ serviceId: 'kompetanseteamet', members: true }, lng)[0]?.reason).toMatch(/UDI.*POD/u);
    }
  });

  it('before a journey: Kompetanseteamet first, then the envoy for advice', () => {
    expect(ids({ country: 'PK', whereabouts: 'travelling-soon' })).toEqual(['kompetanseteamet', 'envoy-islamabad']);
  });

  it('a named service comes first; the envoy scheme is reached through UD and Kompetanseteamet', () => {
    expect(ids({ serviceId: 'kompetanseteamet' })).toEqual(['kompetanseteamet']);
    expect(ids({ serviceId: 'special-envoys' })).toEqual(['special-envoys', 'ud-operations-centre', 'kompetanseteamet']);
    expect(ids({ serviceId: 'special-envoys', country: 'IQ' })).toEqual(['envoy-amman', 'special-envoys', 'ud-operations-centre', 'kompetanseteamet']);
  });

  it('an adviser question: the diversity advisers, then the expert team for schools without one', () => {
    expect(ids({ serviceId: 'diversity-advisers', place: 'Hellerud vgs' })).toEqual(['diversity-advisers', 'expert-team']);
    expect(ids({ serviceId: 'diversity-advisers', place: 'Bergen', minor: true })).toEqual(['diversity-advisers', 'expert-team']);
    expect(planner.planContacts({ place: 'Hellerud vgs' }, 'en')[0]?.reason).toContain('for Hellerud vgs');
  });

  it('a general "who can I contact" or the menu command: an overview of the key services, 112 last', () => {
    expect(ids({})).toEqual(['kompetanseteamet', 'diversity-advisers', 'special-envoys', 'ud-operations-centre', 'rode-kors-telefonen', 'police-emergency']);
  });

  it('gives every overview entry a reason in the reader\'s language (the service\'s own "when to use" where no reason key fits)', () => {
    for (const lng of ['nb', 'en', 'ar', 'uk', 'ti'] as const) {
      for (const p of planner.planContacts({}, lng)) expect(p.reason.length).toBeGreaterThan(10);
    }
    expect(planner.planContacts({}, 'en').find((p) => p.serviceId === 'police-emergency')?.reason).toContain('112');
  });

  it('a person in Norway is not routed to an envoy', () => {
    expect(ids({ country: 'NO' })).toEqual(['kompetanseteamet', 'diversity-advisers', 'special-envoys', 'ud-operations-centre', 'rode-kors-telefonen', 'police-emergency']);
  });
});

describe('planContacts for the asker’s role', () => {
  it('a child-welfare caseworker gets Kompetanseteamet first and is never sent to child welfare', () => {
    const plan = ids({ askerRole: 'child-welfare', minor: true });
    expect(plan[0]).toBe('kompetanseteamet');
    expect(plan).not.toContain('child-welfare');
    expect(plan).not.toContain('child-welfare-emergency');
    // "Jeg jobber i barnevernet" names their own service: it is not the one they ask for.
    expect(ids({ askerRole: 'child-welfare', serviceId: 'child-welfare', minor: true })[0]).toBe('kompetanseteamet');
    expect(ids({ askerRole: 'child-welfare', country: 'SO', whereabouts: 'abroad', minor: true })).toEqual(['envoy-nairobi', 'ud-operations-centre', 'kompetanseteamet']);
  });

  it('the police get Kompetanseteamet (the Police Directorate is a member), not the police', () => {
    const plan = planner.planContacts({ askerRole: 'police' }, 'en');
    expect(plan[0]).toMatchObject({ serviceId: 'kompetanseteamet', reasonKey: 'kompetanseteametPolice' });
    expect(plan.map((p) => p.serviceId)).not.toContain('police');
    expect(plan.map((p) => p.serviceId)).not.toContain('police-emergency');
    // A child in the case still brings in child welfare.
    expect(ids({ askerRole: 'police', minor: true })).toContain('child-welfare');
  });

  it('health staff get Kompetanseteamet (FGM included) and RVTS; school nurses the diversity advisers', () => {
    expect(ids({ askerRole: 'health' }).slice(0, 2)).toEqual(['kompetanseteamet', 'rvts']);
    expect(planner.planContacts({ askerRole: 'health' }, 'nb')[0]?.reason).toContain('kjønnslemlestelse');
    expect(ids({ askerRole: 'school-health' }).slice(0, 2)).toEqual(['kompetanseteamet', 'diversity-advisers']);
  });

  it('refugee services and adult education get IMDi’s expert team after Kompetanseteamet; NAV hears that AVdir is a member', () => {
    expect(ids({ askerRole: 'refugee-services' }).slice(0, 2)).toEqual(['kompetanseteamet', 'expert-team']);
    expect(ids({ askerRole: 'adult-education' }).slice(0, 2)).toEqual(['kompetanseteamet', 'expert-team']);
    expect(planner.planContacts({ askerRole: 'nav' }, 'en')[0]).toMatchObject({ serviceId: 'kompetanseteamet', reasonKey: 'kompetanseteametNav' });
  });

  it('kindergartens and reception centres get Kompetanseteamet’s case advice; advisers and envoys are not sent to themselves', () => {
    expect(planner.planContacts({ askerRole: 'kindergarten' }, 'nb')[0]?.reasonKey).toBe('kompetanseteametCase');
    expect(planner.planContacts({ askerRole: 'reception-centre' }, 'nb')[0]?.reasonKey).toBe('kompetanseteametCase');
    expect(ids({ askerRole: 'diversity-adviser' })).not.toContain('diversity-advisers');
    expect(ids({ askerRole: 'special-envoy' })).not.toContain('special-envoys');
  });

  it('a parent gets Røde Kors-telefonen first', () => {
    expect(planner.planContacts({ askerRole: 'parent' }, 'en')[0]).toMatchObject({ serviceId: 'rode-kors-telefonen', reasonKey: 'parentRedCross' });
  });

  it('a parent whose story names the family’s country, the child or child welfare still gets the lines for parents', () => {
    const forParents = ['rode-kors-telefonen', 'diversity-advisers', 'seif', 'vo-linjen'];
    // The family's country of origin, with no one said to be abroad: the lines for parents first, the country after.
    expect(ids({ askerRole: 'parent', country: 'ER', minor: true }).slice(0, 4)).toEqual(forParents);
    expect(ids({ askerRole: 'parent', country: 'ER', minor: true })).toContain('child-welfare');
    // Child welfare named as the service the parent fears: named first, the lines for parents right after it.
    expect(ids({ askerRole: 'parent', serviceId: 'child-welfare' }).slice(0, 5)).toEqual(['child-welfare', ...forParents]);
    // Someone abroad or about to be taken there: the country's plan first, the lines for parents after it.
    const abroad = ids({ askerRole: 'parent', country: 'SO', whereabouts: 'abroad', minor: true });
    expect(abroad[0]).toBe('envoy-nairobi');
    expect(abroad).toEqual(expect.arrayContaining(forParents));
    // A line the parent asked for by name stays the answer on its own.
    expect(ids({ askerRole: 'parent', serviceId: 'kompetanseteamet' })).not.toContain('seif');
  });

  it('school staff with a case get the school’s diversity adviser beside the plan for it', () => {
    expect(ids({ askerRole: 'school', country: 'SO', whereabouts: 'travelling-soon', minor: true })).toContain('diversity-advisers');
    expect(ids({ askerRole: 'health', country: 'SO', whereabouts: 'travelling-soon', minor: true })).not.toContain('diversity-advisers');
  });

  // The adviser asked for comes right after the children's line, before the lines not asked for: beside a site asked
  // (which goes first) it is still among the four the card shows (hb23b).
  it('a young person asking who at school they can talk to gets the school’s diversity adviser after the children’s line', () => {
    expect(ids({ youngSelf: true, atSchool: true })).toEqual(['alarmtelefonen', 'diversity-advisers', 'rode-kors-telefonen', 'ung-no']);
    expect(ids({ youngSelf: true, atSchool: true, website: true }).slice(0, 4)).toContain('diversity-advisers');
    expect(planner.planContacts({ youngSelf: true, atSchool: true }, 'nb')[1]?.reason).toContain('mangfoldsrådgiveren');
    expect(ids({ youngSelf: true })).not.toContain('diversity-advisers');
  });

  it('a young person writing about themselves is answered as one, whatever the role words', () => {
    expect(ids({ askerRole: 'parent', youngSelf: true })).toEqual(ids({ youngSelf: true }));
  });

  it('a school, a named service or a country decides before the role', () => {
    expect(ids({ askerRole: 'health', serviceId: 'alarmtelefonen' })[0]).toBe('alarmtelefonen');
    expect(ids({ askerRole: 'nav', country: 'PK', whereabouts: 'abroad' })[0]).toBe('envoy-islamabad');
    expect(ids({ askerRole: 'school' })).toEqual(ids({}));
  });

  it('every role’s reason is written in every language', () => {
    for (const lng of ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'] as const) {
      for (const askerRole of ['child-welfare', 'police', 'health', 'nav', 'refugee-services', 'parent'] as const) {
        for (const p of planner.planContacts({ askerRole }, lng)) expect(p.reason).not.toMatch(/^contacts:|reason\./);
      }
    }
  });
});

describe('the contact card: who a person can reach now comes first', () => {
  const card = (query: Parameters<typeof planSteps>[0]) => cardPlan(query, directory).steps.map((s) => `${s.serviceId}:${s.reason.key}`);

  it('"who covers Iran?": Kompetanseteamet for advice in the case, UD if the person is abroad now, then the envoy', () => {
    expect(card({ country: 'IR' })).toEqual(['kompetanseteamet:kompetanseteametCountry', 'ud-operations-centre:udIfAbroad', 'envoy-amman:envoyPrimary']);
    // The card says the envoy's answer first, since the envoy is not first on it.
    expect(cardPlan({ country: 'IR' }, directory).envoyFirstAnswered?.serviceId).toBe('envoy-amman');
    // The plan for evaluation and triage still names the covering envoy first.
    expect(ids({ country: 'IR' })[0]).toBe('envoy-amman');
  });

  it('never gives a reason the user did not state: no "the person is abroad" after "who covers Iran?"', () => {
    const plan = planner.planCard({ country: 'IR' }, 'en');
    const reasons = plan.contacts.map((c) => c.reason).join(' ');
    expect(reasons).not.toContain('The person is abroad');
    expect(plan.contacts[1]?.reason).toBe('If the person is abroad now: the Ministry of Foreign Affairs operations centre helps Norwegian citizens abroad, around the clock.');
    expect(plan.contacts[0]?.reason).toBe('First, for advice in a case concerning Iran: Kompetanseteamet advises services in Norway and the embassies, on weekdays.');
    expect(plan.envoyAnswer).toBe('The special envoy at the embassy in Amman gives guidance on cases concerning Iran.');
    expect(planner.planContacts({ country: 'IR' }, 'en').map((c) => c.reason).join(' ')).not.toContain('The person is abroad');
  });

  it('someone held abroad: UD operations centre (24/7) first, Kompetanseteamet, then the envoy; a child adds child welfare', () => {
    expect(card({ country: 'SO', whereabouts: 'abroad', minor: true })).toEqual([
      'ud-operations-centre:udAbroad',
      'kompetanseteamet:kompetanseteametAbroad',
      'envoy-nairobi:envoyOperational',
      'child-welfare:childWelfareMinor',
    ]);
  });

  it('"which envoy covers Somalia?" asked by name: the reachable services first, both envoy entries after them', () => {
    expect(card({ serviceId: 'special-envoys', country: 'SO' }).map((s) => s.split(':')[0])).toEqual(['kompetanseteamet', 'ud-operations-centre', 'envoy-nairobi', 'special-envoys']);
  });

  it('keeps the order where the reachable come first already (before a journey, young people, the scheme asked by name); an overview puts UD before the envoys', () => {
    expect(card({ country: 'PK', whereabouts: 'travelling-soon' }).map((s) => s.split(':')[0])).toEqual(['kompetanseteamet', 'envoy-islamabad']);
    expect(card({ youngSelf: true, minor: true, country: 'IQ', whereabouts: 'abroad' }).map((s) => s.split(':')[0])).toEqual([
      'alarmtelefonen',
      'rode-kors-telefonen',
      'ung-no',
      'ud-operations-centre',
      'kompetanseteamet',
      'envoy-amman',
    ]);
    // An overview: UD's 24/7 line before the envoy scheme it is the way to.
    expect(card({}).map((s) => s.split(':')[0])).toEqual(['kompetanseteamet', 'diversity-advisers', 'ud-operations-centre', 'special-envoys', 'rode-kors-telefonen', 'police-emergency']);
    expect(card({ serviceId: 'special-envoys' }).map((s) => s.split(':')[0])).toEqual(['special-envoys', 'ud-operations-centre', 'kompetanseteamet']);
  });
});

describe('planContacts when the asker wants to stay anonymous', () => {
  it('puts Røde Kors-telefonen first, before the envoy a named country brings', () => {
    expect(ids({ anonymous: true })[0]).toBe('rode-kors-telefonen');
    expect(ids({ anonymous: true, country: 'AF' })[0]).toBe('rode-kors-telefonen');
    expect(ids({ country: 'AF' })[0]).not.toBe('rode-kors-telefonen');
  });

  it('keeps what the rest of the message needs after it', () => {
    const plan = ids({ anonymous: true, askerRole: 'parent' });
    expect(plan[0]).toBe('rode-kors-telefonen');
    expect(plan.length).toBeGreaterThan(1);
    expect(plan).toContain('kompetanseteamet');
  });

  it('gives a professional who asks to discuss a case anonymously Kompetanseteamet first (it takes anonymised cases), then the line', () => {
    const plan = ids({ anonymous: true, askerRole: 'adult-education' });
    expect(plan.slice(0, 2)).toEqual(['kompetanseteamet', 'rode-kors-telefonen']);
  });

  it('keeps a service the asker named first', () => {
    expect(ids({ anonymous: true, serviceId: 'kompetanseteamet' }).slice(0, 2)).toEqual(['kompetanseteamet', 'rode-kors-telefonen']);
  });
});

describe('planContacts when a young person will call', () => {
  it('puts the lines for young people first, said of them, then what the asker needs', () => {
    expect(ids({ youngCaller: true, minor: true }).slice(0, 3)).toEqual(['alarmtelefonen', 'rode-kors-telefonen', 'ung-no']);
    expect(ids({ youngCaller: true, minor: true })).toContain('kompetanseteamet');
    expect(ids({ youngCaller: true, minor: true, askerRole: 'parent' }).slice(0, 3)).toEqual(['alarmtelefonen', 'rode-kors-telefonen', 'ung-no']);
    const plan = planner.planContacts({ youngCaller: true, minor: true }, 'en');
    expect(plan[0]).toMatchObject({ reasonKey: 'youngCallerChildrensLine', reason: 'For someone under 18: Alarmtelefonen for children and young people answers around the clock.' });
    expect(plan[1]?.reason).not.toMatch(/\byou\b/);
  });

  it('leaves a service the asker named first', () => {
    expect(ids({ youngCaller: true, minor: true, serviceId: 'kompetanseteamet' })[0]).toBe('kompetanseteamet');
  });
});

describe('planContacts when a grown-up other than the asker will call', () => {
  it('puts the anonymous line, VO-linjen and Kompetanseteamet (people over 18 may call it themselves) first', () => {
    expect(ids({ adultCaller: true }).slice(0, 3)).toEqual(['rode-kors-telefonen', 'vo-linjen', 'kompetanseteamet']);
    expect(planner.planContacts({ adultCaller: true }, 'nb')[2]?.reason).toContain('Personer over 18 år som er utsatt, kan kontakte Kompetanseteamet selv');
  });
});

describe('planContacts for a helpline question', () => {
  it('puts the lines first: Røde Kors-telefonen for anyone, Alarmtelefonen first for a child', () => {
    expect(ids({ helpline: true }).slice(0, 2)).toEqual(['rode-kors-telefonen', 'alarmtelefonen']);
    expect(ids({ helpline: true, minor: true }).slice(0, 2)).toEqual(['alarmtelefonen', 'rode-kors-telefonen']);
  });

  it('leaves a service the asker named first', () => {
    expect(ids({ helpline: true, serviceId: 'vo-linjen' })[0]).toBe('vo-linjen');
  });
});

// (was plan-named-service.test.ts)

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

// (was two-services.test.ts)
/** Two services asked for in one message (issue #13, "two-needs"): both are read, and both are in the plan. */
const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const asked = (text: string, lng?: Parameters<typeof recognizer.read>[1]) => {
  const query = recognizer.read(text, lng)?.query;
  return query ? [query.serviceId, ...(query.alsoServiceIds ?? [])] : [];
};
const planned = (text: string, lng?: Parameters<typeof recognizer.read>[1]) => {
  const reading = recognizer.read(text, lng);
  return reading ? planSteps(reading.query, directory).map((s) => s.serviceId) : [];
};

describe('two services named in one message', () => {
  it('reads every service the message names, each once, in the order named', () => {
    expect(asked('VO-linjen og Røde Kors, hva er numrene?')).toEqual(['vo-linjen', 'rode-kors-telefonen']);
    expect(recognizer.read('VO-linjen og Røde Kors, hva er numrene?')?.score).toBeGreaterThanOrEqual(0.8);
    expect(planned('what are the numbers for Alarmtelefonen and VO-linjen?').slice(0, 2).sort()).toEqual(['alarmtelefonen', 'vo-linjen']);
  });

  it('does not count a name inside a longer one as a second service', () => {
    expect(recognizer.read('Hva er nummeret til spesialutsendingen i Ankara?')?.query.alsoServiceIds).toBeUndefined();
    expect(recognizer.read('nummeret til Røde Kors-telefonen?')?.query.alsoServiceIds).toBeUndefined();
  });

  it('knows the lines by what they are for, in several languages', () => {
    expect(asked('the number for the line for children and young people and the line for violence in close relationships').sort()).toEqual(['alarmtelefonen', 'vo-linjen']);
    expect(asked('hva er nummeret til hjelpetelefonen for barn og unge og linjen for vold i nære relasjoner?').sort()).toEqual(['alarmtelefonen', 'vo-linjen']);
    expect(asked('який номер телефону для дітей і молоді, і який номер лінії щодо насильства в близьких стосунках?', 'uk').sort()).toEqual(['alarmtelefonen', 'vo-linjen']);
    expect(asked('какой номер для детей и молодежи и линии против насилия в близких отношениях?', 'ru').sort()).toEqual(['alarmtelefonen', 'vo-linjen']);
    expect(asked('شماره خط ملی خشونت در روابط نزدیک چیه؟', 'fa')).toEqual(['vo-linjen']);
  });
});

describe('a service asked about and its number in one message', () => {
  it('answers "can Kompetanseteamet help kindergartens too? and the number" with its card, not an article', () => {
    expect(recognizer.read('styrer i barnehage. kan kompetanseteamet hjelpe barnehager også eller bare skoler? og nr')).toMatchObject({ query: { serviceId: 'kompetanseteamet' }, score: 0.8 });
    expect(recognizer.read('Can Kompetanseteamet help asylum centres, and what is their number?')?.score).toBe(0.8);
    // Asked about alone: the article's.
    expect(recognizer.read('kan kompetanseteamet hjelpe oss?')?.score).toBe(0.3);
  });
});

describe('case advice and training asked together', () => {
  it('puts Kompetanseteamet for the case before those who train', () => {
    const reading = recognizer.read('Hvem kan vi drøfte saken med, og finnes det noen som kan holde kurs for oss ansatte i flyktningtjenesten?');
    expect(reading?.query).toMatchObject({ training: true, caseAdvice: true });
    expect(planSteps(reading?.query ?? {}, directory).map((s) => s.serviceId).slice(0, 2)).toEqual(['kompetanseteamet', 'expert-team']);
    // Training alone: those who train.
    expect(recognizer.read('Who can give us training on negative social control?')?.query.caseAdvice).toBeUndefined();
  });
});

describe('somewhere to live for a grown-up', () => {
  it('says Kompetanseteamet coordinates the housing offer for over-18s, asked by name or not', () => {
    const unnamed = recognizer.read("if it's honour-related and she's 26 and needs to move out, who helps with a place to live?");
    expect(unnamed?.query.housing).toBe(true);
    expect(planSteps(unnamed?.query ?? {}, directory)[0]).toEqual({ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametAdultSelf' } });
    const named = recognizer.read('Kompetanseteamet: hva er e-posten, og kan de hjelpe en kvinne på 20 med bolig?');
    expect(planSteps(named?.query ?? {}, directory)[0]).toEqual({ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametAdultSelf' } });
    // A child's case is child welfare's: no housing reading.
    expect(recognizer.read('hvem hjelper en jente på 15 med bolig?')?.query.housing).toBeUndefined();
  });
});

describe('a number the asker will pass on', () => {
  it('reads the one it is given to as the caller', () => {
    const reading = recognizer.read('ung pasient 16 år blir kontrollert. hvilket nummer kan jeg gi henne, og finnes det noe helt anonymt?');
    expect(reading?.query).toMatchObject({ youngCaller: true, anonymous: true });
    expect(planSteps(reading?.query ?? {}, directory).map((s) => s.serviceId)).toEqual(expect.arrayContaining(['alarmtelefonen', 'rode-kors-telefonen']));
    expect(recognizer.read('what number can I give her? she is 30')?.query.adultCaller).toBe(true);
    expect(recognizer.read('må jeg gi dem opplysninger om eleven?')).toBeUndefined();
  });
});

describe('a service named and a line asked for by what it is for (issue #13: two contacts at once)', () => {
  it('gives the named service first and the lines after it, in several languages', () => {
    expect(planned('Kan du gi meg nummeret til Kompetanseteamet? Og finnes det en hjelpetelefon for kvinner som blir slått hjemme?').slice(0, 3)).toEqual(['kompetanseteamet', 'rode-kors-telefonen', 'vo-linjen']);
    expect(planned('I need Kompetanseteamet’s phone number, plus a helpline a woman can ring about family violence.').slice(0, 3)).toEqual(['kompetanseteamet', 'rode-kors-telefonen', 'vo-linjen']);
    expect(planned('Poproszę numer Kompetanseteamet. Czy jest też telefon zaufania dla kobiet?', 'pl')).toEqual(expect.arrayContaining(['kompetanseteamet', 'rode-kors-telefonen']));
  });

  it('keeps one card for the service alone or for a line named by name', () => {
    expect(planned('Hva er telefonnummeret til Kompetanseteamet?')).toEqual(['kompetanseteamet']);
    expect(planned('what is the number for VO-linjen, the helpline?')[0]).toBe('vo-linjen');
  });
});

describe('a line for the person and advice for the staff asked together', () => {
  it('adds Kompetanseteamet to the lines when the staff ask advice for themselves, in several languages', () => {
    expect(planned('Is there a number for kids that I can pass on, and where do we as staff get advice?')).toEqual(expect.arrayContaining(['alarmtelefonen', 'kompetanseteamet']));
    expect(planned('Чи є номер для дітей? І де нам як працівникам отримати пораду?', 'uk')).toEqual(expect.arrayContaining(['alarmtelefonen', 'kompetanseteamet']));
    expect(planned('Czy jest numer dla dzieci? I gdzie my jako pracownicy możemy dostać poradę?', 'pl')).toEqual(expect.arrayContaining(['alarmtelefonen', 'kompetanseteamet']));
  });

  it('reads advice asked beside training as case advice', () => {
    const reading = recognizer.read('Who can we call for advice about this pupil, and is there a course our teachers can take?');
    expect(reading?.query).toMatchObject({ training: true, caseAdvice: true });
    expect(planSteps(reading?.query ?? {}, directory)[0]?.serviceId).toBe('kompetanseteamet');
  });
});

describe('the Red Cross line as nynorsk writers name it', () => {
  it('reads "Raude Kors-telefonen" beside a country asked about: the line and the envoy', () => {
    expect(planned('kven dekkjer Somalia, og har de nummeret til raude kors-telefonen?', 'nn')).toEqual(expect.arrayContaining(['rode-kors-telefonen', 'envoy-nairobi']));
    expect(asked('ringje raudekorstelefonen eller raude kors?', 'nn')).toEqual(['rode-kors-telefonen']);
  });
});

describe('someone to talk to at school asked beside a line', () => {
  it("adds the school's diversity adviser to the lines, in several languages, but not for a kindergarten", () => {
    expect(planned('Who can my son speak with at school about the pressure, and is there a phone number for children?')).toEqual(expect.arrayContaining(['alarmtelefonen', 'diversity-advisers']));
    expect(planned('Z kim córka może porozmawiać w szkole? I czy jest numer dla dzieci?', 'pl')).toEqual(expect.arrayContaining(['alarmtelefonen', 'diversity-advisers']));
    expect(planned('Bu konuyu okulda kiminle konuşabilir? Çocuklar için numara var mı?', 'tr')).toEqual(expect.arrayContaining(['alarmtelefonen', 'diversity-advisers']));
    // Told of in a story, not asked: no adviser added.
    expect(recognizer.read('She told a teacher at school. Is there a phone number for children?')?.query.atSchool).toBeUndefined();
  });
});

describe('a case discussed with Kompetanseteamet without a name (session 20)', () => {
  // Own phrasings: a professional asks whether the service named can be reached anonymously; the card answers (its
  // inquiries are anonymised), not "did you mean". Told in passing ("we register our cases anonymously"), it asks nothing.
  it.each([
    ['nb', 'Jeg er lærer og har taushetsplikt. Kan jeg ta kontakt med Kompetanseteamet om en elev uten å oppgi navnet hennes?'],
    ['en', 'School counsellor here: can I talk to Kompetanseteamet about a student anonymously?'],
  ] as const)('%s: %s', (lng, text) => {
    const reading = recognizer.read(text, lng);
    expect(reading?.query).toMatchObject({ serviceId: 'kompetanseteamet', anonymous: true });
    expect(reading?.score).toBeGreaterThanOrEqual(0.5);
    expect(planSteps(reading?.query ?? {}, directory)[0]).toEqual({ serviceId: 'kompetanseteamet', reason: { key: 'kompetanseteametAnonymous' } });
  });

  it('does not read anonymity told in passing as asked', () => {
    const reading = recognizer.read('I just started as an adviser. We register our cases anonymously in a tool together with the envoys. When was that tool launched?', 'en');
    expect((reading?.score ?? 0) < 0.5).toBe(true);
  });
});

describe('a broad service name beside another service (session 21)', () => {
  it('asks for the police beside child welfare, with or without a country', () => {
    expect(asked('Skal jeg kontakte barnevernet og politiet?')).toEqual(['child-welfare', 'police']);
    expect(asked('Eleven skal sendes til Irak. Skal vi varsle politiet eller barnevernet?', 'nb')).toEqual(['child-welfare', 'police']);
    expect(asked('Kan vi ringje barnevernet eller politiet om dette?', 'nn')).toEqual(['child-welfare', 'police']);
  });

  it('lets a broad name give way to a more specific name of a service it covers', () => {
    // "politiet" covers the emergency number, "IMDi" its own website.
    expect(asked('ringe politiet eller 112?')).toEqual(['police-emergency']);
    expect(asked('Hvor finner jeg IMDi sin Nora-side?')).toEqual(['nora']);
  });
});
