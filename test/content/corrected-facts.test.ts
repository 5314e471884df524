/**
 * Facts corrected under issue #17 ("Trustworthy answers"), each checked on the content as the app loads it: articles
 * through loadArticles (the article schema), contacts through the directory and emergency loaders. A test per fact;
 * each failed on the content before the correction.
 */
import { readEnvoysFile, readServicesFile } from '../../src/contacts/directory';
import type { ServiceId } from '../../src/contacts/service-ids';
import type { Source } from '../../src/content/source';
import type { Article } from '../../src/knowledge/article-schema';
import { loadEmergencyContacts } from '../../src/knowledge/emergency-contacts';
import { loadArticles } from '../../src/knowledge/load-articles';
import { LANGUAGES, type Lang } from '../../src/language/languages';

let articles: Article[];
const services = readServicesFile();
const envoys = readEnvoysFile();
const emergency = loadEmergencyContacts();

beforeAll(async () => {
  articles = await loadArticles();
});

function article(id: string): Article {
  const found = articles.find((a) => a.id === id);
  if (!found) throw new Error(`article ${id} not loaded`);
  return found;
}

/** The whole numbers a text states ("15 års fengsel", "inntil 1 år", "§ 285"), as written with Latin digits. */
function numbersIn(text: string): Set<string> {
  return new Set(text.match(/\d+/g) ?? []);
}

function webUrls(sources: readonly Source[]): string[] {
  return sources.flatMap((s) => (s.kind === 'seed' ? [] : [s.url]));
}

/** Every source a service cites in the directory, resolved from the file's source table. */
function directorySources(id: ServiceId): Source[] {
  const service = services.services.find((s) => s.id === id);
  if (!service) throw new Error(`service ${id} missing`);
  const refs = [service.forWhom, service.helpsWith, service.whenToUse, service.hours, service.members, service.whoMayContact, service.whereToFind]
    .flatMap((t) => t?.sources ?? [])
    .concat(service.phones.flatMap((p) => p.sources), service.emails.flatMap((e) => e.sources), service.links.flatMap((l) => l.sources));
  return [...new Set(refs)].map((ref) => {
    const source = services.sources[ref];
    if (!source) throw new Error(`${id} cites unknown source ${ref}`);
    return source;
  });
}

function emergencyContact(serviceId: string) {
  const found = emergency.find((c) => c.serviceId === serviceId);
  if (!found) throw new Error(`emergency contact ${serviceId} missing`);
  return found;
}

describe('corrected facts (#17)', () => {
  test('FGM: § 284 up to 6 years, § 285 (aggravated) up to 15 years, and the one-year penalty for staff who fail to avert, in all twelve languages, citing both sections', () => {
    const fgm = article('fgm');
    for (const lng of LANGUAGES) {
      const short = fgm.short[lng];
      expect({ lng, written: short !== undefined }).toEqual({ lng, written: true });
      const numbers = numbersIn(short ?? '');
      for (const n of ['284', '285', '6', '15', '1']) expect({ lng, n, stated: numbers.has(n) }).toEqual({ lng, n, stated: true });
    }
    // The old text gave both sections "up to 6 years".
    expect(fgm.short.nb).not.toMatch(/§§ 284 og 285 med inntil 6/);
    const laws = fgm.sources.filter((s) => s.kind === 'law').map((s) => s.url);
    expect(laws).toEqual(expect.arrayContaining(['https://lovdata.no/lov/2005-05-20-28/§284', 'https://lovdata.no/lov/2005-05-20-28/§285']));
  });

  test('adults over 18: aftercare (ettervern) up to 25 under barnevernsloven § 8-1, in all twelve languages, citing the law', () => {
    const adults = article('adults-over-18');
    for (const lng of LANGUAGES) {
      const short = adults.short[lng] ?? '';
      expect({ lng, age25: numbersIn(short).has('25'), section: short.includes('8-1') }).toEqual({ lng, age25: true, section: true });
    }
    expect(adults.short.nb).not.toMatch(/hjelper bare barn under 18/);
    expect(adults.sources).toContainEqual(expect.objectContaining({ kind: 'law', url: 'https://lovdata.no/lov/2021-06-18-97/§8-1' }));
  });

  test('special envoys: "contact them before a planned trip" says how – the embassy, UD\'s 24/7 operations centre or Kompetanseteamet – in all twelve languages, with sources', () => {
    const envoysArticle = article('service-special-envoys');
    const operationsCentre = /UDs operative senter|operative senteret til UD|Foreign Affairs' operations centre/;
    for (const lng of LANGUAGES) {
      const short = envoysArticle.short[lng] ?? '';
      expect({ lng, ud: operationsCentre.test(short), team: short.includes('Kompetanseteamet') }).toEqual({ lng, ud: true, team: true });
    }
    expect(envoysArticle.short.nb).toMatch(/gjennom ambassaden i landet/);
    expect(envoysArticle.short.en).toMatch(/through the embassy in the country/);
    // The number itself comes from the directory (articles carry no phone numbers): the card of a related service shows it.
    expect(envoysArticle.relatedServices).toEqual(expect.arrayContaining(['ud-operations-centre', 'kompetanseteamet']));
    expect(services.services.find((s) => s.id === 'ud-operations-centre')?.phones.map((p) => p.number)).toContain('+47 23 95 00 00');
    const urls = webUrls(envoysArticle.sources);
    expect(urls.some((u) => u.includes('utenriksdepartementets-operative-senter'))).toBe(true);
    expect(urls).toContain('https://www.bufdir.no/vold/aresrelatert/kompetanseteamet/');
  });

  test('"do not confront the family" says plainly: no contact and no meeting before the risk is assessed, in every language (Somali no longer "meet in order to accuse")', () => {
    const weakenedSomali = /si aad ugu eedayso/;
    for (const id of ['forced-marriage', 'what-school-staff-should-do']) {
      const a = article(id);
      expect(a.short.so ?? '').not.toMatch(weakenedSomali);
      for (const lng of LANGUAGES) {
        const rule = a.dont[lng]?.[0] ?? '';
        // Who assesses the risk is named (the same Latin name in every language), so "before the risk is assessed" is not left to the teacher alone.
        expect({ id, lng, namesAssessor: rule.includes('Kompetanseteamet') }).toEqual({ id, lng, namesAssessor: true });
        expect(rule).not.toMatch(weakenedSomali);
      }
      // Somali: "do not contact (la xiriirin) and do not meet (la kulmin) the family".
      expect(a.dont.so?.[0]).toMatch(/la xiriirin/);
      expect(a.dont.so?.[0]).toMatch(/la kulmin/);
      expect(a.dont.nb?.[0]).toMatch(/^Ikke kontakt eller møt familien/);
      expect(a.dont.en?.[0]).toMatch(/^Do not contact or meet the family/);
    }
  });

  test('envoy sources: Nairobi (Somalia) and Amman (Iraq, Iran) cite IMDi\'s page on the envoys first and only specific pages, not a site root', () => {
    for (const id of ['envoy-nairobi', 'envoy-amman'] as const) {
      const entry = envoys.envoys.find((e) => e.id === id);
      expect(entry?.sources[0]).toBe('imdi-envoys');
      const sources = directorySources(id);
      expect(sources[0]).toEqual(expect.objectContaining({ url: 'https://www.imdi.no/negativ-sosial-kontroll/integreringsradgivere-ved-utvalgte-utenriksstasjoner/' }));
      for (const url of webUrls(sources)) expect({ id, url, specificPage: new URL(url).pathname.length > 1 }).toEqual({ id, url, specificPage: true });
    }
    for (const source of Object.values(envoys.sources)) {
      if (source.kind !== 'seed') expect({ url: source.url, specificPage: new URL(source.url).pathname.length > 1 }).toEqual({ url: source.url, specificPage: true });
    }
  });

  test("UD's operations centre (24/7, +47 23 95 00 00) cites UD's own page, on the emergency card and in the directory", () => {
    const isUdPage = (url: string) => new URL(url).hostname.endsWith('regjeringen.no') && url.includes('utenriksdepartementets-operative-senter');
    const card = emergencyContact('ud-operations-centre');
    expect(card.phone).toBe('+47 23 95 00 00');
    expect(webUrls(card.sources).some(isUdPage)).toBe(true);
    expect(webUrls(directorySources('ud-operations-centre')).some(isUdPage)).toBe(true);
    // The Bufdir page it also cites is the guidelines on children left behind abroad, and its title says so.
    for (const source of card.sources) {
      if (source.kind !== 'seed' && source.url.includes('etterlatte_barn')) expect(source.title).toMatch(/etterlatt i utlandet/);
    }
  });

  test('Alarmtelefonen "day and night" cites the service\'s own page (116111.no)', () => {
    const card = emergencyContact('alarmtelefonen');
    expect(card.when.nb).toMatch(/døgnet rundt/);
    expect(webUrls(card.sources).some((u) => new URL(u).hostname.endsWith('116111.no'))).toBe(true);
  });

  test('no source anywhere sits on a document-sharing site', () => {
    const sharingHosts = /(^|\.)(docplayer\.[a-z]+|scribd\.com|issuu\.com|yumpu\.com|9pdf\.net|docslib\.org|studylib\.[a-z]+|slideshare\.net|dropbox\.com|drive\.google\.com)$/;
    const cited: string[] = [
      ...articles.flatMap((a) => webUrls(a.sources).map((u) => `${a.id} ${u}`)),
      ...webUrls(Object.values(services.sources)).map((u) => `services ${u}`),
      ...webUrls(Object.values(envoys.sources)).map((u) => `envoys ${u}`),
      ...emergency.flatMap((c) => webUrls(c.sources).map((u) => `emergency ${u}`)),
    ];
    expect(cited.filter((entry) => sharingHosts.test(new URL(entry.split(' ')[1] ?? '').hostname))).toEqual([]);
  });

  test('boys-and-lgbtq no longer says boys are pressured to control their sisters, in any language', () => {
    // The claim rested only on a docplayer.me copy of "Arbeid mot tvangsekteskap – en veileder" (#17). Phrasings are
    // left out on purpose: they are what a user may type, not what the bot states.
    const sisters: Record<Lang, RegExp> = {
      nb: /søst/i,
      nn: /syst/i,
      en: /sister/i,
      ar: /أخوات/,
      so: /walaalahood/i,
      fa: /خواهر/,
      ur: /بہن/,
      uk: /сестр|сестер/i,
      ru: /сестр|сестёр/i,
      tr: /kız kardeş/i,
      pl: /siostr|sióstr/i,
      ti: /ኣሓቶ|ሓፍቲ/,
    };
    const boys = article('boys-and-lgbtq');
    for (const lng of LANGUAGES) {
      const stated = [boys.title[lng], boys.short[lng], boys.long?.[lng], ...(boys.steps[lng] ?? []), ...(boys.dont[lng] ?? [])];
      const said = stated.filter((text): text is string => typeof text === 'string');
      expect({ lng, written: boys.short[lng] !== undefined }).toEqual({ lng, written: true });
      expect(said.filter((text) => sisters[lng].test(text))).toEqual([]);
    }
    expect(webUrls(boys.sources).filter((u) => u.includes('docplayer'))).toEqual([]);
  });
});

