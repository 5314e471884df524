import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `npm test` runs the typecheck beside jest (scripts/test.mjs through scripts/side-by-side.mjs) and must report as
 * `npm run typecheck && jest` did: type errors printed whole, a failed typecheck is the run's exit code and stops the
 * tests with every process under them, otherwise the run's exit code is the tests'. Small node scripts stand in for
 * tsc and jest.
 */
const SIDE_BY_SIDE = path.join(__dirname, '..', '..', 'scripts', 'side-by-side.mjs');
// Each test starts three to five node processes: minutes on a machine loaded by other suites.
jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veiviser-side-by-side-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs runSideBySide with `node -e` scripts as the check and the main command. */
function run(check: string, main: string) {
  const started = Date.now();
  const program = `import { runSideBySide } from ${JSON.stringify(SIDE_BY_SIDE)};
process.exitCode = await runSideBySide({ cwd: ${JSON.stringify(dir)}, check: [process.execPath, '-e', ${JSON.stringify(check)}], main: [process.execPath, '-e', ${JSON.stringify(main)}] });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8', timeout: 280_000 });
  return { ...result, ms: Date.now() - started };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the typecheck beside jest', () => {
  it('a failed typecheck prints its errors, stops the tests and every process under them, and is the exit code', () => {
    const pidFile = path.join(dir, 'grandchild.pid');
    // The "tests": a worker-like child that would run for ten minutes, and a main process that waits for it.
    const main = `const { spawn } = require('node:child_process'); const { writeFileSync } = require('node:fs');
const worker = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
writeFileSync(${JSON.stringify(pidFile)}, String(worker.pid)); console.log('tests started'); setTimeout(() => {}, 600000);`;
    // The "typecheck" fails once the tests have started (their pid file written).
    const check = `const { existsSync } = require('node:fs'); const poll = setInterval(() => { if (!existsSync(${JSON.stringify(pidFile)})) return; clearInterval(poll);
console.log('src/x.ts(1,7): error TS2322: Type string is not assignable to type number.'); process.exit(2); }, 100);`;
    const result = run(check, main);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('tests started');
    expect(result.stdout).toContain('error TS2322');
    expect(result.stderr).toContain('The typecheck failed (above); the tests were stopped.');
    // Stopped, not waited for (the tests alone would take ten minutes).
    expect(result.ms).toBeLessThan(280_000);
    const worker = Number(readFileSync(pidFile, 'utf8'));
    // SIGTERM was sent to it before the run ended; give the kernel a moment to reap it.
    const until = Date.now() + 5000;
    while (alive(worker) && Date.now() < until) spawnSync('sleep', ['0.1']);
    expect(alive(worker)).toBe(false);
  });

  it('a failed typecheck after the tests passed is still the exit code, with its errors', () => {
    const doneFile = path.join(dir, 'tests.done');
    const main = `console.log('tests passed'); require('node:fs').writeFileSync(${JSON.stringify(doneFile)}, 'done');`;
    // Ends after the tests did (their file written), and a little more for their exit to be seen.
    const check = `const { existsSync } = require('node:fs'); const poll = setInterval(() => { if (!existsSync(${JSON.stringify(doneFile)})) return;
clearInterval(poll); setTimeout(() => { console.error('type error'); process.exit(2); }, 1000); }, 100);`;
    const result = run(check, main);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('type error');
    expect(result.stderr).toContain('The typecheck failed (above)');
  });

  it('a passing typecheck leaves the exit code to the tests, and prints nothing of its own', () => {
    expect(run(`process.exit(0)`, `setTimeout(() => process.exit(3), 300);`).status).toBe(3);
    const passed = run(`setTimeout(() => process.exit(0), 300)`, `console.log('all passed');`);
    expect(passed.status).toBe(0);
    expect(passed.stdout).toBe('all passed\n');
    expect(passed.stderr).toBe('');
  });
});
