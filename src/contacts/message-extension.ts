import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionResponse } from 'botbuilder';
import { z } from 'zod';
import { toAttachment } from '../cards/card-kit';
import { serviceDisplayName } from './contact-card';
import type { ContactFeature } from './contact-feature';
import type { ServiceId } from './service-ids';
import { pick } from '../content/localized';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';

/** The query command declared in manifest/manifest.json (`composeExtensions[0].commands`). */
export const SEARCH_CONTACTS_COMMAND = 'searchContacts';
/** Its one parameter; Teams also sends `initialRun` when the extension opens with an empty box. */
export const SEARCH_PARAMETER = 'query';

/** What an empty search shows: the services people look for most, emergency first. */
export const KEY_SERVICES: readonly ServiceId[] = [
  'police-emergency',
  'kompetanseteamet',
  'ud-operations-centre',
  'envoy-amman',
  'envoy-ankara',
  'envoy-islamabad',
  'envoy-nairobi',
  'diversity-advisers',
  'expert-team',
  'child-welfare',
  'rode-kors-telefonen',
  'alarmtelefonen',
];
/** Teams lists up to 25 results per page. */
const MAX_RESULTS = 25;

/** The parts of `activity.value` of a `composeExtension/query` invoke that the search reads. */
export const messagingExtensionQuerySchema = z.looseObject({
  commandId: z.string().max(64).optional(),
  parameters: z.array(z.looseObject({ name: z.string().max(64), value: z.unknown() })).max(10).optional(),
  queryOptions: z.looseObject({ skip: z.number().int().min(0).optional(), count: z.number().int().min(1).optional() }).optional(),
});

export type ContactSearchOutcome = { readonly kind: 'result'; readonly response: MessagingExtensionResponse } | { readonly kind: 'unknown-command' } | { readonly kind: 'invalid' };

export interface ContactSearchDeps {
  readonly contacts: ContactFeature;
  readonly translate: (lng: Lang) => Translate;
}

/**
 * The Teams search-based message extension: what the user types in the compose box ("Somalia",
 * "Kompetanseteamet") → matching services from the sourced directory → each as a contact card the user
 * can insert into any chat, with a compact preview for the result list. An empty box lists the key services.
 */
export function createContactSearch(deps: ContactSearchDeps) {
  const { contacts } = deps;

  const serviceResult = (serviceId: ServiceId, lng: Lang, t: Translate): MessagingExtensionAttachment => {
    const service = contacts.directory.service(serviceId);
    const name = serviceDisplayName(service, lng).name;
    const phone = service.phones[0]?.number;
    const when = pick(service.whenToUse.text, lng)?.value ?? '';
    return { ...toAttachment(contacts.serviceCard(serviceId, lng, t)), preview: CardFactory.thumbnailCard(name, phone ? `${phone} · ${when}` : when) };
  };

  return {
    search(value: unknown, lng: Lang): ContactSearchOutcome {
      const parsed = messagingExtensionQuerySchema.safeParse(value);
      if (!parsed.success) return { kind: 'invalid' };
      const query = parsed.data;
      if (query.commandId !== undefined && query.commandId !== SEARCH_CONTACTS_COMMAND) return { kind: 'unknown-command' };
      const typed = query.parameters?.find((p) => p.name === SEARCH_PARAMETER)?.value;
      const text = typeof typed === 'string' ? typed.trim().slice(0, 200) : '';
      const t = deps.translate(lng);
      const skip = query.queryOptions?.skip ?? 0;
      const count = Math.min(query.queryOptions?.count ?? MAX_RESULTS, MAX_RESULTS);

      const attachments: MessagingExtensionAttachment[] = [];
      if (!text) {
        for (const id of KEY_SERVICES) attachments.push(serviceResult(id, lng, t));
      } else {
        const found = contacts.searchDirectory(text, lng);
        if (found.advisers.length > 0) {
          const card = contacts.contactCardFor({ serviceId: 'diversity-advisers', place: text }, lng, t);
          attachments.push({ ...toAttachment(card), preview: CardFactory.thumbnailCard(t('contacts:advisers.title', { place: text }), found.advisers.map((a) => a.name).slice(0, 3).join(', ')) });
        }
        for (const hit of found.services) attachments.push(serviceResult(hit.serviceId, lng, t));
      }
      return { kind: 'result', response: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: attachments.slice(skip, skip + count) } } };
    },
  };
}

export type ContactSearch = ReturnType<typeof createContactSearch>;
