import Sequencer from '@jest/test-sequencer';

/** Jest's sequencer with the suite's known heaviest files first (test/jest/sequencer.js). */
declare class HeaviestFirstSequencer extends Sequencer {}
declare namespace HeaviestFirstSequencer {
  /** Paths under test/, heaviest first. */
  const HEAVIEST: readonly string[];
}
export = HeaviestFirstSequencer;
