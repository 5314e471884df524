import { answerStats } from '../../src/stats/answers/answer-stats';
import { statsCard } from '../../src/stats/answers/stats-card';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import type { StatsQueryModel } from '../../src/stats/answers/stats-query';
import { createI18n, fixedT } from '../../src/language/i18n';
import type { Lang } from '../../src/language/languages';
import { cardTexts } from '../../src/evaluation/conversation-eval';

/**
 * "How much did it go up?" on two published figures: both figures with their years and sources, the difference
 * computed from them (a percentage for counts), and the change the source itself states beside it (D02: the 2008
 * report's +28 % against 177 → 248, about +40 %). A doubt naming a value: what that value is in the sources.
 */
const published = loadPublishedSeed().figures;
const i18n = createI18n();
const kt = (query: Partial<StatsQueryModel>): StatsQueryModel => ({ service: 'kompetanseteamet', services: ['kompetanseteamet'], metric: 'cases', mode: 'difference', ...query });
const text = (query: StatsQueryModel, lng: Lang = 'nb') => cardTexts(statsCard(answerStats(query, published), lng, fixedT(i18n, lng))).join('\n');

describe('the difference between two published figures', () => {
  it('shows the two years only, not the years between, and the difference computed from them', () => {
    const answer = answerStats(kt({ fromYear: 2016, toYear: 2022 }), published);
    expect(answer.figures.map((f) => f.period)).toEqual([
      { kind: 'year', year: 2016 },
      { kind: 'year', year: 2022 },
    ]);
    expect(answer.difference?.from.values).toEqual([597]);
    expect(answer.difference?.to.values).toEqual([891]);
    expect(answer.difference?.change).toEqual({ min: 294, max: 294 });
    expect(answer.trend).toBeUndefined();
  });

  it('2021 → 2022: 759 and 891, 132 more, +17 %, each figure with its source', () => {
    const card = text(kt({ fromYear: 2021, toYear: 2022 }));
    expect(card).toContain('759');
    expect(card).toContain('891');
    expect(card).toMatch(/Fra 759 i 2021 til 891 i 2022: 132 flere \(\+17\s?%\)\./);
    expect(card).toContain('regnet ut av Veiviser');
    expect(card).toMatch(/bufdir\.no/);
  });

  it('a small change keeps a decimal rather than saying "unchanged" (597 → 595)', () => {
    expect(text(kt({ fromYear: 2016, toYear: 2018 }), 'en')).toContain('From 597 in 2016 to 595 in 2018: 2 fewer (−0.3%).');
  });

  it('D02: the source says +28 %, its own table gives about +40 %: both are shown, each with its source', () => {
    const answer = answerStats(kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), published);
    expect(answer.difference?.change).toEqual({ min: 71, max: 71 });
    expect(Math.round(answer.difference?.percent?.min ?? 0)).toBe(40);
    expect(answer.difference?.published.map((f) => f.observations[0]?.value)).toEqual([28]);
    const card = text(kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), 'en');
    expect(card).toContain('From 177 in 2007 to 248 in 2008: 71 more (+40%).');
    expect(card).toContain('The source itself gives the change from 2007 as 28%');
    expect(card).toContain('IMDi årsrapport 2008');
    expect(card).toContain("The source's own percentage (28%) does not match the one computed from the figures in the table (+40%).");
  });

  it('makes no difference with a year that has no figure of its own (the advisers in 2008: only a joint figure)', () => {
    const answer = answerStats({ service: 'diversity-advisers', services: ['diversity-advisers'], metric: 'cases', mode: 'difference', fromYear: 2008, toYear: 2023 }, published);
    // No separate 2008 figure for the advisers: no arithmetic on a figure that is not there.
    expect(answer.difference).toBeUndefined();
  });

  it('a year without a figure is said, with the nearest years that have one, and no difference is made up', () => {
    const answer = answerStats(kt({ fromYear: 2019, toYear: 2022 }), published);
    expect(answer.difference).toBeUndefined();
    expect(answer.missing).toEqual([expect.objectContaining({ years: [2019] })]);
    expect(answer.missing[0]?.nearest).toContain(2018);
    const card = text(kt({ fromYear: 2019, toYear: 2022 }), 'en');
    expect(card).toContain('891');
    expect(card).not.toMatch(/more \(|fewer \(/);
  });

  it('the card says the difference in every language', () => {
    for (const lng of ['nb', 'nn', 'en', 'ar', 'so', 'fa', 'ur', 'uk', 'ru', 'tr', 'pl', 'ti'] as const) {
      const card = text(kt({ fromYear: 2021, toYear: 2022 }), lng);
      expect(card).toContain('132');
      expect(card).toContain('17');
      expect(card).not.toMatch(/stats:difference/);
    }
  });
});

describe('a doubt that names another value', () => {
  const envoys = (claimed: StatsQueryModel['claimed']): StatsQueryModel => ({ service: 'special-envoys', services: ['special-envoys'], metric: 'cases', mode: 'value', fromYear: 2023, toYear: 2023, claimed });

  it('"trodde det var rundt 900" after the envoys\' 245: 245 stands, with its source in sight; ~900 is the advisers\' 899 / 897', () => {
    const answer = answerStats(envoys({ values: [900], approximate: true }), published);
    expect(answer.figures.map((f) => f.observations[0]?.value)).toEqual([245]);
    expect(answer.claimedMatches[0]).toMatchObject({ service: 'diversity-advisers', metric: 'cases' });
    const card = text(envoys({ values: [900], approximate: true }));
    expect(card).toContain('Tallet står slik kilden publiserer det');
    expect(card).toContain('245');
    expect(card).toContain('Kilde:');
    expect(card).toContain('899 / 897 saker · mangfoldsrådgiverne · 2023');
    expect(card).toContain('IMDis likestillingsredegjørelse 2023');
  });

  it('"jeg trodde det var 245" where 245 is the figure shown: says so', () => {
    expect(text(envoys({ values: [245], approximate: false }))).toContain('245 er det publiserte tallet som vises her.');
  });

  it('a value found nowhere is said to be none I have, never turned into a figure', () => {
    const card = text(envoys({ values: [3131], approximate: false }), 'en');
    expect(card).toContain('I have no published figure of 3\u00a0131 about this.');
  });

  it('"28 %" is matched among percentages only', () => {
    const answer = answerStats({ ...kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), claimed: { values: [28], approximate: false, percent: true } }, published);
    // The 28 % is the change the difference already shows beside its source.
    expect(answer.claimedMatches.every((f) => f.unit === 'percent')).toBe(true);
    expect(text({ ...kt({ metric: 'inquiries', fromYear: 2007, toYear: 2008 }), claimed: { values: [28], approximate: false, percent: true } }, 'en')).toContain('28 % is the published figure shown here.');
  });
});

// (session 23, issue #13)
describe('the sources\' discrepancies, when a figure they touch is asked', () => {
  const imdi = (query: Partial<StatsQueryModel>): StatsQueryModel => ({ service: 'imdi', services: ['imdi'], mode: 'value', ...query });

  it('D14: the 2025 sick leave (7.3 %) says what the table gives for men, women and in total', () => {
    const card = text(imdi({ metric: 'sick-leave', fromYear: 2025, toYear: 2025 }), 'en');
    expect(card).toContain('7.3');
    expect(card).toContain('3.33 % for men, 7.72 % for women and 7.30 % in total');
  });

  it('D11: the 49 temporary staff in 2023, with the text\'s 77.4 / 22.6 % and the table\'s 77.55 / 22.45 %', () => {
    const card = text(imdi({ metric: 'temporary-staff', fromYear: 2023, toYear: 2023 }), 'nb');
    expect(card).toContain('49');
    expect(card).toContain('77,4 %');
    expect(card).toContain('77,55 %');
  });

  it('a claimed change with no service named is found by its published value, and answered as the difference (D02)', () => {
    const answer = answerStats({ services: [], mode: 'value', fromYear: 2008, toYear: 2008, claimed: { values: [28], approximate: false, percent: true } }, published);
    expect(answer.query).toMatchObject({ services: ['kompetanseteamet'], metric: 'inquiries', mode: 'difference', fromYear: 2007, toYear: 2008 });
    expect(answer.difference?.from.values).toEqual([177]);
    expect(answer.difference?.to.values).toEqual([248]);
  });

  it('a value two services published is not given to either: the claim names no one service', () => {
    // 282: IMDi's staff in 2024, and the women and girls in the 2008 advisers' and envoys' cases.
    const answer = answerStats({ services: [], mode: 'value', claimed: { values: [282], approximate: false, percent: false } }, published);
    expect(answer.query.services).toEqual([]);
  });
});
