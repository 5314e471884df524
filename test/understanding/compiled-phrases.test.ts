import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEvalSets } from '../../src/evaluation/eval-set';
import { contentPath } from '../../src/paths/content-root';
import { COMPILED_READERS, compiledPhrasesFile, recordingCompiler, replayCompiler, writeCompiledPhrases, type CompiledReader } from '../../src/understanding/compiled-phrases';
import type { Part, PhraseCompiler } from '../../src/understanding/phrase-parts';
import { loadRoleReader } from '../../src/understanding/role-reader';
import { loadScopeReader } from '../../src/understanding/scope-reader';
import { loadSituationReader, partsCompiler } from '../../src/understanding/situation-cues';

const DIRS: Record<CompiledReader, string> = {
  situation: contentPath('understanding', 'situation'),
  roles: contentPath('understanding', 'roles'),
  scope: contentPath('understanding', 'scope'),
};
const LOAD: Record<CompiledReader, (dir: string, compile?: PhraseCompiler) => unknown> = { situation: loadSituationReader, roles: loadRoleReader, scope: loadScopeReader };

/** What a reader compiles from its data, phrase by phrase, with the phrase compiler itself. */
function freshlyCompiled(reader: CompiledReader, dir: string = DIRS[reader]): readonly (readonly Part[])[] {
  const recording = recordingCompiler(partsCompiler());
  LOAD[reader](dir, recording.compile);
  return recording.recorded;
}

/** Every phrase a replay gives back, in order, until it has none left. */
function replayed(reader: CompiledReader, file: string, dir: string = DIRS[reader]): Part[][] {
  const { compile, reason } = replayCompiler(file, reader, dir);
  if (!compile) throw new Error(`no compiled phrases for ${reader}: ${reason}`);
  const all: Part[][] = [];
  for (;;) {
    try {
      all.push(compile('', ''));
    } catch {
      return all;
    }
  }
}

describe("the understanding readers' compiled phrases (written by the build and the test setup, replayed at start)", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'veiviser-phrases-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each(COMPILED_READERS)('the %s file the test setup wrote is up to date and gives back exactly what compiling the data gives', (reader) => {
    const fresh = freshlyCompiled(reader);
    expect(fresh.length).toBeGreaterThan(reader === 'scope' ? 300 : 5000);
    expect(replayed(reader, compiledPhrasesFile(reader))).toEqual(fresh);
  });

  it('replays each distinct part as one shared object of the shape the compiler makes', () => {
    const all = replayed('roles', compiledPhrasesFile('roles')).flat();
    const words = all.filter((p) => p.kind === 'word' && p.word === 'jeg');
    expect(words.length).toBeGreaterThan(100);
    expect(new Set(words).size).toBe(1);
    expect(Object.keys(words[0] ?? {})).toEqual(['kind', 'word']);
  });

  it('readers built from the replay read every evaluation question as readers that compile', () => {
    const questions = loadEvalSets(path.join(__dirname, '..', 'eval')).map((item) => item.q);
    expect(questions.length).toBeGreaterThan(1000);
    const pairs = [
      [loadSituationReader(), loadSituationReader(undefined, partsCompiler())],
      [loadRoleReader(), loadRoleReader(undefined, partsCompiler())],
    ] as const;
    for (const reader of COMPILED_READERS) expect(replayCompiler(compiledPhrasesFile(reader), reader, DIRS[reader]).reason).toBeUndefined();
    const [[situation, situationCompiled], [roles, rolesCompiled]] = pairs;
    const scope = loadScopeReader();
    const scopeCompiled = loadScopeReader(undefined, partsCompiler());
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
    const file = path.join(tmp, 'phrases-scope.json');
    writeCompiledPhrases(file, 'scope', dir, freshlyCompiled('scope', dir));
    expect(replayCompiler(file, 'scope', dir).reason).toBeUndefined();

    const en = path.join(dir, 'en.json');
    const data = JSON.parse(readFileSync(en, 'utf8')) as { cues: { unrelated?: string[] } };
    data.cues.unrelated = [...(data.cues.unrelated ?? []), 'zebra crossing paint'];
    writeFileSync(en, JSON.stringify(data));
    expect(replayCompiler(file, 'scope', dir).reason).toBe('out of date');
    // The default file was made from content/understanding/scope, not from this copy: the reader compiles.
    const message = 'how do I get zebra crossing paint';
    expect(loadScopeReader().read(message, new Set()).outOfScope).toEqual([]);
    expect(loadScopeReader(dir).read(message, new Set()).outOfScope.length).toBeGreaterThan(0);
  });

  it('is not used when missing or in another format, and refuses to give back more phrases than were recorded', () => {
    expect(replayCompiler(path.join(tmp, 'missing.json'), 'scope', DIRS.scope).reason).toBe('no file');
    const other = path.join(tmp, 'other-format.json');
    writeFileSync(other, JSON.stringify({ format: 'veiviser-compiled-phrases-0', fingerprint: 'x', parts: [], lengths: [], ids: [] }));
    expect(replayCompiler(other, 'scope', DIRS.scope).reason).toBe('out of date');

    const file = path.join(tmp, 'two-phrases.json');
    writeCompiledPhrases(file, 'scope', DIRS.scope, [[{ kind: 'word', word: 'a' }], [{ kind: 'word', word: 'b' }, { kind: 'gap' }]]);
    const { compile } = replayCompiler(file, 'scope', DIRS.scope);
    if (!compile) throw new Error('not replayed');
    expect(compile('', '')).toEqual([{ kind: 'word', word: 'a' }]);
    expect(compile('', '')).toEqual([{ kind: 'word', word: 'b' }, { kind: 'gap' }]);
    expect(() => compile('', '')).toThrow(/more phrases than were recorded/);
  });
});
