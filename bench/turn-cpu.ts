/**
 * `npx tsx bench/turn-cpu.ts [--requests 3000] [--rounds 2] [--profile dir]`: CPU milliseconds the server process
 * spends per request, Veiviser beside the echo bot, on every-message-new traffic (as `npm run bench -- --new`).
 *
 * Requests per second on a shared 2-core machine mostly measure the other processes; the CPU time the server's own
 * process uses for a fixed number of requests (from /proc, user + system) does not. When a bot is CPU-bound, its
 * throughput is about 1 / CPU per request, so the ratio of the echo bot's CPU per request to Veiviser's is the
 * throughput ratio a quiet machine would show (less whatever the load generator itself costs). Runs the built
 * programs (`npm run bench` builds them; run it once first, or `npm run build` and the bench build).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadEvalSets } from '../src/evaluation/eval-set';
import { startLeanConnector, type LeanConnector } from './lean-connector';
import { startFlags } from './process-bench';
import type { ServeMessage } from './serve';
import { teamsTraffic } from './teams-traffic';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    warmup: { type: 'string', default: '1500' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    /** A directory for a CPU profile of each run (`node --cpu-prof`), named `<bot>-<round>.cpuprofile`. */
    profile: { type: 'string' },
    /** Node flags for both bots instead of `npm start`'s (one string), as in `npm run bench -- --node-flags`. */
    'node-flags': { type: 'string' },
    /**
     * A directory for V8's `--trace-opt --trace-deopt` of each run (`<bot>-<round>.trace`, the server's stdout: the
     * log's one line a turn marks where the warm-up ends) and its code log, to see what the optimizing compiler still
     * works on.
     */
    trace: { type: 'string' },
  },
});
const CONNECTIONS = Number(args.connections);
const NODE_FLAGS = args['node-flags'] !== undefined ? args['node-flags'].split(/\s+/u).filter((f) => f.length > 0) : startFlags();
const TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

const QUESTIONS = loadEvalSets(path.join(__dirname, '..', 'test', 'eval')).map(({ q, lang }) => ({ q, lang }));

/** user + system CPU of a process (or of one of its threads, `<pid>/task/<tid>`), in ms (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMs(pid: number | string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS;
}

/**
 * CPU of the process's main thread (JavaScript, and GC pauses on it) in ms, and of all its other threads together
 * (V8's helpers: parallel scavenging, concurrent marking and sweeping, optimizing compilation; libuv's pool).
 */
function threadsCpuMs(pid: number): { main: number; others: number } {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const used = cpuMs(`${pid}/task/${tid}`);
    if (tid === String(pid)) main += used;
    else others += used;
  }
  return { main, others };
}

function start(kind: 'veiviser' | 'echo', round: number): Promise<{ child: ChildProcess; port: number }> {
  const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`, `--cpu-prof-name=${kind}-${round}.cpuprofile`] : [];
  // The code log (`<bot>-<round>.log`) names each optimized function's file, line and column, in the trace's order.
  const trace = args.trace
    ? ['--trace-opt', '--trace-deopt', '--log-code', '--no-logfile-per-isolate', `--logfile=${path.join(args.trace, `${kind}-${round}.log`)}`]
    : [];
  const stdout = args.trace ? openSync(path.join(args.trace, `${kind}-${round}.trace`), 'w') : 'ignore';
  const child = fork(path.join(__dirname, '..', 'dist', 'bench', 'serve.js'), [kind], {
    execArgv: ['--expose-gc', ...NODE_FLAGS, ...profile, ...trace],
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
    env: { ...process.env, UNDERSTANDING_CACHE_SIZE: '2000' },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: ServeMessage) => ('port' in message ? resolve({ child, port: message.port }) : reject(new Error('unexpected message'))));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

async function send(port: number, connector: LeanConnector, amount: number, offset: number) {
  const body = teamsTraffic({ serviceUrl: connector.url, conversations: CONNECTIONS, users: 500, questions: QUESTIONS, everyMessageNew: true });
  let n = offset;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    amount,
    timeout: 20,
    requests: [{ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: body(n++) }) }],
  });
}

interface Measured {
  readonly cpuPerRequest: number;
  /** Of `cpuPerRequest`: the main thread's, and the other threads'. */
  readonly mainPerRequest: number;
  readonly othersPerRequest: number;
  readonly errors: number;
}

async function measure(kind: 'veiviser' | 'echo', connector: LeanConnector, round: number): Promise<Measured> {
  const { child, port } = await start(kind, round);
  try {
    const pid = child.pid ?? 0;
    const warmup = Number(args.warmup);
    await send(port, connector, warmup, 0);
    const before = cpuMs(pid);
    const threadsBefore = threadsCpuMs(pid);
    const result = await send(port, connector, Number(args.requests), warmup);
    const used = cpuMs(pid) - before;
    const threadsAfter = threadsCpuMs(pid);
    const total = result.requests.total;
    return {
      cpuPerRequest: used / total,
      mainPerRequest: (threadsAfter.main - threadsBefore.main) / total,
      othersPerRequest: (threadsAfter.others - threadsBefore.others) / total,
      errors: result.errors + result.timeouts + result.non2xx,
    };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('stop');
    await exited;
  }
}

async function main(): Promise<void> {
  const connector = await startLeanConnector();
  try {
    for (let round = 1; round <= Number(args.rounds); round++) {
      const echo = await measure('echo', connector, round);
      const bot = await measure('veiviser', connector, round);
      process.stdout.write(
        `round ${round}: echo bot ${echo.cpuPerRequest.toFixed(2)} ms CPU/request, Veiviser ${bot.cpuPerRequest.toFixed(2)} ms ` +
          `(Veiviser's own work ${(bot.cpuPerRequest - echo.cpuPerRequest).toFixed(2)} ms); CPU-bound throughput ratio ${((100 * echo.cpuPerRequest) / bot.cpuPerRequest).toFixed(0)} %; ` +
          `errors ${echo.errors + bot.errors}\n` +
          `  main thread / other threads (V8's GC helpers and optimizing compiler): echo bot ${echo.mainPerRequest.toFixed(2)} / ${echo.othersPerRequest.toFixed(2)} ms, ` +
          `Veiviser ${bot.mainPerRequest.toFixed(2)} / ${bot.othersPerRequest.toFixed(2)} ms\n`,
      );
    }
  } finally {
    await connector.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
