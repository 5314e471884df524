import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import type { Lang } from '../../src/language/languages';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });

describe('the learners of an adult-education centre are adults', () => {
  it.each<[Lang, string]>([
    ['nb', 'Elevene våre på voksenopplæringen spør om hjelp. Hvem kan de ringe?'],
    ['en', 'Our students at the adult education centre ask where to get help. Who can they call?'],
    ['ru', 'Наши ученики в центре образования для взрослых спрашивают, куда звонить. Кто может помочь?'],
    ['tr', 'Yetişkin eğitim merkezimizdeki öğrenciler nereyi arayabilir?'],
  ])('%s: a learner named there says no child', (lang, message) => {
    expect(recognizer.saysMinor(message)).toBe(false);
    expect(recognizer.read(message, lang)?.query.minor).toBeUndefined();
  });

  it.each<[Lang, string]>([
    ['nb', 'En elev på 16 år ved voksenopplæringen er redd. Hvem kan hun ringe?'],
    ['en', 'A pupil at the primary school is scared. Who can she call?'],
  ])('%s: an age under 18, or a pupil elsewhere, still says a child', (_lang, message) => {
    expect(recognizer.saysMinor(message)).toBe(true);
  });
});

describe('an age said with the word before the number ("my age is 19")', () => {
  it.each<[string, boolean]>([
    ['وإذا كان عمري ١٩؟', true],
    ['عمرها 16', false],
    ['سنم ۲۲ است', true],
  ])('%s: grown-up %s', (message, adult) => {
    expect(recognizer.saysAdult(message)).toBe(adult);
    expect(recognizer.saysMinor(message)).toBe(!adult);
  });
});

describe('a child\'s age said without "years" ("she is 15")', () => {
  it.each<[string, boolean]>([
    ['and if she is 15?', true],
    ['what if he is only 16?', true],
    ['og hvis hun er 14?', true],
    ['she is 19 now', false],
    ['we are 15 teachers at the school', false],
  ])('%s: a child %s', (message, child) => {
    expect(recognizer.saysMinor(message)).toBe(child);
  });
});

describe('a course for the staff wished for beside a line asked for', () => {
  it.each<[Lang, string]>([
    ['nb', 'Vi trenger kurs for de ansatte om negativ sosial kontroll. Hva er nummeret til Røde Kors-telefonen?'],
    ['en', 'We would like a course for our staff. What is the Red Cross helpline phone number?'],
  ])('%s: the line and the training both', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.serviceId).toBe('rode-kors-telefonen');
    expect(query?.training).toBe(true);
  });
});

describe('something to read, asked in everyday words', () => {
  it.each<[Lang, string]>([
    ['fa', 'یه سایت هست که درباره حقوقم بخونم؟'],
    ['ru', 'Есть ли сайт, где я могу почитать о своих правах?'],
    ['pl', 'Czy jest strona internetowa, gdzie mogę przeczytać o swoich prawach?'],
    ['en', 'Is there something to read about my rights?'],
  ])('%s: a site to read is asked', (lang, message) => {
    expect(recognizer.read(message, lang)?.query.website).toBe(true);
  });
});

describe('adult learners asked about beside Kompetanseteamet', () => {
  it.each<[Lang, string]>([
    ['ru', 'Могут ли взрослые ученики сами позвонить в Kompetanseteamet?'],
    ['so', 'Dadka waaweyn ma toos ayay ula xiriiri karaan Kompetanseteamet?'],
  ])('%s: grown-ups may call it themselves', (lang, message) => {
    const query = recognizer.read(message, lang)?.query;
    expect(query?.serviceId).toBe('kompetanseteamet');
    expect(query?.adultCaller).toBe(true);
    expect(query?.minor).toBeUndefined();
  });
});
