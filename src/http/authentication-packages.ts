import { createRequire } from 'node:module';

/*
 * The Bot Framework's authentication packages, loaded when the bot first needs them (issue #16; docs/performance.md,
 * eighteenth pass).
 *
 * botframework-connector's authentication index loads every file of it, and four of those files require a package
 * they use only inside a call: the token services' clients (`@azure/msal-node`: an app's own token for its replies;
 * `@azure/identity`: a managed identity's), `jsonwebtoken` (reading an incoming request's token) and `axios` (the
 * skills' client, which the bot does not use). Loading the four was ~90 ms of a start's CPU and ~200 modules. Without a
 * MicrosoftAppId (local mode) no request is authenticated and no token fetched, so none of them is needed.
 *
 * The bundle `npm start` runs puts into Node's module cache, before any Bot Framework module is loaded, an entry for
 * each package (as the connector's authentication files resolve it) whose names are got from the package itself when
 * first read (scripts/bundle-parts.mjs). With a MicrosoftAppId every request is authenticated, so the entry point loads
 * the four right after the server listens (`loadAuthenticationPackages`): in the same task as `listening`, so no
 * request is read before they are loaded and a deployed bot's first answer does not pay for them.
 * The sources, the tests and tsx load the packages as the connector requires them.
 */

/** The packages the connector's authentication files require and use only inside calls (read by the bundle step too). */
export const AUTHENTICATION_PACKAGES = ['@azure/msal-node', '@azure/identity', 'jsonwebtoken', 'axios'] as const;

/** botframework-connector's authentication index, as botbuilder's files resolve the connector. */
export function connectorAuthenticationIndex(): string {
  return createRequire(require.resolve('botbuilder/package.json')).resolve('botframework-connector/lib/auth/index.js');
}

/**
 * Loads the four packages now, where the bundle has left them to their first use: reading a name of a package's entry
 * loads it. Without the bundle's entries they are already loaded, and this only reads a name.
 */
export function loadAuthenticationPackages(): void {
  const fromAuthentication = createRequire(connectorAuthenticationIndex());
  for (const name of AUTHENTICATION_PACKAGES) {
    const exported: unknown = fromAuthentication(name);
    if ((typeof exported !== 'object' && typeof exported !== 'function') || exported === null) continue;
    const first = Object.keys(exported)[0];
    if (first !== undefined) Reflect.get(exported, first);
  }
}
