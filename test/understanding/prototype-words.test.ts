import { loadComposedEvaluation, type ComposedEvaluation } from '../../src/evaluation/composed';
import { LANGUAGES } from '../../src/language/languages';

/**
 * Words that are also property names of every JavaScript object ("constructor", "toString"…). A lookup table kept
 * as a plain object answers them with Object's own functions; "constructor" once crashed the understanding step.
 */
describe('messages made of Object property names', () => {
  let evaluation: ComposedEvaluation;
  beforeAll(async () => {
    evaluation = await loadComposedEvaluation();
  }, 60_000);

  const names = Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase());

  it.each(LANGUAGES)('are read without error in %s', (lng) => {
    for (const name of names) {
      expect(() => evaluation.understand(name, lng)).not.toThrow();
      expect(() => evaluation.understand(`en elev ${name} i Somalia, hvem kan vi ringe`, lng)).not.toThrow();
    }
  });
});
