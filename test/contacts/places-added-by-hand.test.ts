import { createCountryNames, loadCountryAliases } from '../../src/contacts/country-names';

const names = createCountryNames();
const codes = (text: string, lng?: Parameters<typeof names.find>[1]) => names.find(text, lng).map((m) => m.code);

describe('places the GeoNames table lacks, added by hand with a source', () => {
  it('reads the Kurdish names of Iraqi Kurdish cities as Iraq (Kurmanji and Sorani)', () => {
    expect(codes('kusina mi er fortsatt i Hewlêr hos onkelen')).toEqual(['IQ']);
    expect(codes('she has been in Hewler since June')).toEqual(['IQ']);
    expect(codes('min venninne bor hos slekta i Silêmanî nå')).toEqual(['IQ']);
    expect(codes('they went to Slemani for the whole summer')).toEqual(['IQ']);
    expect(codes('ئەو لە هەولێر ماوەتەوە')).toEqual(['IQ']);
    expect(codes('خوشکەکەم لە سلێمانی یە')).toEqual(['IQ']);
    expect(codes('he was sent to Zakho near the border')).toEqual(['IQ']);
  });

  it('reads smaller Eritrean, Ethiopian and Somali towns as their country', () => {
    expect(codes('eleven er hos besteforeldrene i Keren')).toEqual(['ER']);
    expect(codes('ኣብ ከረን ኣላ')).toEqual(['ER']);
    expect(codes('her aunt lives in Massawa')).toEqual(['ER']);
    expect(codes('de reiste til Harar i juni')).toEqual(['ET']);
    expect(codes('waxay joogtaa Burco')).toEqual(['SO']);
    expect(codes('his uncle took him to Galkayo')).toEqual(['SO']);
  });

  it('leaves out a town whose name a declining language reads in its everyday words', () => {
    // Burao (Somali Burco) is left out in Latin letters: Turkish "burada", "buraya" (here) would read as Somalia.
    expect(names.find("pasaportunu almışlar, 'burada kalacaksın' dediler", 'tr').map((m) => m.code)).toEqual([]);
    expect(codes('waxay ku nooshahay Burco')).toEqual(['SO']);
  });

  it('gives every hand-added name its source, and every source a name that is read', () => {
    const file = loadCountryAliases();
    const all = new Set(Object.values(file.aliases).flat());
    const sourced = Object.entries(file.sources).filter(([name]) => name !== '$comment');
    expect(sourced.length).toBeGreaterThan(20);
    for (const [name, source] of sourced) {
      expect(all.has(name)).toBe(true);
      expect(source).toMatch(/^https:\/\/[a-z]{2}\.wikipedia\.org\/wiki\/|^https:\/\/www\.geonames\.org\//);
    }
    for (const name of ['hewlêr', 'silêmanî', 'keren', 'harar', 'burco']) expect(file.sources[name]).toBeDefined();
  });
});
