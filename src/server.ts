import restify, { type Request, type Response, type Server } from 'restify';
import type { App } from './app';
import { captureAdapterResponse, httpOutcome } from './http/adapter-exchange';
import { inboundActivitySchema } from './http/inbound-activity';
import { errorFields, type Logger } from './logging/logger';
import type { StorageHealth } from './storage/storage-health';

export interface ServerOptions {
  readonly app: App;
  readonly log: Logger;
  readonly version: string;
  /** What the stores report about their disks (default: the process's registry). */
  readonly storageHealth?: StorageHealth;
  /** Largest accepted request body. Teams activities are a few KB; cards with inputs rarely exceed 30 KB. */
  readonly maxBodyBytes?: number;
  readonly startedAt?: number;
}

export interface RunningServer {
  readonly server: Server;
  /** Whether a turn is being answered now. */
  busy(): boolean;
  /** Stops accepting requests, waits for turns in flight, then closes the app (flushes stores). */
  stop(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Owns HTTP: routes, body limits, authentication outcome, error shaping and shutdown. The bot never sees restify. */
export function createServer(options: ServerOptions): RunningServer {
  const log = options.log.child('http');
  const startedAt = options.startedAt ?? Date.now();
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const server = restify.createServer({ name: 'veiviser', handleUncaughtExceptions: false });
  // A slow or stalled client must not hold a connection (and a turn slot) for minutes.
  server.server.headersTimeout = 15_000;
  server.server.requestTimeout = 30_000;
  server.pre((_req: Request, res: Response, next: () => void) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Cache-Control', 'no-store');
    next();
  });
  // JSON only, checked before any byte of the body is read. restify's generic bodyParser also takes multipart
  // uploads, which skip maxBodySize and are written to the temp directory (by formidable) before authentication.
  server.use((req: Request, res: Response, next: (err?: false) => void) => {
    if (req.method === 'POST' && !req.is('json')) {
      res.send(415, { code: 'UnsupportedMediaType', message: publicMessage(415) });
      next(false);
      return;
    }
    next();
  });
  server.use(restify.plugins.bodyReader({ maxBodySize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }));
  // `bodyReader: true`: the body was read (and size-checked) just above.
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));

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
    const shape = inboundActivitySchema.safeParse(req.body);
    if (!shape.success) {
      // Field paths only: the values may be what a person wrote.
      log.info('activity rejected', { status: 400, fields: [...new Set(shape.error.issues.map((i) => String(i.path[0] ?? '')))].join(',') });
      res.send(400, { code: 'BadRequest', message: 'Not a valid activity.' });
      return;
    }
    const turn = handleActivity(req, res, shape.data.type);
    inFlight.add(turn);
    try {
      await turn;
    } finally {
      inFlight.delete(turn);
    }
  });

  async function handleActivity(req: Request, res: Response, activityType: string): Promise<void> {
    const exchange = captureAdapterResponse();
    let turnStarted = false;
    const authorization = req.headers.authorization;
    try {
      await options.app.adapter.process(
        // The original body, not the parsed copy: the adapter and the bot see exactly what the channel sent.
        { method: 'POST', headers: authorization ? { authorization } : {}, body: req.body },
        exchange.response,
        async (context) => {
          turnStarted = true;
          await options.app.bot.run(context);
        },
      );
    } catch (error) {
      log.error('adapter failed', { activityType, turnStarted, ...errorFields(error) });
      res.send(
        turnStarted ? 500 : 400,
        turnStarted ? { code: 'Internal', message: 'Internal error.' } : { code: 'BadRequest', message: 'Not a valid activity.' },
      );
      return;
    }
    const outcome = httpOutcome({ status: exchange.status(), body: exchange.body(), turnStarted });
    switch (outcome.kind) {
      case 'unauthorized':
        (outcome.adapterStatus >= 500 ? log.warn : log.info)('request not authenticated', { activityType, adapterStatus: outcome.adapterStatus });
        res.header('WWW-Authenticate', 'Bearer');
        res.send(401, { code: 'Unauthorized', message: 'Unauthorized.' });
        return;
      case 'unsupported-invoke':
        log.info('invoke not handled', { activityType, status: 400 });
        res.send(400, { code: 'UnsupportedInvoke', message: 'This request is not supported.' });
        return;
      case 'failed':
        log.error('turn failed', { activityType, adapterStatus: outcome.adapterStatus });
        res.send(500, { code: 'Internal', message: 'Internal error.' });
        return;
      case 'ok':
        if (outcome.body === undefined || outcome.body === null) res.send(outcome.status);
        else res.send(outcome.status, outcome.body);
    }
  }

  // Storage trouble (disk full, read-only, a damaged file) answers 200 with status 'degraded': guidance and
  // emergency numbers still work, so a load balancer keeps routing here; monitoring alerts on `storage`.
  server.get('/healthz', async (_req: Request, res: Response) => {
    const { storage } = (options.storageHealth ?? options.app.storageHealth).summary();
    res.send(stopping ? 503 : 200, {
      status: stopping ? 'stopping' : storage === 'ok' ? 'ok' : 'degraded',
      storage,
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
    busy: () => inFlight.size > 0,
    async stop() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
      // Keep-alive connections that carried the last turns would otherwise hold `close` open.
      server.server.closeIdleConnections();
      await closed;
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
