import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard } from '../../src/stats/answers/stats-card';
import { statsQuerySchema, type StatsQueryModel } from '../../src/stats/answers/stats-query';
import { createStatsRecognizer, parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { prepareUtterance } from '../../src/understanding/understand';
import { elements } from '../helpers/card-elements';

/**
 * Issue #13 kinds 4 and 8: a split the sources do not publish as counts (per country of origin, boys against girls,
 * one named country) is said first ("I don't have figures for …"), then what is published: the total with its
 * source and the published order ("most were girls", the top origin countries). Asking which parts there are
 * ("which countries?") is answered by the order itself, without the caveat.
 */

const now = new Date('2026-11-24T12:00:00Z');
const published = loadPublishedSeed().figures;
const i18n = createI18n();

/** A stand-in for the contact directory's country names: enough for these questions. */
const COUNTRY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/afghanistan|afghan|افغانستان/iu, 'AF'],
  [/росії|росія/iu, 'RU'],
  [/ethiopia/iu, 'ET'],
  [/norge|norway/iu, 'NO'],
];
const findCountries = (text: string): string[] => COUNTRY_WORDS.filter(([p]) => p.test(text)).map(([, code]) => code);

function read(text: string, lng: Lang): StatsQueryModel | undefined {
  const [candidate] = createStatsRecognizer({ now: () => now, findCountries }).recognize(prepareUtterance(text, lng));
  if (!candidate || candidate.intent.kind !== 'stats') return undefined;
  return statsQuerySchema.parse(candidate.intent.query);
}

function answerTexts(text: string, lng: Lang): string[] {
  const query = read(text, lng);
  if (!query) throw new Error(`not read as a statistics question: ${text}`);
  const card = statsCard(answerStats(query, published), lng, fixedT(i18n, lng));
  return elements(card)
    .filter((e) => e.type === 'TextBlock')
    .map((e) => String((e as { text?: unknown }).text ?? ''));
}

describe('a count per part that only an order answers: said first, then the total and the order', () => {
  it('per country of origin (envoys 2023): no count per country, 245 and the top five countries', () => {
    const t = answerTexts('how many involuntary-stay-abroad cases did the envoys have per country in 2023?', 'en');
    expect(t[1]).toBe("I don't have figures for cases by country of origin (the special envoys, 2023).");
    expect(t).toContain('245');
    expect(t.join(' ')).toMatch(/Iraq, Somalia, Russia, Pakistan and Syria/u);
  });

  it('boys against girls, exact numbers (advisers 2023): no exact split, the total and "most were girls"', () => {
    const t = answerTexts("how many of the diversity advisers' 2023 cases were boys vs girls? exact numbers pls", 'en');
    expect(t[1]).toBe("I don't have figures for cases by gender (the diversity advisers, 2023).");
    expect(t.join(' ')).toMatch(/899/u);
    expect(t.join(' ')).toMatch(/girls/u);
  });

  it('"which countries?" is answered by the published order, without a caveat', () => {
    const t = answerTexts('which countries did the special envoys cases come from in 2023?', 'en');
    expect(t.some((line) => line.startsWith("I don't have"))).toBe(false);
    expect(t.join(' ')).toMatch(/Iraq, Somalia, Russia/u);
  });

  it('a named country (Afghanistan, asked in Dari): no figure for that country, first; then the total and the order that includes it', () => {
    const t = answerTexts('در سال ۲۰۲۳ چند تا از پرونده‌های مشاوران تنوع (mangfoldsrådgivere) مربوط به افغانستان بود؟', 'fa');
    expect(t[1]).toMatch(/افغانستان/u);
    expect(t[1]).toMatch(/ندارم/u);
    expect(t.join(' ')).toMatch(/899/u);
    expect(t.join(' ')).toMatch(/عراق/u);
  });

  it('a named country in Ukrainian ("щодо Росії") is the envoys\' cases from Russia, not the national total alone', () => {
    const query = read('Скільки справ мали спецпредставники при посольствах у 2023 саме щодо Росії?', 'uk');
    expect(query).toMatchObject({ services: ['special-envoys'], breakdown: 'origin-country', category: 'RU', fromYear: 2023 });
    const t = answerTexts('Скільки справ мали спецпредставники при посольствах у 2023 саме щодо Росії?', 'uk');
    expect(t[1]).toMatch(/^У мене немає/u);
    expect(t).toContain('245');
  });

  it('a people named in Dari ("افغان‌ها", Afghans) is the country of origin asked about', () => {
    expect(read('در سال ۲۰۲۳ چند تا از پرونده‌های مشاوران تنوع مربوط به افغان‌ها بود؟ عدد دقیق لازم دارم', 'fa')).toMatchObject({ breakdown: 'origin-country', category: 'AF' });
  });

  it('a country in another part of the message belongs to that part ("…, and who covers Ethiopia?")', () => {
    expect(read('how many cases did the envoys have, and who covers Ethiopia?', 'en')?.category).toBeUndefined();
  });

  it('Norway is where the services are, not a country of origin', () => {
    expect(read('how many cases did the diversity advisers in Norway have in 2023?', 'en')?.breakdown).toBeUndefined();
  });
});

describe('statistics questions read in other words', () => {
  const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), now, lng);

  it('a year written out wins over "last year" beside it ("i fjor, altså 2023")', () => {
    expect(parse('hvor mange saker hadde mangfoldsrådgiverne i fjor, altså 2023?', 'nb')?.query).toMatchObject({ fromYear: 2023, toYear: 2023 });
  });

  it('"compared with the year before" asks for that year too', () => {
    expect(parse('kor mange lokale frivillige prosjekt fekk tilskot i 2023 samanlikna med året før', 'nn')?.query).toMatchObject({ fromYear: 2022, toYear: 2023 });
  });

  it('a count of a named service in a named year beats a contact reading of the same words (0.995)', () => {
    expect(parse("what were Kompetanseteamet's case numbers for 2019 and 2020", 'en')?.score).toBeGreaterThan(0.99);
    expect(parse('2023 mein Islamabad wale envoy ke paas kitne cases thay?', 'ur')?.score).toBeGreaterThan(0.99);
  });

  it('the split asked, with case types named as examples, is the whole split', () => {
    const query = parse('Trenger fordelingen på sakstyper for kompetanseteamet 2022 – trusler/vold, nsk, ufrivillig utenlandsopphold osv', 'nb')?.query;
    expect(query).toMatchObject({ breakdown: 'case-type' });
    expect(query?.category).toBeUndefined();
  });

  it('a compound naming the advisers\' cases ("rådgiversakene") with a case type', () => {
    expect(parse('hvor mange av rådgiversakene i 2023 gjaldt kjønnslemlestelse?', 'nb')?.query).toMatchObject({
      services: ['diversity-advisers'],
      breakdown: 'case-type',
      category: 'fgm',
    });
  });

  it.each<[Lang, string, Partial<StatsQueryModel>]>([
    ['pl', 'ile zadań podnoszenia kompetencji zrealizowali doradcy (mangfoldsrådgivere) w 2023?', { services: ['diversity-advisers'], metric: 'assignments' }],
    ['fa', 'مشاوران تنوع (mangfoldsrådgivere) در سال ۲۰۲۳ چند مأموریت آموزشی و ارتقای صلاحیت انجام دادند؟', { services: ['diversity-advisers'], metric: 'assignments' }],
    ['uk', 'Скільки грошей отримали RVTS у 2024 році?', { services: ['rvts'], metric: 'funding-nok' }],
    ['uk', 'Скільки завдань виконала фагтім IMDi у 2023?', { services: ['expert-team'], metric: 'assignments' }],
    ['pl', 'Ile wyświetleń miała wakacyjna kampania IMDi z 2023?', { services: ['nora'], metric: 'views', category: 'summer-holiday' }],
    ['ur', '2023 میں (ذیلی ہدف C) کے لیے تنظیموں کو کتنی گرانٹ ملی؟', { services: ['ngo-grants'], metric: 'funding-nok' }],
    ['tr', "2022'de Kompetanseteamet'in tehdit ve şiddet vakası sayısı kaçtı?", { services: ['kompetanseteamet'], breakdown: 'case-type', category: 'threats-and-violence' }],
    ['ar', 'كم عدد الحالات اللي اشتغل عليها المبعوثين الخاصين سنة 2023؟ وشو أكتر بلدان؟', { services: ['special-envoys'], breakdown: 'origin-country' }],
  ])('%s: %s', (lng, text, expected) => {
    expect(parse(text, lng)?.query).toMatchObject(expected);
  });
});

describe('figures written as the reader reads them', () => {
  const texts = (text: string, lng: Lang) => answerTexts(text, lng).join(' | ');

  it('post 71: the granted amounts of 2021–2023 and the allocated amount of 2024 each say which they are', () => {
    const t = texts('how much did the post 71 grant for integration work by voluntary organisations get from 2021 to 2024?', 'en');
    expect(t).toMatch(/NOK 132\.5 million \(132\u00a0500\u00a0000\) \(granted\)/u);
    expect(t).toMatch(/NOK 132\.55 million \(132\u00a0550\u00a0000\) \(allocated in the allocation letter\)/u);
  });

  it('one kind of amount alone needs no label', () => {
    expect(texts('how much did the post 71 grant for integration work by voluntary organisations get in 2023?', 'en')).not.toMatch(/granted/u);
  });

  it('numbers grouped as the language groups them: Polish "2 358 198", Turkish "3.500"', () => {
    expect(texts('Ile wyświetleń miała wakacyjna kampania IMDi z 2023?', 'pl').replace(/\u00a0/gu, ' ')).toMatch(/2 358 198/u);
    expect(texts("2023'te IMDi'nin uzman ekibi (fagteamet) kaç kişiye ulaştı?", 'tr')).toMatch(/3\.500/u);
  });

  it('a round count in millions is said in millions, as the source says it (Pride: 4 million views)', () => {
    expect(texts('how many views did the Pride campaign get in 2023?', 'en')).toMatch(/about 4 million \(4\u00a0000\u00a0000\)/u);
  });

  it('the 59 advisers come with where they work', () => {
    expect(texts('how many diversity advisers were there in 2023?', 'en')).toMatch(/upper-secondary schools and some lower-secondary schools and adult-education centres/u);
  });
});

describe('a split by gender counts the persons in the cases', () => {
  it('2008: the minority advisers\' cases by women and men are the joint figure\'s 282 women, 107 men and 2 unknown, beside 381 cases and 391 persons', () => {
    const t = answerTexts('hvor mange kvinner og menn gjaldt minoritetsrådgivernes saker i 2008?', 'nb').join(' | ');
    for (const n of ['381 saker', '391 personer', '282', '107']) expect(t).toContain(n);
    expect(t).not.toMatch(/Jeg har ikke tall/u);
  });
});

describe('one case type asked by what the counted cases were about: "I have no figure" first, then the published split', () => {
  it.each([
    ["how many of Kompetanseteamet's 2022 cases were about FGM?", 'en', "I don't have figures for cases about female genital mutilation (FGM) (Kompetanseteamet, 2022)."],
    ['hvor mange av sakene til Kompetanseteamet i 2022 gjaldt kjønnslemlestelse?', 'nb', 'Jeg har ikke tall for saker om kjønnslemlestelse (Kompetanseteamet, 2022).'],
  ] as const)('%s', (text, lng, caveat) => {
    expect(read(text, lng)).toMatchObject({ breakdown: 'case-type', category: 'fgm' });
    const t = answerTexts(text, lng);
    expect(t).toContain(caveat);
    // The total and the categories that are published, each under its own label.
    expect(t).toContain('891');
    expect(t.join(' ')).toMatch(/368/u);
  });

  it('a published case type asked the same way gets its own figure (Turkish, with a suffix: "tehdit ve şiddetle")', () => {
    expect(read("Kompetanseteamet 2022'de kaç vaka aldı ve bunların kaçı tehdit ve şiddetle ilgiliydi?", 'tr')).toMatchObject({ breakdown: 'case-type', category: 'threats-and-violence' });
  });
});

describe('where Kompetanseteamet\'s 2008 inquiries came from: the source\'s sentence first, no count per sender', () => {
  // IMDi årsrapport 2008 (seed 002, lines 988–994): most from first-line services (child welfare, police, refugee
  // service), more through the minority advisers' work, a few directly from individuals. No count per sender.
  const asked: ReadonlyArray<readonly [string, Lang, RegExp, RegExp]> = [
    ['Hvilke etater sendte oftest saker til Kompetanseteamet i 2008?', 'nb', /barnevernet, politiet og flyktningtjenesten/u, /ikke publisert tall/u],
    ['Kven tok kontakt med Kompetanseteamet i 2008, kva for tenester var det?', 'nn', /barnevernet, politiet og flyktningtenesta/u, /ikkje publisert tal/u],
    ['Where did Kompetanseteamet get most of its inquiries from back in 2008?', 'en', /child welfare \(barnevernet\), the police and the refugee service/u, /No count per sender/u],
    ['Kompetanseteamet 2008 yılında en çok kimlerden başvuru aldı?', 'tr', /polis/u, /yayımlanmamıştır/u],
    ['في سنة 2008، من أي جهات وصلت أغلب الحالات إلى Kompetanseteamet؟', 'ar', /الشرطة/u, /لا توجد أرقام منشورة/u],
    ['Kompetanseteamet, sannadkii 2008 hay\'adaha noocee ah ayaa u soo gudbiyay kiisaska ugu badan?', 'so', /booliska/u, /Lama daabicin/u],
  ];

  it.each(asked)('%s (%s)', (text, lng, services, noCount) => {
    expect(read(text, lng)).toMatchObject({ services: ['kompetanseteamet'], breakdown: 'referrer', fromYear: 2008 });
    const t = answerTexts(text, lng);
    // The sentence is the first thing after the title, with its source reference, before any number.
    expect(t[1]).toMatch(services);
    expect(t[1]).toMatch(noCount);
    expect(t[1]).toMatch(/Kompetanseteamet/u);
    expect(t[1]).toMatch(/\[\u2066?1\u2069?\]$/u);
    expect(t.join('\n')).toMatch(/IMDi årsrapport 2008/u);
  });

  it('no figure stands under a first-line service\'s name', () => {
    const t = answerTexts('Which agencies referred the most inquiries to Kompetanseteamet in 2008?', 'en');
    const lines = t.slice(2);
    expect(lines.some((line) => /child welfare|police|refugee/iu.test(line))).toBe(false);
  });

  it('"which bodies was it made of" (Turkish ablative with "oluşmak") names members, not senders', () => {
    expect(read('Kompetanseteamet 2009 yılında hangi kurumlardan oluşmaktaydı?', 'tr')?.breakdown).not.toBe('referrer');
    expect(read('Kompetanseteamet 2009 yılında hangi kurumlardan başvuru aldı?', 'tr')).toMatchObject({ breakdown: 'referrer' });
  });

  it('another year has no such sentence: the card says there is no figure per sender, not the 2008 one', () => {
    const t = answerTexts('Which agencies referred the most inquiries to Kompetanseteamet in 2022?', 'en');
    expect(t.join(' ')).not.toMatch(/first-line/u);
    expect(t[1]).toMatch(/^I don't have/u);
  });
});
