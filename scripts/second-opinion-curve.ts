/**
 * `npx tsx scripts/second-opinion-curve.ts [firstRunDir]` (default: the committed ids, test/eval/experiments/first-runs.json): how the second opinion (src/understanding/second-opinion.ts)
 * would have done on each blind set before it was tuned: for each set N of 62…80 whose first run's failures are in
 * test/eval/experiments/first-runs.json (or `<firstRunDir>/gbN-first.txt`), the model is trained as scripts/train-second-opinion.ts trains
 * it on the sets written before N, and each turn of set N is scored alone and gated by its own situation concepts
 * (content/understanding/second-opinion-gate.json). Printed per threshold: the dangers the rules missed on the
 * first run that it catches, and the calm items the rules left calm that it would give the "call 112" line. Prints
 * counts only, never a message.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { standardNorwegian } from '../src/language/spelling';
import { contentPath } from '../src/paths/content-root';
import { featuresOf, wordsOf } from '../src/understanding/second-opinion';
import { loadSituationReader } from '../src/understanding/situation-cues';
import { createDangerReader } from '../src/understanding/danger-reader';
import { prepareUtterance } from '../src/understanding/understand';
import { PLAN_CALM } from '../src/understanding/types';
import type { Lang } from '../src/language/languages';
import { FIT, fitLogistic, KEPT, loadItems, MIN_ITEMS, selectFeatures } from './train-second-opinion';
import { CONCEPT_PREFIX } from '../src/understanding/second-opinion';

const firstRunDir: string | undefined = process.argv[2];
const FIRST_RUNS = z
  .object({ sets: z.record(z.string(), z.object({ run: z.string(), missed: z.array(z.string()), falseAlarms: z.array(z.string()) })) })
  .passthrough()
  .parse(JSON.parse(readFileSync(path.join(__dirname, '..', 'test', 'eval', 'experiments', 'first-runs.json'), 'utf8')));
const THRESHOLDS = (process.env["THRESHOLDS"] ?? "0,50,100,150,200,300").split(",").map(Number);
const gateFile = z.object({ gate: z.array(z.string()), unless: z.array(z.string()) }).passthrough().parse(JSON.parse(readFileSync(contentPath('understanding', 'second-opinion-gate.json'), 'utf8')));
const gate = new Set(gateFile.gate);
/** MIN_WORDS=n: the fewest words a turn must have to be asked (the gate file's `minWords`, 0 if it has none). */
const MIN_WORDS = Number(process.env['MIN_WORDS'] ?? (typeof gateFile['minWords'] === 'number' ? gateFile['minWords'] : 0));
const situation = loadSituationReader();
const rules = createDangerReader(situation, () => ({ score: () => 0, fires: () => false, threshold: 0 }));
/** Which of the rules' calm verdicts a turn gets: the writer says it is safe now or over, or a wanted plan or a question about no one. */
/** Calm concepts each weighed alone as an "unless" of the second opinion (CALM_EACH=1). */
const CALM_CANDIDATES = ['longAgo', 'training', 'general', 'hypothetical', 'justToKnow', 'safeNow', 'wanted', 'ownChoice', 'tripInNorway', 'weddingGuest', 'calmNow', 'notAboutAnyone', 'dealtWith', 'parentAgrees', 'coverageAsked', 'serviceTopic', 'pastCutting', 'birthDue', 'anonymous', 'notUrgent', 'harmDenied', 'caseOver', 'people', 'role', 'adultRole'];
const calmVerdicts = (text: string, lng: Lang) => {
  const u = prepareUtterance(text, lng);
  const signals = rules.signals?.(u) ?? new Set<string>();
  return { unless: gateFile.unless.some((c) => signals.has(c)), calmConcepts: CALM_CANDIDATES.filter((c) => signals.has(c)), saidSafe: rules.saidSafe?.(u) === true, planCalm: signals.has(PLAN_CALM), ownChoice: signals.has('ownChoice'), past: signals.has('longAgo') && (signals.has('calmNow') || signals.has('safeNow') || signals.has('caseOver')), all: [...signals] };
};
const VARIANTS: Record<string, (c: ReturnType<typeof calmVerdicts>) => boolean> = {
  'gate only': () => true,
  'not said safe': (c) => !c.saidSafe,
  'not said safe, not long over': (c) => !c.saidSafe && !c.past,
  'not said safe, not long over, none of unless (the bot)': (c) => !c.saidSafe && !c.past && !c.unless,
  // A pure contact question: which post or service covers a place, asked of no person (issue #13, twins29).
  'the bot, no pure coverage question': (c) => !c.saidSafe && !c.past && !c.unless && !pureCoverage(c.all),
};
function pureCoverage(concepts: readonly string[]): boolean {
  return concepts.includes('coverageAsked') && !concepts.some((c) => PERSON_NAMED.includes(c));
}
const PERSON_NAMED = ['someone', 'minor', 'selfAge', 'firstPerson', 'ownFamily', 'coverageOfPerson'];

/** RAISED="c1,c2,…:delta" for the naive Bayes, RAISED_LR for the logistic model (which learns the calm concepts' weight: none by default). */
const raisedOf = (env: string | undefined) => {
  const [concepts, delta] = (env ?? ':0').split(':');
  return { concepts: new Set(concepts!.split(',').filter(Boolean)), delta: Number(delta ?? 0) };
};
const raisedFor = { nb: raisedOf(process.env['RAISED']), lr: raisedOf(process.env['RAISED_LR']) };

const ids = new Map<string, number>();
const idOf = (f: string) => {
  let id = ids.get(f);
  if (id === undefined) ids.set(f, (id = ids.size));
  return id;
};
const toIds = (fs: ReadonlySet<string>) => Int32Array.from([...fs].map(idOf));

const conceptsOf = (text: string, lng: Lang) => situation.read(lng === 'nb' || lng === 'nn' ? standardNorwegian(text) : text).concepts;
const items = loadItems().map(({ id, set, item }) => {
  const n = /general-blind-(\d+)/.exec(set)?.[1];
  const joined = item.turns.join(' ');
  return {
    id,
    n: n ? Number(n) : 0,
    emergency: item.emergency,
    all: toIds(featuresOf(joined)),
    // With the concepts the rules read (C:): the features of the logistic model (scripts/train-second-opinion.ts).
    allC: toIds(featuresOf(joined, conceptsOf(joined, item.lang))),
    turns: item.turns.map((t) => {
      const concepts = conceptsOf(t, item.lang);
      return {
        f: toIds(featuresOf(t)),
        fC: toIds(featuresOf(t, concepts)),
        calm: calmVerdicts(t, item.lang),
        gated: [...concepts].some((c) => gate.has(c)) && wordsOf(t) >= MIN_WORDS,
      };
    }),
  };
});
/** MODELS=nb,lr: the session-29 naive Bayes over n-grams ("nb") and the logistic regression over n-grams and the rules' concepts ("lr", the bot's since session 30). */
const MODELS = (process.env['MODELS'] ?? 'nb,lr').split(',') as Array<'nb' | 'lr'>;
const fit = { ...FIT, ...(process.env['L2'] ? { l2: Number(process.env['L2']) } : {}), ...(process.env['EPOCHS'] ? { epochs: Number(process.env['EPOCHS']) } : {}), ...(process.env['RATE'] ? { rate: Number(process.env['RATE']) } : {}) };
const trainedCache = new Map<string, { prior: number; w: Float64Array }>();
function trainModel(model: 'nb' | 'lr', n: number, kept: number): { prior: number; w: Float64Array } {
  const key = `${model} ${n} ${kept}`;
  let t = trainedCache.get(key);
  if (!t) trainedCache.set(key, (t = model === 'nb' ? trainIds(items.filter((i) => i.n < n), kept) : trainLogisticIds(items.filter((i) => i.n < n), kept)));
  return t;
}
let names: string[] | undefined;
function trainLogisticIds(train: typeof items, kept: number): { prior: number; w: Float64Array } {
  names ??= (() => {
    const out: string[] = [];
    for (const [f, id] of ids) out[id] = f;
    return out;
  })();
  const rows = train.map((i) => i.allC);
  const labels = train.map((i) => i.emergency);
  const chosen = selectFeatures(rows, labels, ids.size, kept, (f) => names![f]!.startsWith(CONCEPT_PREFIX));
  const { bias, w } = fitLogistic(rows.map((row) => row.filter((f) => chosen[f] === 1)), labels, ids.size, fit);
  return { prior: bias, w };
}

function trainIds(train: typeof items, kept: number): { prior: number; w: Float64Array } {
  const pos = new Int32Array(ids.size);
  const neg = new Int32Array(ids.size);
  let P = 0;
  let N = 0;
  for (const it of train) {
    const side = it.emergency ? pos : neg;
    if (it.emergency) P++;
    else N++;
    for (const f of it.all) side[f]!++;
  }
  const w = new Float64Array(ids.size);
  const strength: Array<[number, number]> = [];
  for (let f = 0; f < ids.size; f++) {
    const df = pos[f]! + neg[f]!;
    if (df < MIN_ITEMS) continue;
    w[f] = Math.log((pos[f]! + 1) / (P + 2) / ((neg[f]! + 1) / (N + 2)));
    strength.push([f, Math.abs(w[f]!) * Math.sqrt(df)]);
  }
  if (kept > 0 && strength.length > kept) {
    strength.sort((a, b) => b[1] - a[1]);
    for (const [f] of strength.slice(kept)) w[f] = 0;
  }
  return { prior: Math.log(P / N), w };
}

function firstRun(n: number): { miss: Set<string>; falseAlarms: Set<string> } | undefined {
  // The ids of the first runs, committed (test/eval/experiments/first-runs.json); or the runs' own failure lists in a directory given.
  if (firstRunDir === undefined) {
    const set = FIRST_RUNS.sets[String(n)];
    return set ? { miss: new Set(set.missed), falseAlarms: new Set(set.falseAlarms) } : undefined;
  }
  const file = path.join(firstRunDir, `gb${n}-first.txt`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const miss = new Set([...text.matchAll(/^\s+(gb\d+-\d+) .*no emergency card/gmu)].map((m) => m[1]!));
  const tail = text.includes('false alarms:') ? text.split('false alarms:').pop()! : '';
  const falseAlarms = new Set([...tail.matchAll(/^\s+(gb\d+-\d+) /gmu)].map((m) => m[1]!));
  return { miss, falseAlarms };
}

/** The blind sets walked: 62…85 (FIRST=62 LAST=80 gives session 29's table). */
const FIRST_SET = Number(process.env['FIRST'] ?? 62);
const LAST_SET = Number(process.env['LAST'] ?? 85);

/**
 * The walk every measure below shares: each blind set N (62…80) that has a first run, the model trained on the sets
 * written before N, and each item of N that the rules missed on that run or left calm (`miss` tells which), with the
 * score of a turn's features under that model.
 */
function forEachBlindItem(kept: number, visit: (it: (typeof items)[number], miss: boolean, score: (turn: (typeof items)[number]['turns'][number]) => number) => void, model: 'nb' | 'lr' = 'nb'): void {
  for (let n = FIRST_SET; n <= LAST_SET; n++) {
    const fr = firstRun(n);
    if (!fr) continue;
    const { prior, w } = trainModel(model, n, kept);
    const score = (turn: (typeof items)[number]['turns'][number]) => (model === 'nb' ? turn.f : turn.fC).reduce((s, f) => s + w[f]!, prior);
    for (const it of items.filter((i) => i.n === n)) {
      const miss = fr.miss.has(it.id);
      if (miss || (!it.emergency && !fr.falseAlarms.has(it.id))) visit(it, miss, score);
    }
  }
}

/**
 * RAISE_EACH=thr,raised: each concept the rules read (outside the gate) weighed alone as a "raised bar": a turn that
 * names it fires only above `raised`, the others above `thr`. Prints, per concept, the first-run misses lost and the
 * calm items spared (the best raised-bar candidates first).
 */
if (process.env['RAISE_EACH']) {
  const [thr, raised] = process.env['RAISE_EACH'].split(',').map(Number) as [number, number];
  const base = VARIANTS['not said safe, not long over, none of unless (the bot)']!;
  const rows = new Map<string, { lost: number; saved: number }>();
  forEachBlindItem(KEPT, (it, miss, score) => {
    const scored = it.turns.map((t) => ({ s: t.gated && base(t.calm) ? score(t) : -Infinity, concepts: t.calm.all }));
    if (!scored.some((t) => t.s > thr)) return;
    const seen = new Set(scored.flatMap((t) => (t.s > thr ? t.concepts : [])));
    for (const c of seen) {
      if (gate.has(c)) continue;
      if (scored.some((t) => t.s > (t.concepts.includes(c) ? raised : thr))) continue;
      const row = rows.get(c) ?? { lost: 0, saved: 0 };
      rows.set(c, row);
      if (miss) row.lost++;
      else row.saved++;
    }
  });
  for (const [c, r] of [...rows].sort((a, b) => a[1].lost - b[1].lost || b[1].saved - a[1].saved)) console.log(`raised bar ${raised} for ${c}: first-run misses lost ${r.lost}, calm items spared ${r.saved}`);
  process.exit(0);
}
if (process.env['CALM_EACH']) {
  const thr = Number(process.env['CALM_EACH']);
  const base = VARIANTS['not said safe, not long over']!;
  const rows = new Map<string, { lost: number; saved: number }>(CALM_CANDIDATES.map((c) => [c, { lost: 0, saved: 0 }]));
  forEachBlindItem(KEPT, (it, miss, score) => {
    const scored = it.turns.map((t) => ({ fire: t.gated && base(t.calm) && score(t) > thr, calm: t.calm.calmConcepts }));
    if (!scored.some((t) => t.fire)) return;
    for (const c of CALM_CANDIDATES) {
      if (scored.some((t) => t.fire && !t.calm.includes(c))) continue;
      const row = rows.get(c)!;
      if (miss) row.lost++;
      else row.saved++;
    }
  });
  for (const [c, r] of rows) console.log(`unless ${c}: first-run misses lost ${r.lost}, calm items spared ${r.saved}`);
  process.exit(0);
}
const variantsAsked = process.env['VARIANTS'] === 'bot' ? Object.entries(VARIANTS).filter(([v]) => v.endsWith('(the bot)')) : Object.entries(VARIANTS);
for (const model of MODELS) for (const kept of (process.env["KEPT"] ?? `${KEPT},0`).split(",").map(Number)) for (const [variant, asked] of variantsAsked) {
  const r = THRESHOLDS.map(() => ({ misses: 0, caught: 0, calm: 0, added: 0 }));
  forEachBlindItem(kept, (it, miss, score) => {
    // RAISED="c1,c2,…:delta": a turn naming one of these concepts must score `delta` above the threshold (a raised bar).
    const raised = raisedFor[model];
    const scores = it.turns.map((t) => (t.gated && asked(t.calm) ? score(t) - (t.calm.all.some((c) => raised.concepts.has(c)) ? raised.delta : 0) : -Infinity));
    const best = Math.max(...scores);
    THRESHOLDS.forEach((thr, k) => {
      const row = r[k]!;
      if (miss) {
        row.misses++;
        if (best > thr) row.caught++;
      } else {
        row.calm++;
        if (best > thr) row.added++;
      }
    });
  }, model);
  THRESHOLDS.forEach((thr, k) => {
    const row = r[k]!;
    console.log(`${model}, K ${kept || 'all'}, ${variant}, threshold ${thr}: first-run misses caught ${row.caught}/${row.misses}, calm items given the line ${row.added}/${row.calm} = ${((100 * row.added) / row.calm).toFixed(1)} %`);
  });
}
