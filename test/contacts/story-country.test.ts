import { createContactRecognizer } from '../../src/contacts/contact-recognizer';
import { directory, noAdvisers, places } from './contact-fixtures';

const recognizer = createContactRecognizer({ directory, places, advisers: noAdvisers() });

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
