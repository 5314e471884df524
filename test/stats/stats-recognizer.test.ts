import { readFileSync } from 'node:fs';
import path from 'node:path';
import { statsCheck } from '../../src/evaluation/checks/stats-check';
import { loadEvalSets, parseEvalSet } from '../../src/evaluation/eval-set';
import { typedUnderstanding } from '../../src/evaluation/typed-understanding';
import { fallbackIntent } from '../../src/knowledge/guidance-feature';
import type { Lang } from '../../src/language/languages';
import { normalize } from '../../src/language/text';
import { projectRoot } from '../../src/paths/content-root';
import { statsQuerySchema } from '../../src/stats/answers/stats-query';
import { createStatsRecognizer, explicitYears, parseStatsQuestion, readStatsSlots, relativeYears } from '../../src/stats/answers/stats-recognizer';
import { claimReader } from '../../src/conversation/claimed-values';
import { loadFollowUpWords } from '../../src/conversation/follow-up-words';
import { createUnderstanding, prepareUtterance } from '../../src/understanding/understand';

// (was stats-recognizer.test.ts)
const now = new Date('2026-11-24T12:00:00Z');
const recognizer = createStatsRecognizer({ now: () => now });

function ask(text: string, lng: Lang = 'nb') {
  const [best] = recognizer.recognize(prepareUtterance(text, lng));
  return best;
}

function query(text: string) {
  const parsed = parseStatsQuestion(normalize(text), now);
  return parsed ? statsQuerySchema.parse(parsed.query) : undefined;
}

describe('statistics questions in plain language', () => {
  it.each([
    ['Hvor mange saker hadde mangfoldsrådgiverne i 2023?', 'nb', 'diversity-advisers', 'cases', 2023],
    ['kor mange saker hadde mangfaldsrådgivarane i 2023', 'nn', 'diversity-advisers', 'cases', 2023],
    ['How many cases did the diversity advisers have in 2023?', 'en', 'diversity-advisers', 'cases', 2023],
    ['hvor mange saker hadde minoritetsrådgiverne i 2023', 'nb', 'diversity-advisers', 'cases', 2023],
    ['antall saker spesialutsendinger 2023', 'nb', 'special-envoys', 'cases', 2023],
    ['kor mange saker hadde integreringsrådgivarane i 2023', 'nn', 'special-envoys', 'cases', 2023],
    ['how many cases did the envoys handle in 2023', 'en', 'special-envoys', 'cases', 2023],
    ['Hvor mange henvendelser fikk Kompetanseteamet mot tvangsekteskap i 2006?', 'nb', 'kompetanseteamet', 'inquiries', 2006],
    ['kor mange førespurnader fekk kompetanseteamet i 2007', 'nn', 'kompetanseteamet', 'inquiries', 2007],
    ['how many people did the expert team reach in 2023', 'en', 'expert-team', 'people-reached', 2023],
    ['hvor mange oppdrag hadde fagteamet i 2023', 'nb', 'expert-team', 'assignments', 2023],
    ['how many diversity advisers are there', 'en', 'diversity-advisers', 'staff', undefined],
    ['hvor mange spesialutsendinger finnes det', 'nb', 'special-envoys', 'staff', undefined],
    ['hvor mye penger fikk RVTS i 2024', 'nb', 'rvts', 'funding-nok', 2024],
    ['hvor mange visninger hadde sommerkampanjen', 'nb', 'nora', 'views', undefined],
    ['kor mange tilsette har IMDi', 'nn', 'imdi', 'staff', undefined],
    // "how many" after the counted noun (Urdu, Turkish, Dari word order): still the headcount.
    ['تنوع کے مشیر کتنے ہیں؟', 'ur', 'diversity-advisers', 'staff', undefined],
    ['Çeşitlilik danışmanları kaç kişi?', 'tr', 'diversity-advisers', 'staff', undefined],
    ['مشاوران تنوع چند نفر هستند؟', 'fa', 'diversity-advisers', 'staff', undefined],
    ['hvor mange saker hadde minoritets- og integreringsrådgiverne i 2008', 'nb', 'advisers-and-envoys', 'cases', 2008],
  ] as const)('%s → %s %s %s', (text, lng, service, metric, year) => {
    const best = ask(text, lng);
    expect(best?.intent.kind).toBe('stats');
    expect(best?.score).toBeGreaterThanOrEqual(0.5);
    if (best?.intent.kind !== 'stats') return;
    expect(best.intent.query).toMatchObject({ service, metric });
    expect(best.intent.query.fromYear).toBe(year);
    expect(best.intent.query.toYear).toBe(year);
  });

  it.each([
    'hva er kompetanseteamet',
    'Hva gjør mangfoldsrådgiverne?',
    'telefonnummer til Kompetanseteamet',
    'who are the special envoys',
    'en elev er redd for å bli giftet bort',
    'finnes det mangfoldsrådgiver i Vestland?',
    'worried a student will be sent to the home country',
    'hvor mange jenter blir kjønnslemlestet',
    'hvor mange blir utsatt for tvangsekteskap i Norge',
  ])(
    'leaves "%s" to the guidance and contact recognizers',
    (text) => {
      const best = ask(text);
      expect(best === undefined || best.score < 0.35).toBe(true);
    },
  );

  it('reads ranges and relative years against the turn clock (2026-11-24)', () => {
    expect(query('henvendelser til kompetanseteamet 2004–2008')).toMatchObject({ fromYear: 2004, toYear: 2008, mode: 'trend' });
    expect(query('saker hos kompetanseteamet fra 2016 til 2022')).toMatchObject({ fromYear: 2016, toYear: 2022 });
    expect(query('hvor mange saker hadde kompetanseteamet i fjor')).toMatchObject({ fromYear: 2025, toYear: 2025 });
    expect(query('how many cases did the envoys have last year')).toMatchObject({ fromYear: 2025, toYear: 2025 });
    expect(query('hvor mange saker har mangfoldsrådgiverne i år')).toMatchObject({ fromYear: 2026, toYear: 2026 });
    expect(query('antall saker kompetanseteamet siste fem år')).toMatchObject({ fromYear: 2021, toYear: 2025, mode: 'trend' });
    expect(query('kor mange saker dei siste 3 åra hos kompetanseteamet')).toMatchObject({ fromYear: 2023, toYear: 2025 });
    expect(query('cases for Kompetanseteamet over the past five years')).toMatchObject({ fromYear: 2021, toYear: 2025 });
    expect(relativeYears('i forfjor', 2026)).toEqual({ fromYear: 2024, toYear: 2024 });
    expect(explicitYears('mellom 2021 og 2022')).toEqual({ fromYear: 2021, toYear: 2022 });
    expect(explicitYears('ingen år her')).toBeUndefined();
  });

  it('reads breakdowns', () => {
    expect(query('hvilke land kom sakene til utsendingene fra')).toMatchObject({ service: 'special-envoys', breakdown: 'origin-country' });
    expect(query('which countries were the diversity advisers cases about')).toMatchObject({ breakdown: 'origin-country' });
    expect(query('fordelt på kjønn minoritets- og integreringsrådgiverne 2008')).toMatchObject({ metric: 'persons', breakdown: 'gender' });
    expect(query('hva gjaldt sakene til kompetanseteamet i 2022')).toMatchObject({ metric: 'cases', breakdown: 'case-type', fromYear: 2022 });
    expect(query('kva galdt sakene til kompetanseteamet i 2022')).toMatchObject({ breakdown: 'case-type' });
    expect(query('hvordan fordelte sakene til kompetanseteamet seg på type sak i 2022')).toMatchObject({ breakdown: 'case-type' });
    expect(query('how were kompetanseteamet cases in 2022 split by type')).toMatchObject({ breakdown: 'case-type' });
    // Nynorsk and definite gender words ask the gender split too.
    expect(query('kor mange av sakene til spesialutsendingane i 2023 gjaldt gutar')).toMatchObject({ breakdown: 'gender' });
    expect(query('hvor mange av jentene fikk hjelp av kompetanseteamet i 2022')).toMatchObject({ breakdown: 'gender' });
  });

  it('reads "numbers" of a year as figures, and a campaign\'s numbers as its reach', () => {
    expect(ask('kompetanseteamet numbers for 2019?', 'en')).toMatchObject({ intent: { kind: 'stats' } });
    expect(query('Nora pride campaign numbers 2023?')).toMatchObject({ service: 'nora', category: 'pride', metric: 'unique-users', alsoMetrics: ['views'] });
  });

  it('reads a campaign by name, and views and unique users asked together', () => {
    expect(query('how many views did the summer campaign get?')).toMatchObject({ service: 'nora', metric: 'views', breakdown: 'campaign', category: 'summer-holiday' });
    expect(query('kor mange visningar fekk sommarkampanjen')).toMatchObject({ breakdown: 'campaign', category: 'summer-holiday' });
    expect(query('Hvor mange visninger og unike brukere fikk Pride-kampanjen i 2023?')).toMatchObject({
      service: 'nora',
      breakdown: 'campaign',
      category: 'pride',
      metric: 'unique-users',
      alsoMetrics: ['views'],
    });
    expect(query('hvor mange så sommerferiekampanjen i 2023')).toMatchObject({ service: 'nora', breakdown: 'campaign', category: 'summer-holiday' });
    // A campaign's reach is its unique users.
    expect(query("what reach did IMDi's Pride campaign have in 2023")).toMatchObject({ metric: 'unique-users', category: 'pride' });
    expect(query('hvor mange lokale prosjekter fikk støtte i 2022')).toMatchObject({ metric: 'projects', breakdown: 'project-level', category: 'local' });
    expect(query('hvor mange nasjonale og lokale prosjekter var det i 2023')).toMatchObject({ breakdown: 'project-level' });
    expect(query('hvor mange nasjonale og lokale prosjekter var det i 2023')?.category).toBeUndefined();
    // The 2008 counties by their old names: Sør-Trøndelag and Vest-Agder are their own categories.
    expect(query('hvilke skoler i Sør-Trøndelag hadde minoritetsrådgiver i 2008')).toMatchObject({ breakdown: 'county', category: 'sor-trondelag' });
    expect(query('which schools in Vest-Agder had a minority adviser in 2008')).toMatchObject({ breakdown: 'county', category: 'vest-agder' });
    expect(query('hvor mange saker hadde mangfoldsrådgiverne i Agder i 2023')).toMatchObject({ breakdown: 'county', category: 'agder' });
    expect(query('hvilke skoler i Østfold hadde minoritetsrådgiver i 2008')).toMatchObject({ breakdown: 'county', category: 'ostfold' });
    // One "how many" for cases and girls still asks one thing.
    expect(query('hvor mange saker og jenter hadde mangfoldsrådgiverne i 2023')?.alsoMetrics).toBeUndefined();
  });

  it('reads a month before a year, the referrer of Kompetanseteamet\'s cases and IMDi\'s participation in it', () => {
    expect(query('hvor mange saker ble meldt til Kompetanseteamet i juni 2008')).toMatchObject({ service: 'kompetanseteamet', metric: 'cases', fromYear: 2008, month: 6 });
    expect(query('how many cases did Kompetanseteamet get in June 2008')).toMatchObject({ month: 6 });
    expect(query('hvor mange saker hadde Kompetanseteamet i 2008')?.month).toBeUndefined();
    expect(query('hvor mange saker kom fra minoritetsrådgiverne til Kompetanseteamet i juni 2008')).toMatchObject({ services: ['kompetanseteamet'], breakdown: 'referrer', month: 6 });
    expect(query('hvor stor er IMDis samlede deltakelse i Kompetanseteamet i 2024')).toMatchObject({ service: 'kompetanseteamet', metric: 'staff', breakdown: 'organisation' });
    expect(query('how many people got competence raising from the expert team in 2023')).toMatchObject({ service: 'expert-team', metric: 'people-reached' });
  });

  it('leaves a question for a list of things, or about an action plan named after a topic, to the articles', () => {
    expect(query('Hvilke fire tiltak fikk IMDi ansvar for i 2008?')).toBeUndefined();
    expect(query('Hvilke tiltak hadde IMDi ansvar for i handlingsplan mot tvangsekteskap 2008–2011?')).toBeUndefined();
    // A topic, a year and a number asked for are still figures.
    expect(query('hvor mange saker om tvangsekteskap hadde Kompetanseteamet i 2008')).toMatchObject({ service: 'kompetanseteamet', breakdown: 'case-type', category: 'forced-marriage' });
  });

  it('reads "how much" about a grant as its amount, not the organisations it names', () => {
    expect(query('kor mykje fekk dei nasjonale ressursmiljøa i 2024')).toMatchObject({ service: 'national-resource-environments', metric: 'funding-nok', fromYear: 2024 });
    expect(query('how much did RVTS get in 2023')).toMatchObject({ service: 'rvts', metric: 'funding-nok' });
    expect(query('hvor mange organisasjoner var nasjonale ressursmiljøer i 2023')).toMatchObject({ metric: 'organisations' });
  });

  it('reads comparisons, totals and trends', () => {
    expect(query('sammenlign mangfoldsrådgiverne og spesialutsendingene 2023')).toMatchObject({
      services: ['diversity-advisers', 'special-envoys'],
      mode: 'compare',
    });
    expect(query('compare the envoys and the diversity advisers in 2023')).toMatchObject({ services: ['special-envoys', 'diversity-advisers'], mode: 'compare' });
    expect(query('hvor mange saker totalt for alle tjenestene i 2023')).toMatchObject({
      services: ['diversity-advisers', 'special-envoys', 'kompetanseteamet'],
      mode: 'total',
    });
    expect(query('how many cases in total did the envoys and the advisers have in 2023')).toMatchObject({ mode: 'total' });
    expect(query('utviklingen i saker hos kompetanseteamet')).toMatchObject({ service: 'kompetanseteamet', mode: 'trend' });
    expect(query('has the number of cases at Kompetanseteamet increased')).toMatchObject({ mode: 'trend' });
  });

  it('recognises a request to register a case, in nb, nn and en', () => {
    for (const text of ['registrer sak', 'Registrere ny sak', 'registrer ei sak', 'register a case', 'jeg vil registrere en sak']) {
      expect(ask(text)?.intent).toEqual({ kind: 'register-case' });
    }
    expect(ask('hvor mange saker er registrert i 2023?')?.intent.kind).toBe('stats');
  });

  it('does not claim the other areas’ evaluation questions (guidance, contacts)', () => {
    const others = loadEvalSets(path.join(projectRoot(), 'test', 'eval')).filter((i) => i.expect.kind !== 'stats');
    const claimed = others.filter((i) => (ask(i.q, i.lang)?.score ?? 0) >= 0.35).map((i) => i.q);
    expect(claimed.length / Math.max(1, others.length)).toBeLessThanOrEqual(0.01);
  });
});

describe('statistics questions in the other answer languages', () => {
  it.each([
    ['كم عدد الحالات عند مستشاري التنوع في ٢٠٢٣', 'ar', 'diversity-advisers', 'cases', 2023],
    ['meeqa kiis ayay qabteen ergooyinka gaarka ah 2023', 'so', 'special-envoys', 'cases', 2023],
    ['Kompetanseteamet در سال ۲۰۲۲ چند پرونده داشت', 'fa', 'kompetanseteamet', 'cases', 2022],
    ['2023 میں mangfoldsrådgivere کے پاس کتنے کیس تھے', 'ur', 'diversity-advisers', 'cases', 2023],
    ['скільки звернень отримав Kompetanseteamet у 2022 році', 'uk', 'kompetanseteamet', 'inquiries', 2022],
    ['сколько дел было у спецпосланников в 2023 году', 'ru', 'special-envoys', 'cases', 2023],
    ["özel elçilerin 2023'te kaç vakası vardı", 'tr', 'special-envoys', 'cases', 2023],
    ['ile spraw miał Kompetanseteamet w 2022', 'pl', 'kompetanseteamet', 'cases', 2022],
    ['Kompetanseteamet ኣብ 2022 ክንደይ ጉዳያት ነይርዎ', 'ti', 'kompetanseteamet', 'cases', 2022],
  ] as const)('%s (%s) → %s, %s, %d', (text, lng, service, metric, year) => {
    const best = ask(text, lng);
    expect(best?.score).toBeGreaterThanOrEqual(0.85);
    expect(best?.intent).toMatchObject({ kind: 'stats', query: { service, metric, fromYear: year, toYear: year } });
  });

  it.each([
    ['كم مهمة نفذ الفريق المتخصص في IMDi سنة 2023', 'ar', 'expert-team', 'assignments', 2023],
    ['kooxda khubarada IMDi immisa qof ayay gaartay 2023', 'so', 'expert-team', 'people-reached', 2023],
    ['zespół ekspercki IMDi ile zleceń w 2023', 'pl', 'expert-team', 'assignments', 2023],
    ['скільки людей охопила фахова команда IMDi у 2023 році', 'uk', 'expert-team', 'people-reached', 2023],
    ["uzman ekip 2023'te kaç görev yaptı", 'tr', 'expert-team', 'assignments', 2023],
    ['сколько лекций провела Kompetanseteamet в 2008 году', 'ru', 'kompetanseteamet', 'lectures', 2008],
    ['скільки нових посад отримали радники з питань різноманіття у 2024 році', 'uk', 'diversity-advisers', 'positions', 2024],
    // The advisers named as "consultants" (uk, ru) or with "з" alone (uk), session 19.
    ['скільки справ мали консультанти з різноманіття у 2023 році', 'uk', 'diversity-advisers', 'cases', 2023],
    ['сколько дел было у консультантов по разнообразию в 2023 году', 'ru', 'diversity-advisers', 'cases', 2023],
    ['jakie finansowanie dostał Kompetanseteamet w 2024', 'pl', 'kompetanseteamet', 'funding-nok', 2024],
    ["Kompetanseteamet 2024'te ne kadar ek fon aldı", 'tr', 'kompetanseteamet', 'funding-nok', 2024],
  ] as const)('names the expert team, assignments, positions, lectures and funding: %s (%s) → %s, %s, %d', (text, lng, service, metric, year) => {
    const best = ask(text, lng);
    expect(best?.intent).toMatchObject({ kind: 'stats', query: { service, metric, fromYear: year, toYear: year } });
  });

  it('resolves "last year" in every language against the turn\'s clock', () => {
    for (const [text, lng] of [
      ['Kompetanseteamet العام الماضي كم حالة', 'ar'],
      ['tirakoobka Kompetanseteamet sanadkii hore', 'so'],
      ['Kompetanseteamet پارسال چند قضیه داشت', 'fa'],
      ['پچھلے سال Kompetanseteamet کے کتنے کیس تھے', 'ur'],
      ['скільки справ мав Kompetanseteamet минулого року', 'uk'],
      ['сколько дел у Kompetanseteamet в прошлом году', 'ru'],
      ['geçen yıl Kompetanseteamet kaç vaka aldı', 'tr'],
      ['ile spraw miał Kompetanseteamet w zeszłym roku', 'pl'],
      ['Kompetanseteamet ኣብ ዝሓለፈ ዓመት ክንደይ ጉዳያት ነይርዎ', 'ti'],
    ] as const) {
      expect(ask(text, lng)?.intent).toMatchObject({ kind: 'stats', query: { service: 'kompetanseteamet', fromYear: 2025, toYear: 2025 } });
    }
  });

  it('reads Polish "ile" (how many) only in Polish: in Turkish it means "with"', () => {
    expect(ask('Dışişleri Bakanlığı ile nasıl iletişime geçerim', 'tr')).toBeUndefined();
  });

  it('answers the Teams menu statistics command in every language with the overview', () => {
    for (const [text, lng] of [
      ['statistikk', 'nb'], ['statistics', 'en'], ['إحصاءات', 'ar'], ['tirakoob', 'so'], ['آمار', 'fa'], ['اعداد و شمار', 'ur'],
      ['статистика', 'uk'], ['статистика', 'ru'], ['istatistik', 'tr'], ['statystyki', 'pl'], ['ስታቲስቲክስ', 'ti'],
    ] as const) {
      const best = ask(text, lng);
      expect(best?.score).toBeGreaterThanOrEqual(0.99);
      expect(best?.intent).toEqual({ kind: 'stats', query: { services: [], mode: 'value' } });
    }
  });

  it('recognises the Teams menu register command in every language', () => {
    for (const [text, lng] of [
      ['تسجيل حالة', 'ar'], ['diiwaangeli kiis', 'so'], ['ثبت پرونده', 'fa'], ['کیس درج کریں', 'ur'], ['зареєструвати справу', 'uk'],
      ['зарегистрировать дело', 'ru'], ['vaka kaydet', 'tr'], ['zarejestruj sprawę', 'pl'], ['ጉዳይ መዝግብ', 'ti'],
    ] as const) {
      expect(ask(text, lng)?.intent).toEqual({ kind: 'register-case' });
    }
  });
});

describe('what the domain facts are asked about (scripts/domain-coverage.ts)', () => {
  it.each([
    ['hva var andel kvinner i toppledelsen i IMDi i 2023?', 'women-share', 'staff-group', 'top-management'],
    ['what was the share of women among middle managers at IMDi in 2025?', 'women-share', 'staff-group', 'middle-managers'],
    ['hvor stor andel av de ansatte i IMDi var kvinner i 2023?', 'women-share', undefined, undefined],
    ['hva var kvinners lønn i prosent av menns i IMDi i 2025?', 'pay-ratio', undefined, undefined],
    ['hvor høyt var sykefraværet i IMDi i 2023?', 'sick-leave', undefined, undefined],
    ['how many temporary employees did IMDi have in 2024?', 'temporary-staff', undefined, undefined],
  ] as const)('%s → %s, not persons by gender', (text, metric, breakdown, category) => {
    const q = query(text);
    expect([q?.metric, q?.breakdown, q?.category]).toEqual([metric, breakdown, category]);
  });

  it.each([
    ['hvor mye var tilskudd delmål C til nasjonale prosjekter i 2021?', 'funding-nok'],
    ['how much was the strengthening of Kompetanseteamet in 2024?', 'funding-nok'],
    ['how much did Udir contribute to Kompetanseteamet in 2024?', 'funding-nok'],
    ['hvor mye bidro Udir med til Kompetanseteamet i 2024?', 'funding-nok'],
    ['hvor mange prosjekter fikk tilskudd i 2023?', 'projects'],
  ] as const)('"how much" with a money word asks for the amount: %s → %s', (text, metric) => {
    expect(query(text)?.metric).toBe(metric);
  });

  it.each([
    'hva vet du om oppdrag 2024-10 for tildelingsbrevet i 2024?',
    'hva vet du om oppdrag 2024-12 for mangfoldsrådgiverne i 2024?',
    'what do you know about assignment 2023-28 for IMDi in 2023?',
  ])('a numbered allocation-letter task asks for no figure: %s', (text) => {
    expect(query(text)).toBeUndefined();
  });
});

describe('statistics questions in the other languages, as people type them', () => {
  it.each([
    ['2008 mein Kompetanseteamet ke paas kitni inquiries aayi thin aur kitne logon ke baare mein?', 'ur'],
    ['Сколько обращений получил Kompetanseteamet в 2008 году и сколько человек это касалось?', 'ru'],
  ] as const)('inquiries and, further on, "how many persons" asks both counts: "%s"', (text, lng) => {
    const best = ask(text, lng);
    expect(best?.intent.kind).toBe('stats');
    if (best?.intent.kind !== 'stats') return;
    expect([best.intent.query.metric, ...(best.intent.query.alsoMetrics ?? [])].sort()).toEqual(['inquiries', 'persons']);
  });

  it.each([
    ['2023 میں سپیشل اینوائے کے پاس کتنے کیس تھے؟', 'ur'],
    ['2023 میں خصوصی نمائندوں کے پاس کتنے کیس تھے؟', 'ur'],
  ] as const)('the envoys by the words Urdu writers use: "%s"', (text, lng) => {
    const best = ask(text, lng);
    expect(best?.intent.kind).toBe('stats');
    if (best?.intent.kind !== 'stats') return;
    expect(best.intent.query).toMatchObject({ service: 'special-envoys', metric: 'cases' });
  });
});

describe('splits the sources do not publish are read as splits, so the answer says so first', () => {
  it.each([
    ['Hvor mange av henvendelsene til Kompetanseteamet i 2021 kom fra barnevernet?', 'nb', 'referrer'],
    ['How many of the envoys\' cases in 2023 were referred by the police?', 'en', 'referrer'],
    ['hvor mange saker hadde mangfoldsrådgiverne per skole i 2023', 'nb', 'school'],
    ['case numbers for the diversity advisers school by school, 2023', 'en', 'school'],
    ['Ile spraw mieli doradcy ds. różnorodności w 2023 roku w każdej szkole?', 'pl', 'school'],
    ['Сколько дел было у советников по разнообразию в 2023 году по школам?', 'ru', 'school'],
  ] as const)('%s → %s', (text, lng, dimension) => {
    const best = ask(text, lng);
    expect(best?.intent.kind).toBe('stats');
    if (best?.intent.kind !== 'stats') return;
    expect(best.intent.query.breakdown).toBe(dimension);
    expect(best.intent.query.metric === 'cases' || best.intent.query.metric === 'inquiries').toBe(true);
  });

  it('a percentage of one group asks for a count in each part, not for the order of the parts', () => {
    expect(query('What share in percent of the envoys\' cases in 2023 were boys?')).toMatchObject({ breakdown: 'gender', countsPerPart: true });
  });

  it('"hva handla de fleste om" and "by category" ask for the case types', () => {
    expect(query('hvor mange saker hadde Kompetanseteamet i 2022, og hva handla de fleste om')).toMatchObject({ breakdown: 'case-type' });
    expect(query('how many cases did Kompetanseteamet have in 2022 by category')).toMatchObject({ breakdown: 'case-type' });
  });

  it('a remark after the question does not say what is counted', () => {
    expect(query('hvor mange saker om tvangsekteskap hadde spesialutsendingene i 2023? jeg skal holde et foredrag')).toMatchObject({ metric: 'cases', breakdown: 'case-type', category: 'forced-marriage' });
    expect(query('How many cases did the envoys have in 2023? It is for a talk at our staff meeting')).toMatchObject({ metric: 'cases' });
  });
});

describe('two things asked in one question', () => {
  it('the advisers\' headcount beside their cases (Polish "ilu było doradców … i ile spraw")', () => {
    expect(ask('ilu było doradców ds. różnorodności i ile mieli spraw w 2023?', 'pl')?.intent).toMatchObject({ kind: 'stats', query: { metric: 'cases', alsoMetrics: ['staff'] } });
  });
  it('two campaigns named: every campaign, not the first', () => {
    const best = ask('Сколько было просмотров у кампании на Прайд и у летней кампании?', 'ru');
    expect(best?.intent).toMatchObject({ kind: 'stats', query: { breakdown: 'campaign' } });
    expect(best?.intent.kind === 'stats' ? best.intent.query.category : 'none').toBeUndefined();
  });
  it('Nora\'s traffic asked in Turkish is its traffic share', () => {
    expect(ask('Nora trafiğinin yüzde kaçı kampanyalardan?', 'tr')?.intent).toMatchObject({ kind: 'stats', query: { service: 'nora', metric: 'traffic-share' } });
  });
  it('"fram til nå" runs a series to this year', () => {
    expect(query('utviklingen i antall saker hos Kompetanseteamet fra 2016 og fram til nå')).toMatchObject({ fromYear: 2016, toYear: 2026, mode: 'trend' });
  });
});

describe('short and romanised words for what is counted', () => {
  it('"spm" is questions (answered on ung.no)', () => {
    expect(ask('kor mange spm svarte mangfaldsrådgivarane på i 2023', 'nn')?.intent).toMatchObject({ kind: 'stats', query: { metric: 'answers' } });
  });
  it('romanised Urdu "kitne log" asks for persons beside the inquiries', () => {
    const best = ask('Kompetanseteamet 2007 mein kitni inquiries aur kitne log shamil the?', 'ur');
    const asked = best?.intent.kind === 'stats' ? [best.intent.query.metric, ...(best.intent.query.alsoMetrics ?? [])].sort() : [];
    expect(asked).toEqual(['inquiries', 'persons']);
  });
});

describe('a message read once by the statistics recognizer and the slots reader, in either order', () => {
  const turnEnds = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  // Own phrasings: no figure asked at all, gender words with and without a year (the years read only when a count of
  // persons needs them), every service at once (the recognizer's services differ from the slots'), a remark beside
  // the sentence that asks, and a story's own case.
  const messages: ReadonlyArray<readonly [string, Lang]> = [
    ['Hvordan tar jeg opp tvang med en elev som virker redd?', 'nb'],
    ['Kor mange jenter vart sende ut av landet?', 'nn'],
    ['Kor mange jenter vart sende ut av landet i 2021?', 'nn'],
    ['How much did all the services get together in 2022?', 'en'],
    ['Vi lager en rapport. Hvor mange henvendelser fikk Kompetanseteamet i fjor? Tallene skal i et vedlegg.', 'nb'],
    ['We had a case last year with a boy at our school; who can give us training?', 'en'],
    ['Ile spraw prowadzili doradcy ds. różnorodności w 2020 roku?', 'pl'],
  ];

  it.each(messages)('reads "%s" (%s) the same whoever reads it first', async (text, lng) => {
    const normalized = normalize(text);
    await turnEnds();
    const parsedAlone = parseStatsQuestion(normalized, now, lng);
    await turnEnds();
    const slotsAlone = readStatsSlots(normalized, now, lng);
    await turnEnds();
    const slotsFirst = readStatsSlots(normalized, now, lng);
    expect(parseStatsQuestion(normalized, now, lng)).toEqual(parsedAlone);
    expect(slotsFirst).toEqual(slotsAlone);
    await turnEnds();
    expect(parseStatsQuestion(normalized, now, lng)).toEqual(parsedAlone);
    expect(readStatsSlots(normalized, now, lng)).toEqual(slotsAlone);
  });

  it('asks for no figures when the message names no number, service or thing counted, and reads gender words with a year as persons', () => {
    expect(parseStatsQuestion(normalize('Hvordan tar jeg opp tvang med en elev som virker redd?'), now, 'nb')).toBeUndefined();
    expect(parseStatsQuestion(normalize('Kor mange jenter vart sende ut av landet?'), now, 'nn')?.query.metric).not.toBe('persons');
    const withYear = parseStatsQuestion(normalize('Kor mange jenter vart sende ut av landet i 2021?'), now, 'nn');
    expect(withYear?.query).toMatchObject({ metric: 'persons', fromYear: 2021, toYear: 2021 });
  });
});

// Issue #13 (session 22): what one envoy's post covers, asked with the word "cases", is the post's contact card (the
// contacts recognizer's 0.99 for a named post), not the envoys' figures split by country; a number, a year or a word
// for figures makes it a figure question again. Written for this test.
describe('which countries one envoy post covers is no figure question', () => {
  it.each<[string, Lang]>([
    ['Which countries does the envoy stationed in Nairobi take cases from?', 'en'],
    ['Hvilke lands saker følger spesialutsendingen i Amman opp?', 'nb'],
    ['نیروبی میں موجود خصوصی ایلچی کن ملکوں کے کیس دیکھتا ہے؟', 'ur'],
    ['المبعوث في عمّان يتابع قضايا أي بلدان؟', 'ar'],
    ['نماینده ویژه در آنکارا به پرونده‌های کدام کشورها می‌پردازد؟', 'fa'],
  ])('"%s" (%s) scores below a named post\'s contact reading', (text, lng) => {
    expect(ask(text, lng)?.score ?? 0).toBeLessThan(0.99);
  });

  it.each<[string, Lang]>([
    ['How many cases from which countries did the envoy in Nairobi have in 2023?', 'en'],
    ['Hvor mange saker fra hvilke land hadde spesialutsendingen i Amman i 2023?', 'nb'],
  ])('"%s" (%s) with a number or a year is still a figure question', (text, lng) => {
    const best = ask(text, lng);
    expect(best?.intent.kind).toBe('stats');
    expect(best?.score ?? 0).toBeGreaterThanOrEqual(0.99);
  });
});

// (was stats-eval.test.ts)
const items = parseEvalSet('stats', JSON.parse(readFileSync(path.join(projectRoot(), 'test', 'eval', 'stats.json'), 'utf8')));
const understand = typedUnderstanding(createUnderstanding([createStatsRecognizer({ now: () => new Date('2026-11-24T12:00:00Z') })], { isDanger: () => false }, { fallback: fallbackIntent }));

describe('statistics evaluation set (test/eval/stats.json) through the statistics recognizer', () => {
  it('has at least 120 questions in nb, nn and en', () => {
    expect(items.length).toBeGreaterThanOrEqual(120);
    expect(new Set(items.map((i) => i.lang))).toEqual(new Set(['nb', 'nn', 'en']));
  });

  it('understands at least 95 % of them with the expected service, metric and year', () => {
    const failures = items
      .map((item) => ({ item, verdict: statsCheck(item, understand(item.q, item.lang)) }))
      .filter((r) => !r.verdict.pass)
      .map((r) => `${r.item.q} → ${r.verdict.got} (expected ${JSON.stringify(r.item.expect)})`);
    expect(failures.length / items.length).toBeLessThanOrEqual(0.05);
    // Printed so the report shows what to improve.
    if (failures.length > 0) console.info(failures.join('\n'));
  });
});

// (was story-not-figures.test.ts)
/**
 * A long story that names a service and words a split could be made by (a girl, her father: gender) asks for help,
 * not for figures, unless it also uses a word for figures or statistics (session 15: a Polish school nurse's story
 * that ends "we have no diversity adviser here" got the advisers' 2008 figures split by gender). A short question
 * with the same words still reads as one ("the advisers' cases, girls and boys?"). Written for this test.
 */

describe('a story is not a figure question', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const parse = (text: string, lng: 'pl' | 'en' | 'nb') => parseStatsQuestion(normalize(text), now, lng);
  it.each([
    ['pl', 'Jestem nauczycielką w szkole średniej. Uczennica, 16-letnia dziewczyna, powiedziała mi dziś, że ojciec chce ją wydać za mąż za kuzyna w czasie wakacji i że boi się wrócić do domu. Co mam zrobić? Nie mamy w szkole doradcy ds. różnorodności.'],
    ['en', 'I am a school nurse. A 15-year-old girl told me today that her father has promised her to a cousin and that they will travel this summer for the wedding. She is terrified. What should I do? Our school has no diversity adviser.'],
  ] as const)('%s: a long story with a service and a girl is no statistics reading', (lng, text) => {
    expect(parse(text, lng)).toBeUndefined();
  });

  it.each([
    ['en', "diversity advisers' cases by gender?"],
    ['en', 'Can you give me the statistics for the diversity advisers split by gender? I need them for a report I am writing for the municipality about girls and boys in upper secondary school.'],
  ] as const)('%s: still a figure question: %s', (lng, text) => {
    expect(parse(text, lng)).toBeDefined();
  });
});

// (was training-and-which.test.ts)
/**
 * Session 17, own phrasings: a wish for training told in a long story that says "this year" is no count of lectures
 * or assignments; "which" asks for a split only in the sentence that names the split ("Which envoy covers Eritrea?
 * And FGM?" is a contact question and a topic, not the envoys' FGM cases). Counts still asked are still read.
 */

describe('statistics reader: training wished for, and "which" in another sentence', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const parse = (text: string) => parseStatsQuestion(normalize(text), now, 'en');
  it('a long story asking who could give a lecture is no figure question', () => {
    const story =
      'We run a youth club in the municipality and this year we started a girls group on Thursdays, which has gone really well so far. Some of the leaders want to know more about honour-related control. Who could give the leaders a lecture?';
    expect(parse(story)).toBeUndefined();
  });

  it.each(['how many lectures did IMDi give in 2023?', 'the expert team assignments last year'])('a count still asked: %s', (text) => {
    expect(parse(text)).toBeDefined();
  });

  it('"which" in the sentence asking for a contact does not make a split of the next sentence', () => {
    expect(parse('Which envoy covers Eritrea? And FGM?')).toBeUndefined();
  });

  it('"which" in the sentence naming the split still asks for it', () => {
    expect(parse('How many cases did the envoys have in 2023? Which countries were they from?')?.query).toMatchObject({ breakdown: 'origin-country' });
  });
});

// (was two-part-questions.test.ts)
/**
 * Issue #13: a statistics question with two parts keeps both: a count and how many staff ("how many cases, and how
 * many advisers were there?"), a count and what most cases were about, a count and the countries of origin. The
 * card answers every part it reads (alsoMetrics, a breakdown beside the total); a part the reading drops is lost.
 */
const NOW = new Date('2026-06-01T12:00:00Z');
const read = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), NOW, lng)?.query;

describe('a count and the number of staff, in one question', () => {
  it.each<[Lang, string]>([
    ['nb', 'Hvor mange saker hadde mangfoldsrådgiverne i 2023, og hvor mange rådgivere var det?'],
    ['en', 'How many cases did the diversity advisers have in 2023 and how many advisers were there?'],
    ['ar', 'كم عدد المستشارين (mangfoldsrådgivere) في 2023 وكم حالة تعاملوا معها؟'],
    ['so', 'Immisa la-taliye ayaa jiray 2023 (mangfoldsrådgivere) immisa kiisna way qabteen?'],
    ['fa', 'مشاوران تنوع (mangfoldsrådgivere) در ۲۰۲۳ چند پرونده داشتند و چند مشاور بودند؟'],
    ['ur', '2023 میں کتنے مشیر (mangfoldsrådgivere) تھے اور ان کے پاس کتنے کیس تھے؟'],
    ['uk', 'Скільки було радників (mangfoldsrådgivere) у 2023 і скільки справ вони мали?'],
    ['ru', 'Сколько было советников (mangfoldsrådgivere) в 2023 и сколько дел они вели?'],
    ['tr', "2023'te kaç danışman vardı ve kaç vaka oldu (mangfoldsrådgivere)?"],
    ['pl', 'Ilu było doradców (mangfoldsrådgivere) w 2023 i ile spraw prowadzili?'],
  ])('[%s] %s → cases and staff', (lng, text) => {
    const query = read(text, lng);
    expect(query?.services).toEqual(['diversity-advisers']);
    expect([query?.metric, ...(query?.alsoMetrics ?? [])].sort()).toEqual(['cases', 'staff']);
  });
});

describe('a count and what most cases were about, or where the people came from', () => {
  it.each<[Lang, string, 'case-type' | 'origin-country']>([
    ['en', 'How many cases did the envoys have in 2023, and what were most of them about?', 'case-type'],
    ['ar', 'كم حالة لدى المبعوثين الخاصين في 2023؟ وعن ماذا كانت أغلبها؟', 'case-type'],
    ['ar', 'كم حالة كانت لدى المبعوثين الخاصين (spesialutsendinger) في 2023 وما هي بلدان الأصل الأكثر شيوعا؟', 'origin-country'],
    ['ru', 'Сколько дел было у spesialutsendinger в 2023 году и о чем было большинство из них?', 'case-type'],
    ['tr', "2023'te spesialutsendinger kaç vakaya baktı ve vakaların çoğu ne hakkındaydı?", 'case-type'],
    ['ti', 'ኣብ 2023 spesialutsendinger ክንደይ ጉዳያት ነይሮም? መብዛሕትኦም ብዛዕባ እንታይ እዮም?', 'case-type'],
    ['uk', 'Скільки справ мали spesialutsendinger у 2023 році і з яких країн походили люди?', 'origin-country'],
  ])('[%s] %s → the count and its %s', (lng, text, breakdown) => {
    expect(read(text, lng)).toMatchObject({ services: ['special-envoys'], metric: 'cases', fromYear: 2023, breakdown });
  });

  it.each<[Lang, string]>([
    ['nb', 'Hvor mange saker hadde Kompetanseteamet i 2022, og hvor mange av dem gjaldt ufrivillig utenlandsopphold?'],
    ['fa', 'Kompetanseteamet در سال ۲۰۲۲ چند پرونده داشت و چند تا از آن‌ها مربوط به ماندن اجباری در خارج بود؟'],
  ])('[%s] %s → the total and the one case type', (lng, text) => {
    expect(read(text, lng)).toMatchObject({ services: ['kompetanseteamet'], metric: 'cases', breakdown: 'case-type', category: 'involuntary-stay-abroad' });
  });
});

describe('the advisers at the embassies are the envoys; a count of schools is asked by its own words', () => {
  it.each<[Lang, string]>([
    ['en', 'In 2008, how many advisers were hired at the embassies?'],
    ['ti', 'ኣብ 2008 ክንደይ ኣማኸርቲ ኣብ ኤምባሲታት ተቖጺሮም?'],
  ])('[%s] %s → the envoys’ staff', (lng, text) => {
    expect(read(text, lng)).toMatchObject({ services: ['special-envoys'], metric: 'staff', fromYear: 2008 });
  });

  it('keeps the school advisers when the embassy belongs to another part of the question', () => {
    expect(read('How many cases did the advisers have in 2023, and which embassy covers Somalia?', 'en')?.services).toEqual(['diversity-advisers']);
  });

  it.each<[Lang, string]>([
    ['pl', 'Czy w 2008 byli już doradcy mniejszościowi w szkołach w Oslo? W ilu szkołach?'],
    ['ru', 'В скольких школах в Осло работали советники (minoritetsrådgivere) в 2008 году?'],
  ])('[%s] %s → schools', (lng, text) => {
    expect(read(text, lng)).toMatchObject({ metric: 'schools', fromYear: 2008 });
  });
});

describe('the staff and the schools of 2008 in one question', () => {
  // Both are published with their source, so the statistics card answers both (the history reader steps back).
  it('[ru] Сколько было советников (minoritetsrådgivere) в 2008 году и в скольких школах они работали?', () => {
    const query = read('Сколько было советников (minoritetsrådgivere) в 2008 году и в скольких школах они работали?', 'ru');
    expect([query?.metric, ...(query?.alsoMetrics ?? [])].sort()).toEqual(['schools', 'staff']);
  });
});

// (session 23, issue #13)
describe('a claim about a figure checked: the values named, and the years a claimed change compares', () => {
  const claims = createStatsRecognizer({ now: () => now, readClaim: claimReader(loadFollowUpWords()) });
  const read = (text: string, lng: Lang) => {
    const candidate = claims.recognize(prepareUtterance(text, lng))[0];
    return candidate?.intent.kind === 'stats' ? candidate : undefined;
  };

  it.each<[Lang, string]>([
    ['nb', 'Årsrapporten påstår at Kompetanseteamet fikk 28 prosent flere henvendelser i 2008 – er det riktig?'],
    ['en', 'I read that the inquiries to Kompetanseteamet rose by 28% in 2008, does that add up?'],
    ['uk', 'Я чула, що звернення до Kompetanseteamet у 2008 році зросли на 28%. Чи це так?'],
  ])('[%s] a percentage claimed for one year is the change from the year before: %s', (lng, text) => {
    const parsed = read(text, lng);
    expect(parsed?.score).toBeGreaterThanOrEqual(0.93);
    expect(parsed?.intent.kind === 'stats' && parsed.intent.query).toMatchObject({ mode: 'difference', fromYear: 2007, toYear: 2008, claimed: { values: [28], percent: true } });
  });

  it('a count claimed with a year but no service is a figures question with the value named', () => {
    const parsed = read('is it correct that there were 245 cases in 2023?', 'en');
    expect(parsed?.intent.kind === 'stats' && parsed.intent.query).toMatchObject({ services: [], metric: 'cases', fromYear: 2023, claimed: { values: [245], percent: false } });
  });

  it.each<[Lang, string]>([
    ['nb', 'Jeg har hørt at Kompetanseteamet kan hjelpe en jente på 17 år, stemmer det?'],
    ['nb', 'Stemmer det at telefonnummeret til Kompetanseteamet er 478 09 050?'],
    ['en', 'I heard a 16-year-old can call the youth line herself, is that true?'],
  ])('[%s] an age or a phone number checked is not a claim about a figure: %s', (lng, text) => {
    const parsed = read(text, lng);
    expect(parsed?.intent.kind === 'stats' ? parsed.intent.query.claimed : undefined).toBeUndefined();
  });
});

/** Session 24 (facts24, issue #13): the split by country of origin and the envoys' training, asked in everyday words. Own phrasings. */
describe('countries of origin and training asked in everyday words (facts24)', () => {
  const at = new Date('2026-12-05T12:00:00Z');
  const parse = (text: string, lng: Lang) => parseStatsQuestion(normalize(text), at, lng);

  it.each<[Lang, string]>([
    ['fa', 'مشاوران اقلیت در ۲۰۲۳ بیشتر با مردم چه کشورهایی سروکار داشتند؟'],
    ['fa', 'کسانی که مشاوران تنوع کمک کردند از کدام کشورها بودند؟'],
    ['ar', 'ما هي البلدان التي جاء منها معظم من ساعدهم مستشارو التنوع عام 2023؟'],
    ['so', 'La-taliyayaasha kala duwanaanshaha kiisaskooda 2023 waddamo kuwee ayay ka yimaadeen?'],
    ['pl', 'Z których państw pochodziła większość osób w sprawach doradców ds. różnorodności w 2023?'],
    ['ti', 'ኣማኸርቲ ብዙሕነት ኣብ 2023 ዝሓገዝዎም ሰባት ካብ ኣየኖት ሃገራት እዮም?'],
    ['uk', 'З яких держав здебільшого були люди у справах радників з питань різноманіття 2023 року?'],
  ])('[%s] which countries the advisers’ cases came from is the split by country of origin: %s', (lng, text) => {
    const parsed = parse(text, lng);
    expect(parsed?.query).toMatchObject({ services: ['diversity-advisers'], breakdown: 'origin-country' });
    expect(parsed?.score).toBeGreaterThanOrEqual(0.85);
  });

  it.each<[Lang, string]>([
    ['en', 'How much training did the special envoys deliver in Norway in 2023?'],
    ['nb', 'Hvor mange kurs hadde spesialutsendingene i Norge i 2023?'],
    ['nn', 'Kor mykje opplæring heldt spesialutsendingane i 2023?'],
    ['ur', 'خصوصی نمائندوں نے 2023 میں کتنی تربیتی نشستیں اور ٹریننگ کروائی؟'],
    ['fa', 'نمایندگان ویژه در ۲۰۲۳ چند کارگاه آموزشی در نروژ داشتند؟'],
    ['ar', 'كم دورة تدريبية نظم المبعوثون الخاصون في النرويج سنة 2023؟'],
    ['so', 'Ergayada gaarka ah immisa koorso ayay bixiyeen 2023?'],
    ['uk', 'Скільки семінарів для фахівців провели спецпосланці у 2023 році?'],
    ['ru', 'Сколько семинаров для специалистов провели специальные посланники в 2023 году?'],
    ['tr', 'Özel temsilciler 2023 yılında kaç eğitim düzenledi?'],
    ['pl', 'Ile warsztatów poprowadzili specjalni wysłannicy w 2023?'],
    ['ti', 'ፍሉያት ልኡኻት ብ2023 ክንደይ ስልጠናታት ኣካይዶም?'],
  ])('[%s] the envoys’ training or courses count their competence-raising assignments, never their cases: %s', (lng, text) => {
    expect(parse(text, lng)?.query).toMatchObject({ services: ['special-envoys'], metric: 'assignments' });
  });

  it.each<[Lang, string]>([
    ['pl', 'Pracuję w NAV jako doradca. Klientka, 41 lat, mieszka tu od 2018, chodzi na kurs norweskiego i praktykę. Rodzina zerwała z nią kontakt. Gdzie mogę ją skierować po wsparcie?'],
    ['nb', 'Jeg er rådgiver i NAV. Brukeren har bodd her siden 2017 og går på kurs i norsk. Familien har brutt kontakten. Hvem kan hun snakke med om dette, og hvor kan jeg henvise henne videre?'],
  ])('[%s] a course and a year told in a long story ask for no count of assignments: %s', (lng, text) => {
    const parsed = parse(text, lng);
    expect(parsed === undefined || parsed.query.metric !== 'assignments' || parsed.score < 0.5).toBe(true);
  });

  it('does not read adult education as training', () => {
    expect(parse('Hvor mange mangfoldsrådgivere jobbet i voksenopplæringen i 2023?', 'nb')?.query.metric).not.toBe('assignments');
  });
});
