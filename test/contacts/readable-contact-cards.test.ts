import { createContactFeature, type ContactFeature } from '../../src/contacts/contact-feature';
import { MAX_BUTTON_TITLE } from '../../src/contacts/contact-card';
import { createContactSearch, SEARCH_CONTACTS_COMMAND, SEARCH_PARAMETER } from '../../src/contacts/message-extension';
import { SERVICE_IDS } from '../../src/contacts/service-ids';
import type { ContactQuery } from '../../src/contacts/intents';
import { LANGUAGES, RTL_LANGUAGES, type Lang } from '../../src/language/languages';
import { isolateCardText, stripIsolates } from '../../src/language/bidi';
import { openPart, shownText } from '../helpers/open-part';
import { directory, fixtureAdvisers, places, translate } from './contact-fixtures';

/**
 * Issue #17: a contact card a person reads on one screen (1280×1000): who to call and why in view, the details and
 * sources behind a button; button titles that are not cut mid-word; no yellow text; sources by title, never a file.
 */

const contacts: ContactFeature = createContactFeature({ translate, dataDir: '/nonexistent', directory, places, advisers: fixtureAdvisers() });

/** Contact questions of every kind: countries (held, named only, before a journey), services, advisers, young people. */
const QUERIES: readonly ContactQuery[] = [
  {},
  { country: 'SO' },
  { country: 'SO', whereabouts: 'abroad' },
  { country: 'SO', whereabouts: 'abroad', minor: true },
  { country: 'IR' },
  { country: 'RU', whereabouts: 'abroad' },
  { country: 'PK', whereabouts: 'travelling-soon', minor: true },
  { country: 'BR', whereabouts: 'abroad' },
  { serviceId: 'special-envoys' },
  { serviceId: 'special-envoys', country: 'IQ' },
  { serviceId: 'kompetanseteamet' },
  { serviceId: 'diversity-advisers', place: 'Drammen' },
  { serviceId: 'diversity-advisers', place: 'Eksempelby vgs' },
  { youngSelf: true, minor: true },
  { youngSelf: true, minor: true, country: 'IQ', whereabouts: 'abroad' },
  { askerRole: 'health' },
  { askerRole: 'police', minor: true },
];

type Json = Record<string, unknown>;
function nodes(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(nodes);
  if (node === null || typeof node !== 'object') return [];
  return [node as Json, ...Object.values(node).flatMap(nodes)];
}

/** Every card a contact question, a "show contact" button or the message extension can show, in `lng`. */
function everyContactCard(lng: Lang): { name: string; card: unknown }[] {
  const t = translate(lng);
  const search = createContactSearch({ contacts, translate });
  const searched = ['', 'Somalia', 'Drammen', 'kompetanseteamet'].flatMap((text) => {
    const outcome = search.search({ commandId: SEARCH_CONTACTS_COMMAND, parameters: [{ name: SEARCH_PARAMETER, value: text }] }, lng);
    return outcome.kind === 'result' ? (outcome.response.composeExtension?.attachments ?? []).map((a, i) => ({ name: `search "${text}" ${i}`, card: a.content })) : [];
  });
  return [
    ...QUERIES.map((query) => ({ name: `contacts ${JSON.stringify(query)}`, card: contacts.contactCardFor(query, lng, t) })),
    ...SERVICE_IDS.map((id) => ({ name: `details ${id}`, card: contacts.serviceCard(id, lng, t) })),
    ...searched,
  ];
}

/** The open part's budget: at 1280×1000 the card's first screen holds about this much (docs/screenshots/contact-*.png). */
const CONTACT_BUDGET = { characters: 1200, blocks: 18 } as const;

describe('contact cards fit on a screen', () => {
  it.each(['nb', 'en', 'ar'] as const)('the open part of every contact card is within the budget (%s)', (lng) => {
    const over = everyContactCard(lng)
      .map(({ name, card }) => ({ name, ...openPart(card) }))
      .filter((p) => p.characters > CONTACT_BUDGET.characters || p.blocks > CONTACT_BUDGET.blocks)
      .map((p) => `${p.name}: ${p.characters} characters, ${p.blocks} blocks`);
    expect(over).toEqual([]);
  });

  it.each(['nb', 'en', 'ar'] as const)('"who covers Somalia?" (%s): the answer and a service to call now are in view; details and sources are not', (lng) => {
    const card = contacts.contactCardFor({ country: 'SO' }, lng, translate(lng));
    const open = openPart(card);
    // The envoy's answer first, then a number to call now.
    expect(open.texts.slice(0, 2).join(' ')).toMatch(/Nairobi|نيروبي/);
    const firstCall = open.buttons.findIndex((b) => b.includes('478 09 050') || b.includes('23 95 00 00'));
    expect(firstCall).toBe(0);
    // Sources, e-mail addresses and web addresses wait behind "More about …".
    expect(open.texts.join(' ')).not.toMatch(/@|https?:|bufdir\.no|norway\.no \(/);
    expect(nodes(card).filter((n) => n['isVisible'] === false).length).toBeGreaterThanOrEqual(3);
  });

  it('someone held abroad: UD operations centre (+47 23 95 00 00, 24/7) is first and in view in every language, also in a long list', () => {
    for (const lng of LANGUAGES) {
      for (const query of [{ country: 'SO', whereabouts: 'abroad' }, { youngSelf: true, minor: true, country: 'IQ', whereabouts: 'abroad' }] as const) {
        const open = openPart(contacts.contactCardFor(query, lng, translate(lng)));
        expect(open.texts.join(' ')).toContain('+47 23 95 00 00');
      }
      const card = contacts.contactCardFor({ country: 'SO', whereabouts: 'abroad' }, lng, translate(lng));
      const firstAction = nodes(card).find((n) => n['type'] === 'Action.OpenUrl');
      expect(firstAction?.['url']).toBe('tel:+4723950000');
    }
  });
});

describe('contact button titles', () => {
  it.each(LANGUAGES)('every button title on every contact card fits (≤ %#30 characters) in %s', (lng) => {
    const long: string[] = [];
    let count = 0;
    for (const { name, card } of everyContactCard(lng)) {
      for (const node of nodes(card)) {
        if (typeof node['type'] !== 'string' || !node['type'].startsWith('Action.')) continue;
        const title = shownText(String(node['title'] ?? ''));
        count++;
        if ([...title].length > MAX_BUTTON_TITLE) long.push(`${name}: «${title}»`);
      }
    }
    expect(long).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it('uses the short names people use on buttons, the full name in the card body', () => {
    const card = contacts.contactCardFor({ country: 'SO' }, 'nb', translate('nb'));
    const titles = nodes(card).filter((n) => typeof n['type'] === 'string' && String(n['type']).startsWith('Action.')).map((n) => n['title']);
    expect(titles).toEqual(expect.arrayContaining(['Mer om Kompetanseteamet', 'Detaljer: Kompetanseteamet', 'Mer om UDs operative senter']));
    const texts = nodes(card).filter((n) => n['type'] === 'TextBlock').map((n) => n['text']);
    expect(texts).toContain('1. Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold');
    for (const lng of LANGUAGES) {
      const t = translate(lng);
      for (const id of SERVICE_IDS) {
        const short = t(`contacts:short.${id}`);
        expect(short).not.toMatch(/^(contacts:)?short\./);
        expect([...short].length).toBeLessThanOrEqual(27);
      }
    }
  });
});

describe('contact cards are readable', () => {
  it.each(LANGUAGES)('no text is coloured warning or attention, and no source shows a seed file or a line number (%s)', (lng) => {
    for (const { name, card } of everyContactCard(lng)) {
      const coloured = nodes(card).filter((n) => n['type'] === 'TextBlock' && /^(warning|attention)$/i.test(String(n['color'] ?? '')));
      expect(coloured.map((n) => `${name}: ${String(n['text'])}`)).toEqual([]);
      expect(JSON.stringify(card)).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bl\. \d+–\d+/);
    }
  });

  it('puts the sources of each service behind its own "Kilder" button, by title and link', () => {
    const card = contacts.contactCardFor({ country: 'SO', whereabouts: 'abroad' }, 'nb', translate('nb'));
    const toggles = nodes(card).filter((n) => n['type'] === 'Action.ToggleVisibility' && String(n['title']).startsWith('Kilder'));
    expect(toggles.length).toBeGreaterThanOrEqual(2);
    const ids = nodes(card).flatMap((n) => (typeof n['id'] === 'string' ? [n['id']] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const toggle of toggles) for (const target of toggle['targetElements'] as string[]) expect(ids).toContain(target);
    expect(JSON.stringify(card)).toContain('[Bufdir – Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold (lest 1. november 2026)](https://www.bufdir.no/vold/aresrelatert/kompetanseteamet/)');
  });
});

const RTL_LANGUAGES_LIST = [...RTL_LANGUAGES];

describe('opening hours are said once, and read left to right in right-to-left replies (issue #13, kind 4)', () => {
  /** The services with office hours, and the hour they close (content/contacts/services.json). */
  const OFFICE_HOURS = [
    { id: 'kompetanseteamet', closes: '15', phone: '478 09 050' },
    { id: 'rode-kors-telefonen', closes: '17', phone: '815 55 201' },
  ] as const;

  it.each(LANGUAGES)('the hour a service closes appears once in its hours (%s)', (lng) => {
    for (const { id, closes } of OFFICE_HOURS) {
      const hours = directory.service(id).hours?.text[lng] ?? '';
      // "من 09 إلى 15 (09:00–15:00)" said the time twice; Urdu's "سہ پہر 3 بجے" is the same hour again in other words.
      expect({ id, times: hours.match(new RegExp(`(?<!\\d)${closes}(?!\\d)`, 'gu'))?.length ?? 0 }).toEqual({ id, times: 1 });
      expect(hours).not.toMatch(/\(\s*\d/u);
    }
  });

  it.each(RTL_LANGUAGES_LIST)('the card line with the number and hours isolates the times left to right (%s)', (lng) => {
    for (const { id, phone } of OFFICE_HOURS) {
      const card = isolateCardText(contacts.contactCardFor({ serviceId: id }, lng, translate(lng)));
      const line = nodes(card).flatMap((n) => (typeof n['value'] === 'string' && n['value'].includes(phone) ? [n['value']] : []))[0] ?? '';
      // U+2066 … U+2069 around the clock times, as Teams shows them: "09:00–15:00" reads the same in an Arabic line.
      expect(line).toMatch(new RegExp(`\\u2066\\d{1,2}:00\\u2060?–\\u2060?\\d{1,2}:00\\u2069`, 'u'));
      expect(stripIsolates(line).match(/\d{1,2}:00/gu)).toHaveLength(2);
    }
  });
});
