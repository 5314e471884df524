import { z } from 'zod';
import { manifestValuesSchema, type ManifestValues } from '../manifest/build-manifest';
import { ConfigError } from './env';

/**
 * Settings of `npm run package` (scripts/package-app.ts), read from the environment (and .env) like the bot's own
 * (src/config/env.ts). Without `MicrosoftAppId` the package is for local sideloading only: it gets a fixed development
 * bot id, which is allowed only while `BOT_DOMAIN` is unset or localhost (a package for a real host with a made-up bot
 * id would upload fine and then never answer).
 */
export const DEV_BOT_ID = '00000000-0000-4000-8000-00000000b07d';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const withDefault = (schema: z.ZodString, value: string) => z.preprocess(emptyToUndefined, schema.default(value));
const guid = (message: string) => z.preprocess(emptyToUndefined, z.string().trim().uuid({ message }).optional());

const manifestField = manifestValuesSchema.shape;
const isLocalhost = (domain: string): boolean => /^(localhost|127\.0\.0\.1)(:\d+)?$/iu.test(domain);

/** The variables the package script reads; empty values count as unset, as in a copied .env.example. */
export const packageSettingsSchema = z
  .object({
    MicrosoftAppId: guid('must be the bot’s Entra app (client) id, a GUID such as 2c8c3e2b-5c9a-4a1e-9d7e-0f2a3b4c5d6e'),
    /** Teams app id for the manifest (defaults to the bot id). */
    TEAMS_APP_ID: guid('must be a GUID (the Teams app id; leave it empty to use MicrosoftAppId)'),
    BOT_DOMAIN: withDefault(manifestField.BOT_DOMAIN, 'localhost'),
    PUBLISHER_NAME: withDefault(manifestField.PUBLISHER_NAME, 'Veiviser'),
    PUBLISHER_WEBSITE: withDefault(manifestField.PUBLISHER_WEBSITE, 'https://www.imdi.no/'),
    PRIVACY_URL: withDefault(manifestField.PRIVACY_URL, 'https://www.imdi.no/om-imdi/personvern/'),
    TERMS_URL: withDefault(manifestField.TERMS_URL, 'https://www.imdi.no/om-imdi/'),
  })
  .superRefine((s, ctx) => {
    if (!s.MicrosoftAppId && !isLocalhost(s.BOT_DOMAIN)) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: `is required for a package for ${s.BOT_DOMAIN} (the bot’s Entra app (client) id, a GUID); leave BOT_DOMAIN unset for a local test package`,
      });
    }
  });

export interface PackageSettings {
  /** Every `${{NAME}}` of manifest/manifest.json. */
  readonly manifest: ManifestValues;
  /** True when `MicrosoftAppId` was not set and the package uses `DEV_BOT_ID`: it only works for local testing. */
  readonly developmentBotId: boolean;
}

/**
 * Parses the package script's settings from `source` (the script passes `process.env`) and the app version from
 * package.json, or throws a `ConfigError` naming every bad variable.
 */
export function parsePackageSettings(source: Readonly<Record<string, string | undefined>>, version: string): PackageSettings {
  const settings = packageSettingsSchema.safeParse(source);
  if (!settings.success) throw new ConfigError(settings.error.issues.map((i) => `${i.path.join('.') || '(environment)'} ${i.message}`));
  const { MicrosoftAppId, TEAMS_APP_ID, ...rest } = settings.data;
  const botId = MicrosoftAppId ?? DEV_BOT_ID;
  const manifest = manifestValuesSchema.safeParse({ ...rest, APP_VERSION: version, BOT_ID: botId, TEAMS_APP_ID: TEAMS_APP_ID ?? botId });
  if (!manifest.success) {
    throw new ConfigError(manifest.error.issues.map((i) => `${i.path.join('.')} ${i.message}${i.path[0] === 'APP_VERSION' ? ' (the "version" in package.json)' : ''}`));
  }
  return { manifest: manifest.data, developmentBotId: MicrosoftAppId === undefined };
}

/** What `npm run package -- --help` prints: the variables and their defaults. */
export const PACKAGE_SETTINGS_HELP = `Variables (from the environment or .env; empty means unset):
  MicrosoftAppId      the bot's Entra app (client) id, a GUID; unset: a local test package with a development id
  TEAMS_APP_ID        the Teams app id, a GUID (default: MicrosoftAppId)
  BOT_DOMAIN          host name of the bot, without https:// (default: localhost; any other needs MicrosoftAppId)
  PUBLISHER_NAME      at most 32 characters (default: Veiviser)
  PUBLISHER_WEBSITE   https:// URL (default: https://www.imdi.no/)
  PRIVACY_URL         https:// URL (default: https://www.imdi.no/om-imdi/personvern/)
  TERMS_URL           https:// URL (default: https://www.imdi.no/om-imdi/)`;
