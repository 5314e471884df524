import { z } from 'zod';
import type { ContactQuery } from '../contacts/intents';

/**
 * What the triage conversation knows about a case. Only categories: never what the user wrote, never a
 * name or a place in Norway. This is all the dialog state holds (see `expiring-storage.ts`).
 */
export const ROLES = ['school', 'child-welfare', 'police', 'health', 'nav-refugee', 'volunteer', 'young-person'] as const;
export type Role = (typeof ROLES)[number];

export const WHEREABOUTS = ['norway', 'abroad', 'travelling-soon'] as const;
export type Whereabouts = (typeof WHEREABOUTS)[number];

export const AGES = ['minor', 'adult', 'unknown'] as const;
export type Age = (typeof AGES)[number];

/** ISO 3166-1 alpha-2, or "unknown" when the user does not know (or will not say) the country. */
export const countryAnswerSchema = z.union([z.string().regex(/^[A-Z]{2}$/), z.literal('unknown')]);

export const triageFactsSchema = z
  .object({
    danger: z.boolean().optional(),
    whereabouts: z.enum(WHEREABOUTS).optional(),
    country: countryAnswerSchema.optional(),
    age: z.enum(AGES).optional(),
    role: z.enum(ROLES).optional(),
  })
  .strict();
export type TriageFacts = z.infer<typeof triageFactsSchema>;

/** The questions, in the order they are asked. */
export const STEPS = ['danger', 'whereabouts', 'country', 'age', 'role'] as const;
export type Step = (typeof STEPS)[number];

/** Country only matters when the person is abroad or about to travel. */
function applies(step: Step, facts: TriageFacts): boolean {
  return step !== 'country' || facts.whereabouts === 'abroad' || facts.whereabouts === 'travelling-soon';
}

/** The next unanswered question, or undefined when the plan can be given. Answered questions are skipped. */
export function nextStep(facts: TriageFacts): Step | undefined {
  return STEPS.find((step) => applies(step, facts) && facts[step] === undefined);
}

/**
 * Later facts fill gaps and may correct earlier ones (a user who first said "in Norway" and then names a
 * country has changed the answer). A country implies the person is abroad unless they said otherwise.
 */
export function mergeFacts(known: TriageFacts, update: TriageFacts): TriageFacts {
  const merged: TriageFacts = { ...known, ...update };
  if (update.country && update.country !== 'unknown' && update.whereabouts === undefined && (merged.whereabouts === undefined || merged.whereabouts === 'norway')) {
    return { ...merged, whereabouts: 'abroad' };
  }
  if (update.whereabouts === 'norway') {
    const { country: _country, ...rest } = merged;
    return rest;
  }
  return merged;
}

/** The contacts feature's query for these facts: the planner decides who comes first. */
export function toContactQuery(facts: TriageFacts): ContactQuery {
  const away = facts.whereabouts === 'abroad' || facts.whereabouts === 'travelling-soon';
  return {
    ...(away && facts.country && facts.country !== 'unknown' ? { country: facts.country } : {}),
    ...(away && facts.whereabouts ? { whereabouts: facts.whereabouts } : {}),
    ...(facts.age === 'minor' ? { minor: true } : {}),
  };
}

/** Facts present in `update` that `known` does not already have with the same value. */
export function addsSomething(known: TriageFacts, update: TriageFacts): boolean {
  return (Object.keys(update) as (keyof TriageFacts)[]).some((key) => update[key] !== undefined && update[key] !== known[key]);
}
