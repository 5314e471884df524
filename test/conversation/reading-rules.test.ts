import { forAsker, forAskerRole } from '../../src/conversation/reading-rules';

describe('forAsker: the answer fits who is asking', () => {
  it('NAV or adult education asking about one of their own gets the article for a person over 18, not the advice about a pupil', () => {
    for (const articleId of ['what-school-staff-should-do', 'talking-with-young-person', 'signs-at-school']) {
      expect(forAsker({ kind: 'article', articleId }, { role: 'nav', duties: [] }, [])).toEqual({ kind: 'article', articleId: 'adults-over-18' });
      expect(forAskerRole({ kind: 'article', articleId }, 'adult-education')).toEqual({ kind: 'article', articleId: 'adults-over-18' });
    }
  });

  it('keeps the article for a school, and any other article for NAV', () => {
    expect(forAsker({ kind: 'article', articleId: 'what-school-staff-should-do' }, { role: 'school', duties: [] }, [])).toEqual({ kind: 'article', articleId: 'what-school-staff-should-do' });
    expect(forAskerRole({ kind: 'article', articleId: 'forced-marriage' }, 'nav')).toEqual({ kind: 'article', articleId: 'forced-marriage' });
  });
});
