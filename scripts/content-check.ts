/**
 * `npm run content:check`: loads the knowledge articles as the bot does and prints coverage per language and field,
 * fallbacks, review status, and any article without a source. Exits 1 when an article is invalid, lacks sources or a
 * required field, or cites a seed line range that does not exist (against ../shared/seeds when present, else against
 * the line counts in content/sources/seed-sections.json), or when content/sources/seed-sections.json (the headings
 * cards name a citation's section by) is not what `npm run content:sections` makes of the seeds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { seedSectionsFile, seedSections } from '../src/content/seed-sections';
import path from 'node:path';
import { projectRoot } from '../src/paths/content-root';
import { buildContentReport, formatContentReport, reportHasErrors } from '../src/knowledge/content-report';
import { loadExtraPhrasings } from '../src/knowledge/extra-phrasings';
import { loadArticles } from '../src/knowledge/load-articles';
import { checkShortTitles, shortTitles } from '../src/knowledge/short-titles';
import { LANGUAGES } from '../src/language/languages';
import { buildSeedSections, serializeSeedSections } from './seed-sections';

function seedLineCounts(dir: string): Map<string, number> | undefined {
  if (!existsSync(dir)) return undefined;
  const counts = new Map<string, number>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    // A trailing newline ends the last line; it does not start another one.
    counts.set(name, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
  }
  return counts;
}

async function main(): Promise<void> {
  // The index reads phrasings from the article files and from content/knowledge/{extra-phrasings.json,phrasings/};
  // the report counts both, as the bot uses both.
  const extra = loadExtraPhrasings();
  const articles = (await loadArticles()).map((article) => ({
    ...article,
    phrasings: Object.fromEntries(
      LANGUAGES.flatMap((lng) => {
        const all = [...(article.phrasings[lng] ?? []), ...(extra[article.id]?.[lng] ?? [])];
        return all.length > 0 ? [[lng, all]] : [];
      }),
    ),
  }));
  const seedsDir = path.join(projectRoot(), '..', 'shared', 'seeds');
  const seeds = seedLineCounts(seedsDir);
  // Without the seeds (CI), the line counts recorded with their headings still tell a range that cannot exist.
  const counts = seeds ?? new Map(Object.entries(seedSections()).map(([file, doc]) => [file, doc.lineCount]));
  const report = buildContentReport(articles, { seedLineCounts: counts });
  console.log(formatContentReport(report));
  if (!seeds) console.log(`\nSeed citations checked against the line counts in ${path.relative(projectRoot(), seedSectionsFile())}: ${seedsDir} not found.`);
  if (reportHasErrors(report)) process.exitCode = 1;
  // Every article's buttons need a short title (src/knowledge/short-titles.ts).
  const titleProblems = checkShortTitles(shortTitles(), articles.map((a) => a.id));
  for (const problem of titleProblems) console.log(problem);
  if (titleProblems.length > 0) process.exitCode = 1;
  if (seeds) {
    const current = serializeSeedSections(buildSeedSections(seedsDir));
    if (readFileSync(seedSectionsFile(), 'utf8') !== current) {
      console.log(`\n${path.relative(projectRoot(), seedSectionsFile())} is not current with the seeds: run npm run content:sections.`);
      process.exitCode = 1;
    } else console.log(`\nSeed sections current (${path.relative(projectRoot(), seedSectionsFile())}).`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
