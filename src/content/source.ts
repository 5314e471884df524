import { z } from 'zod';

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

/** One line a person can read, e.g. "IMDi årsrapport 2023, linje 1343–1343" or "bufdir.no (lest 2026-11-01)". */
export function formatSource(source: Source): string {
  switch (source.kind) {
    case 'seed':
      return `${source.title} (${source.file}, l. ${source.lines[0]}–${source.lines[1]})`;
    case 'web':
    case 'law':
      return `${source.title} – ${source.url} (${source.checked})`;
  }
}

/** The same line for a card: the title links to the page (Markdown, which Teams renders), so a long address takes no room. */
export function formatSourceLink(source: Source): string {
  switch (source.kind) {
    case 'seed':
      return formatSource(source);
    case 'web':
    case 'law':
      return `[${source.title.replace(/[[\]]/g, '')}](${source.url}) (${source.checked})`;
  }
}
