import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { contentPath } from '../../src/paths/content-root';
import { COMPILED_READERS, compiledPhrasesFile, readCompiledPhrases, writeCompiledPhrases, type CompiledReader } from '../../src/understanding/compiled-phrases';
import { partCode, type PhraseBook } from '../../src/understanding/phrase-book';
import { wordTrie } from '../../src/understanding/phrase-index';
import { compileRolePhrases, loadRoleReader, roleFileSchema } from '../../src/understanding/role-reader';
import { compileScopePhrases, loadScopeReader, scopeFileSchema } from '../../src/understanding/scope-reader';
import { compileParts, compileSituationPhrases, fold, cueFileSchema, loadSituationReader, partsCompiler } from '../../src/understanding/situation-cues';

const DIRS: Record<CompiledReader, string> = {
  situation: contentPath('understanding', 'situation'),
  roles: contentPath('understanding', 'roles'),
  scope: contentPath('understanding', 'scope'),
};
/** What each reader compiles from its data, read and checked, with the phrase compiler itself. */
const COMPILE: Record<CompiledReader, (dir: string) => PhraseBook> = {
  situation: (dir) => compileSituationPhrases(dir),
  roles: (dir) => compileRolePhrases(dir),
  scope: (dir) => compileScopePhrases(dir),
};

function fromFile(reader: CompiledReader, file: string = compiledPhrasesFile(reader), dir: string = DIRS[reader]): PhraseBook {
  const { book, reason } = readCompiledPhrases(file, reader, dir);
  if (!book) throw new Error(`no compiled phrases for ${reader}: ${reason}`);
  return book;
}

describe("the understanding readers' compiled phrases (written by the build and the test setup, read at start)", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'veiviser-phrases-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  it.each(COMPILED_READERS)('the %s file the test setup wrote is up to date and gives back exactly what compiling the data gives', (reader) => {
    const fresh = COMPILE[reader](DIRS[reader]);
    expect(fresh.size).toBeGreaterThan(reader === 'scope' ? 300 : 5000);
    const read = fromFile(reader);
    expect(read).toEqual(fresh);
    // Phrase by phrase, the parts are the compiler's: the first, the last and every 97th phrase against compileParts.
    // A phrase's source is rebuilt from its folded parts, and folding is not idempotent where an apostrophe joined
    // letters ("la'aan" folds to "laan", which would fold again to "lan"): such a phrase is skipped for the next one.
    let checked = 0;
    for (let p = 0; p < read.size; p += p === 0 ? 1 : 97) {
      let q = p;
      while (q < read.size && !isFixedPoint(read, q)) q += 1;
      if (q >= read.size) break;
      expect(compileParts(partsOfSource(read, q), 'test')).toEqual(read.partsOf(q));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(reader === 'scope' ? 3 : 50);
  });

  it('keeps each distinct part once, given back in the shape the compiler makes', () => {
    const book = fromFile('roles');
    const codes = book.texts.map((text, id) => partCode(book.kinds[id] ?? 0, text));
    expect(new Set(codes).size).toBe(codes.length);
    const withJeg = Array.from({ length: book.size }, (_, p) => book.partsOf(p)).filter((parts) => parts.some((part) => part.kind === 'word' && part.word === 'jeg'));
    expect(withJeg.length).toBeGreaterThan(100);
    expect(Object.keys(withJeg[0]?.[0] ?? {})).toEqual(['kind', 'word']);
  });

  it('builds the readers without reading their cue files again when the file is up to date, and reads them when it is not', () => {
    const parses = [jest.spyOn(cueFileSchema, 'safeParse'), jest.spyOn(roleFileSchema, 'safeParse'), jest.spyOn(scopeFileSchema, 'safeParse')];
    loadSituationReader();
    loadRoleReader();
    loadScopeReader();
    expect(parses.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
    // With a compiler given (as when the file is out of date), every cue file is read and checked.
    loadSituationReader(undefined, partsCompiler());
    loadRoleReader(undefined, partsCompiler());
    loadScopeReader(undefined, partsCompiler());
    expect(parses.every((spy) => spy.mock.calls.length >= 12)).toBe(true);
  });

  it('readers built from the file read every evaluation question as readers that compile', () => {
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval')).map((item) => item.q);
    expect(questions.length).toBeGreaterThan(1000);
    for (const reader of COMPILED_READERS) expect(readCompiledPhrases(compiledPhrasesFile(reader), reader, DIRS[reader]).reason).toBeUndefined();
    const [situation, situationCompiled] = [loadSituationReader(), loadSituationReader(undefined, partsCompiler())];
    const [roles, rolesCompiled] = [loadRoleReader(), loadRoleReader(undefined, partsCompiler())];
    const [scope, scopeCompiled] = [loadScopeReader(), loadScopeReader(undefined, partsCompiler())];
    const known = new Set(['role']);
    const differ = questions.filter(
      (q) =>
        JSON.stringify({ ...situation.read(q), concepts: [...situation.read(q).concepts] }) !==
          JSON.stringify({ ...situationCompiled.read(q), concepts: [...situationCompiled.read(q).concepts] }) ||
        JSON.stringify(roles.read(q)) !== JSON.stringify(rolesCompiled.read(q)) ||
        JSON.stringify(scope.read(q, known)) !== JSON.stringify(scopeCompiled.read(q, known)),
    );
    expect(differ).toEqual([]);
  });

  it('is out of date when a phrase of the data changes, and the reader then compiles the new phrase', () => {
    const dir = path.join(tmp, 'scope');
    cpSync(DIRS.scope, dir, { recursive: true });
    const file = path.join(tmp, 'phrases-scope.bin');
    writeCompiledPhrases(file, 'scope', dir, COMPILE.scope(dir));
    expect(readCompiledPhrases(file, 'scope', dir).reason).toBeUndefined();

    const en = path.join(dir, 'en.json');
    const data = JSON.parse(readFileSync(en, 'utf8')) as { cues: { unrelated?: string[] } };
    data.cues.unrelated = [...(data.cues.unrelated ?? []), 'zebra crossing paint'];
    writeFileSync(en, JSON.stringify(data));
    expect(readCompiledPhrases(file, 'scope', dir).reason).toBe('out of date');
    // The default file was made from content/understanding/scope, not from this copy: the reader compiles.
    const message = 'how do I get zebra crossing paint';
    expect(loadScopeReader().read(message, new Set()).outOfScope).toEqual([]);
    expect(loadScopeReader(dir).read(message, new Set()).outOfScope.length).toBeGreaterThan(0);
  });

  it('is not used when missing or in another format, and a damaged file of this format is an error naming it', () => {
    expect(readCompiledPhrases(path.join(tmp, 'missing.json'), 'scope', DIRS.scope).reason).toBe('no file');
    const other = path.join(tmp, 'other-format.json');
    writeFileSync(other, JSON.stringify({ format: 'veiviser-compiled-phrases-1', fingerprint: 'x', parts: [], lengths: [], ids: [] }));
    expect(readCompiledPhrases(other, 'scope', DIRS.scope).reason).toBe('out of date');

    const good = path.join(tmp, 'good.bin');
    writeCompiledPhrases(good, 'scope', DIRS.scope, COMPILE.scope(DIRS.scope));
    const damaged = path.join(tmp, 'damaged.bin');
    // One phrase's part numbers cut off: the phrases no longer add up.
    rewriteHeader(good, damaged, (header) => ({ ...header, ids: [header.ids[0], header.ids[1] - 4] }));
    expect(() => readCompiledPhrases(damaged, 'scope', DIRS.scope)).toThrow(/damaged\.bin: the phrases do not add up/);
    // A table of one part: the phrases' part numbers go beyond it.
    const body = readFileSync(good).subarray(4 + readFileSync(good).readUInt32LE(0));
    rewriteHeader(good, damaged, (header) => {
      const firstText = body.toString('utf8', header.texts[0], header.texts[0] + header.texts[1]).split('\u0000')[0] ?? '';
      return { ...header, kinds: [header.kinds[0], 1], texts: [header.texts[0], Buffer.byteLength(firstText)] };
    });
    expect(() => readCompiledPhrases(damaged, 'scope', DIRS.scope)).toThrow(/damaged\.bin: part \d+ is not in the table/);
    // A trie whose node points past the others.
    rewriteHeader(good, damaged, (header) => ({ ...header, tries: header.tries.map((trie) => ({ ...trie, childNode: [trie.childNode[0], 0] })) }));
    expect(() => readCompiledPhrases(damaged, 'scope', DIRS.scope)).toThrow(/damaged\.bin: the laid-out trie does not add up/);
  });

  it.each(COMPILED_READERS)("gives the %s reader's word tries laid out as laying them out from the compiled data gives them", (reader) => {
    const fresh = COMPILE[reader](DIRS[reader]);
    const read = fromFile(reader);
    const lists = [...new Set(fresh.lists)];
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(wordTrie(read, list).laidOut()).toEqual(wordTrie(fresh, list).laidOut());
  });
});

type Extent = [number, number];
interface Header {
  readonly kinds: Extent;
  readonly texts: Extent;
  readonly ids: Extent;
  readonly tries: ReadonlyArray<{ readonly childNode: Extent }>;
}

/** Writes `from` to `to` with its header (the JSON after the first four bytes) changed by `edit`. */
function rewriteHeader(from: string, to: string, edit: (header: Header) => unknown): void {
  const bytes = readFileSync(from);
  const length = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as Header;
  const json = Buffer.from(JSON.stringify(edit(header)), 'utf8');
  const padded = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(padded.length);
  writeFileSync(to, Buffer.concat([prefix, padded, bytes.subarray(4 + length)]));
}

/** A phrase of the book written back in the cue syntax (`word*`, `#`, `...`), to compile it again. */
/** Whether every word part of a phrase folds to itself, so that its rebuilt source compiles to the same parts. */
function isFixedPoint(book: PhraseBook, p: number): boolean {
  return book.partsOf(p).every((part) => (part.kind === 'word' ? fold(part.word) === part.word : part.kind === 'prefix' ? fold(part.prefix) === part.prefix : true));
}

function partsOfSource(book: PhraseBook, p: number): string {
  return book
    .partsOf(p)
    .map((part) => (part.kind === 'word' ? part.word : part.kind === 'prefix' ? `${part.prefix}*` : part.kind === 'age' ? '#' : '...'))
    .join(' ');
}
