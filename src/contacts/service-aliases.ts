import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { serviceIdSchema, type ServiceId } from './service-ids';
import { wordReviewSchema } from '../language/word-review';
import { readDataFile } from '../paths/data-file';

/**
 * Names of the services in the other answer languages, for recognising questions only
 * (content/contacts/service-aliases.json). Kept apart from services.json, whose text fields the translators own.
 */
const serviceAliasesFileSchema = z
  .object({
    $comment: z.string().optional(),
    review: wordReviewSchema,
    aliases: z.partialRecord(serviceIdSchema, z.record(z.string(), z.array(z.string().min(2)))),
  })
  .strict();

export type ServiceAliases = ReadonlyMap<ServiceId, readonly string[]>;

export function loadServiceAliases(file: string = contentPath('contacts', 'service-aliases.json')): ServiceAliases {
  const parsed = readDataFile(file, serviceAliasesFileSchema);
  const out = new Map<ServiceId, string[]>();
  for (const [id, byLang] of Object.entries(parsed.aliases)) {
    const service = serviceIdSchema.parse(id);
    out.set(service, Object.values(byLang ?? {}).flat());
  }
  return out;
}
