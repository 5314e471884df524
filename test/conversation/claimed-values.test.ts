import { readClaim } from '../../src/conversation/claimed-values';
import { compileFollowUpWords, followUpWordsFileSchema, loadFollowUpWords } from '../../src/conversation/follow-up-words';
import { prepareUtterance } from '../../src/understanding/understand';
import type { Lang } from '../../src/language/languages';

/** The numbers a doubt names: the values only, approximate when said "about", a percentage when said so; never a year. */
const words = loadFollowUpWords();
const claim = (text: string, lng: Lang) => {
  const w = words.get(lng);
  if (!w) throw new Error(`no words for ${lng}`);
  return readClaim(text, prepareUtterance(text, lng).tokens, w);
};

describe('reading the values a doubt names', () => {
  it.each([
    ['nb', 'er du sikker? jeg trodde det var 245', { values: [245], approximate: false, percent: false }],
    ['nb', 'er du sikker? trodde det var rundt 900', { values: [900], approximate: true, percent: false }],
    ['nn', 'men eg har sett 897 ein stad, kva er rett?', { values: [897], approximate: false, percent: false }],
    ['en', 'the 2008 report says 28%, which is right?', { values: [28], approximate: false, percent: true }],
    ['en', 'really? I read it was about 1 200', { values: [1200], approximate: true, percent: false }],
    ['tr', 'emin misin? raporda yüzde 28 yazıyor', { values: [28], approximate: false, percent: true }],
    ['ar', 'هل أنت متأكد؟ ظننت أنه ٢٤٥', { values: [245], approximate: false, percent: false }],
    ['fa', 'مطمئنی؟ فکر میکردم حدود ۹۰۰ بود', { values: [900], approximate: true, percent: false }],
    ['ru', 'вы уверены? я думал, около 17,4 процента', { values: [17.4], approximate: true, percent: true }],
    ['pl', 'na pewno? myślałem, że około 900', { values: [900], approximate: true, percent: false }],
  ] as const)('[%s] %s', (lng, text, expected) => {
    expect(claim(text, lng)).toEqual(expected);
  });

  it('reads no value where the doubt names only a year or nothing at all', () => {
    expect(claim('er du sikker? var det ikke i 2008?', 'nb')).toBeUndefined();
    expect(claim('are you sure?', 'en')).toBeUndefined();
    expect(claim('I thought it was Ankara', 'en')).toBeUndefined();
  });

  it('keeps the values of one kind: counts, or percentages', () => {
    expect(claim('I thought 245, or 28 %', 'en')).toEqual({ values: [245], approximate: false, percent: false });
  });

  it('reads the word lists with the schema: one word per approximately and percent entry', () => {
    const file = followUpWordsFileSchema.parse({ lang: 'en', review: 'machine-assisted', lead: ['and'], filler: [], they: ['they'], pushback: ['really'], approximately: ['about'], percent: ['percent'] });
    expect(compileFollowUpWords(file).approximately.has('about')).toBe(true);
    expect(() => followUpWordsFileSchema.parse({ ...file, approximately: ['more or less'] })).toThrow();
  });
});
