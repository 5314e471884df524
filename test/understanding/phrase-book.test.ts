import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { contentPath } from '../../src/paths/content-root';
import { COMPILED_READERS, compiledPhrasesFile, type CompiledReader, readCompiledPhrases, writeCompiledPhrases } from '../../src/understanding/compiled-phrases';
import { isAge, partCode, PhraseBook, PhraseBookBuilder } from '../../src/understanding/phrase-book';
import { prefixCode, wordTrie } from '../../src/understanding/phrase-index';
import { PhraseTrie } from '../../src/understanding/phrase-trie';
import { compileRolePhrases, loadRoleReader, roleFileSchema } from '../../src/understanding/role-reader';
import { compileScopePhrases, loadScopeReader, scopeFileSchema } from '../../src/understanding/scope-reader';
import { compileParts, compileSituationPhrases, cueFileSchema, fold, leadingWords, loadSituationReader, partsCompiler } from '../../src/understanding/situation-cues';

// (was phrase-book.test.ts)

/** A book of one phrase (the cue syntax of situation-cues.ts), and whether it matches `text` at its first word. */
function matches(phrase: string, text: string, at = 0): boolean {
  const builder = new PhraseBookBuilder();
  const p = builder.add(0, 0, compileParts(phrase, 'test'));
  return builder.build().matchesAt(p, text.split(' '), at);
}

describe('PhraseBook: compiled phrases as flat arrays, and their matching', () => {
  it.each([
    ['jeg er rektor', 'jeg er rektor', true],
    ['jeg er rektor', 'jeg er rektoren', false],
    ['jeg er rektor*', 'jeg er rektoren', true],
    ['jeg ... rektor', 'jeg rektor', true],
    ['jeg ... rektor', 'jeg er en rektor', true],
    ['jeg ... rektor', 'jeg er ikke lenger rektor', true],
    ['jeg ... rektor', 'jeg er ikke lenger her som rektor', false],
    ['she is # years', 'she is 15 years', true],
    ['she is # years', 'she is 18 years', false],
    ['she is # years', 'she is 9 years', false],
    ['reise ...', 'reise', true],
    ['jeg er rektor', 'jeg er', false],
  ])('"%s" on "%s": %s', (phrase, text, expected) => {
    expect(matches(phrase, text)).toBe(expected);
  });

  it('matches from the token it is asked at', () => {
    expect(matches('er rektor', 'jeg er rektor', 1)).toBe(true);
    expect(matches('er rektor', 'jeg er rektor', 0)).toBe(false);
  });

  it('reads an age as a number from 10 to 17, as two digits', () => {
    expect(['10', '13', '17'].every(isAge)).toBe(true);
    expect(['9', '18', '19', '015', '1a', '٥١'].some(isAge)).toBe(false);
  });

  it('keeps each phrase’s value, list and parts, and each distinct part once', () => {
    const builder = new PhraseBookBuilder();
    builder.add(0, 3, compileParts('jeg er lærer*', 'test'));
    builder.add(2, 1, compileParts('jeg ... #', 'test'));
    const book = builder.build();
    expect(book.size).toBe(2);
    expect([...book.values]).toEqual([3, 1]);
    expect([...book.lists]).toEqual([0, 2]);
    expect(book.texts).toEqual(['jeg', 'er', 'laerer', '', '']);
    expect(book.partsOf(1)).toEqual([{ kind: 'word', word: 'jeg' }, { kind: 'gap' }, { kind: 'age' }]);
    expect(book.leadingWords(0)).toEqual(['jeg', 'er']);
    expect(book.length(1)).toBe(3);
  });

  it('gives each list’s phrases in their order, for a book made here and for each reader’s book as the build wrote it', () => {
    const builder = new PhraseBookBuilder();
    builder.add(2, 0, compileParts('jeg er lærer', 'test'));
    builder.add(0, 0, compileParts('hun er # år', 'test'));
    builder.add(2, 1, compileParts('rektor*', 'test'));
    builder.add(5, 0, compileParts('han ... reiser', 'test'));
    const book = builder.build();
    expect([...book.phrasesOf(2)]).toEqual([0, 2]);
    expect([...book.phrasesOf(0)]).toEqual([1]);
    expect([...book.phrasesOf(5)]).toEqual([3]);
    expect([...book.phrasesOf(1)]).toEqual([]);
    for (const reader of COMPILED_READERS) {
      const built = fromFile(reader);
      const lists = [...new Set(built.lists)];
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) {
        const slow: number[] = [];
        for (let p = 0; p < built.size; p++) if (built.lists[p] === list) slow.push(p);
        expect([...built.phrasesOf(list)]).toEqual(slow);
      }
      expect(lists.reduce((n, list) => n + built.phrasesOf(list).length, 0)).toBe(built.size);
    }
  });

  it('refuses a value or list it cannot keep in a byte (a concept missing from the reader’s list is -1)', () => {
    const parts = compileParts('jeg', 'test');
    expect(() => new PhraseBookBuilder().add(0, -1, parts)).toThrow('not a number from 0 to 255');
    expect(() => new PhraseBookBuilder().add(256, 0, parts)).toThrow('not a number from 0 to 255');
  });

  it('refuses arrays that do not fit together', () => {
    const ok = { kinds: Uint8Array.of(0), texts: ['a'], starts: Uint32Array.of(0, 1), parts: Uint32Array.of(0), values: Uint8Array.of(0), lists: Uint8Array.of(0) };
    expect(() => new PhraseBook(ok)).not.toThrow();
    expect(() => new PhraseBook({ ...ok, starts: Uint32Array.of(0, 2) })).toThrow('do not add up');
    expect(() => new PhraseBook({ ...ok, parts: Uint32Array.of(1) })).toThrow('not in the table');
    expect(() => new PhraseBook({ ...ok, starts: Uint32Array.of(0, 0, 1), values: Uint8Array.of(0, 0), lists: Uint8Array.of(0, 0) })).toThrow('has no parts');
    expect(() => new PhraseBook({ ...ok, kinds: Uint8Array.of(7) })).toThrow('not a kind of part');
  });
});

// (was phrase-compiler.test.ts)

/** Every phrase of a content folder's language files: cue phrases, role words, frames, duties, and every frame filled with each word of its kind. */
function phrasesIn(folder: string): string[] {
  const dir = contentPath('understanding', folder);
  const phrases: string[] = [];
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'rules.json')) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { cues?: unknown; roles?: Record<string, { person?: string[]; place?: string[] }>; frames?: { person: string[]; place: string[] }; duties?: unknown };
    phrases.push(...strings(data.cues), ...strings(data.roles), ...strings(data.frames), ...strings(data.duties));
    for (const words of Object.values(data.roles ?? {})) {
      for (const kind of ['person', 'place'] as const) {
        for (const frame of data.frames?.[kind] ?? []) for (const word of words[kind] ?? []) phrases.push(frame.replace('@', word));
      }
    }
  }
  return phrases;
}

/**
 * The readers compile their phrases word by word, each distinct word once (`partsCompiler`); `compileParts` folds the
 * whole phrase. Folding works within a word, so both give the same parts: checked on every phrase the content has.
 */
describe('partsCompiler', () => {
  it.each(['situation', 'roles'])('gives the parts compileParts gives, for every phrase of content/understanding/%s', (folder) => {
    const compile = partsCompiler();
    const phrases = phrasesIn(folder);
    expect(phrases.length).toBeGreaterThan(1000);
    const differ = phrases.filter((p) => JSON.stringify(compile(p, 'test')) !== JSON.stringify(compileParts(p, 'test')));
    expect(differ).toEqual([]);
  });

  it('shares one object per distinct part, and refuses a phrase with no word to start from', () => {
    const compile = partsCompiler();
    const [a] = compile('jeg er lærer', 'test');
    const [b] = compile('jeg jobber', 'test');
    expect(a).toEqual({ kind: 'word', word: 'jeg' });
    expect(a).toBe(b);
    expect(() => compile('... lærer', 'test')).toThrow('no word to start from');
  });
});

// (was phrase-index-keys.test.ts)

/** A token's first `n` letters, the token spread into its letters (code points), as the keys were worked out before. */
const firstLetters = (token: string, n: number): string => [...token].slice(0, n).join('');

const TOKENS = ['ab', 'a', 'æres', 'ንbarnevernet', 'imdiنی', 'не', 'нет', '😀', '😀😀', '😀a', '\ud83d', '\ud83dx', 'x\ude00', '\ude00\ud83d', 'é', 'e\u0301x', 'e\u0301', '١٦', '١', '', 'tvangsekteskap', 'tv', 't', 'زواج', 'زو', 'ز', 'ት', '𝒜𝒷c', '𝒜𝒷', '𝒜', 'a😀', 'a😀b'];

describe("the keys a token's word-beginning phrases are filed under", () => {
  it('are the same for two tokens exactly when their first two letters are (or their one letter, or both are empty)', () => {
    // Every pair's keys beside its letters, compared once (an `expect` per pair was most of the test); a failure names the pair.
    const keys: unknown[] = [];
    const letters: unknown[] = [];
    for (const a of TOKENS) for (const b of TOKENS) {
      keys.push([a, b, prefixCode(a, 2) === prefixCode(b, 2)]);
      letters.push([a, b, firstLetters(a, 2) === firstLetters(b, 2)]);
    }
    expect(keys).toEqual(letters);
  });

  it('of the first letter are the same exactly when the first letters are, and a one-letter token has one key', () => {
    const keys: unknown[] = [];
    const letters: unknown[] = [];
    for (const a of TOKENS) for (const b of TOKENS) {
      keys.push([a, b, prefixCode(a, 1) === prefixCode(b, 1)]);
      letters.push([a, b, firstLetters(a, 1) === firstLetters(b, 1)]);
    }
    expect(keys).toEqual(letters);
    expect(TOKENS.map((a) => [a, prefixCode(a, 1) === prefixCode(a, 2)])).toEqual(TOKENS.map((a) => [a, [...a].length <= 1]));
  });

  it('count a letter outside the basic plane as one letter', () => {
    expect(prefixCode('𝒜𝒷c', 2)).toBe(prefixCode('𝒜𝒷', 2));
    expect(prefixCode('a😀b', 2)).toBe(prefixCode('a😀', 2));
    expect(prefixCode('a😀', 2)).not.toBe(prefixCode('a\ud83d', 2));
  });
});

// (was phrase-trie.test.ts)

/** The trie only narrows which phrases are tried at a token: every phrase that could match is among them, in the order added. */
describe('PhraseTrie', () => {
  const trie = new PhraseTrie();
  const phrases = ['jeg er rektor', 'jeg er', 'jeg jobber som rektor', 'jeg er en rektor*', 'jeg ... rektor', 'jeg er # år', 'jeg er helsesykepleier'];
  // Entries are numbers (a reader's phrase numbers): here each phrase's place in the list, shown as the phrase.
  phrases.forEach((p, i) => trie.add(leadingWords(compileParts(p, 'test')), i));
  const tokens = (text: string) => text.split(' ');
  const candidates = (text: string, at: number) => trie.candidates(tokens(text), at).map((i) => phrases[i]);

  it('gives the phrases whose leading words follow the token, in the order they were added', () => {
    expect(candidates('hei jeg er en rektorinne', 1)).toEqual(['jeg er', 'jeg er en rektor*', 'jeg ... rektor', 'jeg er # år']);
    expect(candidates('jeg er rektor', 0)).toEqual(['jeg er rektor', 'jeg er', 'jeg ... rektor', 'jeg er # år']);
  });

  it('never offers a phrase whose leading words are not there, and nothing for a word no phrase starts with', () => {
    expect(candidates('jeg jobber som', 0)).toEqual(['jeg ... rektor']);
    expect(candidates('er jeg', 0)).toEqual([]);
    expect(candidates('jeg', 1)).toEqual([]);
  });

  it('refuses a phrase that does not start with a word', () => {
    expect(() => trie.add([], 99)).toThrow('starts with a word');
  });

  it('gives entries added in any order back in the order added, and takes no more phrases after its first look-up', () => {
    const other = new PhraseTrie();
    other.add(['a', 'b'], 7);
    other.add(['a'], 3);
    other.add(['a', 'b', 'c'], 5);
    other.add(['a', 'b'], 1);
    expect(other.candidates(['a', 'b', 'c'], 0)).toEqual([7, 3, 5, 1]);
    expect(other.candidates(['x', 'a', 'b'], 1)).toEqual([7, 3, 1]);
    expect(other.candidates(['b'], 0)).toEqual([]);
    expect(() => other.add(['a'], 2)).toThrow('after its first look-up');
  });

  it('restored from its laid-out arrays (as the build writes it) gives the same candidates, and refuses arrays that do not fit', () => {
    const restored = PhraseTrie.restore(trie.laidOut());
    for (const text of ['hei jeg er en rektorinne', 'jeg er rektor', 'jeg jobber som', 'er jeg', 'jeg']) {
      for (let at = 0; at < tokens(text).length; at++) expect(restored.candidates(tokens(text), at)).toEqual(trie.candidates(tokens(text), at));
    }
    expect(() => restored.add(['jeg'], 9)).toThrow('after its first look-up');
    const laidOut = trie.laidOut();
    expect(() => PhraseTrie.restore({ ...laidOut, childNode: laidOut.childNode.map(() => laidOut.hereStart.length) })).toThrow('does not add up');
    expect(() => PhraseTrie.restore({ ...laidOut, words: [] })).toThrow('does not add up');
    expect(() => PhraseTrie.restore({ ...laidOut, words: laidOut.words.map(() => 'jeg') })).toThrow('names a word twice');
  });
});

// (was compiled-phrases.test.ts)

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
    expect(readCompiledPhrases(good, 'scope', DIRS.scope).book?.size).toBeGreaterThan(300);
    const damaged = path.join(tmp, 'damaged.bin');
    // A start checks the arrays' length and digest, not each number: the build checked those before it wrote them.
    // The file cut short by one word (a copy stopped early): its length is not the build's.
    writeFileSync(damaged, readFileSync(good).subarray(0, readFileSync(good).length - 4));
    expect(() => readCompiledPhrases(damaged, 'scope', DIRS.scope)).toThrow(/damaged\.bin: its arrays are \d+ bytes, the build wrote \d+/);
    // One number of the body changed, the length as it was: the digest differs.
    const changed = Buffer.from(readFileSync(good));
    changed[changed.length - 2] = (changed[changed.length - 2] ?? 0) ^ 0xff;
    writeFileSync(damaged, changed);
    expect(() => readCompiledPhrases(damaged, 'scope', DIRS.scope)).toThrow(/damaged\.bin: its arrays are not the ones the build checked \(digest\)/);
    // Where an array lies, changed in the header (the bytes as they were): the digest covers the places too.
    rewriteHeader(good, damaged, (header) => ({ ...header, ids: [header.ids[0], header.ids[1] - 4] }));
    expect(() => readCompiledPhrases(damaged, 'scope', DIRS.scope)).toThrow(/damaged\.bin: its arrays are not the ones the build checked \(digest\)/);
    rewriteHeader(good, damaged, (header) => ({ ...header, tries: header.tries.map((trie) => ({ ...trie, childNode: [trie.childNode[0], 0] })) }));
    expect(() => readCompiledPhrases(damaged, 'scope', DIRS.scope)).toThrow(/damaged\.bin: its arrays are not the ones the build checked/);
  });

  it('is written only when every number adds up: the build checks what a start no longer checks one by one', () => {
    // A word part without its word: a start reading it would match the empty text. The build stops, naming the file.
    const book = new PhraseBook({ kinds: Uint8Array.of(0, 1), texts: ['', 'bar'], starts: Uint32Array.of(0, 2), parts: Uint32Array.of(0, 1), values: Uint8Array.of(0), lists: Uint8Array.of(0) });
    const file = path.join(tmp, 'refused.bin');
    expect(() => writeCompiledPhrases(file, 'scope', DIRS.scope, book)).toThrow(/refused\.bin: part 0 is not a part/);
    expect(readCompiledPhrases(file, 'scope', DIRS.scope).reason).toBe('no file');
  });

  it("checks a laid-out trie's numbers in full unless the build did ('shape' checks only the lengths)", () => {
    const trie = new PhraseTrie();
    trie.add(['jeg', 'er'], 0);
    trie.add(['jeg', 'jobber'], 1);
    const laidOut = trie.laidOut();
    const pastTheNodes = { ...laidOut, childNode: laidOut.childNode.map(() => laidOut.hereStart.length) };
    expect(() => PhraseTrie.restore(pastTheNodes)).toThrow('does not add up');
    expect(() => PhraseTrie.restore(pastTheNodes, 'shape')).not.toThrow();
    expect(() => PhraseTrie.restore({ ...laidOut, childNode: laidOut.childNode.subarray(1) }, 'shape')).toThrow('does not add up');
    expect(PhraseTrie.restore(laidOut, 'shape').candidates(['jeg', 'jobber', 'her'], 0)).toEqual([1]);
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
