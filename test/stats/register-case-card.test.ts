import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CardElement } from '../../src/cards/card-kit';
import { ConfigError, parseEnv } from '../../src/config/env';
import { createI18n, fixedT } from '../../src/language/i18n';
import { registeredSummary } from '../../src/stats/answers/registered-summary';
import { FORM_FIELDS, monthChoices, registerCaseCard, registrationConfirmationCard } from '../../src/stats/registration/register-case-card';
import { loadRegistrars } from '../../src/stats/registration/registrars';
import { readRegistrationForm } from '../../src/stats/registration/registration-form';
import { AGE_BANDS, CASE_SERVICES, CASE_TYPES, caseInputSchema, type CaseRecord, caseRecordSchema, type CaseService, COUNTIES, COUNTY_CODES, GENDERS, monthProblem, ORIGIN_REGIONS, REFERRALS, WHEREABOUTS } from '../../src/stats/store/case-record';
import { caseInput, caseRecord } from './case-fixtures';
import { MemoryStatsStore } from './fakes/memory-stats-store';
import { teamsFormInNorway } from '../helpers/registration-form';

// Declared alike by more than one former file below: kept once.
const now = new Date('2026-11-24T12:00:00Z');

// (was register-case-card.test.ts)

const i18n = createI18n();
const t = fixedT(i18n, 'nb');
function inputs(card: unknown): CardElement[] {
  const found: CardElement[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record['type'] === 'string' && record['type'].startsWith('Input.')) found.push(record as CardElement);
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

describe('registration form card', () => {
  const card = registerCaseCard('nb', t, now);
  const fields = inputs(card);

  it('has one required choice set per categorical field, and no free-text input', () => {
    expect(fields.map((f) => f['id'])).toEqual([...FORM_FIELDS]);
    expect(fields.every((f) => f.type === 'Input.ChoiceSet' && f['isRequired'] === true)).toBe(true);
    expect(JSON.stringify(card)).not.toContain('Input.Text');
  });

  it('takes its values from the case-record enums, with labels in the user’s language', () => {
    const values = (id: string) => (fields.find((f) => f['id'] === id)?.['choices'] as { value: string; title: string }[]).map((c) => c.value);
    expect(values('service')).toEqual([...CASE_SERVICES]);
    expect(values('caseTypes')).toEqual([...CASE_TYPES]);
    expect(values('gender')).toEqual([...GENDERS]);
    expect(values('ageBand')).toEqual([...AGE_BANDS]);
    expect(values('county')).toEqual([...COUNTY_CODES]);
    expect(values('originRegion')).toEqual([...ORIGIN_REGIONS]);
    expect(values('whereabouts')).toEqual([...WHEREABOUTS]);
    expect(values('referredTo')).toEqual([...REFERRALS]);
    const caseTypes = fields.find((f) => f['id'] === 'caseTypes');
    expect(caseTypes).toMatchObject({ isMultiSelect: true, label: 'Hva gjaldt saken? (velg én eller flere)' });
    expect((caseTypes?.['choices'] as { title: string }[])[0]?.title).toBe('Negativ sosial kontroll');
  });

  it('offers this month and the twelve before it, newest first', () => {
    const months = monthChoices(now, t).map((m) => m.value);
    expect(months[0]).toBe('2026-11');
    expect(months).toHaveLength(13);
    expect(months[12]).toBe('2025-11');
    expect(monthChoices(new Date('2023-02-10T00:00:00Z'), t).map((m) => m.value)).toEqual(['2023-02', '2023-01']);
    expect(fields.find((f) => f['id'] === 'month')?.['value']).toBe('2026-11');
  });

  it('submits with the register-case verb', () => {
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Registrer', data: { verb: 'register-case' }, style: 'positive' }]);
  });
});

describe('registration confirmation card', () => {
  const record = caseRecord({
    month: '2026-11',
    caseTypes: ['negative-social-control', 'forced-marriage-fear'],
    originRegion: 'east-africa',
    registeredAt: now.toISOString(),
  });
  const card = registrationConfirmationCard('en', fixedT(i18n, 'en'), record, 10);

  it('shows what was registered, in categories only, and never who registered it', () => {
    const json = JSON.stringify(card);
    expect(json).toContain('The case is registered (Diversity adviser, November 2026). You can undo it for 10 minutes.');
    expect(json).toContain('Negative social control, Fear of forced marriage');
    expect(json).toContain('Oslo');
    expect(json).not.toContain(record.registeredBy);
  });

  it('has an undo button carrying the case id', () => {
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Undo the registration', data: { verb: 'undo-registration', id: record.id } }]);
  });
});

// (was registration-form.test.ts)

const valid = teamsFormInNorway('2026-10');

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

// (was registered-summary.test.ts)

function record(service: CaseService, month: string): CaseRecord {
  return caseRecord({
    service,
    month,
    caseTypes: ['negative-social-control'],
    originRegion: 'east-africa',
    referredTo: ['none'],
    registeredBy: 'b'.repeat(64),
    registeredAt: `${month}-15T10:00:00.000Z`,
  });
}

describe('registered counts for an answer', () => {
  it('counts completed months only, as of the start of this month, and never shows a count below 5', async () => {
    const store = new MemoryStatsStore();
    for (let i = 0; i < 12; i++) store.records.push(record('diversity-advisers', '2026-10'));
    for (let i = 0; i < 7; i++) store.records.push(record('kompetanseteamet', '2026-09'));
    for (let i = 0; i < 2; i++) store.records.push(record('special-envoys', '2026-10'));
    // This month is not complete yet: not counted.
    for (let i = 0; i < 9; i++) store.records.push(record('diversity-advisers', '2026-11'));

    const summary = await registeredSummary(store, { services: [], metric: 'cases', fromYear: 2026, toYear: 2026, mode: 'value' }, now);
    expect(summary?.asOf.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    const cells = Object.fromEntries((summary?.counts ?? []).map((c) => [c.service, c.cell]));
    expect(cells['special-envoys']).toEqual({ kind: 'fewer-than-5' });
    for (const cell of Object.values(cells)) if (cell.kind === 'count') expect(cell.value === 0 || cell.value >= 5).toBe(true);
    expect(cells['diversity-advisers']).not.toEqual({ kind: 'count', value: 21 });
  });

  it('gives nothing for questions that are not about cases, or when nothing is registered', async () => {
    const store = new MemoryStatsStore();
    expect(await registeredSummary(store, { services: ['diversity-advisers'], metric: 'cases', mode: 'value' }, now)).toBeUndefined();
    store.records.push(record('diversity-advisers', '2026-10'));
    expect(await registeredSummary(store, { services: ['diversity-advisers'], metric: 'staff', mode: 'value' }, now)).toBeUndefined();
    expect(await registeredSummary(store, { services: ['nora'], metric: 'cases', mode: 'value' }, now)).toBeUndefined();
  });
});

// (was registrars.test.ts)

const A = '11111111-1111-4111-8111-111111111111';
const B = '44444444-4444-4444-8444-444444444444';

describe('registrars from REGISTRAR_AAD_IDS and the roles file REGISTRARS_FILE', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-registrars-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  function problemOf(load: () => unknown): string {
    try {
      load();
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    throw new Error('expected a ConfigError');
  }

  it('takes the environment variable and the file together, in lower case', () => {
    const env = parseEnv({ REGISTRAR_AAD_IDS: A, REGISTRARS_FILE: file('registrars.json', JSON.stringify([B.toUpperCase()])) });
    expect([...loadRegistrars({ ids: env.REGISTRAR_AAD_IDS, file: env.REGISTRARS_FILE })].sort()).toEqual([A, B]);
  });

  it('works without a file, and treats an empty REGISTRARS_FILE as none', () => {
    const env = parseEnv({ REGISTRAR_AAD_IDS: A, REGISTRARS_FILE: '' });
    expect(env.REGISTRARS_FILE).toBeUndefined();
    expect([...loadRegistrars({ ids: env.REGISTRAR_AAD_IDS, file: env.REGISTRARS_FILE })]).toEqual([A]);
  });

  it.each([
    ['missing', () => path.join(dir, 'nope.json'), 'cannot be read: ENOENT'],
    ['not JSON', () => file('bad.json', '[11111111-1111'), 'is not valid JSON'],
    ['not a list', () => file('object.json', JSON.stringify({ registrars: [A] })), 'expected array'],
    ['a name instead of an id', () => file('names.json', JSON.stringify([A, 'Kari Nordmann'])), 'item 1 must be an Entra object id (a GUID)'],
  ])('refuses a roles file that is %s, with a message naming the file and never the values', (_what, make, message) => {
    const p = make();
    const problem = problemOf(() => loadRegistrars({ ids: [], file: p }));
    expect(problem).toContain(`REGISTRARS_FILE (${p})`);
    expect(problem).toContain(message);
    expect(problem).not.toContain('Kari');
  });
});

// (was case-record.test.ts)

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
