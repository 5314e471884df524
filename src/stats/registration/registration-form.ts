import { z } from 'zod';
import { FORM_FIELDS, MULTI_SELECT_FIELDS, type FormField } from './register-case-card';
import { caseInputSchema, monthProblem, monthSchema, type CaseInput } from '../store/case-record';

/**
 * Reads the registration form's submit payload. Teams sends every input as a string (multi-selects as
 * "a,b"); this turns them into a `CaseInput` and validates it with the case-record schema. Problems name the
 * field and the kind of problem, never the value, so the reply can list them without echoing what was sent.
 */

export type ProblemKind = 'missing' | 'invalid' | 'future-month' | 'too-early' | 'none-combined' | 'repeated';

export interface FieldProblem {
  readonly field: FormField;
  readonly kind: ProblemKind;
}

export type FormResult =
  | { readonly ok: true; readonly input: CaseInput }
  | { readonly ok: false; readonly problems: readonly FieldProblem[]; readonly unknownFields: number };

/** The router's envelope check: any object. The fields are checked here, so the reply can say what was wrong. */
export const registrationPayloadSchema = z.record(z.string(), z.unknown());

function isFormField(key: string): key is FormField {
  return (FORM_FIELDS as readonly string[]).includes(key);
}

function kindOf(issue: z.core.$ZodIssue): ProblemKind {
  if (issue.code === 'too_small') return 'missing';
  if (issue.code === 'custom' && /none/i.test(issue.message)) return 'none-combined';
  if (issue.code === 'custom' && /repeat/i.test(issue.message)) return 'repeated';
  return 'invalid';
}

export function readRegistrationForm(payload: Readonly<Record<string, unknown>>, now: Date): FormResult {
  const unknownFields = Object.keys(payload).filter((key) => !isFormField(key)).length;
  const problems: FieldProblem[] = [];
  const candidate: Record<string, unknown> = {};
  for (const field of FORM_FIELDS) {
    const raw = payload[field];
    if (raw === undefined || raw === null || raw === '') {
      problems.push({ field, kind: 'missing' });
      continue;
    }
    if (typeof raw !== 'string') {
      problems.push({ field, kind: 'invalid' });
      continue;
    }
    candidate[field] = MULTI_SELECT_FIELDS.has(field)
      ? raw
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v.length > 0)
      : raw.trim();
  }

  const parsed = caseInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      // Unknown keys never reach here (they are counted above); missing fields are already reported.
      if (typeof key !== 'string' || !isFormField(key) || problems.some((p) => p.field === key)) continue;
      problems.push({ field: key, kind: kindOf(issue) });
    }
  }
  const month = monthSchema.safeParse(candidate['month']);
  if (month.success && !problems.some((p) => p.field === 'month')) {
    const problem = monthProblem(month.data, now);
    if (problem) problems.push({ field: 'month', kind: problem });
  }

  if (problems.length > 0 || unknownFields > 0 || !parsed.success) {
    return { ok: false, problems: problems.sort((a, b) => FORM_FIELDS.indexOf(a.field) - FORM_FIELDS.indexOf(b.field)), unknownFields };
  }
  return { ok: true, input: parsed.data };
}
