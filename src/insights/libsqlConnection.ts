import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client, type InArgs, type Transaction } from '@libsql/client';
import type { SqlConnection, SqlExecutor, SqlRow } from './sqlConnection.js';

/** How long a write waits for another process (another shard) to finish its own, before failing as "locked". */
export const BUSY_TIMEOUT_MS = 5000;

export const MEMORY_URL = ':memory:';

/** The file a `file:` URL names (relative paths are taken from `baseDir`), or null for `:memory:`. */
export function sqliteFilePath(url: string, baseDir = process.cwd()): string | null {
  if (url === MEMORY_URL || url === 'file::memory:') return null;
  if (!url.startsWith('file:')) throw new Error(`not a SQLite URL: ${url}`);
  const rest = url.slice('file:'.length).split('?')[0] ?? '';
  const filePath = rest.startsWith('//') ? fileURLToPath(`file:${rest}`) : decodeURIComponent(rest);
  return path.resolve(baseDir, filePath);
}

interface FileIdentity {
  dev: number;
  ino: number;
}

function identify(file: string): FileIdentity | null {
  try {
    const stats = statSync(file);
    return { dev: stats.dev, ino: stats.ino };
  } catch {
    return null;
  }
}

function rowsOf(result: { rows: ArrayLike<unknown>; columns: string[] }): SqlRow[] {
  const rows: SqlRow[] = [];
  for (let i = 0; i < result.rows.length; i++) {
    const row = result.rows[i] as Record<string, unknown>;
    const plain: SqlRow = {};
    for (const column of result.columns) plain[column] = row[column];
    rows.push(plain);
  }
  return rows;
}

function executorOf(target: Client | Transaction): SqlExecutor {
  return {
    query: async (sql, args = []) => rowsOf(await target.execute({ sql, args: args as InArgs })),
    execute: async (sql, args = []) => (await target.execute({ sql, args: args as InArgs })).rowsAffected,
  };
}

/**
 * SQLite through libSQL's driver (its binaries are npm packages, no download at install).
 * One connection, in WAL mode with a busy timeout, so several processes (shards) can write
 * the same file: each write waits its turn instead of failing at once.
 */
export async function openLibsql(url: string, baseDir?: string): Promise<SqlConnection> {
  const file = sqliteFilePath(url, baseDir);
  if (file !== null) mkdirSync(path.dirname(file), { recursive: true });
  const connect = async (): Promise<Client> => {
    // One connection: pragmas are per connection, and the pool would open fresh ones without them.
    const client = createClient({ url: file === null ? MEMORY_URL : `file:${file}`, concurrency: 1, timeout: BUSY_TIMEOUT_MS });
    try {
      // Deleted rows (/forget-me, retention) are overwritten on disk, not left in free pages.
      await client.execute('PRAGMA secure_delete = ON');
      if (file !== null) {
        await client.execute('PRAGMA journal_mode = WAL');
        // In WAL mode NORMAL loses nothing when the process dies, only (maybe) the last commits on power loss.
        await client.execute('PRAGMA synchronous = NORMAL');
      }
      return client;
    } catch (error) {
      client.close();
      throw error;
    }
  };
  let client = await connect();
  let broken = false;
  const identity = file === null ? null : identify(file);

  /**
   * After a failed write (locked, I/O error) the driver can leave a statement open, and every later
   * COMMIT then fails with "SQL statements in progress": a file's connection is reopened instead.
   * A database in memory is never reopened, since that would empty it.
   */
  const use = async <T>(work: (current: Client) => Promise<T>): Promise<T> => {
    if (broken) {
      client.close();
      client = await connect();
      broken = false;
    }
    try {
      return await work(client);
    } catch (error) {
      if (file !== null) broken = true;
      throw error;
    }
  };

  return {
    dialect: 'sqlite',
    location: file ?? MEMORY_URL,
    query: (sql, args) => use((current) => executorOf(current).query(sql, args)),
    execute: (sql, args) => use((current) => executorOf(current).execute(sql, args)),
    transaction: (work) =>
      use(async (current) => {
        const tx = await current.transaction('write');
        try {
          const result = await work(executorOf(tx));
          await tx.commit();
          return result;
        } finally {
          tx.close();
        }
      }),
    fileProblem() {
      if (file === null || identity === null) return null;
      const now = identify(file);
      if (now === null) return `the database file ${file} was deleted while citebot was running`;
      if (now.ino !== identity.ino || now.dev !== identity.dev) return `the database file ${file} was replaced while citebot was running`;
      return null;
    },
    async close() {
      client.close();
    },
  };
}
