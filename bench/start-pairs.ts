/**
 * Start-up of two built trees, alternating (A B B A …), as `npm run bench -- --startup` starts Veiviser (the same Node
 * flags, the same first request): each start's CPU (user + system from /proc, spawn to the first answer) and wall
 * clock, then the medians. On a machine shared by others the CPU is the steadier figure; alternating keeps a change of
 * load from landing on one side only.
 *
 *   npx tsx bench/start-pairs.ts --a /work/main --b . [--rounds 6] [--node <binary>]
 *
 * Each tree must be built (`npm run build`): the program is the tree's own `dist/veiviser.js`, which reads its own
 * dist/data and content/.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLeanConnector } from './lean-connector';
import { startEntry, startFlags, startProgram } from './process-bench';

const { values: args } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    rounds: { type: 'string', default: '6' },
    node: { type: 'string' },
  },
});
if (!args.a || !args.b) throw new Error('--a and --b: the two built trees');
const ROOT = path.join(__dirname, '..');
const trees = { A: path.resolve(args.a), B: path.resolve(args.b) } as const;
const rounds = Number(args.rounds);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const connector = await startLeanConnector();
  const figures: Record<'A' | 'B', { cpu: number[]; wall: number[] }> = { A: { cpu: [], wall: [] }, B: { cpu: [], wall: [] } };
  try {
    for (let round = 0; round < rounds; round++) {
      const order: ReadonlyArray<'A' | 'B'> = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
      for (const side of order) {
        const program = path.relative(ROOT, path.join(trees[side], startEntry()));
        const bot = await startProgram('veiviser', connector, startFlags(), {}, args.node ?? process.execPath, program);
        await bot.stop();
        figures[side].cpu.push(bot.startCpuMs);
        figures[side].wall.push(Math.round(bot.coldStartMs));
        process.stdout.write(`${side} round ${round + 1}: CPU ${bot.startCpuMs} ms, wall ${Math.round(bot.coldStartMs)} ms\n`);
      }
    }
  } finally {
    await connector.close();
  }
  for (const side of ['A', 'B'] as const) {
    process.stdout.write(`${side} (${trees[side]}): CPU median ${median(figures[side].cpu)} ms [${figures[side].cpu.join(' ')}], wall median ${median(figures[side].wall)} ms\n`);
  }
}

void main();
