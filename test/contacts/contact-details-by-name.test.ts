import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import type { Lang } from '../../src/language/languages';
import { directory, noAdvisers, places } from './contact-fixtures';

/**
 * A contact detail asked in few words, in the language the person writes: the service's card, not "did you mean"
 * (issue #13, kind 2). Names of the services in the other nine languages are in content/contacts/service-aliases.json.
 */
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
