import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';

/**
 * Published figures asked in any language reach the figures that answer them (session 12): inquiries and persons
 * asked together, the expert team's people reached with its assignments (one sentence of the annual report), fear of
 * forced marriage as its own case type, IMDi's staff asked as the people working there.
 */
const now = new Date('2026-06-01T12:00:00Z');
const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng)?.query;

describe('figures asked in twelve languages', () => {
  it.each<[Lang, string]>([
    ['nn', 'kor mange førespurnader og personar hadde Kompetanseteamet i 2007?'],
    ['nn', 'Kompetanseteamet i 2007: talet på førespurnader og talet på personar?'],
    ['en', 'Kompetanseteamet 2007: number of inquiries and number of persons involved?'],
  ])('[%s] %s → inquiries and persons', (lng, text) => {
    const q = parse(text, lng);
    expect([q?.metric, ...(q?.alsoMetrics ?? [])].sort()).toEqual(['inquiries', 'persons']);
    expect(q?.fromYear).toBe(2007);
  });

  it.each<[Lang, string]>([
    ['nb', 'hvor mange deltok på kursene til fagteamet i 2023?'],
    ['en', 'how many people did IMDi’s expert team train in 2023?'],
    ['pl', 'ile osób zespół ekspertów IMDi dotarł w 2023 roku?'],
    ['uk', 'скільки людей охопила експертна група IMDi у 2023 році?'],
    ['ar', 'كم عدد الأشخاص الذين وصل إليهم فريق خبراء IMDi في 2023؟'],
    ['so', 'immisa hawlood ayuu qabtay kooxda khubarada IMDi 2023?'],
  ])('[%s] %s → the expert team’s people reached and assignments together', (lng, text) => {
    const q = parse(text, lng);
    expect(q?.service).toBe('expert-team');
    expect([q?.metric, ...(q?.alsoMetrics ?? [])].sort()).toEqual(['assignments', 'people-reached']);
  });

  it.each<[Lang, string]>([
    ['nb', 'hvor mange henvendelser gjaldt frykt for tvangsekteskap i 2008?'],
    ['tr', "Kompetanseteamet 2008'de kaç zorla evlilik korkusu başvurusu aldı?"],
  ])('[%s] %s → fear of forced marriage', (lng, text) => {
    expect(parse(text, lng)).toEqual(expect.objectContaining({ breakdown: 'case-type', category: 'fear-of-forced-marriage' }));
  });

  it.each<[Lang, string]>([
    ['pl', 'Ile osób pracowało w IMDi przy zapobieganiu w 2008?'],
    ['pl', 'ilu pracowników miała jednostka prewencji IMDi w Oslo w 2008?'],
  ])('[%s] %s → IMDi’s staff', (lng, text) => {
    expect(parse(text, lng)).toEqual(expect.objectContaining({ service: 'imdi', metric: 'staff', fromYear: 2008 }));
  });

  it('Norwegian "men" (but) is no split by gender', () => {
    expect(parse('men hvor mange henvendelser fikk Kompetanseteamet i 2008?', 'nb')?.breakdown).toBeUndefined();
    expect(parse('how many men and women did the advisers help in 2008?', 'en')?.breakdown).toBe('gender');
  });
});
