import module from 'node:module';
import path from 'node:path';

/*
 * `npm start`'s program: turns on Node's module compile cache (Node ≥ 22.1) in dist/compile-cache, which the build
 * fills (scripts/fill-compile-cache.mjs), and then loads the bundled app. It has to come before the bundle: a module's
 * cached code is used only when the module is compiled after the cache is on, and dist/veiviser.js is most of what a
 * start compiles. A cache directory that is missing, read-only or written by another Node version only costs the
 * cache: Node compiles as without it (docs/performance.md, session 40). NODE_DISABLE_COMPILE_CACHE=1 turns it off;
 * NODE_COMPILE_CACHE=<dir> names another directory (Node reads both itself).
 */
module.enableCompileCache?.(path.join(__dirname, '..', 'compile-cache'));
// The build's bundle beside dist/src (not a module of src/: a path, not an import the sources resolve).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(path.join(__dirname, '..', 'veiviser.js'));
