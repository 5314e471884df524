import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Teams connector stand-in for load: answers every reply at once and only counts them (no memory growth). */
export interface LeanConnector {
  readonly url: string;
  readonly replies: () => number;
  close(): Promise<void>;
}

export async function startLeanConnector(): Promise<LeanConnector> {
  let replies = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      replies += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"r"}');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    replies: () => replies,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
