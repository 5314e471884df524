import path from 'node:path';
import SearchableMap from 'minisearch/SearchableMap';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { familyTerms, indexTerms, indexTexts } from '../../src/knowledge/article-index';
import { toIndexable } from '../../src/knowledge/article-indexable';
import { loadExtraPhrasings } from '../../src/knowledge/extra-phrasings';
import { loadArticles } from '../../src/knowledge/load-articles';
import { TypoSearch } from '../../src/knowledge/typo-search';
import { TEXT_FAMILIES, type TextFamily } from '../../src/language/spelling';

/** A word with one letter changed and one left out: the typos people make. */
function typosOf(word: string): string[] {
  const middle = Math.floor(word.length / 2);
  return [`${word.slice(0, middle)}x${word.slice(middle + 1)}`, word.slice(0, middle) + word.slice(middle + 1), `${word}e`];
}

/**
 * The article index looks for typos with TypoSearch instead of minisearch's fuzzyGet: it must give what fuzzyGet
 * gives (same words, same distances, same order, since the first of two equally good candidates decides a term's
 * weight), on each family's real vocabulary, for every evaluation question's terms and for typos of the vocabulary.
 */
describe('TypoSearch', () => {
  const vocabularies = new Map<TextFamily, SearchableMap<true>>();

  beforeAll(async () => {
    const texts = indexTexts((await loadArticles()).map(toIndexable), loadExtraPhrasings());
    for (const family of TEXT_FAMILIES) {
      const terms = familyTerms(family, texts.get(family) ?? { entries: [], bodies: [] });
      const vocabulary = new SearchableMap<true>();
      for (const entry of [...terms.entries, ...terms.bodies]) for (const t of entry.terms) vocabulary.set(t, true);
      vocabularies.set(family, vocabulary);
    }
  }, 120_000);

  it.each(TEXT_FAMILIES)('finds what fuzzyGet finds in the %s vocabulary', (family) => {
    const vocabulary = vocabularies.get(family) ?? new SearchableMap<true>();
    expect(vocabulary.size).toBeGreaterThan(100);
    const search = new TypoSearch([...vocabulary.keys()].reverse());
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval')).filter((_, i) => i % 3 === 0);
    const queries = new Set<string>();
    for (const { q } of questions) for (const t of indexTerms(q, family)) if (t.length >= 5) queries.add(t);
    [...vocabulary.keys()].forEach((word, i) => {
      if (word.length >= 5 && i % 2 === 0) for (const typo of typosOf(word)) queries.add(typo);
    });
    let found = 0;
    const differ: unknown[] = [];
    for (const query of queries) {
      for (const distance of [1, 2]) {
        const expected = JSON.stringify([...vocabulary.fuzzyGet(query, distance)].map(([word, [, d]]) => [word, d]));
        const actual = JSON.stringify(search.within(query, distance));
        if (actual !== expected) differ.push({ query, distance, expected, actual });
        found += expected.length;
      }
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(queries.size);
  });

  it('measures edits in UTF-16 units, as fuzzyGet does', () => {
    const vocabulary = new SearchableMap<true>();
    for (const word of ['tvangsekteskap', 'tvangsekteskapet', 'kompetanseteamet', 'زواج', '𝒳abcde']) vocabulary.set(word, true);
    const search = new TypoSearch([...vocabulary.keys()].reverse());
    expect(search.within('tvangsektskap', 2)).toEqual([['tvangsekteskap', 1]]);
    expect(search.within('abcdef', 2)).toEqual([...vocabulary.fuzzyGet('abcdef', 2)].map(([w, [, d]]) => [w, d]));
    expect(search.within('kompetanse', 2)).toEqual([]);
  });
});
