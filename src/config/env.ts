import { z } from 'zod';
import { LANGUAGES } from '../language/languages';
import { LOG_LEVELS } from '../logging/logger';

const commaList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const uuidList = commaList.pipe(z.array(z.string().uuid({ message: 'must be a comma-separated list of GUIDs' })));

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Where the statistics store, adviser list and other runtime data live (shared with the scripts, `parseDataDir`). */
const dataDir = z.string().min(1).default('./data');

/** Everything the process reads from its environment, parsed once at start-up. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: dataDir,
    DEFAULT_LANGUAGE: z.enum(LANGUAGES).default('nb'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    MicrosoftAppId: z.preprocess(emptyToUndefined, z.string().uuid({ message: 'must be the bot’s Entra app (client) id, a GUID' }).optional()),
    MicrosoftAppPassword: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
    MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: z.preprocess(emptyToUndefined, z.string().uuid({ message: 'must be a tenant id (GUID)' }).optional()),
    ALLOWED_TENANT_IDS: uuidList,
    REGISTRAR_AAD_IDS: uuidList,
    /** Optional JSON file with a list of registrar Entra object ids, read at start-up (src/stats/registration/registrars.ts). */
    REGISTRARS_FILE: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
    /** Explicit, documented override to run without Bot Framework authentication when NODE_ENV=production. */
    ALLOW_UNAUTHENTICATED: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(30),
    /** Case registrations one registrar may make per minute. */
    REGISTRATIONS_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
    /** Readings of recent messages kept in memory (hashed keys, 10 minutes); 0 turns the cache off. */
    UNDERSTANDING_CACHE_SIZE: z.coerce.number().int().min(0).max(100000).default(2000),
    /**
     * PostgreSQL (14 or newer) shared by every instance, e.g. postgres://user:password@host:5432/veiviser?sslmode=require.
     * When set, the conversation state (language, follow-up context, triage) lives there, so any instance can answer
     * any turn; unset, it lives in this process only. The schema is created and upgraded at start-up.
     */
    DATABASE_URL: z.preprocess(emptyToUndefined, z.string().regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// or postgresql:// URL' }).optional()),
    /** Connections per instance to DATABASE_URL. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Teams app id for the manifest (defaults to the bot id). */
    TEAMS_APP_ID: z.preprocess(emptyToUndefined, z.string().uuid().optional()),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType=SingleTenant' });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.NODE_ENV === 'production' && !env.MicrosoftAppId && !env.ALLOW_UNAUTHENTICATED) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'is required in production; set ALLOW_UNAUTHENTICATED=true only behind another authenticating proxy',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super('Invalid configuration:\n' + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/** Parses the environment or throws a `ConfigError` that names every bad variable. */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`));
}

/**
 * DATA_DIR alone, for the scripts that need nothing else from the environment (stats export and backup, adviser
 * import): the same default as the bot; an empty value counts as unset, as in a copied .env.example.
 */
export const dataDirSettingsSchema = z.object({ DATA_DIR: z.preprocess(emptyToUndefined, dataDir) });

export function parseDataDir(source: Readonly<Record<string, string | undefined>>): string {
  const result = dataDirSettingsSchema.safeParse(source);
  if (result.success) return result.data.DATA_DIR;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`));
}

/** DATABASE_URL alone, for the statistics scripts (stats:backup, stats:export, stats:migrate); undefined when unset. */
export function parseDatabaseUrl(source: Readonly<Record<string, string | undefined>>): string | undefined {
  const result = z.object({ DATABASE_URL: envSchema.shape.DATABASE_URL }).safeParse(source);
  if (result.success) return result.data.DATABASE_URL;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`));
}
