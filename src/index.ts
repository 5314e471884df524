import 'dotenv/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './app';
import { ConfigError, parseEnv } from './config/env';
import { projectRoot } from './content/content-root';
import { createLogger, errorFields } from './logging/logger';
import { createServer, listen } from './server';

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
  const app = await createApp(env, log);
  const running = createServer({ app, log, version });
  const url = await listen(running, env.PORT, env.HOST);
  log.info('listening', { url, version, localMode: app.localMode, defaultLanguage: env.DEFAULT_LANGUAGE });

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Veiviser failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
