// The build's last step (after tsc and the data step, see `npm run build`): the app's own modules as one file,
// dist/veiviser.js, which `npm start` runs. Node resolves, reads and wraps each CommonJS module on its own (tsc's
// dist/src is ~170 files); as one file a start spends ~0.13 s less CPU (docs/performance.md, eleventh pass).
// Every package stays outside the bundle and is loaded from node_modules as before, so no package's own file lookups
// (data files, optional native modules) move: restify and the Bot Framework's packages as the echo bot the start-up
// target is measured against loads them, except that neither botbuilder's index nor restify's plugins' index loads
// what the app does not use, and the connector's authentication packages and botframework-streaming wait for their first use
// (scripts/bundle-parts.mjs). Bundling a package's code as well cost idle memory (one source string for all, stored two
// bytes a character once any of it is not Latin-1) for ~0.05 s more.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildId } from './build-id.mjs';
import { packageEntriesFirst, botbuilderNames, botbuilderParts, restifyParts } from './bundle-parts.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// esbuild is a devDependency, as tsc is: `npm run build` needs the development install (`npm ci`).
const esbuild = createRequire(import.meta.url)('esbuild');

/*
 * zod (v4) is bundled too, without its 60-odd message locales: the echo bot the start-up target is measured against
 * loads none of it (the Bot Framework brings its own zod 3), and Node resolved, read and compiled its 95 files one by
 * one, 64 of them locales that `zod`'s index loads for `z.locales` and nothing here uses (error messages stay
 * English, the locale zod configures itself with). Loading zod went from ~40 to ~19 ms of CPU.
 */
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const zodInside = {
  name: 'zod-inside',
  setup(build) {
    // The package's entry (and its subpaths) from node_modules, bundled; every other package stays external.
    build.onResolve({ filter: /^zod(?:\/|$)/ }, (args) => ({ path: requireFromRoot.resolve(args.path) }));
    // `z.locales` and `z.core.locales`: English only (what `z.config(en())` in zod's own index already sets).
    build.onResolve({ filter: /\/locales\/index\.cjs$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`) ? { path: 'zod-locales', namespace: 'zod-inside' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-inside' }, () => ({
      contents: `exports.en = require(${JSON.stringify(requireFromRoot.resolve('zod/v4/locales/en.cjs'))}).default;`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const outfile = path.join(root, 'dist', 'veiviser.js');
// tsc's output, not the sources: the bundle runs the very JavaScript the tests of the build and the data step ran.
const entry = path.join(root, 'dist', 'src', 'index.js');
const { AUTHENTICATION_PACKAGES } = requireFromRoot('./dist/src/http/authentication-packages.js');
await esbuild.build({
  plugins: [packageEntriesFirst(root, entry, AUTHENTICATION_PACKAGES), zodInside, botbuilderParts(root, botbuilderNames(path.join(root, 'dist', 'src'))), restifyParts(root)],
  entryPoints: [entry],
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
