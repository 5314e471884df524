/**
 * `npx tsx scripts/situation-explain.ts "<message>" …`: which cue phrases of content/understanding/situation a
 * message matches, per concept and language, and which danger and young-writer rules fire. For reviewers editing the
 * word lists; prints the message's own words only to the terminal of the person who typed them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../src/paths/content-root';
import { createSituationReader, cueFileSchema, situationRulesSchema, type Concept, type CueFile } from '../src/understanding/situation-cues';

const dir = contentPath('understanding', 'situation');
const rules = situationRulesSchema.parse(JSON.parse(readFileSync(path.join(dir, 'rules.json'), 'utf8')));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'rules.json')
  .map((f) => cueFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
const whole = createSituationReader(files, rules);

/** One language's phrases of one concept, as a cue file of their own (the cues are expanded already: no classes). */
const only = (file: CueFile, concept: Concept, phrases: string[]): CueFile => ({ lang: file.lang, review: file.review, cues: { [concept]: phrases } });

/**
 * The phrases of `phrases` that match `message` on their own: halved until one is left, so only the halves that match
 * are compiled again (a reader per phrase, tens of thousands of them after the classes are expanded, took minutes).
 */
function matching(file: CueFile, concept: Concept, phrases: string[], message: string): string[] {
  if (phrases.length === 0 || !createSituationReader([only(file, concept, phrases)], rules).read(message).concepts.has(concept)) return [];
  if (phrases.length === 1) return phrases;
  const half = Math.ceil(phrases.length / 2);
  return [...matching(file, concept, phrases.slice(0, half), message), ...matching(file, concept, phrases.slice(half), message)];
}

for (const message of process.argv.slice(2)) {
  const read = whole.read(message);
  console.log(`\ndanger rules: ${read.danger.join(', ') || '–'}; concern rules: ${read.concern.join(', ') || '–'}; read as a case: ${read.readAsCase.join(', ') || '–'}; young writer: ${read.youngWriter}`);
  console.log(`  concepts: ${[...read.concepts].join(', ') || '–'}`);
  // The words of harms named as a service's topic ("telefonen om tvangsekteskap"): no harm starts there.
  if (read.namedTopics.length > 0) console.log(`  a service named by its topic: words ${read.namedTopics.join(', ')} of ${read.tokenCount}`);
  // Only the concepts the whole reader found; a phrase read alone may match where the whole reader masks it ("(masked)").
  for (const file of files) {
    for (const [concept, phrases] of Object.entries(file.cues) as Array<[Concept, string[]]>) {
      for (const phrase of matching(file, concept, phrases, message)) console.log(`  ${concept} ← ${file.lang}: "${phrase}"${read.concepts.has(concept) ? '' : ' (masked)'}`);
    }
  }
}
