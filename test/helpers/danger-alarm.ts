import type { Lang } from '../../src/language/languages';
import { createDangerReader } from '../../src/understanding/danger-reader';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadSituationReader } from '../../src/understanding/situation-cues';
import { prepareUtterance } from '../../src/understanding/understand';

/** The danger reader and the role reader as the understanding step loads them, made once per test file. */
const reader = createDangerReader(loadSituationReader());
const roles = loadRoleReader();

/** Whether the asker's words ask about a duty ("hvor melder jeg?"), which the danger reader weighs. */
export const dutyOf = (text: string): boolean => roles.read(text).duties.length > 0;

/** Danger as the understanding step reads it: with the duty the asker's words ask about. */
export function isDanger(text: string, lng: Lang): boolean {
  return reader.isDanger(prepareUtterance(text, lng), dutyOf(text));
}

/** The attention block on top of the answer: the emergency card, or the "112 if acute" line of a concern. */
export function alarmed(text: string, lng: Lang): boolean {
  const u = prepareUtterance(text, lng);
  const duty = dutyOf(text);
  return reader.isDanger(u, duty) || reader.isConcern?.(u, duty) === true;
}
