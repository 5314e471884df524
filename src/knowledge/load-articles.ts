import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { articleSchema, type Article } from './article-schema';
import { jsonOf, parseDataFile } from '../paths/data-file';

/** Thrown when an article file cannot be read or does not match the schema; names the file and the field. */
export class ArticleContentError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ArticleContentError';
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`).join('; ');
}

/** Parses one article file's text; `file` is only used in error messages. */
export function parseArticle(text: string, file: string): Article {
  // Parsed only when the build did not check these bytes (src/paths/data-file.ts).
  const json = jsonOf(text);
  const data = (): unknown => {
    try {
      return json();
    } catch (error) {
      throw new ArticleContentError(file, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  const parsed = parseDataFile(file, text, data, articleSchema);
  if (!parsed.success) throw new ArticleContentError(file, describeIssues(parsed.error));
  if (path.basename(file) !== `${parsed.data.id}.json`) {
    throw new ArticleContentError(file, `id "${parsed.data.id}" does not match the file name`);
  }
  return parsed.data;
}

/** Checks what no single file can: unique ids, and follow-ups that point at articles that exist. */
export function checkArticleSet(articles: readonly Article[]): void {
  const ids = new Set<string>();
  for (const article of articles) {
    if (ids.has(article.id)) throw new ArticleContentError(`${article.id}.json`, `duplicate article id "${article.id}"`);
    ids.add(article.id);
  }
  for (const article of articles) {
    for (const followUp of article.followUps) {
      if (!ids.has(followUp)) throw new ArticleContentError(`${article.id}.json`, `followUps: unknown article id "${followUp}"`);
      if (followUp === article.id) throw new ArticleContentError(`${article.id}.json`, 'followUps: an article cannot follow up itself');
    }
  }
}

/**
 * Reads every `*.json` in `dir` (content/knowledge/articles by default), validates each with zod and the set as a
 * whole, and returns the articles sorted by id. Fails fast at startup rather than serving half the content.
 */
export async function loadArticles(dir: string = contentPath('knowledge', 'articles')): Promise<Article[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const articles: Article[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    articles.push(parseArticle(await readFile(file, 'utf8'), file));
  }
  checkArticleSet(articles);
  return articles;
}
