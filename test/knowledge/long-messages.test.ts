import { createCountryNames } from '../../src/contacts/country-names';
import { ArticleIndex } from '../../src/knowledge/article-index';
import { toIndexable } from '../../src/knowledge/article-indexable';
import { createArticleRecognizer, DEFAULT_ARTICLE_OPTIONS } from '../../src/knowledge/article-recognizer';
import { loadExtraPhrasings } from '../../src/knowledge/extra-phrasings';
import { fallbackIntent } from '../../src/knowledge/guidance-feature';
import { loadArticles } from '../../src/knowledge/load-articles';
import { typedUnderstanding } from '../../src/evaluation/typed-understanding';
import type { Lang } from '../../src/language/languages';
import { createUnderstanding } from '../../src/understanding/understand';

/** Long, story-like messages with one clear question get the answer, not "did you mean" (issue 13, point 1). */
describe('a story followed by a clear question (the real articles)', () => {
  let read: (text: string, lng?: Lang) => ReturnType<ReturnType<typeof typedUnderstanding>>['intent'];
  beforeAll(async () => {
    const index = ArticleIndex.build((await loadArticles()).map(toIndexable), loadExtraPhrasings());
    const countries = createCountryNames();
    const recognizer = createArticleRecognizer(index, DEFAULT_ARTICLE_OPTIONS, (text, lng) => countries.find(text, lng).length > 0);
    const understand = typedUnderstanding(createUnderstanding([recognizer], { isDanger: () => false }, { fallback: fallbackIntent }));
    read = (text, lng = 'nb') => understand(text, lng).intent;
  });

  it.each([
    [
      'nb',
      'Hei! Jeg er lærer på en videregående skole og har en elev som nesten aldri får være med på noe etter skoletid. Broren henter henne hver dag, og hun sier at hun ikke får ha venner som ikke er fra samme land. Hun er ellers flink og blid. Hva er negativ sosial kontroll egentlig, og er det dette?',
      'negative-social-control',
    ],
    [
      'nn',
      'Eg er helsesjukepleiar på ein ungdomsskule. Ei elev fortel at faren og brørne hennar følgjer med på telefonen hennar og kven ho snakkar med, og at ho ikkje får vere med på klasseturen. Kva er negativ sosial kontroll, og er det dette ho opplever?',
      'negative-social-control',
    ],
    ['nb', 'Jeg jobber som helsesykepleier ved ungdomsskole og lurer på hva tvangsekteskap er.', 'forced-marriage'],
  ] as const)('%s: the question decides, the story does not dilute it', (lng, text, articleId) => {
    expect(read(text, lng)).toEqual({ kind: 'article', articleId });
  });

  it('reads the question, not the story, for contact and statistics words ("telefonen hennar" is no phone-number question)', () => {
    const intent = read(
      'Eg er lærar. Faren følgjer med på telefonen hennar og kven ho snakkar med. Kva er negativ sosial kontroll?',
      'nn',
    );
    expect(intent).toEqual({ kind: 'article', articleId: 'negative-social-control' });
  });

  it('still declines an out-of-scope story', () => {
    const intent = read(
      'Jeg er lærer på ungdomsskolen og har en klasse som sliter med matematikk etter pandemien. Mange elever mangler grunnleggende ferdigheter i brøk. Hvilke digitale verktøy anbefaler du for mengdetrening?',
    );
    expect(['unknown', 'suggest']).toContain(intent.kind);
  });
});
