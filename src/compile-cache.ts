import module from 'node:module';

/*
 * Node's module compile cache (Node ≥ 22.1: https://nodejs.org/api/module.html#module-compile-cache) is opt-in: Node
 * turns it on itself, before any module loads, when the operator sets `NODE_COMPILE_CACHE=<dir>`. It is not turned on
 * here by default: Node keeps every module's cached code in memory for the life of the process (its
 * CompileCacheEntry), about 10 MB of idle RSS for ~6 % less start-up CPU (docs/performance.md, seventh pass), and
 * idle memory is the tighter target. An operator who restarts often and has the memory sets the variable; Node checks
 * each entry against the module's source and writes it atomically, so instances may share the directory.
 */

/**
 * Writes the cache of the modules loaded so far now (Node ≥ 22.10), rather than at exit, when the operator turned it
 * on: an instance that is stopped by SIGKILL or a crash would otherwise never write it. Called once the server listens,
 * when start-up has loaded them. Without a cache (the default, or Node 20) it does nothing.
 */
export function flushCompileCache(): void {
  module.flushCompileCache?.();
}
