import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, parseEnv } from '../../src/config/env';
import { loadRegistrars } from '../../src/stats/registration/registrars';

const A = '11111111-1111-4111-8111-111111111111';
const B = '44444444-4444-4444-8444-444444444444';

describe('registrars from REGISTRAR_AAD_IDS and the roles file REGISTRARS_FILE', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'veiviser-registrars-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  function problemOf(load: () => unknown): string {
    try {
      load();
    } catch (error) {
      if (error instanceof ConfigError) return error.message;
      throw error;
    }
    throw new Error('expected a ConfigError');
  }

  it('takes the environment variable and the file together, in lower case', () => {
    const env = parseEnv({ REGISTRAR_AAD_IDS: A, REGISTRARS_FILE: file('registrars.json', JSON.stringify([B.toUpperCase()])) });
    expect([...loadRegistrars({ ids: env.REGISTRAR_AAD_IDS, file: env.REGISTRARS_FILE })].sort()).toEqual([A, B]);
  });

  it('works without a file, and treats an empty REGISTRARS_FILE as none', () => {
    const env = parseEnv({ REGISTRAR_AAD_IDS: A, REGISTRARS_FILE: '' });
    expect(env.REGISTRARS_FILE).toBeUndefined();
    expect([...loadRegistrars({ ids: env.REGISTRAR_AAD_IDS, file: env.REGISTRARS_FILE })]).toEqual([A]);
  });

  it.each([
    ['missing', () => path.join(dir, 'nope.json'), 'cannot be read: ENOENT'],
    ['not JSON', () => file('bad.json', '[11111111-1111'), 'is not valid JSON'],
    ['not a list', () => file('object.json', JSON.stringify({ registrars: [A] })), 'expected array'],
    ['a name instead of an id', () => file('names.json', JSON.stringify([A, 'Kari Nordmann'])), 'item 1 must be an Entra object id (a GUID)'],
  ])('refuses a roles file that is %s, with a message naming the file and never the values', (_what, make, message) => {
    const p = make();
    const problem = problemOf(() => loadRegistrars({ ids: [], file: p }));
    expect(problem).toContain(`REGISTRARS_FILE (${p})`);
    expect(problem).toContain(message);
    expect(problem).not.toContain('Kari');
  });
});
