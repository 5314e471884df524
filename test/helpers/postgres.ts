import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

/**
 * A PostgreSQL schema of its own for one test file, on the server named by TEST_DATABASE_URL
 * (`eval "$(bash scripts/test-postgres.sh start)"` starts one; `.ci/run` does that in CI).
 *
 * Without TEST_DATABASE_URL the PostgreSQL tests are skipped with a line saying so, except in CI (CI set), where a
 * missing server fails the run: a green CI must have tested both stores.
 */
export interface TestDatabase {
  readonly url: string;
  /** A pool whose connections use the test's own schema. */
  pool(options?: { readonly max?: number }): Pool;
  /** A DATABASE_URL whose connections use the test's own schema (for an app built from its environment). */
  readonly schemaUrl: string;
  /** Drops the schema and closes every pool this test opened. */
  drop(): Promise<void>;
}

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'];

if (!TEST_DATABASE_URL && process.env['CI']) {
  throw new Error('CI is set but TEST_DATABASE_URL is not: start PostgreSQL with scripts/test-postgres.sh (see .ci/run)');
}

/** `describe` when a server is there, `describe.skip` (with a line saying why) when it is not. */
export const describeWithPostgres: jest.Describe = TEST_DATABASE_URL
  ? describe
  : (((name: string, fn: () => void) => {
      // eslint-disable-next-line no-console
      console.log(`SKIPPED (no PostgreSQL: set TEST_DATABASE_URL, e.g. eval "$(bash scripts/test-postgres.sh start)"): ${name}`);
      describe.skip(name, fn);
    }) as unknown as jest.Describe);

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const url = TEST_DATABASE_URL;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: url, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pools: Pool[] = [admin];
  const schemaUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    schemaUrl,
    pool(options = {}) {
      const pool = new Pool({ connectionString: url, max: options.max ?? 10, options: `-c search_path=${schema}` });
      pools.push(pool);
      return pool;
    },
    async drop() {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      for (const pool of pools.reverse()) await pool.end();
    },
  };
}
