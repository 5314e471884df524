import type { Directory } from '../../contacts/directory';
import { loadDirectory } from '../../contacts/directory';
import { planSteps } from '../../contacts/plan-contacts';
import type { Lang } from '../../language/languages';
import type { Understanding } from '../../understanding/types';
import type { Check } from '../checks';
import { describeIntent } from '../checks';
import type { EvalItem } from '../eval-set';

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

/** The shape the contacts brief asked for: (item, understanding, lng) => {ok, got}, with the shipped directory. */
export function contactCheck(item: EvalItem, understanding: Understanding, _lng?: Lang): { ok: boolean; got: string } {
  const verdict = createContactCheck(loadDirectory())(item, understanding);
  return { ok: verdict.pass, got: verdict.got };
}
