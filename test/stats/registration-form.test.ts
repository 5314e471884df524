import { readRegistrationForm } from '../../src/stats/registration/registration-form';

const now = new Date('2026-11-24T12:00:00Z');
const valid = {
  service: 'diversity-advisers',
  month: '2026-10',
  caseTypes: 'negative-social-control,forced-marriage-fear',
  gender: 'girl-woman',
  ageBand: '16-17',
  county: '03',
  originRegion: 'east-africa',
  whereabouts: 'norway',
  referredTo: 'child-welfare',
};

describe('reading the registration form', () => {
  it('turns Teams’ strings into a case (multi-selects arrive comma-separated)', () => {
    expect(readRegistrationForm(valid, now)).toEqual({
      ok: true,
      input: { ...valid, caseTypes: ['negative-social-control', 'forced-marriage-fear'], referredTo: ['child-welfare'] },
    });
  });

  it('refuses unknown fields, counting them without naming or echoing them', () => {
    const result = readRegistrationForm({ ...valid, name: 'Aisha', notes: 'fritekst' }, now);
    expect(result).toEqual({ ok: false, problems: [], unknownFields: 2 });
  });

  it('names each field that is missing, of the wrong type or out of range', () => {
    const result = readRegistrationForm({ ...valid, month: '', gender: 'female', ageBand: 17, county: '99' }, now);
    expect(result).toEqual({
      ok: false,
      unknownFields: 0,
      problems: [
        { field: 'month', kind: 'missing' },
        { field: 'gender', kind: 'invalid' },
        { field: 'ageBand', kind: 'invalid' },
        { field: 'county', kind: 'invalid' },
      ],
    });
  });

  it('refuses a month in the future or before registration started', () => {
    expect(readRegistrationForm({ ...valid, month: '2026-12' }, now)).toMatchObject({ ok: false, problems: [{ field: 'month', kind: 'future-month' }] });
    expect(readRegistrationForm({ ...valid, month: '2022-12' }, now)).toMatchObject({ ok: false, problems: [{ field: 'month', kind: 'too-early' }] });
    expect(readRegistrationForm({ ...valid, month: '2026-13' }, now)).toMatchObject({ ok: false, problems: [{ field: 'month', kind: 'invalid' }] });
  });

  it('refuses repeated choices and "none" together with a referral', () => {
    expect(readRegistrationForm({ ...valid, caseTypes: 'fgm,fgm' }, now)).toMatchObject({ ok: false, problems: [{ field: 'caseTypes', kind: 'repeated' }] });
    expect(readRegistrationForm({ ...valid, referredTo: 'none,police' }, now)).toMatchObject({ ok: false, problems: [{ field: 'referredTo', kind: 'none-combined' }] });
    expect(readRegistrationForm({ ...valid, caseTypes: ',' }, now)).toMatchObject({ ok: false, problems: [{ field: 'caseTypes', kind: 'missing' }] });
  });
});
