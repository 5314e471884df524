import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A program of ours (src/index.ts, an operator script under scripts/) bundled with the modules it imports into one
 * CommonJS file, for the tests that start it as its own process: esbuild, which tsx itself transforms each module with,
 * and every package left in node_modules as `npm start`'s bundle leaves them. A start through `node --import tsx` spent
 * about half its CPU or more in tsx's loader (the bot ~2.0 s to "listening" against ~1.1 s at load 13; a statistics
 * script ~0.5 against ~0.14 s: docs/performance.md § Tests, fifteenth pass); the tests are about the programs, not tsx.
 *
 * The files lie under dist/ so that packages resolve from them as from src/. Where src asks where it runs (`__dirname`
 * in src/paths/content-root.ts, `__filename` in src/paths/code-file.ts, the only two uses in src/ and in the scripts),
 * it is told src/paths, so the bundled process is the sources' program: the project root found from there,
 * `RUNNING_SOURCES` true, the data the global setup wrote checked against src/ as under tsx. Each program is bundled
 * once per test file (esbuild takes ~0.1 s of CPU) and the folder removed after the file's tests.
 */
let folder: string | undefined;
const bundles = new Map<string, string>();

/** The bundle of `entry` (a path from the project root, e.g. 'src/index.ts'), made on first use in this test file. */
export function bundledSources(entry: string): string {
  let outfile = bundles.get(entry);
  if (outfile) return outfile;
  if (!folder) {
    mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
    folder = mkdtempSync(path.join(ROOT, 'dist', 'test-bundles-'));
  }
  outfile = path.join(folder, `${entry.replace(/[\\/.]/gu, '-')}.cjs`);
  buildSync({
    entryPoints: [path.join(ROOT, entry)],
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
  bundles.set(entry, outfile);
  return outfile;
}

// This module is imported at the top of a test file (through a helper): the hook is the file's own, after its tests.
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
  bundles.clear();
});
