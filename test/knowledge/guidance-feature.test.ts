import { createGuidanceFeature } from '../../src/knowledge/guidance-feature';
import { memoryFeedbackStore } from '../../src/knowledge/feedback-store';
import { commandRecognizer } from '../../src/commands/command-recognizer';
import { createUnderstanding, prepareUtterance } from '../../src/understanding/understand';
import { typedUnderstanding } from '../../src/evaluation/typed-understanding';

describe('the guidance feature from the real content', () => {
  it('loads every article, recognises a question and shows real related services', async () => {
    const feature = await createGuidanceFeature({ dataDir: '/nonexistent', feedback: memoryFeedbackStore(), serviceName: (id) => `name of ${id}`, namesCountry: () => false });
    expect(feature.articles.length).toBeGreaterThanOrEqual(25);
    const [best] = feature.recognizers.flatMap((r) => r.recognize(prepareUtterance('hva er tvangsekteskap', 'nb')));
    expect(best?.intent).toEqual({ kind: 'article', articleId: 'forced-marriage' });
    expect(feature.danger.isDanger(prepareUtterance('han skal drepe meg', 'nb'))).toBe(true);
    expect(feature.cardActions.map((a) => a.verb)).toEqual(['feedback', 'show-article']);
  });

  it('opens the right article when a follow-up button sends its title', async () => {
    const feature = await createGuidanceFeature({ dataDir: '/nonexistent', feedback: memoryFeedbackStore(), serviceName: (id) => id, namesCountry: () => false });
    const understand = typedUnderstanding(createUnderstanding([commandRecognizer, ...feature.recognizers], feature.danger, { fallback: feature.fallback }));
    const misread: string[] = [];
    for (const article of feature.articles) {
      for (const lng of ['nb', 'nn', 'en'] as const) {
        const title = article.title[lng];
        if (!title) continue;
        const intent = understand(title, lng).intent;
        if (intent.kind !== 'article' || intent.articleId !== article.id) misread.push(`${lng}: ${title} → ${JSON.stringify(intent)}`);
      }
    }
    expect(misread).toEqual([]);
  });
});
