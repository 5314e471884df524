/**
 * `npx tsx bench/article-index-bench.ts [--passes 3] [--questions] [--as-written] [--dump]`: the article index alone (`ArticleIndex.match`), built as
 * the app builds it (the build's index terms), on every evaluation question and every turn of every tuned
 * conversation, each written differently on each pass (as `bench --new` sends them). Prints CPU µs a match. With
 * `--dump`, prints instead every text's full match list as one JSON line (no text, only its number), to compare two
 * trees' article readings exactly (`diff`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseConversationSet } from '../src/evaluation/conversation-eval';
import { loadEvalSets } from '../src/evaluation/eval-set';
import { ArticleIndex, DEFAULT_SCORING } from '../src/knowledge/article-index';
import { toIndexable } from '../src/knowledge/article-indexable';
import { loadExtraPhrasings } from '../src/knowledge/extra-phrasings';
import { INDEX_TERMS_FILE, readIndexTerms } from '../src/knowledge/index-terms-file';
import { loadArticles } from '../src/knowledge/load-articles';
import { projectRoot } from '../src/paths/content-root';
import { newlyWritten } from './teams-traffic';

const { values: args } = parseArgs({
  options: { passes: { type: 'string', default: '3' }, dump: { type: 'boolean', default: false }, questions: { type: 'boolean', default: false }, 'as-written': { type: 'boolean', default: false } },
});

async function main(): Promise<void> {
  const indexable = (await loadArticles()).map(toIndexable);
  const extra = loadExtraPhrasings();
  const precomputed = readIndexTerms(INDEX_TERMS_FILE, indexable, extra);
  if (!precomputed.layouts) process.stderr.write(`index terms: ${precomputed.reason}, stemming the articles\n`);
  const index = ArticleIndex.build(indexable, extra, DEFAULT_SCORING, precomputed.layouts);
  const root = projectRoot();
  const questions = loadEvalSets(path.join(root, 'test', 'eval')).map(({ q }) => q);
  const dir = path.join(root, 'test', 'eval', 'conversations');
  const turns = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => parseConversationSet(f, JSON.parse(readFileSync(path.join(dir, f), 'utf8'))).flatMap((item) => item.turns));
  // `--questions`: the evaluation questions alone, as `turn-cpu` sends them (their ~3,300 distinct words stay in the
  // families' word memos); else every text too (~20,000 distinct words: most of a turn's words are new to the memos).
  const texts = args.questions ? questions : [...questions, ...turns];
  if (args.dump) {
    texts.forEach((text, line) => process.stdout.write(`${JSON.stringify({ line, matches: index.match(text) })}\n`));
    return;
  }
  const passes = Number(args.passes);
  // `--as-written`: each text as it is, not with a greeting in Latin letters before it (a message in Arabic, Cyrillic or
  // Ethiopic letters alone, as people write them, reaches fewer families).
  const written = (text: string, pass: number) => (args['as-written'] ? text : newlyWritten(text, pass));
  // A first pass warms the process (and the families' word memos) and is not counted.
  for (const text of texts) index.match(written(text, passes + 1));
  let n = 0;
  const cpu = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) {
    for (const text of texts) {
      index.match(written(text, pass + 1));
      n += 1;
    }
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(`${n} matches (${texts.length} texts × ${passes} passes): ${Math.round(cpuMs)} ms of CPU, ${((cpuMs * 1000) / n).toFixed(1)} µs a match\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
