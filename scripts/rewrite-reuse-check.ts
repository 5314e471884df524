/**
 * npx tsx scripts/rewrite-reuse-check.ts: every turn of the tuned conversation sets (test/eval/conversations) and every
 * question of the evaluation sets (test/eval/*.json), each text the readers rewrite (src/stats/answers/
 * rewrite-reuse-check.ts): the English cues with the rewrites taken from the whole must be those of the full search.
 * Prints counts and the places of texts that differ (no words of a message); exits 1 when any differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkRewriteReuse } from '../src/stats/answers/rewrite-reuse-check';
import type { Lang } from '../src/language/languages';

const EVAL = path.join(__dirname, '..', 'test', 'eval');
const messages: Array<{ text: string; lng: Lang | undefined }> = [];
for (const file of readdirSync(path.join(EVAL, 'conversations')).filter((f) => f.endsWith('.json')).sort()) {
  for (const c of JSON.parse(readFileSync(path.join(EVAL, 'conversations', file), 'utf8')) as Array<{ lang?: Lang; turns?: unknown[] }>) {
    for (const turn of c.turns ?? []) if (typeof turn === 'string') messages.push({ text: turn, lng: c.lang });
  }
}
for (const file of readdirSync(EVAL).filter((f) => f.endsWith('.json')).sort()) {
  const rows: unknown = JSON.parse(readFileSync(path.join(EVAL, file), 'utf8'));
  if (!Array.isArray(rows)) continue;
  for (const row of rows as Array<{ q?: unknown; lang?: Lang }>) if (typeof row.q === 'string') messages.push({ text: row.q, lng: row.lang });
}
const t0 = process.cpuUsage();
const { texts, differing } = checkRewriteReuse(messages);
const used = process.cpuUsage(t0);
console.log(`${messages.length} messages, ${texts} texts compared, ${differing.length} differ (${Math.round((used.user + used.system) / 1000)} ms CPU)`);
for (const [m, p] of differing.slice(0, 20)) console.log(`  message ${m}, part ${p}`);
process.exit(differing.length === 0 ? 0 : 1);
