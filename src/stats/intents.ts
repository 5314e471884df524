import { z } from 'zod';
import { statsQuerySchema } from './answers/stats-query';

/** The statistics feature's intents, declared once: the types are `z.infer` of these schemas. */

/** A question about published or registered figures. */
export const statsIntentSchema = z.object({ kind: z.literal('stats'), query: statsQuerySchema }).strict();
/** A registrar asks for the registration form. */
export const registerCaseIntentSchema = z.object({ kind: z.literal('register-case') }).strict();

export type StatsIntent = z.infer<typeof statsIntentSchema>;
export type StatsQuery = StatsIntent['query'];
export type RegisterCaseIntent = z.infer<typeof registerCaseIntentSchema>;

export const statsIntentSchemas = [statsIntentSchema, registerCaseIntentSchema] as const;
