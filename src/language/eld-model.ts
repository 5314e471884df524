import { createHash } from 'node:crypto';
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

const FORMAT = 'veiviser-eld-compact-3';
/** Separates the n-grams in `keys`; eld's n-grams never contain it (eld turns whitespace into word breaks). */
const KEY_SEPARATOR = '\n';

/** The compact model (written by the build in the file layout below). */
export interface CompactModel {
  readonly format: typeof FORMAT;
  /** The eld version it was made from: a model from another version is not used. */
  readonly eldVersion: string;
  readonly type: string;
  readonly languages: Record<string, string>;
  /** The n-grams, sorted by code units, each followed by KEY_SEPARATOR but the last. */
  readonly keys: string;
  /** For each n-gram in `keys`, the index of its score set (each checked when the file is read). */
  readonly refs: number[];
  /**
   * The distinct score sets, in the order eld's objects list their languages: set i is the languages
   * `setLanguages[setStarts[i]]` … `setLanguages[setStarts[i + 1] - 1]` with the scores at the same places in
   * `setScores` (all bytes).
   */
  readonly setStarts: number[];
  readonly setLanguages: number[];
  readonly setScores: number[];
}

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

/*
 * The file the build writes is the compact model laid out as the arrays a start uses (format 3; formats 1 and 2 were
 * JSON, whose 1.7 MB a start read, parsed and copied number by number into typed arrays: ~25 ms of its CPU). A start
 * reads it in one piece and views the arrays where they lie:
 *
 *   MAGIC (8 bytes) · header length (uint32 LE) · header (UTF-8 JSON: FileHeader) · zeros to a multiple of 4 ·
 *   key starts (uint32 × ngrams + 1) · set starts (uint32 × sets + 1) · refs (uint16, or uint32 when sets > 65,536,
 *   × ngrams) · keys (UTF-16LE, keyUnits) · set languages (uint8 × entries) · set scores (uint8 × entries)
 *
 * All little-endian (the typed arrays are read in the machine's order: a big-endian machine gets no compact model and
 * loads eld's own). Key start i is where the i-th n-gram begins in `keys` (each n-gram is followed by the separator,
 * the last by the end: start ngrams is keyUnits + 1), as a start worked it out from the string before. The keys are
 * compared as UTF-16 code units where they lie, never made into a string.
 *
 * The build checks that the arrays fit together (the starts rise, every reference names a score set) before it
 * writes them, and records their digest; a start checks the size and the digest (~2 ms) instead of every number.
 */
const MAGIC = Buffer.from('VVELD\x003\n', 'latin1');
const fileHeaderSchema = z.object({
  format: z.literal(FORMAT),
  eldVersion: z.string(),
  type: z.string(),
  languages: z.record(z.string(), z.string()),
  ngrams: z.number().int().nonnegative(),
  sets: z.number().int().nonnegative(),
  entries: z.number().int().nonnegative(),
  keyUnits: z.number().int().nonnegative(),
  /** SHA-256 (hex) of everything after the header's padding: the arrays as the build wrote them and checked. */
  digest: z.string(),
});
type FileHeader = z.infer<typeof fileHeaderSchema>;

const align4 = (n: number): number => (n + 3) & ~3;
const refWidth = (sets: number): 2 | 4 => (sets <= 0x10000 ? 2 : 4);

/** The compact model as the file the build writes (the layout above). */
export function encodeCompactEld(model: CompactModel): Buffer {
  const ngrams = model.refs.length;
  const sets = model.setStarts.length - 1;
  const entries = model.setLanguages.length;
  const keyStarts = new Uint32Array(ngrams + 1);
  let n = 1;
  for (let at = model.keys.indexOf(KEY_SEPARATOR); at !== -1; at = model.keys.indexOf(KEY_SEPARATOR, at + 1)) keyStarts[n++] = at + 1;
  if (n !== ngrams) throw new Error(`${n} n-grams but ${ngrams} references`);
  keyStarts[n] = model.keys.length + 1;
  const setStarts = new Uint32Array(model.setStarts);
  const refs = refWidth(sets) === 2 ? new Uint16Array(model.refs) : new Uint32Array(model.refs);
  rising(setStarts, 0, entries, false, 'score set starts', 'the compact eld model');
  rising(keyStarts, 0, model.keys.length + 1, true, 'n-gram starts', 'the compact eld model');
  belowSets(refs, sets, 'the compact eld model');
  for (const n of [...model.setLanguages, ...model.setScores]) if (!isByte(n)) throw new Error(`the compact eld model: ${n} is not a byte`);
  const body = Buffer.concat([
    Buffer.from(keyStarts.buffer),
    Buffer.from(setStarts.buffer),
    Buffer.from(refs.buffer),
    Buffer.from(model.keys, 'utf16le'),
    Buffer.from(new Uint8Array(model.setLanguages)),
    Buffer.from(new Uint8Array(model.setScores)),
  ]);
  const digest = createHash('sha256').update(body).digest('hex');
  const header: FileHeader = { format: FORMAT, eldVersion: model.eldVersion, type: model.type, languages: model.languages, ngrams, sets, entries, keyUnits: model.keys.length, digest };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const head = Buffer.concat([MAGIC, length, headerBytes]);
  return Buffer.concat([head, Buffer.alloc(align4(head.length) - head.length), body]);
}

/** The arrays of a compact model file, viewed where they lie in `bytes`; undefined when it is not one of ours. */
function decodeCompactEld(bytes: Buffer, file: string): { header: FileHeader; keyStarts: Uint32Array; setStarts: Uint32Array; refs: Uint16Array | Uint32Array; keys: Uint16Array; setLanguages: Uint8Array; setScores: Uint8Array } | undefined {
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC) || !isLittleEndian()) return undefined;
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  const parsed = fileHeaderSchema.safeParse(JSON.parse(bytes.toString('utf8', headerStart, headerStart + headerLength)));
  if (!parsed.success) return undefined;
  const header = parsed.data;
  const { ngrams, sets, entries, keyUnits } = header;
  const width = refWidth(sets);
  let at = align4(headerStart + headerLength);
  const size = at + 4 * (ngrams + 1) + 4 * (sets + 1) + width * ngrams + 2 * keyUnits + 2 * entries;
  if (bytes.length !== size) throw new Error(`${file}: ${bytes.length} bytes, but its header adds up to ${size}`);
  if (createHash('sha256').update(bytes.subarray(at)).digest('hex') !== header.digest) throw new Error(`${file}: its arrays are not the ones the build wrote (digest)`);
  // A typed array views its buffer at a multiple of its element size: a file read whole has its own buffer (offset 0).
  const whole = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const view = <A>(make: (buffer: ArrayBufferLike, offset: number, count: number) => A, count: number, width: number): A => {
    const array = make(whole.buffer, whole.byteOffset + at, count);
    at += count * width;
    return array;
  };
  const keyStarts = view((b, o, c) => new Uint32Array(b, o, c), ngrams + 1, 4);
  const setStarts = view((b, o, c) => new Uint32Array(b, o, c), sets + 1, 4);
  const refs = width === 2 ? view((b, o, c) => new Uint16Array(b, o, c), ngrams, 2) : view((b, o, c) => new Uint32Array(b, o, c), ngrams, 4);
  const keys = view((b, o, c) => new Uint16Array(b, o, c), keyUnits, 2);
  const setLanguages = view((b, o, c) => new Uint8Array(b, o, c), entries, 1);
  const setScores = view((b, o, c) => new Uint8Array(b, o, c), entries, 1);
  return { header, keyStarts, setStarts, refs, keys, setLanguages, setScores };
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
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
  writeFileSync(partial, encodeCompactEld(compactEldModel(ngramsData, eldVersion(dir))));
  renameSync(partial, file);
}

/**
 * The score object of an n-gram, by binary search in the sorted n-grams: no string or map entry per n-gram is made
 * (105,548 of them), and a message looks up a few dozen.
 */
function ngramTable(keys: Uint16Array, starts: Uint32Array, refs: Uint16Array | Uint32Array, scoreSet: (ref: number) => Readonly<Record<string, number>>): (ngram: string) => Readonly<Record<string, number>> | undefined {
  // starts[i]..starts[i + 1] - 1 is the i-th n-gram (without its separator).
  /** Compares `ngram` with the i-th key by code units, as the build sorted them. */
  const compare = (ngram: string, i: number): number => {
    const start = starts[i] ?? 0;
    const length = (starts[i + 1] ?? 0) - 1 - start;
    const common = Math.min(length, ngram.length);
    for (let k = 0; k < common; k++) {
      const d = ngram.charCodeAt(k) - (keys[start + k] as number);
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

/** Throws unless `array` rises (each ≥ the one before; strictly when `strictly`) from `first` to `last`. */
function rising(array: Uint32Array, first: number, last: number, strictly: boolean, what: string, file: string): void {
  if (array[0] !== first || array[array.length - 1] !== last) throw new Error(`${file}: the ${what} do not add up`);
  for (let i = 1; i < array.length; i++) {
    const step = (array[i] as number) - (array[i - 1] as number);
    if (step < 0 || (strictly && step === 0)) throw new Error(`${file}: ${what} ${i} comes before the one before it`);
  }
}

/** Throws unless every reference names a score set. */
function belowSets(refs: Uint16Array | Uint32Array, sets: number, file: string): void {
  for (let i = 0; i < refs.length; i++) if ((refs[i] as number) >= sets) throw new Error(`${file}: n-gram ${i} is out of range`);
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
  const model = decodeCompactEld(readFileSync(file), file);
  if (!model || model.header.eldVersion !== eldVersion(dir)) return undefined;
  const { header, keyStarts, setStarts, refs } = model;
  // The arrays are viewed where they lie: no copy, no number parsed (the build checked them; the digest says these are they).
  const lookup = ngramTable(model.keys, keyStarts, refs, scoreSets(setStarts, model.setLanguages, model.setScores));
  const ngrams = new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_target, ngram) => (typeof ngram === 'string' ? lookup(ngram) : undefined),
  });
  const { createEld } = await eldInternals(dir);
  const { instance, loadData } = createEld();
  loadData({ type: header.type, languages: header.languages, isSubset: false, ngrams });
  return instance;
}
