/**
 * Worker thread entry: owns the database connection. SQLite calls block their
 * thread (up to the busy timeout while another process holds the lock), so
 * they run here and never on the thread that answers questions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { describeFailure, type DatabaseMessage, type DatabaseRequest, type DatabaseThreadInput } from './databaseProtocol.js';
import { createInsightsStore, type InsightsStore } from './insightsStore.js';
import { migrate, type MigrationResult } from './migrations.js';
import { openSqlConnection } from './openSqlConnection.js';
import type { InsightsRecord, InsightsSummary } from './records.js';
import type { SqlConnection } from './sqlConnection.js';

/** PostgreSQL's SQLSTATE for "relation does not exist". */
const UNDEFINED_TABLE = '42P01';

const port = parentPort;
if (port) {
  const input = workerData as DatabaseThreadInput;
  const post = (message: DatabaseMessage) => port.postMessage(message);

  const state: { connection: SqlConnection | null; store: InsightsStore | null } = { connection: null, store: null };
  const open = async (): Promise<MigrationResult & { location: string }> => {
    const opened = await openSqlConnection(input.url, input.baseDir, (error) =>
      post({ type: 'notice', event: 'insights-database-connection-lost', message: `a connection to the question log database dropped (${error.message}); new ones are opened as needed`, location: opened.location }),
    );
    try {
      const result = await migrate(opened);
      state.connection = opened;
      state.store = createInsightsStore(opened);
      return { ...result, location: opened.location };
    } catch (error) {
      await opened.close().catch(() => undefined);
      throw error;
    }
  };

  /** A deleted or replaced file is recreated (empty, migrated) rather than written into the void. */
  const ensureFile = async (connection: SqlConnection): Promise<InsightsStore> => {
    const problem = connection.fileProblem?.() ?? null;
    if (problem !== null) {
      await connection.close().catch(() => undefined);
      const { location } = await open();
      post({ type: 'notice', event: 'insights-database-recreated', message: `${problem}: recording goes on in a new, empty database at the same path`, location });
    }
    return state.store as InsightsStore;
  };

  /**
   * A PostgreSQL server that came back empty (a new volume, a restored snapshot) has lost the
   * tables: migrate again, once, instead of failing every write until a restart.
   */
  const writeOrMigrate = async (connection: SqlConnection, store: InsightsStore, records: InsightsRecord[]): Promise<void> => {
    try {
      await store.write(records);
    } catch (error) {
      if (connection.dialect !== 'postgres' || describeFailure(error).code !== UNDEFINED_TABLE) throw error;
      const { applied } = await migrate(connection);
      post({ type: 'notice', event: 'insights-database-remigrated', message: `the question log tables were missing (an empty database?): migrated again (${applied.join(', ')})`, location: connection.location });
      await store.write(records);
    }
  };

  const handle = async (request: DatabaseRequest): Promise<number | null | InsightsSummary> => {
    const connection = state.connection as SqlConnection;
    const store = state.store as InsightsStore;
    switch (request.op) {
      case 'write':
        await writeOrMigrate(connection, await ensureFile(connection), request.records);
        return null;
      case 'forget':
        return (await ensureFile(connection)).forget(request.userHash);
      case 'prune':
        return (await ensureFile(connection)).prune(request.cutoff);
      case 'summarize':
        return store.summarize(request.days, request.now);
      case 'close':
        await connection.close();
        return null;
    }
  };

  try {
    post({ type: 'ready', ...(await open()) });
    // One request at a time, in order: a write that waits on a lock holds back the next.
    let queue = Promise.resolve();
    port.on('message', (request: DatabaseRequest) => {
      queue = queue.then(async () => {
        try {
          post({ type: 'result', id: request.id, ok: true, value: await handle(request) });
        } catch (error) {
          post({ type: 'result', id: request.id, ok: false, error: describeFailure(error) });
        }
        if (request.op === 'close') port.close();
      });
    });
  } catch (error) {
    post({ type: 'failed', error: describeFailure(error) });
    port.close();
  }
}
