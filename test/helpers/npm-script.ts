import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { bundledSources } from './bundled-sources';

const ROOT = path.resolve(__dirname, '../..');

const packageScripts = z.object({ scripts: z.record(z.string(), z.string()) });

/** Every operator script in package.json is `tsx scripts/<name>.ts`. */
const TSX_SCRIPT = /^tsx (scripts\/[\w-]+\.ts)$/u;

/**
 * `npm run --silent <script> -- <args>` as an operator types it (`args` as npm gets them: the script's name, `--`, its
 * arguments), run as the command package.json gives it (`tsx scripts/<name>.ts`), in the project folder: the same
 * script, arguments, environment, output and exit code, without npm's CLI and tsx's wrapper process (~0.5 s of CPU a
 * run, measured 2026-12-03; the tests run ~13), and without tsx's loader: the script bundled by esbuild once per test
 * file (test/helpers/bundled-sources.ts; ~0.5 → ~0.14 s of CPU a run).
 */
export function npmRun(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  const [name, separator, ...rest] = args;
  if (!name || (separator !== undefined && separator !== '--')) throw new Error(`npmRun: expected [script, '--', ...args], got ${JSON.stringify(args)}`);
  const command = packageScripts.parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))).scripts[name];
  const file = command?.match(TSX_SCRIPT)?.[1];
  if (!file) throw new Error(`npmRun: package.json's "${name}" is not a tsx script: ${command ?? 'missing'}`);
  return promisify(execFile)(process.execPath, [bundledSources(file), ...rest], { cwd: ROOT, env, maxBuffer: 10_000_000 });
}
