import type { SqlConnection, SqlDialect } from './sqlConnection.js';
import { toNumber } from './sqlConnection.js';

/**
 * Versioned schema changes, applied in order at start-up. Append a new
 * version; never edit one that has shipped. Plain SQL that SQLite and
 * PostgreSQL both accept: BIGINT for millisecond times, TEXT ids made by
 * citebot (no autoincrement), DOUBLE PRECISION for scores and latencies.
 */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'question log: asks and button presses',
    statements: [
      `CREATE TABLE insights_asks (
        id TEXT PRIMARY KEY,
        asked_at BIGINT NOT NULL,
        user_hash TEXT NOT NULL,
        source TEXT NOT NULL,
        guild_id TEXT,
        locale TEXT,
        question TEXT NOT NULL,
        question_normalized TEXT NOT NULL,
        outcome TEXT NOT NULL,
        results TEXT NOT NULL,
        top_document TEXT,
        top_document_title TEXT,
        latency_ms DOUBLE PRECISION NOT NULL
      )`,
      'CREATE INDEX insights_asks_by_time ON insights_asks (asked_at)',
      'CREATE INDEX insights_asks_by_user ON insights_asks (user_hash)',
      `CREATE TABLE insights_buttons (
        id TEXT PRIMARY KEY,
        pressed_at BIGINT NOT NULL,
        user_hash TEXT NOT NULL,
        ask_id TEXT NOT NULL,
        button TEXT NOT NULL,
        page INTEGER NOT NULL
      )`,
      'CREATE INDEX insights_buttons_by_ask ON insights_buttons (ask_id)',
      'CREATE INDEX insights_buttons_by_user ON insights_buttons (user_hash)',
      'CREATE INDEX insights_buttons_by_time ON insights_buttons (pressed_at)',
      'CREATE TABLE insights_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)',
    ],
  },
];

/**
 * Serialises start-up across processes (shards starting together). SQLite needs nothing:
 * the transaction begins IMMEDIATE, which already takes the write lock.
 */
const MIGRATION_LOCK: Record<SqlDialect, string | null> = {
  sqlite: null,
  postgres: 'SELECT pg_advisory_xact_lock(7214063912)',
};

export interface MigrationResult {
  /** Versions applied now, in order. */
  applied: number[];
  /** The database's version afterwards. */
  version: number;
  /** A newer citebot migrated this database: its extra tables are left alone. */
  newer: boolean;
}

/**
 * Brings the schema up to date in one transaction, then notes the start-up time
 * (so a database that opens but cannot be written fails here, not on the first answer).
 */
export async function migrate(connection: SqlConnection, migrations: readonly Migration[] = MIGRATIONS, now: () => number = Date.now): Promise<MigrationResult> {
  return connection.transaction(async (tx) => {
    const lock = MIGRATION_LOCK[connection.dialect];
    if (lock !== null) await tx.query(lock);
    await tx.execute('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    const done = new Set((await tx.query('SELECT version FROM schema_migrations')).map((row) => toNumber(row.version)));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.execute(statement);
      await tx.execute('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now()]);
      applied.push(migration.version);
      done.add(migration.version);
    }
    await tx.execute('INSERT INTO insights_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value', ['last_opened_at', String(now())]);
    const version = Math.max(0, ...done);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    return { applied, version, newer: version > known };
  });
}
