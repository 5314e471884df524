import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths/content-root';
import { decodePart, PhraseBook, partCode } from './phrase-book';

/*
 * The situation, role and scope readers fold, split and tokenize ~45,000 cue phrases (the role phrases are every frame
 * filled with every word) at every start and in every test file that builds one: the largest part of building the
 * app. The build step (`npm run build`, scripts/build-data.mjs) writes, per reader, its compiled phrases (its
 * PhraseBook: the parts, and each phrase's value and list, in the order the reader compiled them); a start reads them
 * and builds the reader from them alone, without reading its cue files, checking them with zod again or compiling.
 * The build read and checked the very same files: the file names what it was made from (the reader's data files and
 * the code that reads and compiles them), and when either differs the reader reads its data and compiles as before.
 */

export const COMPILED_READERS = ['situation', 'roles', 'scope'] as const;
export type CompiledReader = (typeof COMPILED_READERS)[number];

const FORMAT = 'veiviser-compiled-phrases-2';

/**
 * Where a reader's compiled phrases are: `npm run build` writes `phrases-<reader>.json` for the compiled app, the test
 * run's global setup `phrases-<reader>.sources.json` for the TypeScript sources (tests, tsx scripts). The fingerprint
 * decides either way.
 */
export function compiledPhrasesFile(reader: CompiledReader): string {
  return path.join(projectRoot(), 'dist', 'data', `phrases-${reader}${path.extname(__filename) === '.ts' ? '.sources' : ''}.json`);
}

/** The modules whose code decides which phrases a reader compiles, in what order, to what parts, and how they are kept. */
const PHRASE_CODE = ['./situation-cues', './role-reader', './scope-reader', './phrase-book', './phrase-parts', './compiled-phrases', '../language/text'];

/**
 * What a reader's phrases were compiled from: every file of its data directory (names and bytes), by this code, on a
 * machine of this byte order (the numbers are written as bytes).
 */
export function phrasesFingerprint(reader: CompiledReader, dir: string): string {
  const hash = createHash('sha256').update(FORMAT).update(reader).update(endianness());
  for (const module of PHRASE_CODE) hash.update(readFileSync(require.resolve(module)));
  for (const file of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex');
}

const fileSchema = z.object({
  format: z.literal(FORMAT),
  fingerprint: z.string(),
  /** Every distinct part once: `w<word>`, `p<prefix>`, `a` (an age), `g` (a gap). */
  parts: z.array(z.string().min(1)),
  /** The PhraseBook's number arrays, as base64 of their bytes. */
  starts: z.string(),
  ids: z.string(),
  values: z.string(),
  lists: z.string(),
});

function bytesOf(array: Uint8Array | Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** A copy of the bytes as a Uint32Array (a Buffer's bytes may not be aligned for one). */
function uint32s(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % 4 !== 0) throw new Error('not a whole number of 32-bit numbers');
  const out = new Uint32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** Writes a reader's book, compiled from `dir` (its data directory), to `file`. */
export function writeCompiledPhrases(file: string, reader: CompiledReader, dir: string, book: PhraseBook): void {
  const parts = book.texts.map((text, id) => partCode(book.kinds[id] ?? 0, text));
  // Written aside and renamed, so a process starting meanwhile reads the old file or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(
    partial,
    JSON.stringify({
      format: FORMAT,
      fingerprint: phrasesFingerprint(reader, dir),
      parts,
      starts: bytesOf(book.starts),
      ids: bytesOf(book.parts),
      values: bytesOf(book.values),
      lists: bytesOf(book.lists),
    }),
  );
  renameSync(partial, file);
}

/**
 * The book the build wrote for this reader's data in `dir`, or why there is none to use (no file: tests and `tsx`
 * before the test setup has written theirs; out of date: the data or the code changed since, or an earlier format).
 * A file of this format whose arrays do not fit together is an error, not a reason to compile.
 */
export function readCompiledPhrases(file: string, reader: CompiledReader, dir: string): { readonly book: PhraseBook; readonly reason?: undefined } | { readonly book?: undefined; readonly reason: 'no file' | 'out of date' } {
  if (!existsSync(file)) return { reason: 'no file' };
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const head = z.object({ format: z.literal(FORMAT), fingerprint: z.string() }).safeParse(raw);
  if (!head.success || head.data.fingerprint !== phrasesFingerprint(reader, dir)) return { reason: 'out of date' };
  const data = fileSchema.parse(raw);
  try {
    const parts = data.parts.map(decodePart);
    return {
      book: new PhraseBook({
        kinds: Uint8Array.from(parts, (p) => p.kind),
        texts: parts.map((p) => p.text),
        starts: uint32s(data.starts),
        parts: uint32s(data.ids),
        values: new Uint8Array(Buffer.from(data.values, 'base64')),
        lists: new Uint8Array(Buffer.from(data.lists, 'base64')),
      }),
    };
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
