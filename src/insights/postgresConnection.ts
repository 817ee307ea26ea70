import pg from 'pg';
import type { SqlConnection, SqlExecutor, SqlRow, SqlValue } from './sqlConnection.js';

/** Several hosts write the one database: a few connections each is plenty for batches once a second. */
const POOL_SIZE = 4;
/** A database that does not answer fails the call instead of holding the writes (they are retried). */
const CONNECT_TIMEOUT_MS = 5000;
const STATEMENT_TIMEOUT_MS = 15_000;

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

/** host:port/database, for log lines: the user and password never appear. */
export function postgresLocation(url: string): string {
  const parsed = new URL(url);
  return `postgres://${parsed.hostname}${parsed.port !== '' ? `:${parsed.port}` : ''}${parsed.pathname}`;
}

/**
 * The store's portable SQL uses `?` placeholders; PostgreSQL numbers them ($1, $2, …).
 * Question marks inside quoted strings and identifiers are left alone.
 */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote !== null) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === '?') {
      out += `$${++n}`;
    } else {
      out += char;
    }
  }
  return out;
}

function executorOf(target: pg.Pool | pg.PoolClient): SqlExecutor {
  const run = (sql: string, args: readonly SqlValue[]) => target.query<SqlRow>(numberPlaceholders(sql), [...args]);
  return {
    query: async (sql, args = []) => (await run(sql, args)).rows,
    execute: async (sql, args = []) => (await run(sql, args)).rowCount ?? 0,
  };
}

/**
 * The question log on PostgreSQL (DATABASE_URL=postgres://…), shared by every host: the same
 * store and migrations as SQLite. The pool reconnects by itself: while the server is away,
 * calls fail (the recorder keeps its records and retries), and succeed again once it is back.
 */
export async function openPostgres(url: string, onIdleError: (error: Error) => void = () => undefined): Promise<SqlConnection> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: 'citebot',
  });
  // An idle connection the server dropped (a restart) is reported here; unhandled, it would end the process.
  pool.on('error', onIdleError);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return {
    dialect: 'postgres',
    location: postgresLocation(url),
    ...executorOf(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executorOf(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        // Not back into the pool: the connection may be the thing that failed.
        client.release(true);
        throw error;
      }
    },
    async close() {
      await pool.end();
    },
  };
}
