import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { decodeRewriteFacts, encodeRewriteFacts, writeStatsRewriteFacts, type RewriteFacts } from '../../src/stats/answers/rewrite-facts';
import { rewritesFor, toEnglishCues, workedOutRewriteFacts } from '../../src/stats/answers/stats-words';
import { normalize } from '../../src/language/text';
import type { Lang } from '../../src/language/languages';

/*
 * perf36b: the statistics rewrites' scripts and required literals are worked out by the build and written to
 * dist/data/stats-rewrites.json; the bundle takes them from there instead of working them out on its first message.
 * The answers must be the same: the list's facts are the facts worked out from each source, and a program that takes
 * them rewrites every message as one that works them out.
 */

const ROOT = path.join(__dirname, '..', '..');

/** Statistics questions as people type them (typos, no å/ø/æ, other scripts), and calm twins that ask no figure. */
const PROBES: ReadonlyArray<readonly [Lang, string]> = [
  ['nb', 'hvor mange saker hadde kompetanseteamet i fjor'],
  ['nb', 'hva er negativ sosial kontroll'],
  ['nn', 'kor mange saker fekk dei i 2023'],
  ['en', 'how many cases did the advisers have last year?'],
  ['ru', 'сколко дел было в прошлом году'],
  ['ru', 'что такое принудительный брак'],
  ['uk', 'скільки справ минулого року'],
  ['tr', 'gecen yil kac vaka vardi'],
  ['tr', 'zorla evlilik nedir'],
  ['pl', 'ile spraw bylo w 2022'],
  ['so', 'immisa kiis ayaa jiray sanadkii hore'],
  ['ar', 'كم عدد الحالات في ٢٠٢٣'],
  ['ar', 'ما هو الزواج القسري'],
  ['fa', 'چند مورد در سال گذشته'],
  ['ur', 'پچھلے سال کتنے کیس تھے'],
  ['ti', 'ክንደይ ጉዳያት ነይሮም ኣብ 2023'],
];

describe('perf36b: the statistics rewrites facts the build writes', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'perf36b-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes every pattern of the file, and reads back the facts it worked out', () => {
    const facts = workedOutRewriteFacts();
    expect(facts.size).toBeGreaterThan(1000);
    for (const [, f] of facts) {
      const written = encodeRewriteFacts(f);
      expect(written).toBeDefined();
      expect(decodeRewriteFacts(written ?? '')).toEqual(f);
    }
    // Patterns of another script and Latin ones, with literals of more than one string.
    expect([...facts.values()].some(([script]) => script === 'arabic')).toBe(true);
    expect([...facts.values()].some(([script]) => script === '')).toBe(true);
    expect([...facts.values()].some(([, literals]) => (literals?.length ?? 0) > 1)).toBe(true);
    const file = path.join(tmp, 'stats-rewrites.json');
    expect(writeStatsRewriteFacts(file, 'build-1', facts)).toBe(facts.size);
    const list = JSON.parse(readFileSync(file, 'utf8')) as { format: string; build: string; facts: Record<string, string> };
    expect(list.format).toBe('veiviser-stats-rewrites-1');
    expect(list.build).toBe('build-1');
    expect(Object.keys(list.facts)).toHaveLength(facts.size);
  });

  it('leaves out facts it cannot write, and reads no string a build would not write', () => {
    expect(encodeRewriteFacts(['', []])).toBeUndefined();
    expect(encodeRewriteFacts(['', ['a\u0001b']])).toBeUndefined();
    expect(encodeRewriteFacts(['cyrillic', null])).toBe('cyrillic');
    expect(decodeRewriteFacts('latin\u0001abc')).toBeUndefined();
    const some: RewriteFacts = ['ethiopic', ['ክንደይ', ' 2023']];
    expect(decodeRewriteFacts(encodeRewriteFacts(some) ?? '')).toEqual(some);
  });

  it('a bundled program with the list of its own build rewrites every probe as the sources do, and works the facts out for another build', () => {
    // A project of its own: package.json, the content, and a program bundled from stats-words.ts with a build id.
    const project = path.join(tmp, 'project');
    mkdirSync(path.join(project, 'dist', 'data'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{"name":"perf36b-test"}');
    symlinkSync(path.join(ROOT, 'content'), path.join(project, 'content'));
    const entry = path.join(project, 'program.ts');
    writeFileSync(
      entry,
      [
        `import { rewritesFor, toEnglishCues } from ${JSON.stringify(path.join(ROOT, 'src', 'stats', 'answers', 'stats-words'))};`,
        `const probes = JSON.parse(process.argv[2] ?? '[]') as Array<[string, string]>;`,
        `const marked = process.argv[3] ?? '';`,
        `process.stdout.write(JSON.stringify({ cues: probes.map(([lng, text]) => toEnglishCues(text, lng as never)), tried: rewritesFor('hvor mange saker i fjor').some((r) => (r as { source?: string }).source === marked) }));`,
      ].join('\n'),
    );
    buildSync({ entryPoints: [entry], outfile: path.join(project, 'dist', 'program.js'), bundle: true, platform: 'node', format: 'cjs', nodePaths: [path.join(ROOT, 'node_modules')], define: { VEIVISER_BUILD_ID: '"build-1"' }, logLevel: 'error' });
    const probes = PROBES.map(([lng, text]) => [lng, normalize(text)] as const);
    const expected = probes.map(([lng, text]) => toEnglishCues(text, lng));
    // The probes are read by the rewrites at all (a figure asked), and their calm twins are not.
    expect(expected.filter((cues, i) => cues !== probes[i]?.[1].replace(/\s+/gu, ' ').trim()).length).toBeGreaterThanOrEqual(8);
    // A Latin pattern the Norwegian probe is tried against: listed as Ethiopic, it is not tried when the list is used.
    const latin = rewritesFor('hvor mange saker i fjor').find((r) => (r as { source?: string }).source !== undefined && r.literals !== undefined);
    const marked = (latin as { source?: string } | undefined)?.source ?? '';
    expect(marked).not.toBe('');
    const facts = new Map(workedOutRewriteFacts());
    const list = (build: string, mark: boolean) =>
      writeStatsRewriteFacts(path.join(project, 'dist', 'data', 'stats-rewrites.json'), build, mark ? new Map([...facts, [marked, ['ethiopic', ['ክንደይ']] as const]]) : facts);
    const run = (): { cues: string[]; tried: boolean } => JSON.parse(execFileSync(process.execPath, [path.join(project, 'dist', 'program.js'), JSON.stringify(probes), marked], { encoding: 'utf8' })) as { cues: string[]; tried: boolean };

    list('build-1', false);
    expect(run()).toEqual({ cues: expected, tried: true });
    list('build-1', true);
    expect(run().tried).toBe(false);
    list('build-0', true);
    expect(run()).toEqual({ cues: expected, tried: true });
    rmSync(path.join(project, 'dist', 'data', 'stats-rewrites.json'));
    expect(run()).toEqual({ cues: expected, tried: true });
  });
});
