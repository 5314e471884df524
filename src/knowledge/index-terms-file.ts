import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { codeFile, codeFilesPresent, RUNNING_SOURCES } from '../paths/code-file';
import { projectRoot } from '../paths/content-root';
import { TEXT_FAMILIES, type TextFamily } from '../language/spelling';
import { SPELLING_DIR, SPELLING_FAMILIES } from '../language/spelling-data';
import { familyTerms, indexTexts, vocabularyOf, type ExtraPhrasings, type FamilyTerms, type FamilyTexts, type IndexableArticle, type IndexTermsByFamily } from './article-index';

/*
 * Building the article indexes means stemming every title, phrasing and body text of twelve languages: ~1.5 s of CPU
 * at every start, and as much in every test file that builds the app. The build step (`npm run build`,
 * scripts/build-data.mjs) writes those terms once; a start reads them, and the index is then built from them by the
 * same code as from freshly stemmed terms. The file names what it was made from (the texts and the code that turns
 * them into terms); when either differs, the app stems as before.
 */

const FORMAT = 'veiviser-index-terms-2';

/**
 * Where the index terms for the running code are: the build writes `index-terms.json` for the compiled app; the test
 * run's global setup writes `index-terms.sources.json` for the TypeScript sources (tests and tsx scripts), so each
 * test file that builds the app reads the terms instead of stemming them again. The fingerprint decides either way.
 */
export const INDEX_TERMS_FILE = path.join(projectRoot(), 'dist', 'data', RUNNING_SOURCES ? 'index-terms.sources.json' : 'index-terms.json');

/** The modules whose code decides an index term (tokens, spelling and synonyms, stop words, stemming). */
const TERM_CODE = ['knowledge/article-index', 'language/text', 'language/spelling', 'language/spelling-data', 'language/other-lexicons', 'language/languages'];

function stemmerVersion(): string {
  const file = require.resolve('snowball-stemmers/package.json');
  return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(file, 'utf8'))).version;
}

/** What the terms were made from: these texts, by this code (the running modules' own files) and this stemmer. */
export function termsFingerprint(texts: ReadonlyMap<TextFamily, FamilyTexts>): string {
  const hash = createHash('sha256').update(FORMAT).update(stemmerVersion());
  for (const module of TERM_CODE) hash.update(readFileSync(codeFile(module)));
  // The spelling words are data: a reviewer's edit must rebuild the terms as a code change does.
  for (const family of SPELLING_FAMILIES) hash.update(readFileSync(path.join(SPELLING_DIR, `${family}.json`)));
  for (const family of TEXT_FAMILIES) hash.update(JSON.stringify([family, texts.get(family)]));
  return hash.digest('hex');
}

/** Lists of references; each reference is checked when it is decoded (`at`), not twice. */
const references = z.custom<number[][]>((v) => Array.isArray(v) && v.every((e) => Array.isArray(e)), 'lists of references');
const strings = z.custom<string[]>((v) => Array.isArray(v) && v.every((e) => typeof e === 'string'), 'a list of strings');
/**
 * One family's terms by number: each term and article id once, each entry `[article, title 0/1, ...terms]`. The terms
 * in the vocabulary's order (`vocabularyOf`), so the index need not build minisearch's tree to learn it.
 */
const familySchema = z.object({ terms: strings, articles: strings, entries: references, bodies: references });
const headSchema = z.object({ format: z.literal(FORMAT), fingerprint: z.string() });
const fileSchema = headSchema.extend({ families: z.record(z.string(), familySchema) });

function encode(terms: FamilyTerms): z.infer<typeof familySchema> {
  const termIds = new Map<string, number>();
  const articleIds = new Map<string, number>();
  const id = (map: Map<string, number>, key: string) => {
    let n = map.get(key);
    if (n === undefined) map.set(key, (n = map.size));
    return n;
  };
  for (const term of vocabularyOf(terms)) id(termIds, term);
  return {
    entries: terms.entries.map((e) => [id(articleIds, e.articleId), e.title ? 1 : 0, ...e.terms.map((t) => id(termIds, t))]),
    bodies: terms.bodies.map((b) => [id(articleIds, b.articleId), ...b.terms.map((t) => id(termIds, t))]),
    terms: [...termIds.keys()],
    articles: [...articleIds.keys()],
  };
}

function decode(family: z.infer<typeof familySchema>, file: string): FamilyTerms {
  const at = (list: readonly string[], n: number | undefined): string => {
    const value = Number.isInteger(n) && n !== undefined ? list[n] : undefined;
    if (value === undefined) throw new Error(`${file}: a reference points at nothing`);
    return value;
  };
  const terms = (ids: readonly number[]) => ids.map((n) => at(family.terms, n));
  return {
    entries: family.entries.map(([article, title, ...ids]) => ({ articleId: at(family.articles, article), terms: terms(ids), ...(title === 1 ? { title: true } : {}) })),
    bodies: family.bodies.map(([article, ...ids]) => ({ articleId: at(family.articles, article), terms: terms(ids) })),
    vocabulary: family.terms,
  };
}

/** Stems every family's texts and writes the terms to `file` (the build's data step). */
export function writeIndexTerms(file: string, articles: readonly IndexableArticle[], extra: ExtraPhrasings): void {
  const texts = indexTexts(articles, extra);
  const families = Object.fromEntries(TEXT_FAMILIES.map((f) => [f, encode(familyTerms(f, texts.get(f) ?? { entries: [], bodies: [] }))]));
  // Written aside and renamed, so a process starting meanwhile reads the old file or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify({ format: FORMAT, fingerprint: termsFingerprint(texts), families }));
  renameSync(partial, file);
}

/**
 * The index terms the build wrote for exactly these articles and this code, or why they cannot be used
 * (no file: tests and `npm run dev` run the sources and stem at start).
 */
export function readIndexTerms(
  file: string,
  articles: readonly IndexableArticle[],
  extra: ExtraPhrasings,
): { readonly terms: IndexTermsByFamily; readonly reason?: undefined } | { readonly terms?: undefined; readonly reason: 'no file' | 'out of date' } {
  if (!existsSync(file)) return { reason: 'no file' };
  if (!codeFilesPresent(TERM_CODE)) return { reason: 'out of date' };
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  // An earlier format, other texts or other code: stemmed again, whatever the rest of the file holds.
  const head = headSchema.safeParse(raw);
  if (!head.success || head.data.fingerprint !== termsFingerprint(indexTexts(articles, extra))) return { reason: 'out of date' };
  const data = fileSchema.parse(raw);
  const terms = new Map<TextFamily, FamilyTerms>();
  for (const family of TEXT_FAMILIES) {
    const encoded = data.families[family];
    if (!encoded) throw new Error(`${file}: no terms for the ${family} family`);
    terms.set(family, decode(encoded, file));
  }
  return { terms };
}
