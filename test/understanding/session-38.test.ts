import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

describe('the contact recognizer takes its own-age words as a dependency (lead, session 38)', () => {
  it('reads the writer’s own grown-up age with the words it is given, not only the content file', () => {
    const onlyBokmaal = createContactRecognizer({ directory, places, advisers: noAdvisers(), ownAgeWords: { phrases: ['jeg er #'], numbers: [] } });
    expect(onlyBokmaal.saysOwnAdultAge('jeg er 19 og foreldrene bestemmer alt')).toBe(true);
    expect(onlyBokmaal.saysOwnAdultAge('jeg er 15 og foreldrene bestemmer alt')).toBe(false);
    // Russian phrases are not in the words given, so a Russian own age is not read.
    expect(onlyBokmaal.saysOwnAdultAge('мне 25, родители проверяют мой телефон')).toBe(false);
    const fromContent = createContactRecognizer({ directory, places, advisers: noAdvisers() });
    expect(fromContent.saysOwnAdultAge('мне 25, родители проверяют мой телефон')).toBe(true);
  });
});
