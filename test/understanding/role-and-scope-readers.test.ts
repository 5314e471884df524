import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Lang, LANGUAGES } from '../../src/language/languages';
import { contentPath } from '../../src/paths/content-root';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { createRoleReader, type Duty, loadRoleReader, type Role, roleFileSchema } from '../../src/understanding/role-reader';
import { createScopeReader, loadScopeReader, SCOPE_CONCEPTS, scopeFileSchema, scopeRulesSchema } from '../../src/understanding/scope-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

// Declared alike by more than one former file below: kept once.
const scope = loadScopeReader();

// (was role-reader.test.ts)

const reader = loadRoleReader();
const read = (text: string) => reader.read(text);

/** What a professional writes about themselves, in each language, and who that is. */
const STATEMENTS: ReadonlyArray<readonly [Lang, string, Role]> = [
  ['nb', 'Hei, jeg jobber i barnevernet og lurer på hvem som kan gi råd', 'child-welfare'],
  ['nb', 'Jeg er fastlege og bekymret for en pasient', 'health'],
  ['nb', 'Som helsesykepleier lurer jeg på hva jeg skal gjøre', 'school-health'],
  ['nb', 'Vi i NAV har en bruker som er redd familien', 'nav'],
  ['nb', 'Jeg er lærer på voksenopplæringen', 'adult-education'],
  ['nb', 'Jeg jobber på et asylmottak', 'reception-centre'],
  ['nn', 'Eg jobbar i barnehage og er uroa for eit barn', 'kindergarten'],
  ['nn', 'Eg er politibetjent', 'police'],
  ['en', "I'm a GP and a patient told me something worrying", 'health'],
  ['en', 'I work at a reception centre for asylum seekers', 'reception-centre'],
  ['en', 'As a school nurse, who do I notify first?', 'school-health'],
  ['en', 'I work in the refugee service of a municipality', 'refugee-services'],
  ['ar', 'أنا طبيبة في مركز صحي', 'health'],
  ['ar', 'أعمل في الشرطة', 'police'],
  ['so', 'Waxaan ahay macallin', 'school'],
  ['so', 'Waxaan ka shaqeeyaa helsestasjon', 'health'],
  ['fa', 'من معلم هستم', 'school'],
  ['fa', 'من در کودکستان کار می کنم', 'kindergarten'],
  ['ur', 'میں ڈاکٹر ہوں', 'health'],
  ['ur', 'میں پولیس میں کام کرتا ہوں', 'police'],
  ['uk', 'Я працюю медсестрою на helsestasjon', 'health'],
  ['uk', 'Я працюю в службі захисту дітей', 'child-welfare'],
  ['ru', 'Я работаю в полиции', 'police'],
  ['ru', 'Я работаю в NAV', 'nav'],
  ['tr', 'Anaokulunda çalışıyorum', 'kindergarten'],
  ['tr', 'Ben öğretmenim', 'school'],
  ['pl', 'Jestem pielęgniarką na legevakt', 'health'],
  ['pl', 'Pracuję w barnevernet', 'child-welfare'],
  ['ti', 'ኣነ ሓኪም እየ', 'health'],
  ['ti', 'ኣነ መምህር እየ', 'school'],
  ['en', 'I teach at an adult education centre', 'adult-education'],
  ['nb', 'Jeg underviser på voksenopplæringen', 'adult-education'],
  ['fa', 'من پدر یک دختر ۱۵ ساله هستم', 'parent'],
  ['ur', 'میں ایک 15 سالہ بیٹی کا باپ ہوں', 'parent'],
  ['so', 'Waxaan ahay aabbaha gabadh 15 jir ah', 'parent'],
  ['ti', 'ኣደ ጓል 15 ዓመት እየ', 'parent'],
];

describe('the role reader', () => {
  it.each(STATEMENTS)('%s: "%s" is written by %s', (_lng, text, role) => {
    expect(read(text).role).toBe(role);
  });

  it('has role words and duty words in every language', () => {
    const langs = new Set(STATEMENTS.map(([lng]) => lng));
    expect([...langs].sort()).toEqual([...LANGUAGES].sort());
  });

  it('reads no role from a service named about someone else', () => {
    expect(read('en jente som barnevernet kjenner til').role).toBeUndefined();
    expect(read('Skal vi kontakte barnevernet eller politiet?').role).toBeUndefined();
    expect(read('The police came to the school yesterday').role).toBeUndefined();
    expect(read('Hvem kan hjelpe?').role).toBeUndefined();
  });

  it('takes the earliest statement, and the longer of two at the same place', () => {
    expect(read('Jeg er lærer, og helsesykepleieren er syk').role).toBe('school');
    expect(read('Jeg er sykepleier på skolen').role).toBe('school-health');
  });

  it('reads a title after a bare "as" ("as nurse"), not in a list of others ("such as teachers")', () => {
    expect(read('What should I do as nurse when a patient says she is being married off?').role).toBe('health');
    expect(read('Services such as teachers and nurses: who can help?').role).toBeUndefined();
  });

  it('a parent writes about their own child', () => {
    expect(read('Jeg er mor til en jente på 15').role).toBe('parent');
    expect(read('My daughter is being pressured to marry').role).toBe('parent');
  });

  const DUTIES: ReadonlyArray<readonly [string, readonly Duty[]]> = [
    ['Har jeg opplysningsplikt til barnevernet?', ['notify']],
    ['Har lærere avvergeplikt?', ['avert']],
    ['Må jeg melde til barnevernet?', ['notify']],
    ['Hvem skal jeg melde til først, og i hvilken rekkefølge?', ['notify']],
    ['Do I have to tell the police?', ['avert']],
    ['Is there a duty to report to child welfare?', ['notify']],
    ['Barnevern\'e bildirme yükümlülüğüm var mı?', ['notify']],
    ['Есть ли обязанность предотвращения?', ['avert']],
    ['Czy muszę zgłosić to do barnevernet?', ['notify']],
    ['Czy muszę także zgłosić sprawę do barnevernet?', ['notify']],
    ['کیا مجھے بچوں کی بہبود (barnevernet) کو بھی اطلاع دینی ہوگی؟', ['notify']],
    ['Hvem kan jeg kontakte?', []],
    // The role said between the verb and its particle, and a duty "to alert" (varsle) in bokmål and nynorsk.
    ['Må jeg som miljøarbeider melde fra om dette?', ['notify']],
    ['Har vi noen plikt til å varsle noen når en deltaker forteller om trusler?', ['notify']],
    ['Må eg som sakshandsamar melde frå om det eg har høyrt?', ['notify']],
  ];
  it.each(DUTIES)('"%s" asks about %j', (text, duties) => {
    expect(read(text).duties).toEqual(duties);
  });

  it('rejects a frame without its slot and a role it does not know', () => {
    const base = { lang: 'nb', review: 'machine-assisted', roles: {}, duties: {} };
    expect(roleFileSchema.safeParse({ ...base, frames: { person: ['jeg er'], place: ['jeg jobber i @'] } }).success).toBe(false);
    expect(roleFileSchema.safeParse({ ...base, frames: { person: ['jeg er @'], place: ['jeg jobber i @'] }, roles: { pilot: { person: ['pilot'] } } }).success).toBe(false);
  });

  it('answers Object property names without error', () => {
    const empty = createRoleReader([]);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(empty.read(name)).toEqual({ duties: [] });
      expect(() => read(`jeg er ${name}`)).not.toThrow();
    }
  });
});

// (was scope-reader.test.ts)

const dir = contentPath('understanding', 'scope');
const rules = scopeRulesSchema.parse(JSON.parse(readFileSync(path.join(dir, 'rules.json'), 'utf8')));

describe('scope reader: the words are data, one file per language', () => {
  it('has a valid file for each of the twelve languages, each with every concept', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'rules.json');
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...LANGUAGES].sort());
    for (const f of files) {
      const file = scopeFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      for (const concept of SCOPE_CONCEPTS) expect(file.cues[concept]?.length ?? 0).toBeGreaterThan(0);
    }
    expect(() => loadScopeReader()).not.toThrow();
  });

  it('rejects a rule that names a signal no reader gives', () => {
    expect(scopeRulesSchema.safeParse({ outOfScope: [{ id: 'x', all: ['weather'] }], caseAsk: [{ id: 'y', all: ['whatToDo'] }] }).success).toBe(false);
  });
});

describe('scope reader: an everyday subject weighed against the domain', () => {
  const reader = createScopeReader(
    [{ lang: 'en', review: 'machine-assisted', cues: { unrelated: ['driving licence*', 'renew ... passport'], domain: ['afraid'], whatToDo: ['what do i do'] } }],
    rules,
  );
  const none = new Set<string>();

  it('reads an everyday subject with nothing of the domain as out of scope', () => {
    expect(reader.read('How do I renew my passport?', none).outOfScope.length).toBeGreaterThan(0);
    expect(reader.read('Where do I exchange my driving licence?', none).outOfScope.length).toBeGreaterThan(0);
  });

  it('keeps it in scope when a domain word, a described harm or a plain danger word is in the same message', () => {
    expect(reader.read('I am afraid to renew my passport', none).outOfScope).toEqual([]);
    expect(reader.read('They will renew her passport to take her away', new Set(['harm'])).outOfScope).toEqual([]);
    expect(reader.read('renew my passport', new Set(['dangerStrong'])).outOfScope).toEqual([]);
    expect(reader.read('renew my passport', new Set(['concernDescribed'])).outOfScope).toEqual([]);
  });

  it('does not let a weak danger word alone keep an everyday question in scope', () => {
    expect(reader.read('renew my passport today', new Set(['dangerWeak', 'soon'])).outOfScope.length).toBeGreaterThan(0);
  });

  it('reads help asked with an everyday task as out of scope, though the plea word alone reads as danger', () => {
    const helping = createScopeReader([{ lang: 'en', review: 'machine-assisted', cues: { unrelated: ['homework', 'printer*'], domain: ['afraid'], whatToDo: ['what do i do'], helpWith: ['help ... with'] } }], rules);
    expect(helping.read('Help me with my maths homework', new Set(['dangerStrong'])).outOfScope.length).toBeGreaterThan(0);
    // A harm or a threat said beside it keeps it in scope.
    expect(helping.read('Help me with my homework, my father beat me', new Set(['dangerStrong', 'beaten'])).outOfScope).toEqual([]);
    expect(helping.read('Help, my homework', new Set(['dangerStrong'])).outOfScope).toEqual([]);
  });

  it('reads "won\'t" said of a thing as out of scope, and said of a person as in scope', () => {
    const helping = createScopeReader([{ lang: 'en', review: 'machine-assisted', cues: { unrelated: ['printer*', 'driving test*'], domain: ['afraid'], whatToDo: ['what do i do'], helpWith: ['help ... with'] } }], rules);
    expect(helping.read("The printer won't print", new Set(['againstWill'])).outOfScope.length).toBeGreaterThan(0);
    expect(helping.read("Her father won't let her take the driving test", new Set(['againstWill', 'ownFamily', 'someone'])).outOfScope).toEqual([]);
  });

  it('reads an errand with IT or another agency\'s form as out of scope beside a service or a role, but not beside a harm, a control or a family member', () => {
    const errands = createScopeReader(
      [{ lang: 'en', review: 'machine-assisted', cues: { errand: ['reset ... password*', 'nav form*'], domain: ['child welfare'] } }],
      rules,
    );
    expect(errands.read('Can you reset the password of our child welfare Teams account?', new Set(['role'])).outOfScope.length).toBeGreaterThan(0);
    expect(errands.read('Urgent: how do I send the NAV form?', new Set(['dangerStrong'])).outOfScope.length).toBeGreaterThan(0);
    expect(errands.read('Her father made her reset her password', new Set(['ownFamily', 'someone'])).outOfScope).toEqual([]);
    expect(errands.read('He checks her phone and made her reset her password', new Set(['control', 'someone'])).outOfScope).toEqual([]);
  });

  it('reads "what do I do?" from a professional about someone, or about someone at risk, as a case', () => {
    expect(reader.read('What do I do?', new Set(['role', 'someone'])).caseAsk.length).toBeGreaterThan(0);
    expect(reader.read('What do I do?', new Set(['someone', 'wedding'])).caseAsk.length).toBeGreaterThan(0);
    expect(reader.read('What do I do?', new Set(['someone'])).caseAsk).toEqual([]);
    expect(reader.read('Who is this?', new Set(['role', 'someone'])).caseAsk).toEqual([]);
  });
});

// (was scope-session20.test.ts)

/**
 * Issue #13, session 20: errands near the field (booking an interpreter, proofreading, games for a children's party, a
 * shared Teams calendar, video games and going to bed late, a passport appointment, a diploma recognised abroad) are
 * declined in every language, through the shipped scope words (content/understanding/scope) and the signals the danger
 * reader gives the scope reader in the bot. A harm, a marriage, a trip abroad or control said beside them keeps them in
 * scope. The sentences are this file's own.
 */
const danger = createDangerReader(loadSituationReader());
const outOfScope = (lang: Lang, text: string): readonly string[] => {
  const signals = danger.signals?.(prepareUtterance(text, lang)) ?? new Set<string>();
  return scope.read(text, signals).outOfScope;
};

describe('an everyday errand near the field is out of scope, in every language', () => {
  it.each([
    // Booking an interpreter: an errand, though "interpreter" is a word of the field.
    ['nb', 'Hvordan bestiller jeg tolk til utviklingssamtalen på fredag?'],
    ['nn', 'Korleis bestiller eg tolk til ein legetime neste veke?'],
    ['en', 'Where do I book an interpreter for a meeting with a tenant on Monday?'],
    ['pl', 'Jak zamówić tłumacza na wizytę u lekarza?'],
    ['ru', 'Как заказать переводчика на встречу в школе?'],
    ['ar', 'كيف أحجز مترجماً لموعد عند الطبيب؟'],
    // Proofreading.
    ['nb', 'Kan du korrekturlese rapporten min før jeg sender den?'],
    ['nn', 'Kan du sjå over skrivefeila i søknaden min?'],
    ['en', 'Could you proofread my cover letter?'],
    ['tr', 'Raporumdaki yazım hatalarını düzeltebilir misin?'],
    ['ru', 'Проверь, пожалуйста, орфографию в моём письме'],
    // Games for a children's party.
    ['nb', 'Hva er gode leker til et barnebursdag med seksåringer?'],
    ['nn', 'Har du idear til selskapsleikar for småskulen?'],
    ['en', 'We need party games for the kindergarten summer party'],
    ['ur', 'چھوٹے بچوں کی سالگرہ کی پارٹی میں کون سے کھیل اچھے ہیں؟'],
    ['pl', 'Jakie zabawy na przyjęcie urodzinowe dla pięciolatków?'],
    // A shared calendar in Teams, even beside a service's name.
    ['nb', 'Hvordan setter vi opp en felles kalender i Teams på NAV-kontoret?'],
    ['nn', 'Korleis lagar vi ein delt kalender for teamet vårt?'],
    ['en', 'How can our child welfare office share a team calendar?'],
    ['uk', 'Як додати спільний календар для колег?'],
    ['ru', 'Как настроить общий календарь для отдела в Teams?'],
    // Video games and going to bed late, with no control or harm.
    ['nb', 'Sønnen min spiller dataspill til langt på natt, hvordan får jeg ham til å legge seg tidligere?'],
    ['nn', 'Dottera mi legg seg altfor seint fordi ho sit med dataspel'],
    ['en', 'My teenager plays video games until 2am, how do I get him to sleep?'],
    ['tr', 'Oğlum bütün gece bilgisayar oyunu oynuyor, ne yapabilirim?'],
    ['ar', 'ابنتي تلعب ألعاب الفيديو طوال الليل'],
    // A passport appointment.
    ['nb', 'Hvor bestiller jeg passtime for hele familien?'],
    ['en', 'How early should I book a passport appointment before the summer?'],
    ['ur', 'نئے پاسپورٹ کے لیے اپوائنٹمنٹ کیسے ملے گی؟'],
    ['tr', 'Pasaport randevusu nasıl alınır?'],
    // A diploma recognised abroad.
    ['nb', 'Hvordan får jeg godkjent utdanningen min fra Norge i Polen?'],
    ['nn', 'Kva gjer eg for å få godkjent utdanninga mi i eit anna land?'],
    ['en', 'How do I get my degree recognised in another country?'],
    ['pl', 'Gdzie złożyć wniosek o nostryfikację dyplomu?'],
    ['uk', 'Де подати документи на нострифікацію диплома для роботи в Польщі?'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(outOfScope(lang, text).length).toBeGreaterThan(0);
  });
});

describe('the same errands stay in scope when a harm, a marriage, a trip or control is told beside them', () => {
  it.each([
    // Using an interpreter in a case is a question of the field.
    ['nb', 'Bør vi bruke tolk når vi snakker med eleven om at hun skal giftes bort?'],
    ['en', 'Should we book an interpreter for the talk with the girl who is afraid of being married off?'],
    ['ar', 'هل نحجز مترجماً للحديث مع الفتاة التي يريد أهلها تزويجها بالقوة؟'],
    // Whether to book one for a meeting is a question of using interpreters, not the errand of how to book.
    ['nb', 'Bør vi bestille tolk til hjemmebesøket hos familien?'],
    ['nn', 'Skal vi tinge tolk til samtalen med mora?'],
    ['en', 'Should we order an interpreter for the home visit?'],
    ['pl', 'Czy powinniśmy zamówić tłumacza na rozmowę z matką?'],
    // Proofreading a report of a threat.
    ['nb', 'Kan du korrekturlese bekymringsmeldingen om jenta som blir truet av broren sin?'],
    // Bedtime with control or violence.
    ['nb', 'Faren slår ham når han legger seg for sent og tar fra ham mobilen'],
    ['en', 'Her father locks her in her room when she stays up late'],
    // A passport taken, or a trip abroad.
    ['nb', 'Faren har tatt passet hennes og skal sende henne til hjemlandet i sommer'],
    ['tr', 'Babası pasaportunu aldı ve onu yaz tatilinde Türkiye de evlendirecek'],
    // A party or games told with a marriage.
    ['en', 'At the birthday party her aunt said she will be married to her cousin in Pakistan'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(outOfScope(lang, text)).toEqual([]);
  });
});

// (was heldback21b.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Session 21 (hb21b, issue #13, the held-back sets' classes), in this file's own phrasings: (1) a cutting told as an
   * old woman who will "fix" a girl, or having her fixed, on a trip abroad is danger; a bike fixed before a trip is not;
   * (2) a parent's own "I am not a violent man" / "I never hit my children" denies the harm (no concern), while "I hit my
   * daughter" is a beating; (3) drink-driving penalties, registering for the Norwegian test and municipal housing
   * applications are everyday errands, declined; a threat beside them keeps them in scope.
   */
  const situation = loadSituationReader();
  const danger = createDangerReader(situation);
  const isDanger = (lng: Lang, text: string) => danger.isDanger(prepareUtterance(text, lng));
  const concerns = (lng: Lang, text: string) => danger.signals?.(prepareUtterance(text, lng)) ?? new Set<string>();
  const outOfScope = (lng: Lang, text: string): readonly string[] => scope.read(text, concerns(lng, text)).outOfScope;

  describe('a cutting said as "fixing" a girl abroad is danger', () => {
    it.each([
      ['en', 'a girl in my class says an old woman will fix her when the family visits Guinea in the summer holidays'],
      ['en', 'her grandmother wants to get her fixed when they travel to Somalia in July'],
      ['nb', 'eleven forteller at en gammel dame skal fikse henne når familien reiser til Gambia i sommerferien'],
      ['nn', 'ho seier at ei gammal dame skal fikse ho når dei reiser til Sudan i sommar'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(lng, text)).toBe(true);
    });

    it.each([
      ['en', 'my pupil asked me to fix her bike before her trip to Sudan this summer'],
      ['en', 'we fixed her laptop before the family went to Egypt in July'],
      ['nb', 'faren skal fikse sykkelen hennes før de reiser til Tyrkia i sommer'],
    ] as const)('calm: %s: %s', (lng, text) => {
      expect(isDanger(lng, text)).toBe(false);
    });
  });

  describe('a parent who says he is not violent tells no harm; a parent who says he hit his child does', () => {
    it.each([
      ['en', "I'm not a violent man and I never hit my kids, but my son (14) wants to stay out late. Who at school can I talk to?"],
      ['nb', 'Jeg er ikke voldelig og har aldri slått barna mine, men datteren min på 15 vil på fest. Hvem på skolen kan jeg snakke med?'],
      ['nn', 'Eg er ikkje valdeleg og eg slår aldri borna, men sonen min på 14 vil vere ute seint. Kven kan eg snakke med?'],
    ] as const)('%s: %s', (lng, text) => {
      expect(isDanger(lng, text)).toBe(false);
      expect(danger.isConcern?.(prepareUtterance(text, lng), false) ?? false).toBe(false);
    });

    it('"I hit my daughter yesterday" is a beating', () => {
      expect(isDanger('en', 'I am not a violent man, but yesterday I hit my daughter because she came home late')).toBe(true);
    });
  });

  describe('everyday errands near the field are declined', () => {
    it.each([
      ['nb', 'hvor lang fengselsstraff kan man få for å kjøre i fylla?'],
      ['nb', 'hva er straffen for promillekjøring første gang?'],
      ['nn', 'kva er straffa for promillekøyring?'],
      ['en', 'what is the fine for drink driving in Norway?'],
      ['nn', 'korleis melder eg elevane mine opp til norskprøva i haust?'],
      ['nb', 'når er fristen for oppmelding til norskprøven?'],
      ['en', 'how do I register my students for the Norwegian test in spring?'],
      ['en', "I'm 25, how do I apply for municipal housing in Oslo?"],
      ['nb', 'jeg er 30 år, hvordan søker jeg kommunal bolig?'],
    ] as const)('%s: %s', (lng, text) => {
      expect(outOfScope(lng, text).length).toBeGreaterThan(0);
    });

    it('a threat beside the Norwegian test keeps it in scope', () => {
      expect(outOfScope('nb', 'faren truer med å slå henne hvis hun ikke består norskprøven')).toEqual([]);
    });
  });
}

// (was danger-duty.test.ts)

describe('danger reader: a duty question is a case when it names a person', () => {
  /**
   * A duty question ("must we notify?", "what does avvergeplikt mean for us?") is a case, with "call 112 if acute" on
   * top, only when it names a person at risk; asked about the duty itself, or with the police number "when it is not
   * urgent", it gets the answer alone (issue #13: false alarms on duty questions). Written for this test.
   */
  const danger = createDangerReader(loadSituationReader());
  const concern = (text: string, lng: 'nb' | 'en' | 'tr' | 'ar' | 'so' | 'uk' = 'nb') => danger.isConcern?.(prepareUtterance(text, lng), true) === true;

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

// (was danger-threatened-adult.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  /**
   * Three kinds of danger a professional or a young adult describes without a plain danger word (session 12, task
   * danger12c). Written for this test, not taken from an evaluation set.
   */
  const danger = createDangerReader(loadSituationReader());
  const isDanger = (text: string, lng: Lang, duty = false) => danger.isDanger(prepareUtterance(text, lng), duty);

  describe('danger: an adult client threatened by her family, told by a professional', () => {
    it.each([
      ['uk', 'Я працюю в службі для біженців. Наша клієнтка, 19 років, отримує погрози, брати її залякують. Вона вже повнолітня за законом. Що робити?'],
      ['ru', 'Я работаю в службе для беженцев. Братья запугивают нашу клиентку, ей 19 лет, она совершеннолетняя по закону. Что делать?'],
      ['pl', 'Pracuję w usługach dla uchodźców. Bracia jej grożą, ma 19 lat, jest pełnoletnia zgodnie z prawem. Co robić?'],
      ['en', 'I work in refugee services. Our participant, 19, came to Norway three years ago; her brothers are threatening her. What can we do?'],
      ['nb', 'Jeg jobber i NAV. En ung kvinne på 20 får trusler fra brødrene og onklene. Hun er myndig etter loven. Hva gjør vi?'],
    ] as const)('%s: danger even with the law or a past year named', (lng, text) => {
      expect(isDanger(text, lng)).toBe(true);
    });

    it.each([
      ['nb', 'trusler fra familien'],
      ['en', 'threats from family members'],
      ['en', 'I work in a school. What does the law say if a pupil is threatened by her family?'],
    ] as const)('%s: a topic or a supposed case is no emergency', (lng, text) => {
      expect(isDanger(text, lng)).toBe(false);
    });
  });

  describe('danger: a duty question naming a child to be married off', () => {
    it.each([
      ['uk', 'Я працюю в barnevernet. Ми дізналися, що 17-річну дівчину планують видати заміж. Який наш обовʼязок запобігти цьому?'],
      ['ru', 'Я работаю в службе защиты детей. 17-летнюю девушку собираются выдать замуж против её воли. Обязаны ли мы сообщить в полицию?'],
      ['pl', 'Pracuję w ochronie dzieci. 17-letnia dziewczyna ma zostać wydana za mąż wbrew jej woli. Czy musimy zawiadomić policję?'],
      ['en', 'I work in child welfare. A 17-year-old girl is going to be married off against her will. Do we have a duty to avert?'],
      ['nb', 'Jeg jobber i barnevernet. Ei jente på 17 år skal giftes bort mot sin vilje. Har vi avvergeplikt?'],
    ] as const)('%s: the emergency numbers first', (lng, text) => {
      expect(isDanger(text, lng, true)).toBe(true);
    });

    it.each([
      ['nb', 'Jeg jobber i barnehage. Har jeg avvergeplikt ved tvangsekteskap?'],
      ['en', 'Do I have to notify anyone if a pupil says her parents will marry her off?'],
      ['en', 'I work in child welfare. We are worried that a 17-year-old might be married off against her will. Do we have a duty to avert?'],
    ] as const)('%s: the duty itself, a supposed case or a fear: no emergency', (lng, text) => {
      expect(isDanger(text, lng, true)).toBe(false);
    });
  });

  describe('danger: a young adult in Roman Urdu, a marriage planned abroad', () => {
    it.each([
      'Meri umar 18 saal hai. Ghar wale is garmi mein Pakistan mein meri shadi karwa rahe hain, main razi nahi hoon.',
      'Mai 18 saal ki hun aur meri jabri shadi Pakistan mein honi hai is summer.',
      'Meri age 18 hai, family mujhe December mein Pakistan bhej rahi hai shadi ke liye, meri marzi ke baghair.',
    ])('%s', (text) => {
      expect(isDanger(text, 'ur')).toBe(true);
    });
  });
}

// (was scope-staff-training-hb25b.test.ts)

// In a block of its own: its helpers have the names of other former files' different helpers.
{
  const scope = loadScopeReader();
  const outOfScope = (message: string) => scope.read(message, new Set()).outOfScope;

  describe('a new case system told in the story does not make a wish for staff training about the domain an errand', () => {
    it.each<[string, string]>([
      ['nb', 'Vi har slitt med det nye fagsystemet hele våren. Nå vil vi ha kurs for de ansatte om negativ sosial kontroll, hvem tilbyr det?'],
      ['nn', 'Vi har nett fått nytt fagsystem. Kven kan halde opplæring for dei tilsette om negativ sosial kontroll?'],
      ['en', 'Our case system was replaced this spring. Could someone give a talk for the team on negative social control?'],
    ])('%s: in scope', (_lang, message) => {
      expect(outOfScope(message)).toEqual([]);
    });

    it.each<[string, string]>([
      ['nb', 'Fagsystemet er nede igjen. Hvem kan holde opplæring for de ansatte i det nye systemet?'],
      ['en', 'The case system is down again. Who can do staff training on the new system?'],
    ])('%s: training in the tool itself, with nothing of the domain, stays an errand', (_lang, message) => {
      expect(outOfScope(message).length).toBeGreaterThan(0);
    });
  });
}
