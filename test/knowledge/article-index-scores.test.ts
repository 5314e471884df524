import { ArticleIndex, type ArticleMatch } from '../../src/knowledge/article-index';
import { FIXTURE_ARTICLES } from './article-fixtures';

/**
 * The index scores each phrasing only against the question's terms that reach it (the others add w × 0 to its
 * coverage and match none of its words), and finds typos among the vocabulary's words of a near length only. Both
 * must leave every score as it was to the last bit: these figures were computed by the scoring before both changes
 * (main at ceae788), on questions written for this test that mix stories and questions, typos, repeated words,
 * words in several articles and words in none.
 */
const index = ArticleIndex.build(FIXTURE_ARTICLES, { interpreters: { nb: ['profesjonell tolk'] } });

const SCORED: ReadonlyArray<readonly [string, readonly ArticleMatch[]]> = [
  [
    'familien bestemmer alt, hva er negativ sosial kontroll og hva er tvangsekteskap?',
    [
      { articleId: 'negative-social-control', similarity: 0.8736843220719953, coverage: 0.851022308181504, precision: 1 },
      { articleId: 'forced-marriage', similarity: 0.3784572643536147, coverage: 0.21709835432475275, precision: 1 },
      { articleId: 'interpreters', similarity: 0.16912257696600158, coverage: 0.10613384908902448, precision: 0.4160291953530189 },
    ],
  ],
  [
    'Eleven min forteller at familien bestemmer alt i livet hennes. Hun er redd. Hva gjør vi med kontroll og tolk?',
    [
      { articleId: 'negative-social-control', similarity: 0.6227673385040781, coverage: 0.5357854876394997, precision: 1 },
      { articleId: 'interpreters', similarity: 0.5758028710883812, coverage: 0.3721840138555407, precision: 1 },
      { articleId: 'forced-marriage', similarity: 0.0937328214570104, coverage: 0.054533824594652995, precision: 0.33333333333333337 },
    ],
  ],
  [
    'kontrol kontroll kontrollen sosial sosiale tvangsekteskapet',
    [
      { articleId: 'negative-social-control', similarity: 0.7671107784431139, coverage: 0.725, precision: 0.6666666666666667 },
      { articleId: 'forced-marriage', similarity: 0.42500000000000004, coverage: 0.25, precision: 1 },
    ],
  ],
  [
    'what is control, what is marriage, what is fgm',
    [
      { articleId: 'fgm', similarity: 0.5333333333333333, coverage: 0.33333333333333337, precision: 1 },
      { articleId: 'forced-marriage', similarity: 0.43333333333333335, coverage: 0.33333333333333337, precision: 0.5 },
      { articleId: 'negative-social-control', similarity: 0.3666666666666667, coverage: 0.33333333333333337, precision: 0.33333333333333337 },
    ],
  ],
  [
    'she was married against her will and the family decides everything',
    [
      { articleId: 'negative-social-control', similarity: 0.6439096758425722, coverage: 0.5755891054608883, precision: 0.7306335179215624 },
      { articleId: 'forced-marriage', similarity: 0.6150092575282436, coverage: 0.4244108945391118, precision: 1 },
      { articleId: 'interpreters', similarity: 0.22176914034943002, coverage: 0.15117821092177647, precision: 0.4160291953530189 },
    ],
  ],
  [
    'trenger vi profesjonell tolk når foreldrene bestemmer alt',
    [
      { articleId: 'interpreters', similarity: 0.656146636182934, coverage: 0.5263157894736842, precision: 1 },
      { articleId: 'negative-social-control', similarity: 0.42497066543919115, coverage: 0.3508771929824562, precision: 0.5387329641568751 },
    ],
  ],
  [
    'omskjæring jenter kjønnslemlestelse tvangsgifte',
    [
      { articleId: 'fgm', similarity: 0.8333333333333334, coverage: 0.6666666666666667, precision: 1 },
      { articleId: 'forced-marriage', similarity: 0.5333333333333333, coverage: 0.33333333333333337, precision: 1 },
    ],
  ],
];

describe('article index scores', () => {
  it.each(SCORED)('%s', (question, expected) => {
    expect(index.match(question)).toEqual(expected);
  });
});
