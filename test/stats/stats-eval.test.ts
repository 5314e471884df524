import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths/content-root';
import { statsCheck } from '../../src/evaluation/checks/stats-check';
import { parseEvalSet } from '../../src/evaluation/eval-set';
import { createUnderstanding } from '../../src/understanding/understand';
import { fallbackIntent } from '../../src/knowledge/guidance-feature';
import { typedUnderstanding } from '../../src/evaluation/typed-understanding';
import { createStatsRecognizer } from '../../src/stats/answers/stats-recognizer';

const items = parseEvalSet('stats', JSON.parse(readFileSync(path.join(projectRoot(), 'test', 'eval', 'stats.json'), 'utf8')));
const understand = typedUnderstanding(createUnderstanding([createStatsRecognizer({ now: () => new Date('2026-11-24T12:00:00Z') })], { isDanger: () => false }, { fallback: fallbackIntent }));

describe('statistics evaluation set (test/eval/stats.json) through the statistics recognizer', () => {
  it('has at least 120 questions in nb, nn and en', () => {
    expect(items.length).toBeGreaterThanOrEqual(120);
    expect(new Set(items.map((i) => i.lang))).toEqual(new Set(['nb', 'nn', 'en']));
  });

  it('understands at least 95 % of them with the expected service, metric and year', () => {
    const failures = items
      .map((item) => ({ item, verdict: statsCheck(item, understand(item.q, item.lang)) }))
      .filter((r) => !r.verdict.pass)
      .map((r) => `${r.item.q} → ${r.verdict.got} (expected ${JSON.stringify(r.item.expect)})`);
    expect(failures.length / items.length).toBeLessThanOrEqual(0.05);
    // Printed so the report shows what to improve.
    if (failures.length > 0) console.info(failures.join('\n'));
  });
});
