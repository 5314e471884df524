/**
 * Whether two built programs answer alike: `npx tsx bench/compare-programs.ts [a] [b]` (default `dist/src/index.js`,
 * tsc's output, against the program `npm start` runs, the bundle `dist/veiviser.js`). Each program is started as
 * `npm start` starts it (its Node flags, an empty data directory) and asked every evaluation question once, each in a
 * conversation of its own; the replies it posts to the connector (what a person sees: text, cards, suggested
 * actions) are compared question by question. `npm run eval:snapshot` checks the sources; this checks the build.
 * Exit code 1 when any answer differs. Run `npm run build` first.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadEvalSets } from '../src/evaluation/eval-set';
import { startFlags, startEntry, startProgram } from './process-bench';
import { teamsTraffic } from './teams-traffic';

const ROOT = path.join(__dirname, '..');
const [first = path.join('dist', 'src', 'index.js'), second = startEntry()] = process.argv.slice(2);

interface RecordingConnector {
  readonly url: string;
  /** The replies posted to a conversation so far, each as the JSON of what a client shows. */
  readonly replies: (conversation: string) => readonly string[];
  close(): Promise<void>;
}

async function recordingConnector(): Promise<RecordingConnector> {
  const replies = new Map<string, string[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const conversation = decodeURIComponent(/\/v3\/conversations\/([^/]+)\//u.exec(req.url ?? '')?.[1] ?? '');
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const { type, text, attachments, suggestedActions, inputHint, textFormat, attachmentLayout, locale } = activity;
      const list = replies.get(conversation) ?? [];
      list.push(JSON.stringify({ type, text, attachments, suggestedActions, inputHint, textFormat, attachmentLayout, locale }));
      replies.set(conversation, list);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"r"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    replies: (conversation) => replies.get(conversation) ?? [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function post(port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const questions = loadEvalSets(path.join(ROOT, 'test', 'eval')).map(({ q, lang }) => ({ q, lang }));

/** Every question's replies from one program, in the questions' order. */
async function answers(entry: string): Promise<string[]> {
  const connector = await recordingConnector();
  // One conversation and one user per question: no question is read as a follow-up of another, no rate limit.
  const body = teamsTraffic({ serviceUrl: connector.url, conversations: Number.MAX_SAFE_INTEGER, users: Number.MAX_SAFE_INTEGER, questions, everyMessageNew: true });
  const bot = await startProgram('veiviser', { url: connector.url, replies: () => 0, close: () => connector.close() }, startFlags(), {}, process.execPath, entry);
  try {
    const result: string[] = [];
    for (let n = 0; n < questions.length; n++) {
      // Its own conversation, apart from the one startProgram's first request went to.
      const conversation = `a:compare-${n}`;
      const activity = { ...(JSON.parse(body(n)) as Record<string, unknown>), conversation: { id: conversation, conversationType: 'personal' } };
      const status = await post(bot.port, JSON.stringify(activity));
      result.push(`${status} ${connector.replies(conversation).join('\n')}`);
    }
    return result;
  } finally {
    await bot.stop();
    await connector.close();
  }
}

async function main(): Promise<void> {
  const [a, b] = [await answers(first), await answers(second)];
  let differ = 0;
  for (let n = 0; n < questions.length; n++) {
    if (a[n] === b[n]) continue;
    differ += 1;
    if (differ <= 5) process.stdout.write(`differs: ${JSON.stringify(questions[n])}\n  ${first}: ${(a[n] ?? '').slice(0, 300)}\n  ${second}: ${(b[n] ?? '').slice(0, 300)}\n`);
  }
  const answered = a.filter((r) => r.startsWith('200 {')).length;
  process.stdout.write(`${first} and ${second}: ${questions.length - differ} of ${questions.length} questions answered alike (${answered} with a reply)\n`);
  if (differ > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
