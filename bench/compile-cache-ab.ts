/**
 * npx tsx bench/compile-cache-ab.ts --node <binary> [--rounds 2]: start-up CPU (user+sys of the process, spawn to the
 * first answer) and idle RSS of the built app with and without the build's compile cache, in alternating fresh
 * processes A B B A. A: `dist/veiviser.js` as main's `npm start` ran it; B: `npm start`'s program (dist/src/start.js,
 * the cache in dist/compile-cache). CPU, not wall clock: the machine is shared. Run `npm run build` first.
 */
import { parseArgs } from 'node:util';
import { startLeanConnector } from './lean-connector';
import { cpuMs, rssMb, startEntry, startFlags, startProgram } from './process-bench';

const args = parseArgs({ options: { node: { type: 'string' }, rounds: { type: 'string', default: '2' }, env: { type: 'string', multiple: true } } }).values;
const node = args.node ?? process.execPath;
const extraEnv = Object.fromEntries((args.env ?? []).map((kv) => kv.split('=', 2) as [string, string]));
const sides = { A: 'dist/veiviser.js', B: startEntry() } as const;

async function main(): Promise<void> {
  const connector = await startLeanConnector();
  const figures: Record<'A' | 'B', Array<{ cpu: number; rss: number }>> = { A: [], B: [] };
  try {
    for (let round = 0; round < Number(args.rounds); round++) {
      for (const side of ['A', 'B', 'B', 'A'] as const) {
        const bot = await startProgram('veiviser', connector, startFlags(), extraEnv, node, sides[side]);
        await new Promise((r) => setTimeout(r, 3000));
        const f = { cpu: bot.startCpuMs, rss: rssMb(bot.child.pid ?? 0), all: cpuMs(bot.child.pid ?? 0) };
        await bot.stop();
        figures[side].push(f);
        console.log(`${side} ${sides[side]}: start-up CPU ${Math.round(f.cpu)} ms, idle RSS ${f.rss.toFixed(1)} MB`);
      }
    }
  } finally {
    await connector.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  for (const side of ['A', 'B'] as const) {
    console.log(`${side}: median start-up CPU ${Math.round(median(figures[side].map((f) => f.cpu)))} ms [${figures[side].map((f) => Math.round(f.cpu)).join(' ')}], idle RSS median ${median(figures[side].map((f) => f.rss)).toFixed(1)} MB`);
  }
}
void main();
