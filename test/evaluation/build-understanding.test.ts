import { buildUnderstanding } from '../../src/evaluation/build-understanding';
import type { Recognizer } from '../../src/understanding/types';
import { FIXTURE_ARTICLES } from '../knowledge/article-fixtures';

describe('the composed understanding', () => {
  const understand = buildUnderstanding({ articles: FIXTURE_ARTICLES });

  it('raises danger first and still reads the question', () => {
    const u = understand('hjelp, de skal tvangsgifte meg i morgen', 'nb');
    expect(u.danger).toBe(true);
    expect(u.intent).toEqual({ kind: 'article', articleId: 'forced-marriage' });
  });

  it('keeps bot commands and articles apart', () => {
    expect(understand('språk', 'nb').intent).toEqual({ kind: 'choose-language' });
    expect(understand('hva er tvangsekteskap', 'nb')).toMatchObject({ danger: false, intent: { kind: 'article', articleId: 'forced-marriage' } });
  });

  it('takes further recognizers, and the most confident reading wins', () => {
    const contacts: Recognizer = {
      name: 'contacts',
      recognize: (u) => (u.normalized.includes('telefon') ? [{ intent: { kind: 'contact', query: { serviceId: 'kompetanseteamet' } }, score: 0.9, source: 'contacts' }] : []),
    };
    const withContacts = buildUnderstanding({ articles: FIXTURE_ARTICLES, recognizers: [contacts] });
    expect(withContacts('telefonnummer til kompetanseteamet', 'nb').intent).toEqual({ kind: 'contact', query: { serviceId: 'kompetanseteamet' } });
    expect(withContacts('hva er kompetanseteamet', 'nb').intent).toEqual({ kind: 'article', articleId: 'service-kompetanseteamet' });
  });
});
