import { ConfigError, parseDataDir, parseEnv } from '../../src/config/env';
import { DEV_BOT_ID, parsePackageSettings } from '../../src/config/package-settings';

// (was env.test.ts)

describe('configuration from the environment', () => {
  function problemsOf(env: Record<string, string>): string {
    try {
      parseEnv(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    throw new Error('expected the configuration to be rejected');
  }

  it('has working defaults for local development', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3978, DATA_DIR: './data', DEFAULT_LANGUAGE: 'nb', LOG_LEVEL: 'info', ALLOWED_TENANT_IDS: [] });
    expect(env.MicrosoftAppId).toBeUndefined();
  });

  it('reads tenant and registrar lists as comma-separated GUIDs', () => {
    const env = parseEnv({
      ALLOWED_TENANT_IDS: ' 72f988bf-86f1-41af-91ab-2d7cd011db47, 11111111-2222-4333-8444-555555555555 ',
      REGISTRAR_AAD_IDS: '00000000-0000-4000-8000-000000000001',
    });
    expect(env.ALLOWED_TENANT_IDS).toHaveLength(2);
    expect(env.REGISTRAR_AAD_IDS).toEqual(['00000000-0000-4000-8000-000000000001']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DEFAULT_LANGUAGE: 'de' }, 'DEFAULT_LANGUAGE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MicrosoftAppType: 'Anything' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x' }, 'MicrosoftAppId'],
    [{ MicrosoftAppId: '2c8c3e2b-5c9a-4a1e-9d7e-0f2a3b4c5d6e' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: '2c8c3e2b-5c9a-4a1e-9d7e-0f2a3b4c5d6e', MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ ALLOWED_TENANT_IDS: 'contoso.onmicrosoft.com' }, 'ALLOWED_TENANT_IDS'],
    [{ NODE_ENV: 'production' }, 'MicrosoftAppId'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(problemsOf(env)).toContain(variable);
  });

  it('allows production without credentials only with the explicit override', () => {
    expect(parseEnv({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true' }).ALLOW_UNAUTHENTICATED).toBe(true);
  });
});

// (was package-settings.test.ts)

const BOT_ID = '2c8c3e2b-5c9a-4a1e-9d7e-0f2a3b4c5d6e';
const TEAMS_APP_ID = '6f1e3c52-7d2b-4b8e-9a51-2c4d5e6f7a8b';

function problemsOf(env: Record<string, string>, version = '1.2.3'): readonly string[] {
  try {
    parsePackageSettings(env, version);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the package settings to be rejected');
}

describe('settings of npm run package (src/config/package-settings.ts)', () => {
  it('builds a local test package with the development bot id when nothing is set', () => {
    const settings = parsePackageSettings({}, '0.1.0');
    expect(settings.developmentBotId).toBe(true);
    expect(settings.manifest).toEqual({
      APP_VERSION: '0.1.0',
      BOT_ID: DEV_BOT_ID,
      TEAMS_APP_ID: DEV_BOT_ID,
      BOT_DOMAIN: 'localhost',
      PUBLISHER_NAME: 'Veiviser',
      PUBLISHER_WEBSITE: 'https://www.imdi.no/',
      PRIVACY_URL: 'https://www.imdi.no/om-imdi/personvern/',
      TERMS_URL: 'https://www.imdi.no/om-imdi/',
    });
  });

  it('treats empty values (a copied .env.example) as unset', () => {
    expect(parsePackageSettings({ MicrosoftAppId: '', TEAMS_APP_ID: ' ', BOT_DOMAIN: '', PUBLISHER_NAME: '' }, '0.1.0')).toEqual(parsePackageSettings({}, '0.1.0'));
  });

  it('takes the bot id, and the Teams app id from it unless TEAMS_APP_ID is set', () => {
    const settings = parsePackageSettings({ MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'veiviser.example.no', PUBLISHER_NAME: 'Eksempeldirektoratet' }, '1.2.3');
    expect(settings.developmentBotId).toBe(false);
    expect(settings.manifest).toMatchObject({ BOT_ID, TEAMS_APP_ID: BOT_ID, BOT_DOMAIN: 'veiviser.example.no', PUBLISHER_NAME: 'Eksempeldirektoratet' });
    expect(parsePackageSettings({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID }, '1.2.3').manifest).toMatchObject({ BOT_ID, TEAMS_APP_ID });
  });

  it.each([
    [{ MicrosoftAppId: 'not-a-guid' }, 'MicrosoftAppId must be the bot’s Entra app (client) id, a GUID'],
    [{ MicrosoftAppId: `${BOT_ID}x` }, 'MicrosoftAppId must be the bot’s Entra app (client) id, a GUID'],
    [{ BOT_DOMAIN: 'veiviser.example.no' }, 'MicrosoftAppId is required for a package for veiviser.example.no'],
    [{ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: 'teams-app' }, 'TEAMS_APP_ID must be a GUID'],
    [{ MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'https://veiviser.example.no' }, 'BOT_DOMAIN must be a host name'],
    [{ PUBLISHER_WEBSITE: 'http://www.example.no/' }, 'PUBLISHER_WEBSITE must be an https:// URL'],
    [{ PRIVACY_URL: 'personvern' }, 'PRIVACY_URL must be a URL'],
    [{ PUBLISHER_NAME: 'Et direktorat med et svært langt navn' }, 'PUBLISHER_NAME must be at most 32 characters'],
  ])('rejects %j: %s', (env, problem) => {
    expect(problemsOf(env)).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });

  it('names every bad variable at once', () => {
    expect(problemsOf({ MicrosoftAppId: 'x', TEAMS_APP_ID: 'y', TERMS_URL: 'ftp://x' }).map((p) => p.split(' ')[0])).toEqual(['MicrosoftAppId', 'TEAMS_APP_ID', 'TERMS_URL']);
  });

  it('rejects a package.json version Teams does not accept', () => {
    expect(problemsOf({}, '1.2')).toEqual([expect.stringContaining('APP_VERSION')]);
  });
});

describe('DATA_DIR for the scripts (parseDataDir)', () => {
  it('has the bot’s default, takes the variable, and treats empty as unset', () => {
    expect(parseDataDir({})).toBe('./data');
    expect(parseDataDir({ DATA_DIR: '/var/lib/veiviser' })).toBe('/var/lib/veiviser');
    expect(parseDataDir({ DATA_DIR: '' })).toBe('./data');
  });
});
