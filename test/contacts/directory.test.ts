import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Activity, TestAdapter } from 'botbuilder';
import { CardActionRouter } from '../../src/bot/card-action-router';
import type { CardElement } from '../../src/cards/card-kit';
import { loadAdviserDirectory, schoolKey } from '../../src/contacts/adviser-directory';
import { contactCard, serviceDisplayName } from '../../src/contacts/contact-card';
import { createContactFeature } from '../../src/contacts/contact-feature';
import { readEnvoysFile, readServicesFile } from '../../src/contacts/directory';
import { SERVICE_IDS } from '../../src/contacts/service-ids';
import { servicesFileSchema } from '../../src/contacts/service-schema';
import { sourceForReviewers } from '../../src/content/source';
import { createLogger, memorySink } from '../../src/logging/logger';
import { contentPath } from '../../src/paths/content-root';
import { directory, fixtureAdvisers, noAdvisers, places, translate, turnFor } from './contact-fixtures';

// (was directory.test.ts)
describe('the service directory (content/contacts/services.json)', () => {
  const file = readServicesFile();

  it('has every service id the other features use, once', () => {
    expect(file.services.map((s) => s.id).sort()).toEqual([...SERVICE_IDS].sort());
  });

  it('gives each service who it is for, what it helps with and when to use it, in nb, nn and en', () => {
    for (const s of file.services) {
      for (const field of [s.name, s.forWhom.text, s.helpsWith.text, s.whenToUse.text]) {
        expect(field.nb).toBeTruthy();
        expect(field.nn).toBeTruthy();
        expect(field.en).toBeTruthy();
      }
    }
  });

  it('has the published numbers from domain.md §12 and nothing else for them', () => {
    const phones = (id: (typeof SERVICE_IDS)[number]) => directory.service(id).phones.map((p) => p.number);
    const emails = (id: (typeof SERVICE_IDS)[number]) => directory.service(id).emails.map((e) => e.address);
    expect(phones('police-emergency')).toEqual(['112']);
    expect(phones('police')).toEqual(['02800']);
    expect(phones('ambulance')).toEqual(['113']);
    expect(phones('alarmtelefonen')).toEqual(['116 111']);
    expect(emails('alarmtelefonen')).toEqual(['alarm@116111.no']);
    expect(phones('vo-linjen')).toEqual(['116 006']);
    expect(phones('rode-kors-telefonen')).toEqual(['815 55 201']);
    expect(phones('kompetanseteamet')).toEqual(['478 09 050']);
    expect(emails('kompetanseteamet')).toEqual(['kompetanseteamet@bufdir.no']);
    expect(phones('ud-operations-centre')).toEqual(['+47 23 95 00 00']);
    expect(emails('ud-operations-centre')).toEqual(['UDops@mfa.no']);
    expect(phones('seif')).toEqual(['22 03 48 30']);
    expect(emails('seif')).toEqual(['seif@seif.no']);
    expect(emails('expert-team')).toEqual(['post@imdi.no']);
  });

  it('invents no number for municipal services or the envoys, and says where to find one instead', () => {
    for (const id of ['child-welfare', 'child-welfare-emergency', 'crisis-centres', 'diversity-advisers', 'special-envoys', 'envoy-amman', 'envoy-ankara', 'envoy-islamabad', 'envoy-nairobi', 'rvts'] as const) {
      const service = directory.service(id);
      expect(service.phones).toEqual([]);
      expect(service.whereToFind?.text.nb).toBeTruthy();
    }
    expect(directory.service('child-welfare-emergency').whereToFind?.text.nb).toMatch(/kommunens nettside.*116 111.*112/s);
  });

  it("states Kompetanseteamet's hours, members and who may contact it", () => {
    const team = directory.service('kompetanseteamet');
    expect(team.hours?.text.nb).toBe('Mandag–fredag kl. 9–15.');
    expect(team.members?.text.nb).toMatch(/Bufdir, IMDi, UDI, Politidirektoratet.*AVdir.*Hdir/);
    expect(team.whoMayContact?.text.en).toMatch(/over 18/);
    expect(directory.service('rode-kors-telefonen').hours?.text.nb).toBe('Hverdager kl. 9–17.');
  });

  it('cites a source for every value: seed lines for reviewers, or dated pages', () => {
    for (const service of file.services) {
      const sources = directory.sourcesOf(service);
      expect(sources.length).toBeGreaterThan(0);
      for (const line of sources.map(sourceForReviewers)) expect(line).toMatch(/\(\d{3}_[0-9a-f]{16}\.txt, l\. \d+–\d+\)|https:\/\/\S+ \(\d{4}-\d{2}-\d{2}\)/);
    }
  });

  it('rejects a directory that cites a source it does not define', () => {
    const raw = JSON.parse(readFileSync(contentPath('contacts', 'services.json'), 'utf8')) as { services: { forWhom: { sources: string[] } }[] };
    const first = raw.services[0];
    if (!first) throw new Error('empty directory');
    first.forWhom.sources = ['no-such-source'];
    const result = servicesFileSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain('unknown source "no-such-source"');
  });

  it('never lists the closed posts (Colombo, Rabat) as an envoy', () => {
    const envoys = readEnvoysFile();
    expect(envoys.envoys.map((e) => e.city).sort()).toEqual(['Amman', 'Ankara', 'Islamabad', 'Nairobi']);
    expect(envoys.closedPosts.map((p) => p.city)).toEqual(['Colombo', 'Rabat']);
    const current = JSON.stringify(file.services.filter((s) => s.kind === 'envoy'));
    expect(current).not.toMatch(/Colombo|Rabat/);
  });
});

// (was adviser-directory.test.ts)
describe('diversity-adviser lookups', () => {
  const advisers = fixtureAdvisers();

  it('treats "vgs", "videregående skole" and "vidaregåande skule" as the same school type', () => {
    expect(schoolKey('Hellerud vgs')).toBe('hellerud vgs');
    expect(schoolKey('Hellerud videregående skole')).toBe('hellerud vgs');
    expect(schoolKey('Hellerud Vidaregåande Skule')).toBe('hellerud vgs');
    expect(schoolKey('Fiktiv ungdomsskole')).toBe('fiktiv us');
  });

  it('finds an adviser by school however the school is written', () => {
    expect(advisers.bySchool('Eksempelby vgs').map((a) => a.name)).toEqual(['Eksempel Eksempelsen']);
    expect(advisers.bySchool('eksempelby videregaende').map((a) => a.name)).toEqual(['Eksempel Eksempelsen']);
    expect(advisers.bySchool('Prøvestad videregående skole').map((a) => a.name)).toEqual(['Test Testesen']);
    expect(advisers.bySchool('Demo vgs').map((a) => a.name)).toEqual(['Kari Konstruert']);
    expect(advisers.bySchool('Ukjent vgs')).toEqual([]);
  });

  it('finds advisers by municipality and by county (municipality → county from the code list)', () => {
    expect(advisers.byMunicipality('3301').map((a) => a.school)).toEqual(['Prøvestad vgs']);
    expect(advisers.byCounty('46').map((a) => a.school)).toEqual(['Fiktiv ungdomsskole']);
    expect(advisers.lookup('mangfoldsrådgiver i Drammen')).toMatchObject({ kind: 'municipality', municipality: { name: 'Drammen', county: { name: 'Buskerud' } } });
    expect(advisers.lookup('rådgivere i Vestland')).toMatchObject({ kind: 'county', county: { code: '46' }, advisers: [{ name: 'Ola Oppdiktet' }] });
    expect(advisers.lookup('hvem er mangfoldsrådgiver på Prøvestad vgs?')).toMatchObject({ kind: 'school', school: 'Prøvestad vgs' });
    expect(advisers.lookup('ingen sted')).toEqual({ kind: 'none' });
  });

  it('knows the 2024 counties and maps every municipality by its first two digits', () => {
    expect(places.counties).toHaveLength(15);
    expect(places.municipalities).toHaveLength(357);
    for (const m of places.municipalities) expect(m.code.slice(0, 2)).toBe(m.county.code);
    expect(places.county('Hordaland')?.name).toBe('Vestland');
    expect(places.municipalitiesNamed('Våler').map((m) => m.county.name).sort()).toEqual(['Innlandet', 'Østfold']);
    expect(places.municipalitiesNamed('Kautokeino')[0]?.name).toBe('Guovdageaidnu');
  });

  describe('loading DATA_DIR/advisers.json', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'veiviser-adv-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('is empty when the organisation has imported nothing: the repository ships no people', () => {
      expect(loadAdviserDirectory(dir, places).size).toBe(0);
    });

    it('loads an imported file with its import date', () => {
      writeFileSync(
        path.join(dir, 'advisers.json'),
        JSON.stringify({ version: 1, importedAt: '2026-11-20T08:00:00.000Z', importedFrom: 'a.csv', advisers: [{ countyCode: '03', county: 'Oslo', municipalityCode: '0301', municipality: 'Oslo', school: 'Fiktiv vgs', name: 'Eksempel Eksempelsen', email: 'e@example.org' }] }),
      );
      const loaded = loadAdviserDirectory(dir, places);
      expect(loaded.size).toBe(1);
      expect(loaded.importedAt).toBe('2026-11-20T08:00:00.000Z');
      expect(loaded.bySchool('Fiktiv videregående skole').map((a) => a.name)).toEqual(['Eksempel Eksempelsen']);
    });

    it('refuses a file that does not validate, naming the fix', () => {
      writeFileSync(path.join(dir, 'advisers.json'), JSON.stringify({ version: 1, advisers: [{ name: 'x' }] }));
      expect(() => loadAdviserDirectory(dir, places)).toThrow(/re-run npm run import:advisers/);
    });
  });
});

// (was contact-card.test.ts)
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
    expect(facts(card)).toEqual(expect.arrayContaining(['Telefon: +47 23 95 00 00 · Døgnåpent (24/7).', 'E-post: UDops@mfa.no', 'Telefon: 478 09 050 · Mandag–fredag kl. 9–15.']));
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

// (was contact-feature.test.ts)

function cardOf(activity: Partial<Activity>): string {
  const content: unknown = activity.attachments?.[0]?.content;
  return JSON.stringify(content);
}

describe('contact handler and card action', () => {
  const feature = createContactFeature({ translate, dataDir: '/nonexistent', directory, places, advisers: fixtureAdvisers() });
  it('answers a contact intent with the contact card, logging no text, place or name', async () => {
    const sink = memorySink();
    const adapter = new TestAdapter(async (context) => {
      const turn = { ...turnFor(context, 'en'), log: createLogger({ level: 'debug', sink }) };
      await feature.handleContact(turn, { kind: 'contact', query: { serviceId: 'diversity-advisers', place: 'Eksempelby vgs' } });
    });
    await adapter
      .send('who is the diversity adviser at Eksempelby vgs')
      .assertReply((reply) => {
        expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(cardOf(reply)).toContain('Eksempel Eksempelsen');
        expect(cardOf(reply)).toContain('tel:+4700000001');
      })
      .startTest();
    const logged = sink.lines.join('\n');
    expect(logged).toContain('contact card');
    expect(logged).not.toMatch(/Eksempel|Eksempelby/);
  });

  it('"show-contact" {serviceId} opens one service in full, and rejects unknown ids', async () => {
    const router = new CardActionRouter(feature.cardActions);
    const outcomes: string[] = [];
    const adapter = new TestAdapter(async (context) => {
      outcomes.push(await router.route(turnFor(context, 'nb'), context.activity.value));
    });
    await adapter
      .send({ type: 'message', value: { verb: 'show-contact', serviceId: 'rode-kors-telefonen' } })
      .assertReply((reply) => {
        expect(cardOf(reply)).toContain('Røde Kors-telefonen om negativ sosial kontroll og æresrelatert vold');
        expect(cardOf(reply)).toContain('tel:81555201');
        expect(cardOf(reply)).toContain('Hverdager kl. 9–17.');
      })
      .send({ type: 'message', value: { verb: 'show-contact', serviceId: 'nobody' } })
      .startTest();
    expect(outcomes).toEqual(['handled', 'invalid']);
  });

  it('searchDirectory: a country finds its envoy, a word finds services, a place finds advisers', () => {
    expect(feature.searchDirectory('Somalia', 'nb').services[0]?.serviceId).toBe('envoy-nairobi');
    expect(feature.searchDirectory('krisesenter', 'nb').services[0]?.serviceId).toBe('crisis-centres');
    expect(feature.searchDirectory('kompetanse', 'nb').services[0]?.serviceId).toBe('kompetanseteamet');
    expect(feature.searchDirectory('mangfoldsrådgiver Drammen', 'nb').advisers.map((a) => a.name)).toEqual(['Test Testesen']);
    expect(feature.searchDirectory('', 'en').services).toHaveLength(directory.services.length);
  });

  it('planContacts is exposed for the triage dialog', () => {
    expect(feature.planContacts({ country: 'IR' }, 'en').map((p) => p.serviceId)).toEqual(['envoy-amman', 'ud-operations-centre', 'kompetanseteamet']);
  });
});
