import { randomUUID } from 'node:crypto';
import type { CardElement } from '../../src/cards/card-kit';
import { FORM_FIELDS, monthChoices, registerCaseCard, registrationConfirmationCard } from '../../src/stats/registration/register-case-card';
import { createI18n, fixedT } from '../../src/language/i18n';
import { AGE_BANDS, CASE_SERVICES, CASE_TYPES, COUNTY_CODES, GENDERS, ORIGIN_REGIONS, REFERRALS, WHEREABOUTS, type CaseRecord } from '../../src/stats/store/case-record';

const i18n = createI18n();
const t = fixedT(i18n, 'nb');
const now = new Date('2026-11-24T12:00:00Z');

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
  const record: CaseRecord = {
    id: randomUUID(),
    service: 'diversity-advisers',
    month: '2026-11',
    caseTypes: ['negative-social-control', 'forced-marriage-fear'],
    gender: 'girl-woman',
    ageBand: '16-17',
    county: '03',
    originRegion: 'east-africa',
    whereabouts: 'norway',
    referredTo: ['child-welfare'],
    registeredBy: 'a'.repeat(64),
    registeredAt: now.toISOString(),
  };
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
