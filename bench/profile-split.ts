/**
 * `npx tsx bench/profile-split.ts <veiviser.cpuprofile> [--echo <echo.cpuprofile>] [--tail 0.6] [--ms 3.3] [--echo-ms 0.7]`:
 * where the time of a request goes, from the CPU profiles `bench/turn-cpu.ts --profile dir` writes (one per bot).
 *
 * Each sample of the last `--tail` of the run (after the warm-up) goes to one row: to the reading stage or handler it was
 * taken under, if any (the outermost of the stages below on its stack: a card built inside a handler counts with the
 * handler), else to the owner of its innermost frame (a package, a folder of dist/src, GC, a system call). With `--ms`
 * (the run's CPU a request, as turn-cpu printed it) each row is also given in ms a request; the echo bot's profile, with
 * its own `--echo-ms`, gives the same rows beside it.
 *
 * A caution: V8's sampler takes its samples by wall time, so a process that the scheduler held back while the machine
 * was loaded has samples that cost it no CPU (they fall on system calls that wake the load generator, `writev` above
 * all). On a loaded machine the shares are of the sampled time, and read the system-call rows as an upper bound.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    echo: { type: 'string' },
    tail: { type: 'string', default: '0.6' },
    ms: { type: 'string' },
    'echo-ms': { type: 'string' },
  },
});

const callFrameSchema = z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() });
const profileSchema = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: callFrameSchema, children: z.array(z.number()).optional() })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
type CallFrame = z.infer<typeof callFrameSchema>;

/** The reading of the message and the handlers, by a frame on the stack (the outermost one found names the row). */
const STAGES: readonly (readonly [RegExp, string])[] = [
  [/^understanding understanding\/understand\.js/, 'reading: understanding (every recognizer, the danger reader)'],
  [/^detect understanding\/understanding-cache/, 'reading: language detection'],
  [/^\(anon\) conversation\/follow-up\.js:137$/, 'reading: follow-up reader'],
  [/ conversation\/needs\.js/, 'reading: two-needs'],
  [/^ageBand src\/features/, 'reading: age band'],
  [/^(countryNamed|serviceNamed|withAgeKnown|abroadNote|toCyrillic) /, 'reading: country and service named, abroad note, transliteration'],
  [/^dispatch kit\/intent-registry/, 'handlers (with their cards)'],
  [/^continueTurn /, 'triage flow'],
];

const SYSCALLS: ReadonlySet<string> = new Set(['writev', 'writeLatin1String', 'writeUtf8String', 'writeBuffer']);

function frameKey(frame: CallFrame): string {
  return `${frame.functionName || '(anon)'} ${frame.url.replace(/^.*\/(dist\/src|node_modules)\//u, '')}:${frame.lineNumber}`;
}

function ownerOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)') return 'V8 and Node outside JavaScript ((program))';
  if (SYSCALLS.has(functionName)) return 'socket writes (system calls)';
  if (url === '') return functionName.startsWith('RegExp') ? 'regular expressions (native)' : 'other native code';
  if (/node_modules\/zod\//u.test(url)) return 'zod';
  if (/node_modules\/(@azure|@typespec|botframework-connector)\//u.test(url)) return 'connector client and serialiser';
  if (/node_modules\/(botbuilder|botbuilder-core|botbuilder-stdlib|botbuilder-dialogs|botframework-schema)\//u.test(url)) return 'botbuilder';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(url);
  if (pkg) return `package ${pkg[1]}`;
  const own = /dist\/src\/(.*)\.js$/u.exec(url);
  if (own) return `dist/src/${own[1]}`;
  if (url.startsWith('node:')) return 'Node internals (HTTP, streams, promises, timers)';
  return 'other';
}

/** Sampled µs by row over the last `tail` of the profile, and their sum. */
function split(file: string, tail: number): { rows: Map<string, number>; total: number } {
  const profile = profileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const rows = new Map<string, number>();
  let total = 0;
  for (let i = Math.floor(profile.samples.length * (1 - tail)); i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i] ?? -1);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    let stage: string | undefined;
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)?.callFrame;
      const key = frame ? frameKey(frame) : '';
      for (const [pattern, name] of STAGES) if (pattern.test(key)) stage = name;
    }
    const row = stage ?? `outside the reading: ${ownerOf(node.callFrame)}`;
    rows.set(row, (rows.get(row) ?? 0) + dt);
  }
  return { rows, total };
}

const [file] = positionals;
if (file === undefined) throw new Error('usage: profile-split.ts <veiviser.cpuprofile> [--echo <echo.cpuprofile>] [--tail 0.6] [--ms 3.3] [--echo-ms 0.7]');
const tail = Number(args.tail);
const bot = split(file, tail);
const echo = args.echo !== undefined ? split(args.echo, tail) : undefined;
const ms = args.ms !== undefined ? Number(args.ms) : undefined;
const echoMs = args['echo-ms'] !== undefined ? Number(args['echo-ms']) : undefined;
const cell = (us: number, total: number, perRequest: number | undefined): string =>
  `${((100 * us) / total).toFixed(1)} %${perRequest !== undefined ? ` (${((perRequest * us) / total).toFixed(3)} ms)` : ''}`;
const names = [...new Set([...bot.rows.keys(), ...(echo ? echo.rows.keys() : [])])].sort((a, b) => (bot.rows.get(b) ?? 0) - (bot.rows.get(a) ?? 0));
process.stdout.write(`| row | Veiviser |${echo ? ' echo bot |' : ''}\n|---|---|${echo ? '---|' : ''}\n`);
for (const name of names) {
  const mine = bot.rows.get(name) ?? 0;
  const theirs = echo ? echo.rows.get(name) ?? 0 : 0;
  if ((100 * mine) / bot.total < 0.2 && (!echo || (100 * theirs) / echo.total < 0.2)) continue;
  process.stdout.write(`| ${name} | ${cell(mine, bot.total, ms)} |${echo ? ` ${cell(theirs, echo.total, echoMs)} |` : ''}\n`);
}
process.stdout.write(`sampled: Veiviser ${(bot.total / 1000).toFixed(0)} ms${echo ? `, echo bot ${(echo.total / 1000).toFixed(0)} ms` : ''} (rows under 0.2 % left out)\n`);
