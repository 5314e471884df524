// @ts-check
/**
 * `npm test`: the typecheck and jest side by side instead of one after the other (docs/performance.md § Tests,
 * eighth pass). `tsc --noEmit` was one thread of ~20–30 s on CI's clean clone with TypeScript 5.9; TypeScript 7's native
 * compiler checks the same sources in ~7 s of CPU (docs/performance.md § Tests, seventeenth pass). It still runs beside
 * jest, whose own start (its global setup writing the build's data on a clean clone, its file map) is mostly one thread
 * too. What a run reports is unchanged (scripts/side-by-side.mjs): type errors are printed whole when the typecheck
 * ends, a failed typecheck stops jest and is the run's exit code, as `npm run typecheck && jest` did; otherwise the
 * run's code is jest's. Arguments go to jest (`npm test -- path/to/file`).
 *
 * Jest runs with a larger young generation (`--max-semi-space-size`), which its workers inherit (jest-worker forks them
 * with jest's `execArgv`): a test file that builds the app allocates ~100–200 MB in a second or two, most of it kept
 * for the file's life (readers, indexes, modules), and with V8's default 16 MB semi-spaces every scavenge copies
 * that live data again. 64 MB: ~70 scavenges instead of ~250 over ten app-building files and ~6 % less CPU
 * (docs/performance.md § Tests, ninth pass). Processes the tests spawn are not affected (they are spawned, not forked).
 *
 * And without V8's regular-expression tier-up (`--no-regexp-tier-up`): a pattern is compiled to machine code on its
 * first run instead of to bytecode first and to machine code on its second. The tests run tens of thousands of patterns
 * thousands of times each (the statistics rewrites against their reference on every evaluation question, the
 * conversation sets), and the interpreted first runs cost more in a jest worker than under plain node, more so once a
 * file has run other tests (stats-words-scripts 9–12 s of CPU with the tier-up, 2.5 s without; a conversation-set
 * share 44.5 → 40.7 s side by side): docs/performance.md § Tests, fourteenth pass. How a pattern is compiled, never
 * what it matches. The flag is set on the command line only: V8 crashed when a test switched it at run time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSideBySide } from './side-by-side.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `npm run typecheck`'s command (package.json), run by this node without npm's and a shell's start-up.
const [tsc, ...typecheckArgs] = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.typecheck.split(/\s+/u);
if (tsc !== 'tsc') throw new Error(`package.json's typecheck script should start with tsc, not ${tsc}`);

/** Node flags for jest's process and, through its `execArgv`, its workers (see above). */
const JEST_NODE_FLAGS = ['--max-semi-space-size=64', '--no-regexp-tier-up'];

process.exitCode = await runSideBySide({
  cwd: root,
  check: [process.execPath, path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ...typecheckArgs],
  main: [process.execPath, ...JEST_NODE_FLAGS, path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...process.argv.slice(2)],
});
