// CommonJS + @swc/jest: TypeScript and the ESM-only dependencies (lowdb, steno, eld) are all
// transformed to CommonJS for tests; type checking is done once by `tsc --noEmit` in `npm test`.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(lowdb|steno|eld)/)'],
  // eld exports only an `import` condition; point jest's CommonJS resolver at the same file.
  moduleNameMapper: { '^eld/medium$': '<rootDir>/node_modules/eld/src/entries/static.medium.js' },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testTimeout: 20000,
  // The build's data (index terms, eld's compact model) for the sources, once per run: see test/global-setup.ts.
  globalSetup: '<rootDir>/test/global-setup.ts',
};
