import type { JestEnvironmentConfig, EnvironmentContext } from '@jest/environment';
import type { TestEnvironment } from 'jest-environment-node';

declare class PlainContextEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext);
  /** Whether the test file runs in a plain context (false: jest's own, on a Node without `vm.constants.DONT_CONTEXTIFY`). */
  readonly plainContext: boolean;
}

export = PlainContextEnvironment;
