import v8 from 'node:v8';
import vm from 'node:vm';
import { heapGrowingPercent, namesOptimizer, namesRegExpTierUp } from './start-up-flags';

/*
 * V8 while the process starts, and once it has started (issue #16; docs/performance.md, fourteenth pass).
 *
 * Start-up builds ~55 MB of readers and tables, each piece of code once, and then serves turns for hours. Three settings
 * that pay for the long run cost CPU during that one build, so they wait until the server listens:
 *
 * - `--heap-growing-percent` (the command line's 20 % keeps a long-running instance's heap small): while the heap grows
 *   from ~6 to ~55 MB, 20 % of growth makes V8 mark everything built so far again each time (three full collections
 *   before the server listens). During start-up V8 grows the heap as it would by itself.
 * - The optimizing compiler (TurboFan): start-up's loops (laying out tries, folding names, parsing data) run hot once,
 *   and optimizing them is CPU spent on code that will not run again. During start-up functions run in V8's
 *   cheaper tiers (the interpreter, Sparkplug, and Maglev where V8 has it on: Node 24); the code a turn runs is
 *   optimized by TurboFan when turns make it hot.
 * - How soon a regular expression is compiled to machine code: V8 compiles a pattern to bytecode on its first run and
 *   again to machine code on its second (`--regexp-tier-up-ticks=1`). The patterns start-up makes (the readers' word
 *   lists, the statistics grammar: hundreds) mostly run a few times in a person's first question, so that question
 *   paid for both compiles of each. A pattern keeps the count it was made with: the ones made during start-up are
 *   interpreted for their first START_UP_REGEXP_TICKS runs, then compiled as before (a few messages later); patterns
 *   made after `listening` tier up as V8 has them. The tier-up itself stays on: switching it off while patterns are
 *   made and on again crashed V8 on the next turn (fifteenth pass); only the count differs.
 *
 * Each is left as the command line has it when it names it otherwise (`--no-turbofan`, `--jitless`,
 * `--regexp-tier-up-ticks=…`, …).
 *
 * None releases what start-up left behind: garbage of building the readers in old pages that are no longer full,
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

/** Runs of a pattern made during start-up before V8 compiles it to machine code (V8's own count is 1). */
export const START_UP_REGEXP_TICKS = 20;
/** V8's default count (every Node version the app runs on, 22 and 24). */
const STEADY_REGEXP_TICKS = 1;

const steadyGrowing = heapGrowingPercent(process.execArgv);
const optimizerDuringStart = !namesOptimizer(process.execArgv);
const regExpTicksDuringStart = !namesRegExpTierUp(process.execArgv);
// 0: V8's own growing factor (the flag's default).
if (steadyGrowing !== undefined) v8.setFlagsFromString('--heap-growing-percent=0');
if (optimizerDuringStart) v8.setFlagsFromString('--no-turbofan');
if (regExpTicksDuringStart) v8.setFlagsFromString(`--regexp-tier-up-ticks=${START_UP_REGEXP_TICKS}`);

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
 * Start-up is over (the server listens): the command line's heap growing, the optimizing compiler and V8's regular
 * expression tier-up count from now on, and
 * one memory-reducing collection `collectAfterMs` later, or as soon after that as nothing is `busy` (the timers do
 * not keep the process alive). Called once; a second call does nothing.
 */
export function startUpOver({ collectAfterMs = COLLECT_AFTER_MS, busy = () => false }: StartUpOverOptions = {}): void {
  if (over) return;
  over = true;
  if (steadyGrowing !== undefined) v8.setFlagsFromString(`--heap-growing-percent=${steadyGrowing}`);
  if (optimizerDuringStart) v8.setFlagsFromString('--turbofan');
  if (regExpTicksDuringStart) v8.setFlagsFromString(`--regexp-tier-up-ticks=${STEADY_REGEXP_TICKS}`);
  const collect = memoryReducingCollection();
  if (collect === undefined) return;
  const whenIdle = (): void => {
    if (busy()) setTimeout(whenIdle, BUSY_RETRY_MS).unref();
    else collect();
  };
  setTimeout(whenIdle, collectAfterMs).unref();
}
