// First: the modules loaded after it are compiled from Node's on-disk compile cache when it has them.
import { flushCompileCache } from './compile-cache';
// Second: V8 set for start-up (heap growing, no optimizing compiler) until the server listens (src/start-up-v8.ts).
import { startUpOver } from './start-up-v8';
import 'dotenv/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './app';
import { ConfigError, parseEnv, type Env } from './config/env';
import { projectRoot } from './paths/content-root';
import { createLogger, errorFields, type Logger } from './logging/logger';
import { createServer, listen, type RunningServer } from './server';
import { loadAuthenticationPackages } from './http/authentication-packages';

/** Forced exit if in-flight turns and the store flush take longer than this (counted from the end of start-up). */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** Builds the app (opens the stores) and the HTTP server, not yet listening. */
async function start(env: Env, log: Logger, version: string): Promise<{ running: RunningServer; localMode: boolean }> {
  const app = await createApp(env, log);
  return { running: createServer({ app, log, version }), localMode: app.localMode };
}

/** Wires configuration, logging, the app and the HTTP server, and owns the process lifecycle. */
async function main(): Promise<void> {
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(error.message + '\n');
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = createLogger({ level: env.LOG_LEVEL, name: 'veiviser' });
  const { version } = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };

  let starting: ReturnType<typeof start> | undefined;
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info('shutting down', { signal });
    // Waits for start-up to finish first, so a signal during start-up still releases the store lock cleanly.
    (starting ?? Promise.reject(new Error('not started')))
      .then(({ running }) => {
        const force = setTimeout(() => {
          log.error('shutdown took too long; exiting');
          process.exit(1);
        }, SHUTDOWN_TIMEOUT_MS);
        force.unref();
        return running.stop();
      })
      .then(
        () => {
          log.info('stopped', { signal });
          process.exit(0);
        },
        (error: unknown) => {
          log.error('shutdown failed', errorFields(error));
          process.exit(1);
        },
      );
  };
  // Installed before the stores and the port open: from the moment there is anything to flush, SIGTERM
  // finishes the turns in flight and flushes the statistics store instead of killing the process.
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  starting = start(env, log, version);

  const { running, localMode } = await starting;
  if (shuttingDown) return;
  const url = await listen(running, env.PORT, env.HOST);
  // Every request of a bot with an app id is authenticated: its packages are loaded now, in this task, so no request
  // is read before them and the first answer does not pay for them (src/http/authentication-packages.ts).
  if (!localMode) loadAuthenticationPackages();
  log.info('listening', { url, version, localMode, defaultLanguage: env.DEFAULT_LANGUAGE });
  flushCompileCache();
  startUpOver({ busy: running.busy });
}

main().catch((error: unknown) => {
  process.stderr.write(`Veiviser failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
