import { readFileSync } from 'node:fs';
import isoCountries from 'i18n-iso-countries';
import { envoysFileSchema } from '../../src/contacts/envoy-schema';
import { contentPath } from '../../src/paths/content-root';
import { createContactPlanner } from '../../src/contacts/plan-contacts';
import { LANGUAGES } from '../../src/language/languages';
import { directory, translate } from './contact-fixtures';

const { envoys, countries } = directory;

/** Resolves a country the way a user names it, then routes it. */
function route(name: string) {
  const found = countries.find(name)[0];
  if (!found) throw new Error(`no country found in "${name}"`);
  return envoys.route(found.code);
}

describe('country → special envoy routing (domain.md §12, norway.no)', () => {
  const table: [string, string, 'operational' | 'primary' | 'secondary'][] = [
    ['PK', 'envoy-islamabad', 'operational'],
    ['AF', 'envoy-islamabad', 'operational'],
    ['IN', 'envoy-islamabad', 'primary'],
    ['BD', 'envoy-islamabad', 'primary'],
    ['LK', 'envoy-islamabad', 'primary'],
    ['NP', 'envoy-islamabad', 'primary'],
    ['CN', 'envoy-islamabad', 'secondary'],
    ['TH', 'envoy-islamabad', 'secondary'],
    ['PH', 'envoy-islamabad', 'secondary'],
    ['JO', 'envoy-amman', 'operational'],
    ['IQ', 'envoy-amman', 'operational'],
    ['PS', 'envoy-amman', 'primary'],
    ['IR', 'envoy-amman', 'primary'],
    ['SY', 'envoy-amman', 'primary'],
    ['LB', 'envoy-amman', 'primary'],
    ['EG', 'envoy-amman', 'primary'],
    ['LY', 'envoy-amman', 'primary'],
    ['DZ', 'envoy-amman', 'primary'],
    ['TN', 'envoy-amman', 'primary'],
    ['MA', 'envoy-amman', 'primary'],
    ['SA', 'envoy-amman', 'secondary'],
    ['AE', 'envoy-amman', 'secondary'],
    ['QA', 'envoy-amman', 'secondary'],
    ['TR', 'envoy-ankara', 'operational'],
    ['RU', 'envoy-ankara', 'primary'],
    ['PL', 'envoy-ankara', 'secondary'],
    ['UA', 'envoy-ankara', 'secondary'],
    ['BA', 'envoy-ankara', 'secondary'],
    ['KE', 'envoy-nairobi', 'operational'],
    ['SO', 'envoy-nairobi', 'operational'],
    ['ET', 'envoy-nairobi', 'primary'],
    ['DJ', 'envoy-nairobi', 'primary'],
    ['SD', 'envoy-nairobi', 'primary'],
    ['ER', 'envoy-nairobi', 'secondary'],
    ['UG', 'envoy-nairobi', 'secondary'],
    ['NG', 'envoy-nairobi', 'secondary'],
  ];
  it.each(table)('%s → %s (%s)', (code, envoyId, level) => {
    expect(envoys.route(code)).toMatchObject({ kind: 'envoy', envoyId, level });
  });

  it('gives a named country to its envoy before any region: North Africa goes to Amman, not to Nairobi', () => {
    expect(envoys.route('EG')).toMatchObject({ envoyId: 'envoy-amman', level: 'primary' });
    expect(envoys.route('MA')).toMatchObject({ envoyId: 'envoy-amman', level: 'primary' });
    expect(envoys.route('TR')).toMatchObject({ envoyId: 'envoy-ankara', level: 'operational' });
    expect(envoys.route('RU')).toMatchObject({ note: { en: 'mostly Chechnya' } });
  });

  it('routes countries no envoy covers to "no envoy", and Norway to "not abroad"', () => {
    for (const code of ['BR', 'US', 'CA', 'JP', 'UZ', 'YE', 'MX', 'AU']) expect(envoys.route(code)).toEqual({ kind: 'no-envoy' });
    expect(envoys.route('NO')).toEqual({ kind: 'norway' });
    expect(envoys.route('SJ')).toEqual({ kind: 'norway' });
  });

  it('lists Colombo and Rabat only as closed posts', () => {
    expect(envoys.closedPosts).toEqual(['Colombo', 'Rabat']);
    for (const r of envoys.coverage().values()) expect(['Amman', 'Ankara', 'Islamabad', 'Nairobi']).toContain(r.city);
  });

  it.each([
    ['Irak', 'envoy-amman'],
    ['Iraq', 'envoy-amman'],
    ['العراق', 'envoy-amman'],
    ['Ирак', 'envoy-amman'],
    ['Ciraaq', 'envoy-amman'],
    ['somalisk', 'envoy-nairobi'],
    ['somaliske', 'envoy-nairobi'],
    ['Soomaaliya', 'envoy-nairobi'],
    ['الصومال', 'envoy-nairobi'],
    ['Tsjetsjenia', 'envoy-ankara'],
    ['Chechnya', 'envoy-ankara'],
    ['Tyrkia', 'envoy-ankara'],
    ['Türkiye', 'envoy-ankara'],
    ['pakistansk', 'envoy-islamabad'],
    ['پاکستان', 'envoy-islamabad'],
    ['Afganistan', 'envoy-islamabad'],
    ['افغانستان', 'envoy-islamabad'],
    ['Сирия', 'envoy-amman'],
    ['Syria', 'envoy-amman'],
    ['Etiopia', 'envoy-nairobi'],
    ['Etiyopya', 'envoy-nairobi'],
    ['Sri Lanka', 'envoy-islamabad'],
    ['Palestina', 'envoy-amman'],
    ['Saudi-Arabia', 'envoy-amman'],
    ['Marokko', 'envoy-amman'],
    ['Maroko', 'envoy-amman'],
    ['Rosja', 'envoy-ankara'],
    ['Росія', 'envoy-ankara'],
    ['Eritrea', 'envoy-nairobi'],
  ])('"%s" → %s', (name, envoyId) => {
    expect(route(name)).toMatchObject({ kind: 'envoy', envoyId });
  });
});

describe('every country in the envoy table, named in every supported language', () => {
  /** Names that are everyday words or belong to two countries; the country-names tests cover why they are left out. */
  // "того" is Togo in Russian and Ukrainian and also the everyday "that" ("того року", session 18): never a country.
  const AMBIGUOUS = new Set(['guernsey', 'jersey', 'man', 'guinea', 'niger', 'chad', 'kongo', 'çad', 'uk', 'того']);
  const PACKAGE_LANGUAGES = ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl'] as const;

  it.each(PACKAGE_LANGUAGES)('%s: the localized official and short names of every covered country route to its envoy', (lng) => {
    const wrong: string[] = [];
    for (const [code, expected] of envoys.coverage()) {
      for (const select of ['official', 'alias'] as const) {
        const name = isoCountries.getName(code, lng, { select });
        if (!name || AMBIGUOUS.has(name.toLowerCase())) continue;
        const found = countries.find(name, lng)[0];
        const routed = found ? envoys.route(found.code) : undefined;
        if (routed?.kind !== 'envoy' || routed.envoyId !== expected.envoyId) wrong.push(`${code} "${name}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    // Tigrinya: i18n-iso-countries has none; the Ge'ez names in content/contacts/country-aliases.json.
    ['ኤርትራ', 'envoy-nairobi'], ['ኢትዮጵያ', 'envoy-nairobi'], ['ሶማሊያ', 'envoy-nairobi'], ['ሶማልያ', 'envoy-nairobi'], ['ሱዳን', 'envoy-nairobi'],
    ['ኬንያ', 'envoy-nairobi'], ['ጅቡቲ', 'envoy-nairobi'], ['ኡጋንዳ', 'envoy-nairobi'], ['ሊብያ', 'envoy-amman'], ['ግብጺ', 'envoy-amman'],
    ['ሶርያ', 'envoy-amman'], ['ዒራቕ', 'envoy-amman'], ['ኢራን', 'envoy-amman'], ['ዮርዳኖስ', 'envoy-amman'], ['ፓኪስታን', 'envoy-islamabad'],
    ['ኣፍጋኒስታን', 'envoy-islamabad'], ['ህንዲ', 'envoy-islamabad'], ['ቱርኪ', 'envoy-ankara'], ['ሩስያ', 'envoy-ankara'],
  ])('Tigrinya "%s" → %s', (name, envoyId) => {
    expect(route(name)).toMatchObject({ kind: 'envoy', envoyId });
  });

  it.each([
    ['ابنتي محتجزة في العراق', 'ar', 'envoy-amman'],
    ['wiil ku xiran Jabuuti', 'so', 'envoy-nairobi'],
    ['دخترم در افغانستان گیر افتاده', 'fa', 'envoy-islamabad'],
    ['لڑکی بنگلہ دیش میں پھنس گئی', 'ur', 'envoy-islamabad'],
    ['учениця не повернулася з Пакистану', 'uk', 'envoy-islamabad'],
    ['дочь удерживают в Чечне', 'ru', 'envoy-ankara'],
    ["kız Suriye'de mahsur kaldı", 'tr', 'envoy-amman'],
    ['uczeń utknął w Etiopii', 'pl', 'envoy-nairobi'],
    ['ጓል ኣብ ሊብያ ተዓጊታ ኣላ', 'ti', 'envoy-amman'],
  ] as const)('a sentence in the language: "%s" (%s) → %s', (text, lng, envoyId) => {
    const found = countries.find(text, lng)[0];
    expect(found && envoys.route(found.code)).toMatchObject({ kind: 'envoy', envoyId });
  });

  it('never gives a closed post (Colombo, Rabat) as a current one, in any language', () => {
    const planner = createContactPlanner(directory, translate);
    for (const lng of LANGUAGES) {
      for (const country of ['LK', 'MA', 'BD', 'IN', 'DZ', 'TN', 'LY']) {
        for (const step of planner.planContacts({ country, whereabouts: 'abroad' }, lng)) {
          expect(step.reason).not.toMatch(/Colombo|Rabat|كولومبو|الرباط|Коломбо|Рабат/u);
        }
      }
    }
    expect(route('Colombo')).toMatchObject({ envoyId: 'envoy-islamabad', city: 'Islamabad' });
  });
});

describe('the 2008 table (domain.md §9): history, for saying what an earlier answer was', () => {
  it('names the countries each 2008 post covered; Ankara then covered Turkey and Iran, Iran is Amman\'s today', () => {
    expect(envoys.coveredIn2008('Ankara')).toEqual(['TR', 'IR']);
    expect(envoys.coveredIn2008('Colombo')).toEqual(['LK', 'BD', 'IN']);
    expect(envoys.route('IR')).toMatchObject({ kind: 'envoy', envoyId: 'envoy-amman' });
  });

  it('names no countries where the 2008 report named a region only (Nairobi: East Africa and the Horn of Africa)', () => {
    expect(envoys.coveredIn2008('Nairobi')).toBeUndefined();
  });
});

describe('third-country nationals (domain.md §12: Ankara, "Turkey (and third-country nationals in Turkey)")', () => {
  it('the envoy of Turkey also acts there for nationals of other countries; no other country has that', () => {
    expect(envoys.actsForThirdCountryNationals('TR')).toBe(true);
    expect(envoys.actsForThirdCountryNationals('tr')).toBe(true);
    for (const code of ['SY', 'IQ', 'RU', 'PK', 'SO', 'KE', 'AF']) expect(envoys.actsForThirdCountryNationals(code)).toBe(false);
  });
});

describe('envoys.json: third-country nationals only where the post has operational responsibility', () => {
  it('rejects a post said to act for third-country nationals in a country it only guides on', () => {
    const file = JSON.parse(readFileSync(contentPath('contacts', 'envoys.json'), 'utf8')) as { envoys: { id: string; thirdCountryNationals?: string[] }[] };
    expect(envoysFileSchema.safeParse(file).success).toBe(true);
    const ankara = file.envoys.find((e) => e.id === 'envoy-ankara');
    if (!ankara) throw new Error('no Ankara post');
    ankara.thirdCountryNationals = ['RU'];
    expect(envoysFileSchema.safeParse(file).success).toBe(false);
  });
});
