import { pick, pickRequired } from '../content/localized';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import type { AdviserLookup } from './adviser-directory';
import type { Adviser } from './adviser-schema';
import type { Service, SourcedText } from './service-schema';
import { adaptiveCard, container, factSet, heading, paragraph, smallNote, submitAction, telUrl, type AdaptiveCard, type CardAction, type CardElement } from '../cards/card-kit';

export interface ContactCardEntry {
  readonly service: Service;
  /** Why this service, already in the reader's language (from the planner). */
  readonly reason?: string;
  /** Source lines for what the card shows. */
  readonly sources: readonly string[];
}

export interface AdviserSection {
  /** What the user named ("Hellerud vgs", "Drammen"); absent for a general adviser question. */
  readonly place?: string;
  readonly lookup: AdviserLookup;
  /** How many advisers the deploying organisation has imported; 0 means none. */
  readonly directorySize: number;
  /** When the list was imported (ISO); shown under the advisers. */
  readonly importedAt?: string;
}

export interface ContactCardInput {
  readonly entries: readonly ContactCardEntry[];
  readonly advisers?: AdviserSection;
  /** One service in full (who it is for, what it helps with, members…), as after "show-contact". */
  readonly detailed?: boolean;
  /** Posts of the old scheme that have closed (Colombo, Rabat): said under the envoy scheme, never shown as current. */
  readonly closedPosts?: readonly string[];
}

export const SHOW_CONTACT_VERB = 'show-contact';
const MAX_ADVISERS = 10;

/**
 * The service's name in the reader's language, and its Norwegian name when that differs, so a reader
 * who does not read Norwegian can still search for, ask for and say the service's real name.
 */
export function serviceDisplayName(service: Service, lng: Lang): { readonly name: string; readonly norwegian?: string } {
  const name = pickRequired(service.name, lng).value;
  const norwegian = service.name.nb;
  return lng === 'nb' || lng === 'nn' || !norwegian || norwegian === name ? { name } : { name, norwegian };
}

function text(value: SourcedText | undefined, lng: Lang): string | undefined {
  return value ? pick(value.text, lng)?.value : undefined;
}

function siteName(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

function mailtoUrl(address: string): string {
  return `mailto:${address}`;
}

function openUrl(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

function serviceBlock(entry: ContactCardEntry, lng: Lang, t: Translate, detailed: boolean): CardElement {
  const { service } = entry;
  const facts: { title: string; value: string }[] = [];
  for (const phone of service.phones) {
    const label = phone.label ? pick(phone.label, lng)?.value : undefined;
    facts.push({ title: t('contacts:card.phone'), value: label ? `${phone.number} (${label})` : phone.number });
  }
  for (const email of service.emails) facts.push({ title: t('contacts:card.email'), value: email.address });
  for (const link of service.links) facts.push({ title: t(link.kind === 'chat' ? 'contacts:card.chat' : 'contacts:card.web'), value: siteName(link.url) });
  const hours = text(service.hours, lng);
  if (hours) facts.push({ title: t('contacts:card.hours'), value: hours });
  if (detailed) {
    const rows: [string, SourcedText | undefined][] = [
      ['contacts:card.forWhom', service.forWhom],
      ['contacts:card.helpsWith', service.helpsWith],
      ['contacts:card.whenToUse', service.whenToUse],
      ['contacts:card.members', service.members],
      ['contacts:card.whoMayContact', service.whoMayContact],
    ];
    for (const [key, value] of rows) {
      const v = text(value, lng);
      if (v) facts.push({ title: t(key), value: v });
    }
  }

  const display = serviceDisplayName(service, lng);
  const items: CardElement[] = [heading(display.name)];
  if (display.norwegian) items.push(smallNote(t('contacts:card.norwegianName', { name: display.norwegian })));
  if (entry.reason) items.push(paragraph(`**${t('contacts:card.why')}:** ${entry.reason}`));
  else if (!detailed) items.push(paragraph(text(service.whenToUse, lng) ?? ''));
  if (facts.length > 0) items.push(factSet(facts));
  const whereToFind = text(service.whereToFind, lng);
  if (whereToFind) items.push(paragraph(`**${t('contacts:card.whereToFind')}:** ${whereToFind}`));

  const actions: CardAction[] = [
    ...service.phones.map((p) => openUrl(t('contacts:card.call', { number: p.number }), telUrl(p.number))),
    ...service.emails.map((e) => openUrl(t('contacts:card.mail', { address: e.address }), mailtoUrl(e.address))),
    ...service.links.map((l) => openUrl(t(l.kind === 'chat' ? 'contacts:card.openChat' : 'contacts:card.open', { site: siteName(l.url) }), l.url)),
  ];
  if (!detailed) actions.push(submitAction(t('contacts:card.details', { name: pickRequired(service.name, lng).value }), { verb: SHOW_CONTACT_VERB, serviceId: service.id }));
  if (actions.length > 0) items.push({ type: 'ActionSet', actions });
  if (entry.sources.length > 0) items.push(smallNote(`${t('contacts:card.sources')}: ${entry.sources.join(' · ')}`));
  return container(lng, items, { separator: true, spacing: 'Medium' });
}

function adviserFacts(adviser: Adviser, t: Translate): { title: string; value: string }[] {
  return [
    { title: t('contacts:advisers.school'), value: adviser.school },
    { title: t('contacts:advisers.municipality'), value: `${adviser.municipality} (${adviser.county})` },
    ...(adviser.phone ? [{ title: t('contacts:card.phone'), value: adviser.phone }] : []),
    ...(adviser.email ? [{ title: t('contacts:card.email'), value: adviser.email }] : []),
  ];
}

function adviserBlock(section: AdviserSection, lng: Lang, t: Translate): CardElement {
  const title = section.place ? t('contacts:advisers.title', { place: section.place }) : t('contacts:advisers.titleAny');
  const items: CardElement[] = [heading(title)];
  const found = section.lookup.kind === 'none' ? [] : section.lookup.advisers;
  if (section.directorySize === 0) {
    items.push(paragraph(t('contacts:advisers.noDirectory')));
  } else if (found.length === 0) {
    if (section.place) items.push(paragraph(t('contacts:advisers.none', { place: section.place })));
    items.push(paragraph(t('contacts:advisers.noDirectory')));
  } else {
    for (const adviser of found.slice(0, MAX_ADVISERS)) {
      const actions: CardAction[] = [
        ...(adviser.phone ? [openUrl(t('contacts:card.call', { number: adviser.phone }), telUrl(adviser.phone))] : []),
        ...(adviser.email ? [openUrl(t('contacts:card.mail', { address: adviser.email }), mailtoUrl(adviser.email))] : []),
      ];
      items.push(container(lng, [paragraph(`**${adviser.name}**`), factSet(adviserFacts(adviser, t)), ...(actions.length > 0 ? [{ type: 'ActionSet', actions }] : [])], { separator: true }));
    }
    if (section.importedAt) items.push(smallNote(t('contacts:advisers.maintainedBy', { date: section.importedAt.slice(0, 10) })));
  }
  return container(lng, items, { separator: true, spacing: 'Medium', style: 'emphasis' });
}

/**
 * The contact card: the services to contact in order, why each, how to reach them (tap to call or
 * e-mail), opening hours and sources; where the directory has no number, where to find it.
 * With an adviser question, the matching diversity advisers from the deploying organisation's list.
 */
export function contactCard(lng: Lang, t: Translate, input: ContactCardInput): AdaptiveCard {
  const detailed = input.detailed ?? false;
  const body: CardElement[] = [heading(t(detailed ? 'contacts:card.titleService' : 'contacts:card.title'))];
  const entries = [...input.entries];
  const advisersAt = entries.findIndex((e) => e.service.id === 'diversity-advisers');
  entries.forEach((entry, i) => {
    body.push(serviceBlock(entry, lng, t, detailed));
    if (entry.service.id === 'special-envoys' && input.closedPosts && input.closedPosts.length > 0) {
      body.push(smallNote(t('contacts:card.closedPosts', { cities: input.closedPosts.join(', ') })));
    }
    if (i === advisersAt && input.advisers) body.push(adviserBlock(input.advisers, lng, t));
  });
  if (advisersAt < 0 && input.advisers) body.push(adviserBlock(input.advisers, lng, t));
  body.push(smallNote(t('contacts:card.notMonitored')));
  const fallback = entries.map((e) => `${pickRequired(e.service.name, lng).value}: ${e.service.phones.map((p) => p.number).join(', ')}`).join('\n');
  return adaptiveCard(lng, body, [], fallback);
}
