import type { Activity } from 'botbuilder';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { cardTexts } from '../../src/evaluation/conversation-eval';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { parseStatsQuestion } from '../../src/stats/answers/stats-recognizer';
import { createHistoryRecognizer } from '../../src/conversation/history-reader';
import { prepareUtterance } from '../../src/understanding/understand';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { oneAppPerFile } from '../helpers/test-app';

/**
 * Issue #13 point 4 (session 20): a statistics answer gives exactly what was asked. A count the sources do not publish
 * (the persons a service helped) is said first, then the nearest published count of the same years under its own
 * label; the advisers' headcount is the advisers, not the people they helped; the 2008 schools of a county are found
 * by a city or by today's county; the first year, and a count of one case type, are the statistics card's.
 */
const NOW = new Date('2026-06-01T12:00:00Z');
const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng);
const published = loadPublishedSeed().figures;
const seen = (reply: Partial<Activity>): string => (reply.attachments ?? []).flatMap((a) => cardTexts(a.content)).join('\n');

describe('the advisers\' headcount, with a counting word before "advisers"', () => {
  it.each<[string]>([['سال ۲۰۲۳ چند نفر مشاور تنوع در مکتب‌های نروژ کار می‌کردند؟'], ['چند تا مشاوران تنوع در ۲۰۲۳ داشتیم؟']])('[fa] %s → the staff count', (text) => {
    expect(read(text, 'fa')?.query).toMatchObject({ services: ['diversity-advisers'], metric: 'staff', fromYear: 2023 });
  });

  it('[fa] "چند نفر مشاوره گرفتند" (how many people got counselling) still counts people, not the advisers', () => {
    expect(read('چند نفر از مشاوران تنوع در سال ۲۰۲۳ مشاوره گرفتند؟', 'fa')?.query.metric).toBe('persons');
  });

  it('[tr] the persons in the advisers\' cases are no headcount of the advisers', () => {
    const query = read('2008 yılında azınlık danışmanlarının vakalarında kaç kişi vardı?', 'tr')?.query;
    expect(query).toMatchObject({ metric: 'persons', fromYear: 2008 });
    expect(query?.alsoMetrics ?? []).not.toContain('staff');
  });
});

describe('a count that is not published: said first, then the nearest published count of the same years', () => {
  it('the persons the envoys helped in 2023: no figure, then their 245 cases, labelled as cases', () => {
    const answer = answerStats({ services: ['special-envoys'], metric: 'persons', fromYear: 2023, toYear: 2023, mode: 'value' }, published);
    expect(answer.metricInstead).toBe('cases');
    expect(answer.missing).toEqual([expect.objectContaining({ metric: 'persons', years: [2023] })]);
    expect(answer.figures.map((f) => [f.metric, f.observations[0]?.value])).toEqual([['cases', 245]]);
  });

  it('a count that is published is shown as it is, with nothing instead', () => {
    const answer = answerStats({ services: ['kompetanseteamet'], metric: 'persons', fromYear: 2007, toYear: 2007, mode: 'value' }, published);
    expect(answer.metricInstead).toBeUndefined();
    expect(answer.figures.some((f) => f.metric === 'persons')).toBe(true);
  });

  const { chat } = oneAppPerFile();

  it.each<[string, string, RegExp, string]>([
    ['nb-NO', 'hvor mange gutter og jenter fikk hjelp av mangfoldsrådgiverne i 2023?', /Jeg har ikke tall for personer \(mangfoldsrådgiverne\) i 2023\./u, '899'],
    ['uk-UA', 'скільки людей отримали допомогу від спецпосланців у 2023 році?', /немає даних за 2023/u, '245'],
    ['pl-PL', 'ile osób otrzymało pomoc od doradców ds. różnorodności w 2023 roku?', /Nie mam danych za 2023/u, '897'],
  ])('(%s) %s → no figure for persons first, then the cases', async (locale, question, noFigure, cases) => {
    await chat({ locale })
      .send(question)
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toMatch(noFigure);
        expect(text).toContain(cases);
        expect(text.search(noFigure)).toBeLessThan(text.indexOf(cases));
      })
      .startTest();
  });

  it('(nb) Kompetanseteamet in 2023: Bufdir\'s 1 137, said to be from the press release, with 891 in 2022 from the annual material', async () => {
    await chat({ locale: 'nb-NO' })
      .send('hvor mange saker fikk Kompetanseteamet i 2023?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toMatch(/1\s137/u);
        expect(text).toMatch(/pressemelding/u);
        expect(text).toMatch(/891 saker i 2022/u);
      })
      .startTest();
  });

  it('(en) the 2023 note is left out where the table shows 2022 itself', async () => {
    await chat({ locale: 'en-US' })
      .send('Kompetanseteamet cases 2021 to 2023')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toContain('891');
        expect(text).not.toMatch(/press release/u);
      })
      .startTest();
  });
});

describe('the 2008 schools of a county, found by a city or by today\'s county', () => {
  it.each<[Lang, string, string]>([
    ['nb', 'hvilke skoler i Bergen fikk minoritetsrådgiver i 2008?', 'hordaland'],
    ['nn', 'kva skular i Trondheim hadde minoritetsrådgjevar i 2008?', 'sor-trondelag'],
    ['en', 'which schools in Trøndelag had a minority adviser in 2008?', 'trondelag'],
  ])('[%s] %s → the schools of %s', (lng, text, county) => {
    expect(read(text, lng)?.query).toMatchObject({ metric: 'schools', breakdown: 'county', category: county, fromYear: 2008 });
  });

  it('a city in a question about cases is no split by county', () => {
    expect(read('vi er en skole i Bergen, hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'nb')?.query.breakdown).toBeUndefined();
  });

  it('today\'s county answers with the former counties\' schools, each under its own name', () => {
    const answer = answerStats({ services: ['diversity-advisers'], metric: 'schools', fromYear: 2008, toYear: 2008, breakdown: 'county', category: 'vestland', mode: 'value' }, published);
    expect(answer.breakdownUnavailable).toBe(false);
    expect(answer.breakdown.map((f) => f.breakdown?.category)).toEqual(['hordaland']);
  });

  const { chat } = oneAppPerFile();
  it('(en) the schools in Bergen in 2008 are named, not the history told', async () => {
    await chat({ locale: 'en-US' })
      .send('which schools in Bergen got a minority adviser back in 2008?')
      .assertReply((reply) => {
        const text = seen(reply);
        expect(text).toMatch(/Bergen katedralskole/u);
        expect(text).toMatch(/Årstad/u);
      })
      .startTest();
  });
});

describe('the first year, and one case type, asked of the history\'s years', () => {
  it.each<[Lang, string]>([
    ['nn', 'kor mange førespurnader fekk kompetanseteamet det fyrste året?'],
    ['en', 'how many inquiries did the competence team receive in its very first year?'],
    ['pl', 'ile zapytań miał Kompetanseteamet w pierwszym roku?'],
  ])('[%s] %s → the first year with a figure: 11 inquiries in November–December 2004', (lng, text) => {
    const query = read(text, lng)?.query;
    expect(query).toMatchObject({ services: ['kompetanseteamet'], firstYear: true });
    const answer = query ? answerStats(query, published) : undefined;
    expect(answer?.figures.find((f) => f.metric === 'inquiries')?.observations[0]?.value).toBe(11);
  });

  const history = createHistoryRecognizer({ now: () => NOW });
  it.each<[Lang, string]>([
    ['nn', 'kor mange førespurnader fekk kompetanseteamet det fyrste året?'],
    ['en', 'In 2008, how many of the advisers cases were about forced marriage that had taken place, and how many about fear of it?'],
  ])('[%s] %s → not the history', (lng, text) => {
    expect(history.recognize(prepareUtterance(text, lng))).toEqual([]);
  });

  it('when the advisers started, and how many they were, is still the history', () => {
    expect(history.recognize(prepareUtterance('når startet minoritetsrådgiverne, og hvor mange var de?', 'nb'))).toHaveLength(1);
  });
});

describe('words of the other languages for embassies, origins and case types', () => {
  it.each<[Lang, string, Record<string, unknown>]>([
    ['ar', 'كم حالة عند المستشارين في السفارات سنة 2023؟ ومن وين معظم الناس؟', { services: ['special-envoys'], breakdown: 'origin-country' }],
    ['ur', '2023 میں ایمبیسی کے خصوصی مشیروں کے کیسز کن ملکوں سے تھے؟', { services: ['special-envoys'], breakdown: 'origin-country' }],
    ['so', 'Immisa kiis ayay la-taliyayaasha kala duwanaanshaha lahaayeen 2023? wadamada ugu badan?', { breakdown: 'origin-country' }],
    ['ru', 'сколько дел Kompetanseteamet в 2022 году было о принудительном пребывании за рубежом?', { breakdown: 'case-type', category: 'involuntary-stay-abroad' }],
    ['uk', 'скільки справ Kompetanseteamet у 2022 році стосувалися примусового перебування за кордоном?', { breakdown: 'case-type', category: 'involuntary-stay-abroad' }],
    ['fa', 'تیم ملی صلاحیت در ۲۰۰۸ چند سخنرانی برگزار کرد؟', { services: ['kompetanseteamet'], metric: 'lectures' }],
    ['en', 'how many cases did the envoys handle in 2023, and which case type was the most common?', { services: ['special-envoys'], breakdown: 'case-type' }],
    ['nb', 'hvor mange saker hadde spesialutsendingene i 2023 og hvilken type var vanligst?', { services: ['special-envoys'], breakdown: 'case-type' }],
  ])('[%s] %s', (lng, text, expected) => {
    expect(read(text, lng)?.query).toMatchObject(expected);
  });

  it('[en] "inquiries" and "persons" in quotes are the pair, and "totals" asks the sums', () => {
    expect(read("what's the difference between 'inquiries' and 'persons' in Kompetanseteamet's figures, and the totals for 2004-2008?", 'en')?.query).toMatchObject({
      metric: 'inquiries',
      alsoMetrics: ['persons'],
      mode: 'total',
    });
  });
});

describe('a split the sources do not publish, and a count asked beside another', () => {
  it.each<[Lang, string]>([
    ['nb', 'hvordan fordeler mangfoldsrådgivernes saker seg mellom videregående og voksenopplæringen i 2023?'],
    ['nn', 'kor mange av sakene til mangfaldsrådgjevarane var frå vidaregåande skular og kor mange frå vaksenopplæringa?'],
    ['en', 'how many cases did the diversity advisers have, split between upper secondary schools and adult education?'],
    ['pl', 'ile spraw doradców ds. różnorodności według typu szkoły?'],
  ])('[%s] %s → the cases by type of school, which the answer says it does not have', (lng, text) => {
    const query = read(text, lng)?.query;
    expect(query).toMatchObject({ services: ['diversity-advisers'], metric: 'cases', breakdown: 'school-type' });
    const answer = query ? answerStats(query, published) : undefined;
    expect(answer?.breakdownUnavailable).toBe(true);
    expect(answer?.figures.length).toBeGreaterThan(0);
  });

  it.each<[Lang, string]>([
    ['uk', 'скільки справ мали спецпосланці у 2023 році і скільки їх усього?'],
    ['ru', 'сколько дел было у спецпосланников в 2023 году и сколько их вообще?'],
  ])('[%s] %s → the cases and the envoys\' own number', (lng, text) => {
    expect(read(text, lng)?.query).toMatchObject({ services: ['special-envoys'], metric: 'cases', alsoMetrics: ['staff'] });
  });

  it('[en] the persons involved in the advisers\' 2008 cases are persons, split by gender, not the advisers', () => {
    expect(read('the minority advisers 2008, how many persons were involved and how many of them women?', 'en')?.query).toMatchObject({ metric: 'persons', breakdown: 'gender' });
  });

  it.each<[string]>([['ቁጽሪ Kompetanseteamet ሃበኒ። ኣብ ክንደይ ሰዓት እዮም ዝሰርሑ?'], ['ቁጽሪ ስልኪ Kompetanseteamet እንታይ እዩ?']])('[ti] %s → a phone number asked, no figure', (text) => {
    expect(read(text, 'ti')).toBeUndefined();
  });

  it('[ti] "ቁጽሪ" before what is counted is still a count', () => {
    expect(read('ቁጽሪ ጉዳያት ናይ Kompetanseteamet ኣብ 2022 ክንደይ ነይሩ?', 'ti')?.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', fromYear: 2022 });
  });

  const { chat } = oneAppPerFile();
  it('(fa) how many of them were women, after the advisers\' 2008 cases: 282 of 391 persons', async () => {
    await chat({ locale: 'fa-IR' })
      .send('مشاوران اقلیت در سال ۲۰۰۸ چند پرونده داشتند؟')
      .assertReply((reply) => expect(seen(reply)).toContain('381'))
      .send('چند نفرشون زن بودن؟')
      .assertReply((reply) => expect(seen(reply)).toContain('282'))
      .startTest();
  });
});

describe('the amount one organisation got of a grant (the national resource environments 2024)', () => {
  it.each<[Lang, string, string]>([
    ['en', 'how much money did NOAS receive from the national resource environments grant in 2024?', 'noas'],
    ['nb', 'hvor mye penger fikk MiRa-senteret som nasjonalt ressursmiljø i 2024?', 'mira'],
    ['nn', 'kor mykje fekk Bydelsmødre av tilskotet til nasjonale ressursmiljø i 2024?', 'bydelsmodre'],
  ])('[%s] %s → that organisation\'s amount', (lng, text, recipient) => {
    const query = read(text, lng)?.query;
    expect(query).toMatchObject({ services: ['national-resource-environments'], metric: 'funding-nok', breakdown: 'recipient', category: recipient, fromYear: 2024 });
    const answer = query ? answerStats(query, published) : undefined;
    expect(answer?.breakdown.map((f) => f.breakdown?.category)).toEqual([recipient]);
  });

  it('a year without the split says so, then the whole grant', () => {
    const query = read('hvor mye fikk NOAS av tilskuddet til nasjonale ressursmiljøer i 2023?', 'nb')?.query;
    const answer = query ? answerStats(query, published) : undefined;
    expect(answer?.breakdownUnavailable).toBe(true);
    expect(answer?.figures.map((f) => f.observations[0]?.value)).toEqual([37_500_000]);
  });

  it('the organisation\'s phone number is still a contact question', () => {
    expect(read('hva er telefonnummeret til SEIF?', 'nb')).toBeUndefined();
  });
});
