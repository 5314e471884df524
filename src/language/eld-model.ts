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
 * 19,238 of them differ. The compact form below holds the same table: the n-grams as one string, each pointing at one
 * of the distinct score sets, which are kept as bytes (every language index is below 60 and every score below 256) and
 * made into eld's { language index → score } object only when an n-gram of the set is first looked up: the 19,238
 * objects were 5 of the table's 7 MB of heap, and most messages meet a few hundred of them. It is written at build
 * time (`npm run build`, scripts/build-data.mjs) from the installed eld and loaded into eld's own detector (its
 * `createEld`), so detection runs eld's code on eld's data, score for score.
 */

/** The n-gram database as eld's entries pass it to the detector (`loadData`). */
export interface EldNgramsData {
  readonly type: string;
  readonly languages: Record<string, string>;
  readonly isSubset?: boolean;
  /** n-gram → { language index → score }. */
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

const FORMAT = 'veiviser-eld-compact-2';
/** Separates the n-grams in `keys`; eld's n-grams never contain it (eld turns whitespace into word breaks). */
const KEY_SEPARATOR = '\n';

const numbers = z.custom<number[]>((v) => Array.isArray(v), 'an array of numbers');
const compactSchema = z.object({
  format: z.literal(FORMAT),
  /** The eld version it was made from: a model from another version is not used. */
  eldVersion: z.string(),
  type: z.string(),
  languages: z.record(z.string(), z.string()),
  keys: z.string(),
  /** For each n-gram in `keys`, the index of its score set (each checked when the table is built). */
  refs: numbers,
  /**
   * The distinct score sets, in the order eld's objects list their languages: set i is the languages
   * `setLanguages[setStarts[i]]` … `setLanguages[setStarts[i + 1] - 1]` with the scores at the same places in
   * `setScores` (all bytes, checked when copied into typed arrays).
   */
  setStarts: numbers,
  setLanguages: numbers,
  setScores: numbers,
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

/** The compact form of an n-gram database: identical score sets stored once, n-grams in one string. */
export function compactEldModel(data: EldNgramsData, version: string): CompactModel {
  const setIndex = new Map<string, number>();
  const setStarts: number[] = [0];
  const setLanguages: number[] = [];
  const setScores: number[] = [];
  const keys: string[] = [];
  const refs: number[] = [];
  // Sorted by UTF-16 code units (the default sort), the order `lookup` searches in.
  for (const [ngram, byLanguage] of Object.entries(data.ngrams).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (ngram.includes(KEY_SEPARATOR)) throw new Error('an eld n-gram contains the key separator');
    const signature = JSON.stringify(byLanguage);
    let ref = setIndex.get(signature);
    if (ref === undefined) {
      ref = setStarts.length - 1;
      for (const [language, score] of Object.entries(byLanguage)) {
        if (!isByte(Number(language)) || !isByte(score)) throw new Error(`eld n-gram "${ngram}": language ${language} or score ${score} is not a byte`);
        setLanguages.push(Number(language));
        setScores.push(score);
      }
      setStarts.push(setLanguages.length);
      setIndex.set(signature, ref);
    }
    keys.push(ngram);
    refs.push(ref);
  }
  return { format: FORMAT, eldVersion: version, type: data.type, languages: { ...data.languages }, keys: keys.join(KEY_SEPARATOR), refs, setStarts, setLanguages, setScores };
}

function isByte(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 256;
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
function ngramTable(keys: string, refs: Uint16Array | Uint32Array, scoreSet: (ref: number) => Readonly<Record<string, number>>): (ngram: string) => Readonly<Record<string, number>> | undefined {
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
      if (c === 0) return scoreSet(refs[mid] ?? 0);
      if (c < 0) high = mid - 1;
      else low = mid + 1;
    }
    return undefined;
  };
}

/** A list of the file's numbers as a typed array, each checked to lie in 0 … `below` − 1. */
function checked<A extends Uint8Array | Uint16Array | Uint32Array>(list: readonly number[], array: A, below: number, what: string, file: string): A {
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    if (n === undefined || !Number.isInteger(n) || n < 0 || n >= below) throw new Error(`${file}: ${what} ${i} is out of range`);
    array[i] = n;
  }
  return array;
}

/**
 * The score sets as eld's { language index → score } objects, each made the first time one of its n-grams is looked
 * up and kept (so a set is one object, as in eld's table). Made by JSON.parse, as eld's own table and the earlier
 * compact file were: the integer keys then come in ascending order and the object has the same compact form.
 */
function scoreSets(starts: Uint32Array, languages: Uint8Array, scores: Uint8Array): (ref: number) => Readonly<Record<string, number>> {
  const made: Array<Readonly<Record<string, number>> | undefined> = new Array<undefined>(starts.length - 1).fill(undefined);
  return (ref) => {
    let set = made[ref];
    if (!set) {
      const end = starts[ref + 1] ?? 0;
      const fields: string[] = [];
      for (let k = starts[ref] ?? 0; k < end; k++) fields.push(`"${languages[k] ?? 0}":${scores[k] ?? 0}`);
      // Our own text of bytes, not outside data: nothing to check.
      const parsed: Readonly<Record<string, number>> = JSON.parse(`{${fields.join(',')}}`);
      made[ref] = set = parsed;
    }
    return set;
  };
}

/**
 * eld's detector with a compact model, or undefined when `file` is missing, was made from another eld version or is
 * in an earlier compact format. eld reads its table only as `ngrams[ngram]`; a Proxy answers that from the sorted
 * n-grams.
 */
export async function loadCompactEld(file: string): Promise<EldLike | undefined> {
  if (!existsSync(file)) return undefined;
  const dir = eldDirectory();
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!z.object({ format: z.literal(FORMAT) }).safeParse(raw).success) return undefined;
  const model = compactSchema.parse(raw);
  if (model.eldVersion !== eldVersion(dir)) return undefined;
  const sets = model.setStarts.length - 1;
  const entries = model.setLanguages.length;
  if (sets < 0 || model.setScores.length !== entries || model.setStarts[0] !== 0 || model.setStarts[sets] !== entries) throw new Error(`${file}: the score sets do not add up`);
  const starts = checked(model.setStarts, new Uint32Array(sets + 1), entries + 1, 'score set start', file);
  for (let i = 0; i < sets; i++) if ((starts[i] ?? 0) > (starts[i + 1] ?? 0)) throw new Error(`${file}: score set ${i} ends before it starts`);
  const refs = checked(model.refs, sets <= 0x10000 ? new Uint16Array(model.refs.length) : new Uint32Array(model.refs.length), sets, 'n-gram', file);
  const lookup = ngramTable(
    model.keys,
    refs,
    scoreSets(starts, checked(model.setLanguages, new Uint8Array(entries), 256, 'language', file), checked(model.setScores, new Uint8Array(entries), 256, 'score', file)),
  );
  const ngrams = new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_target, ngram) => (typeof ngram === 'string' ? lookup(ngram) : undefined),
  });
  const { createEld } = await eldInternals(dir);
  const { instance, loadData } = createEld();
  loadData({ type: model.type, languages: model.languages, isSubset: false, ngrams });
  return instance;
}
