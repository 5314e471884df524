import restify, { type Request, type Response, type Server } from 'restify';
import type { App } from './app';
import { errorFields, type Logger } from './logging/logger';

export interface ServerOptions {
  readonly app: App;
  readonly log: Logger;
  readonly version: string;
  /** Largest accepted request body. Teams activities are a few KB; cards with inputs rarely exceed 30 KB. */
  readonly maxBodyBytes?: number;
  readonly startedAt?: number;
}

export interface RunningServer {
  readonly server: Server;
  /** Stops accepting requests, waits for turns in flight, then closes the app (flushes stores). */
  stop(): Promise<void>;
}

/** Owns HTTP: routes, body limits, error shaping and shutdown. The bot never sees restify. */
export function createServer(options: ServerOptions): RunningServer {
  const log = options.log.child('http');
  const startedAt = options.startedAt ?? Date.now();
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const server = restify.createServer({ name: 'veiviser', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 256 * 1024, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (stopping) {
      res.header('Retry-After', '5');
      res.send(503, { code: 'ShuttingDown', message: 'The service is restarting.' });
      return;
    }
    if (!req.is('json') || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      res.send(400, { code: 'BadRequest', message: 'Expected a JSON activity.' });
      return;
    }
    const turn = options.app.adapter.process(req, res, (context) => options.app.bot.run(context));
    inFlight.add(turn);
    try {
      await turn;
    } finally {
      inFlight.delete(turn);
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(stopping ? 503 : 200, {
      status: stopping ? 'stopping' : 'ok',
      version: options.version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    });
  });

  // One error shape for every failure: clients see a status and a short code, never internals.
  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) log.error('request failed', { method: req.method, route: req.getRoute()?.path?.toString(), status, ...errorFields(err) });
    else log.info('request rejected', { method: req.method, status, errorName: err.name });
    err.toJSON = () => ({ code: err.name.replace(/Error$/, '') || 'Error', message: status >= 500 ? 'Internal error.' : publicMessage(status) });
    callback();
  });

  return {
    server,
    async stop() {
      stopping = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
      await options.app.close();
    },
  };
}

function publicMessage(status: number): string {
  switch (status) {
    case 400:
      return 'Bad request.';
    case 401:
      return 'Unauthorized.';
    case 404:
      return 'Not found.';
    case 405:
      return 'Method not allowed.';
    case 413:
      return 'Request body too large.';
    case 415:
      return 'Unsupported media type.';
    default:
      return 'Request rejected.';
  }
}

export function listen(running: RunningServer, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    running.server.once('error', reject);
    running.server.listen(port, host, () => resolve(running.server.url));
  });
}
