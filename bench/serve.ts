/**
 * Child-process entry for the benchmark: runs one bot (`veiviser` or `echo`) on a free port, reports the
 * port over IPC and answers `memory` requests (after a full GC, so figures compare heap that is really live).
 * A separate process per bot keeps autocannon's own CPU use out of the server's measurements.
 */
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'restify';
import type { RunningServer } from '../src/server';
import type { RecentReadingsStats } from '../src/understanding/recent-readings';
import { createEchoServer } from './echo-bot';

/** Event-loop delay since the previous report, in ms: a stall here delays every request in flight. */
export interface LoopDelay {
  readonly p99: number;
  readonly max: number;
}
export type ServeMessage = { port: number } | { memory: NodeJS.MemoryUsage; loopDelay: LoopDelay; cache?: RecentReadingsStats };

async function start(kind: string): Promise<{ server: Server; stop: () => Promise<void>; cache?: () => RecentReadingsStats }> {
  if (kind === 'echo') {
    const server = createEchoServer();
    return { server, stop: async () => void server.close() };
  }
  // Loaded only for Veiviser, so the echo bot's process holds the bare stack and nothing of the app.
  const [{ createApp }, { parseEnv }, { createLogger }, { createServer }] = await Promise.all([
    import('../src/app.js'),
    import('../src/config/env.js'),
    import('../src/logging/logger.js'),
    import('../src/server.js'),
  ]);
  const env = parseEnv({
    NODE_ENV: 'development',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'veiviser-bench-')),
    // Production logging level: one line per turn, written to stdout (which the parent discards).
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '10000',
    ...(process.env.UNDERSTANDING_CACHE_SIZE ? { UNDERSTANDING_CACHE_SIZE: process.env.UNDERSTANDING_CACHE_SIZE } : {}),
  });
  const log = createLogger({ level: env.LOG_LEVEL, name: 'veiviser' });
  const app = await createApp(env, log);
  const running: RunningServer = createServer({ app, log, version: 'bench' });
  return { server: running.server, stop: () => running.stop(), cache: () => app.understandingCache() };
}

async function main(): Promise<void> {
  const kind = process.argv[2] ?? 'veiviser';
  const { server, stop, cache } = await start(kind);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const send = (message: ServeMessage) => process.send?.(message);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  send({ port: (server.address() as AddressInfo).port });
  process.on('message', (message: unknown) => {
    if (message === 'memory') {
      globalThis.gc?.();
      const loopDelay = { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
      loop.reset();
      send({ memory: process.memoryUsage(), loopDelay, ...(cache ? { cache: cache() } : {}) });
    } else if (message === 'stop') {
      void stop().then(() => process.exit(0));
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
