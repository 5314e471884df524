import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { codeFile, codeFilesPresent, RUNNING_SOURCES } from '../paths/code-file';
import { projectRoot } from '../paths/content-root';
import { TEXT_FAMILIES, type TextFamily } from '../language/spelling';
import { SPELLING_DIR, SPELLING_FAMILIES } from '../language/spelling-data';
import { familyLayout, familyTerms, indexTexts, type ExtraPhrasings, type FamilyLayout, type FamilyTexts, type IndexableArticle, type IndexLayouts } from './article-index';

/*
 * Building the article indexes means stemming every title, phrasing and body text of twelve languages: ~1.5 s of CPU
 * at every start, and as much in every test file that builds the app, then laying each family's index out from those
 * terms (~35 ms more of a start in V8's start-up tiers: the vocabulary sorted, the postings, each article's relation
 * to each term, the typo search's tables). The build step (`npm run build`, scripts/build-data.mjs) does both once and
 * writes each family's laid-out arrays (`familyLayout`, the same code a start without the file runs); a start takes
 * them as they are. The file names what it was made from (the texts and the code that turns them into terms and
 * arrays); when either differs, the app stems and lays out as before.
 *
 * The file is two lines: a head (format, fingerprint, the SHA-256 of the second line) and the families, each array as
 * the base64 of its bytes (this machine's byte order, which the head names). A start whose fingerprint matches checks
 * the second line's digest (~1 ms, native) instead of each number: a file cut short or changed stops the start and
 * names itself, as a broken file did before.
 */

const FORMAT = 'veiviser-index-terms-3';


/**
 * Where the index terms for the running code are: the build writes `index-terms.json` for the compiled app; the test
 * run's global setup writes `index-terms.sources.json` for the TypeScript sources (tests and tsx scripts), so each
 * test file that builds the app reads the terms instead of stemming them again. The fingerprint decides either way.
 */
export const INDEX_TERMS_FILE = path.join(projectRoot(), 'dist', 'data', RUNNING_SOURCES ? 'index-terms.sources.json' : 'index-terms.json');

/** The modules whose code decides an index term (tokens, spelling and synonyms, stop words, stemming). */
const TERM_CODE = ['knowledge/article-index', 'knowledge/typo-search', 'language/text', 'language/spelling', 'language/spelling-data', 'language/other-lexicons', 'language/languages'];

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

/** The typed arrays of a family's layout, by name, with their kind: written as base64 of their bytes. */
const ARRAYS = {
  byText: Uint32Array,
  idfs: Float64Array,
  docArticle: Uint32Array,
  docStarts: Uint32Array,
  docTerms: Uint32Array,
  docWeights: Float64Array,
  postingStarts: Uint32Array,
  postings: Uint32Array,
  relation: Uint8Array,
  byLength: Uint32Array,
  lengthStarts: Uint32Array,
  masks: Int32Array,
} as const;
type ArrayName = keyof typeof ARRAYS;
const ARRAY_NAMES = Object.keys(ARRAYS) as ArrayName[];

const strings = z.custom<string[]>((v) => Array.isArray(v) && v.every((e) => typeof e === 'string'), 'a list of strings');
const count = z.number().int().nonnegative();
const familySchema = z.object({
  words: strings,
  articles: strings,
  scripts: count,
  articleCount: count,
  arrays: z.object(Object.fromEntries(ARRAY_NAMES.map((name) => [name, z.string()])) as Record<ArrayName, z.ZodString>),
});
const headSchema = z.object({ format: z.literal(FORMAT), fingerprint: z.string(), endianness: z.string(), digest: z.string() });
const familiesSchema = z.record(z.string(), familySchema);

function base64Of(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function encode(layout: FamilyLayout): z.infer<typeof familySchema> {
  const arrays: Record<ArrayName, ArrayBufferView> = { ...layout, ...layout.typos };
  return {
    words: [...layout.words],
    articles: [...layout.articleIds],
    scripts: layout.scripts,
    articleCount: layout.articleCount,
    arrays: Object.fromEntries(ARRAY_NAMES.map((name) => [name, base64Of(arrays[name])])) as Record<ArrayName, string>,
  };
}

function decode(family: z.infer<typeof familySchema>, file: string): FamilyLayout {
  const read = <K extends ArrayName>(name: K): InstanceType<(typeof ARRAYS)[K]> => {
    const bytes = Buffer.from(family.arrays[name], 'base64');
    const kind = ARRAYS[name];
    if (bytes.byteLength % kind.BYTES_PER_ELEMENT !== 0) throw new Error(`${file}: ${name} is cut short`);
    // Copied into a buffer of its own: a small Buffer lies in Node's shared pool, at any offset.
    return new kind(new Uint8Array(bytes).buffer) as InstanceType<(typeof ARRAYS)[K]>;
  };
  const layout: FamilyLayout = {
    words: family.words,
    articleIds: family.articles,
    byText: read('byText'),
    idfs: read('idfs'),
    docArticle: read('docArticle'),
    docStarts: read('docStarts'),
    docTerms: read('docTerms'),
    docWeights: read('docWeights'),
    postingStarts: read('postingStarts'),
    postings: read('postings'),
    relation: read('relation'),
    scripts: family.scripts,
    articleCount: family.articleCount,
    typos: { byLength: read('byLength'), lengthStarts: read('lengthStarts'), masks: read('masks') },
  };
  // The digest vouches for every number; these say the arrays fit one another (a file of another layout's shape).
  const words = layout.words.length;
  const docs = layout.docArticle.length;
  const fits =
    layout.byText.length === words &&
    layout.idfs.length === words &&
    layout.postingStarts.length === words + 1 &&
    layout.postingStarts[words] === layout.postings.length &&
    layout.docStarts.length === docs + 1 &&
    layout.docStarts[docs] === layout.docTerms.length &&
    layout.docWeights.length === docs &&
    layout.relation.length === layout.articleIds.length * words &&
    layout.typos.byLength.length === words &&
    layout.typos.masks.length === words &&
    layout.typos.lengthStarts[layout.typos.lengthStarts.length - 1] === words;
  if (!fits) throw new Error(`${file}: a family's arrays do not fit one another`);
  return layout;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Stems every family's texts, lays each family out, and writes the layouts to `file` (the build's data step). */
export function writeIndexTerms(file: string, articles: readonly IndexableArticle[], extra: ExtraPhrasings): void {
  const texts = indexTexts(articles, extra);
  const families = Object.fromEntries(TEXT_FAMILIES.map((f) => [f, encode(familyLayout(f, familyTerms(f, texts.get(f) ?? { entries: [], bodies: [] })))]));
  const body = JSON.stringify(families);
  const head = JSON.stringify({ format: FORMAT, fingerprint: termsFingerprint(texts), endianness: endianness(), digest: sha256(body) });
  // Written aside and renamed, so a process starting meanwhile reads the old file or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, `${head}\n${body}`);
  renameSync(partial, file);
}

/**
 * The index layouts the build wrote for exactly these articles and this code, or why they cannot be used
 * (no file: tests and `npm run dev` run the sources and stem at start).
 */
export function readIndexTerms(
  file: string,
  articles: readonly IndexableArticle[],
  extra: ExtraPhrasings,
): { readonly layouts: IndexLayouts; readonly reason?: undefined } | { readonly layouts?: undefined; readonly reason: 'no file' | 'out of date' } {
  if (!existsSync(file)) return { reason: 'no file' };
  if (!codeFilesPresent(TERM_CODE)) return { reason: 'out of date' };
  const text = readFileSync(file, 'utf8');
  const newline = text.indexOf('\n');
  // An earlier format is one line of JSON (read whole, it has no head); a first line that is not JSON stops the start.
  const parsed = headSchema.safeParse(JSON.parse(newline < 0 ? text : text.slice(0, newline)));
  const head = parsed.success ? parsed.data : undefined;
  // An earlier format, other texts, other code or another byte order: stemmed again, whatever the rest of the file holds.
  if (!head || head.endianness !== endianness() || head.fingerprint !== termsFingerprint(indexTexts(articles, extra))) return { reason: 'out of date' };
  const body = text.slice(newline + 1);
  if (sha256(body) !== head.digest) throw new Error(`${file}: the families are not what the build wrote (digest differs)`);
  const data = familiesSchema.parse(JSON.parse(body));
  const layouts = new Map<TextFamily, FamilyLayout>();
  for (const family of TEXT_FAMILIES) {
    const encoded = data[family];
    if (!encoded) throw new Error(`${file}: no layout for the ${family} family`);
    layouts.set(family, decode(encoded, file));
  }
  return { layouts };
}
