// The build's last step (after tsc and the data step, see `npm run build`): the app's own modules as one file,
// dist/veiviser.js, which `npm start` runs. Node resolves, reads and wraps each CommonJS module on its own (tsc's
// dist/src is ~170 files); as one file a start spends ~0.13 s less CPU (docs/performance.md, eleventh pass).
// Every package stays outside the bundle and is loaded from node_modules as before: the Bot Framework and restify
// exactly as the echo bot the start-up target is measured against loads them, and no package's own file lookups
// (data files, optional native modules) move. Bundling a package's code as well cost idle memory (one source string
// for all, stored two bytes a character once any of it is not Latin-1) for ~0.05 s more.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildId } from './build-id.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// esbuild is a devDependency, as tsc is: `npm run build` needs the development install (`npm ci`).
const esbuild = createRequire(import.meta.url)('esbuild');

const outfile = path.join(root, 'dist', 'veiviser.js');
await esbuild.build({
  // tsc's output, not the sources: the bundle runs the very JavaScript the tests of the build and the data step ran.
  entryPoints: [path.join(root, 'dist', 'src', 'index.js')],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // The map leads an error's stack back to the TypeScript sources (through tsc's maps) with `node --enable-source-maps`.
  sourcemap: 'linked',
  logLevel: 'warning',
  // The program's id, so it trusts only the data check that its own modules ran (src/paths/data-file.ts).
  define: { VEIVISER_BUILD_ID: JSON.stringify(buildId(root)) },
});
process.stdout.write(`app bundled to ${path.relative(root, outfile)}\n`);
