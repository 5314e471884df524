import type { EvalUnderstanding as Understanding } from '../typed-understanding';
import type { Check, Verdict } from '../checks';
import { describeIntent } from '../checks';
import type { EvalItem } from '../eval-set';

/**
 * A statistics item passes when the turn is understood as a statistics question with the expected service,
 * metric and year (each only when the item names it; a year means the question asked about exactly that year).
 * `got` is "stats:<service>/<metric>/<years>" or the other intent's label, for the confusion table.
 */
export const statsCheck: Check = (item: EvalItem, understanding: Understanding): Verdict => {
  const intent = understanding.intent;
  if (intent.kind !== 'stats') return { pass: false, got: describeIntent(understanding) };
  const q = intent.query;
  const years = q.fromYear === undefined ? '-' : q.fromYear === q.toYear ? String(q.fromYear) : `${q.fromYear}-${q.toYear}`;
  const got = `stats:${q.service ?? '?'}/${q.metric ?? '?'}/${years}`;
  const e = item.expect;
  if (e.kind !== 'stats') return { pass: false, got };
  const pass =
    (e.service === undefined || e.service === q.service) &&
    (e.metric === undefined || e.metric === q.metric) &&
    (e.year === undefined || (q.fromYear === e.year && q.toYear === e.year));
  return { pass, got };
};
