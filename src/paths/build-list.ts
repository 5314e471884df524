import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/*
 * A list the build writes for one program (scripts/check-data.mjs starts the compiled app once and records what it
 * worked out or checked), under dist/data/: the data files it checked (paths/data-file.ts), the word boundaries of the
 * patterns it made (language/word-boundary-sources.ts), the statistics rewrites' scripts and literals
 * (stats/answers/rewrite-facts.ts). Each names the program it was made for by its build id, which the bundle step
 * writes into the bundle as `VEIVISER_BUILD_ID`; only that program reads it. The sources (tests, tsx) and tsc's
 * `dist/src` have no build id and read no list: they work everything out, so the answers are the same either way.
 */

/** Set by the bundle step (esbuild `define`): the id of the compiled modules the bundle was made from. */
declare const VEIVISER_BUILD_ID: string | undefined;
/** The running program's build id; undefined unless it is the bundle. */
export const BUILD_ID: string | undefined = typeof VEIVISER_BUILD_ID === 'string' ? VEIVISER_BUILD_ID : undefined;

export interface BuildList<T> {
  /**
   * The list's entries for the running program (read once, the one map: a reader that hands an entry out once may
   * delete it); empty when it is not the bundle or the list is another program's.
   */
  entries(): Map<string, T>;
  /** Writes the list for the program `build` (the build's check), entries sorted by key, atomically. */
  write(file: string, build: string, entries: Iterable<readonly [string, T]>): void;
}

/**
 * A build list of `format`, at `file()`, whose entries (by key) live under `field` and each match `entry`. Another
 * program's list (an earlier build, a bundle rebuilt without the check, another format) is no list.
 */
export function buildList<T>(format: string, file: () => string, field: string, entry: z.ZodType<T>): BuildList<T> {
  const schema = z.object({ format: z.literal(format), build: z.string(), [field]: z.record(z.string(), entry) });
  let read: Map<string, T> | undefined;
  return {
    entries: () => {
      if (read) return read;
      read = new Map();
      if (BUILD_ID === undefined || !existsSync(file())) return read;
      const list = schema.safeParse(JSON.parse(readFileSync(file(), 'utf8')));
      if (list.success && list.data.build === BUILD_ID) read = new Map(Object.entries(list.data[field] as Record<string, T>));
      return read;
    },
    write: (target, build, entries) => {
      const partial = `${target}.${process.pid}.partial`;
      const sorted = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(partial, JSON.stringify({ format, build, [field]: sorted }));
      renameSync(partial, target);
    },
  };
}
