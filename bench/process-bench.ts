/**
 * Whole-program figures, the bot side by side with the echo bot, both built and started the way `npm start` starts
 * Veiviser (`npm start`'s Node flags and program, `dist/veiviser.js`; the echo bot from dist/bench/echo-main.js):
 *
 * - startup: spawn → first answered request (a POST to /api/messages that comes back 200, its reply delivered to the
 *   connector), and RSS 3 s later (idle). Rounds alternate the bots; medians.
 * - soak: the echo bot's idle RSS, then Veiviser under `seconds` of every-message-new load (10 connections as fast as
 *   it answers), its RSS sampled every 30 s from /proc: the end figure against the echo bot's idle RSS, and whether
 *   it is flat over the last three minutes.
 *
 * RSS is read by the parent from /proc/<pid>/status (VmRSS), so the figure is what a container's memory limit sees.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { z } from 'zod';
import type { LeanConnector } from './lean-connector';

/** The words of `npm start`'s command (package.json). */
function startWords(): string[] {
  const manifest = z.object({ scripts: z.object({ start: z.string() }) }).parse(JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')));
  return manifest.scripts.start.split(/\s+/u);
}

/** The Node flags `npm start` runs Veiviser with (package.json), which every benchmark gives both bots by default. */
export function startFlags(): string[] {
  const words = startWords();
  return words[0] === 'node' ? words.slice(1).filter((w) => w.startsWith('--')) : [];
}

/** The program `npm start` runs (the bundled app, dist/veiviser.js), relative to the project root. */
export function startEntry(): string {
  const entry = startWords()
    .slice(1)
    .find((w) => !w.startsWith('--'));
  if (entry === undefined) throw new Error('package.json: the start script names no program');
  return entry;
}
import { teamsTraffic, type TypedQuestion } from './teams-traffic';

export type BotKind = 'echo' | 'veiviser';
const ROOT = path.join(__dirname, '..');
const MB = 1024 * 1024;

/**
 * Compiles the app (tsc, as `npm run build`) and the benchmark's own programs (the echo bot, the load phases' server,
 * the understanding micro-benchmark: one file each, not bundled, like tsc's output) into dist/, so every figure is of
 * the JavaScript that runs in production (tsx adds a name-keeping wrapper to every function expression).
 */
export function buildPrograms(): void {
  const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error('npm run build failed');
  // esbuild is a devDependency; loaded here only, so the other benchmark modes do not need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: ['echo-main.ts', 'echo-bot.ts', 'serve.ts', 'understanding-bench.ts', 'conversation-reading-bench.ts', 'teams-traffic.ts'].map((f) => path.join(__dirname, f)),
    outdir: path.join(ROOT, 'dist', 'bench'),
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    bundle: false,
    logLevel: 'warning',
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MB, as the kernel counts it. */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? Number.NaN) / 1024;
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (clock ticks of 10 ms): on a loaded
 * machine a steadier figure of start-up work than the wall-clock cold start, which includes waiting for a core.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function post(port: number, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

export interface RunningBot {
  readonly kind: BotKind;
  readonly child: ChildProcess;
  readonly port: number;
  /** Spawn → first answered request, ms. */
  readonly coldStartMs: number;
  /** CPU the process used from spawn to its first answer, ms. */
  readonly startCpuMs: number;
  stop(): Promise<void>;
}

/**
 * Starts a bot's built program and sends it a question every 10 ms until one is answered. `node`: the Node binary
 * both bots run on (`--node`), by default the one running the benchmark; `program`: the file it runs, relative to the
 * project root (by default the echo bot's, or the one `npm start` runs).
 */
export async function startProgram(
  kind: BotKind,
  connector: LeanConnector,
  nodeFlags: readonly string[],
  env: NodeJS.ProcessEnv = {},
  node: string = process.execPath,
  program: string = kind === 'echo' ? path.join('dist', 'bench', 'echo-main.js') : startEntry(),
): Promise<RunningBot> {
  const port = await freePort();
  const entry = path.join(ROOT, program);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-bench-'));
  const started = performance.now();
  const child = spawn(node, [...nodeFlags, entry], {
    // cwd: an empty directory, so dotenv finds no developer's .env.
    cwd: dataDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { PATH: process.env.PATH, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '10000', ...env },
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const body = teamsTraffic({ serviceUrl: connector.url, conversations: 1, users: 1 })(0);
  for (;;) {
    if (exited) throw new Error(`${kind} exited during start-up`);
    if ((await post(port, body)) === 200) break;
    await sleep(10);
  }
  const coldStartMs = performance.now() - started;
  const startCpuMs = cpuMs(child.pid ?? 0);
  return {
    kind,
    child,
    port,
    coldStartMs,
    startCpuMs,
    stop: async () => {
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}

export interface StartupFigures {
  readonly coldStartMs: number;
  readonly startCpuMs: number;
  readonly idleRssMb: number;
}

/** Cold start and RSS 3 s after the first answer, one bot, one round. */
export async function startupOnce(kind: BotKind, connector: LeanConnector, nodeFlags: readonly string[], node?: string): Promise<StartupFigures> {
  const bot = await startProgram(kind, connector, nodeFlags, {}, node);
  try {
    await sleep(3000);
    return { coldStartMs: bot.coldStartMs, startCpuMs: bot.startCpuMs, idleRssMb: rssMb(bot.child.pid ?? 0) };
  } finally {
    await bot.stop();
  }
}

export interface SoakFigures {
  readonly echoIdleRssMb: number;
  readonly idleRssMb: number;
  /** [seconds since the load started, RSS MB]. */
  readonly samples: ReadonlyArray<readonly [number, number]>;
  readonly requests: number;
  readonly errors: number;
  readonly rps: number;
}

/** Veiviser under `seconds` of every-message-new load, RSS every `every` s; the echo bot's idle RSS before it. */
export async function soak(options: {
  readonly seconds: number;
  readonly every: number;
  readonly connections: number;
  readonly questions: readonly TypedQuestion[];
  readonly connector: LeanConnector;
  readonly nodeFlags: readonly string[];
  /** The Node binary (see startProgram). */
  readonly node?: string;
  readonly onSample?: (seconds: number, rss: number) => void;
}): Promise<SoakFigures> {
  const echo = await startupOnce('echo', options.connector, options.nodeFlags, options.node);
  const bot = await startProgram('veiviser', options.connector, options.nodeFlags, {}, options.node);
  try {
    await sleep(3000);
    const pid = bot.child.pid ?? 0;
    const idleRssMb = rssMb(pid);
    const body = teamsTraffic({ serviceUrl: options.connector.url, conversations: options.connections, users: 500, questions: options.questions, everyMessageNew: true });
    let n = 0;
    const samples: Array<readonly [number, number]> = [];
    const started = performance.now();
    const sampler = setInterval(() => {
      const at = Math.round((performance.now() - started) / 1000);
      const rss = rssMb(pid);
      samples.push([at, rss]);
      options.onSample?.(at, rss);
    }, options.every * 1000);
    const result = await autocannon({
      url: `http://127.0.0.1:${bot.port}`,
      connections: options.connections,
      duration: options.seconds,
      timeout: 10,
      requests: [{ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: body(n++) }) }],
    });
    clearInterval(sampler);
    const at = Math.round((performance.now() - started) / 1000);
    samples.push([at, rssMb(pid)]);
    return {
      echoIdleRssMb: echo.idleRssMb,
      idleRssMb,
      samples,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
      rps: result.requests.average,
    };
  } finally {
    await bot.stop();
  }
}

export { MB };
