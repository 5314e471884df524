import type { ServiceId as ContactServiceId } from '../contacts/service-ids';
import type { ContactQuery } from '../contacts/intents';
import type { FollowUpSlots } from './follow-up-slots';

/**
 * "is there a separate line for under-18s?", "а для детей?", "çocuklar için ayrı hat var mı?" after the card of a line
 * anyone may call (the Red Cross line) or a line for grown-ups (VO-linjen): the lines for children and young people
 * are asked (Alarmtelefonen first; shared/domain.md §12), not the same card again nor an article of its own (issue #13,
 * follow34). The line for children itself is not one of these: the age said there asks nothing new.
 */
const LINES_FOR_ANY_AGE: ReadonlySet<string> = new Set<ContactServiceId>(['rode-kors-telefonen']);
/** The line for grown-ups (VO-linjen, violence in close relationships). */
const ADULTS_LINE: ContactServiceId = 'vo-linjen';
/** The line for children and young people (Alarmtelefonen for barn og unge). */
const CHILDRENS_LINE: ContactServiceId = 'alarmtelefonen';

/** Whether the card answered is a line a child would be pointed on from: a grown-up's line, or one for any age. */
export function isLineToPointChildrenOn(query: Omit<ContactQuery, 'place'>): boolean {
  return query.adultCaller === true || query.serviceId === ADULTS_LINE || LINES_FOR_ANY_AGE.has(query.serviceId ?? '');
}

/**
 * Whether a follow-up names nothing but a child (and perhaps a word for a line): "og for barn?", "a dla dzieci
 * poniżej 18 jest osobna linia?". A topic's article read of so short a message alone (the word for children reads as
 * the forced-marriage article) does not make it a question of its own.
 */
export function onlyAChildNamed(slots: FollowUpSlots, previousService: string | undefined): boolean {
  if (slots.minor !== true || slots.adult === true) return false;
  return Object.entries(slots).every(
    ([slot, value]) =>
      value === undefined ||
      slot === 'minor' ||
      slot === 'helpline' ||
      slot === 'norway' ||
      (slot === 'breakdown' && value === 'age') ||
      (slot === 'contactService' && (value === CHILDRENS_LINE || value === previousService)),
  );
}
