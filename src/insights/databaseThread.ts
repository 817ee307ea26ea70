import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../runtime/moduleWorker.js';
import type { DatabaseFailure, DatabaseMessage, DatabaseRequest, DatabaseThreadInput } from './databaseProtocol.js';
import type { InsightsStore } from './insightsStore.js';
import type { InsightsRecord, InsightsSummary } from './records.js';

/** A request before it is numbered. */
type DatabaseCall = DatabaseRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** A failed database call, with the driver's code (SQLITE_BUSY, SQLITE_READONLY, …) for the log. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  readonly code: string | null;
  constructor(failure: DatabaseFailure) {
    super(failure.message);
    this.code = failure.code;
  }
}

export interface InsightsDatabase extends InsightsStore {
  /** The file path, or ":memory:". */
  readonly location: string;
  /** Schema versions applied when it opened. */
  readonly applied: readonly number[];
  /** Migrated by a newer citebot than this one. */
  readonly newer: boolean;
  close(): Promise<void>;
}

export interface DatabaseNotice {
  event: string;
  message: string;
  location: string;
}

/**
 * Opens the database on its own thread and migrates it. Rejects with the
 * reason when it cannot be opened, migrated or written (locked, corrupt,
 * read-only, unsupported URL).
 */
export function startDatabaseThread(input: DatabaseThreadInput, onNotice: (notice: DatabaseNotice) => void = () => undefined): Promise<InsightsDatabase> {
  const worker: Worker = startModuleWorker(import.meta.url, 'databaseWorker', input);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | null = null;
  // The thread keeps the process alive only while a call waits on it (a script's last query).
  const settle = () => {
    if (pending.size === 0) worker.unref();
  };

  const call = <T>(request: DatabaseCall): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    worker.ref();
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  };

  return new Promise<InsightsDatabase>((resolve, reject) => {
    let ready = false;
    worker.on('message', (message: DatabaseMessage) => {
      if (message.type === 'ready') {
        ready = true;
        settle();
        resolve({
          location: message.location,
          applied: message.applied,
          newer: message.newer,
          write: (records: readonly InsightsRecord[]) => call<null>({ op: 'write', records: [...records] }).then(() => undefined),
          forget: (userHash: string) => call<number>({ op: 'forget', userHash }),
          prune: (cutoff: number) => call<number>({ op: 'prune', cutoff }),
          summarize: (days: number, now: number) => call<InsightsSummary>({ op: 'summarize', days, now }),
          close: async () => {
            if (stopped) return;
            await call<null>({ op: 'close' }).catch(() => undefined);
            stopped = new Error('the insights database is closed');
            await worker.terminate();
          },
        });
      } else if (message.type === 'failed') {
        reject(new DatabaseError(message.error));
      } else if (message.type === 'notice') {
        onNotice(message);
      } else {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        settle();
        if (!waiting) return;
        if (message.ok) waiting.resolve(message.value);
        else waiting.reject(new DatabaseError(message.error));
      }
    });
    const fail = (error: Error) => {
      stopped ??= error;
      for (const waiting of pending.values()) waiting.reject(stopped);
      pending.clear();
      if (!ready) reject(stopped);
    };
    worker.on('error', (error) => fail(new DatabaseError({ message: `the database thread failed: ${error.message}`, code: null })));
    worker.on('exit', (code) => fail(new DatabaseError({ message: `the database thread stopped (exit code ${code})`, code: null })));
  });
}
