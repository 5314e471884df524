import type { z } from 'zod';
import { caseInputSchema, monthProblem, type CaseInput } from './case-record';
import { StatsStoreError, type Registrar } from './stats-store';

/**
 * What every store checks before it stores a registration: the form (caseInputSchema), a month that is neither in
 * the future nor before the tool existed, and a known registrar. Throws StatsStoreError 'invalid'.
 */
export function parseRegistration(input: unknown, registrar: Registrar, now: Date): CaseInput {
  const parsed = caseInputSchema.safeParse(input);
  if (!parsed.success) throw new StatsStoreError('invalid', 'the registration is not valid', describeIssues(parsed.error));
  const problem = monthProblem(parsed.data.month, now);
  if (problem) throw new StatsStoreError('invalid', 'the month is not allowed', [`month: ${problem}`]);
  if (registrar.aadObjectId.trim() === '') throw new StatsStoreError('invalid', 'unknown registrar', ['registrar: missing']);
  return parsed.data;
}

/** Zod issues as "path: code" only, so no submitted value ends up in a log or message. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
}
