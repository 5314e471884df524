import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/logging/logger';
import { createServer, listen } from '../../src/server';
import { startBotProcess } from '../helpers/bot-process';
import { startSlowConnector } from '../helpers/slow-connector';
import { teamsMessage, USER_AAD_ID } from '../helpers/teams-activity';
import { buildTestApp } from '../helpers/test-app';

// Each suite builds the whole app (content, indexes, stores): on a loaded machine that alone can pass the default 20 s.
jest.setTimeout(60_000);

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/**
 * The app served in process, replying through a connector that answers after `delayMs`; `events` records when the
 * app is closed (the store flushed), with how many replies had gone out by then.
 */
async function serveWithSlowConnector(delayMs: number) {
  const connector = await startSlowConnector(delayMs);
  const testApp = await buildTestApp();
  const events: string[] = [];
  const app = {
    ...testApp.app,
    close: async () => {
      events.push(`app closed after ${connector.answered()} reply`);
      await testApp.app.close();
    },
  };
  const running = createServer({ app, log: createLogger({ level: 'silent' }), version: 'test' });
  await listen(running, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
  const cleanup = async () => {
    await connector.close();
    rmSync(testApp.dataDir, { recursive: true, force: true });
  };
  return { connector, events, running, url, cleanup };
}

describe('graceful shutdown (in process)', () => {
  it('stops accepting, finishes the turn in flight, then closes the app', async () => {
    const { connector, events, running, url, cleanup } = await serveWithSlowConnector(400);
    try {
      const inFlight = post(url, teamsMessage({ text: 'hjelp', serviceUrl: connector.url }));
      await connector.firstRequest;

      const stopped = running.stop();
      // New connections are refused while the turn finishes.
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();

      expect((await inFlight).status).toBe(200);
      await stopped;
      // The store was flushed (app closed) only after the turn's reply went out.
      expect(events).toEqual(['app closed after 1 reply']);
    } finally {
      await cleanup();
    }
  }, 90_000);
});

describe('graceful shutdown (in process), client gone', () => {
  it('still waits for a turn whose client hung up before closing the app', async () => {
    // The connection is gone, so the HTTP server alone would report "closed" at once; the turn is still running.
    const { connector, events, running, url, cleanup } = await serveWithSlowConnector(800);
    try {
      const abort = new AbortController();
      const inFlight = fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsMessage({ text: 'hjelp', serviceUrl: connector.url })),
        signal: abort.signal,
      }).catch(() => 'aborted');
      await connector.firstRequest;
      abort.abort();
      expect(await inFlight).toBe('aborted');
      await running.stop();
      expect(events).toEqual(['app closed after 1 reply']);
    } finally {
      await cleanup();
    }
  }, 90_000);
});

describe('graceful shutdown (the real process)', () => {
  const exitOf = (child: ChildProcessWithoutNullStreams) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  it('on SIGTERM finishes the turn in flight, refuses new work, flushes the statistics store and exits 0', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-sigterm-'));
    const connector = await startSlowConnector(1000);
    const proc = startBotProcess({ DATA_DIR: dataDir, REGISTRAR_AAD_IDS: USER_AAD_ID });
    try {
      const url = await proc.url;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // A registrar's case: the store journals it, then the confirmation waits on the slow connector.
      const month = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
      const form = { verb: 'register-case', service: 'diversity-advisers', month, caseTypes: 'forced-marriage-fear', gender: 'girl-woman', ageBand: '16-17', county: '03', originRegion: 'east-africa', whereabouts: 'norway', referredTo: 'child-welfare' };
      const inFlight = post(url, teamsMessage({ value: form, serviceUrl: connector.url }));
      await connector.firstRequest;
      expect(existsSync(path.join(dataDir, 'stats.lock'))).toBe(true);
      const exited = exitOf(proc.child);
      proc.child.kill('SIGTERM');

      expect((await inFlight).status).toBe(200);
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(connector.answered()).toBe(1);
      expect(proc.output()).toContain('"msg":"shutting down","signal":"SIGTERM"');
      expect(proc.output()).toContain('"msg":"stopped","signal":"SIGTERM"');
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      // Flushed: the case is in the snapshot, the journal was emptied into it, and the writer's lock released.
      const snapshot = JSON.parse(readFileSync(path.join(dataDir, 'stats.json'), 'utf8')) as { cases: Array<{ service: string; month: string }> };
      expect(snapshot.cases).toEqual([expect.objectContaining({ service: 'diversity-advisers', month })]);
      expect(statSync(path.join(dataDir, 'stats.journal')).size).toBe(0);
      expect(existsSync(path.join(dataDir, 'stats.lock'))).toBe(false);
    } finally {
      proc.child.kill('SIGKILL');
      await connector.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('on SIGTERM during start-up waits for the stores to open, then closes them and exits 0 without listening', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-early-'));
    const proc = startBotProcess({ DATA_DIR: dataDir });
    proc.url.catch(() => undefined);
    try {
      // The local-mode warning is the first line createApp writes, before the stores open.
      await new Promise<void>((resolve) => {
        const check = () => (proc.output().includes('LOCAL MODE') ? resolve() : setTimeout(check, 5));
        check();
      });
      const exited = exitOf(proc.child);
      proc.child.kill('SIGTERM');
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(proc.output()).toContain('"msg":"stopped","signal":"SIGTERM"');
      expect(proc.output()).not.toContain('"msg":"listening"');
      expect(existsSync(path.join(dataDir, 'stats.lock'))).toBe(false);
    } finally {
      proc.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('refuses to start in production without credentials, and says how to override', async () => {
    const proc = startBotProcess({ NODE_ENV: 'production', DATA_DIR: tmpdir() });
    proc.url.catch(() => undefined);
    expect(await exitOf(proc.child)).toEqual({ code: 78, signal: null });
    expect(proc.output()).toContain('MicrosoftAppId is required in production');
    expect(proc.output()).toContain('ALLOW_UNAUTHENTICATED=true');
    expect(proc.output()).not.toContain('listening');
  }, 90_000);

  it('starts in production without credentials only with ALLOW_UNAUTHENTICATED=true, and warns', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'veiviser-unauth-'));
    const proc = startBotProcess({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true', DATA_DIR: dataDir });
    try {
      const url = await proc.url;
      expect(proc.output()).toContain('requests are NOT authenticated');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const exited = exitOf(proc.child);
      proc.child.kill('SIGTERM');
      expect(await exited).toEqual({ code: 0, signal: null });
    } finally {
      proc.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
