import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { ASKS_WHO_TO_CONTACT } from '../../src/contacts/intents';
import { planSteps } from '../../src/contacts/plan-contacts';
import type { Lang } from '../../src/language/languages';
import { directory, noAdvisers, places } from './contact-fixtures';

// (was contact-details-by-name.test.ts)
/**
 * A contact detail asked in few words, in the language the person writes: the service's card, not "did you mean"
 * (issue #13, kind 2). Names of the services in the other nine languages are in content/contacts/service-aliases.json.
 */
// One recognizer for every describe of this file (each former file built its own, with the same options).
const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const read = (lng: Lang, text: string) => recognizer.read(text, lng);

describe('contact recognizer: a service named in the writer\'s own language, with a contact word', () => {
  /** [language, message, the service]: each asks for a number, a line or an e-mail of one service. */
  const CASES: ReadonlyArray<readonly [Lang, string, string]> = [
    ['ru', 'номер телефона Красного Креста', 'rode-kors-telefonen'],
    ['uk', 'який номер Червоного Хреста?', 'rode-kors-telefonen'],
    ['pl', 'numer telefonu Czerwonego Krzyża', 'rode-kors-telefonen'],
    ['tr', 'Kızılhaç hattının numarası?', 'rode-kors-telefonen'],
    ['ar', 'ما رقم هاتف الصليب الأحمر؟', 'rode-kors-telefonen'],
    ['ti', 'ቁጽሪ ስልኪ ቀይሕ መስቀል?', 'rode-kors-telefonen'],
    ['ur', 'ریڈ کراس کا نمبر کیا ہے؟', 'rode-kors-telefonen'],
    ['fa', 'شماره تلفن صلیب سرخ چیست؟', 'rode-kors-telefonen'],
    ['ar', 'ما هو رقم فريق الكفاءة الوطني؟', 'kompetanseteamet'],
    ['tr', 'ulusal uzmanlık ekibinin telefon numarası nedir?', 'kompetanseteamet'],
    ['ru', 'e-mail команды компетенций?', 'kompetanseteamet'],
    ['pl', 'jaki jest e-mail zespołu eksperckiego IMDi?', 'expert-team'],
    ['tr', 'polisin acil olmayan hattı nedir?', 'police'],
    ['pl', 'numer pogotowia?', 'ambulance'],
    ['en', 'what is the number of the ambulance?', 'ambulance'],
    ['en', 'MFA 24h number?', 'ud-operations-centre'],
    // The Ethiopic ቍ (a labialised ቁ) in "number".
    ['ti', 'ናይ ፖሊስ ቍጽሪ እንታይ እዩ', 'police'],
    ['so', 'lambarka khadka carruurta?', 'alarmtelefonen'],
    ['ru', 'номер детской линии?', 'alarmtelefonen'],
    ['tr', 'aile içi şiddet hattı numarası?', 'vo-linjen'],
    ['fa', 'شماره تلفن کمک برای خشونت خانگی رو میخوام', 'vo-linjen'],
    ['fa', 'خط کمک خشونت در خانواده چت هم داره؟', 'vo-linjen'],
    ['en', 'is there a helpline for domestic violence I can chat with?', 'vo-linjen'],
    ['tr', 'Kırmızı Haç hattının numarası?', 'rode-kors-telefonen'],
    // Open around the clock asked of a service: its hours are on its card.
    ['nb', 'UD operative senter 24/7', 'ud-operations-centre'],
    ['tr', 'Dışişleri 24 saat açık mı?', 'ud-operations-centre'],
  ];
  it.each(CASES)('%s: %s', (lng, text, serviceId) => {
    expect(read(lng, text)).toMatchObject({ query: { serviceId }, score: 0.99 });
  });

  it('still counts "the number of envoy cases": a figure, not a phone number', () => {
    expect(read('en', 'the number of envoy cases in 2023')?.score ?? 0).toBeLessThan(0.5);
  });
});

describe('contact recognizer: "can she call them herself?", asked with the modal first (issue #13, kind 3)', () => {
  it('reads a grown-up who will call, an age said as "she\'s 20" or "hun er 19"', () => {
    expect(read('en', "can the resident (she's 20) call them herself instead?")?.query).toMatchObject({ adultCaller: true });
    expect(read('nb', 'Kan hun ringe Kompetanseteamet selv? Hun er 19.')?.query).toMatchObject({ serviceId: 'kompetanseteamet', adultCaller: true });
  });

  it('reads someone of no stated age, and not the asker', () => {
    expect(read('nb', 'kan hun ringe dem selv?')?.query).toMatchObject({ helpline: true });
    expect(read('nb', 'kan vi ringe dem selv?')).toBeUndefined();
  });
});

describe('contact recognizer: "where do we get training?" (issue #13, kind 1)', () => {
  it.each([
    ['nb', 'trenger kurs for ansatte om negativ sosial kontroll. Hvem tilbyr det?'],
    ['en', 'and where do we get training?'],
    ['pl', 'gdzie mogę się szkolić?'],
    ['tr', 'personel eğitimi için kime başvurabiliriz?'],
  ] as const)('%s: %s → the ones who train staff', (lng, text) => {
    expect(read(lng, text)).toMatchObject({ query: { training: true }, score: 0.75 });
  });

  it('"kurs frå IMDi": the expert team asked for its own business', () => {
    expect(read('nn', 'kan vi få kurs frå IMDi')).toMatchObject({ query: { serviceId: 'expert-team' }, score: 0.8 });
  });

  it('a course in the story, not in the question, asks for no training', () => {
    expect(read('en', 'I work at NAV. My client is 23. Her family threatens her. She wants to start a course but hesitates. Who can advise us on such a case?')?.query.training).toBeUndefined();
  });

  it('a word that only starts like one ("Kursiyerlerimden", adult education) asks for no training', () => {
    expect(read('tr', 'Kursiyerlerimden biri kime başvurabilir?')?.query.training).toBeUndefined();
    expect(read('fa', 'معلم آموزش بزرگسالان هستم. با کی تماس بگیرم؟')?.query.training).toBeUndefined();
  });
});

describe('contact recognizer: an adviser named only to say there is none', () => {
  it('notes it, so the plan gives the expert team instead', () => {
    expect(read('nb', 'hvem ringer jeg hvis en elev forteller meg om det, vi har ingen minoritetsrådgiver på skolen')?.query).toMatchObject({ noAdviser: true });
    expect(read('en', 'our school has no diversity adviser, who can we contact?')?.query).toMatchObject({ noAdviser: true });
    expect(read('nb', 'hvem er mangfoldsrådgiver på skolen?')?.query.noAdviser).toBeUndefined();
  });
});

// (was anonymous-advice.test.ts)

describe('a place to get advice, anonymously if wanted, is whom to contact', () => {
  it.each([
    ['nb', 'finnes det et sted jeg kan få råd anonymt?'],
    ['nb', 'hvor kan foreldre få råd?'],
    ['en', 'where can I get advice without giving my name?'],
    ['ar', 'أين يمكن للوالدين الحصول على المشورة؟'],
    ['fa', 'کجا می‌توانم بدون ذکر نام مشاوره بگیرم؟'],
    ['ur', 'main anonymous tor par mashwara kahan le sakta hoon?'],
    ['fa', 'شماره‌ای هست که بدون گفتن اسمم زنگ بزنم و مشورت بگیرم؟'],
    ['fa', 'جایی هست که بشه بدون ذکر اسمم با یکی درباره خانواده‌ام حرف بزنم؟'],
    ['fa', 'میخوام مشاوره بگیرم ولی اسمم مخفی بمونه، کجا برم؟'],
    ['pl', 'gdzie mogę dostać poradę anonimowo?'],
  ] as const)('%s: %s', (lng, text) => {
    const reading = recognizer.read(text, lng);
    expect(reading?.score).toBeGreaterThanOrEqual(ASKS_WHO_TO_CONTACT);
    expect(reading?.query.serviceId).toBeUndefined();
  });

  it('keeps "where can a young person ask anonymously" for ung.no\'s article (no contact reading of its own)', () => {
    expect(recognizer.read('hvor kan ungdom stille spørsmål anonymt?', 'nb')?.score ?? 0).toBeLessThan(ASKS_WHO_TO_CONTACT);
  });

  it('answers "what is VO-linjen?" with the helpline\'s card, which says what it is for', () => {
    const reading = recognizer.read('Hva er VO-linjen?', 'nb');
    expect(reading?.query.serviceId).toBe('vo-linjen');
    expect(reading?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('reads parents asking where parents get help as the asker calling, not their daughter', () => {
    const query = recognizer.read('Vi er foreldre til en jente på 15 og føler press fra slekta. Hvor kan foreldre få hjelp?', 'nb')?.query;
    expect(query?.youngCaller).toBeUndefined();
    expect(recognizer.read('Our daughter is 15. Where can parents get support?', 'en')?.query.youngCaller).toBeUndefined();
  });

  it("gives a parent Røde Kors-telefonen, the school's diversity adviser (who works with parents), SEIF and VO-linjen first", () => {
    const steps = planSteps({ askerRole: 'parent' }, directory);
    expect(steps.slice(0, 4).map((s) => s.serviceId)).toEqual(['rode-kors-telefonen', 'diversity-advisers', 'seif', 'vo-linjen']);
    expect(steps[1]?.reason.key).toBe('advisersParents');
  });
});

// (was says-age.test.ts)

/** What a message says of a grown-up's age, for the age band the conversation keeps (src/conversation/age-band.ts). */
describe('a grown-up said', () => {
  it.each([
    'Жінці 34 роки, чоловік забирає її зарплату',
    'Женщине 30 лет, муж контролирует её деньги',
    'امرأة عمرها 30 سنة',
    'the client is 41 and her in-laws keep her bank card',
    'kvinnen er 28 og mannen styrer pengene',
    'en deltaker på 33 sier at mannen bestemmer',
    // A girl, a pupil or a daughter said to be 18 or more (session 21): a grown-up, whatever the word for her.
    'Jeg er politi. Jenta er 19 og redd for familien.',
    'the girl is 20 and her brothers decide everything',
    'eleven er 18 og skal giftes bort',
  ])('%s', (text) => {
    expect(recognizer.saysAdult(text)).toBe(true);
    expect(recognizer.saysMinor(text)).toBe(false);
  });

  it.each(['ei jente på 15 får ikke gå ut', 'a boy of 14 I coach', 'what is negative social control?', 'the girl is 16 and afraid'])('not: %s', (text) => {
    expect(recognizer.saysAdult(text)).toBe(false);
  });
});

// (was story-country.test.ts)

/**
 * The country a story is about (issue #13): a country said as where someone comes from ("fra Syria", "z Syrii",
 * "из Сирии") gives way to another the story names, wherever the two stand; with only an origin named, the message is
 * about a case abroad only if it tells of a journey, a stay or a return. Own phrasings.
 */
describe('the country of a story that also says where people come from', () => {
  // The destination is covered only as part of a region ("other African countries"), the origin by name: the origin
  // would win if it were read as a place the story goes to.
  it.each([
    ['nb', 'Jeg har mange elever fra Syria. Ei jente sa i dag at faren tar henne med til Eritrea i påsken, og at hun skal gifte seg der. Hun gråt.', 'ER'],
    ['en', 'Most of my learners are from Iraq. One girl told me her father is taking her to Gambia this summer to be cut. She is nine.', 'GM'],
    ['pl', 'Większość moich uczniów jest z Iraku. Jedna dziewczyna powiedziała, że ojciec zabierze ją latem do Erytrei i tam wyda za mąż. Płakała.', 'ER'],
    ['ru', 'Почти все мои ученики из Ирака. Одна девочка сказала, что летом её увезут в Эритрею и выдадут замуж. Она плакала.', 'ER'],
  ] as const)('%s: %s', (lng, text, country) => {
    expect(recognizer.countryOf(text, lng)).toBe(country);
  });

  it('reads a short question as written: "from" there may be cases from a country', () => {
    expect(recognizer.countryOf('We have residents from Iran. Which envoy covers it?', 'en')).toBe('IR');
  });

  it('routes no country a story names only as an origin, unless it tells of a journey, a stay or a return', () => {
    expect(recognizer.countryOf('Familien kommer fra Somalia. Jenta har sluttet på svømming og virker redd. Broren følger henne overalt.', 'nb')).toBeUndefined();
    expect(recognizer.countryOf('Мы из Чечни, живём в Норвегии шесть лет. Дочь хочет ходить на танцы, а родственники против. Она плачет. Кто может поговорить с нами?', 'ru')).toBeUndefined();
    expect(recognizer.countryOf('Familien kommer fra Somalia. Nå sier jenta at de skal reise dit i sommerferien og at hun ikke får komme tilbake. Hvem hjelper?', 'nb')).toBe('SO');
  });
});

describe('a person writing "from" the country she is kept in (session 20)', () => {
  // "from" names where the person writes from, not where she comes from, when the story says she cannot get back: a
  // return ticket cancelled, not allowed to come home, kept there. Own phrasings.
  it.each([
    ['en', 'My niece (18) called me from Pakistan. They cancelled her return ticket and she is not allowed to come home. What do I do?', 'PK'],
    ['nb', 'Kusina mi ringte fra Irak. Returbilletten hennes er borte og hun får ikke komme hjem før sommeren. Hva gjør jeg?', 'IQ'],
    ['ru', 'Подруга написала мне из Сомали: у неё забрали обратный билет, и она не может вернуться. Что делать?', 'SO'],
  ] as const)('%s: %s', (lng, text, country) => {
    expect(recognizer.countryOf(text, lng)).toBe(country);
  });
});

// (was training-beside-country.test.ts)
/**
 * Training for staff asked beside a country ("who covers Eritrea, and who trains our staff?"): the country's contacts
 * and those who train staff, in one plan (session 17: a training wish beside a country was dropped). Our own phrasings.
 */

describe('contact recognizer: a country and training for staff, both asked', () => {
  it.each([
    ['nb', 'hvem dekker Eritrea på ambassaden? og hvem kan holde kurs for oss ansatte?'],
    ['en', 'who covers Eritrea at the embassy? and who can run a training for our staff?'],
    ['nn', 'kven dekkjer Somalia? og kven kan halde kurs for oss tilsette?'],
  ] as const)('%s: %s', (lng, text) => {
    const read1 = read(lng, text);
    expect(read1?.query).toMatchObject({ training: true });
    expect(read1?.query.country).toBeDefined();
  });

  it('a country alone asked stays a country question, with no training', () => {
    expect(read('en', 'who covers Eritrea at the embassy?')?.query.training).toBeUndefined();
  });
});
