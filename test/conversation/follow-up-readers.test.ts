import { loadDirectory } from '../../src/contacts/directory';
import { ageBandOf, withAgeBand } from '../../src/conversation/age-band';
import { readClaim } from '../../src/conversation/claimed-values';
import { situationFlags } from '../../src/conversation/conversation-state';
import { createFollowUpResolver, differenceOf, type FollowUpSlots, partsOfSlots, type RememberedReading, rememberReading, slotMemo, type SlotPartsReader, type SlotReader } from '../../src/conversation/follow-up';
import { followUpSlotParts } from '../../src/conversation/reading-rules';
import { CLOSED_POSTS, compileFollowUpWords, followUpWordsFileSchema, loadFollowUpWords } from '../../src/conversation/follow-up-words';
import type { Features, Intent } from '../../src/features';
import type { Lang } from '../../src/language/languages';
import type { Understanding } from '../../src/understanding/types';
import { prepareUtterance, type Understand } from '../../src/understanding/understand';
import { READERS_NOW, readersOfFile } from '../helpers/test-readers';

// Declared alike by more than one former file below: kept once.
const words = loadFollowUpWords();

// (was follow-up-readers.test.ts)

/**
 * The follow-up resolver through the readers alone (no bot): what a next message means after the last answer, one
 * class a describe, each the former file named in its first line. The readers are built once for the file
 * (test/helpers/test-readers.ts). The same through the real bot: follow-up-in-conversation.test.ts,
 * test/bot/follow-ups.test.ts.
 */

// (was follow-up.test.ts)
describe('follow-up resolver', () => {
  const advisers2023: RememberedReading = {
    kind: 'stats',
    query: { service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value' },
  };
  const envoys2023: RememberedReading = { kind: 'stats', query: { ...advisers2023.query, service: 'special-envoys', services: ['special-envoys'] } };
  const iraq: RememberedReading = { kind: 'contact', query: { country: 'IQ' } };
  const iran: RememberedReading = { kind: 'contact', query: { country: 'IR' } };
  const kompetanseteamet: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };

  const ktFgm2023: RememberedReading = {
    kind: 'stats',
    query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'cases', fromYear: 2023, toYear: 2023, breakdown: 'case-type', category: 'fgm', mode: 'value' },
  };
  const stats = (changes: Record<string, unknown>): Intent => ({ kind: 'stats', query: { ...advisers2023.query, ...changes } });
  const contact = (query: Record<string, unknown>): Intent => ({ kind: 'contact', query });
  const again = (reading: RememberedReading): Intent => (reading.kind === 'contact' ? { kind: 'contact', query: reading.query } : reading.kind === 'stats' ? { kind: 'stats', query: reading.query } : { kind: 'article', articleId: reading.articleId });
  const envoys = { service: 'special-envoys', services: ['special-envoys'] };
  /** The same answer, carrying the post the doubt names, so the card can say what Ankara covered in 2008. */
  const doubtingAnkara = (reading: RememberedReading): Intent => (reading.kind === 'contact' ? { kind: 'contact', query: { ...reading.query, doubtedPost: 'envoy-ankara' } } : again(reading));
  const kt = { service: 'kompetanseteamet', services: ['kompetanseteamet'] };
  const kt2008 = { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'inquiries', fromYear: 2008, toYear: 2008, mode: 'value' } as const;
  const kt2008Inquiries: RememberedReading = { kind: 'stats', query: { ...kt2008, services: [...kt2008.services] } };

  /** [language, what the last answer was about, what the user writes next, the question it is read as (undefined: its own)]. */
  const CASES: ReadonlyArray<readonly [Lang, RememberedReading, string, Intent | undefined]> = [
    // bokmål
    ['nb', advisers2023, 'og i 2008?', stats({ fromYear: 2008, toYear: 2008 })],
    // "and now?" after a past year's figure: this year's (the card shows the latest published instead).
    ['nb', advisers2023, 'og na?', stats({ fromYear: 2026, toYear: 2026 })],
    ['en', advisers2023, 'and now?', stats({ fromYear: 2026, toYear: 2026 })],
    ['ar', advisers2023, 'والآن؟', stats({ fromYear: 2026, toYear: 2026 })],
    ['pl', advisers2023, 'a teraz?', stats({ fromYear: 2026, toYear: 2026 })],
    ['ru', advisers2023, 'а сейчас?', stats({ fromYear: 2026, toYear: 2026 })],
    // "open on Saturday?" after a contact: its details again (its hours say Monday to Friday).
    ['ti', kompetanseteamet, 'ብቐዳም ክፉት ድዩ?', again(kompetanseteamet)],
    ['pl', kompetanseteamet, 'czy są otwarci w sobotę?', again(kompetanseteamet)],
    ['so', kompetanseteamet, 'ma furan yihiin sabtida?', again(kompetanseteamet)],
    // Another count of the same figure, asked without a subject: the persons beside the inquiries, never instead of them.
    ['en', kt2008Inquiries, 'how many people did that involve?', stats({ ...kt2008, fromYear: 2008, toYear: 2008, metric: 'persons', alsoMetrics: ['inquiries'] })],
    ['ru', kt2008Inquiries, 'Сколько человек это касалось?', stats({ ...kt2008, fromYear: 2008, toYear: 2008, metric: 'persons', alsoMetrics: ['inquiries'] })],
    ['pl', kt2008Inquiries, 'Ile osób to dotyczyło?', stats({ ...kt2008, fromYear: 2008, toYear: 2008, metric: 'persons', alsoMetrics: ['inquiries'] })],
    ['nb', advisers2023, '2019?', stats({ fromYear: 2019, toYear: 2019 })],
    ['nb', advisers2023, 'og spesialutsendingene?', stats(envoys)],
    ['nb', advisers2023, 'hva med Kompetanseteamet?', stats(kt)],
    ['nb', advisers2023, 'og fordelt på kjønn?', stats({ breakdown: 'gender' })],
    ['nb', advisers2023, 'og de siste tre årene?', stats({ fromYear: 2023, toYear: 2025, mode: 'trend' })],
    ['nb', advisers2023, 'hvor mange saker hadde de i 2020?', stats({ fromYear: 2020, toYear: 2020 })],
    ['nb', iraq, 'og for Somalia?', contact({ country: 'SO' })],
    ['nb', iran, 'er du sikker? jeg trodde det var Ankara', doubtingAnkara(iran)],
    // A bare "sikker?" / "sure?" doubts the last answer as much as "er du sikker?".
    ['nb', iran, 'sikker? jeg trodde det var Ankara', doubtingAnkara(iran)],
    ['en', iran, 'sure? i thought it was Ankara', doubtingAnkara(iran)],
    ['nb', iran, 'stemmer det?', again(iran)],
    // A doubt without a value, said in other words: the answer again (with what changed since, stats-card.ts).
    ['en', advisers2023, "that can't be right, there are more", again(advisers2023)],
    ['nb', advisers2023, 'det kan ikke stemme, det er flere', again(advisers2023)],
    ['nb', kompetanseteamet, 'når har de åpent?', again(kompetanseteamet)],
    ['nb', ktFgm2023, 'og i 2022?', { kind: 'stats', query: { ...ktFgm2023.query, fromYear: 2022, toYear: 2022 } }],
    ['en', ktFgm2023, 'and in 2021?', { kind: 'stats', query: { ...ktFgm2023.query, fromYear: 2021, toYear: 2021 } }],
    // words that say nothing before the follow-up; a doubt with its reason; a contact's details asked
    ['nb', iraq, 'ok takk. hva med Etiopia da', contact({ country: 'ET' })],
    ['en', iran, "wasn't it Ankara?", doubtingAnkara(iran)],
    ['en', iran, "are you sure? I've seen a different embassy named in an old guidance note", again(iran)],
    ['nn', iran, 'er ikkje det Ankara?', doubtingAnkara(iran)],
    ['ru', iran, 'а почему не Анкара?', doubtingAnkara(iran)],
    ['pl', kompetanseteamet, 'w jakich godzinach działa?', again(kompetanseteamet)],
    ['pl', kompetanseteamet, 'a czy jest też czat?', again(kompetanseteamet)],
    ['ar', kompetanseteamet, 'وما هي ساعات العمل؟', again(kompetanseteamet)],
    ['uk', kompetanseteamet, 'а це безкоштовно? який номер?', again(kompetanseteamet)],
    // a short follow-up, then a sentence naming nothing of its own
    ['nb', advisers2023, 'og 2021? trenger det til et møte', stats({ fromYear: 2021, toYear: 2021 })],
    ['ru', envoys2023, 'а в 2020? сильно изменилось?', { kind: 'stats', query: { ...envoys2023.query, fromYear: 2020, toYear: 2020 } }],
    // a year of the history after an envoy answer: the 2008 posts (Colombo, Rabat) are told by the history article
    ['nb', iraq, 'og i 2008?', { kind: 'article', articleId: 'history-special-services' }],
    // an ending glued to the name: Somali "-na" ("and Ethiopia?")
    ['so', iraq, 'Itoobiyana?', contact({ country: 'ET' })],
    // a clear new question is its own
    ['nb', advisers2023, 'og telefonnummeret til Kompetanseteamet?', undefined],
    ['nb', advisers2023, 'kontakt Kompetanseteamet', undefined],
    ['nb', iraq, 'hva er tvangsekteskap?', undefined],
    ['nb', advisers2023, 'jeg er bekymret for en elev som skal reise til Somalia', undefined],
    // nynorsk
    ['nn', advisers2023, 'og i 2010?', stats({ fromYear: 2010, toYear: 2010 })],
    ['nn', advisers2023, 'kva med spesialutsendingane?', stats(envoys)],
    ['nn', iraq, 'og for Etiopia?', contact({ country: 'ET' })],
    ['nn', iran, 'er du sikker?', again(iran)],
    ['nn', kompetanseteamet, 'når er dei opne?', again(kompetanseteamet)],
    // English
    ['en', iraq, 'and Somalia?', contact({ country: 'SO' })],
    ['en', iraq, 'what about Ethiopia?', contact({ country: 'ET' })],
    ['en', envoys2023, 'and in 2012?', { kind: 'stats', query: { ...envoys2023.query, fromYear: 2012, toYear: 2012 } }],
    ['en', advisers2023, 'and the special envoys?', stats(envoys)],
    ['en', kompetanseteamet, "what's their number?", again(kompetanseteamet)],
    ['en', kompetanseteamet, 'when are they open?', again(kompetanseteamet)],
    ['en', iran, 'really? I thought it was Ankara', doubtingAnkara(iran)],
    ['en', iran, 'what is forced marriage?', undefined],
    // Who will call, said in the follow-up: the same service, answered for a grown-up who calls herself.
    ['en', kompetanseteamet, "can the woman call them herself? she's 23, I'm her caseworker at the refugee service", contact({ serviceId: 'kompetanseteamet', adultCaller: true })],
    ['nb', kompetanseteamet, 'kan kvinnen ringe dem selv? hun er 30 og jeg er kontaktpersonen hennes i flyktningtjenesten', contact({ serviceId: 'kompetanseteamet', adultCaller: true })],
    // Polish, Russian, Turkish, Ukrainian
    ['pl', iraq, 'a Somalia?', contact({ country: 'SO' })],
    ['pl', iran, 'jesteś pewien?', again(iran)],
    ['ru', iraq, 'а Сомали?', contact({ country: 'SO' })],
    ['ru', envoys2023, 'а в 2008 году?', { kind: 'stats', query: { ...envoys2023.query, fromYear: 2008, toYear: 2008 } }],
    ['ru', iran, 'вы уверены?', again(iran)],
    ['tr', iraq, 'peki Somali?', contact({ country: 'SO' })],
    ['tr', iran, 'emin misin?', again(iran)],
    ['uk', iraq, 'а Сомалі?', contact({ country: 'SO' })],
  ];

  let readers: Features;
  let understand: Understand;
  beforeAll(async () => {
    readers = await readersOfFile();
    understand = readers.understand;
  });

  it.each(CASES)('[%s] after %j, %j', (lng, previous, message, expected) => {
    const followUp = readers.followUp(message, lng, understand(message, lng), previous);
    expect(followUp?.intent).toEqual(expected);
  });

  it.each([
    ['en', 'is it open at night?'],
    ['nb', 'er de åpne om natta?'],
    ['ur', 'raat ko?'],
  ] as const)('[%s] "%s" after a service open day and night is its card again, not the numbers for after hours', (lng, message) => {
    const ud: RememberedReading = { kind: 'contact', query: { serviceId: 'ud-operations-centre' } };
    expect(readers.followUp(message, lng, understand(message, lng), ud)).toEqual({ intent: again(ud), reason: 'same-subject' });
    expect(readers.followUp(message, lng, understand(message, lng), kompetanseteamet)?.reason).toBe('after-hours');
  });

  it('does nothing without a previous answer', () => {
    expect(readers.followUp('og i 2008?', 'nb', understand('og i 2008?', 'nb'), undefined)).toBeUndefined();
  });

  it('remembers categorical fields only: a school named in the question is not kept', () => {
    expect(rememberReading({ kind: 'contact', query: { serviceId: 'diversity-advisers', place: 'Hellerud vgs' } })).toEqual({ kind: 'contact', query: { serviceId: 'diversity-advisers' } });
    expect(rememberReading({ kind: 'help' })).toBeUndefined();
  });

  it('remembers the newer statistics fields, a category only from the fixed lists', () => {
    const query = { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, toYear: 2022, breakdown: 'case-type', mode: 'value' };
    expect(rememberReading({ kind: 'stats', query: { ...query, category: 'fgm', alsoMetrics: ['persons'] } })).toEqual({ kind: 'stats', query: { ...query, category: 'fgm', alsoMetrics: ['persons'] } });
    expect(rememberReading({ kind: 'stats', query: { ...query, breakdown: 'embassy', category: 'amman' } })).toEqual({ kind: 'stats', query: { ...query, breakdown: 'embassy', category: 'amman' } });
    expect(rememberReading({ kind: 'stats', query: { ...query, breakdown: 'county', category: 'hellerud-vgs' } })).toEqual({ kind: 'stats', query: { ...query, breakdown: 'county' } });
  });

  it('has a word list for every language the bot answers in', () => {
    expect([...loadFollowUpWords().keys()].sort()).toEqual(['ar', 'en', 'fa', 'nb', 'nn', 'pl', 'ru', 'so', 'ti', 'tr', 'uk', 'ur']);
  });
});

// (was follow-up-arithmetic.test.ts)
describe('arithmetic follow-ups on the last figures', () => {
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

  let readers: Features;
  beforeAll(async () => {
    readers = await readersOfFile();
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

// (was follow-up-history.test.ts)
describe('history follow-ups', () => {
  /**
   * Issue #13 (history as a follow-up): after the history article, a year of that history asked again ("and who was
   * in it in 2008?") is the history again; after a count of staff or cases, a year with words no reader makes a
   * question of ("and in 2008, when they started, how many were they?") is the same count for that year.
   */
  const history: RememberedReading = { kind: 'article', articleId: 'history-special-services' };
  const advisersNow: RememberedReading = {
    kind: 'stats',
    query: { service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'staff', fromYear: 2023, toYear: 2023, mode: 'value' },
  };

  let readers: Features;
  beforeAll(async () => {
    readers = await readersOfFile();
  });
  const read = (lng: Lang, message: string, previous: RememberedReading) => readers.followUp(message, lng, readers.understand(message, lng), previous)?.intent;

  it.each<readonly [Lang, string]>([
    ['tr', "peki 2008'de ekipte kimler vardı?"],
    ['pl', 'a kto był w zespole w 2008?'],
  ])('[%s] %j after the history is the history again', (lng, message) => {
    expect(read(lng, message, history)).toEqual({ kind: 'article', articleId: 'history-special-services' });
  });

  it.each<readonly [Lang, string]>([
    ['tr', "peki 2008'de ilk başladıklarında kaç taneydiler?"],
    ['pl', 'a w 2008, kiedy zaczynali, ilu ich było?'],
  ])('[%s] %j after a count of advisers is the same count for 2008', (lng, message) => {
    expect(read(lng, message, advisersNow)).toEqual({ kind: 'stats', query: { ...advisersNow.query, fromYear: 2008, toYear: 2008 } });
  });
});

// (was follow-up-posts.test.ts)
describe('follow-ups naming an envoy post or the history years', () => {
  /**
   * Issue #13 (kinds 3 and 8): a doubt naming an envoy post in the language's own script ("أنقرة", "Анкаре", "انقرہ")
   * says what that post covers; a post closed since 2008 (Colombo, Rabat) or "and in 2008?" after an envoy answer is
   * told by the history of the scheme (the 2008 posts and what they covered, in every language).
   */
  const iran: RememberedReading = { kind: 'contact', query: { country: 'IR' } };
  const bangladesh: RememberedReading = { kind: 'contact', query: { country: 'BD' } };
  const morocco: RememberedReading = { kind: 'contact', query: { country: 'MA' } };
  const kompetanseteamet: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };
  const doubtingAnkara: Intent = { kind: 'contact', query: { country: 'IR', doubtedPost: 'envoy-ankara' } };
  const history: Intent = { kind: 'article', articleId: 'history-special-services' };

  const CASES: ReadonlyArray<readonly [Lang, RememberedReading, string, Intent | undefined]> = [
    // a doubt naming a current post, in every script: the answer again, with what that post is
    ['ar', iran, 'هل أنت متأكد؟ كنت أظن أنها أنقرة', doubtingAnkara],
    ['fa', iran, 'مطمئنی؟ فکر می‌کردم آنکارا است', doubtingAnkara],
    ['ur', iran, 'کیا آپ کو یقین ہے؟ میرا خیال تھا انقرہ', doubtingAnkara],
    ['uk', iran, 'Ви впевнені? Я думала, що Анкара', doubtingAnkara],
    ['ru', iran, 'Вы уверены? Я думал, в Анкаре', doubtingAnkara],
    ['ti', iran, 'ርግጸኛ ዲኻ? ኣንካራ መሲሉኒ ነይሩ', doubtingAnkara],
    // a post closed since 2008: the history, with what it covered then and who covers those countries today
    ['en', bangladesh, "wasn't it Colombo before?", history],
    ['ur', bangladesh, 'پہلے کولمبو نہیں تھا؟', history],
    ['ru', bangladesh, 'разве раньше это был не Коломбо?', history],
    ['ti', bangladesh, 'ቅድሚ ሕጂ ኮሎምቦ ኣይነበረን ድዩ?', history],
    ['fa', morocco, 'و رباط چه؟', history],
    ['ar', morocco, 'ألم تكن الرباط؟', history],
    ['pl', morocco, 'a Rabat?', history],
    // a year of the history after an envoy or a service with a history
    ['ar', morocco, 'وفي 2008؟', history],
    ['tr', bangladesh, "peki 2008'de?", history],
    ['uk', bangladesh, 'а в 2008 році?', history],
    ['nb', kompetanseteamet, 'og i 2008?', history],
    // not history: a year of today's figures, or the history's years after a service without one
    ['nb', kompetanseteamet, 'hvor mange saker hadde de i 2008?', undefined],
  ];

  let readers: Features;
  beforeAll(async () => {
    readers = await readersOfFile();
  });

  it.each(CASES)('[%s] after %j, %j', (lng, previous, message, expected) => {
    const followUp = readers.followUp(message, lng, readers.understand(message, lng), previous);
    if (expected === undefined) expect(followUp?.intent.kind).not.toBe('article');
    else expect(followUp?.intent).toEqual(expected);
  });

  it('knows the same closed posts as the envoy table', () => {
    expect([...loadDirectory().envoys.closedPosts].map((c) => c.toLowerCase()).sort()).toEqual([...CLOSED_POSTS].sort());
  });
});

// (was follow-up-remarks.test.ts)
describe('a details follow-up, then a remark naming nothing', () => {
  /**
   * Issue #13: a contact's details asked after its card ("are they open at weekends?", "can I e-mail them?"), then a
   * remark that names nothing ("it's Friday evening now", "I can't call"): the details question is the question, in
   * every script (the question mark may be Arabic "؟" or Ethiopic "፧").
   */
  const kompetanseteamet: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };

  const CASES: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'er de åpne på lørdager også? nå er det fredag kveld'],
    ['nn', 'er dei opne laurdag òg? no er det fredag kveld'],
    ['ti', 'ብኢመይል ክጽሕፈሎም ይኽእል ድየ? ሕጂ ኣብ ስራሕ እየ ዘለኹ'],
    ['ar', 'هل يمكنني مراسلتهم بالبريد الإلكتروني؟ لا أستطيع الاتصال من العمل'],
  ];

  let readers: Features;
  beforeAll(async () => {
    readers = await readersOfFile();
  });

  it.each(CASES)('[%s] %j after the Kompetanseteamet card shows that card again', (lng, message) => {
    const followUp = readers.followUp(message, lng, readers.understand(message, lng), kompetanseteamet);
    expect(followUp?.intent).toEqual({ kind: 'contact', query: { serviceId: 'kompetanseteamet' } });
  });
});

describe('the readers of the file', () => {
  it('are built once and shared by every describe (test/helpers/test-readers.ts)', async () => {
    const first = await readersOfFile();
    expect(await readersOfFile()).toBe(first);
  });
});

describe('the understanding step read stage by stage', () => {
  let readers: Features;
  beforeAll(async () => {
    readers = await readersOfFile();
  });

  /** Own phrasings: a role said, a plain question, a named service's contact, a figure, a danger told, a young writer. */
  const TEXTS: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'Jeg jobber som miljøterapeut på et bofellesskap.'],
    ['nb', 'Hvor mange henvendelser fikk integreringsrådgiverne i fjor?'],
    ['nn', 'Kva er telefonnummeret til Kompetanseteamet?'],
    ['en', 'My uncle says he will hurt me if I do not marry his friend next week.'],
    ['en', 'I am 15 and my parents read all my messages.'],
    ['pl', 'Pracuję jako pielęgniarka szkolna, kto może nam doradzić?'],
    ['ar', 'ما هي المراقبة الاجتماعية السلبية؟'],
    ['so', 'Waxaan ahay macallin. Yaan la xiriiraa?'],
  ];

  it.each(TEXTS)('%s: the stages give the whole reading, its role and its candidates', (lng, text) => {
    const inStages = readers.understand.inStages;
    if (!inStages) throw new Error('the readers read whole only');
    const stages = inStages(text, lng);
    const whole = readers.understand(text, lng);
    expect(stages.role()).toEqual(whole.role);
    expect(stages.candidates()).toEqual(whole.candidates);
    expect(stages.understanding()).toEqual(whole);
  });

  it('reads who writes with the role stage alone', () => {
    const stages = readers.understand.inStages?.('Jeg jobber som lærer på en ungdomsskole.', 'nb');
    expect(stages?.role()).toBe('school');
    expect(readers.understand('Jeg jobber som lærer på en ungdomsskole.', 'nb').role).toBe('school');
  });
});

// (was follow-up-slot-memo.test.ts)

const notUnderstood: Understanding = { danger: false, intent: { kind: 'unknown' }, candidates: [] };
const kompetanseteamet: RememberedReading = { kind: 'contact', query: { serviceId: 'kompetanseteamet' } };
const advisers2023: RememberedReading = {
  kind: 'stats',
  query: { service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'cases', fromYear: 2023, toYear: 2023, mode: 'value' },
};

/** A slot reader that names a year and a country when the text does, and counts what it was asked to read. */
function countingReader(): { readonly read: SlotReader; readonly calls: string[] } {
  const calls: string[] = [];
  const read: SlotReader = (text: string, lng: Lang): FollowUpSlots => {
    calls.push(`${lng}|${text}`);
    const year = /\b(20\d\d)\b/u.exec(text)?.[1];
    return {
      ...(year ? { years: { fromYear: Number(year), toYear: Number(year) } } : {}),
      ...(/etiopia/iu.test(text) ? { country: 'ET' } : {}),
    };
  };
  return { read, calls };
}

const MESSAGES: ReadonlyArray<readonly [Lang, RememberedReading, string]> = [
  ['nb', advisers2023, 'og i 2021? skal ha det i en presentasjon'],
  ['nb', advisers2023, 'og i 2008?'],
  ['nb', kompetanseteamet, 'hva med Etiopia da?'],
  ['nb', kompetanseteamet, 'er du sikker? jeg trodde det var Ankara'],
  ['en', kompetanseteamet, 'is there an email too, I want to send them the case summary before the meeting on Monday'],
];

describe('a follow-up reads the slots of each text once per message', () => {
  it.each(MESSAGES)('%s after %j: "%s"', (lng, previous, text) => {
    const alone = countingReader();
    const fresh = createFollowUpResolver({ words, readSlots: alone.read })(text, lng, notUnderstood, previous);

    const shared = countingReader();
    const resolve = createFollowUpResolver({ words, readSlots: shared.read });
    const memo = slotMemo();
    const first = resolve(text, lng, notUnderstood, previous, memo);
    // The same message read again with the same memo (as a part of a two-needs message is): nothing is read again.
    const again = resolve(text, lng, notUnderstood, previous, memo);

    expect(first).toEqual(fresh);
    expect(again).toEqual(fresh);
    expect(shared.calls.length).toBe(new Set(shared.calls).size);
    expect(new Set(shared.calls)).toEqual(new Set(alone.calls));
  });

  it('reads at least one text of a short follow-up (the memo is filled, not bypassed)', () => {
    const { read, calls } = countingReader();
    const memo = slotMemo();
    expect(createFollowUpResolver({ words, readSlots: read })('og i 2008?', 'nb', notUnderstood, advisers2023, memo)).toBeDefined();
    expect(calls.length).toBeGreaterThan(0);
    expect(memo.size).toBe(calls.length);
  });
});

describe("a text's slots read part by part", () => {
  let readers: Features;
  let parts: SlotPartsReader;
  beforeAll(async () => {
    readers = await readersOfFile();
    parts = followUpSlotParts(readers.contacts, () => READERS_NOW);
  });

  /** Own texts naming a year, a service, a country, a split, an embassy, Norway, a person abroad, or nothing. */
  const TEXTS: ReadonlyArray<readonly [Lang, string]> = [
    ['nb', 'og hvordan var det i 2019 da?'],
    ['nb', 'og for IMDi sine rådgivere?'],
    ['nn', 'kva med Pakistan og Afghanistan?'],
    ['nb', 'og fordelt på fylke?'],
    ['en', 'and the people at the embassy in Amman?'],
    ['en', 'what if she is already abroad?'],
    ['pl', 'a w całej Norwegii?'],
    ['ru', 'а в Сомали?'],
    ['ar', 'وماذا عن السفارة؟'],
    ['so', 'haddii ay hadda ku jirto Itoobiya?'],
    ['tr', 'peki bu okulda?'],
    ['en', 'thanks, that helps a lot'],
  ];

  it.each(TEXTS)('%s "%s": each part is what the whole slots hold, in whichever order they are read', (lng, text) => {
    const whole = parts(text, lng).all();
    const partFirst = parts(text, lng);
    const { statsServices, years, metric, breakdown, category } = whole;
    expect(partFirst.stats()).toEqual({ ...(statsServices ? { statsServices } : {}), ...(years ? { years } : {}), ...(metric ? { metric } : {}), ...(breakdown ? { breakdown } : {}), ...(category ? { category } : {}) });
    expect(partFirst.countries()[0]).toBe(whole.country);
    expect(partFirst.countries().length > 1 ? partFirst.countries() : undefined).toEqual(whole.countries);
    expect(partFirst.contactService()).toBe(whole.contactService);
    expect(partFirst.abroad()).toBe(whole.abroad === true);
    expect(partFirst.embassy()).toBe(whole.embassy === true);
    expect(partFirst.norway()).toBe(whole.norway === true);
    // The whole read after its parts is the same object, key for key and in the same order.
    expect(JSON.stringify(partFirst.all())).toBe(JSON.stringify(whole));
  });

  it('names what the texts name', () => {
    expect(parts('og hvordan var det i 2019 da?', 'nb').stats().years).toEqual({ fromYear: 2019, toYear: 2019 });
    expect(parts('kva med Pakistan og Afghanistan?', 'nn').countries()).toEqual(['PK', 'AF']);
    expect(parts('what if she is already abroad?', 'en').abroad()).toBe(true);
    expect(parts('vil du snakke med meg?', 'nb').all()).toEqual({});
  });

  /** Own follow-ups after a figure, a service's card and a country's card: ellipses, a remark after a first sentence, a person there. */
  const statsBefore: RememberedReading = {
    kind: 'stats',
    query: { service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022, toYear: 2022, mode: 'value' },
  };
  const somalia: RememberedReading = { kind: 'contact', query: { country: 'SO' } };
  const FOLLOW_UPS: ReadonlyArray<readonly [Lang, RememberedReading, string]> = [
    ['nb', statsBefore, 'og i 2020?'],
    ['nb', statsBefore, 'og i 2019? trenger det til et møte'],
    ['nn', statsBefore, 'og for minoritetsrådgjevarane?'],
    ['en', statsBefore, 'and the special envoys at the embassies?'],
    ['en', statsBefore, 'and by county?'],
    ['pl', statsBefore, 'a w 2021?'],
    ['ru', statsBefore, 'а в 2021 году?'],
    ['so', kompetanseteamet, 'Itoobiya?'],
    ['en', kompetanseteamet, 'and Ethiopia?'],
    ['en', somalia, 'and if she is already there now?'],
    ['nb', somalia, 'hva om hun allerede er der?'],
    ['ar', somalia, 'وماذا عن السفارة؟'],
    ['tr', kompetanseteamet, 'peki Irak?'],
  ];

  it.each(FOLLOW_UPS)('%s after %j: "%s" reads as when every text is read whole', (lng, previous, text) => {
    const understood = readers.understand(text, lng);
    const byParts = createFollowUpResolver({ words, readSlots: (t, l) => parts(t, l).all(), readSlotParts: parts });
    const whole = createFollowUpResolver({ words, readSlots: (t, l) => parts(t, l).all() });
    expect(byParts(text, lng, understood, previous, slotMemo(), 'SO')).toEqual(whole(text, lng, understood, previous, slotMemo(), 'SO'));
  });

  it('decides on the parts it needs: a word left out of an ellipsis or a remark after it is not read whole', () => {
    const read: string[] = [];
    const wholeRead: string[] = [];
    const standIn: SlotPartsReader = (text) => {
      read.push(text);
      const year = /\b(20\d\d)\b/u.exec(text)?.[1];
      const slots: FollowUpSlots = {
        ...(year ? { years: { fromYear: Number(year), toYear: Number(year) } } : {}),
        ...(/etiopia/iu.test(text) ? { country: 'ET' } : {}),
      };
      return { ...partsOfSlots(slots), all: () => (wholeRead.push(text), slots) };
    };
    const resolve = createFollowUpResolver({ words, readSlots: (t, l) => standIn(t, l).all(), readSlotParts: standIn });
    expect(resolve('og i 2019? trenger det til et møte', 'nb', notUnderstood, statsBefore)?.intent).toEqual({ kind: 'stats', query: { ...statsBefore.query, fromYear: 2019, toYear: 2019 } });
    expect(resolve('og Etiopia da?', 'nb', notUnderstood, kompetanseteamet)?.intent).toEqual({ kind: 'contact', query: { country: 'ET' } });
    // Each word alone ("is it only where people work?") and the ellipsis with one word left out ("does it name as much?")
    // are read in parts; only the texts the answer is built from are read whole.
    const inPartsOnly = ['og', 'etiopia', 'og da', 'og i 2019 det til et møte', 'og i trenger det til et møte'];
    expect(read).toEqual(expect.arrayContaining(inPartsOnly));
    for (const text of inPartsOnly) expect(wholeRead).not.toContain(text);
    // Whole: the message, and the words the answer is merged from.
    expect(new Set(wholeRead)).toEqual(new Set(['og i 2019 trenger det til et møte', 'og Etiopia da?', 'og etiopia da']));
  });
});

// (was claimed-values.test.ts)

/** The numbers a doubt names: the values only, approximate when said "about", a percentage when said so; never a year. */
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

// (was age-band.test.ts)

/** The age band: what one message says of a person's age, and what it does to "can she call herself?". */
describe('age band', () => {
  it('is under 18 or adult only when the message says one of them', () => {
    expect(ageBandOf({ minor: true, adult: false })).toBe('under-18');
    expect(ageBandOf({ minor: false, adult: true })).toBe('adult');
    expect(ageBandOf({ minor: true, adult: true })).toBeUndefined();
    expect(ageBandOf({ minor: false, adult: false })).toBeUndefined();
  });

  it('gives a line asked for someone of no stated age the lines for the band', () => {
    const ageless = { kind: 'contact', query: { helpline: true } };
    expect(withAgeBand(ageless, 'under-18')).toEqual({ kind: 'contact', query: { helpline: true, minor: true, youngCaller: true } });
    expect(withAgeBand(ageless, 'adult')).toEqual({ kind: 'contact', query: { helpline: true, adultCaller: true } });
    expect(withAgeBand(ageless, undefined)).toBe(ageless);
  });

  it('leaves a question that names a service, a caller or another kind of answer as it was', () => {
    const named = { kind: 'contact', query: { helpline: true, serviceId: 'kompetanseteamet' } };
    const young = { kind: 'contact', query: { helpline: true, youngCaller: true, minor: true } };
    const article = { kind: 'article', articleId: 'negative-social-control' };
    expect(withAgeBand(named, 'under-18')).toBe(named);
    expect(withAgeBand(young, 'adult')).toBe(young);
    expect(withAgeBand(article, 'adult')).toBe(article);
  });
});

// (was situation-flags.test.ts)

/**
 * The danger and concern flags follow the situation: raised by a turn, kept while the conversation stays on it
 * (a contact question, a message nothing understood), cleared by a turn about something else, so an unread message
 * long after a statistics question does not bring the emergency numbers back.
 */
describe('the danger and concern flags of a conversation', () => {
  const calm = { danger: false, concern: false };

  it('are raised by the turn that signals them', () => {
    expect(situationFlags({}, [{ kind: 'article' }], { danger: true, concern: false })).toEqual({ danger: true, concern: false });
    expect(situationFlags({}, [{ kind: 'article' }], { danger: false, concern: true })).toEqual({ danger: false, concern: true });
  });

  it('stay on a question about the same situation and on a message nothing understood', () => {
    expect(situationFlags({ danger: true }, [{ kind: 'contact' }], calm).danger).toBe(true);
    expect(situationFlags({ danger: true }, [{ kind: 'unknown' }], calm).danger).toBe(true);
    expect(situationFlags({ concern: true }, [{ kind: 'suggest' }], calm).concern).toBe(true);
  });

  it('are cleared by a turn about something else', () => {
    expect(situationFlags({ danger: true, concern: true }, [{ kind: 'stats' }], calm)).toEqual({ danger: false, concern: false });
    expect(situationFlags({ danger: true }, [{ kind: 'help' }], calm).danger).toBe(false);
  });
});
