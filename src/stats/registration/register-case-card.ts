import type { Translate } from '../../language/i18n';
import type { Lang } from '../../language/languages';
import {
  AGE_BANDS,
  CASE_SERVICES,
  CASE_TYPES,
  COUNTIES,
  COUNTY_CODES,
  FIRST_CASE_MONTH,
  GENDERS,
  ORIGIN_REGIONS,
  REFERRALS,
  WHEREABOUTS,
  monthOf,
  type CaseRecord,
  type CountyCode,
} from '../store/case-record';
import { adaptiveCard, container, factSet, heading, paragraph, smallNote, submitAction, type AdaptiveCard, type CardElement } from '../../cards/card-kit';

/**
 * The registration form: one choice per categorical field of a case, nothing else. There is no free-text input,
 * so a name or a story cannot be typed into it. Values and labels come from the case-record enums.
 */

export const REGISTER_CASE_VERB = 'register-case';
export const UNDO_REGISTRATION_VERB = 'undo-registration';

/** Form fields in the order shown; multi-select fields arrive from Teams as one comma-separated string. */
export const FORM_FIELDS = ['service', 'month', 'caseTypes', 'gender', 'ageBand', 'county', 'originRegion', 'whereabouts', 'referredTo'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export const MULTI_SELECT_FIELDS: ReadonlySet<FormField> = new Set<FormField>(['caseTypes', 'referredTo']);

interface Choice {
  readonly title: string;
  readonly value: string;
}

function monthName(month: string, t: Translate): string {
  const names: unknown = t('stats:months', { returnObjects: true });
  const index = Number(month.slice(5, 7)) - 1;
  const name = Array.isArray(names) && typeof names[index] === 'string' ? names[index] : month.slice(5, 7);
  return `${name} ${month.slice(0, 4)}`;
}

/** Months a case can be registered for: this month back 12 months, never before the registration tool existed. */
export function monthChoices(now: Date, t: Translate): Choice[] {
  const choices: Choice[] = [];
  const cursor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  for (let i = 0; i < 13; i++) {
    const month = monthOf(cursor);
    if (month < FIRST_CASE_MONTH) break;
    choices.push({ title: monthName(month, t), value: month });
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return choices;
}

function countyLabel(code: CountyCode, t: Translate): string {
  return code === 'unknown' ? t('stats:register.choice.county.unknown') : COUNTIES[code];
}

function choices(field: Exclude<FormField, 'month' | 'county'>, values: readonly string[], t: Translate): Choice[] {
  return values.map((value) => ({ title: t(`stats:register.choice.${field}.${value}`), value }));
}

function choiceSet(field: FormField, label: string, list: readonly Choice[], t: Translate, extra: Readonly<Record<string, unknown>> = {}): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id: field,
    label,
    isRequired: true,
    errorMessage: t('stats:register.required'),
    choices: list,
    ...(MULTI_SELECT_FIELDS.has(field) ? { isMultiSelect: true, style: 'expanded' } : { style: 'compact' }),
    ...extra,
  };
}

export function registerCaseCard(lng: Lang, t: Translate, now: Date): AdaptiveCard {
  const months = monthChoices(now, t);
  const label = (field: FormField) => t(`stats:register.field.${field}`);
  const inputs: CardElement[] = [
    choiceSet('service', label('service'), choices('service', CASE_SERVICES, t), t),
    choiceSet('month', label('month'), months, t, months[0] ? { value: months[0].value } : {}),
    choiceSet('caseTypes', label('caseTypes'), choices('caseTypes', CASE_TYPES, t), t),
    choiceSet('gender', label('gender'), choices('gender', GENDERS, t), t),
    choiceSet('ageBand', label('ageBand'), choices('ageBand', AGE_BANDS, t), t),
    choiceSet('county', label('county'), COUNTY_CODES.map((code) => ({ title: countyLabel(code, t), value: code })), t),
    choiceSet('originRegion', label('originRegion'), choices('originRegion', ORIGIN_REGIONS, t), t),
    choiceSet('whereabouts', label('whereabouts'), choices('whereabouts', WHEREABOUTS, t), t),
    choiceSet('referredTo', label('referredTo'), choices('referredTo', REFERRALS, t), t),
  ];
  return adaptiveCard(
    lng,
    [container(lng, [heading(t('stats:register.title')), paragraph(t('stats:register.intro'), { isSubtle: true }), ...inputs])],
    [{ ...submitAction(t('stats:register.submit'), { verb: REGISTER_CASE_VERB }), style: 'positive' }],
    t('stats:register.title'),
  );
}

/** What was registered (categories only) and a button to undo it within the undo window. */
export function registrationConfirmationCard(lng: Lang, t: Translate, record: CaseRecord, undoMinutes: number): AdaptiveCard {
  const label = (field: FormField) => t(`stats:register.field.${field}`);
  const service = t(`stats:register.choice.service.${record.service}`);
  const month = monthName(record.month, t);
  return adaptiveCard(
    lng,
    [
      container(lng, [
        heading(t('stats:register.confirmedTitle')),
        paragraph(t('stats:register.confirmed', { service, month, count: undoMinutes })),
        factSet([
          { title: label('service'), value: service },
          { title: label('month'), value: month },
          { title: label('caseTypes'), value: record.caseTypes.map((c) => t(`stats:register.choice.caseTypes.${c}`)).join(', ') },
          { title: label('gender'), value: t(`stats:register.choice.gender.${record.gender}`) },
          { title: label('ageBand'), value: t(`stats:register.choice.ageBand.${record.ageBand}`) },
          { title: label('county'), value: countyLabel(record.county, t) },
          { title: label('originRegion'), value: t(`stats:register.choice.originRegion.${record.originRegion}`) },
          { title: label('whereabouts'), value: t(`stats:register.choice.whereabouts.${record.whereabouts}`) },
          { title: label('referredTo'), value: record.referredTo.map((r) => t(`stats:register.choice.referredTo.${r}`)).join(', ') },
        ]),
        smallNote(t('stats:registeredNote')),
      ]),
    ],
    [submitAction(t('stats:register.undo'), { verb: UNDO_REGISTRATION_VERB, id: record.id })],
    t('stats:register.confirmedTitle'),
  );
}
