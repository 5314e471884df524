import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { toIndexable } from '../src/knowledge/article-indexable';
import { loadExtraPhrasings } from '../src/knowledge/extra-phrasings';
import { INDEX_TERMS_FILE, readIndexTerms, writeIndexTerms } from '../src/knowledge/index-terms-file';
import { loadArticles } from '../src/knowledge/load-articles';
import { writeCountryTables } from '../src/contacts/country-names';
import { COMPACT_ELD_MODEL } from '../src/language/detect-language';
import { loadCompactEld, writeCompactEldModel } from '../src/language/eld-model';
import { writeReaderPhrases } from '../src/understanding/write-compiled-phrases';

/**
 * Once per test run, what `npm run build` writes for the compiled app, for the sources the tests run: the article
 * indexes' terms (each test file that builds the app reads them instead of stemming every phrasing again, ~1 s of
 * CPU each), eld's compact model, the understanding readers' compiled phrases (~0.5 s each time a file builds the
 * readers) and the country names. Each is rewritten only when missing or out of date (see their fingerprints); tests
 * of the stemming and of the phrase compiler itself work without them.
 */
export default async function globalSetup(): Promise<void> {
  mkdirSync(path.dirname(INDEX_TERMS_FILE), { recursive: true });
  const articles = (await loadArticles()).map(toIndexable);
  const extra = loadExtraPhrasings();
  if (readIndexTerms(INDEX_TERMS_FILE, articles, extra).reason) writeIndexTerms(INDEX_TERMS_FILE, articles, extra);
  mkdirSync(path.dirname(COMPACT_ELD_MODEL), { recursive: true });
  if (!(await loadCompactEld(COMPACT_ELD_MODEL))) await writeCompactEldModel(COMPACT_ELD_MODEL);
  writeReaderPhrases({ onlyStale: true });
  writeCountryTables({ onlyStale: true });
}
