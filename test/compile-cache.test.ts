/**
 * Node's module compile cache (src/compile-cache.ts): off by default (it holds every module's cached code in memory);
 * with `NODE_COMPILE_CACHE` set, Node uses that directory and the entry point writes it once started; a Node without
 * it (Node 20) starts all the same. Checked in fresh processes: the cache belongs to a process, and jest compiles
 * modules its own way.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

/** Runs `script` after requiring src/compile-cache.ts (through tsx) with `env` (Node's cache variables only from it), and returns what it prints. */
function afterCompileCache(script: string, env: NodeJS.ProcessEnv): string {
  const run = `require('./src/compile-cache.ts'); ${script}`;
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.includes('COMPILE_CACHE')));
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', run], { cwd: ROOT, encoding: 'utf8', env: { ...inherited, ...env } });
}

describe("Node's compile cache at start-up", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'veiviser-compile-cache-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the first thing the entry point imports', () => {
    const imports = readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8').match(/^import .*$/gmu) ?? [];
    expect(imports[0]).toBe("import { flushCompileCache } from './compile-cache';");
  });

  const hasCache = typeof module.enableCompileCache === 'function';

  (hasCache ? it : it.skip)('uses the directory NODE_COMPILE_CACHE names, and writes the loaded modules there when flushed', () => {
    const out = afterCompileCache(
      "require('./src/compile-cache.ts').flushCompileCache(); process.stdout.write(String(require('node:module').getCompileCacheDir()));",
      { NODE_COMPILE_CACHE: dir },
    );
    expect(out.startsWith(dir)).toBe(true);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  }, 60_000);

  (hasCache ? it : it.skip)('is off by default: no cache directory and nothing kept in memory', () => {
    const out = afterCompileCache("require('./src/compile-cache.ts').flushCompileCache(); process.stdout.write(String(require('node:module').getCompileCacheDir()));", {});
    expect(out).toBe('undefined');
  }, 60_000);

  (hasCache ? it : it.skip)('is off when NODE_DISABLE_COMPILE_CACHE=1, and the process runs all the same', () => {
    const out = afterCompileCache("process.stdout.write(String(require('node:module').getCompileCacheDir()));", { NODE_COMPILE_CACHE: dir, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(out).toBe('undefined');
  }, 60_000);

  (hasCache ? it.skip : it)('is skipped without an error on a Node that has no compile cache', () => {
    expect(afterCompileCache("require('./src/compile-cache.ts').flushCompileCache(); process.stdout.write('started');", {})).toBe('started');
  }, 60_000);
});
