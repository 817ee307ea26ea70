/**
 * The one seam between the question log and a SQL database. Statements are
 * portable SQL with `?` placeholders; an implementation turns them into its
 * own dialect (PostgreSQL wants `$1`). Everything dialect-specific lives
 * behind this interface, so the store and its migrations are written once.
 */
export type SqlValue = string | number | null;

export type SqlRow = Record<string, unknown>;

export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlExecutor {
  /** Rows as plain objects keyed by column name. */
  query(sql: string, args?: readonly SqlValue[]): Promise<SqlRow[]>;
  /** How many rows the statement changed. */
  execute(sql: string, args?: readonly SqlValue[]): Promise<number>;
}

export interface SqlConnection extends SqlExecutor {
  readonly dialect: SqlDialect;
  /** Where the data lives, for log lines (a file path, ":memory:", a host); never a password. */
  readonly location: string;
  /** Runs `work` in one write transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * For a database in a file: why the open connection no longer reaches the file at its path
   * (deleted or replaced while running), or null while it does. Writes to a deleted file's
   * inode would succeed and vanish, so the caller checks before writing.
   */
  fileProblem?(): string | null;
  close(): Promise<void>;
}

/** Numbers come back as number or bigint depending on the driver; counts and times fit a double. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return 0;
}

export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}
