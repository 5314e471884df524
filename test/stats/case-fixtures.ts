import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  AGE_BANDS,
  CASE_SERVICES,
  CASE_TYPES,
  COUNTY_CODES,
  GENDERS,
  ORIGIN_REGIONS,
  REFERRALS,
  WHEREABOUTS,
  type CaseInput,
  type CaseRecord,
} from '../../src/stats/store/case-record';
import type { RegisteredSummary } from '../../src/stats/answers/answer-stats';

/** A valid form submit. */
export function caseInput(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    service: 'diversity-advisers',
    month: '2025-03',
    caseTypes: ['forced-marriage-fear'],
    gender: 'girl-woman',
    ageBand: '16-17',
    county: '03',
    originRegion: 'middle-east-north-africa',
    whereabouts: 'norway',
    referredTo: ['child-welfare'],
    ...overrides,
  };
}

/** A stored record registered long enough ago to be counted. */
export function caseRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    ...caseInput(),
    id: randomUUID(),
    registeredBy: 'a'.repeat(64),
    registeredAt: '2025-04-02T10:00:00.000Z',
    ...overrides,
  };
}

/** Registered cases of one year as disclosure control lets them out: a count, one "fewer than 5" and one hidden. */
export function sampleRegisteredSummary(year: number): RegisteredSummary {
  return {
    asOf: new Date('2026-11-01T00:00:00Z'),
    suppressedBelow: 5,
    counts: [
      { service: 'diversity-advisers', year, cell: { kind: 'count', value: 12 } },
      { service: 'special-envoys', year, cell: { kind: 'fewer-than-5' } },
      { service: 'kompetanseteamet', year, cell: { kind: 'hidden' } },
    ],
  };
}

/** Few categories per dimension so that random data is full of small counts, the hard case for suppression. */
const pick = <T>(values: readonly T[], n: number) => fc.constantFrom(...values.slice(0, n));
const subset = <T>(values: readonly T[], n: number) => fc.uniqueArray(pick(values, n), { minLength: 1, maxLength: n });

export const arbitraryCase: fc.Arbitrary<CaseRecord> = fc.record({
  service: pick(CASE_SERVICES, 3),
  month: fc.constantFrom('2025-01', '2025-02', '2025-06', '2025-12'),
  caseTypes: subset(CASE_TYPES, 4),
  gender: pick(GENDERS, 3),
  ageBand: pick(AGE_BANDS, 3),
  county: pick(COUNTY_CODES, 4),
  originRegion: pick(ORIGIN_REGIONS, 3),
  whereabouts: pick(WHEREABOUTS, 3),
  referredTo: fc.oneof(fc.constant<CaseRecord['referredTo']>(['none']), subset(REFERRALS.slice(0, 3), 3)),
  id: fc.uuid({ version: 4 }),
  registeredBy: fc.constant('b'.repeat(64)),
  registeredAt: fc.constant('2025-12-31T00:00:00.000Z'),
});
