/**
 * One cold start of a built bot under `node --cpu-prof`, spawn to its first answered request, as `npm run bench --
 * --startup` starts it (the same Node flags, the same first request); the profile is written when the bot stops.
 *
 *   npx tsx bench/start-profile.ts --dir /tmp/start-prof [--bot echo] [--node <binary>] [--interval 200]
 *
 * Build first (`npm run bench -- --startup` builds both bots). A profile samples wall time: on a loaded machine a
 * stretch the process waited for a core shows as one long sample wherever it was, so read several starts.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { startLeanConnector } from './lean-connector';
import { startFlags, startProgram } from './process-bench';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    bot: { type: 'string', default: 'veiviser' },
    node: { type: 'string' },
    interval: { type: 'string', default: '200' },
  },
});
if (!args.dir) throw new Error('--dir: where to write the profile');
if (args.bot !== 'veiviser' && args.bot !== 'echo') throw new Error('--bot: veiviser or echo');
const kind = args.bot;

async function main(): Promise<void> {
  const connector = await startLeanConnector();
  try {
    const flags = [...startFlags(), '--cpu-prof', `--cpu-prof-dir=${path.resolve(String(args.dir))}`, `--cpu-prof-interval=${args.interval}`];
    const bot = await startProgram(kind, connector, flags, {}, args.node ?? process.execPath);
    process.stdout.write(`${kind}: cold start ${Math.round(bot.coldStartMs)} ms, CPU ${bot.startCpuMs} ms; profile in ${args.dir}\n`);
    await bot.stop();
  } finally {
    await connector.close();
  }
}

void main();
