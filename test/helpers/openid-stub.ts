import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt, { type Algorithm } from 'jsonwebtoken';
// botbuilder does not re-export the credential classes; the connector package is its own dependency.
import { AuthenticationConstants, MicrosoftAppCredentials } from 'botframework-connector';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';

/** The issuer the Bot Framework channel service puts in the tokens it sends to bots. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/**
 * A local stand-in for login.botframework.com: serves OpenID metadata and a JWKS with one RSA key
 * (endorsed for msteams, as the real keys are), so token validation in tests needs no network.
 * The same pattern botbuilder-js uses for its own authentication tests.
 */
export interface OpenIdStub {
  /** OpenID configuration URL to pass as ToBotFromChannelOpenIdMetadataUrl. */
  readonly metadataUrl: string;
  readonly kid: string;
  /**
   * Every parameterised authentication setting (the SDK treats a partial set as "all intentional"):
   * production values, except that keys come from this stub. Emulator/Entra-issued tokens are
   * checked against a second key set that holds a key nobody in the tests signs with.
   */
  authOptions(): Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /** Signs a token with the stub's published key (RS256 unless told otherwise). */
  sign(claims: Record<string, unknown>, options?: { expiresInSeconds?: number; algorithm?: Algorithm; kid?: string; key?: KeyObject }): string;
  /** How many times the key set was fetched. */
  readonly keyFetches: () => number;
  close(): Promise<void>;
}

export async function startOpenIdStub(endorsements: readonly string[] = ['msteams']): Promise<OpenIdStub> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = publicKey.export({ format: 'jwk' });
  const entraKid = randomUUID();
  const entraJwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
  let fetches = 0;
  let baseUrl = '';
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${baseUrl}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/.well-known/keys') {
      fetches += 1;
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements }] }));
    } else if (req.url === '/entra/.well-known/openid-configuration') {
      res.end(JSON.stringify({ issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0', jwks_uri: `${baseUrl}/entra/keys` }));
    } else if (req.url === '/entra/keys') {
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: entraKid, n: entraJwk.n, e: entraJwk.e }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${baseUrl}/v1/.well-known/openidconfiguration`,
    kid,
    authOptions: () => ({
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: `${baseUrl}/v1/.well-known/openidconfiguration`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${baseUrl}/entra/.well-known/openid-configuration`,
      CallerId: 'urn:botframework:azure',
    }),
    sign(claims, options = {}) {
      const algorithm = options.algorithm ?? 'RS256';
      return jwt.sign(claims, options.key ?? privateKey, {
        algorithm,
        keyid: options.kid ?? kid,
        ...('exp' in claims ? {} : { expiresIn: options.expiresInSeconds ?? 3600 }),
      });
    },
    keyFetches: () => fetches,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Replies from an authenticated bot carry its own Entra token. Seeding the SDK's token cache keeps
 * that step offline; the fake connector then sees `Bearer <token>` on every reply.
 */
export function seedOutboundToken(appId: string, token: string): void {
  // The cache is private in the typings; element access is TypeScript's sanctioned way in for a test double.
  MicrosoftAppCredentials['cache'].set(`${appId}https://api.botframework.com-cache`, { accessToken: token, expiresOn: new Date(Date.now() + 3_600_000) });
}
