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
  ])('%s', (text) => {
    expect(recognizer.saysAdult(text)).toBe(true);
    expect(recognizer.saysMinor(text)).toBe(false);
  });

  it.each(['ei jente på 15 får ikke gå ut', 'a boy of 14 I coach', 'what is negative social control?'])('not: %s', (text) => {
    expect(recognizer.saysAdult(text)).toBe(false);
  });
});
