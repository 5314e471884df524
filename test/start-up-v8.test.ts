/**
 * V8 during start-up and after it (src/start-up-v8.ts): the optimizing compiler, the command line's heap growing and
 * V8's count of a pattern's runs before its machine code wait until the server listens, and one memory-reducing
 * collection follows. Checked in fresh processes started with
 * `npm start`'s kind of command line: V8's flags belong to a process, and jest runs code its own way.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { heapGrowingPercent, namesOptimizer, namesRegExpTierUp } from '../src/start-up-flags';

const ROOT = path.join(__dirname, '..');

/** Runs `script` after requiring src/start-up-v8.ts (through tsx) with the Node flags given, and returns what it prints. */
function afterStartUpV8(flags: readonly string[], script: string): string {
  const run = `const startUp = require('./src/start-up-v8.ts'); ${script}`;
  return execFileSync(process.execPath, [...flags, '--import', 'tsx', '-e', run], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
}

/**
 * A function made hot, then whether V8 optimized it with TurboFan (`%GetOptimizationStatus`, bit 6). Printed as
 * "<before startUpOver> <after>", each for a function of its own.
 */
const TURBOFAN_BEFORE_AND_AFTER = `
  const status = new Function('f', 'return %GetOptimizationStatus(f)');
  const turbofanned = (f) => { for (let i = 0; i < 300000; i++) f(50); return (status(f) & (1 << 6)) !== 0; };
  const sumBefore = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i * 2; return s; };
  const sumAfter = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i * 3; return s; };
  const before = turbofanned(sumBefore);
  startUp.startUpOver({ collectAfterMs: 60000 });
  process.stdout.write(before + ' ' + turbofanned(sumAfter));
`;

describe('V8 during start-up', () => {
  it('is set by the entry point right after the compile cache, before the modules whose loading is start-up', () => {
    const imports = readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8').match(/^import .*$/gmu) ?? [];
    expect(imports.slice(0, 2)).toEqual(["import { flushCompileCache } from './compile-cache';", "import { startUpOver } from './start-up-v8';"]);
  });

  it("reads the command line's heap-growing percentage in either spelling, the last one winning as for V8", () => {
    expect(heapGrowingPercent(['--max-semi-space-size=8', '--heap-growing-percent=20'])).toBe(20);
    expect(heapGrowingPercent(['--heap_growing_percent=35'])).toBe(35);
    expect(heapGrowingPercent(['--heap-growing-percent=20', '--heap-growing-percent=50'])).toBe(50);
    expect(heapGrowingPercent(['--max-semi-space-size=8', '--inspect'])).toBeUndefined();
  });

  it('leaves the optimizing compiler to a command line that names it', () => {
    expect(namesOptimizer(['--no-turbofan'])).toBe(true);
    expect(namesOptimizer(['--no_opt'])).toBe(true);
    expect(namesOptimizer(['--jitless'])).toBe(true);
    expect(namesOptimizer(['--max-opt=2'])).toBe(true);
    expect(namesOptimizer(['--max-semi-space-size=8', '--heap-growing-percent=20'])).toBe(false);
    expect(namesOptimizer(['--optimize-for-size'])).toBe(false);
  });

  it('leaves the regular expressions\' tier-up to a command line that names it', () => {
    expect(namesRegExpTierUp(['--regexp-tier-up-ticks=1'])).toBe(true);
    expect(namesRegExpTierUp(['--regexp_tier_up_ticks=5'])).toBe(true);
    expect(namesRegExpTierUp(['--no-regexp-tier-up'])).toBe(true);
    expect(namesRegExpTierUp(['--regexp-interpret-all'])).toBe(true);
    expect(namesRegExpTierUp(['--max-semi-space-size=8', '--heap-growing-percent=20'])).toBe(false);
    expect(namesRegExpTierUp(['--regexp-peephole-optimization'])).toBe(false);
  });

  /**
   * A pattern made during start-up and one made after it, each run a few times (a first question), then the first run
   * on past its start-up count (the messages after it): whether V8 still runs each from bytecode
   * (`%RegexpHasBytecode`: machine code replaces it at the tier-up), and how many of the runs matched.
   */
  const REGEXP_TIER_UP = `
    const interpreted = new Function('r', 'return %RegexpHasBytecode(r, true)');
    const runs = (re, n) => { let hits = 0; for (let i = 0; i < n; i++) if (re.test('et tvangsekteskap nå ' + i)) hits++; return hits; };
    const duringStart = new RegExp('(?:tvangsekteskap|forced marriage) nå', 'u');
    const firstQuestion = [runs(duringStart, 3), interpreted(duringStart)];
    startUp.startUpOver({ collectAfterMs: 60000 });
    const afterStart = new RegExp('(?:kjønnslemlestelse|tvangsekteskap) nå', 'u');
    const madeAfter = [runs(afterStart, 3), interpreted(afterStart)];
    const laterMessages = [runs(duringStart, startUp.START_UP_REGEXP_TICKS + 5), interpreted(duringStart)];
    process.stdout.write(JSON.stringify({ firstQuestion, madeAfter, laterMessages }));
  `;

  it("interprets the patterns start-up makes for their first runs, compiles them to machine code later, and tiers up the others as V8 does", () => {
    const out = JSON.parse(afterStartUpV8(['--allow-natives-syntax', '--max-semi-space-size=8', '--heap-growing-percent=20'], REGEXP_TIER_UP)) as unknown;
    // The same matches whichever way a pattern runs; the process runs on past the tier-up (a flag switched at run
    // time once crashed V8 on the turn after the first answer: fifteenth pass).
    expect(out).toEqual({ firstQuestion: [3, true], madeAfter: [3, false], laterMessages: [25, false] });
  }, 60_000);

  it("leaves V8's regular expression tier-up as it is when the command line sets it", () => {
    const out = JSON.parse(afterStartUpV8(['--allow-natives-syntax', '--regexp-tier-up-ticks=1'], REGEXP_TIER_UP)) as unknown;
    expect(out).toEqual({ firstQuestion: [3, false], madeAfter: [3, false], laterMessages: [25, false] });
  }, 60_000);

  it('optimizes no hot function with TurboFan until start-up is over, and does from then on', () => {
    expect(afterStartUpV8(['--allow-natives-syntax', '--heap-growing-percent=20'], TURBOFAN_BEFORE_AND_AFTER)).toBe('false true');
  }, 60_000);

  it('leaves TurboFan off all along when the command line turns it off', () => {
    expect(afterStartUpV8(['--allow-natives-syntax', '--no-turbofan'], TURBOFAN_BEFORE_AND_AFTER)).toBe('false false');
  }, 60_000);

  // V8 ≥ 12 (Node 22) takes gc's 'last-resort' flavour; Node 20's V8 runs a plain full collection, which keeps the young generation.
  const reduces = Number(process.versions.node.split('.')[0]) >= 22;

  it('collects after start-up, without exposing gc to the program' + (reduces ? ', giving back the grown young generation' : ''), () => {
    const out = afterStartUpV8(
      ['--max-semi-space-size=8', '--heap-growing-percent=20'],
      `
      const v8 = require('node:v8');
      const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      // Start-up's allocations, most of which survive: the young generation grows to its largest.
      const kept = [];
      for (let i = 0; i < 400000; i++) kept.push({ i, text: 'x' + i });
      const grown = newSpace();
      startUp.startUpOver({ collectAfterMs: 20 });
      setTimeout(() => {
        const exposed = typeof globalThis.gc !== 'undefined' || require('node:vm').runInNewContext('typeof gc') !== 'undefined';
        process.stdout.write(JSON.stringify({ grown: grown / 1048576, after: newSpace() / 1048576, kept: kept.length, exposed }));
      }, 300);
      `,
    );
    const { grown, after, kept, exposed } = JSON.parse(out) as { grown: number; after: number; kept: number; exposed: boolean };
    expect({ kept, exposed }).toEqual({ kept: 400000, exposed: false });
    expect(grown).toBe(16); // two semi-spaces of --max-semi-space-size
    if (reduces) expect(after).toBeLessThanOrEqual(grown / 2);
  }, 60_000);

  it('waits with the collection while a turn is being answered, and collects once none is', () => {
    const out = afterStartUpV8(
      ['--max-semi-space-size=8', '--heap-growing-percent=20'],
      `
      const { PerformanceObserver, performance } = require('node:perf_hooks');
      const started = performance.now();
      const collections = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.startTime > started) collections.push(Math.round(entry.startTime - started));
      }).observe({ entryTypes: ['gc'] });
      // A first turn still running well after the collection's time: busy for 300 ms, then nothing is allocated.
      startUp.startUpOver({ collectAfterMs: 50, busy: () => performance.now() - started < 300 });
      setTimeout(() => process.stdout.write(JSON.stringify(collections)), 700);
      `,
    );
    // Collections from the collection's time on (before it, the script's own start-up may collect).
    const collections = (JSON.parse(out) as number[]).filter((at) => at >= 50);
    expect(collections.length).toBeGreaterThanOrEqual(1);
    expect(Math.min(...collections)).toBeGreaterThanOrEqual(300);
  }, 60_000);
});
