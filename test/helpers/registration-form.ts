/**
 * What Teams posts when a registrar submits the registration form (every input a string, multi-selects
 * comma-separated): a valid case for October 2026.
 */
export const TEAMS_REGISTRATION_FORM = {
  service: 'diversity-advisers',
  month: '2026-10',
  caseTypes: 'negative-social-control,involuntary-stay-abroad',
  gender: 'girl-woman',
  ageBand: '16-17',
  county: '03',
  originRegion: 'east-africa',
  whereabouts: 'abroad',
  referredTo: 'special-envoy',
} as const;

/** Another valid case as Teams posts it, for the month given: at home in Norway, referred to child welfare. */
export function teamsFormInNorway(month: string): Record<string, string> {
  return {
    service: 'diversity-advisers',
    month,
    caseTypes: 'negative-social-control,forced-marriage-fear',
    gender: 'girl-woman',
    ageBand: '16-17',
    county: '03',
    originRegion: 'east-africa',
    whereabouts: 'norway',
    referredTo: 'child-welfare',
  };
}
