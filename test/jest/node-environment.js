// @ts-check
/**
 * Jest's node environment, with the worker's code cache installed (test/jest/compile-cache.js): the environment is
 * loaded in the worker itself, outside the test files' contexts, once per worker.
 */
const { TestEnvironment } = require('jest-environment-node');
require('./compile-cache').install();

module.exports = TestEnvironment;
