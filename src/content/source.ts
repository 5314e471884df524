import { z } from 'zod';
import type { Translate } from '../language/i18n';
import type { Lang } from '../language/languages';
import { readerDate } from './reader-dates';
import { sectionOf, seedSections, type SeedSections } from './seed-sections';

export { readerDate } from './reader-dates';

/**
 * Where a fact comes from. Either a seed document with line range (the authority up to 2024),
 * or a public page with the date it was read.
 */
export const sourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('seed'),
      /** File name in shared/seeds, e.g. `001_e2d92cbbfe31b5d0.txt`. */
      file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
      /** Human title, e.g. "IMDi årsrapport 2023". */
      title: z.string().min(1),
      lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    })
    .strict(),
  z
    .object({
      kind: z.literal('web'),
      title: z.string().min(1),
      url: z.string().url(),
      /** ISO date the page was read. */
      checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    })
    .strict(),
  z
    .object({
      kind: z.literal('law'),
      /** e.g. "Barnevernsloven § 13-2" */
      title: z.string().min(1),
      url: z.string().url(),
      checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    })
    .strict(),
]);
export type Source = z.infer<typeof sourceSchema>;

/**
 * The reviewer's form: title, seed file and line range, or title, address and date read, e.g.
 * "IMDi årsrapport 2023 (001_e2d92cbbfe31b5d0.txt, l. 1343–1343)". For `npm run content:check`, review lists and
 * logs of the data, never for a card: a reader gets `readerSource`.
 */
export function sourceForReviewers(source: Source): string {
  switch (source.kind) {
    case 'seed':
      return `${source.title} (${source.file}, l. ${source.lines[0]}–${source.lines[1]})`;
    case 'web':
    case 'law':
      return `${source.title} – ${source.url} (${source.checked})`;
  }
}

/** A source as a reader knows it: the document's title and year, its section, and a public page where one exists. */
export interface ReaderSource {
  readonly text: string;
  readonly url?: string;
}

const QUOTES: Partial<Record<Lang, readonly [string, string]>> = { en: ['“', '”'], pl: ['„', '”'], tr: ['“', '”'], so: ['“', '”'], ti: ['“', '”'] };

/** Sections run long in letters of assignment ("Oppdrag nr. 2024-14 Legge til rette for …"): the start names it. */
const MAX_SECTION = 70;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * A web or law source's title without the reviewer's note after it: "Bufdir: Kompetanseteamet … (hvem teamet
 * veileder)", "bufdir.no – Nok et år …: «Fra 759 saker …»" and "Regjeringen.no (UD) – UDs operative senter: døgnåpent,
 * …" name the page the reader opens, not the quoted line.
 * A year or period in brackets ("(2021–2024)") is part of the name and stays.
 */
function pageTitle(title: string): string {
  let out = title.trim();
  // "Publisher – Page: the reviewer's note" names the page before the colon.
  const dash = out.indexOf(' – ');
  const colon = dash >= 0 ? out.indexOf(': ', dash) : -1;
  if (colon > dash + 3) out = out.slice(0, colon);
  for (;;) {
    const next = out
      .replace(/:\s*«[^»]*»(?:\s*…\s*«[^»]*»)*(?:\s*\([^()]*\))?$/u, '')
      .replace(/\s*\((?![\d\s–-]+\))[^()]*\)$/u, '')
      .trim();
    if (next === out || next.length === 0) return out;
    out = next;
  }
}

/**
 * The form a card shows: "IMDi årsrapport 2023, «Mangfoldsrådgivere»" (seed: the document and the section the cited
 * lines fall in, from content/sources/seed-sections.json), "Bufdir: Kompetanseteamet … (lest 3. november 2026)" with
 * its link (web), "Straffeloven § 284" with its Lovdata link (law). Never a file name or a line number.
 */
export function readerSource(source: Source, lng: Lang, t: Translate, sections?: SeedSections): ReaderSource {
  switch (source.kind) {
    case 'seed': {
      const all = sections ?? seedSections();
      const doc = all[source.file];
      const title = doc?.title ?? source.title.split(/:\s/)[0] ?? source.title;
      const section = sectionOf(source.file, source.lines[0], all);
      const [open, close] = QUOTES[lng] ?? ['«', '»'];
      const text = section && section.heading !== title ? `${title}, ${open}${shorten(section.heading, MAX_SECTION)}${close}` : title;
      return doc?.url ? { text, url: doc.url } : { text };
    }
    case 'web':
      return { text: `${pageTitle(source.title)} (${t('common:source.read', { date: readerDate(source.checked, lng) })})`, url: source.url };
    case 'law':
      return { text: pageTitle(source.title), url: source.url };
  }
}

/** Each source once as a reader sees it (several notes on one page are one source), in the order first cited. */
export function readerSources(sources: readonly Source[], lng: Lang, t: Translate, sections?: SeedSections): ReaderSource[] {
  const seen = new Set<string>();
  const out: ReaderSource[] = [];
  for (const source of sources) {
    const reader = readerSource(source, lng, t, sections);
    const key = `${reader.text}\u0000${reader.url ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(reader);
  }
  return out;
}

/** Markdown for a card (Teams renders links in TextBlocks): the text, linked where there is a page. */
export function readerSourceMarkdown(source: ReaderSource): string {
  return source.url ? `[${source.text.replace(/[[\]]/g, '')}](${source.url})` : source.text;
}
