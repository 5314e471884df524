// @ts-check
/**
 * Runs a check and a main command side by side (`npm test`: the typecheck beside jest, scripts/test.mjs;
 * docs/performance.md § Tests, eighth pass), reporting as if the check had run first and the main command only after
 * it passed:
 * - the check's output is held back and printed when it ends (tsc prints only errors), so it is never interleaved
 *   with the main command's lines, which stream as they come;
 * - when the check fails, the main command and every process under it (jest's workers) are stopped, and the run's
 *   exit code is the check's;
 * - otherwise the run's exit code is the main command's.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The process ids under `pid` (Linux: from /proc; elsewhere none are known). @param {number} pid @returns {number[]} */
export function descendants(pid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {string[]} */
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/u.test(name));
  } catch {
    return [];
  }
  for (const name of entries) {
    try {
      // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  for (let queue = [pid]; queue.length > 0; ) {
    const next = children.get(/** @type {number} */ (queue.shift())) ?? [];
    found.push(...next);
    queue.push(...next);
  }
  return found;
}

/**
 * @param {{ readonly check: readonly [string, ...string[]], readonly main: readonly [string, ...string[]], readonly cwd: string }} commands
 * @returns {Promise<number>} the exit code of the run
 */
export async function runSideBySide({ check, main, cwd }) {
  /** @type {Buffer[]} */
  const checkOutput = [];
  const checking = spawn(check[0], check.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  checking.stdout.on('data', (chunk) => checkOutput.push(chunk));
  checking.stderr.on('data', (chunk) => checkOutput.push(chunk));
  // In the terminal's process group as before: Ctrl-C reaches both directly, and jest's watch mode can read keys.
  const running = spawn(main[0], main.slice(1), { cwd, stdio: 'inherit' });

  /** @param {import('node:child_process').ChildProcess} child @returns {Promise<number>} */
  const exitOf = (child) =>
    new Promise((resolve) => {
      child.on('error', (err) => {
        process.stderr.write(`${err.message}\n`);
        resolve(1);
      });
      child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  const mainExit = exitOf(running);
  const checkExit = await exitOf(checking);
  process.stdout.write(Buffer.concat(checkOutput));
  if (checkExit === 0) return mainExit;

  const wasRunning = running.exitCode === null && running.signalCode === null && running.pid !== undefined;
  if (wasRunning && running.pid !== undefined) {
    // Children first seen, then stopped all together: a jest worker whose parent died would finish its file first.
    for (const pid of [running.pid, ...descendants(running.pid)]) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  await mainExit;
  process.stderr.write(`\nThe typecheck failed (above)${wasRunning ? '; the tests were stopped' : ''}.\n`);
  return checkExit;
}
