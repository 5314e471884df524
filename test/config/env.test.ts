import { ConfigError, parseEnv } from '../../src/config/env';

function problemsOf(env: Record<string, string>): string {
  try {
    parseEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('configuration from the environment', () => {
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
