import type { Pool } from 'pg';
import type { Logger } from '../../logging/logger';
import { migrate } from './migrations';

/**
 * The connection pool to DATABASE_URL, with the schema brought up to date before the bot takes traffic. A server
 * that cannot be reached stops start-up with the reason (never the URL: it may hold a password).
 */
export async function openDatabase(url: string, poolSize: number, log: Logger): Promise<Pool> {
  // pg is loaded only when there is a database to open: 0.2–0.5 s of every start without DATABASE_URL otherwise.
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle connection the server dropped must not crash the process; the pool replaces it.
  pool.on('error', (error) => log.warn('database connection lost', { errorName: error.name }));
  try {
    const applied = await migrate(pool);
    log.info('database ready', { migrationsApplied: applied.length });
    return pool;
  } catch (error) {
    await pool.end();
    throw new Error(`cannot open the database (DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`);
  }
}
