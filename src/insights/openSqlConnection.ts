import { MEMORY_URL, openLibsql } from './libsqlConnection.js';
import { isPostgresUrl, openPostgres } from './postgresConnection.js';
import type { SqlConnection } from './sqlConnection.js';

/** The connection DATABASE_URL names: a SQLite file (`file:…`), memory (`:memory:`), or PostgreSQL (`postgres://…`). */
export async function openSqlConnection(url: string, baseDir?: string, onIdleError?: (error: Error) => void): Promise<SqlConnection> {
  if (url === MEMORY_URL || url.startsWith('file:')) return openLibsql(url, baseDir);
  if (isPostgresUrl(url)) return openPostgres(url, onIdleError);
  throw new Error(`unsupported database URL scheme "${url.split(':')[0] ?? ''}:" (use file:path/to/citebot.db or postgres://user:password@host:5432/database)`);
}
