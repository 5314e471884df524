import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readerSource, sourceForReviewers, type Source } from '../../src/content/source';
import { projectRoot } from '../../src/paths/content-root';
import { statsCard, valueLabel } from '../../src/stats/answers/stats-card';
import { createI18n, fixedT } from '../../src/language/i18n';
import { prepareUtterance } from '../../src/understanding/understand';
import { answerStats } from '../../src/stats/answers/answer-stats';
import { loadPublishedSeed } from '../../src/stats/store/published-seed';
import { hasDiscrepancy, publishedSeedSchema } from '../../src/stats/store/published-figure';
import { createStatsRecognizer } from '../../src/stats/answers/stats-recognizer';
import { QUESTION_LANGUAGES, questionFor } from './fixtures/questions';

const seed = loadPublishedSeed();
const i18n = createI18n();
const now = new Date('2026-11-24T12:00:00Z');
const recognizer = createStatsRecognizer({ now: () => now });

/** The source documents, as a developer sees them beside the repository. */
const SEEDS_DIR = path.join(projectRoot(), '..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS_DIR);

describe('published figures seed (content/stats/published.json)', () => {
  it('parses, is versioned and has unique ids', () => {
    expect(seed.seedVersion).toBeGreaterThanOrEqual(1);
    expect(new Set(seed.figures.map((f) => f.id)).size).toBe(seed.figures.length);
    expect(seed.figures.length).toBeGreaterThan(80);
  });

  it('refuses a figure without a source, or with a field it does not know', () => {
    const [first] = seed.figures;
    expect(publishedSeedSchema.safeParse({ seedVersion: 1, figures: [{ ...first, observations: [{ value: 1 }] }] }).success).toBe(false);
    expect(publishedSeedSchema.safeParse({ seedVersion: 1, figures: [{ ...first, guessed: true }] }).success).toBe(false);
    expect(publishedSeedSchema.safeParse({ seedVersion: 1, figures: [first, first] }).success).toBe(false);
  });

  it('has the case-related figures of the domain brief', () => {
    const value = (id: string) => {
      const figure = seed.figures.find((f) => f.id === id);
      return figure?.kind === 'value' ? [...new Set(figure.observations.map((o) => o.value))] : undefined;
    };
    expect(value('diversity-advisers.cases.2023')).toEqual([899, 897]);
    expect(value('special-envoys.cases.2023')).toEqual([245]);
    expect(value('expert-team.assignments.2023')).toEqual([63]);
    expect(value('expert-team.people-reached.2023')).toEqual([3500]);
    expect(['2004', '2005', '2006', '2007', '2008', '2004-2008'].map((y) => value(`kompetanseteamet.inquiries.${y}`))).toEqual([[11], [93], [116], [177], [248], [645]]);
    expect(['2004', '2005', '2006', '2007', '2008', '2004-2008'].map((y) => value(`kompetanseteamet.persons.${y}`))).toEqual([[13], [105], [129], [196], [269], [712]]);
    expect(['2016', '2018', '2021', '2022'].map((y) => value(`kompetanseteamet.cases.${y}`))).toEqual([[597], [595], [759], [891]]);
    expect(value('advisers-and-envoys.cases.2008')).toEqual([381]);
    expect(value('advisers-and-envoys.persons.2008')).toEqual([391]);
  });

  it('lists ranked countries of origin without inventing counts', () => {
    const ranking = seed.figures.find((f) => f.id === 'diversity-advisers.origin-country.2023');
    expect(ranking).toMatchObject({ kind: 'ranking', categories: ['IQ', 'SO', 'AF', 'PK', 'SY'] });
    expect(seed.figures.some((f) => f.kind === 'value' && f.breakdown?.dimension === 'origin-country')).toBe(false);
  });

  it('keeps both values of every discrepancy (D01: 899 and 897)', () => {
    const disagreeing = seed.figures.filter((f) => f.kind === 'value' && hasDiscrepancy(f)).map((f) => f.id);
    expect(disagreeing).toEqual(expect.arrayContaining(['diversity-advisers.cases.2023', 'imdi.staff.2022']));
  });

  (seedsPresent ? it : it.skip)('cites lines that contain the quoted words and the number (checked against shared/seeds)', () => {
    const files = new Map<string, string[]>();
    const lines = (file: string) => {
      let cached = files.get(file);
      if (!cached) files.set(file, (cached = readFileSync(path.join(SEEDS_DIR, file), 'utf8').split('\n')));
      return cached;
    };
    const problems: string[] = [];
    const check = (id: string, source: Source, quote: string | undefined) => {
      if (source.kind !== 'seed') return;
      const [from, to] = source.lines;
      const text = lines(source.file).slice(from - 1, to).join('\n');
      if (!quote || !text.includes(quote)) problems.push(`${id}: quote not on ${source.file}:${from}-${to}`);
    };
    for (const figure of seed.figures) {
      if (figure.kind === 'ranking') check(figure.id, figure.source, figure.quote);
      else for (const o of figure.observations) check(figure.id, o.source, o.quote);
    }
    expect(problems).toEqual([]);
  });

  it('cites a public page with the date it was read for figures outside the seeds', () => {
    const web = seed.figures.flatMap<{ source: Source }>((f) => (f.kind === 'value' ? f.observations : [f])).filter((o) => o.source.kind === 'web');
    expect(web.length).toBeGreaterThanOrEqual(8);
    for (const o of web) expect(sourceForReviewers(o.source)).toMatch(/^.+ – https:\/\/((www\.)?bufdir\.no|kommunikasjon\.ntb\.no\/pressemelding)\/.+ \(\d{4}-\d{2}-\d{2}\)$/);
  });
});

describe('every published figure answers at least one natural question', () => {
  const cases = seed.figures.flatMap((figure) => QUESTION_LANGUAGES.map((lng) => [figure.id, lng, questionFor(figure, lng), figure] as const));

  it.each(cases)('%s (%s): %s', (_id, lng, question, figure) => {
    const candidates = recognizer.recognize(prepareUtterance(question, lng));
    const best = candidates[0];
    expect(best?.intent.kind).toBe('stats');
    expect(best?.score).toBeGreaterThanOrEqual(0.5);
    if (best?.intent.kind !== 'stats') return;
    const answer = answerStats(best.intent.query, seed.figures);
    const shown = [...answer.figures, ...answer.breakdown, ...answer.rankings].map((f) => f.id);
    expect(shown).toContain(figure.id);

    // What the user sees: the number (with its wording, "just under 200") and where it comes from.
    const t = fixedT(i18n, lng);
    const json = JSON.stringify(statsCard(answer, lng, t));
    if (figure.kind === 'value') {
      for (const o of figure.observations) {
        expect(json).toContain(JSON.stringify(valueLabel(figure, o, lng, t)).slice(1, -1));
        expect(json).toContain(JSON.stringify(readerSource(o.source, lng, t).text).slice(1, -1));
      }
    } else {
      expect(json).toContain(JSON.stringify(readerSource(figure.source, lng, t).text).slice(1, -1));
    }
    // As a reader knows it: never the seed file or its line numbers.
    expect(json).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|\bl\. \d+–\d+/);
  });
});
