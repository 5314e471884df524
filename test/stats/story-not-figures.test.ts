import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * A long story that names a service and words a split could be made by (a girl, her father: gender) asks for help,
 * not for figures, unless it also uses a word for figures or statistics (session 15: a Polish school nurse's story
 * that ends "we have no diversity adviser here" got the advisers' 2008 figures split by gender). A short question
 * with the same words still reads as one ("the advisers' cases, girls and boys?"). Written for this test.
 */
const now = new Date('2026-12-04T12:00:00Z');
const parse = (text: string, lng: 'pl' | 'en' | 'nb') => parseStatsQuestion(normalize(text), now, lng);

describe('a story is not a figure question', () => {
  it.each([
    ['pl', 'Jestem nauczycielką w szkole średniej. Uczennica, 16-letnia dziewczyna, powiedziała mi dziś, że ojciec chce ją wydać za mąż za kuzyna w czasie wakacji i że boi się wrócić do domu. Co mam zrobić? Nie mamy w szkole doradcy ds. różnorodności.'],
    ['en', 'I am a school nurse. A 15-year-old girl told me today that her father has promised her to a cousin and that they will travel this summer for the wedding. She is terrified. What should I do? Our school has no diversity adviser.'],
  ] as const)('%s: a long story with a service and a girl is no statistics reading', (lng, text) => {
    expect(parse(text, lng)).toBeUndefined();
  });

  it.each([
    ['en', "diversity advisers' cases by gender?"],
    ['en', 'Can you give me the statistics for the diversity advisers split by gender? I need them for a report I am writing for the municipality about girls and boys in upper secondary school.'],
  ] as const)('%s: still a figure question: %s', (lng, text) => {
    expect(parse(text, lng)).toBeDefined();
  });
});
