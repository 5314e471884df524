/*
 * What the command line asks of V8, as src/start-up-v8.ts reads it (a module of its own: that one sets V8's flags
 * when it is loaded).
 */

/** The heap-growing percentage the command line asks for (V8's flag, either spelling), or undefined when none. */
export function heapGrowingPercent(execArgv: readonly string[]): number | undefined {
  let found: number | undefined;
  for (const arg of execArgv) {
    const match = /^--heap[-_]growing[-_]percent=(\d+)$/u.exec(arg);
    if (match?.[1] !== undefined) found = Number(match[1]); // the last one wins, as for V8
  }
  return found;
}

/** Whether the command line decides about the optimizing compiler itself (then start-up leaves it as it is). */
export function namesOptimizer(execArgv: readonly string[]): boolean {
  return execArgv.some((arg) => /^--(?:no-?)?(?:turbofan|opt|jitless|max-opt)(?:=|$)/u.test(arg.replaceAll('_', '-')));
}

/** Whether the command line decides how V8 tiers up regular expressions (then start-up leaves it as it is). */
export function namesRegExpTierUp(execArgv: readonly string[]): boolean {
  return execArgv.some((arg) => /^--(?:no-?)?regexp-tier-up(?:-ticks)?(?:=|$)/u.test(arg.replaceAll('_', '-')) || /^--regexp-interpret-all(?:=|$)/u.test(arg.replaceAll('_', '-')));
}
