import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { contentPath } from '../paths/content-root';
import { headingAt, type SeedHeading } from './seed-headings';

/**
 * What a reader needs to know about each seed document: its title and year, a public page where one exists, and its
 * headings by line. Written by `npm run content:sections` from ../shared/seeds (which CI does not have), read here so
 * a card can name the section of a citation without the seed files.
 */
export const seedDocumentSchema = z
  .object({
    /** The document's own name, e.g. "IMDi årsrapport 2023". */
    title: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    /** A public copy of the document, with where that address is cited and when. */
    url: z.string().url().optional(),
    urlSource: z.string().min(1).optional(),
    /** Lines in the seed file: lets the content check tell the file is current. */
    lineCount: z.number().int().positive(),
    headings: z.array(z.object({ line: z.number().int().positive(), heading: z.string().min(1) }).strict()),
  })
  .strict()
  .refine((d) => d.headings.every((h, i, all) => i === 0 || (all[i - 1]?.line ?? 0) < h.line), { message: 'headings must be sorted by line' })
  .refine((d) => (d.url === undefined) === (d.urlSource === undefined), { message: 'a url needs its urlSource' });
export type SeedDocument = z.infer<typeof seedDocumentSchema>;

export const seedSectionsSchema = z.record(z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/), seedDocumentSchema);
export type SeedSections = z.infer<typeof seedSectionsSchema>;

/** Where the seed sections are shipped; found when asked, so importing this module reads no file system. */
export function seedSectionsFile(): string {
  return contentPath('sources', 'seed-sections.json');
}

export function parseSeedSections(raw: unknown): SeedSections {
  return seedSectionsSchema.parse(raw);
}

let loaded: SeedSections | undefined;

/** The shipped seed sections, read once. */
export function seedSections(): SeedSections {
  loaded ??= parseSeedSections(JSON.parse(readFileSync(seedSectionsFile(), 'utf8')) as unknown);
  return loaded;
}

/** The section a seed citation falls in: the nearest heading at or before its first line. */
export function sectionOf(file: string, firstLine: number, sections: SeedSections = seedSections()): SeedHeading | undefined {
  const doc = sections[file];
  return doc ? headingAt(doc.headings, firstLine) : undefined;
}
