import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BUILD_ID, buildList } from './build-list';
import { projectRoot } from './content-root';

/*
 * Every data file is checked with its zod schema before use. The built program (`npm start`'s bundle) leaves that
 * check to the build: `npm run build` starts the app once (scripts/check-data.mjs) and lists each data file the start
 * read and its schema accepted, by its SHA-256, with the id of the program that checked it (a hash of the compiled
 * modules the bundle is made from, which the bundle step writes into the bundle as `VEIVISER_BUILD_ID`). Where the
 * schema's result is not the file's JSON as it is (keys in the schema's order, defaults filled in, keys stripped), the
 * list holds that result, when it is plain JSON. A start of that program hashes each file it reads (~1 ms for all) and
 * parses only those whose bytes differ, or that the build did not check: an edited file is checked as before, and so
 * is every file when the sources or tsc's `dist/src` run. Checking them all took ~0.1–0.15 s of a start's CPU (zod
 * writes a parser for each object schema on its first use).
 */

/** Where the build lists the data files it checked. */
export const CHECKED_DATA_FILE = path.join(projectRoot(), 'dist', 'data', 'checked-data.json');
/** A checked file: its hash, and the schema's result when that is not the file's JSON as it is. */
const checkedFileSchema = z.object({ sha256: z.string(), data: z.unknown().optional() });
type CheckedFile = z.infer<typeof checkedFileSchema>;

/** The files the build checked for the running program, by path from the project root; empty when it is not the bundle. */
const checkedList = buildList('veiviser-checked-data-1', () => CHECKED_DATA_FILE, 'files', checkedFileSchema);

/**
 * While the build checks the data: every file read and accepted as it is, with its hash and the schema that read it. A
 * file read by two schemas is left out (`mixed`): the list says "this file is its schema's result", for one schema.
 */
let recording: { readonly files: Map<string, CheckedFile>; readonly schemas: Map<string, unknown>; readonly mixed: Set<string> } | undefined;

/**
 * Starts listing every data file read from now on with its schema's result (the build's check, see
 * scripts/check-data.mjs). Returns the list, filled as files are read.
 */
export function recordCheckedData(): ReadonlyMap<string, CheckedFile> {
  recording = { files: new Map(), schemas: new Map(), mixed: new Set() };
  return recording.files;
}

function record(key: string, schema: unknown, text: string, json: unknown, result: z.ZodSafeParseResult<unknown>): void {
  if (!recording || recording.mixed.has(key)) return;
  const before = recording.schemas.get(key);
  // A result that JSON cannot carry (a Map, a Date, a RegExp, undefined) is not listed: such a file is parsed at start.
  const listed: CheckedFile | undefined = !result.success
    ? undefined
    : sameData(result.data, json)
      ? { sha256: sha256(text) }
      : sameData(JSON.parse(JSON.stringify(result.data)) as unknown, result.data)
        ? { sha256: sha256(text), data: result.data }
        : undefined;
  if (!listed || (before !== undefined && before !== schema)) {
    recording.files.delete(key);
    recording.mixed.add(key);
    return;
  }
  recording.schemas.set(key, schema);
  recording.files.set(key, listed);
}

/** The schema each checked file was first taken as it is for, this process: a file read by another one is parsed. */
const trustedFor = new Map<string, unknown>();

/** Writes the list of checked files for the program `build` (the build's check). */
export function writeCheckedData(file: string, build: string, files: ReadonlyMap<string, CheckedFile>): void {
  checkedList.write(file, build, files);
}

/**
 * The file's path from the project root, for the files the program ships (content/, locales/, the build's dist/data);
 * undefined for any other (an operator's file, the data directory): those are always parsed, never listed.
 */
function shipped(file: string): string | undefined {
  const relative = path.relative(projectRoot(), path.resolve(file)).split(path.sep).join('/');
  return relative.startsWith('../') || path.isAbsolute(relative) ? undefined : relative;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Whether two values are the same JSON data: plain objects (keys in the same order), arrays and primitives only. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === null || typeof a === 'string' || typeof a === 'boolean') return a === b;
  if (typeof a === 'number') return Object.is(a, b) && Number.isFinite(a);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((value, i) => sameData(value, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  return keys.length === other.length && keys.every((key, i) => key === other[i] && sameData(a[key], b[key]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A file's JSON, parsed when first asked for: when the build listed its schema's result for these bytes, that result
 * is the data and the text is not parsed at all (53 of the files a start reads, 1.9 MB of JSON, ~10 ms of its CPU).
 */
export function jsonOf(text: string): () => unknown {
  let parsed: { readonly value: unknown } | undefined;
  return () => (parsed ??= { value: JSON.parse(text) as unknown }).value;
}

/**
 * `schema.safeParse(json())` for the JSON of a data file (`text`, read from `file`), unless the build checked these very
 * bytes with this program: then the schema's result the build found, without parsing (nor asking for the JSON when the
 * build listed a result of its own).
 */
export function parseDataFile<T>(file: string, text: string, json: () => unknown, schema: z.ZodType<T>): z.ZodSafeParseResult<T> {
  const key = BUILD_ID === undefined && recording === undefined ? undefined : shipped(file);
  const known = key === undefined || BUILD_ID === undefined ? undefined : checkedList.entries().get(key);
  if (key !== undefined && known !== undefined && (trustedFor.get(key) ?? schema) === schema && known.sha256 === sha256(text)) {
    trustedFor.set(key, schema);
    // The build's result is handed out once (a second reader gets its own, parsed): readers may keep and change theirs.
    if (known.data !== undefined) checkedList.entries().delete(key);
    // The build parsed these bytes with this schema (same program: the start reads its files in the same order); the
    // result was this JSON, or is the one it listed.
    return { success: true, data: (known.data ?? json()) as T };
  }
  const result = schema.safeParse(json());
  if (key !== undefined) record(key, schema, text, json(), result);
  return result;
}

/** Reads a JSON data file under content/ and checks it with `schema`; a broken file stops the start and names itself. */
export function readDataFile<T>(file: string, schema: z.ZodType<T>): T {
  const text = readFileSync(file, 'utf8');
  const result = parseDataFile(file, text, jsonOf(text), schema);
  if (!result.success) throw new Error(`${file} is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * Every language's file of a folder of words (`<lang>.json`, in name order), each read by `readDataFile`: a broken file,
 * or one whose `lang` is not its name, names itself.
 */
export function readLanguageFiles<T extends { readonly lang: string }>(dir: string, schema: z.ZodType<T>): T[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const data = readDataFile(file, schema);
      if (name !== `${data.lang}.json`) throw new Error(`${file} says lang "${data.lang}"`);
      return data;
    });
}
