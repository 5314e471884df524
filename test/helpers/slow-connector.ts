import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A connector that holds every reply for `delayMs`, so a turn stays in flight long enough to shut down under it. */
export interface SlowConnector {
  readonly url: string;
  /** Resolves when the first reply arrives (the turn is in flight and waiting on us). */
  readonly firstRequest: Promise<void>;
  readonly answered: () => number;
  close(): Promise<void>;
}

export async function startSlowConnector(delayMs: number): Promise<SlowConnector> {
  let answered = 0;
  let markFirst: () => void = () => undefined;
  const firstRequest = new Promise<void>((resolve) => (markFirst = resolve));
  const server = http.createServer((req, res) => {
    req.resume();
    markFirst();
    setTimeout(() => {
      answered += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `slow-${answered}` }));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    firstRequest,
    answered: () => answered,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
