import { caseInputSchema, caseRecordSchema, COUNTIES, monthProblem } from '../../src/stats/store/case-record';
import { caseInput, caseRecord } from './case-fixtures';

describe('case input schema (what the registration form may send)', () => {
  it('accepts a complete categorical registration', () => {
    expect(caseInputSchema.safeParse(caseInput()).success).toBe(true);
    expect(caseInputSchema.safeParse(caseInput({ caseTypes: ['fgm', 'involuntary-stay-abroad'], referredTo: ['police', 'child-welfare'] })).success).toBe(true);
  });

  it.each([
    ['a free-text note', { note: 'Jente 15 år, far truer' }],
    ['a name', { name: 'Aisha' }],
    ['a date of birth', { dateOfBirth: '2010-05-01' }],
    ['an exact date', { date: '2025-03-14' }],
  ])('refuses %s as an unknown field', (_label, extra) => {
    const result = caseInputSchema.safeParse({ ...caseInput(), ...extra });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it.each([
    ['free text as a case type', { caseTypes: ['she said her father would send her away'] }],
    ['an exact date as month', { month: '2025-03-14' }],
    ['month 13', { month: '2025-13' }],
    ['a number as gender', { gender: 1 }],
    ['an age instead of an age band', { ageBand: '15' }],
    ['a county number that does not exist since 2024', { county: '30' }],
    ['a country instead of a region', { originRegion: 'SO' }],
    ['no case type', { caseTypes: [] }],
    ['a repeated case type', { caseTypes: ['fgm', 'fgm'] }],
    ["'none' together with a referral", { referredTo: ['none', 'police'] }],
    ['no referral answer', { referredTo: [] }],
  ])('refuses %s', (_label, override) => {
    expect(caseInputSchema.safeParse({ ...caseInput(), ...override }).success).toBe(false);
  });

  it('refuses a missing field', () => {
    const { gender: _gender, ...withoutGender } = caseInput();
    expect(caseInputSchema.safeParse(withoutGender).success).toBe(false);
  });

  it('knows the 15 counties from 2024', () => {
    expect(Object.keys(COUNTIES)).toHaveLength(15);
    expect(COUNTIES['03']).toBe('Oslo');
    expect(COUNTIES['46']).toBe('Vestland');
  });

  it('refuses future months and months before the registration tool existed', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(monthProblem('2026-11', now)).toBeUndefined();
    expect(monthProblem('2026-12', now)).toBe('future-month');
    expect(monthProblem('2022-12', now)).toBe('too-early');
  });
});

describe('case record schema (what the store keeps)', () => {
  it('requires the pseudonymous registrar hash and a uuid, and nothing else', () => {
    expect(caseRecordSchema.safeParse(caseRecord()).success).toBe(true);
    expect(caseRecordSchema.safeParse({ ...caseRecord(), registeredBy: 'user@example.no' }).success).toBe(false);
    expect(caseRecordSchema.safeParse({ ...caseRecord(), id: '1' }).success).toBe(false);
    expect(caseRecordSchema.safeParse({ ...caseRecord(), aadObjectId: '00000000-0000-0000-0000-000000000000' }).success).toBe(false);
  });
});
