import module from 'node:module';

/*
 * Node's module compile cache (Node ≥ 22.1: https://nodejs.org/api/module.html#module-compile-cache): V8's compiled
 * code of every module loaded after this one is kept on disk, so a start after the first skips compiling the ~1,100
 * modules of the app and botbuilder. Imported first by src/index.ts, so it covers everything the entry point loads.
 *
 * The directory is Node's own setting: `NODE_COMPILE_CACHE=<dir>` (default: `<os.tmpdir()>/node-compile-cache`);
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Node checks each entry against the module's source and its own version
 * and writes an entry to a temporary file renamed into place, so several instances may share one directory. A cache
 * that cannot be used (a read-only disk, Node 20) is skipped without an error: it is an optimisation, never needed.
 */
module.enableCompileCache?.();

/**
 * Writes the cache of the modules loaded so far now (Node ≥ 22.10), rather than at exit: an instance that is stopped
 * by SIGKILL or a crash would otherwise never write it. Called once the server listens, when start-up has loaded them.
 */
export function flushCompileCache(): void {
  module.flushCompileCache?.();
}
