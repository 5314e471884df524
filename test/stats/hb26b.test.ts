import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsQuerySchema } from '../../src/stats/answers/stats-query';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';

/**
 * Session 26 (hb26b, issue #13). Every figure from content/stats/published.json (IMDi årsrapport 2023, sub-goal C:
 * 18 national and 111 local projects; IMDi årsrapport 2008: 11 inquiries to Kompetanseteamet in November–December
 * 2004). The sentences are this file's own; none is in the evaluation sets.
 */
const now = new Date('2026-12-05T12:00:00Z');
const values = (text: string, lng: Lang): number[] => {
  const parsed = parseStatsQuestion(normalize(text), now, lng);
  if (!parsed) return [];
  const answer = answerStats(statsQuerySchema.parse(parsed.query), loadPublishedSeed().figures);
  return [...answer.figures, ...answer.breakdown].flatMap((f) => f.observations.map((o) => o.value));
};

describe('national and local projects asked together, with "how many" before each', () => {
  it.each([
    ['nb', 'hvor mange nasjonale og lokale prosjekter fikk støtte i 2023?'],
    ['tr', 'Derneğimiz için soruyorum: 2023 yılında kaç ulusal ve kaç yerel proje hibe aldı?'],
    ['ru', 'Сколько национальных и сколько местных проектов получили деньги в 2023 году?'],
    ['uk', 'Скільки національних і скільки місцевих проєктів отримали гроші у 2023 році?'],
    ['pl', 'Ile ogólnokrajowych i ile lokalnych projektów dostało dotację w 2023?'],
    ['fa', 'در سال 2023 چند پروژه ملی و چند پروژه محلی کمک گرفتند؟'],
    ['ar', 'كم مشروعا وطنيا وكم مشروعا محليا حصل على دعم في 2023؟'],
    ['ur', '2023 میں کتنے قومی اور کتنے مقامی منصوبوں کو مدد ملی؟'],
    ['so', 'Immisa mashaariic qaran iyo maxalli ah ayaa la taageeray 2023?'],
  ] as const)('%s: both levels, 18 and 111', (lng, text) => {
    expect(values(text, lng)).toEqual(expect.arrayContaining([18, 111]));
  });
});

describe('Arabic "أول سنة" (the first year) and "كم طلب" (how many requests)', () => {
  it('the team\'s first figures: 11 inquiries in 2004', () => {
    expect(values('كم طلب وصل إلى Kompetanseteamet في أول سنة؟', 'ar')).toContain(11);
  });
});


describe('Persian "سفیران ویژه" (special envoys, literally special ambassadors) names the special envoys', () => {
  it('their competence-raising assignments in 2023: 15', () => {
    expect(values('سفیران ویژه در سال 2023 چند کارگاه آموزشی برگزار کردند؟', 'fa')).toContain(15);
  });
});
