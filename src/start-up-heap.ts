import v8 from 'node:v8';
import vm from 'node:vm';

/*
 * The heap during start-up and after it (issue #16; docs/performance.md, fourteenth pass).
 *
 * `npm start` gives V8 `--heap-growing-percent=20` so that a long-running instance keeps a small heap (idle RSS).
 * During start-up that costs CPU: the heap grows from ~6 to ~55 MB of readers and tables that all stay, and with 20 %
 * of growth V8 marks everything built so far again each time (three full collections before the server listens).
 * So while the process starts, V8 grows the heap as it would by itself, and the operator's percentage applies from
 * the moment the server listens.
 *
 * Neither setting releases what start-up left behind: garbage of building the readers in old pages that are no
 * longer full, and a young generation grown to `--max-semi-space-size` by start-up's allocations (~15 MB of RSS,
 * kept while the process is idle; V8's own memory reducer waits for a full collection that an idle bot never has).
 * One memory-reducing collection once start-up is over gives that memory back. It runs a moment after the server
 * listens rather than at `listening`, so it does not sit between a start and its first answers, and it runs once.
 *
 * Set here, at this module's evaluation: the entry point imports it right after the compile cache, before the modules
 * whose loading is most of start-up.
 */

/** How long after `listening` the collection runs: after the first requests a start-up usually meets. */
const COLLECT_AFTER_MS = 1_000;

/** The heap-growing percentage the command line asks for (V8's flag, either spelling), or undefined when none. */
export function heapGrowingPercent(execArgv: readonly string[]): number | undefined {
  let found: number | undefined;
  for (const arg of execArgv) {
    const match = /^--heap[-_]growing[-_]percent=(\d+)$/u.exec(arg);
    if (match?.[1] !== undefined) found = Number(match[1]); // the last one wins, as for V8
  }
  return found;
}

const steadyGrowing = heapGrowingPercent(process.execArgv);
// 0: V8's own growing factor (the flag's default).
if (steadyGrowing !== undefined) v8.setFlagsFromString('--heap-growing-percent=0');

/** V8's `gc` function, got from a fresh context without exposing `gc` to the program's own global. */
function memoryReducingCollection(): (() => void) | undefined {
  v8.setFlagsFromString('--expose-gc');
  let gc: unknown;
  try {
    gc = vm.runInNewContext('gc');
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
  if (typeof gc !== 'function') return undefined;
  // 'last-resort': V8's collection with memory reduction (full compaction, a young generation shrunk to its least).
  return () => void gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

let over = false;

/**
 * Start-up is over (the server listens): the operator's heap growing from now on, and one memory-reducing collection
 * a moment later (the timer does not keep the process alive). Called once; a second call does nothing.
 */
export function startUpOver(collectAfterMs: number = COLLECT_AFTER_MS): void {
  if (over) return;
  over = true;
  if (steadyGrowing !== undefined) v8.setFlagsFromString(`--heap-growing-percent=${steadyGrowing}`);
  const collect = memoryReducingCollection();
  if (collect !== undefined) setTimeout(collect, collectAfterMs).unref();
}
