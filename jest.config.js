// CommonJS + @swc/jest: TypeScript and the ESM-only dependencies (lowdb, steno, eld) are all
// transformed to CommonJS for tests; type checking is done once by `tsc --noEmit` in `npm test`.
// test/jest/builtins-transform.js wraps @swc/jest: jest's vm context makes every read of a global such as `Math` or
// `Object` slow, so each module (ours, and the packages whose loops understanding spends its time in) gets local
// bindings of the same built-ins. It roughly halved the CPU time of the suites that understand many messages.
/** @type {import('jest').Config} */
module.exports = {
  // jest's node environment with a per-worker V8 code cache of the compiled modules (test/jest/compile-cache.js).
  testEnvironment: '<rootDir>/test/jest/node-environment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj|cj)s$': ['<rootDir>/test/jest/builtins-transform.js', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(lowdb|steno|eld|minisearch|snowball-stemmers|lru-cache|zod)/)'],
  // eld exports only an `import` condition; point jest's CommonJS resolver at the same file.
  moduleNameMapper: { '^eld/medium$': '<rootDir>/node_modules/eld/src/entries/static.medium.js' },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testTimeout: 20000,
  // The build's data (index terms, eld's compact model) for the sources, once per run: see test/global-setup.ts.
  globalSetup: '<rootDir>/test/global-setup.ts',
  // A worker per core: the suite is CPU-bound, so on the 2-core machine `npm test` takes about half the wall time of
  // jest's default (cores − 1, i.e. one worker there). On a machine shared with other work, `npx jest -w 1` leaves a
  // core to the others.
  maxWorkers: '100%',
  // The known heaviest files first, whether or not jest has timings from an earlier run (test/jest/sequencer.js).
  testSequencer: '<rootDir>/test/jest/sequencer.js',
  // A worker whose heap is this large after a file is replaced by a fresh one before its next file: in a worker that
  // has run many files, the next files ran up to 1.7× slower (the conversation sets: 44 s of CPU in a fresh worker,
  // 75 s after eight app-building files). docs/performance.md § Tests, seventh pass.
  workerIdleMemoryLimit: '700MB',
};
