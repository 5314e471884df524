import { createCountryNames } from '../contacts/country-names';
import { ArticleIndex, type ExtraPhrasings, type IndexableArticle } from '../knowledge/article-index';
import { createArticleRecognizer, DEFAULT_ARTICLE_OPTIONS, type ArticleRecognizerOptions } from '../knowledge/article-recognizer';
import { commandRecognizer } from '../commands/command-recognizer';
import { fallbackIntent } from '../knowledge/guidance-feature';
import { dangerDetector } from '../understanding/danger-detector';
import type { Lang } from '../language/languages';
import type { Recognizer } from '../understanding/types';
import { createUnderstanding, type DangerDetector, type Understand } from '../understanding/understand';

export interface UnderstandingDeps {
  readonly articles: readonly IndexableArticle[];
  readonly extraPhrasings?: ExtraPhrasings;
  /** Further recognizers (contacts, statistics); each reads every message and the most confident reading wins. */
  readonly recognizers?: readonly Recognizer[];
  readonly danger?: DangerDetector;
  readonly articleOptions?: ArticleRecognizerOptions;
  /** Whether a message names a foreign country; by default the contact directory's country names. */
  readonly namesCountry?: (text: string, lng: Lang) => boolean;
}

let defaultCountries: ReturnType<typeof createCountryNames> | undefined;

/**
 * A guidance-centred understanding built from given articles (commands, the article index, any extra recognizers,
 * the danger detector), for tests that need their own articles. The bot and `npm run eval` use `createReaders` in
 * src/features.ts, which adds contacts, statistics and triage.
 */
export function buildUnderstanding(deps: UnderstandingDeps): Understand {
  const index = ArticleIndex.build(deps.articles, deps.extraPhrasings ?? {});
  const recognizers: Recognizer[] = [
    commandRecognizer,
    createArticleRecognizer(
      index,
      deps.articleOptions ?? DEFAULT_ARTICLE_OPTIONS,
      deps.namesCountry ?? ((text, lng) => (defaultCountries ??= createCountryNames()).find(text, lng).length > 0),
    ),
    ...(deps.recognizers ?? []),
  ];
  return createUnderstanding(recognizers, deps.danger ?? dangerDetector, { fallback: fallbackIntent });
}
