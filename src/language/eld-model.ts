import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
/** The part of eld's API the language detector uses (eld is ESM-only and loaded once at start-up). */
export interface EldLike {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

/*
 * eld's medium model as eld ships it (src/ngrams/medium.js) is one 2 MB JavaScript object literal: compiling it
 * costs ~0.8 s of every start, and its 105,548 n-gram entries each get their own object (59 MB of heap), though only
 * 19,238 of them differ. The compact form below holds the same table: the n-grams as one string, each pointing at a
 * shared score object. It is written at build time (`npm run build`, scripts/build-data.mjs) from the installed eld
 * and loaded into eld's own detector (its `createEld`), so detection runs eld's code on eld's data, score for score.
 */

/** The n-gram database as eld's entries pass it to the detector (`loadData`). */
export interface EldNgramsData {
  readonly type: string;
  readonly languages: Record<string, string>;
  readonly isSubset?: boolean;
  /** n-gram → { language index → score }. */
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

const FORMAT = 'veiviser-eld-compact-1';
/** Separates the n-grams in `keys`; eld's n-grams never contain it (eld turns whitespace into word breaks). */
const KEY_SEPARATOR = '\n';

const compactSchema = z.object({
  format: z.literal(FORMAT),
  /** The eld version it was made from: a model from another version is not used. */
  eldVersion: z.string(),
  type: z.string(),
  languages: z.record(z.string(), z.string()),
  keys: z.string(),
  /** For each n-gram in `keys`, the index of its score object in `scores` (each checked when the table is built). */
  refs: z.custom<number[]>((v) => Array.isArray(v), 'an array of indexes'),
  /**
   * { language index → score } objects. Checked in place, not copied: the objects JSON.parse makes are the compact
   * ones (a copy built key by key gives each integer-keyed object a larger backing store). The file is the build's
   * own output, so the check is of its shape, not of every one of the 72,885 scores.
   */
  scores: z.custom<Array<Record<string, number>>>((v) => Array.isArray(v) && v.every((o) => typeof o === 'object' && o !== null), 'an array of score objects'),
});
type CompactModel = z.infer<typeof compactSchema>;

/** The installed eld package's directory (eld exports no CommonJS entry, so `require.resolve` cannot find it). */
export function eldDirectory(): string {
  for (const dir of require.resolve.paths('eld') ?? []) {
    if (existsSync(path.join(dir, 'eld', 'package.json'))) return path.join(dir, 'eld');
  }
  throw new Error('the eld package is not installed');
}

function eldVersion(dir: string): string {
  return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).version;
}

/**
 * A file for `import()`: an absolute path is a valid module specifier on POSIX (and the only one jest's CommonJS
 * transform of `import()` resolves); on Windows `C:\…` is not, so a file: URL there.
 */
function importable(file: string): string {
  return process.platform === 'win32' ? pathToFileURL(file).href : file;
}

/** eld's detector factory, from the package's own files (not part of its exports map). */
async function eldInternals(dir: string): Promise<{ createEld: () => { instance: EldLike; loadData(data: unknown): unknown } }> {
  const module: unknown = await import(importable(path.join(dir, 'src', 'languageDetector.js')));
  const createEld = z.object({ createEld: z.custom<() => { instance: EldLike; loadData(data: unknown): unknown }>((f) => typeof f === 'function') }).parse(module).createEld;
  return { createEld };
}

/** The compact form of an n-gram database: identical score objects shared, n-grams in one string. */
export function compactEldModel(data: EldNgramsData, version: string): CompactModel {
  const scores: Array<Record<string, number>> = [];
  const scoreIndex = new Map<string, number>();
  const keys: string[] = [];
  const refs: number[] = [];
  // Sorted by UTF-16 code units (the default sort), the order `lookup` searches in.
  for (const [ngram, byLanguage] of Object.entries(data.ngrams).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (ngram.includes(KEY_SEPARATOR)) throw new Error('an eld n-gram contains the key separator');
    const signature = JSON.stringify(byLanguage);
    let ref = scoreIndex.get(signature);
    if (ref === undefined) {
      ref = scores.length;
      scores.push({ ...byLanguage });
      scoreIndex.set(signature, ref);
    }
    keys.push(ngram);
    refs.push(ref);
  }
  return { format: FORMAT, eldVersion: version, type: data.type, languages: { ...data.languages }, keys: keys.join(KEY_SEPARATOR), refs, scores };
}

/** Writes the compact form of the installed eld's medium model to `file` (the build's data step). */
export async function writeCompactEldModel(file: string): Promise<void> {
  const dir = eldDirectory();
  const module: unknown = await import(importable(path.join(dir, 'src', 'ngrams', 'medium.js')));
  const { ngramsData } = z
    .object({ ngramsData: z.object({ type: z.string(), languages: z.record(z.string(), z.string()), ngrams: z.record(z.string(), z.record(z.string(), z.number())) }) })
    .parse(module);
  // Written aside and renamed, so a process starting meanwhile reads the old file or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(compactEldModel(ngramsData, eldVersion(dir))));
  renameSync(partial, file);
}

/**
 * The score object of an n-gram, by binary search in the sorted n-grams: no string or map entry per n-gram is made
 * (105,548 of them), and a message looks up a few dozen.
 */
function ngramTable(keys: string, refs: Uint32Array, scores: readonly Readonly<Record<string, number>>[]): (ngram: string) => Readonly<Record<string, number>> | undefined {
  // starts[i]..starts[i + 1] - 1 is the i-th n-gram (without its separator).
  const starts = new Uint32Array(refs.length + 1);
  let n = 1;
  for (let at = keys.indexOf(KEY_SEPARATOR); at !== -1; at = keys.indexOf(KEY_SEPARATOR, at + 1)) starts[n++] = at + 1;
  starts[n] = keys.length + 1;
  if (n !== refs.length) throw new Error(`${n} n-grams but ${refs.length} references`);
  /** Compares `ngram` with the i-th key by code units, as the build sorted them. */
  const compare = (ngram: string, i: number): number => {
    const start = starts[i] ?? 0;
    const length = (starts[i + 1] ?? 0) - 1 - start;
    const common = Math.min(length, ngram.length);
    for (let k = 0; k < common; k++) {
      const d = ngram.charCodeAt(k) - keys.charCodeAt(start + k);
      if (d !== 0) return d;
    }
    return ngram.length - length;
  };
  return (ngram) => {
    let low = 0;
    let high = refs.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const c = compare(ngram, mid);
      if (c === 0) return scores[refs[mid] ?? -1];
      if (c < 0) high = mid - 1;
      else low = mid + 1;
    }
    return undefined;
  };
}

/**
 * eld's detector with a compact model, or undefined when `file` is missing or was made from another eld version.
 * eld reads its table only as `ngrams[ngram]`; a Proxy answers that from the sorted n-grams.
 */
export async function loadCompactEld(file: string): Promise<EldLike | undefined> {
  if (!existsSync(file)) return undefined;
  const dir = eldDirectory();
  const model = compactSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  if (model.eldVersion !== eldVersion(dir)) return undefined;
  const refs = new Uint32Array(model.refs.length);
  for (let i = 0; i < refs.length; i++) {
    const ref = model.refs[i];
    if (!Number.isInteger(ref) || ref === undefined || ref < 0 || ref >= model.scores.length) throw new Error(`${file}: n-gram ${i} points at no score object`);
    refs[i] = ref;
  }
  const lookup = ngramTable(model.keys, refs, model.scores);
  const ngrams = new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_target, ngram) => (typeof ngram === 'string' ? lookup(ngram) : undefined),
  });
  const { createEld } = await eldInternals(dir);
  const { instance, loadData } = createEld();
  loadData({ type: model.type, languages: model.languages, isSubset: false, ngrams });
  return instance;
}
