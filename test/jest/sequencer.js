// @ts-check
/**
 * Jest's order of test files, with the suite's known heaviest files first (docs/performance.md § Tests, seventh pass).
 *
 * Jest starts the files that took longest in its last run first, from its timing cache; on a clean clone (CI) it has
 * none and starts the largest files first, which put the conversation sets (a fifth of the suite's CPU) in the
 * middle of the run, in a worker that had already run dozens of files, and last to finish. The files below start
 * first, in this order, in fresh workers; every other file keeps jest's order after them. Only the order changes:
 * the same files and tests run.
 */
const Sequencer = require('@jest/test-sequencer').default;

/** Paths under test/, heaviest first (CPU of worker and children in a full run, 2026-12-04). */
const HEAVIEST = [
  // The conversation sets in two shares (test/evaluation/conversation-sets.ts), one in each fresh worker.
  'evaluation/conversation-sets-1.test.ts',
  'evaluation/conversation-sets-2.test.ts',
  'stats/crash.test.ts',
  'cards/card-schema.test.ts',
  'security/untrusted-input.test.ts',
  'http/shutdown.test.ts',
  'evaluation/eval-floor.test.ts',
  'stats/store-lock.test.ts',
  'http/two-processes.test.ts',
  'stats/stats-words-scripts.test.ts',
  'cards/rtl-isolation.test.ts',
];

/** @param {string} testPath */
function heavyRank(testPath) {
  const relative = testPath.split(/[\\/]test[\\/]/u).pop()?.replace(/\\/gu, '/') ?? '';
  const rank = HEAVIEST.indexOf(relative);
  return rank < 0 ? HEAVIEST.length : rank;
}

class HeaviestFirstSequencer extends Sequencer {
  /** @param {import('@jest/test-result').Test[]} tests */
  sort(tests) {
    const ordered = /** @type {import('@jest/test-result').Test[]} */ (super.sort(tests));
    // Array.prototype.sort is stable: files outside the list keep jest's order.
    return [...ordered].sort((a, b) => heavyRank(a.path) - heavyRank(b.path));
  }
}

module.exports = HeaviestFirstSequencer;
module.exports.HEAVIEST = HEAVIEST;
