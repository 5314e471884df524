import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGUAGES, type Lang } from './languages';
import { parseDataFile } from '../paths/data-file';

/**
 * The locale files, `locales/<lng>/<namespace>.json`, checked when they are loaded (issue #14).
 *
 * What the files hold: nested objects whose leaves are strings, plus a few lists of strings read with
 * `returnObjects` (`stats:months`, `help.examples`, ...). Plural forms are ordinary keys (`x_one`, `x_other`, and
 * Arabic's `x_zero` ... `x_many`). Anything else (a number, `null`, a list of objects) is a mistake in the file.
 *
 * Two kinds of problem, treated differently:
 * - A file that is not JSON, holds a value that is not text, or a namespace that bokmål (the source language) does not
 *   have: `loadLocaleFiles` throws a `LocaleFileError` naming the file and the key path, and start-up stops.
 * - A key or namespace bokmål has and a translation lacks: i18next falls back along `fallbackChain` (to English, then
 *   bokmål), so the bot still answers. These, and placeholders lost in translation, are listed by `localeGaps` and
 *   counted in test/language/locale-files.test.ts rather than stopping a bot that people may need in an emergency.
 */

/** A value in a locale file: a string, a list of strings, or an object of those. */
export type LocaleValue = string | readonly string[] | LocaleTree;
export interface LocaleTree {
  readonly [key: string]: LocaleValue;
}

export const localeTreeSchema: z.ZodType<LocaleTree> = z.lazy(() =>
  z.record(z.string().min(1, 'keys must not be empty'), z.union([z.string(), z.array(z.string()), localeTreeSchema])),
);

/** The source language: every other language translates its keys. */
export const SOURCE_LANGUAGE: Lang = 'nb';

export class LocaleFileError extends Error {
  constructor(
    readonly file: string,
    readonly keyPath: string,
    problem: string,
  ) {
    super(`Locale file ${file}: ${keyPath ? `${keyPath} ` : ''}${problem}`);
    this.name = 'LocaleFileError';
  }
}

type PathSegment = PropertyKey;

/** `help.examples[2]` for `['help', 'examples', 2]`. */
export function formatKeyPath(segments: readonly PathSegment[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`)).join('');
}

function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let value = root;
  for (const s of segments) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[s] : undefined;
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list with something other than strings';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The innermost place a zod issue is about. The schema is a union (string | list | object), so a wrong value deep in
 * the tree comes back as unions nested inside unions; the branch whose issues go further down is the one the file
 * meant (an object, or a list), and the deepest issue there is the key to name.
 */
function innermost(issue: z.core.$ZodIssue, prefix: readonly PathSegment[]): { path: PathSegment[]; issue: z.core.$ZodIssue } {
  const here = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union') return { path: here, issue };
  const deeper = issue.errors.flat().filter((i) => i.path.length > 0);
  if (deeper.length === 0) return { path: here, issue };
  return deeper.map((i) => innermost(i, here)).reduce((a, b) => (b.path.length > a.path.length ? b : a));
}

/** Parses one locale file; throws a `LocaleFileError` naming the file and, for a bad value, its key path. */
export function parseLocaleFile(file: string, text: string): LocaleTree {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/u.exec(message);
    const where = position ? ` (line ${lineAndColumn(text, Number(position[1]))})` : '';
    throw new LocaleFileError(file, '', `is not valid JSON${where}: ${message}`);
  }
  const result = parseDataFile(file, text, () => json, localeTreeSchema);
  if (result.success) return result.data;
  const { path: at, issue } = innermost(result.error.issues[0]!, []);
  if (at.length === 0) throw new LocaleFileError(file, '', `must hold an object of strings, not ${describe(json)}`);
  if (issue.code === 'invalid_key') throw new LocaleFileError(file, formatKeyPath(at.slice(0, -1)), at.length > 1 ? 'has an empty key' : 'has an empty key at the top');
  throw new LocaleFileError(file, formatKeyPath(at), `is ${describe(valueAt(json, at))}; a locale value must be a string, a list of strings or an object of those`);
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

export interface LocaleFiles {
  /** Namespaces, from the source language's files. */
  readonly namespaces: readonly string[];
  /** Every file found, by language and namespace; a translation may lack a namespace (see `localeGaps`). */
  readonly resources: Readonly<Partial<Record<Lang, Readonly<Record<string, LocaleTree>>>>>;
}

function namespacesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * Reads and checks every `<localesDir>/<lng>/<namespace>.json` of the supported languages. Throws a `LocaleFileError`
 * for a file that is not valid JSON, a value that is not text, a missing source language, or a namespace the source
 * language does not have (a misnamed file would otherwise be ignored and its language silently fall back).
 */
export function loadLocaleFiles(localesDir: string): LocaleFiles {
  const sourceDir = path.join(localesDir, SOURCE_LANGUAGE);
  if (!existsSync(sourceDir)) throw new LocaleFileError(sourceDir, '', `is missing: ${SOURCE_LANGUAGE} is the source language every translation follows`);
  const namespaces = namespacesIn(sourceDir);
  if (namespaces.length === 0) throw new LocaleFileError(sourceDir, '', 'has no <namespace>.json files');
  const resources: Partial<Record<Lang, Record<string, LocaleTree>>> = {};
  for (const lng of LANGUAGES) {
    const dir = path.join(localesDir, lng);
    if (!existsSync(dir)) continue;
    for (const ns of namespacesIn(dir)) {
      const file = path.join(dir, `${ns}.json`);
      if (!namespaces.includes(ns)) throw new LocaleFileError(file, '', `is not a namespace of ${SOURCE_LANGUAGE} (${namespaces.join(', ')})`);
      (resources[lng] ??= {})[ns] = parseLocaleFile(file, readFileSync(file, 'utf8'));
    }
  }
  return { namespaces, resources };
}

/** Every leaf of a tree by its key path (`welcome.title`, `help.examples`). */
export function flattenLocale(tree: LocaleTree, prefix = '', out = new Map<string, string | readonly string[]>()): Map<string, string | readonly string[]> {
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) out.set(at, value as string | readonly string[]);
    else flattenLocale(value as LocaleTree, at, out);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/u;

/** Names of the `{{name}}` / `{{name, format}}` placeholders in a string, sorted, without repeats. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^{}\s,]+)\s*(?:,[^{}]*)?\}\}/gu)].map((m) => m[1]!))].sort();
}

/** Plural categories of `lng` that stand for one number only (Arabic "two" is 2): their text may spell it out. */
function singleNumberCategories(lng: Lang): ReadonlySet<string> {
  const rules = new Intl.PluralRules(lng);
  const seen = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) {
    const category = rules.select(n);
    seen.set(category, (seen.get(category) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count === 1).map(([category]) => category));
}

export type LocaleGapKind = 'missing namespace' | 'missing key' | 'extra key' | 'different shape' | 'placeholders';
export interface LocaleGap {
  readonly lng: Lang;
  readonly ns: string;
  readonly kind: LocaleGapKind;
  /** The key path (for everything but a missing namespace). */
  readonly key?: string;
  readonly detail?: string;
}

/**
 * What the translations lack compared with the source language. None of it stops start-up (i18next falls back), but
 * each is a place a reader gets English or bokmål, or a sentence without its phone number:
 * - `missing namespace` / `missing key`: the translation has no file, or no key the source has. A plural group is
 *   expected in the translation's own plural categories (`Intl.PluralRules`), so Russian needs `_few` and `_many`.
 * - `extra key`: a key the source does not have (unused, or a misspelt key).
 * - `different shape`: a string where the source has a list, or lists of different lengths.
 * - `placeholders`: a `{{placeholder}}` of the source string missing from the translation, or one the source does not
 *   have (i18next would leave it empty). A plural form for exactly one number (Arabic `_one`, `_two`) may write the
 *   number in words instead of `{{count}}`.
 */
export function localeGaps(files: LocaleFiles): LocaleGap[] {
  const gaps: LocaleGap[] = [];
  const source = files.resources[SOURCE_LANGUAGE] ?? {};
  for (const lng of LANGUAGES) {
    if (lng === SOURCE_LANGUAGE) continue;
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const spelledOut = singleNumberCategories(lng);
    for (const ns of files.namespaces) {
      const translatedTree = files.resources[lng]?.[ns];
      if (!translatedTree) {
        gaps.push({ lng, ns, kind: 'missing namespace' });
        continue;
      }
      const original = flattenLocale(source[ns] ?? {});
      const translated = flattenLocale(translatedTree);
      /** Each key the translation should have, with the source text it translates. */
      const expected = new Map<string, string | readonly string[]>();
      for (const [key, value] of original) {
        if (!PLURAL_SUFFIX.test(key)) expected.set(key, value);
        // Every plural form translates the general bokmål form (`_other`): Russian `_one` is also 21, 31 ...
        else for (const c of categories) expected.set(key.replace(PLURAL_SUFFIX, `_${c}`), original.get(key.replace(PLURAL_SUFFIX, '_other')) ?? value);
      }
      for (const key of expected.keys()) if (!translated.has(key)) gaps.push({ lng, ns, kind: 'missing key', key });
      for (const [key, value] of translated) {
        const nbValue = expected.get(key);
        if (nbValue === undefined) {
          gaps.push({ lng, ns, kind: 'extra key', key });
          continue;
        }
        const ours = typeof value === 'string' ? [value] : value;
        const theirs = typeof nbValue === 'string' ? [nbValue] : nbValue;
        if (typeof value !== typeof nbValue || ours.length !== theirs.length) {
          gaps.push({ lng, ns, kind: 'different shape', key, detail: `${describeLeaf(value)}, ${SOURCE_LANGUAGE} has ${describeLeaf(nbValue)}` });
          continue;
        }
        const category = PLURAL_SUFFIX.exec(key)?.[1];
        ours.forEach((text, i) => {
          const want = placeholdersOf(theirs[i] ?? '').filter((p) => !(p === 'count' && category !== undefined && spelledOut.has(category)));
          const have = placeholdersOf(text);
          const missing = want.filter((p) => !have.includes(p));
          const unknown = have.filter((p) => !placeholdersOf(theirs[i] ?? '').includes(p));
          if (missing.length > 0 || unknown.length > 0) {
            const at = theirs.length > 1 ? `${key}[${i}]` : key;
            const detail = [missing.length > 0 ? `lacks {{${missing.join('}}, {{')}}}` : '', unknown.length > 0 ? `has {{${unknown.join('}}, {{')}}} that ${SOURCE_LANGUAGE} does not` : '']
              .filter(Boolean)
              .join('; ');
            gaps.push({ lng, ns, kind: 'placeholders', key: at, detail });
          }
        });
      }
    }
  }
  return gaps;
}

function describeLeaf(value: string | readonly string[]): string {
  return typeof value === 'string' ? 'a string' : `a list of ${value.length}`;
}
