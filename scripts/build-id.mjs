// The id of a build's compiled program: a hash of tsc's dist/src (every module's JavaScript, by path) and of zod's
// version. The bundle step writes it into dist/veiviser.js; the data check (scripts/check-data.mjs) names the data it
// checked with it, so the bundle trusts that check only when it was made from the very modules that ran it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function buildId(root) {
  const hash = createHash('sha256');
  const dir = path.join(root, 'dist', 'src');
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(dir, file))).update('\0');
  const zod = createRequire(path.join(root, 'package.json')).resolve('zod/package.json');
  hash.update(JSON.parse(readFileSync(zod, 'utf8')).version);
  return hash.digest('hex');
}
