import v8 from 'node:v8';
import vm from 'node:vm';
import { heapGrowingPercent, namesOptimizer } from './start-up-flags';

/*
 * V8 while the process starts, and once it has started (issue #16; docs/performance.md, fourteenth pass).
 *
 * Start-up builds ~55 MB of readers and tables, each piece of code once, and then serves turns for hours. Two settings
 * that pay for the long run cost CPU during that one build, so they wait until the server listens:
 *
 * - `--heap-growing-percent` (the command line's 20 % keeps a long-running instance's heap small): while the heap grows
 *   from ~6 to ~55 MB, 20 % of growth makes V8 mark everything built so far again each time (three full collections
 *   before the server listens). During start-up V8 grows the heap as it would by itself.
 * - The optimizing compiler (TurboFan): start-up's loops (laying out tries, folding names, parsing data) run hot once,
 *   and optimizing them is CPU spent on code that will not run again. During start-up functions run in V8's
 *   cheaper tiers (the interpreter, Sparkplug, and Maglev where V8 has it on: Node 24); the code a turn runs is
 *   optimized by TurboFan when turns make it hot.
 *
 * Both are left as the command line has them when it names them otherwise (`--no-turbofan`, `--jitless`, …).
 *
 * Neither releases what start-up left behind: garbage of building the readers in old pages that are no longer full,
 * and a young generation grown to `--max-semi-space-size` by start-up's allocations (~15 MB of RSS, kept while the
 * process is idle: V8's memory reducer waits for a full collection an idle bot never has). One memory-reducing
 * collection once start-up is over gives that memory back. It runs a moment after the server listens rather than at
 * `listening`, so it does not sit between a start and its first answers, and it runs once.
 *
 * Set at this module's evaluation: the entry point imports it right after the compile cache, before the modules whose
 * loading is most of start-up.
 */

/** How long after `listening` the collection runs: after the first requests a start-up usually meets. */
const COLLECT_AFTER_MS = 1_000;
/** While turns are in flight, how long the collection waits before it looks again. */
const BUSY_RETRY_MS = 100;

const steadyGrowing = heapGrowingPercent(process.execArgv);
const optimizerDuringStart = !namesOptimizer(process.execArgv);
// 0: V8's own growing factor (the flag's default).
if (steadyGrowing !== undefined) v8.setFlagsFromString('--heap-growing-percent=0');
if (optimizerDuringStart) v8.setFlagsFromString('--no-turbofan');

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

export interface StartUpOverOptions {
  /** How long after now the collection runs at the earliest. */
  readonly collectAfterMs?: number;
  /**
   * Whether the process is answering anything now (a turn in flight): the collection then waits until it is not. On a
   * loaded machine the first turn can still be running a second after `listening`, and a collection of the whole
   * heap (~0.1 s of CPU) inside it would delay the very answer a cold start is measured by.
   */
  readonly busy?: () => boolean;
}

/**
 * Start-up is over (the server listens): the command line's heap growing and the optimizing compiler from now on, and
 * one memory-reducing collection `collectAfterMs` later, or as soon after that as nothing is `busy` (the timers do
 * not keep the process alive). Called once; a second call does nothing.
 */
export function startUpOver({ collectAfterMs = COLLECT_AFTER_MS, busy = () => false }: StartUpOverOptions = {}): void {
  if (over) return;
  over = true;
  if (steadyGrowing !== undefined) v8.setFlagsFromString(`--heap-growing-percent=${steadyGrowing}`);
  if (optimizerDuringStart) v8.setFlagsFromString('--turbofan');
  const collect = memoryReducingCollection();
  if (collect === undefined) return;
  const whenIdle = (): void => {
    if (busy()) setTimeout(whenIdle, BUSY_RETRY_MS).unref();
    else collect();
  };
  setTimeout(whenIdle, collectAfterMs).unref();
}
