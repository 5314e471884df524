import type { Directory } from '../../contacts/directory';
import { planSteps } from '../../contacts/plan-contacts';
import type { EvalUnderstanding as Understanding } from '../typed-understanding';
import type { Check } from '../checks';
import { describeIntent } from '../checks';

/**
 * A contact item passes when the turn is understood as a contact question and the first service of
 * the contact plan is the expected one ("Eleven er holdt tilbake i Somalia" → envoy-nairobi).
 * `got` is "contact:<first service>" or the other intent's label, for the confusion table.
 */
export function createContactCheck(directory: Directory): Check {
  return (item, understanding) => {
    const got = firstService(understanding, directory);
    return { pass: item.expect.kind === 'contact' && got === `contact:${item.expect.first}`, got };
  };
}

function firstService(understanding: Understanding, directory: Directory): string {
  const intent = understanding.intent;
  if (intent.kind !== 'contact') return describeIntent(understanding);
  const first = planSteps(intent.query, directory)[0];
  return `contact:${first?.serviceId ?? 'none'}`;
}
