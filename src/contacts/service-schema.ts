import { z } from 'zod';
import { localizedListSchema, localizedTextSchema } from '../content/localized';
import { sourceSchema } from '../content/source';
import { SERVICE_IDS, serviceIdSchema } from './service-ids';

/** Ids into the file's `sources` table: every value in the directory says where it comes from. */
const sourceRefs = z.array(z.string().min(1)).min(1);

/** A Norwegian or international number as people write it: digits, spaces, a leading +. */
const phoneNumber = z.string().regex(/^\+?\d[\d ]{1,18}\d$/, 'a phone number: digits and spaces, optional leading +');

const phoneSchema = z
  .object({
    number: phoneNumber,
    /** What the number is for when a service has several (e.g. "chat", "anonymous line"). */
    label: localizedTextSchema.optional(),
    sources: sourceRefs,
  })
  .strict();

const emailSchema = z.object({ address: z.string().email(), sources: sourceRefs }).strict();

const linkSchema = z
  .object({
    url: z.string().url(),
    kind: z.enum(['web', 'chat']),
    sources: sourceRefs,
  })
  .strict();

/** A sentence with its sources. */
const sourcedText = z.object({ text: localizedTextSchema, sources: sourceRefs }).strict();

export const serviceSchema = z
  .object({
    id: serviceIdSchema,
    /** The Norwegian name (nb, nn) and a translation (en, others); cards show the Norwegian next to the translation. */
    name: localizedTextSchema,
    /** Names people write, including former names (minoritetsrådgiver, integreringsrådgiver), used to recognise questions. */
    aliases: localizedListSchema,
    kind: z.enum(['emergency', 'helpline', 'specialist', 'envoy', 'municipal', 'online']),
    forWhom: sourcedText,
    helpsWith: sourcedText,
    whenToUse: sourcedText,
    phones: z.array(phoneSchema).default([]),
    emails: z.array(emailSchema).default([]),
    links: z.array(linkSchema).default([]),
    hours: sourcedText.optional(),
    /** Open day and night, as its hours say ("Døgnåpent"): a question about nights or closing time is answered by its card. */
    aroundTheClock: z.boolean().optional(),
    members: sourcedText.optional(),
    whoMayContact: sourcedText.optional(),
    /**
     * Who runs the service ("ung.no: Bufdir", the envoys: UD and IMDi), only where shared/domain.md says so with a source;
     * absent elsewhere, and then no card says who runs it. "Who runs X?" is answered with this line.
     */
    owner: sourcedText.optional(),
    /** Said whenever the directory holds no number or hours for the service: where the reader finds them. */
    whereToFind: sourcedText.optional(),
  })
  .strict();

export type Service = z.infer<typeof serviceSchema>;
export type SourcedText = z.infer<typeof sourcedText>;

export const servicesFileSchema = z
  .object({
    $comment: z.string().optional(),
    sources: z.record(z.string(), sourceSchema),
    services: z.array(serviceSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.services.forEach((service, i) => {
      if (seen.has(service.id)) ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], message: `duplicate service id ${service.id}` });
      seen.add(service.id);
      for (const ref of referencedSources(service)) {
        if (!(ref in file.sources)) ctx.addIssue({ code: 'custom', path: ['services', i], message: `${service.id} cites unknown source "${ref}"` });
      }
      // "Nothing invented": a service without a number must say where the number is found.
      if (service.phones.length === 0 && service.emails.length === 0 && !service.whereToFind && service.links.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['services', i], message: `${service.id} has no way to reach it and no whereToFind` });
      }
    });
    for (const id of SERVICE_IDS) if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['services'], message: `service ${id} is missing` });
  });

export type ServicesFile = z.infer<typeof servicesFileSchema>;

/** Every source id a service cites, in the order of its fields. */
export function referencedSources(service: Service): string[] {
  const texts = [service.forWhom, service.helpsWith, service.whenToUse, service.hours, service.members, service.whoMayContact, service.owner, service.whereToFind];
  // Loops, not `flatMap` with arrows made in each call: asked for every contact card, such arrows lose their optimized
  // code at every full GC, and V8 compiled them again and again.
  const refs = new Set<string>();
  for (const text of texts) for (const id of text?.sources ?? []) refs.add(id);
  for (const cited of [service.phones, service.emails, service.links]) for (const item of cited) for (const id of item.sources) refs.add(id);
  return [...refs];
}
