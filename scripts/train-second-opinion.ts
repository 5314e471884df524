/**
 * `npm run train:second-opinion`: trains the second opinion on danger (src/understanding/second-opinion.ts) on the
 * `emergency` labels of the tuned conversation sets (test/eval/conversations/*.json, an item's text being all its
 * turns joined) and writes content/understanding/second-opinion.json: how it was made, the prior log(P/N), the
 * threshold and gate concepts (kept from content/understanding/second-opinion-gate.json, chosen with the
 * leave-later-sets-out measure of scripts/second-opinion-curve.ts), and the K strongest log-odds weights
 * log(((pos+1)/(P+2)) / ((neg+1)/(N+2))) of the features seen in at least MIN_ITEMS items, strongest by |w|·sqrt(df).
 * Same sets, same file: keys sorted, weights rounded to 3 decimals. Retrain whenever a set is added or changed (a
 * test checks the sets' hash the model holds).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseConversationSet, type ConversationItem } from '../src/evaluation/conversation-eval';
import { projectRoot, contentPath } from '../src/paths/content-root';
import { CONCEPTS } from '../src/understanding/situation-cues';
import { featuresOf, SECOND_OPINION_FILE, type SecondOpinionModel } from '../src/understanding/second-opinion';

export const SETS_DIR = path.join(projectRoot(), 'test', 'eval', 'conversations');
export const MIN_ITEMS = 3;
export const KEPT = 20_000;

const gateFileSchema = z.object({ threshold: z.number(), gate: z.array(z.enum(CONCEPTS)).min(1), unless: z.array(z.enum(CONCEPTS)), raisedBar: z.object({ concepts: z.array(z.enum(CONCEPTS)).min(1), threshold: z.number() }).strict().optional(), note: z.string().optional() }).strict();

/** The sets' files in name order. */
export function setFiles(dir: string = SETS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** SHA-256 of the sets' names and texts, in name order. */
export function setsHash(files: readonly string[] = setFiles()): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.basename(file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export interface LabelledItem {
  readonly id: string;
  readonly set: string;
  readonly item: ConversationItem;
}

export function loadItems(files: readonly string[] = setFiles()): LabelledItem[] {
  return files.flatMap((file) => {
    const set = path.basename(file, '.json');
    return parseConversationSet(set, JSON.parse(readFileSync(file, 'utf8')) as unknown).map((item) => ({ id: item.id, set, item }));
  });
}

export interface Trained {
  readonly prior: number;
  readonly weights: Map<string, number>;
  readonly positives: number;
  readonly negatives: number;
}

/** The log-odds table of the items' features (each item's turns joined), the K strongest kept (all with K = 0). */
export function train(items: readonly ConversationItem[], kept: number = KEPT, featuresOfItem: (item: ConversationItem) => ReadonlySet<string> = (i) => featuresOf(i.turns.join(' '))): Trained {
  const counts = new Map<string, [number, number]>();
  let P = 0;
  let N = 0;
  for (const item of items) {
    const side = item.emergency ? 0 : 1;
    if (item.emergency) P++;
    else N++;
    for (const f of featuresOfItem(item)) {
      let c = counts.get(f);
      if (!c) counts.set(f, (c = [0, 0]));
      c[side]++;
    }
  }
  const scored: Array<{ f: string; w: number; strength: number }> = [];
  for (const [f, [pos, neg]] of counts) {
    if (pos + neg < MIN_ITEMS) continue;
    const w = Math.log((pos + 1) / (P + 2) / ((neg + 1) / (N + 2)));
    scored.push({ f, w, strength: Math.abs(w) * Math.sqrt(pos + neg) });
  }
  scored.sort((a, b) => b.strength - a.strength || (a.f < b.f ? -1 : a.f > b.f ? 1 : 0));
  const top = kept > 0 ? scored.slice(0, kept) : scored;
  return { prior: Math.log(P / N), weights: new Map(top.map((s) => [s.f, s.w])), positives: P, negatives: N };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function headCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot(), encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export function buildModel(files: readonly string[] = setFiles()): SecondOpinionModel {
  const items = loadItems(files);
  const trained = train(items.map((i) => i.item));
  const gate = gateFileSchema.parse(JSON.parse(readFileSync(contentPath('understanding', 'second-opinion-gate.json'), 'utf8')));
  const weights: Record<string, number> = {};
  for (const f of [...trained.weights.keys()].sort()) weights[f] = round3(trained.weights.get(f) ?? 0);
  return {
    made: {
      by: 'scripts/train-second-opinion.ts',
      date: new Date().toISOString().slice(0, 10),
      commit: headCommit(),
      sets: files.length,
      items: items.length,
      emergencyItems: trained.positives,
      setsHash: setsHash(files),
      features: 'character 3-, 4-, 5-grams of the folded text padded with a space each side, and its whole words (W:)',
      minItems: MIN_ITEMS,
      kept: trained.weights.size,
      keptBy: '|w|·sqrt(items with the feature)',
    },
    prior: round3(trained.prior),
    threshold: gate.threshold,
    gate: [...gate.gate].sort(),
    unless: [...gate.unless].sort(),
    ...(gate.raisedBar ? { raisedBar: { concepts: [...gate.raisedBar.concepts].sort(), threshold: gate.raisedBar.threshold } } : {}),
    weights,
  };
}

if (require.main === module) {
  const model = buildModel();
  writeFileSync(SECOND_OPINION_FILE(), JSON.stringify(model, null, 1) + '\n');
  console.log(`second opinion: ${model.made.kept} features from ${model.made.items} items (${model.made.emergencyItems} emergencies) of ${model.made.sets} sets; written to content/understanding/second-opinion.json`);
}
