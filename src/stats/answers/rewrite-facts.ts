import path from 'node:path';
import { z } from 'zod';
import { buildList } from '../../paths/build-list';
import { projectRoot } from '../../paths/content-root';

/*
 * What the statistics rewrites' gate needs of each pattern (content/stats/stats-words.json, `LazyRewrite`): the one
 * non-Latin script all its letters are written in, and the strings one of which every match contains. Both are pure
 * functions of the pattern's source, worked out by the first message (~1,900 patterns' scripts, ~700 patterns'
 * literals for a Latin message: ~25–35 ms of a cold start's first answer). The build (scripts/check-data.mjs) works
 * them out for every pattern of the file and writes them, by source, to dist/data/stats-rewrites.json for its own
 * program (the build id, as dist/data/word-boundaries.json); the bundle takes them from there. A pattern not in the
 * list (an edited file, a test's words), and every pattern when the sources or tsc's dist/src run, is worked out as
 * before: the same source gives the same facts, so the answers are the same either way.
 */

export const REWRITE_SCRIPTS = ['arabic', 'cyrillic', 'ethiopic'] as const;
export type RewriteScript = (typeof REWRITE_SCRIPTS)[number];

/** A pattern's facts: its script ('' for none) and its required literals (null for none known). */
export type RewriteFacts = readonly ['' | RewriteScript, readonly string[] | null];
/**
 * Each pattern's facts written as one string, its script and then each literal after a U+0001 (none: no literals
 * known), so the list is a record of strings: zod checks ~2,400 of those in ~4 ms, the same as tuples in ~20.
 */
const SEPARATOR = '\u0001';
const SCRIPT_OF: ReadonlyMap<string, '' | RewriteScript> = new Map<string, '' | RewriteScript>([['', ''], ...REWRITE_SCRIPTS.map((s) => [s, s] as const)]);

/** The facts as the list writes them; undefined for facts it cannot carry (a literal with U+0001 in it, or none at all). */
export function encodeRewriteFacts([script, literals]: RewriteFacts): string | undefined {
  if (literals === null) return script;
  if (literals.length === 0 || literals.some((literal) => literal.includes(SEPARATOR))) return undefined;
  return [script, ...literals].join(SEPARATOR);
}

/** The facts a list's string gives; undefined for a string no build writes (an unknown script). */
export function decodeRewriteFacts(written: string): RewriteFacts | undefined {
  const [first = '', ...literals] = written.split(SEPARATOR);
  const script = SCRIPT_OF.get(first);
  return script === undefined ? undefined : [script, literals.length === 0 ? null : literals];
}

export function statsRewritesFile(root: string = projectRoot()): string {
  return path.join(root, 'dist', 'data', 'stats-rewrites.json');
}

const list = buildList('veiviser-stats-rewrites-1', () => statsRewritesFile(), 'facts', z.string());

/** The build's facts of a rewrite pattern's source, when the running program is the bundle the build checked. */
export function builtRewriteFacts(source: string): RewriteFacts | undefined {
  const written = list.entries().get(source);
  return written === undefined ? undefined : decodeRewriteFacts(written);
}

/** Writes the facts of every pattern (by source) for the program `build` (the build's check); returns how many it wrote. */
export function writeStatsRewriteFacts(file: string, build: string, facts: ReadonlyMap<string, RewriteFacts>): number {
  const written = [...facts].flatMap(([source, f]) => {
    const text = encodeRewriteFacts(f);
    return text === undefined ? [] : [[source, text] as const];
  });
  list.write(file, build, written);
  return written.length;
}
