import module from 'node:module';

/*
 * Node's module compile cache (Node ≥ 22.1: https://nodejs.org/api/module.html#module-compile-cache). `npm start`'s
 * program (src/start.ts) turns it on in dist/compile-cache, which the build fills, before the bundle loads (session
 * 40: ~9 % less start-up CPU for ~3 MB of idle RSS); Node turns it on itself when the operator sets
 * `NODE_COMPILE_CACHE=<dir>`, and `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Node checks each entry against the
 * module's source and writes it atomically, so instances may share the directory.
 */

/**
 * Writes the cache of the modules loaded so far now (Node ≥ 22.10), rather than at exit, when the operator turned it
 * on: an instance that is stopped by SIGKILL or a crash would otherwise never write it. Called once the server listens,
 * when start-up has loaded them. Without a cache (the default, or Node 20) it does nothing.
 */
export function flushCompileCache(): void {
  module.flushCompileCache?.();
}
