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

/** Whether the statistical second opinion (src/understanding/second-opinion.ts) gives the message its short 112 line. */
export function secondOpinionLine(text: string, lng: Lang): boolean {
  return reader.secondOpinion?.(prepareUtterance(text, lng)) === true;
}

/**
 * A calm twin (session 29): the rules read neither danger nor a concern, and if the bot's turn shows the attention
 * block anyway, it is the second opinion's short line, which cannot tell some calm twins from their dangerous twins by
 * their shared words (its false alarms are counted in the conversation sets' figures, test/eval/README.md, Session 29).
 */
export function expectCalmByTheRules(view: { readonly emergency: boolean }, text: string, lng: Lang): void {
  expect(alarmed(text, lng)).toBe(false);
  if (view.emergency) expect(secondOpinionLine(text, lng)).toBe(true);
}
