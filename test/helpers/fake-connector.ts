import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PostedActivity {
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** The Authorization header the bot sent (its own token when an app id is configured). */
  readonly authorization?: string | undefined;
}

/**
 * A stand-in for the Bot Framework connector (Teams' serviceUrl): records what the bot posts back
 * and answers like the real service, so HTTP tests can assert what the user would see.
 */
export interface FakeConnector {
  readonly url: string;
  readonly posted: PostedActivity[];
  /** Resolves when at least `count` activities have been posted (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<PostedActivity[]>;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const posted: PostedActivity[] = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      posted.push({
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {},
      });
      waiters.splice(0).forEach((wake) => wake());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${posted.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    posted,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} posted activities, got ${posted.length}`)), timeoutMs);
        const check = () => {
          if (posted.length >= count) {
            clearTimeout(timer);
            resolve(posted);
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
