import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { planSteps } from '../../src/contacts/plan-contacts';
import { directory, noAdvisers, places } from './contact-fixtures';

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
