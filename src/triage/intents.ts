import { z } from 'zod';

/** The triage's intent, declared once: "I'm worried about a pupil" starts the conversation. */
export const triageIntentSchema = z.object({ kind: z.literal('triage') }).strict();
export type TriageIntent = z.infer<typeof triageIntentSchema>;

export const triageIntentSchemas = [triageIntentSchema] as const;
