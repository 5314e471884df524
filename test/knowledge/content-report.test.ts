import type { Article } from '../../src/knowledge/article-schema';
import { buildContentReport, formatContentReport, reportHasErrors } from '../../src/knowledge/content-report';

const REVIEW = { nb: 'machine-assisted', nn: 'machine-assisted', en: 'machine-assisted' } as const;

function article(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    topic: 'phenomenon',
    title: { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
    short: { nb: 'En. To.', nn: 'Ein. To.', en: 'One. Two.' },
    steps: {},
    dont: {},
    phrasings: { nb: ['hva'], nn: ['kva'], en: ['what'] },
    relatedServices: [],
    followUps: [],
    openings: [],
    sources: [{ kind: 'seed', file: '001_e2d92cbbfe31b5d0.txt', title: 'IMDi årsrapport 2023', lines: [10, 12] }],
    review: REVIEW,
    ...overrides,
  };
}

describe('content report', () => {
  it('counts coverage per language and field, and optional fields only where an article has them', () => {
    const report = buildContentReport(
      [
        article('a', { steps: { nb: ['Ring'], nn: ['Ring'], en: ['Call'] } }),
        article('b', { steps: { nb: ['Meld'], en: ['Notify'] }, long: { nb: 'Lang tekst.', en: 'Long text.' } }),
        article('c'),
      ],
      { languages: ['nb', 'nn', 'en', 'ar'] },
    );
    expect(report.articleCount).toBe(3);
    expect(report.coverage.nb.short).toEqual({ present: 3, applicable: 3 });
    expect(report.coverage.nn.steps).toEqual({ present: 1, applicable: 2 });
    expect(report.coverage.nn.long).toEqual({ present: 0, applicable: 1 });
    expect(report.coverage.ar.title).toEqual({ present: 0, applicable: 3 });
    expect(report.review.nb).toEqual({ draft: 0, 'machine-assisted': 3, reviewed: 0, none: 0 });
    expect(report.review.ar.none).toBe(3);
  });

  it('lists the fallbacks a reader gets: nn → nb, other languages → en', () => {
    const report = buildContentReport([article('a', { steps: { nb: ['Ring'], en: ['Call'] } })], { languages: ['nb', 'nn', 'en', 'so'] });
    expect(report.fallbacks).toContainEqual({ articleId: 'a', field: 'steps', requested: 'nn', served: 'nb' });
    expect(report.fallbacks).toContainEqual({ articleId: 'a', field: 'short', requested: 'so', served: 'en' });
    expect(report.fallbacks.filter((f) => f.requested === 'nb' || f.requested === 'en')).toEqual([]);
  });

  it('treats an empty list as missing, so it falls back past it', () => {
    const report = buildContentReport([article('a', { dont: { nb: ['Ikke konfronter'], nn: [], en: ["Don't confront"] } })], {
      languages: ['nn'],
    });
    expect(report.coverage.nn.dont).toEqual({ present: 0, applicable: 1 });
    expect(report.fallbacks).toEqual([{ articleId: 'a', field: 'dont', requested: 'nn', served: 'nb' }]);
  });

  it('flags articles without sources and missing required nb/nn/en text as errors', () => {
    const clean = buildContentReport([article('a')]);
    expect(reportHasErrors(clean)).toBe(false);

    const report = buildContentReport([article('unsourced', { sources: [] }), article('no-nn', { short: { nb: 'En. To.', en: 'One. Two.' } })]);
    expect(report.withoutSources).toEqual(['unsourced']);
    expect(report.missingRequired).toEqual([{ articleId: 'no-nn', field: 'short', lng: 'nn' }]);
    expect(reportHasErrors(report)).toBe(true);
    const text = formatContentReport(report);
    expect(text).toContain('Articles without sources:\n  unsourced');
    expect(text).toContain('no-nn.short.nn');
    expect(text).toContain('no-nn.short: nn → nb');
  });

  it('checks seed citations against the seed files when their line counts are given', () => {
    const articles = [
      article('ok'),
      article('past-end', { sources: [{ kind: 'seed', file: '001_e2d92cbbfe31b5d0.txt', title: 'x', lines: [90, 120] }] }),
      article('unknown-file', { sources: [{ kind: 'seed', file: '009_0000000000000000.txt', title: 'x', lines: [1, 2] }] }),
      article('reversed', { sources: [{ kind: 'seed', file: '001_e2d92cbbfe31b5d0.txt', title: 'x', lines: [12, 10] }] }),
    ];
    expect(buildContentReport(articles).seedCitationsChecked).toBeUndefined();

    const report = buildContentReport(articles, { seedLineCounts: new Map([['001_e2d92cbbfe31b5d0.txt', 100]]) });
    expect(report.seedCitationsChecked).toBe(4);
    expect(report.seedProblems.map((p) => [p.articleId, p.problem])).toEqual([
      ['past-end', 'file has only 100 lines'],
      ['unknown-file', 'seed file not found'],
      ['reversed', 'line range is reversed'],
    ]);
    expect(reportHasErrors(report)).toBe(true);
    expect(formatContentReport(report)).toContain('Seed citations checked: 4, unresolved: 3.');
  });

  it('prints one coverage row per language', () => {
    const text = formatContentReport(buildContentReport([article('a')], { languages: ['nb', 'nn', 'en'] }));
    const rows = text.split('\n').filter((line) => /^(nb|nn|en)\t/.test(line));
    expect(rows).toEqual([
      'nb\t1/1\t1/1\t0/0\t0/0\t0/0\t1/1\t0\tmachine-assisted 1',
      'nn\t1/1\t1/1\t0/0\t0/0\t0/0\t1/1\t0\tmachine-assisted 1',
      'en\t1/1\t1/1\t0/0\t0/0\t0/0\t1/1\t0\tmachine-assisted 1',
    ]);
    expect(text).toContain('Every article has a source.');
  });
});
