import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { LRUCache } from 'lru-cache';

/** Distinct (app, service URL, audience) clients kept; Teams uses a handful of regional service URLs. */
const MAX_CLIENTS = 100;

/**
 * The Bot Framework authentication the adapter uses, with one change: the Connector clients that send replies are
 * reused across turns instead of built for every turn.
 *
 * botbuilder's CloudAdapter asks for a new `ConnectorClient` on every turn, and each one builds its own credentials,
 * HTTP pipeline and policies: about a tenth of the memory a turn allocates. A client is a stateless HTTP client for
 * one service URL, authenticating as one app to one audience, so it is safe to share between turns, as the older
 * BotFrameworkAdapter did. Clients are keyed by exactly what builds them (the app id from the request's claims, the
 * service URL and the audience), in an lru-cache of at most 100 (the least recently used goes first); authentication
 * of incoming requests is untouched and delegated.
 */
export class ConnectorClientCache extends BotFrameworkAuthentication {
  private readonly clients = new LRUCache<string, Promise<ConnectorClient>>({ max: MAX_CLIENTS });

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateRequest(activity, authHeader);
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
    const clients = this.clients;
    let factory: ConnectorFactory | undefined;
    const inner = () => (factory ??= this.inner.createConnectorFactory(claimsIdentity));
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = JSON.stringify([appId, serviceUrl, audience ?? null]);
        const known = clients.get(key);
        if (known) return known;
        const created = inner().create(serviceUrl, audience);
        clients.set(key, created);
        // A failed build (e.g. credentials not reachable) is not kept: the next turn tries again.
        created.catch(() => {
          if (clients.peek(key) === created) clients.delete(key);
        });
        return created;
      }
    })();
  }

  /** How many clients are kept (for tests). */
  get size(): number {
    return this.clients.size;
  }
}
