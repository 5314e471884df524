import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../paths/content-root';
import { createReaders } from '../features';
import { memoryFeedbackStore } from '../knowledge';
import { loadExtraPhrasings } from '../knowledge/extra-phrasings';
import { createI18n } from '../language/i18n';
import { typedUnderstanding } from './typed-understanding';
import { registeredChecks, registerCheck, type Checks } from './checks';
import { createContactCheck } from './checks/contact-check';
import { statsCheck } from './checks/stats-check';
import { loadEvalSets, type EvalItem } from './eval-set';
import { phrasingLookup } from './phrasing-lookup';
import type { UnderstandFn } from './run-eval';

export interface ComposedEvaluation {
  readonly items: readonly EvalItem[];
  /** The bot's own understanding step, from the same features the app composes (src/features.ts). */
  readonly understand: UnderstandFn;
  readonly checks: Checks;
  readonly isPhrasing: (q: string) => boolean;
}

/** The evaluation as `npm run eval` and the floor test run it: every set, against the whole bot's understanding. */
export async function loadComposedEvaluation(now: () => Date = () => new Date()): Promise<ComposedEvaluation> {
  // An empty data directory: no imported advisers, no feedback written.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-eval-'));
  const readers = await createReaders({ i18n: createI18n(), dataDir, now, feedback: memoryFeedbackStore() });
  registerCheck('contact', createContactCheck(readers.contacts.directory));
  registerCheck('stats', statsCheck);
  const extra = loadExtraPhrasings();
  return {
    items: loadEvalSets(path.join(projectRoot(), 'test', 'eval')),
    understand: typedUnderstanding(readers.understand),
    checks: registeredChecks(),
    isPhrasing: phrasingLookup([...readers.guidance.articles.map((a) => a.phrasings), ...Object.values(extra)]),
  };
}
