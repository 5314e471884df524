import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { directory, noAdvisers, places } from '../contacts/contact-fixtures';

describe('the contact recognizer’s own-age words (lead, session 38)', () => {
  it('are a dependency: it reads the writer’s grown-up age with the words it is given, not only the content file', () => {
    const onlyBokmaal = createContactRecognizer({ directory, places, advisers: noAdvisers(), ownAgeWords: [{ phrases: ['jeg er #'], numbers: [] }] });
    expect(onlyBokmaal.saysOwnAdultAge('jeg er 19 og foreldrene bestemmer alt')).toBe(true);
    expect(onlyBokmaal.saysOwnAdultAge('jeg er 15 og foreldrene bestemmer alt')).toBe(false);
    // No Russian phrase among the words given: a Russian own age is not read; from the content file it is.
    expect(onlyBokmaal.saysOwnAdultAge('мне 25, родители проверяют мой телефон')).toBe(false);
    const fromContent = createContactRecognizer({ directory, places, advisers: noAdvisers() });
    expect(fromContent.saysOwnAdultAge('мне 25, родители проверяют мой телефон')).toBe(true);
  });
  it('each language’s phrases take that language’s number words only', () => {
    const twoLanguages = createContactRecognizer({
      directory,
      places,
      advisers: noAdvisers(),
      ownAgeWords: [
        { phrases: ['jeg er #'], numbers: ['nitten'] },
        { phrases: ['мне #'], numbers: ['двадцать'] },
      ],
    });
    expect(twoLanguages.saysOwnAdultAge('jeg er nitten og får ikke ha venner')).toBe(true);
    expect(twoLanguages.saysOwnAdultAge('мне двадцать, родители проверяют мой телефон')).toBe(true);
    expect(twoLanguages.saysOwnAdultAge('jeg er двадцать')).toBe(false);
    expect(twoLanguages.saysOwnAdultAge('мне nitten')).toBe(false);
  });
  it('content: a Persian number word is not read after an Urdu age phrase, and each language keeps its own', () => {
    const fromContent = createContactRecognizer({ directory, places, advisers: noAdvisers() });
    expect(fromContent.saysOwnAdultAge('من بیست سالمه و خانواده‌ام نمیذارن برم بیرون')).toBe(true);
    expect(fromContent.saysOwnAdultAge('میری عمر بیس سال ہے')).toBe(true);
    expect(fromContent.saysOwnAdultAge('میری عمر سی')).toBe(false);
  });
});
