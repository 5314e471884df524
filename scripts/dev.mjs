// `npm run dev`: builds and starts the bot, then the Microsoft 365 Agents Playground (a local Teams-like
// client, no tenant needed) pointed at it. Open the URL it prints. Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
const start = (command, args, env) => {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
  return child;
};

// Local mode: no MicrosoftAppId, so the bot accepts the Playground's unauthenticated requests.
start(process.execPath, ['dist/src/index.js'], { PORT: port, MicrosoftAppId: '', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' });
setTimeout(() => {
  start(npx, ['agentsplayground', '-e', `http://localhost:${port}/api/messages`, '-c', 'msteams', '-p', playgroundPort, '--disable-telemetry'], {
    // Without a browser on the machine the Playground exits when it tries to open one; the URL is printed instead.
    TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none',
  });
  process.stdout.write(`\nAgents Playground: http://localhost:${playgroundPort}  (bot on http://localhost:${port}/api/messages)\n\n`);
}, 1500);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((c) => c.kill('SIGTERM')));
