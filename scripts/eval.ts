/**
 * `npm run eval [-- --failures] [-- --set=guidance] [-- --lang=nb]`: runs every test/eval/*.json set through
 * the composed understanding and prints accuracy per language and category, out-of-scope rejection,
 * emergency recall and the confusions.
 */
import path from 'node:path';
import { projectRoot } from '../src/content/content-root';
import { formatReport, loadEvalSets, phrasingLookup, registeredChecks, runEvaluation } from '../src/evaluation';
import { loadExtraPhrasings } from '../src/knowledge/extra-phrasings';
import { toIndexable } from '../src/knowledge/article-indexable';
import { loadArticles } from '../src/knowledge/load-articles';
import { buildUnderstanding } from '../src/understanding/build-understanding';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const set = option('set');
  const lang = option('lang');
  const items = loadEvalSets(path.join(projectRoot(), 'test', 'eval')).filter((i) => (!set || i.set === set) && (!lang || i.lang === lang));
  const articles = await loadArticles();
  const extraPhrasings = loadExtraPhrasings();
  const understand = buildUnderstanding({ articles: articles.map(toIndexable), extraPhrasings });
  const isPhrasing = phrasingLookup([...articles.map((a) => a.phrasings), ...Object.values(extraPhrasings)]);
  const started = performance.now();
  const report = runEvaluation(items, understand, registeredChecks(), { isPhrasing });
  const ms = performance.now() - started;
  console.log(formatReport(report, { showFailures: process.argv.includes('--failures') }));
  console.log(`\n${items.length} questions in ${ms.toFixed(0)} ms.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
