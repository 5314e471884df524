import type { ContactIntent } from '../contacts/intents';
import type { FollowUpSlots } from './follow-up-slots';

/**
 * "do they have a number I can call?", "ma leeyihiin lambar aan wici karo?", "عندهم رقم أتصل عليه؟" after the card of
 * a website with no phone of its own (Nora, ung.no, Dinutvei): the site has none, so the lines one can call are asked
 * (the Red Cross line, Alarmtelefonen for the young; shared/domain.md §12), not the site's card again (issue #13,
 * follow34). Another service, a country or a year named is a question of its own.
 */
export function linesAfterSite(
  /** The service of the previous answer when it was a contact card (undefined after any other answer). */
  site: string | undefined,
  said: readonly string[],
  phoneWords: readonly (readonly string[])[],
  isSiteWithoutPhone: ((id: string) => boolean) | undefined,
  slots: () => FollowUpSlots,
): ContactIntent | undefined {
  if (site === undefined || isSiteWithoutPhone === undefined) return undefined;
  if (!isSiteWithoutPhone(site) || !phoneWords.some((phrase) => occursIn(said, phrase))) return undefined;
  const s = slots();
  if (s.country || s.years || s.abroad || (s.statsServices ?? []).length > 0 || (s.contactService !== undefined && s.contactService !== site)) return undefined;
  const young = s.minor === true && s.adult !== true;
  return { kind: 'contact', query: { helpline: true, ...(young ? { minor: true } : {}), ...(s.anonymous ? { anonymous: true } : {}) } };
}

function occursIn(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (phrase.every((w, k) => tokens[i + k] === w)) return true;
  return false;
}
