import type { Pool, PoolClient } from 'pg';

/**
 * The schema, as numbered steps. Applied at start-up by `migrate`: each step once, in order, in its own transaction,
 * under an advisory lock, so two instances starting at the same moment apply it exactly once between them.
 * A step is never edited after release: a change is a new step.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'conversation state, language preferences, feedback counts',
    sql: `
      -- botbuilder Storage items (the conversation state: categorical facts and the triage's dialog stack).
      CREATE TABLE bot_state (
        key        text PRIMARY KEY,
        value      jsonb NOT NULL,
        etag       bigint NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX bot_state_expires_at ON bot_state (expires_at);
      CREATE SEQUENCE bot_state_etag;

      -- A user's explicit language choice; the key is a hash of the user id, never the id.
      CREATE TABLE language_preferences (
        user_hash  text PRIMARY KEY,
        lng        text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- 👍/👎 per article and language: counts only.
      CREATE TABLE feedback_counts (
        article_id text NOT NULL,
        lng        text NOT NULL,
        up         integer NOT NULL DEFAULT 0 CHECK (up >= 0),
        down       integer NOT NULL DEFAULT 0 CHECK (down >= 0),
        PRIMARY KEY (article_id, lng)
      );
    `,
  },
  {
    version: 2,
    name: 'statistics: registered cases, published figures, registrar key, release decisions',
    sql: `
      -- One registered case: the categorical fields (parsed with caseInputSchema on every read) and what undo, the
      -- rate limit and disclosure control need. seq keeps registration order across instances.
      CREATE TABLE stats_cases (
        id            uuid PRIMARY KEY,
        seq           bigserial NOT NULL UNIQUE,
        service       text NOT NULL,
        month         text NOT NULL CHECK (month ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'),
        fields        jsonb NOT NULL,
        registered_by text NOT NULL CHECK (registered_by ~ '^[0-9a-f]{64}$'),
        registered_at timestamptz NOT NULL
      );
      CREATE INDEX stats_cases_month ON stats_cases (month, registered_at);
      CREATE INDEX stats_cases_registrar ON stats_cases (registered_by, registered_at);

      -- The published figures of content/stats/published.json, replaced when a new seed version starts.
      CREATE TABLE stats_published (
        id           integer PRIMARY KEY CHECK (id = 1),
        seed_version integer NOT NULL,
        figures      jsonb NOT NULL
      );

      -- The key of the registrar hash, one for every instance (so an undo sent to another instance is recognised).
      CREATE TABLE stats_secret (
        id     integer PRIMARY KEY CHECK (id = 1),
        secret text NOT NULL CHECK (secret ~ '^[0-9a-f]{64}$')
      );

      -- Rule 8 of docs/disclosure-control.md: one decision per year and month boundary.
      CREATE TABLE stats_releases (
        year     text NOT NULL CHECK (year ~ '^[0-9]{4}$'),
        boundary text NOT NULL,
        decision jsonb NOT NULL,
        PRIMARY KEY (year, boundary)
      );

      -- Change counters, so an instance can keep a year's countable cases and the release decisions between
      -- questions and ask one row whether they are still what the database holds. 'changes' moves with every change
      -- that can touch cases registered more than five minutes ago (a delete, an edit, a back-dated insert such as
      -- stats:migrate); a normal registration (registered now) does not move it, so registrations never contend here.
      CREATE TABLE stats_meta (
        id        integer PRIMARY KEY CHECK (id = 1),
        changes   bigint NOT NULL,
        decisions bigint NOT NULL
      );
      INSERT INTO stats_meta (id, changes, decisions) VALUES (1, 0, 0);
      CREATE FUNCTION stats_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE stats_meta SET changes = changes + 1 WHERE id = 1;
        RETURN NULL;
      END $$;
      CREATE FUNCTION stats_count_backdated_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM inserted WHERE registered_at < now() - interval '5 minutes') THEN
          UPDATE stats_meta SET changes = changes + 1 WHERE id = 1;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER stats_cases_deleted AFTER DELETE ON stats_cases FOR EACH STATEMENT EXECUTE FUNCTION stats_count_change();
      CREATE TRIGGER stats_cases_truncated AFTER TRUNCATE ON stats_cases FOR EACH STATEMENT EXECUTE FUNCTION stats_count_change();
      CREATE TRIGGER stats_cases_edited AFTER UPDATE OF id, service, month, fields, registered_at ON stats_cases
        FOR EACH STATEMENT EXECUTE FUNCTION stats_count_change();
      CREATE TRIGGER stats_cases_backdated AFTER INSERT ON stats_cases REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION stats_count_backdated_insert();
    `,
  },
];

/** An arbitrary, fixed key for the advisory lock that serialises migrations across instances. */
const MIGRATION_LOCK = 7_142_009_001;

/** Applies every step the database lacks; returns the versions applied now (empty when up to date). */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS veiviser_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM veiviser_migrations')).rows.map((r) => r.version));
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(migration.version)) continue;
        await inTransaction(client, async () => {
          await client.query(migration.sql);
          await client.query('INSERT INTO veiviser_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        });
        applied.push(migration.version);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
  return applied;
}

export async function inTransaction<T>(client: PoolClient, run: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await run();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
