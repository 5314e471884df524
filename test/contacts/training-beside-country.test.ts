import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import type { Lang } from '../../src/language/languages';
import { directory, noAdvisers, places } from './contact-fixtures';

/**
 * Training for staff asked beside a country ("who covers Eritrea, and who trains our staff?"): the country's contacts
 * and those who train staff, in one plan (session 17: a training wish beside a country was dropped). Our own phrasings.
 */
const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });
const read = (lng: Lang, text: string) => recognizer.read(text, lng);

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
