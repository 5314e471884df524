import type { AddressInfo } from 'node:net';
import type { App } from '../../src/app';
import { createLogger } from '../../src/logging/logger';
import { createServer, listen } from '../../src/server';
import { createStorageHealth } from '../../src/storage/storage-health';

/** /healthz needs no bot: an app that is never asked to answer a turn. */
const idleApp = { close: async () => undefined } as unknown as App;

describe('/healthz reports storage trouble without taking the bot out of rotation', () => {
  it('says 200 "ok", then 200 "degraded" with the storage state while writes fail, then "ok" again', async () => {
    const health = createStorageHealth();
    const running = createServer({ app: idleApp, log: createLogger({ level: 'silent' }), version: 'test', storageHealth: health });
    await listen(running, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}/healthz`;
    try {
      health.report('stats-store', 'ok');
      expect(await (await fetch(url)).json()).toMatchObject({ status: 'ok', storage: 'ok' });
      health.report('stats-store', 'write-failed');
      const res = await fetch(url);
      // Guidance and emergency numbers still work: a load balancer keeps routing here; monitoring alerts on `storage`.
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'degraded', storage: 'write-failed' });
      health.report('language-preferences', 'read-only');
      expect(await (await fetch(url)).json()).toMatchObject({ status: 'degraded', storage: 'read-only' });
      health.report('stats-store', 'ok');
      health.report('language-preferences', 'ok');
      expect(await (await fetch(url)).json()).toMatchObject({ status: 'ok', storage: 'ok' });
    } finally {
      await running.stop();
    }
  });
});
