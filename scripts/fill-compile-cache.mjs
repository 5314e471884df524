// The build's step after the data check: starts `npm start`'s program (dist/src/start.js, with `npm start`'s Node
// flags from package.json) once, on a free port of 127.0.0.1, until it listens, and stops it, so Node's module compile
// cache in dist/compile-cache holds the bundle's and its packages' compiled code before the first real start
// (src/start.ts). The cache is of the Node binary and flags that ran the build (Node files it under its version and
// flags), so a deploy must build with the Node it runs; any other Node, or a start without the directory, compiles as
// before. Node < 22.1 has no compile cache: nothing is written. A start that fails here fails the build, as
// `npm start` would fail.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import module from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'dist', 'compile-cache');
if (typeof module.enableCompileCache !== 'function') {
  process.stdout.write(`Node ${process.version} has no compile cache: ${path.relative(root, cacheDir)} not filled\n`);
  process.exit(0);
}
const words = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start.split(/\s+/u);
const flags = words.slice(1).filter((w) => w.startsWith('--'));
const program = path.join(root, words.slice(1).find((w) => !w.startsWith('--')));

const port = await new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-compile-cache-'));
// A cache written beside an older bundle holds entries no start will use again: start from an empty directory.
rmSync(cacheDir, { recursive: true, force: true });
const child = spawn(process.execPath, [...flags, program], {
  cwd: dataDir,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { PATH: process.env.PATH, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
});
const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
let seen = '';
let errors = '';
child.stderr.on('data', (chunk) => (errors = (errors + chunk.toString('utf8')).slice(-4096)));
const listening = await new Promise((resolve) => {
  child.stdout.on('data', (chunk) => {
    seen = (seen + chunk.toString('utf8')).slice(-4096);
    if (seen.includes('"listening"')) resolve(true);
  });
  void exited.then(() => resolve(false));
});
if (listening) child.kill('SIGTERM');
const { code, signal } = await exited;
rmSync(dataDir, { recursive: true, force: true });
if (!listening) {
  process.stderr.write(`fill-compile-cache: ${path.relative(root, program)} exited before listening (code ${code}, signal ${signal})\n${errors}`);
  process.exit(1);
}
process.stdout.write(`compile cache of ${path.relative(root, program)} written to ${path.relative(root, cacheDir)} (Node ${process.version})\n`);
