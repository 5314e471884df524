import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { bundledSources } from './bundled-sources';

const ROOT = path.resolve(__dirname, '../..');

/** A bot started as its own process: the child, its output so far, and the URL it listens on once it says so. */
export interface BotProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: Promise<string>;
  output(): string;
}

/**
 * Starts src/index.ts as `npm start` would (bundled by esbuild, test/helpers/bundled-sources.ts, so no build is
 * needed) on a free port, with only the variables given (no .env). `url` resolves from the "listening" log line and rejects when the process exits first;
 * a test that expects the process to exit need not handle that rejection.
 */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [bundledSources('src/index.ts')], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /"msg":"listening","url":"([^"]+)"/.exec(output);
      if (match?.[1]) resolve(match[1].replace('[::]', '127.0.0.1'));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code} before listening:\n${output}`)));
  });
  url.catch(() => undefined);
  return { child, url, output: () => output };
}
