import { MEMORY_URL, openLibsql } from './libsqlConnection.js';
import type { SqlConnection } from './sqlConnection.js';

/** The connection DATABASE_URL names: a SQLite file (`file:…`) or memory (`:memory:`). */
export async function openSqlConnection(url: string, baseDir?: string): Promise<SqlConnection> {
  if (url === MEMORY_URL || url.startsWith('file:')) return openLibsql(url, baseDir);
  throw new Error(`unsupported database URL scheme "${url.split(':')[0] ?? ''}:" (use file:path/to/citebot.db)`);
}
