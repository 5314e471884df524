import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { ArticleIndex, DEFAULT_SCORING, familyLayout, familyTerms, indexTexts, type IndexableArticle } from '../../src/knowledge/article-index';
import { TEXT_FAMILIES } from '../../src/language/spelling';
import { toIndexable } from '../../src/knowledge/article-indexable';
import { loadExtraPhrasings } from '../../src/knowledge/extra-phrasings';
import { readIndexTerms, writeIndexTerms } from '../../src/knowledge/index-terms-file';
import { loadArticles } from '../../src/knowledge/load-articles';

describe('the article indexes from the index terms the build writes', () => {
  let dir: string;
  let articles: IndexableArticle[];
  const extra = loadExtraPhrasings();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'veiviser-terms-'));
    articles = (await loadArticles()).map(toIndexable);
    writeIndexTerms(path.join(dir, 'index-terms.json'), articles, extra);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('match evaluation questions exactly as indexes built by stemming at start', () => {
    const read = readIndexTerms(path.join(dir, 'index-terms.json'), articles, extra);
    expect(read.reason).toBeUndefined();
    const fromFile = ArticleIndex.build(articles, extra, DEFAULT_SCORING, read.layouts);
    const stemmed = ArticleIndex.build(articles, extra);
    // Every fifth evaluation question (every set, every language), so the suite stays quick.
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval'))
      .map((item) => item.q)
      .filter((_, i) => i % 5 === 0);
    expect(questions.length).toBeGreaterThan(250);
    const differing = questions.filter((q) => JSON.stringify(fromFile.match(q)) !== JSON.stringify(stemmed.match(q)));
    expect(differing).toEqual([]);
  }, 60_000);

  it('are, array for array, the layouts a start without the file works out from stemmed terms', () => {
    const read = readIndexTerms(path.join(dir, 'index-terms.json'), articles, extra);
    const texts = indexTexts(articles, extra);
    const differing = TEXT_FAMILIES.filter((family) => {
      const fresh = familyLayout(family, familyTerms(family, texts.get(family) ?? { entries: [], bodies: [] }));
      const fromFile = read.layouts?.get(family);
      return !fromFile || !isDeepStrictEqual(fromFile, fresh);
    });
    expect(differing).toEqual([]);
  }, 60_000);

  it('stop the start, naming the file, when the families were changed after the build wrote them', () => {
    const file = path.join(dir, 'changed.json');
    const [head, body] = readFileSync(path.join(dir, 'index-terms.json'), 'utf8').split('\n');
    writeFileSync(file, `${head}\n${(body ?? '').replace('"scripts":', '"scripts": ')}`);
    expect(() => readIndexTerms(file, articles, extra)).toThrow(`${file}: the families are not what the build wrote (digest differs)`);
  });

  it('are out of date in an earlier format (one line of JSON)', () => {
    const file = path.join(dir, 'earlier.json');
    writeFileSync(file, JSON.stringify({ format: 'veiviser-index-terms-2', fingerprint: 'x', families: {} }));
    expect(readIndexTerms(file, articles, extra)).toEqual({ reason: 'out of date' });
  });

  it('are not used for other texts: an edited phrasing makes the file out of date', () => {
    const [first, ...rest] = articles;
    if (!first) throw new Error('no articles');
    const edited = [{ ...first, phrasings: { ...first.phrasings, nb: [...(first.phrasings.nb ?? []), 'en ny måte å spørre på'] } }, ...rest];
    expect(readIndexTerms(path.join(dir, 'index-terms.json'), edited, extra)).toEqual({ reason: 'out of date' });
  });

  it('are not used when there is no file (the sources run by tests and `npm run dev`)', () => {
    expect(readIndexTerms(path.join(dir, 'missing.json'), articles, extra)).toEqual({ reason: 'no file' });
  });
});
