/**
 * `npm run train:second-opinion`: trains the second opinion on danger (src/understanding/second-opinion.ts) on the
 * `emergency` labels of the tuned conversation sets (test/eval/conversations/*.json, an item's text being all its
 * turns joined) and writes content/understanding/second-opinion.json: how it was made, the bias, the threshold and
 * gate concepts (kept from content/understanding/second-opinion-gate.json, chosen with the leave-later-sets-out measure
 * of scripts/second-opinion-curve.ts), and the weights of a logistic regression (session 30) over the features seen in
 * at least MIN_ITEMS items: every situation concept the rules read (C:), then the n-grams and words strongest by the
 * naive Bayes log-odds log(((pos+1)/(P+2)) / ((neg+1)/(N+2)))·sqrt(df), K in all. Same sets, same file: the items in a
 * seeded order, keys sorted, weights rounded to 4 decimals. Retrain whenever a set is added or changed (a test checks
 * the sets' hash the model holds).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseConversationSet, type ConversationItem } from '../src/evaluation/conversation-eval';
import { projectRoot, contentPath } from '../src/paths/content-root';
import { CALM_READINGS, CONCEPT_PREFIX, featuresOf, SECOND_OPINION_FILE, type SecondOpinionModel } from '../src/understanding/second-opinion';
import { CONCEPTS, loadSituationReader, type SituationReader } from '../src/understanding/situation-cues';
import { standardNorwegian } from '../src/language/spelling';

export const SETS_DIR = path.join(projectRoot(), 'test', 'eval', 'conversations');
export const MIN_ITEMS = 3;
export const KEPT = 20_000;

const gateFileSchema = z.object({ threshold: z.number(), gate: z.array(z.enum(CONCEPTS)).min(1), unless: z.array(z.enum(CONCEPTS)), minWords: z.number().int().nonnegative().optional(), notAlone: z.array(z.enum(CONCEPTS)).optional(), raisedBar: z.object({ concepts: z.array(z.enum(CONCEPTS)).min(1), threshold: z.number() }).strict().optional(), calmAsked: z.array(z.object({ asks: z.enum(CONCEPTS), besideOnly: z.array(z.enum(CONCEPTS)).min(1) }).strict()).optional(), calmReadings: z.array(z.object({ reading: z.enum(CALM_READINGS), needs: z.array(z.enum(CONCEPTS)).optional(), besideOnly: z.array(z.enum(CONCEPTS)).min(1) }).strict()).optional(), note: z.string().optional(), calmAskedNote: z.string().optional(), calmReadingsNote: z.string().optional() }).strict();

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

/** How the model was fitted: the epochs, AdaGrad's step and the L2 penalty of the logistic regression. */
export interface FitOptions {
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
}
export const FIT: FitOptions = { epochs: 12, rate: 0.05, l2: 1e-4 };

/** A small seeded generator (mulberry32): the same sets give the same model. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The features worth a weight, as ids: seen in at least MIN_ITEMS items; every concept the rules read (the calm
 * evidence the n-grams cannot carry), then the strongest others by the naive Bayes log-odds |w|·sqrt(df), K in all.
 */
export function selectFeatures(rows: readonly Int32Array[], labels: readonly boolean[], nFeatures: number, kept: number, isConcept: (f: number) => boolean): Uint8Array {
  const pos = new Int32Array(nFeatures);
  const neg = new Int32Array(nFeatures);
  let P = 0;
  let N = 0;
  rows.forEach((row, i) => {
    const side = labels[i] ? pos : neg;
    if (labels[i]) P++;
    else N++;
    for (const f of row) side[f]!++;
  });
  const chosen = new Uint8Array(nFeatures);
  const others: Array<[number, number]> = [];
  let count = 0;
  for (let f = 0; f < nFeatures; f++) {
    const df = pos[f]! + neg[f]!;
    if (df < MIN_ITEMS) continue;
    if (isConcept(f)) {
      chosen[f] = 1;
      count++;
      continue;
    }
    const w = Math.log((pos[f]! + 1) / (P + 2) / ((neg[f]! + 1) / (N + 2)));
    others.push([f, Math.abs(w) * Math.sqrt(df)]);
  }
  others.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [f] of kept > 0 ? others.slice(0, Math.max(0, kept - count)) : others) chosen[f] = 1;
  return chosen;
}

/**
 * A logistic regression over binary features (ids), fitted by AdaGrad on the log loss with an L2 penalty, items in a
 * seeded order: one weight per feature, calibrated together, so the many n-grams of one word are not counted as many
 * independent pieces of evidence (the naive Bayes' double count) and a concept's weight is what it adds beside them.
 */
export function fitLogistic(
  rows: readonly Int32Array[],
  labels: readonly boolean[],
  nFeatures: number,
  fit: FitOptions = FIT,
  nonPositive: (f: number) => boolean = () => false,
): { bias: number; w: Float64Array } {
  const w = new Float64Array(nFeatures);
  const g2 = new Float64Array(nFeatures);
  let bias = 0;
  let gb2 = 0;
  const order = rows.map((_, i) => i);
  const random = seeded(13);
  for (let epoch = 0; epoch < fit.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const row = rows[i]!;
      let z = bias;
      for (const f of row) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (labels[i] ? 1 : 0);
      for (const f of row) {
        const grad = g + fit.l2 * w[f]!;
        g2[f]! += grad * grad;
        w[f]! -= (fit.rate * grad) / Math.sqrt(g2[f]! + 1e-8);
        // A calm concept may lower the score only (projected onto w ≤ 0): a retrain on sets whose dangers happen to
        // mention training or anonymity must not make these words evidence of danger.
        if (w[f]! > 0 && nonPositive(f)) w[f] = 0;
      }
      gb2 += g * g;
      bias -= (fit.rate * g) / Math.sqrt(gb2 + 1e-8);
    }
  }
  return { bias, w };
}

/** The situation concepts of a text as the danger reader reads them (a Norwegian text with its dialect forms as the standard words). */
export function conceptsOfText(text: string, lng: string, situation: SituationReader = defaultSituation()): ReadonlySet<string> {
  return situation.read(lng === 'nb' || lng === 'nn' ? standardNorwegian(text) : text).concepts;
}
let situationReader: SituationReader | undefined;
const defaultSituation = (): SituationReader => (situationReader ??= loadSituationReader());

/** An item's features: its turns joined, their n-grams and words, and the concepts the rules read in them. */
export const itemFeatures = (item: ConversationItem): ReadonlySet<string> => {
  const text = item.turns.join(' ');
  return featuresOf(text, conceptsOfText(text, item.lang));
};

/**
 * The situation concepts that mark a calm question (a training asked for, an anonymous line, a service's topic, people
 * counted, a hedge, a coverage supposed, a question asked only in general, a medical prognosis): their weights are kept
 * at or below zero, whatever the sets (session 35: a retrain on 110 sets gave 'training' +0.004).
 */
export const CALM_CONCEPTS: ReadonlySet<string> = new Set(
  ['training', 'anonymous', 'serviceTopic', 'people', 'hedge', 'coverageSupposed', 'askedGenerally', 'prognosis'].map((c) => `${CONCEPT_PREFIX}${c}`),
);

/** The weights of the items' features (the K strongest kept, all with K = 0), fitted as a logistic regression. */
export function train(items: readonly ConversationItem[], kept: number = KEPT, featuresOfItem: (item: ConversationItem) => ReadonlySet<string> = itemFeatures, fit: FitOptions = FIT): Trained {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (f: string): number => {
    let id = ids.get(f);
    if (id === undefined) {
      ids.set(f, (id = names.length));
      names.push(f);
    }
    return id;
  };
  const rows = items.map((item) => Int32Array.from([...featuresOfItem(item)].map(idOf)));
  const labels = items.map((item) => item.emergency);
  const chosen = selectFeatures(rows, labels, names.length, kept, (f) => names[f]!.startsWith(CONCEPT_PREFIX));
  const { bias, w } = fitLogistic(
    rows.map((row) => row.filter((f) => chosen[f] === 1)),
    labels,
    names.length,
    fit,
    (f) => CALM_CONCEPTS.has(names[f]!),
  );
  const weights = new Map<string, number>();
  names.forEach((name, f) => {
    if (chosen[f] === 1 && w[f] !== 0) weights.set(name, w[f]!);
  });
  const positives = labels.filter(Boolean).length;
  return { prior: bias, weights, positives, negatives: labels.length - positives };
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

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
  for (const f of [...trained.weights.keys()].sort()) weights[f] = round4(trained.weights.get(f) ?? 0);
  return {
    made: {
      by: 'scripts/train-second-opinion.ts',
      date: new Date().toISOString().slice(0, 10),
      commit: headCommit(),
      sets: files.length,
      items: items.length,
      emergencyItems: trained.positives,
      setsHash: setsHash(files),
      features: 'character 3-, 4-, 5-grams of the folded text padded with a space each side, its whole words (W:) and the situation concepts the rules read in it (C:); a logistic regression (AdaGrad, L2 ' + FIT.l2 + ', ' + FIT.epochs + ' epochs)',
      minItems: MIN_ITEMS,
      kept: trained.weights.size,
      keptBy: 'every concept seen, then the strongest naive Bayes log-odds |w|·sqrt(items with the feature)',
    },
    prior: round4(trained.prior),
    threshold: gate.threshold,
    gate: [...gate.gate].sort(),
    unless: [...gate.unless].sort(),
    ...(gate.minWords !== undefined ? { minWords: gate.minWords } : {}),
    ...(gate.notAlone ? { notAlone: [...gate.notAlone].sort() } : {}),
    ...(gate.raisedBar ? { raisedBar: { concepts: [...gate.raisedBar.concepts].sort(), threshold: gate.raisedBar.threshold } } : {}),
    ...(gate.calmAsked ? { calmAsked: gate.calmAsked.map((c) => ({ asks: c.asks, besideOnly: [...c.besideOnly].sort() })) } : {}),
    ...(gate.calmReadings ? { calmReadings: gate.calmReadings.map((c) => ({ reading: c.reading, ...(c.needs ? { needs: [...c.needs].sort() } : {}), besideOnly: [...c.besideOnly].sort() })) } : {}),
    weights,
  };
}

if (require.main === module) {
  const model = buildModel();
  writeFileSync(SECOND_OPINION_FILE(), JSON.stringify(model, null, 1) + '\n');
  console.log(`second opinion: ${model.made.kept} features from ${model.made.items} items (${model.made.emergencyItems} emergencies) of ${model.made.sets} sets; written to content/understanding/second-opinion.json`);
}
