import path from 'node:path';
import {
  createConversationRunner,
  evaluateConversations,
  loadConversationSet,
  type ConversationReport,
  type ConversationRunner,
} from '../../src/evaluation/conversation-eval';
import { ratio } from '../../src/evaluation/rate';

/**
 * Holds the whole-conversation sets (test/eval/conversations) at or above what was last achieved, through the real
 * bot: a change that loses answers people saw, brings back "did you mean" on clear questions, or drops the emergency
 * card fails the build. Raise the floors when the figures improve; never lower them to make a change pass. The
 * blind first scores of each set are in test/eval/README.md.
 */
interface Floor {
  /** Items that pass (every fact shown, the right cards, the right language). */
  readonly core: number;
  /** Items whose writer marked danger and that got the emergency card. */
  readonly emergencyRecall: number;
  /** At most this share of clear questions get "did you mean". */
  readonly maxDidYouMean: number;
}

/** Achieved 2026-12-03 (session 5), a little below the measured figure so the VM's nothing-changes runs pass. */
const FLOORS: Readonly<Record<string, Floor>> = {
  'general-blind-1.json': { core: 0.85, emergencyRecall: 1, maxDidYouMean: 0.025 },
  'general-blind-2.json': { core: 0.78, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-3.json': { core: 0.79, emergencyRecall: 1, maxDidYouMean: 0.02 },
  'general-blind-4.json': { core: 0.79, emergencyRecall: 1, maxDidYouMean: 0.035 },
  'general-blind-5.json': { core: 0.71, emergencyRecall: 0.98, maxDidYouMean: 0.046 },
  // First (blind) run at b652820, 2026-12-03: the floors are the first scores; raise them as general work improves them.
  'general-blind-6.json': { core: 0.59, emergencyRecall: 0.61, maxDidYouMean: 0.097 },
  'general-blind-7.json': { core: 0.62, emergencyRecall: 0.81, maxDidYouMean: 0.072 },
  'two-needs.json': { core: 0.85, emergencyRecall: 1, maxDidYouMean: 0.03 },
};

const DIR = path.join(__dirname, '..', 'eval', 'conversations');
const NOW = new Date('2026-12-03T12:00:00Z');

describe('conversation sets hold their floors', () => {
  let runner: ConversationRunner;
  const reports = new Map<string, ConversationReport>();
  beforeAll(async () => {
    runner = await createConversationRunner({ now: () => NOW });
    for (const set of Object.keys(FLOORS)) reports.set(set, await evaluateConversations(loadConversationSet(path.join(DIR, set)), runner));
  }, 180_000);
  afterAll(() => runner?.close());

  it.each(Object.entries(FLOORS))('%s', (set, floor) => {
    const report = reports.get(set);
    expect(report).toBeDefined();
    if (!report) return;
    expect(report.errors).toBe(0);
    expect(ratio(report.core)).toBeGreaterThanOrEqual(floor.core);
    if (report.emergencyRecall.total > 0) expect(ratio(report.emergencyRecall)).toBeGreaterThanOrEqual(floor.emergencyRecall);
    expect(ratio(report.didYouMean)).toBeLessThanOrEqual(floor.maxDidYouMean);
  });
});
