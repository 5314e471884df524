import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths/content-root';

/*
 * The sources `unicodeWords` writes (language/word-boundary.ts) depend only on the pattern's source and that module's
 * code. Working them out (reading each pattern, factoring its boundaries) was ~10 ms of a start's CPU, most of it for
 * the statistics grammar's patterns made at import. The build's data check (scripts/check-data.mjs), which starts the
 * compiled app and answers a few first messages, records every source it worked out, and the built program
 * (`npm start`'s bundle) takes them from that list when the list names the program itself (the bundle's build id,
 * as the checked data files do: src/paths/data-file.ts); a source not on the list is worked out as before, and the
 * sources (tests, tsx) and tsc's `dist/src` always work them out.
 */

/** Set by the bundle step (esbuild `define`): the id of the compiled modules the bundle was made from. */
declare const VEIVISER_BUILD_ID: string | undefined;
const BUILD_ID = typeof VEIVISER_BUILD_ID === 'string' ? VEIVISER_BUILD_ID : undefined;

const FORMAT = 'veiviser-word-boundaries-1';
const listSchema = z.object({ format: z.literal(FORMAT), build: z.string(), sources: z.record(z.string(), z.string()) });

/** Where the build writes the list (next to the other build data). */
export function wordBoundariesFile(root: string = projectRoot()): string {
  return path.join(root, 'dist', 'data', 'word-boundaries.json');
}

let built: ReadonlyMap<string, string> | undefined;
/** The build's sources for the running program; empty when it is not the bundle, or the list is another program's. */
function builtSources(): ReadonlyMap<string, string> {
  if (built) return built;
  built = new Map();
  if (BUILD_ID === undefined) return built;
  const file = wordBoundariesFile();
  if (!existsSync(file)) return built;
  const list = listSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (list.success && list.data.build === BUILD_ID) built = new Map(Object.entries(list.data.sources));
  return built;
}

/** The source the build worked out for `source`, if it did for this program. */
export function builtWordBoundarySource(source: string): string | undefined {
  return builtSources().get(source);
}

let recording: Map<string, string> | undefined;

/** Starts listing every source worked out from now on (the build's check). Returns the list, filled as patterns are made. */
export function recordWordBoundarySources(): ReadonlyMap<string, string> {
  recording = new Map();
  return recording;
}

/** Notes a source worked out, while the build records. */
export function noteWordBoundarySource(source: string, result: string): void {
  recording?.set(source, result);
}

/** Writes the list for the program `build` (the build's check). */
export function writeWordBoundarySources(file: string, build: string, sources: ReadonlyMap<string, string>): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify({ format: FORMAT, build, sources: Object.fromEntries([...sources].sort(([a], [b]) => (a < b ? -1 : 1))) }));
  renameSync(partial, file);
}
