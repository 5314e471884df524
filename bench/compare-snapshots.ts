/**
 * `npx tsx bench/compare-snapshots.ts before.json after.json`: whether two `npm run eval:snapshot` files hold the same
 * answers, line by line, ignoring the order of keys. Prints the first differences; exit code 1 when any.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) throw new Error('usage: tsx bench/compare-snapshots.ts <before> <after>');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim().length > 0).map((line) => JSON.parse(line) as unknown);
const before = lines(beforeFile);
const after = lines(afterFile);
let differences = before.length === after.length ? 0 : 1;
if (differences) process.stdout.write(`${before.length} answers before, ${after.length} after\n`);
for (let i = 0; i < Math.max(before.length, after.length); i++) {
  if (isDeepStrictEqual(before[i], after[i])) continue;
  differences += 1;
  if (differences <= 5) process.stdout.write(`line ${i + 1} differs:\n  before ${JSON.stringify(before[i])}\n  after  ${JSON.stringify(after[i])}\n`);
}
process.stdout.write(differences === 0 ? `same answers: ${before.length} of ${before.length}\n` : `${differences} difference(s)\n`);
process.exitCode = differences === 0 ? 0 : 1;
