import { pick, pickRequired } from '../content/localized';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import type { AdviserLookup } from './adviser-directory';
import type { Adviser } from './adviser-schema';
import type { Service, SourcedText } from './service-schema';
import type { Source } from '../content/source';
import { adaptiveCard, container, factSet, heading, paragraph, smallNote, sourcesToggle, submitAction, telUrl, type AdaptiveCard, type CardAction, type CardElement } from '../cards/card-kit';
import { cityName } from './city-name';

export interface ContactCardEntry {
  readonly service: Service;
  /** Why this service, already in the reader's language (from the planner). */
  readonly reason?: string;
  /** Where what the card shows comes from; a reader sees them by title, section and link (`sourcesToggle`). */
  readonly sources: readonly Source[];
  /** The card already says this entry's reason above the list (the envoy's answer): not repeated in view. */
  readonly saidAbove?: boolean;
  /** How to reach this entry is what the card says above the list (an envoy under the envoy's answer): behind "More". */
  readonly reachedAbove?: boolean;
  /** Never folded behind "More contacts" (UD's operations centre when the message says someone is held abroad). */
  readonly keepInView?: boolean;
  /** Notes behind the entry's "More about" button (the envoy scheme's closed posts). */
  readonly notes?: readonly string[];
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
  /**
   * The envoy's answer to "who covers …?" when the envoy is not first on the list (it publishes no direct contact):
   * said above the list, in the reader's language.
   */
  readonly envoyAnswer?: string;
  /** Posts of the old scheme that have closed (Colombo, Rabat): said under the envoy scheme, never shown as current. */
  readonly closedPosts?: readonly string[];
  /** A doubt naming another post ("wasn't it Ankara?"): what that post covered in 2008 or covers today, said first. */
  readonly doubt?: string;
  /** What the post asked about covers, every level ("which countries does Ankara cover?"): said after the envoy's answer. */
  readonly postCoverage?: string;
  /** Where `postCoverage` comes from when it says more than the entries' own sources (an area spanning countries). */
  readonly postCoverageSources?: readonly Source[];
}

export const SHOW_CONTACT_VERB = 'show-contact';
/** More contacts than this and the last ones go behind one "More contacts (n)" button. */
const MAX_OPEN_CONTACTS = 4;
const MORE_CONTACTS_ID = 'more-contacts';
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

/** Teams cuts a button title mid-word past about 30 characters ("Kompetanseteamet mot negativ sosial kontroll og"). */
export const MAX_BUTTON_TITLE = 30;

/** The title if it fits on a button, else the shorter one (which names no service or number: the card body does). */
function fit(title: string, shorter: string): string {
  return [...title].length <= MAX_BUTTON_TITLE ? title : shorter;
}

/**
 * The name people use for a service ("Kompetanseteamet", "RVTS", "Alarmtelefonen", "UDs operative senter"), for
 * buttons: `short.<id>` in locales/<lng>/contacts.json. The card body keeps the full name.
 */
export function shortServiceName(service: Service, lng: Lang, t: Translate): string {
  const key = `contacts:short.${service.id}`;
  const short = t(key);
  return short && short !== key && short !== `short.${service.id}` ? short : pickRequired(service.name, lng).value;
}

function callAction(number: string, t: Translate): CardAction {
  return openUrl(fit(t('contacts:card.call', { number }), t('contacts:card.callShort')), telUrl(number));
}

function mailAction(address: string, t: Translate): CardAction {
  return openUrl(fit(t('contacts:card.mail', { address }), t('contacts:card.mailShort')), mailtoUrl(address));
}

/** Element ids are unique in the whole card (Action.ToggleVisibility finds its target by id). */
const detailsId = (service: Service) => `details-${service.id}`;

/**
 * One service. What a person needs first is open: the name, why it is here, the phone number and hours (or where to
 * find them), a call button. The rest (the Norwegian name, e-mail, web and chat, who it is for, sources) is behind
 * "More about …" (Action.ToggleVisibility), so a card of three services fits on one screen.
 * `detailed` (one service in full, after "show-contact") shows everything, sources behind their own toggle.
 */
function serviceBlock(entry: ContactCardEntry, position: number | undefined, lng: Lang, t: Translate, detailed: boolean): CardElement {
  const { service } = entry;
  const short = shortServiceName(service, lng, t);
  const [firstPhone, ...otherPhones] = service.phones;
  const phoneFact = (phone: (typeof service.phones)[number]) => {
    const label = phone.label ? pick(phone.label, lng)?.value : undefined;
    return { title: t('contacts:card.phone'), value: label ? `${phone.number} (${label})` : phone.number };
  };
  const hours = text(service.hours, lng);
  const whereToFind = text(service.whereToFind, lng);

  // Open: who, why, how to reach now – the number and its hours on one line.
  const open: { title: string; value: string }[] = [];
  if (firstPhone) {
    const fact = phoneFact(firstPhone);
    open.push(hours ? { title: fact.title, value: `${fact.value} · ${hours}` } : fact);
  } else if (hours) open.push({ title: t('contacts:card.hours'), value: hours });

  // Behind the button: everything else.
  const more: { title: string; value: string }[] = [];
  for (const phone of otherPhones) more.push(phoneFact(phone));
  for (const email of service.emails) more.push({ title: t('contacts:card.email'), value: email.address });
  for (const link of service.links) more.push({ title: t(link.kind === 'chat' ? 'contacts:card.chat' : 'contacts:card.web'), value: siteName(link.url) });
  // Who runs it, where the directory says (shared/domain.md): behind "More about …" on a list, in view on one service.
  const owner = text(service.owner, lng);
  if (owner && !detailed) more.push({ title: t('contacts:card.owner'), value: owner });
  if (detailed) {
    // One service in full: who it is for, what it helps with and who may contact it in view; its members behind "More".
    const rows: [string, SourcedText | undefined, 'open' | 'more'][] = [
      ['contacts:card.forWhom', service.forWhom, 'open'],
      ['contacts:card.helpsWith', service.helpsWith, 'open'],
      ['contacts:card.whoMayContact', service.whoMayContact, 'open'],
      ['contacts:card.members', service.members, 'more'],
      ['contacts:card.owner', service.owner, 'open'],
    ];
    for (const [key, value, where] of rows) {
      const v = text(value, lng);
      if (v) (where === 'open' ? open : more).push({ title: t(key), value: v });
    }
  }

  const display = serviceDisplayName(service, lng);
  const name = position === undefined ? display.name : `${position}. ${display.name}`;
  const items: CardElement[] = [heading(name)];
  // The envoy whose answer the card says at the top ("covers Somalia; no direct contact published") needs no repeat.
  const saidAbove = entry.saidAbove ?? false;
  if (entry.reason && !saidAbove) items.push(paragraph(`**${t('contacts:card.why')}:** ${entry.reason}`, { spacing: 'Small' }));
  else if (!saidAbove) items.push(paragraph(text(service.whenToUse, lng) ?? '', { spacing: 'Small' }));
  if (open.length > 0) items.push(factSet(open));
  // With no number in the directory, where to find it is how to reach the service: it stays open.
  const whereOpen = whereToFind !== undefined && !firstPhone && !saidAbove && !(entry.reachedAbove ?? false);
  if (whereToFind && whereOpen) items.push(paragraph(`**${t('contacts:card.whereToFind')}:** ${whereToFind}`, { spacing: 'Small' }));

  const secondary: CardAction[] = [
    ...otherPhones.map((p) => callAction(p.number, t)),
    ...service.emails.map((e) => mailAction(e.address, t)),
    ...service.links.map((l) => openUrl(fit(t(l.kind === 'chat' ? 'contacts:card.openChat' : 'contacts:card.open', { site: siteName(l.url) }), t('contacts:card.openShort')), l.url)),
  ];
  const hidden: CardElement[] = [];
  if (display.norwegian) hidden.push(smallNote(t('contacts:card.norwegianName', { name: display.norwegian })));
  if (more.length > 0) hidden.push(factSet(more));
  if (whereToFind && !whereOpen) hidden.push(paragraph(`**${t('contacts:card.whereToFind')}:** ${whereToFind}`));
  if (entry.reason && saidAbove) hidden.push(paragraph(`**${t('contacts:card.why')}:** ${entry.reason}`));
  for (const note of entry.notes ?? []) hidden.push(smallNote(note));
  if (!detailed) secondary.push(submitAction(fit(t('contacts:card.details', { name: short }), t('contacts:card.detailsShort')), { verb: SHOW_CONTACT_VERB, serviceId: service.id }));
  if (secondary.length > 0) hidden.push({ type: 'ActionSet', actions: secondary });
  hidden.push(...sourcesToggle(entry.sources, lng, t, { id: `sources-${service.id}` }));

  const primary: CardAction[] = [
    ...(firstPhone ? [callAction(firstPhone.number, t)] : []),
    { type: 'Action.ToggleVisibility', title: fit(t('contacts:card.more', { name: short }), t('contacts:card.moreShort')), targetElements: [detailsId(service)] },
  ];
  items.push({ type: 'ActionSet', actions: primary });
  items.push(container(lng, hidden, { id: detailsId(service), isVisible: false }));
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
        ...(adviser.phone ? [callAction(adviser.phone, t)] : []),
        ...(adviser.email ? [mailAction(adviser.email, t)] : []),
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
  if (input.doubt) body.push(paragraph(input.doubt));
  if (input.envoyAnswer) body.push(paragraph(t('contacts:card.envoyLater', { answer: input.envoyAnswer })));
  if (input.postCoverage) body.push(paragraph(input.postCoverage));
  if (input.postCoverage && input.postCoverageSources && input.postCoverageSources.length > 0) body.push(...sourcesToggle(input.postCoverageSources, lng, t, { id: 'sources-coverage' }));
  const closed = input.closedPosts && input.closedPosts.length > 0 ? [t('contacts:card.closedPosts', { cities: input.closedPosts.map((city) => cityName(city, t)).join(', ') })] : [];
  // The first few contacts are in view; the rest wait behind "More contacts (n)" so the first screen holds who to call.
  // An entry marked `keepInView` (UD's operations centre when someone is held abroad) is never behind it.
  const all = [...input.entries];
  const folds = !detailed && all.length > MAX_OPEN_CONTACTS;
  const inView = folds ? all.filter((e, i) => i < MAX_OPEN_CONTACTS - 1 || e.keepInView) : all;
  const entries = [...inView, ...all.filter((e) => !inView.includes(e))];
  const hiddenFrom = inView.length;
  const advisersAt = entries.findIndex((e) => e.service.id === 'diversity-advisers');
  const numbered = entries.length > 1;
  const later: CardElement[] = [];
  entries.forEach((entry, i) => {
    const target = i < hiddenFrom ? body : later;
    const full: ContactCardEntry = {
      ...entry,
      ...(input.envoyAnswer !== undefined && entry.reason === input.envoyAnswer ? { saidAbove: true } : {}),
      ...(input.envoyAnswer !== undefined && entry.service.kind === 'envoy' ? { reachedAbove: true } : {}),
      ...(entry.service.id === 'special-envoys' && closed.length > 0 ? { notes: [...(entry.notes ?? []), ...closed] } : {}),
    };
    target.push(serviceBlock(full, numbered ? i + 1 : undefined, lng, t, detailed));
    if (i === advisersAt && input.advisers) target.push(adviserBlock(input.advisers, lng, t));
  });
  if (later.length > 0) {
    body.push({ type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: t('contacts:card.moreContacts', { n: entries.length - hiddenFrom }), targetElements: [MORE_CONTACTS_ID] }] });
    body.push(container(lng, later, { id: MORE_CONTACTS_ID, isVisible: false }));
  }
  if (advisersAt < 0 && input.advisers) body.push(adviserBlock(input.advisers, lng, t));
  body.push(smallNote(t('contacts:card.notMonitored')));
  const fallback = entries.map((e) => `${pickRequired(e.service.name, lng).value}: ${e.service.phones.map((p) => p.number).join(', ')}`).join('\n');
  return adaptiveCard(lng, body, [], fallback);
}
