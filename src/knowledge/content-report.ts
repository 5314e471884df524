import { pick } from '../content/localized';
import { LANGUAGES, type Lang } from '../language/languages';
import { CORE_LANGUAGES, REVIEW_STATUSES, type Article, type ReviewStatus } from './article-schema';

export const REPORT_FIELDS = ['title', 'short', 'long', 'steps', 'dont', 'phrasings'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** Fields every article must have in nb, nn and en. */
const REQUIRED_FIELDS: readonly ReportField[] = ['title', 'short', 'phrasings'];

export interface FieldCoverage {
  /** Articles with the field in this language. */
  readonly present: number;
  /** Articles the field applies to: all for title/short/phrasings; for optional fields, those that have it in any language. */
  readonly applicable: number;
}

export interface Fallback {
  readonly articleId: string;
  readonly field: ReportField;
  readonly requested: Lang;
  /** The language the reader gets instead (nn → nb → en; others → en → nb). */
  readonly served: Lang;
}

export interface MissingField {
  readonly articleId: string;
  readonly field: ReportField;
  readonly lng: Lang;
}

export interface SeedRangeProblem {
  readonly articleId: string;
  readonly file: string;
  readonly lines: readonly [number, number];
  readonly problem: string;
}

export interface ContentReport {
  readonly articleCount: number;
  readonly languages: readonly Lang[];
  readonly coverage: Readonly<Record<Lang, Readonly<Record<ReportField, FieldCoverage>>>>;
  readonly withoutSources: readonly string[];
  readonly missingRequired: readonly MissingField[];
  readonly fallbacks: readonly Fallback[];
  readonly review: Readonly<Record<Lang, Readonly<Record<ReviewStatus | 'none', number>>>>;
  /** Seed citations whose file or line range does not exist; only checked when seed line counts are given. */
  readonly seedProblems: readonly SeedRangeProblem[];
  /** How many seed citations were checked; undefined when no seed line counts were given. */
  readonly seedCitationsChecked: number | undefined;
}

type FieldValue = Partial<Record<Lang, string | readonly string[]>>;

function fieldOf(article: Article, field: ReportField): FieldValue | undefined {
  return article[field];
}

function has(value: FieldValue | undefined, lng: Lang): boolean {
  const v = value?.[lng];
  if (v === undefined) return false;
  return typeof v === 'string' ? v.trim().length > 0 : v.length > 0;
}

function hasAny(value: FieldValue | undefined): boolean {
  return LANGUAGES.some((lng) => has(value, lng));
}

/** Only keeps languages that have content, so `pick` falls back past empty lists the same way a reader would. */
function nonEmpty(value: FieldValue | undefined): FieldValue {
  const out: FieldValue = {};
  for (const lng of LANGUAGES) if (value && has(value, lng)) out[lng] = value[lng];
  return out;
}

export interface ContentReportOptions {
  /** Languages to report on; all supported languages by default. */
  readonly languages?: readonly Lang[];
  /** Line count of every seed file by name; when given, seed citations are checked against it. */
  readonly seedLineCounts?: ReadonlyMap<string, number>;
}

/** Coverage per language and field, missing required text, fallbacks a reader would get, and unsourced articles. */
export function buildContentReport(articles: readonly Article[], options: ContentReportOptions = {}): ContentReport {
  const languages = options.languages ?? LANGUAGES;
  const coverage = {} as Record<Lang, Record<ReportField, FieldCoverage>>;
  const review = {} as Record<Lang, Record<ReviewStatus | 'none', number>>;
  const fallbacks: Fallback[] = [];
  const missingRequired: MissingField[] = [];

  for (const lng of languages) {
    const perField = {} as Record<ReportField, FieldCoverage>;
    for (const field of REPORT_FIELDS) {
      const applicable = articles.filter((a) => REQUIRED_FIELDS.includes(field) || hasAny(fieldOf(a, field)));
      perField[field] = { present: applicable.filter((a) => has(fieldOf(a, field), lng)).length, applicable: applicable.length };
      for (const article of applicable) {
        const value = fieldOf(article, field);
        if (has(value, lng)) continue;
        const served = pick(nonEmpty(value), lng);
        if (served) fallbacks.push({ articleId: article.id, field, requested: lng, served: served.lng });
        const required = REQUIRED_FIELDS.includes(field) && (CORE_LANGUAGES as readonly Lang[]).includes(lng);
        if (required) missingRequired.push({ articleId: article.id, field, lng });
      }
    }
    coverage[lng] = perField;
    const counts = Object.fromEntries([...REVIEW_STATUSES, 'none'].map((s) => [s, 0])) as Record<ReviewStatus | 'none', number>;
    for (const article of articles) counts[article.review[lng] ?? 'none'] += 1;
    review[lng] = counts;
  }

  const seedProblems: SeedRangeProblem[] = [];
  let seedCitationsChecked: number | undefined;
  if (options.seedLineCounts) {
    seedCitationsChecked = 0;
    for (const article of articles) {
      for (const source of article.sources) {
        if (source.kind !== 'seed') continue;
        seedCitationsChecked += 1;
        const total = options.seedLineCounts.get(source.file);
        const [from, to] = source.lines;
        const problem =
          total === undefined
            ? 'seed file not found'
            : from > to
              ? 'line range is reversed'
              : to > total
                ? `file has only ${total} lines`
                : undefined;
        if (problem) seedProblems.push({ articleId: article.id, file: source.file, lines: source.lines, problem });
      }
    }
  }

  return {
    articleCount: articles.length,
    languages,
    coverage,
    withoutSources: articles.filter((a) => a.sources.length === 0).map((a) => a.id),
    missingRequired,
    fallbacks,
    review,
    seedProblems,
    seedCitationsChecked,
  };
}

/** True when the content must not ship: an article without sources, a required field missing, or a broken seed citation. */
export function reportHasErrors(report: ContentReport): boolean {
  return report.withoutSources.length > 0 || report.missingRequired.length > 0 || report.seedProblems.length > 0;
}

/** The report as plain text for `npm run content:check`. */
export function formatContentReport(report: ContentReport): string {
  const lines: string[] = [`Knowledge articles: ${report.articleCount}`, ''];
  const header = ['lang', ...REPORT_FIELDS, 'fallbacks', 'review'];
  lines.push(header.join('\t'));
  for (const lng of report.languages) {
    const cells = REPORT_FIELDS.map((field) => {
      const c = report.coverage[lng][field];
      return `${c.present}/${c.applicable}`;
    });
    const fallbackCount = report.fallbacks.filter((f) => f.requested === lng).length;
    const review = Object.entries(report.review[lng])
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${status} ${n}`)
      .join(', ');
    lines.push([lng, ...cells, String(fallbackCount), review].join('\t'));
  }
  const otherLanguages = report.languages.filter((l) => !(CORE_LANGUAGES as readonly Lang[]).includes(l));
  const servedSummary = otherLanguages
    .map((lng) => {
      const served = new Map<Lang, number>();
      for (const f of report.fallbacks) if (f.requested === lng) served.set(f.served, (served.get(f.served) ?? 0) + 1);
      return served.size === 0 ? undefined : `${lng} → ${[...served].map(([l, n]) => `${l} ${n}`).join(', ')}`;
    })
    .filter((line): line is string => line !== undefined);
  if (servedSummary.length > 0) lines.push('', 'Fallbacks in other languages (served language, count):', ...servedSummary.map((l) => `  ${l}`));
  const coreFallbacks = report.fallbacks.filter((f) => (CORE_LANGUAGES as readonly Lang[]).includes(f.requested));
  if (coreFallbacks.length > 0) {
    lines.push('', 'Fallbacks in nb/nn/en (reader gets another language):');
    for (const f of coreFallbacks) lines.push(`  ${f.articleId}.${f.field}: ${f.requested} → ${f.served}`);
  }
  lines.push('', report.withoutSources.length === 0 ? 'Every article has a source.' : 'Articles without sources:');
  for (const id of report.withoutSources) lines.push(`  ${id}`);
  if (report.missingRequired.length > 0) {
    lines.push('', 'Missing required fields:');
    for (const m of report.missingRequired) lines.push(`  ${m.articleId}.${m.field}.${m.lng}`);
  }
  if (report.seedCitationsChecked !== undefined) {
    lines.push('', `Seed citations checked: ${report.seedCitationsChecked}, unresolved: ${report.seedProblems.length}.`);
  }
  if (report.seedProblems.length > 0) {
    lines.push('', 'Seed citations that do not resolve:');
    for (const p of report.seedProblems) lines.push(`  ${p.articleId}: ${p.file} ${p.lines[0]}-${p.lines[1]} (${p.problem})`);
  }
  return lines.join('\n');
}
