import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { EldLike } from './detect-language';

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
  /** For each n-gram in `keys`, the index of its score object in `scores`. */
  refs: z.custom<number[]>((v) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0), 'an array of indexes'),
  /**
   * { language index → score } objects. Checked in place, not copied: the objects JSON.parse makes are the compact
   * ones (a copy built key by key gives each integer-keyed object a larger backing store).
   */
  scores: z.custom<Array<Record<string, number>>>(
    (v) => Array.isArray(v) && v.every((o) => typeof o === 'object' && o !== null && !Array.isArray(o) && Object.values(o).every((n) => typeof n === 'number')),
    'an array of score objects',
  ),
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

/** eld's detector factory and the medium database, from the package's own files (not part of its exports map). */
async function eldInternals(dir: string): Promise<{ createEld: () => { instance: EldLike; loadData(data: unknown): unknown } }> {
  const module: unknown = await import(path.join(dir, 'src', 'languageDetector.js'));
  const createEld = z.object({ createEld: z.custom<() => { instance: EldLike; loadData(data: unknown): unknown }>((f) => typeof f === 'function') }).parse(module).createEld;
  return { createEld };
}

/** The compact form of an n-gram database: identical score objects shared, n-grams in one string. */
export function compactEldModel(data: EldNgramsData, version: string): CompactModel {
  const scores: Array<Record<string, number>> = [];
  const scoreIndex = new Map<string, number>();
  const keys: string[] = [];
  const refs: number[] = [];
  for (const [ngram, byLanguage] of Object.entries(data.ngrams)) {
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
  const module: unknown = await import(path.join(dir, 'src', 'ngrams', 'medium.js'));
  const { ngramsData } = z
    .object({ ngramsData: z.object({ type: z.string(), languages: z.record(z.string(), z.string()), ngrams: z.record(z.string(), z.record(z.string(), z.number())) }) })
    .parse(module);
  writeFileSync(file, JSON.stringify(compactEldModel(ngramsData, eldVersion(dir))));
}

/**
 * eld's detector with a compact model, or undefined when `file` is missing or was made from another eld version.
 * The n-grams are looked up in a Map behind the object eld reads (`ngrams[ngram]`, never anything else).
 */
export async function loadCompactEld(file: string): Promise<EldLike | undefined> {
  if (!existsSync(file)) return undefined;
  const dir = eldDirectory();
  const model = compactSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  if (model.eldVersion !== eldVersion(dir)) return undefined;
  const keys = model.keys.split(KEY_SEPARATOR);
  if (keys.length !== model.refs.length) throw new Error(`${file}: ${keys.length} n-grams but ${model.refs.length} references`);
  const table = new Map<string, Readonly<Record<string, number>>>();
  keys.forEach((ngram, i) => {
    const scores = model.scores[model.refs[i] ?? -1];
    if (!scores) throw new Error(`${file}: n-gram ${i} points at no score object`);
    table.set(ngram, scores);
  });
  const ngrams = new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_target, ngram) => (typeof ngram === 'string' ? table.get(ngram) : undefined),
  });
  const { createEld } = await eldInternals(dir);
  const { instance, loadData } = createEld();
  loadData({ type: model.type, languages: model.languages, isSubset: false, ngrams });
  return instance;
}
