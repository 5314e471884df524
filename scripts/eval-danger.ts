/**
 * `npm run eval:danger [-- --set=<file>] [-- --failures]`: the danger sets (test/eval/danger/*.json): emergency
 * recall on messages that signal danger (said plainly or only described), false alarms on calm messages about the
 * same topics, and whether a young person writing about themselves is recognised, per language and kind.
 * The understanding is the bot's own (createReaders + createUnderstanding), so the figures are what users get.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadComposedEvaluation } from '../src/evaluation/composed';

const itemSchema = z
  .object({
    q: z.string().min(1),
    lang: z.string().min(2),
    category: z.string().min(1),
    expect: z.object({ kind: z.enum(['emergency', 'calm']) }).strict(),
    young: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

class Tally {
  passed = 0;
  total = 0;
  add(pass: boolean): void {
    this.total++;
    if (pass) this.passed++;
  }
  toString(): string {
    return this.total === 0 ? '–' : `${((100 * this.passed) / this.total).toFixed(1)} % (${this.passed}/${this.total})`;
  }
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, '..', 'test', 'eval', 'danger');
  const only = option('set');
  const files = only ? [only] : readdirSync(dir).filter((f) => f.endsWith('.json'));
  const composed = await loadComposedEvaluation();
  for (const file of files) {
    const items = z.array(itemSchema).parse(JSON.parse(readFileSync(path.isAbsolute(file) ? file : path.join(dir, file), 'utf8')));
    const rows = new Map<string, { recall: Tally; indirect: Tally; alarms: Tally; young: Tally; notYoung: Tally }>();
    const row = (key: string) => {
      let r = rows.get(key);
      if (!r) rows.set(key, (r = { recall: new Tally(), indirect: new Tally(), alarms: new Tally(), young: new Tally(), notYoung: new Tally() }));
      return r;
    };
    const failures: string[] = [];
    for (const item of items) {
      const u = composed.understand(item.q, item.lang as Parameters<typeof composed.understand>[1]);
      const youngSeen = (u as { youngWriter?: boolean }).youngWriter === true;
      for (const r of [row(item.lang), row('all')]) {
        if (item.expect.kind === 'emergency') {
          r.recall.add(u.danger);
          if (item.category === 'danger-indirect') r.indirect.add(u.danger);
        } else r.alarms.add(u.danger);
        if (item.young !== undefined) (item.young ? r.young : r.notYoung).add(youngSeen === item.young);
      }
      const wrong = (item.expect.kind === 'emergency') !== u.danger;
      if (item.young !== undefined && youngSeen !== item.young) failures.push(`${item.lang} ${item.category}: ${item.young ? 'YOUNG NOT SEEN' : 'ADULT TAKEN FOR YOUNG'} ${item.note ?? ''}`);
      if (wrong) failures.push(`${item.lang} ${item.category}${item.young ? ' young' : ''}: ${item.expect.kind === 'emergency' ? 'MISSED' : 'FALSE ALARM'} ${item.note ?? ''}`);
    }
    console.log(`\n${file}: ${items.length} messages`);
    console.log('lang | emergency recall | of which indirect | false alarms on calm | young writer recognised | adult not taken for young');
    for (const [key, r] of rows) console.log(`${key} | ${r.recall} | ${r.indirect} | ${r.alarms} | ${r.young} | ${r.notYoung}`);
    // The notes are the set's English glosses, never the messages: a blind set is read only after it is scored.
    if (process.argv.includes('--failures')) for (const f of failures) console.log(`  ${f}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
