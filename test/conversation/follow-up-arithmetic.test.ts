import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReaders, type Features } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { differenceOf, rememberReading, type RememberedReading } from '../../src/conversation/follow-up';

/**
 * Arithmetic on the last figures shown (issue #13): "how much did it go up?", "is that more than in 2021?" are read
 * as the same figure for two years and what lies between them; a doubt that names a number keeps the answer and
 * carries the number, so the answer can say what it is.
 */
const kt: { service: 'kompetanseteamet'; services: ['kompetanseteamet']; metric: 'cases' } = { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'cases' };
const kt2022: RememberedReading = { kind: 'stats', query: { ...kt, fromYear: 2022, toYear: 2022, mode: 'value' } };
/** 2022 shown, then "og i 2021?". */
const kt2021after2022: RememberedReading = { kind: 'stats', query: { ...kt, fromYear: 2021, toYear: 2021, mode: 'value' }, earlier: [2022] };
const kt2018: RememberedReading = { kind: 'stats', query: { ...kt, fromYear: 2018, toYear: 2018, mode: 'value' } };
/** 2016 shown, then "а в 2018?". */
const kt2018after2016: RememberedReading = { kind: 'stats', query: { ...kt, fromYear: 2018, toYear: 2018, mode: 'value' }, earlier: [2016] };
const ktInquiries2008: RememberedReading = { kind: 'stats', query: { ...kt, metric: 'inquiries', fromYear: 2008, toYear: 2008, mode: 'value' } };
const ktSeries: RememberedReading = { kind: 'stats', query: { ...kt, mode: 'value' } };
const envoys2023: RememberedReading = { kind: 'stats', query: { service: 'special-envoys', services: ['special-envoys'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value' } };

const difference = (reading: RememberedReading, fromYear: number, toYear: number) => {
  if (reading.kind !== 'stats') throw new Error('stats only');
  return { kind: 'stats', query: { ...reading.query, fromYear, toYear, mode: 'difference' } };
};

const CASES: ReadonlyArray<readonly [Lang, RememberedReading, string, number, number]> = [
  ['nb', kt2021after2022, 'så økningen var på ca hvor mye da', 2021, 2022],
  ['nb', kt2022, 'er det flere enn i 2021?', 2021, 2022],
  ['nn', kt2022, 'kor stor er auken frå 2021?', 2021, 2022],
  ['en', kt2022, 'how does that compare with 2021?', 2021, 2022],
  ['en', kt2021after2022, "what's the difference?", 2021, 2022],
  ['en', kt2021after2022, 'roughly the same then?', 2021, 2022],
  ['en', kt2018, 'and how does that compare with 2016', 2016, 2018],
  ['en', ktInquiries2008, "vs 2007? what's the growth", 2007, 2008],
  ['ru', ktInquiries2008, 'а рост по сравнению с 2007 какой?', 2007, 2008],
  ['uk', kt2022, 'а яка різниця порівняно з 2021?', 2021, 2022],
  ['pl', kt2022, 'jaka jest różnica w porównaniu z 2021?', 2021, 2022],
  ['tr', kt2022, '2021 yılına kıyasla artış ne kadar?', 2021, 2022],
  ['ar', kt2022, 'ما الفرق مقارنة مع 2021؟', 2021, 2022],
  ['so', kt2022, 'farqiga marka la barbardhigo 2021?', 2021, 2022],
  ['fa', kt2022, 'تفاوت با 2021 چقدر است؟', 2021, 2022],
  ['ur', kt2022, '2021 کے مقابلے میں کتنا اضافہ ہوا؟', 2021, 2022],
  ['ti', kt2022, 'ምስ 2021 ብምንጽጻር ፍልልዩ ክንደይ እዩ?', 2021, 2022],
  // "So almost unchanged?" after two years shown, in the words of each language.
  ['ru', kt2018after2016, 'то есть почти без изменений?', 2016, 2018],
  ['uk', kt2018after2016, 'тобто майже без змін?', 2016, 2018],
  ['pl', kt2018after2016, 'czyli prawie bez zmian?', 2016, 2018],
  ['tr', kt2018after2016, 'yani neredeyse aynı mı?', 2016, 2018],
  // "nearly unchanged?", "in percent?" after two years were shown: the same two figures and what lies between them.
  ['nb', kt2021after2022, 'så det var nesten uendret?', 2021, 2022],
  ['nb', ktInquiries2008, 'hvor mye okning blir det i prosent', 2007, 2008],
  ['en', kt2021after2022, 'so nearly unchanged?', 2021, 2022],
  ['ru', kt2021after2022, 'то есть почти без изменений?', 2021, 2022],
  ['pl', kt2021after2022, 'czyli prawie bez zmian?', 2021, 2022],
  ['tr', kt2021after2022, 'yani neredeyse değişmedi mi?', 2021, 2022],
];

describe('arithmetic follow-ups on the last figures', () => {
  let readers: Features;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-follow-up-arithmetic-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => new Date('2026-06-01T12:00:00Z'), feedback: memoryFeedbackStore() });
  });
  afterAll(async () => {
    await readers.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const read = (message: string, lng: Lang, previous: RememberedReading) => readers.followUp(message, lng, readers.understand(message, lng), previous);

  it.each(CASES)('[%s] after %j, %j compares %i with %i', (lng, previous, message, fromYear, toYear) => {
    const followUp = read(message, lng, previous);
    expect(followUp?.reason).toBe('arithmetic');
    expect(followUp?.intent).toEqual(difference(previous, fromYear, toYear));
  });

  it.each([
    ['pl', 'a rok później?', 2023],
    ['en', 'and the year before?', 2021],
    ['nb', 'og året før?', 2021],
    ['nn', 'og året etter?', 2023],
    ['ru', 'а годом раньше?', 2021],
    ['uk', 'а роком раніше?', 2021],
    ['tr', 'peki bir yıl önce?', 2021],
    ['ar', 'والسنة السابقة؟', 2021],
    ['so', 'sannadkii ka horreeyay?', 2021],
    ['fa', 'و سال قبل؟', 2021],
    ['ur', 'aur us se pichle saal?', 2021],
    ['ti', 'ቅድሚ ሓደ ዓመትከ?', 2021],
  ] as const)('[%s] "%s" after 2022 asks the same figure for %i, the year next to the one shown', (lng, message, year) => {
    const followUp = read(message, lng, kt2022);
    expect(followUp?.intent).toEqual({ kind: 'stats', query: { ...kt, fromYear: year, toYear: year, mode: 'value' } });
  });

  it("another service's figure named after a figure, read on its own as a contact question, is that figure for the same year", () => {
    const expert2023: RememberedReading = { kind: 'stats', query: { service: 'expert-team', services: ['expert-team'], metric: 'people-reached', fromYear: 2023, toYear: 2023, mode: 'value' } };
    const followUp = read("and the diversity advisers' case count for the same year? I've seen two different numbers", 'en', expert2023);
    expect(followUp?.intent).toEqual({ kind: 'stats', query: { service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value' } });
    // A contact's details asked after a figure stay a contact question.
    expect(read('og telefonnummeret til Kompetanseteamet?', 'nb', kt2022)).toBeUndefined();
  });

  it('after a series without a year, asks for the series and its change', () => {
    expect(read('how much did it go up?', 'en', ktSeries)?.intent).toEqual({ kind: 'stats', query: { ...kt, mode: 'trend' } });
  });

  it('is not arithmetic when the message names another subject', () => {
    expect(read('hva er forskjellen på fagteamet og kompetanseteamet?', 'nb', kt2022)?.reason).not.toBe('arithmetic');
    expect(read('and how does that compare with the envoys?', 'en', kt2022)?.reason).not.toBe('arithmetic');
    expect(read('how much did it go up?', 'en', { kind: 'contact', query: { country: 'IR' } })?.reason).not.toBe('arithmetic');
  });

  it('a doubt naming a number restates the answer with the number, never a figure for it', () => {
    expect(read('er du sikker? trodde det var rundt 900', 'nb', envoys2023)).toEqual({
      reason: 'pushback',
      intent: { kind: 'stats', query: { ...(envoys2023.kind === 'stats' ? envoys2023.query : {}), claimed: { values: [900], approximate: true, percent: false } } },
    });
    const stated = read('the 2008 report says 28%, which is right?', 'en', { kind: 'stats', query: { ...kt, metric: 'inquiries', fromYear: 2007, toYear: 2008, mode: 'difference' } });
    expect(stated?.reason).toBe('pushback');
    expect(stated?.intent).toMatchObject({ query: { mode: 'difference', fromYear: 2007, toYear: 2008, claimed: { values: [28], percent: true } } });
    expect(read('men eg har sett 897 ein stad, kva er rett?', 'nn', envoys2023)?.intent).toMatchObject({ query: { claimed: { values: [897] } } });
  });

  it('remembers the years shown before for the same figure, and forgets them for another', () => {
    const in2021 = { kind: 'stats', query: { ...kt, fromYear: 2021, toYear: 2021, mode: 'value' } };
    expect(rememberReading(in2021, kt2022)).toEqual({ ...in2021, earlier: [2022] });
    expect(rememberReading({ kind: 'stats', query: { ...kt, fromYear: 2020, toYear: 2020, mode: 'value' } }, rememberReading(in2021, kt2022))).toMatchObject({ earlier: [2022, 2021] });
    expect(rememberReading({ kind: 'stats', query: { service: 'special-envoys', services: ['special-envoys'], metric: 'cases', fromYear: 2021, toYear: 2021, mode: 'value' } }, kt2022)).not.toHaveProperty('earlier');
    // A doubt's numbers, and the post it named, are never remembered.
    expect(rememberReading({ kind: 'contact', query: { country: 'IR', doubtedPost: 'envoy-ankara' } })).toEqual({ kind: 'contact', query: { country: 'IR' } });
    expect(rememberReading({ kind: 'stats', query: { ...kt, fromYear: 2022, toYear: 2022, mode: 'value', claimed: { values: [900], approximate: true } } })).toEqual(kt2022);
  });

  it('compares the year named with the last one shown, or the last with the year before when only one was shown', () => {
    if (kt2022.kind !== 'stats') throw new Error('stats');
    expect(differenceOf(kt2022, { years: { fromYear: 2016, toYear: 2016 } })?.query).toMatchObject({ fromYear: 2016, toYear: 2022, mode: 'difference' });
    expect(differenceOf(kt2022, {})?.query).toMatchObject({ fromYear: 2021, toYear: 2022, mode: 'difference' });
    expect(differenceOf(kt2022, { years: { fromYear: 2016, toYear: 2018 } })?.query).toMatchObject({ fromYear: 2016, toYear: 2018 });
    expect(differenceOf(kt2022, { statsServices: ['special-envoys'] })).toBeUndefined();
  });
});
