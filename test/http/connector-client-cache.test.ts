import { BotFrameworkAuthentication, ClaimsIdentity, ConnectorClient, ConnectorFactory, type AuthenticateRequestResult, type UserTokenClient } from 'botframework-connector';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectorClientCache, withoutFormDataPolicy } from '../../src/http/connector-client-cache';

/** Counts the clients the wrapped authentication builds. */
class CountingAuth extends BotFrameworkAuthentication {
  built: Array<[string | undefined, string, string | undefined]> = [];
  failNext = false;

  authenticateRequest(): Promise<AuthenticateRequestResult> {
    return Promise.reject(new Error('not used'));
  }
  authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    return Promise.reject(new Error('not used'));
  }
  createUserTokenClient(): Promise<UserTokenClient> {
    return Promise.reject(new Error('not used'));
  }
  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = claimsIdentity.getClaimValue('aud') ?? undefined;
    const built = this.built;
    const fail = () => {
      const failing = this.failNext;
      this.failNext = false;
      return failing;
    };
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (fail()) return Promise.reject(new Error('credentials unavailable'));
        built.push([appId, serviceUrl, audience]);
        return Promise.resolve(new ConnectorClient({ signRequest: async (r: unknown) => r } as never, { baseUri: serviceUrl }));
      }
    })();
  }
}

const identity = (appId: string) => new ClaimsIdentity([{ type: 'aud', value: appId }], true);

describe('ConnectorClientCache', () => {
  it('reuses one client per app, service URL and audience instead of building one per turn', async () => {
    const inner = new CountingAuth();
    const auth = new ConnectorClientCache(inner);
    const a = await auth.createConnectorFactory(identity('app-1')).create('https://smba.trafficmanager.net/emea/', 'https://api.botframework.com');
    const b = await auth.createConnectorFactory(identity('app-1')).create('https://smba.trafficmanager.net/emea/', 'https://api.botframework.com');
    expect(b).toBe(a);
    expect(inner.built).toHaveLength(1);

    const otherUrl = await auth.createConnectorFactory(identity('app-1')).create('https://smba.trafficmanager.net/amer/', 'https://api.botframework.com');
    const otherApp = await auth.createConnectorFactory(identity('app-2')).create('https://smba.trafficmanager.net/emea/', 'https://api.botframework.com');
    const otherAudience = await auth.createConnectorFactory(identity('app-1')).create('https://smba.trafficmanager.net/emea/', 'https://other');
    expect(new Set([a, otherUrl, otherApp, otherAudience]).size).toBe(4);
    expect(inner.built).toHaveLength(4);
    expect(auth.size).toBe(4);
  });

  it('does not keep a client whose build failed', async () => {
    const inner = new CountingAuth();
    const auth = new ConnectorClientCache(inner);
    inner.failNext = true;
    await expect(auth.createConnectorFactory(identity('app-1')).create('https://smba.trafficmanager.net/emea/')).rejects.toThrow('credentials unavailable');
    await new Promise((resolve) => setImmediate(resolve));
    expect(auth.size).toBe(0);
    await expect(auth.createConnectorFactory(identity('app-1')).create('https://smba.trafficmanager.net/emea/')).resolves.toBeInstanceOf(ConnectorClient);
  });

  it('keeps a bounded number of clients (service URLs come from authenticated requests, but the bound holds anyway)', async () => {
    const auth = new ConnectorClientCache(new CountingAuth());
    for (let i = 0; i < 150; i++) await auth.createConnectorFactory(identity('app-1')).create(`https://example.test/${i}/`);
    expect(auth.size).toBe(100);
  });

  it('gives the turn a caching factory from request authentication, which is where CloudAdapter takes it from', async () => {
    const inner = new CountingAuth();
    inner.authenticateRequest = () =>
      Promise.resolve({ audience: 'https://api.botframework.com', callerId: 'urn:botframework:azure', claimsIdentity: identity('app-1'), connectorFactory: inner.createConnectorFactory(identity('app-1')) });
    const auth = new ConnectorClientCache(inner);
    const first = await auth.authenticateRequest({} as never, 'Bearer x');
    const second = await auth.authenticateRequest({} as never, 'Bearer y');
    expect(first).toMatchObject({ audience: 'https://api.botframework.com', callerId: 'urn:botframework:azure' });
    const a = await first.connectorFactory?.create('https://smba.trafficmanager.net/emea/', first.audience);
    const b = await second.connectorFactory?.create('https://smba.trafficmanager.net/emea/', second.audience);
    expect(a).toBeInstanceOf(ConnectorClient);
    expect(b).toBe(a);
    expect(inner.built).toHaveLength(1);
  });

  it('reuses one user-token client per app, and does not keep a failed one', async () => {
    const inner = new CountingAuth();
    let builds = 0;
    inner.createUserTokenClient = () => (++builds === 1 ? Promise.reject(new Error('credentials unavailable')) : Promise.resolve({ built: builds } as unknown as UserTokenClient));
    const auth = new ConnectorClientCache(inner);
    await expect(auth.createUserTokenClient(identity('app-1'))).rejects.toThrow('credentials unavailable');
    await new Promise((resolve) => setImmediate(resolve));
    const a = await auth.createUserTokenClient(identity('app-1'));
    expect(await auth.createUserTokenClient(identity('app-1'))).toBe(a);
    expect(await auth.createUserTokenClient(identity('app-2'))).not.toBe(a);
    expect(builds).toBe(3);
  });

  it('delegates request authentication unchanged', async () => {
    const inner = new CountingAuth();
    const auth = new ConnectorClientCache(inner);
    await expect(auth.authenticateRequest({} as never, 'Bearer x')).rejects.toThrow('not used');
  });

  it('sends replies without the form-data policy, whose only work was to load Node\'s fetch on the first answer', async () => {
    const policies = (client: ConnectorClient): string[] => {
      const pipeline: unknown = Reflect.get(Reflect.get(client, 'client') as object, 'pipeline');
      const ordered: unknown = Reflect.get(pipeline as object, 'getOrderedPolicies');
      return (typeof ordered === 'function' ? (ordered.call(pipeline) as Array<{ name: string }>) : []).map((p) => p.name);
    };
    const received: unknown[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ url: req.url, type: req.headers['content-type'], activity: JSON.parse(body) as unknown });
        // Not chained: writeHead's return value is not `this` everywhere a test may have wrapped it.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"reply-1"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const fresh = new ConnectorClient({ signRequest: async (r: unknown) => r } as never, { baseUri: serviceUrl });
      expect(policies(fresh)).toContain('formDataPolicy');

      const auth = new ConnectorClientCache(new CountingAuth());
      const cached = await auth.createConnectorFactory(identity('app-1')).create(serviceUrl);
      expect(policies(cached)).not.toContain('formDataPolicy');
      expect(policies(cached)).toEqual(policies(fresh).filter((name) => name !== 'formDataPolicy'));

      const sent = await cached.conversations.replyToActivity('conv-1', 'act-1', { type: 'message', text: 'Hei' });
      expect(sent.id).toBe('reply-1');
      expect(received).toEqual([{ url: '/v3/conversations/conv-1/activities/act-1', type: expect.stringContaining('application/json'), activity: expect.objectContaining({ type: 'message', text: 'Hei' }) }]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('leaves a client of another shape as it is', () => {
    const odd = { conversations: {} } as unknown as ConnectorClient;
    expect(withoutFormDataPolicy(odd)).toBe(odd);
  });
});
