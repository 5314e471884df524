import { BotFrameworkAuthentication, ClaimsIdentity, ConnectorClient, ConnectorFactory, type AuthenticateRequestResult, type UserTokenClient } from 'botframework-connector';
import { ConnectorClientCache } from '../../src/http/connector-client-cache';

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

  it('delegates request authentication unchanged', async () => {
    const inner = new CountingAuth();
    const auth = new ConnectorClientCache(inner);
    await expect(auth.authenticateRequest({} as never, 'Bearer x')).rejects.toThrow('not used');
  });
});
