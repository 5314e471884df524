import { z } from 'zod';
import type { EmergencyContact, NextStepId, NextStepText } from '../cards/emergency-card';
import { contentPath } from '../paths/content-root';
import { readDataFile } from '../paths/data-file';
import { localizedTextSchema } from '../content/localized';
import { sourceSchema } from '../content/source';

const contactSchema = z
  .object({
    /** Id in the contact directory (src/contacts/service-ids.ts). */
    serviceId: z.string().min(1),
    phone: z.string().regex(/^\+?[\d ]{3,20}$/),
    name: localizedTextSchema,
    when: localizedTextSchema,
    /** 112 and 113 need no citation in Norway; everything else must cite a source. */
    commonKnowledge: z.boolean(),
    /** For someone who is abroad (UD's operations centre). */
    abroad: z.boolean().optional(),
    sources: z.array(z.string().min(1)),
  })
  .strict();

/** What to do next, said under the numbers for who is at risk (cards/emergency-card.ts `NextStepId`). */
const noteSchema = z
  .object({
    /** Which turns get it, for reviewers. */
    for: z.string().min(1),
    review: z.literal('machine-assisted').optional(),
    text: localizedTextSchema,
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const emergencyFileSchema = z
  .object({
    $comment: z.string().optional(),
    sources: z.record(z.string(), sourceSchema),
    contacts: z.array(contactSchema).min(1),
    notes: z.object({ 'child-welfare': noteSchema, 'child-welfare-police': noteSchema.optional(), young: noteSchema, adult: noteSchema }).strict().optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    file.contacts.forEach((c, i) => {
      if (!c.commonKnowledge && c.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['contacts', i, 'sources'], message: `${c.phone} needs a source` });
      }
      for (const id of c.sources) {
        if (!file.sources[id]) ctx.addIssue({ code: 'custom', path: ['contacts', i, 'sources'], message: `unknown source ${id}` });
      }
    });
    for (const [noteId, note] of Object.entries(file.notes ?? {})) {
      for (const id of note.sources) {
        if (!file.sources[id]) ctx.addIssue({ code: 'custom', path: ['notes', noteId, 'sources'], message: `unknown source ${id}` });
      }
    }
  });

export type { EmergencyContact };

/** Parses content/contacts/emergency.json, resolving source ids to the sources themselves. */
export function parseEmergencyContacts(data: unknown): EmergencyContact[] {
  return emergencyContacts(emergencyFileSchema.parse(data));
}

function emergencyContacts(file: z.infer<typeof emergencyFileSchema>): EmergencyContact[] {
  return file.contacts.map((c) => ({
    serviceId: c.serviceId,
    phone: c.phone,
    name: c.name,
    when: c.when,
    abroad: c.abroad ?? false,
    commonKnowledge: c.commonKnowledge,
    sources: c.sources.flatMap((id) => {
      const source = file.sources[id];
      return source ? [source] : [];
    }),
  }));
}

export function loadEmergencyContacts(file: string = contentPath('contacts', 'emergency.json')): EmergencyContact[] {
  // Checked as a data file: by the build's check when these are the bytes it checked (src/paths/data-file.ts).
  return emergencyContacts(readDataFile(file, emergencyFileSchema));
}

/** The next-step notes of content/contacts/emergency.json, with their sources resolved; empty when the file has none. */
export function loadNextSteps(file: string = contentPath('contacts', 'emergency.json')): ReadonlyMap<NextStepId, NextStepText> {
  const data = readDataFile(file, emergencyFileSchema);
  const notes = new Map<NextStepId, NextStepText>();
  for (const [id, note] of Object.entries(data.notes ?? {}) as [NextStepId, NonNullable<typeof data.notes>[NextStepId]][]) {
    if (!note) continue;
    notes.set(id, {
      text: note.text,
      sources: note.sources.flatMap((sourceId) => {
        const source = data.sources[sourceId];
        return source ? [source] : [];
      }),
    });
  }
  return notes;
}
