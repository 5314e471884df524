import { contactCard, serviceDisplayName } from '../../src/contacts/contact-card';
import type { CardElement } from '../../src/cards/card-kit';
import { createContactFeature } from '../../src/contacts/contact-feature';
import { directory, fixtureAdvisers, noAdvisers, places, translate } from './contact-fixtures';

/** Every element of a card, depth first, so tests can look for what a reader would see. */
function elements(card: { body: readonly CardElement[] }): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Record<string, unknown>);
      Object.values(node).forEach(visit);
    }
  };
  visit(card.body);
  return out;
}
const texts = (card: { body: readonly CardElement[] }) => elements(card).filter((e) => e['type'] === 'TextBlock').map((e) => String(e['text']));
const actions = (card: { body: readonly CardElement[] }) => elements(card).filter((e) => typeof e['type'] === 'string' && String(e['type']).startsWith('Action.'));
const facts = (card: { body: readonly CardElement[] }) => elements(card).filter((e) => 'title' in e && 'value' in e && !('type' in e)).map((e) => `${String(e['title'])}: ${String(e['value'])}`);

const feature = (advisers = noAdvisers()) => createContactFeature({ translate, dataDir: '/nonexistent', directory, places, advisers });

describe('contact card', () => {
  it('"Eleven er holdt tilbake i Somalia": the services in order, reachable first, why each, how to reach them', () => {
    const card = feature().contactCardFor({ country: 'SO', whereabouts: 'abroad', minor: true }, 'nb', translate('nb'));
    expect(card.version).toBe('1.5');
    const headings = elements(card).filter((e) => e['style'] === 'heading').map((e) => e['text']);
    expect(headings).toEqual([
      'Hvem du kan kontakte',
      '1. Utenriksdepartementets operative senter',
      '2. Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold',
      '3. Spesialutsending for integreringssaker, ambassaden i Nairobi',
      '4. Barnevernet i kommunen',
    ]);
    // The envoy's answer is said above the list, and why it is not first.
    expect(texts(card)[1]).toBe('Spesialutsendingen ved ambassaden i Nairobi har operativt ansvar for Somalia. Direkte kontakt med utsendingen publiseres ikke, så de du kan nå nå, står først.');
    expect(texts(card)).toContain('**Hvorfor:** Personen er i utlandet: UDs operative senter hjelper norske borgere i utlandet døgnet rundt.');
    expect(facts(card)).toEqual(expect.arrayContaining(['Telefon: +47 23 95 00 00 · Døgnåpent (24/7).', 'E-post: UDops@mfa.no', 'Telefon: 478 09 050 · Mandag–fredag kl. 09.00–15.00.']));
    const urls = actions(card).map((a) => a['url']).filter(Boolean);
    expect(urls).toEqual(expect.arrayContaining(['tel:+4723950000', 'mailto:UDops@mfa.no', 'tel:47809050', 'mailto:kompetanseteamet@bufdir.no']));
    expect(actions(card).filter((a) => a['type'] === 'Action.Submit').map((a) => a['data'])).toContainEqual({ verb: 'show-contact', serviceId: 'kompetanseteamet' });
    // No number is invented for the envoy or for child welfare: the card says where to find it.
    expect(texts(card).filter((t) => t.startsWith('**Hvor du finner det:**'))).toHaveLength(2);
    // Sources as a reader knows them, behind "Kilder": a page's name and link, never a file name or line number.
    const json = JSON.stringify(card);
    expect(json).toContain('(https://www.bufdir.no/vold/aresrelatert/kompetanseteamet/)');
    expect(json).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bl\. \d/);
    expect(texts(card).at(-1)).toBe('Er noen i fare nå: ring 112.');
  });

  it('shows the Norwegian name next to the translation for other languages', () => {
    const team = directory.service('kompetanseteamet');
    expect(serviceDisplayName(team, 'en')).toEqual({ name: 'National competence team against negative social control and honour-related violence', norwegian: 'Kompetanseteamet mot negativ sosial kontroll og æresrelatert vold' });
    expect(serviceDisplayName(team, 'nn')).toEqual({ name: 'Kompetanseteamet mot negativ sosial kontroll og æresrelatert vald' });
    const english = feature().contactCardFor({ country: 'IQ' }, 'en', translate('en'));
    expect(texts(english)).toContain('Norwegian name: Utenriksdepartementets operative senter');
    const arabic = feature().contactCardFor({ country: 'IQ' }, 'ar', translate('ar'));
    expect(arabic.rtl).toBe(true);
    // locales/ar/contacts.json now exists, so the label is Arabic; the Norwegian name itself stays as it is,
    // isolated left to right (LRI … PDI) inside the right-to-left text.
    expect(texts(arabic)).toContain('الاسم النرويجي: \u2066Utenriksdepartementets operative senter\u2069');
  });

  it('one service in full after "show-contact": members, who may contact it, sources, no details button', () => {
    const card = feature().serviceCard('kompetanseteamet', 'en', translate('en'));
    expect(facts(card)).toEqual(expect.arrayContaining([expect.stringMatching(/^Members: Bufdir, IMDi, UDI/), expect.stringMatching(/^Who may contact: .*over 18/), 'Phone: 478 09 050 · Monday–Friday 09:00–15:00.']));
    expect(actions(card).some((a) => a['type'] === 'Action.Submit')).toBe(false);
  });

  it('without an adviser list: the scheme covers all counties, see imdi.no and the expert team', () => {
    const card = feature().contactCardFor({ serviceId: 'diversity-advisers', place: 'Hellerud vgs' }, 'nb', translate('nb'));
    expect(texts(card)).toContain('Mangfoldsrådgivere – Hellerud vgs');
    expect(texts(card).join('\n')).toContain('Ordningen med mangfoldsrådgivere dekker alle fylker');
    expect(texts(card).join('\n')).toContain('post@imdi.no');
    expect(JSON.stringify(card)).not.toMatch(/Eksempel/);
  });

  it('with the organisation’s adviser list: the adviser for the school, tap to call or e-mail', () => {
    const card = feature(fixtureAdvisers()).contactCardFor({ serviceId: 'diversity-advisers', place: 'Eksempelby vgs' }, 'nb', translate('nb'));
    expect(texts(card)).toContain('**Eksempel Eksempelsen**');
    expect(facts(card)).toEqual(expect.arrayContaining(['Skole: Eksempelby videregående skole', 'Kommune: Oslo (Oslo)', 'Telefon: +47 00 00 00 01']));
    expect(actions(card).map((a) => a['url'])).toEqual(expect.arrayContaining(['tel:+4700000001', 'mailto:eksempel.eksempelsen@example.org']));
    const none = feature(fixtureAdvisers()).contactCardFor({ serviceId: 'diversity-advisers', place: 'Finnmark' }, 'en', translate('en'));
    expect(texts(none)).toContain('This directory lists no diversity adviser for Finnmark.');
  });

  it('says under the envoy scheme that Colombo and Rabat have closed', () => {
    const card = feature().contactCardFor({ serviceId: 'special-envoys' }, 'en', translate('en'));
    expect(texts(card)).toContain('The former posts in Colombo, Rabat have closed; the four special envoys are in Amman, Ankara, Islamabad and Nairobi.');
  });

  it('is a pure function of its input', () => {
    const entry = { service: directory.service('seif'), reason: 'x', sources: directory.sourcesOf(directory.service('seif')) };
    expect(contactCard('en', translate('en'), { entries: [entry] })).toEqual(contactCard('en', translate('en'), { entries: [entry] }));
  });
});
