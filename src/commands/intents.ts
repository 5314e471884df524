import { z } from 'zod';
import { langSchema } from '../language/languages';

/** The commands every deployment has, declared once: the types are `z.infer` of these schemas. */

/** "hjelp", "help", the Teams menu's help command: the help card. */
export const helpIntentSchema = z.object({ kind: z.literal('help') }).strict();
/** "språk", "English", "عربي": the language card, or the language named. */
export const chooseLanguageIntentSchema = z.object({ kind: z.literal('choose-language'), lng: langSchema.optional() }).strict();

export type HelpIntent = z.infer<typeof helpIntentSchema>;
export type ChooseLanguageIntent = z.infer<typeof chooseLanguageIntentSchema>;

export const commandIntentSchemas = [helpIntentSchema, chooseLanguageIntentSchema] as const;
