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
 * of incoming requests is delegated, and only the connector factory of its result is swapped for the caching one:
 * CloudAdapter builds a turn's client with the factory that `authenticateRequest` returns, not `createConnectorFactory`,
 * so without the swap every turn still built its own client. The user-token client (sign-in, which the bot does not
 * use) is built on every turn the same way and is kept per app id too.
 */
export class ConnectorClientCache extends BotFrameworkAuthentication {
  private readonly clients = new LRUCache<string, Promise<ConnectorClient>>({ max: MAX_CLIENTS });
  private readonly userTokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max: MAX_CLIENTS });

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.createConnectorFactory(result.claimsIdentity) } : result;
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity);
    const known = this.userTokenClients.get(key);
    if (known) return known;
    const created = this.inner.createUserTokenClient(claimsIdentity);
    this.userTokenClients.set(key, created);
    created.catch(() => {
      if (this.userTokenClients.peek(key) === created) this.userTokenClients.delete(key);
    });
    return created;
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
    const appId = appIdOf(claimsIdentity);
    const clients = this.clients;
    let factory: ConnectorFactory | undefined;
    const inner = () => (factory ??= this.inner.createConnectorFactory(claimsIdentity));
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = JSON.stringify([appId, serviceUrl, audience ?? null]);
        const known = clients.get(key);
        if (known) return known;
        const created = inner().create(serviceUrl, audience).then(withoutFormDataPolicy);
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

/** The name @azure/core-rest-pipeline gives the policy (`formDataPolicyName`). */
const FORM_DATA_POLICY = 'formDataPolicy';

/**
 * The client without its pipeline's form-data policy. A Connector request's body is JSON (an activity, a conversation,
 * an attachment as base64), never a FormData, so the policy only ever asks `typeof FormData`; and that first read of
 * Node's global loads Node's own fetch implementation (undici, with http2 and web streams: ~10 ms of CPU on Node 22),
 * which nothing else here uses, inside the first answer. The pipeline is the client's own (core-client makes one per
 * client), so no other client loses the policy. A client of another shape (a changed package) is returned as it is.
 */
export function withoutFormDataPolicy(client: ConnectorClient): ConnectorClient {
  // botbuilder-stdlib's ServiceClientContext keeps its core-client ServiceClient in a field TypeScript calls private.
  const inner: unknown = Reflect.get(client, 'client');
  if (typeof inner !== 'object' || inner === null || !('pipeline' in inner)) return client;
  const pipeline: unknown = inner.pipeline;
  if (typeof pipeline !== 'object' || pipeline === null || !('removePolicy' in pipeline) || typeof pipeline.removePolicy !== 'function') return client;
  pipeline.removePolicy({ name: FORM_DATA_POLICY });
  return client;
}

/** The app a request's claims are for, as botframework-connector reads it (audience, else the emulator's appid claim). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}
