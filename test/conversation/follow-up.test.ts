import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReaders, type Features, type Intent } from '../../src/features';
import { memoryFeedbackStore } from '../../src/knowledge';
import { createI18n } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { rememberReading, type RememberedReading } from '../../src/conversation/follow-up';
import { loadFollowUpWords } from '../../src/conversation/follow-up-words';
import type { Understand } from '../../src/understanding/understand';

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

describe('follow-up resolver', () => {
  let readers: Features;
  let understand: Understand;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-follow-up-'));
    readers = await createReaders({ i18n: createI18n(), dataDir, now: () => new Date('2026-06-01T12:00:00Z'), feedback: memoryFeedbackStore() });
    understand = readers.understand;
  });
  afterAll(async () => {
    await readers.close();
    rmSync(dataDir, { recursive: true, force: true });
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
