import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../src/paths/content-root';
import { createSituationReader, cueFileSchema, situationRulesSchema } from '../src/understanding/situation-cues';
import { loadSecondOpinion } from '../src/understanding/second-opinion';
const dir = contentPath('understanding', 'situation');
const rules = situationRulesSchema.parse(JSON.parse(readFileSync(path.join(dir, 'rules.json'), 'utf8')));
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'rules.json').map((f) => cueFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
const whole = createSituationReader(files, rules);
const so = loadSecondOpinion();
for (const m of process.argv.slice(2)) {
  const r = whole.read(m);
  console.log(`score ${so.score(m, r.concepts).toFixed(2)} fires ${so.fires(m, r.concepts)} | danger: ${r.danger.join(',') || '-'} | concepts: ${[...r.concepts].join(',')}`);
}
