import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { codeFile, codeFilesPresent, RUNNING_SOURCES } from '../paths/code-file';
import { projectRoot } from '../paths/content-root';
import { CITIES_FILE } from './city-names';
import { PhraseBook, PREFIX, WORD } from './phrase-book';
import { rememberWordTries, wordTrie } from './phrase-index';
import { PhraseTrie } from './phrase-trie';

/*
 * The situation, role and scope readers fold, split and tokenize ~45,000 cue phrases (the role phrases are every frame
 * filled with every word) at every start and in every test file that builds one: the largest part of building the
 * app. The build step (`npm run build`, scripts/build-data.mjs) writes, per reader, its compiled phrases (its
 * PhraseBook: the parts, and each phrase's value and list, in the order the reader compiled them); a start reads them
 * and builds the reader from them alone, without reading its cue files, checking them with zod again or compiling.
 * The build read and checked the very same files: the file names what it was made from (the reader's data files and
 * the code that reads and compiles them), and when either differs the reader reads its data and compiles as before.
 * The file also holds each list's word trie laid out (phrase-trie.ts): sorting the phrases by their leading words and
 * laying the trie out was, after reading the file, most of building the situation reader at a start.
 */

export const COMPILED_READERS = ['situation', 'roles', 'scope'] as const;
export type CompiledReader = (typeof COMPILED_READERS)[number];

const FORMAT = 'veiviser-compiled-phrases-4';

/**
 * Where a reader's compiled phrases are: `npm run build` writes `phrases-<reader>.bin` for the compiled app, the test
 * run's global setup `phrases-<reader>.sources.bin` for the TypeScript sources (tests, tsx scripts). The fingerprint
 * decides either way.
 */
export function compiledPhrasesFile(reader: CompiledReader): string {
  return path.join(projectRoot(), 'dist', 'data', `phrases-${reader}${RUNNING_SOURCES ? '.sources' : ''}.bin`);
}

/** The modules whose code decides which phrases a reader compiles, in what order, to what parts, and how they are kept. */
const PHRASE_CODE = [
  'understanding/situation-cues',
  'understanding/city-names',
  'understanding/role-reader',
  'understanding/scope-reader',
  'understanding/phrase-book',
  'understanding/phrase-classes',
  'understanding/phrase-parts',
  'understanding/phrase-index',
  'understanding/phrase-trie',
  'understanding/compiled-phrases',
  'language/text',
];

/**
 * What a reader's phrases were compiled from: every file of its data directory (names and bytes), by this code, on a
 * machine of this byte order (the numbers are written as bytes).
 */
export function phrasesFingerprint(reader: CompiledReader, dir: string): string {
  const hash = createHash('sha256').update(FORMAT).update(reader).update(endianness());
  for (const module of PHRASE_CODE) hash.update(readFileSync(codeFile(module)));
  for (const file of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
  }
  // The situation reader reads the cities as places abroad: a new cities file makes its phrases out of date too.
  if (reader === 'situation') hash.update('\0cities.json\0').update(readFileSync(CITIES_FILE));
  return hash.digest('hex');
}

/** An array of the file's body: where it starts (a multiple of 4) and how many bytes it has. */
const extentSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

const headerSchema = z.object({
  format: z.literal(FORMAT),
  fingerprint: z.string(),
  /** The body's length in bytes, and the SHA-256 of where its arrays lie (`layoutText`) and of its bytes (see `digestOf`). */
  bodyLength: z.number().int().min(0),
  digest: z.string(),
  /** Every distinct part once: its kind (a byte each), and its text (UTF-8, the texts joined by NUL characters). */
  kinds: extentSchema,
  texts: extentSchema,
  /** The PhraseBook's number arrays in the body. */
  starts: extentSchema,
  ids: extentSchema,
  values: extentSchema,
  lists: extentSchema,
  /** Each list's word trie, laid out: its words as part numbers (every leading word is a word part), its arrays. */
  tries: z.array(
    z.object({
      list: z.number().int().min(0).max(255),
      words: extentSchema,
      childStart: extentSchema,
      childWord: extentSchema,
      childNode: extentSchema,
      hereStart: extentSchema,
      here: extentSchema,
      entries: extentSchema,
    }),
  ),
});
type Extent = z.infer<typeof extentSchema>;
type Header = z.infer<typeof headerSchema>;
type Layout = Omit<Header, 'format' | 'fingerprint' | 'bodyLength' | 'digest'>;

/** Where the arrays lie, as one text in a fixed order (the header's JSON is parsed, so its own bytes are not hashed). */
function layoutText(h: Layout): string {
  const tries = h.tries.map((t) => [t.list, t.words, t.childStart, t.childWord, t.childNode, t.hereStart, t.here, t.entries]);
  return JSON.stringify([h.kinds, h.texts, h.starts, h.ids, h.values, h.lists, tries]);
}

/**
 * What the build checked: the arrays' places and their bytes. A start that finds the same digest reads the arrays the
 * build checked one number at a time, so it checks only their lengths (`'shape'`), not ~300,000 numbers again.
 */
function digestOf(layout: Layout, body: Buffer): string {
  return createHash('sha256').update(layoutText(layout)).update('\0').update(body).digest('hex');
}

/*
 * The file: the header's length in bytes (a 32-bit number), the header (JSON: the format, the fingerprint, the parts
 * and where each array is), then the arrays' bytes, each starting at a multiple of 4 of the file, so a start reads
 * them where they are, without decoding or copying ~1.5 MB of numbers.
 */

/** Between two parts' texts in the file. */
const TEXT_END = '\u0000';

/** Lays arrays out one after the other from `offset`, each at a multiple of 4; returns their extents and the bytes. */
class Body {
  private readonly chunks: Buffer[] = [];
  private length = 0;
  add(array: Uint8Array | Uint32Array): Extent {
    const start = this.length;
    const bytes = Buffer.isBuffer(array) ? array : Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    const pad = (4 - (bytes.length % 4)) % 4;
    this.chunks.push(bytes, Buffer.alloc(pad));
    this.length += bytes.length + pad;
    return [start, bytes.length];
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Writes a reader's book, compiled from `dir` (its data directory), to `file`. */
export function writeCompiledPhrases(file: string, reader: CompiledReader, dir: string, book: PhraseBook): void {
  if (book.texts.some((text) => text.includes(TEXT_END))) throw new Error('a part holds a NUL character');
  const wordPart = new Map<string, number>();
  book.texts.forEach((text, id) => {
    if (book.kinds[id] === WORD) wordPart.set(text, id);
  });
  const body = new Body();
  const arrays = { kinds: body.add(book.kinds), texts: body.add(Buffer.from(book.texts.join(TEXT_END), 'utf8')), starts: body.add(book.starts), ids: body.add(book.parts), values: body.add(book.values), lists: body.add(book.lists) };
  const tries = [...new Set(book.lists)]
    .sort((a, b) => a - b)
    .map((list) => {
      const trie = wordTrie(book, list).laidOut();
      const words = Uint32Array.from(trie.words, (word) => {
        const id = wordPart.get(word);
        if (id === undefined) throw new Error(`"${word}" leads a phrase but is not a word part`);
        return id;
      });
      return {
        list,
        words: body.add(words),
        childStart: body.add(trie.childStart),
        childWord: body.add(trie.childWord),
        childNode: body.add(trie.childNode),
        hereStart: body.add(trie.hereStart),
        here: body.add(trie.here),
        entries: body.add(trie.entries),
      };
    });
  const layout: Layout = { ...arrays, tries };
  const bytes = body.bytes();
  const fields: Header = { format: FORMAT, fingerprint: phrasesFingerprint(reader, dir), bodyLength: bytes.length, digest: digestOf(layout, bytes), ...layout };
  // The build's check: every number of what a start will read, as a start checked them before the digest. A book or
  // trie that does not add up is not written (the build stops, naming the file).
  try {
    bookOf(fields, bytes, 'all');
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = Buffer.from(JSON.stringify(fields), 'utf8');
  const headerPad = (4 - (header.length % 4)) % 4;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length + headerPad);
  // Written aside and renamed, so a process starting meanwhile reads the old file or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.concat([length, header, Buffer.alloc(headerPad, 0x20), bytes]));
  renameSync(partial, file);
}

/** The file's header (JSON) and its body, or undefined when the file is not of this layout (an earlier format). */
function splitFile(bytes: Buffer): { readonly header: unknown; readonly body: Buffer } | undefined {
  if (bytes.length < 4) return undefined;
  const length = bytes.readUInt32LE(0);
  if (length % 4 !== 0 || 4 + length > bytes.length) return undefined;
  try {
    return { header: JSON.parse(bytes.toString('utf8', 4, 4 + length)) as unknown, body: bytes.subarray(4 + length) };
  } catch {
    // Not this layout: the format of an earlier build (JSON from the first byte), to be written again.
    return undefined;
  }
}

/** The bytes of `extent` in `body` as 32-bit numbers, where they are when they are aligned (a copy otherwise). */
function uint32sAt(body: Buffer, [start, length]: Extent): Uint32Array {
  if (length % 4 !== 0 || start + length > body.length) throw new Error('an array of numbers lies outside the file');
  const offset = body.byteOffset + start;
  if (offset % 4 === 0) return new Uint32Array(body.buffer, offset, length / 4);
  const out = new Uint32Array(length / 4);
  new Uint8Array(out.buffer).set(body.subarray(start, start + length));
  return out;
}

function bytesAt(body: Buffer, [start, length]: Extent): Uint8Array {
  if (start + length > body.length) throw new Error('an array of bytes lies outside the file');
  return new Uint8Array(body.buffer, body.byteOffset + start, length);
}

/**
 * The book of a file's header and body, and its word tries. `'all'` checks every number (the build, before it writes
 * the file); `'shape'` only the arrays' lengths and places (a start, once the digest says these are the bytes the build
 * checked).
 */
function bookOf(data: Header, body: Buffer, checks: 'all' | 'shape'): { readonly book: PhraseBook; readonly tries: ReadonlyMap<number, PhraseTrie> } {
  const [textsStart, textsLength] = data.texts;
  if (textsStart + textsLength > body.length) throw new Error('the parts lie outside the file');
  const kinds = bytesAt(body, data.kinds);
  const texts = kinds.length === 0 ? [] : body.toString('utf8', textsStart, textsStart + textsLength).split(TEXT_END);
  if (checks === 'all') for (let id = 0; id < kinds.length; id++) if ((kinds[id] === WORD || kinds[id] === PREFIX) !== (texts[id] !== '')) throw new Error(`part ${id} is not a part`);
  const book = new PhraseBook(
    {
      kinds,
      texts,
      starts: uint32sAt(body, data.starts),
      parts: uint32sAt(body, data.ids),
      values: bytesAt(body, data.values),
      lists: bytesAt(body, data.lists),
    },
    checks,
  );
  const tries = new Map<number, PhraseTrie>();
  for (const trie of data.tries) {
    const ids = uint32sAt(body, trie.words);
    const words = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      if (checks === 'all' && book.kinds[id] !== WORD) throw new Error(`part ${id} leads a phrase but is not a word`);
      words[i] = book.texts[id] ?? '';
    }
    const entries = uint32sAt(body, trie.entries);
    if (checks === 'all') for (const p of entries) if (p >= book.size || book.lists[p] !== trie.list) throw new Error(`phrase ${p} is not in list ${trie.list}`);
    tries.set(
      trie.list,
      PhraseTrie.restore(
        {
          words,
          childStart: uint32sAt(body, trie.childStart),
          childWord: uint32sAt(body, trie.childWord),
          childNode: uint32sAt(body, trie.childNode),
          hereStart: uint32sAt(body, trie.hereStart),
          here: uint32sAt(body, trie.here),
          entries,
        },
        checks,
      ),
    );
  }
  return { book, tries };
}

/**
 * The book the build wrote for this reader's data in `dir`, or why there is none to use (no file: tests and `tsx`
 * before the test setup has written theirs; out of date: the data or the code changed since, or an earlier format).
 * A file of this format that is not what the build wrote (its length or its digest differ) or whose arrays do not fit
 * together is an error naming the file, not a reason to compile. The book's word tries come with it (phrase-index.ts
 * uses them instead of laying them out again).
 */
export function readCompiledPhrases(file: string, reader: CompiledReader, dir: string): { readonly book: PhraseBook; readonly reason?: undefined } | { readonly book?: undefined; readonly reason: 'no file' | 'out of date' } {
  if (!existsSync(file)) return { reason: 'no file' };
  if (!codeFilesPresent(PHRASE_CODE)) return { reason: 'out of date' };
  const split = splitFile(readFileSync(file));
  const head = z.object({ format: z.literal(FORMAT), fingerprint: z.string() }).safeParse(split?.header);
  if (!split || !head.success || head.data.fingerprint !== phrasesFingerprint(reader, dir)) return { reason: 'out of date' };
  const { body } = split;
  try {
    const data = headerSchema.parse(split.header);
    if (body.length !== data.bodyLength) throw new Error(`its arrays are ${body.length} bytes, the build wrote ${data.bodyLength} (cut short or added to)`);
    if (digestOf(data, body) !== data.digest) throw new Error('its arrays are not the ones the build checked (digest)');
    const { book, tries } = bookOf(data, body, 'shape');
    rememberWordTries(book, tries);
    return { book };
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
