import http from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * Conversations at a steady pace: each of `conversations` users sends a message, waits for the answer, and sends
 * the next at its next slot (one every `conversations / rate` seconds, the users' slots spread evenly). This is how
 * Teams traffic arrives; autocannon's `overallRate` instead sends each second's quota at full speed and then
 * pauses, so its latencies are those of a saturated server. A late answer delays that user's next message (it is
 * sent at once), which the latency then shows instead of hiding.
 */
export interface PacedOptions {
  readonly port: number;
  readonly conversations: number;
  /** Messages per second from all conversations together. */
  readonly rate: number;
  readonly seconds: number;
  readonly body: (n: number) => string;
}

export interface PacedResult {
  readonly requests: number;
  readonly errors: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export async function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.conversations });
  const interval = (1000 * options.conversations) / options.rate;
  const end = performance.now() + options.seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;

  const send = (body: string) =>
    new Promise<boolean>((resolve) => {
      const req = http.request(
        { host: '127.0.0.1', port: options.port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve((res.statusCode ?? 500) < 300));
        },
      );
      req.on('error', () => resolve(false));
      req.end(body);
    });

  const conversation = async (index: number) => {
    let next = performance.now() + (interval * index) / options.conversations;
    while (next < end) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const started = performance.now();
      const ok = await send(options.body(n++));
      latencies.push(performance.now() - started);
      if (!ok) errors += 1;
      next += interval;
    }
  };
  await Promise.all(Array.from({ length: options.conversations }, (_, i) => conversation(i)));
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
  return { requests: latencies.length, errors, p50: at(0.5), p99: at(0.99), max: at(1) };
}
