import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths/content-root';
import type { Part, PhraseCompiler } from './phrase-parts';

/*
 * The situation, role and scope readers fold, split and tokenize ~45,000 cue phrases (the role phrases are every frame
 * filled with every word) at every start and in every test file that builds one: the largest part of building the
 * app. The build step (`npm run build`, scripts/build-data.mjs) records, per reader, the parts each phrase compiled to,
 * in the order the reader compiled them; a start replays them instead of compiling. The reader's own code still reads
 * and checks its data files and builds its tries, so only the compiling is skipped. The file names what it was made
 * from (the reader's data files and the code that compiles them); when either differs, the reader compiles as before.
 */

export const COMPILED_READERS = ['situation', 'roles', 'scope'] as const;
export type CompiledReader = (typeof COMPILED_READERS)[number];

const FORMAT = 'veiviser-compiled-phrases-1';

/**
 * Where a reader's compiled phrases are: `npm run build` writes `phrases-<reader>.json` for the compiled app, the test
 * run's global setup `phrases-<reader>.sources.json` for the TypeScript sources (tests, tsx scripts). The fingerprint
 * decides either way.
 */
export function compiledPhrasesFile(reader: CompiledReader): string {
  return path.join(projectRoot(), 'dist', 'data', `phrases-${reader}${path.extname(__filename) === '.ts' ? '.sources' : ''}.json`);
}

/** The modules whose code decides which phrases a reader compiles, in what order, and to what parts. */
const PHRASE_CODE = ['./situation-cues', './role-reader', './scope-reader', './phrase-index', './phrase-parts', './compiled-phrases', '../language/text'];

/** What a reader's phrases were compiled from: every file of its data directory (names and bytes), by this code. */
export function phrasesFingerprint(reader: CompiledReader, dir: string): string {
  const hash = createHash('sha256').update(FORMAT).update(reader);
  for (const module of PHRASE_CODE) hash.update(readFileSync(require.resolve(module)));
  for (const file of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex');
}

const integers = z.custom<number[]>((v) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0), 'an array of whole numbers');
const fileSchema = z.object({
  format: z.literal(FORMAT),
  fingerprint: z.string(),
  /** Every distinct part once: `w<word>`, `p<prefix>`, `a` (an age), `g` (a gap). */
  parts: z.array(z.string().min(1)),
  /** How many parts each phrase has, in the order the reader compiled them… */
  lengths: integers,
  /** …and their numbers in `parts`, one phrase after the other. */
  ids: integers,
});

function encodePart(part: Part): string {
  switch (part.kind) {
    case 'word':
      return `w${part.word}`;
    case 'prefix':
      return `p${part.prefix}`;
    case 'age':
      return 'a';
    default:
      return 'g';
  }
}

/** A part as the compiler makes it (the same fields in the same order, so the matching code sees one shape). */
function decodePart(code: string, file: string): Part {
  const kind = code[0];
  if (kind === 'w' && code.length > 1) return { kind: 'word', word: code.slice(1) };
  if (kind === 'p' && code.length > 1) return { kind: 'prefix', prefix: code.slice(1) };
  if (code === 'a') return { kind: 'age' };
  if (code === 'g') return { kind: 'gap' };
  throw new Error(`${file}: "${code}" is not a part`);
}

/** A compiler that compiles with `inner` and keeps every result, in order, for `writeCompiledPhrases`. */
export function recordingCompiler(inner: PhraseCompiler): { readonly compile: PhraseCompiler; readonly recorded: readonly (readonly Part[])[] } {
  const recorded: Part[][] = [];
  return {
    compile: (phrase, label) => {
      const parts = inner(phrase, label);
      recorded.push(parts);
      return parts;
    },
    recorded,
  };
}

/** Writes what a reader compiled from `dir` (its data directory) to `file`. */
export function writeCompiledPhrases(file: string, reader: CompiledReader, dir: string, recorded: readonly (readonly Part[])[]): void {
  const partIds = new Map<string, number>();
  const lengths: number[] = [];
  const ids: number[] = [];
  for (const parts of recorded) {
    lengths.push(parts.length);
    for (const part of parts) {
      const code = encodePart(part);
      let id = partIds.get(code);
      if (id === undefined) partIds.set(code, (id = partIds.size));
      ids.push(id);
    }
  }
  // Written aside and renamed, so a process starting meanwhile reads the old file or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify({ format: FORMAT, fingerprint: phrasesFingerprint(reader, dir), parts: [...partIds.keys()], lengths, ids }));
  renameSync(partial, file);
}

/**
 * A compiler that gives back, call by call, the parts the build recorded for this reader's data in `dir`, or why it
 * cannot (no file: tests and `tsx` before the test setup has written theirs; out of date: the data or the code
 * changed since). Each distinct part is one shared object, as the compiler's own. It holds the file's numbers only
 * until the last phrase is given back, and fails if asked for more phrases than were recorded.
 */
export function replayCompiler(
  file: string,
  reader: CompiledReader,
  dir: string,
): { readonly compile: PhraseCompiler; readonly reason?: undefined } | { readonly compile?: undefined; readonly reason: 'no file' | 'out of date' } {
  if (!existsSync(file)) return { reason: 'no file' };
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!z.object({ format: z.literal(FORMAT), fingerprint: z.string() }).safeParse(raw).success) return { reason: 'out of date' };
  const data = fileSchema.parse(raw);
  if (data.fingerprint !== phrasesFingerprint(reader, dir)) return { reason: 'out of date' };
  const table = data.parts.map((code) => decodePart(code, file));
  if (data.lengths.reduce((a, b) => a + b, 0) !== data.ids.length || data.ids.some((id) => id >= table.length)) throw new Error(`${file}: the phrases do not add up`);
  let state: { lengths: readonly number[]; ids: readonly number[]; table: readonly Part[] } | undefined = { lengths: data.lengths, ids: data.ids, table };
  let phrase = 0;
  let at = 0;
  return {
    compile: () => {
      const length = state?.lengths[phrase];
      if (!state || length === undefined) throw new Error(`${file}: the ${reader} reader compiled more phrases than were recorded`);
      const parts = state.table;
      // slice and map, not push: exact-size arrays, as the compiler's own.
      const compiled = state.ids.slice(at, at + length).map((id) => parts[id] ?? decodePart('', file));
      phrase += 1;
      at += length;
      if (phrase === state.lengths.length) state = undefined;
      return compiled;
    },
  };
}
