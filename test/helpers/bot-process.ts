import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');

/** A bot started as its own process: the child, its output so far, and the URL it listens on once it says so. */
export interface BotProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: Promise<string>;
  output(): string;
}

/**
 * src/index.ts and the modules it imports, bundled once per test file into one CommonJS file (esbuild, which tsx
 * itself transforms each module with), every package left in node_modules as `npm start`'s bundle leaves them. A start
 * through `node --import tsx` spent about half its CPU in tsx's loader (~2.0 s to "listening" against ~1.1 s at load
 * 13, docs/performance.md § Tests, fifteenth pass); the test is about the process, not about tsx.
 *
 * The file lies under dist/ so that packages resolve from it as from src/. Where src asks where it runs (`__dirname`
 * in src/paths/content-root.ts, `__filename` in src/paths/code-file.ts, the only two uses), it is told src/paths, so
 * the bundled process is the sources' program: the project root found from there, `RUNNING_SOURCES` true, the data the
 * global setup wrote checked against src/ as under tsx.
 */
let bundled: string | undefined;

function botBundle(): string {
  if (bundled) return bundled;
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, 'dist', 'test-bot-'));
  const outfile = path.join(dir, 'index.cjs');
  buildSync({
    entryPoints: [path.join(ROOT, 'src', 'index.ts')],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
    absWorkingDir: ROOT,
    define: {
      __dirname: JSON.stringify(path.join(ROOT, 'src', 'paths')),
      __filename: JSON.stringify(path.join(ROOT, 'src', 'paths', 'code-file.ts')),
    },
  });
  bundled = outfile;
  return outfile;
}

// This module is imported at the top of a test file: the hook is the file's own, after its tests (and their processes).
afterAll(() => {
  if (bundled) rmSync(path.dirname(bundled), { recursive: true, force: true });
  bundled = undefined;
});

/**
 * Starts src/index.ts as `npm start` would (bundled, see above, so no build is needed) on a free port, with only the
 * variables given (no .env). `url` resolves from the "listening" log line and rejects when the process exits first;
 * a test that expects the process to exit need not handle that rejection.
 */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [botBundle()], {
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
