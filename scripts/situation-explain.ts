/**
 * `npx tsx scripts/situation-explain.ts "<message>" …`: which cue phrases of content/understanding/situation a
 * message matches, per concept and language, and which danger and young-writer rules fire. For reviewers editing the
 * word lists; prints the message's own words only to the terminal of the person who typed them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../src/paths/content-root';
import { createSituationReader, cueFileSchema, situationRulesSchema, type Concept } from '../src/understanding/situation-cues';

const dir = contentPath('understanding', 'situation');
const rules = situationRulesSchema.parse(JSON.parse(readFileSync(path.join(dir, 'rules.json'), 'utf8')));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'rules.json')
  .map((f) => cueFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
const whole = createSituationReader(files, rules);

for (const message of process.argv.slice(2)) {
  const read = whole.read(message);
  console.log(`\ndanger rules: ${read.danger.join(', ') || '–'}; concern rules: ${read.concern.join(', ') || '–'}; read as a case: ${read.readAsCase.join(', ') || '–'}; young writer: ${read.youngWriter}`);
  // The words of harms named as a service's topic ("telefonen om tvangsekteskap"): no harm starts there.
  if (read.namedTopics.length > 0) console.log(`  a service named by its topic: words ${read.namedTopics.join(', ')} of ${read.tokenCount}`);
  for (const file of files) {
    for (const [concept, phrases] of Object.entries(file.cues) as Array<[Concept, string[]]>) {
      for (const phrase of phrases) {
        const single = createSituationReader([{ lang: file.lang, review: file.review, cues: { [concept]: [phrase] } }], rules);
        if (single.read(message).concepts.has(concept)) console.log(`  ${concept} ← ${file.lang}: "${phrase}"`);
      }
    }
  }
}
