import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/**
 * Issue #13: a child's wedding abroad told in everyday words ("getting married", "gifter seg") with the child's age and
 * a country or a trip is a child's marriage planned there: danger, or "call 112 if acute" when planned for a coming
 * season; the same words of a grown-up's or a sibling's wedding stay calm. An age said in an earlier message counts for
 * a marriage told after it, and only for a marriage. The writer's own sentences.
 */
const situation = loadSituationReader();
const danger = createDangerReader(situation);
const u = (lng: Lang, text: string) => prepareUtterance(text, lng);

describe('a child getting married abroad', () => {
  it.each([
    ['en', 'The boy is 16 and getting married in Afghanistan'],
    ['en', 'a girl of 13 in my class is getting married in Yemen'],
    ['en', 'She is 14 and getting married next week'],
    ['en', "I'm 15 and getting married in Pakistan"],
    ['nb', 'Jenta er 15 og gifter seg i Somalia'],
    ['nn', 'Ho er 16 og giftar seg i Irak'],
    ['nb', 'Eleven min er 14 og skal ha bryllup i Tyrkia'],
  ] as const)('%s: danger: %s', (lng, text) => {
    expect(danger.isDanger(u(lng, text))).toBe(true);
  });

  it.each([
    ['en', 'she is 15 and getting married in Iraq next summer'],
    ['en', 'He is 17 and getting married in Morocco after the exams'],
  ] as const)('%s: planned for a season, a concern ("call 112 if acute" on the answer): %s', (lng, text) => {
    expect(danger.isDanger(u(lng, text)) || danger.isConcern?.(u(lng, text), false) === true).toBe(true);
  });

  it.each([
    ['en', 'My brother is getting married in Morocco next summer and the whole family is travelling there'],
    ['en', 'My colleague is 35 and getting married in Turkey in June'],
    ['en', 'we are getting married in Italy, any tips?'],
    ['en', 'What does Norwegian law say about people under 18 getting married abroad?'],
  ] as const)('%s: calm: %s', (lng, text) => {
    expect(danger.isDanger(u(lng, text))).toBe(false);
    expect(danger.isConcern?.(u(lng, text), false)).toBe(false);
  });

  it('reads a marriage told after the age with the child’s age, and nothing else', () => {
    expect(danger.withKnown?.(u('en', 'her aunt told me she is getting married in Iraq'), ['minor'])).toBe('danger');
    expect(danger.withKnown?.(u('nb', 'hun sier at hun gifter seg i Pakistan'), ['minor'])).toBe('danger');
    expect(danger.withKnown?.(u('en', 'she is terrified her family will find out, is any line anonymous?'), ['minor'])).toBeUndefined();
    expect(danger.withKnown?.(u('en', 'is there a number she can call?'), ['minor'])).toBeUndefined();
  });
});
