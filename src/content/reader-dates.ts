import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BoundedMemo } from '../language/bounded-memo';
import type { Lang } from '../language/languages';
import { contentPath, projectRoot } from '../paths/content-root';

/*
 * The dates a source line shows ("lest 3. november 2026"), written as a reader of the language writes them.
 *
 * The first `Intl.DateTimeFormat` of a process costs ~9 ms of CPU (ICU loads its date data), and it was made in a
 * person's first question whose answer names a web source: most first answers. The content has a handful of dates
 * (when each web page was read), so the build writes them in every language (dist/data/reader-dates.json) with the very
 * formatter below, named by the ICU and CLDR versions that wrote them and by the formatter's locales and options; a
 * start whose Node has the same ICU data reads them from there and never makes a formatter for them. Any other date, a
 * file of another Node's ICU or of other options, or no file (the sources, tests) is formatted with `Intl` as before.
 */

const DATE_LOCALE: Readonly<Record<Lang, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  en: 'en-GB',
  // Latin digits and the Gregorian calendar, as everywhere else in the cards (numbers are isolated left to right).
  ar: 'ar-u-nu-latn',
  fa: 'fa-AF-u-ca-gregory-nu-latn',
  ur: 'ur-PK-u-nu-latn',
  so: 'so',
  uk: 'uk',
  ru: 'ru',
  tr: 'tr',
  pl: 'pl',
  ti: 'ti',
};
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/**
 * What decides a written date besides the date: the formatter's locales and options, and the locale data of the Node
 * running it (CLDR's version, and ICU's major version: a patch release of ICU fixes code, not the month names and
 * patterns; Node 20.20 and 22.23 both have CLDR 48 in ICU 78).
 */
export function formatterKey(): string {
  const icu = process.versions.icu?.split('.')[0] ?? null;
  return JSON.stringify({ locales: DATE_LOCALE, options: DATE_OPTIONS, icu, cldr: process.versions.cldr ?? null });
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** The date as `Intl` writes it in `lng` (noon UTC, so no time zone moves the day). */
function formatDate(isoDate: string, lng: Lang): string {
  let format = dateFormats.get(lng);
  if (!format) dateFormats.set(lng, (format = new Intl.DateTimeFormat(DATE_LOCALE[lng], DATE_OPTIONS)));
  return format.format(new Date(`${isoDate}T12:00:00Z`));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const FORMAT = 'veiviser-reader-dates-1';
const readerDatesSchema = z
  .object({
    format: z.literal(FORMAT),
    /** `formatterKey()` of the build that wrote the dates. */
    formatter: z.string(),
    /** `<lng>\u0000<YYYY-MM-DD>` → the date as written in that language. */
    dates: z.record(z.string(), z.string()),
  })
  .strict();

/** Where the build writes the content's dates (the sources read what a build of the same ICU wrote, or format them). */
export function readerDatesFile(): string {
  return path.join(projectRoot(), 'dist', 'data', 'reader-dates.json');
}

/** The content's checked dates: every `"checked": "YYYY-MM-DD"` of its JSON files. */
export function contentDates(dir: string = contentPath()): string[] {
  const dates = new Set<string>();
  const visit = (value: unknown, key?: string): void => {
    if (key === 'checked' && typeof value === 'string' && ISO_DATE.test(value)) dates.add(value);
    else if (Array.isArray(value)) value.forEach((v) => visit(v));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (file.endsWith('.json')) visit(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown);
  }
  return [...dates].sort();
}

/** The build's step: every content date in every language, as `formatDate` writes it with this Node's ICU. */
export function writeReaderDates(file: string = readerDatesFile(), dates: readonly string[] = contentDates()): number {
  const written: Record<string, string> = {};
  for (const lng of Object.keys(DATE_LOCALE) as Lang[]) for (const date of dates) written[`${lng}\u0000${date}`] = formatDate(date, lng);
  writeFileSync(file, JSON.stringify({ format: FORMAT, formatter: formatterKey(), dates: written }));
  return dates.length;
}

/**
 * The dates a build wrote in `file`, when it wrote them with this formatter and locale data; else none (no file, a
 * file of another Node's ICU or of other options, or of an older format: the dates are then formatted here).
 */
export function readBuiltDates(file: string): ReadonlyMap<string, string> {
  if (!existsSync(file)) return new Map();
  const parsed = readerDatesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success || parsed.data.formatter !== formatterKey()) return new Map();
  return new Map(Object.entries(parsed.data.dates));
}

/** The build's dates, read once, on the first date a card writes. */
let built: ReadonlyMap<string, string> | undefined;
const builtDates = (): ReadonlyMap<string, string> => (built ??= readBuiltDates(readerDatesFile()));

/**
 * Dates already written, by language and date: every card with a web source writes its checked date again, and
 * `Intl.DateTimeFormat.format` is the costly part of a source line. The dates are the content's (a few dozen).
 */
const writtenDates = new BoundedMemo<string, string>(512);

/** "3. november 2026", "3 November 2026": the month as a word, so no reader mistakes day for month. */
export function readerDate(isoDate: string, lng: Lang): string {
  const key = `${lng}\u0000${isoDate}`;
  return writtenDates.get(key, () => builtDates().get(key) ?? formatDate(isoDate, lng));
}
