import path from 'node:path';
import { z } from 'zod';
import { buildList } from '../paths/build-list';
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


/** Where the build writes the list (next to the other build data). */
export function wordBoundariesFile(root: string = projectRoot()): string {
  return path.join(root, 'dist', 'data', 'word-boundaries.json');
}

/** The build's sources for the running program; empty when it is not the bundle, or the list is another program's. */
const list = buildList('veiviser-word-boundaries-1', () => wordBoundariesFile(), 'sources', z.string());

/** The source the build worked out for `source`, if it did for this program. */
export function builtWordBoundarySource(source: string): string | undefined {
  return list.entries().get(source);
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
  list.write(file, build, sources);
}
