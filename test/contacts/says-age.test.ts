import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });

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
