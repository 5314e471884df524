import { LANGUAGES, type Lang } from '../language/languages';
import type { IndexableArticle } from './article-index';
import type { Article } from './article-schema';

/** What the index reads from an article: title, phrasings, and its own text (short, long, steps) as a weaker vocabulary. */
export function toIndexable(article: Article): IndexableArticle {
  const body: Partial<Record<Lang, string[]>> = {};
  for (const lng of LANGUAGES) {
    const texts = [article.short[lng], article.long?.[lng], ...(article.steps[lng] ?? [])].filter((t): t is string => t !== undefined);
    if (texts.length > 0) body[lng] = texts;
  }
  return { id: article.id, title: article.title, phrasings: article.phrasings, body };
}
