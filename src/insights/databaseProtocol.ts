import type { InsightsRecord, InsightsSummary } from './records.js';

/** Messages between the main thread and the database thread (see databaseThread.ts). */
export interface DatabaseThreadInput {
  url: string;
  /** Relative file paths in `url` are taken from here. */
  baseDir: string;
}

export type DatabaseRequest =
  | { id: number; op: 'write'; records: InsightsRecord[] }
  | { id: number; op: 'forget'; userHash: string }
  | { id: number; op: 'prune'; cutoff: number }
  | { id: number; op: 'summarize'; days: number; now: number }
  | { id: number; op: 'close' };

export interface DatabaseFailure {
  message: string;
  /** The driver's code (SQLITE_BUSY, SQLITE_READONLY, …) when it gave one. */
  code: string | null;
}

export type DatabaseMessage =
  | { type: 'ready'; location: string; applied: number[]; version: number; newer: boolean }
  | { type: 'failed'; error: DatabaseFailure }
  | { type: 'notice'; event: string; message: string; location: string }
  | { type: 'result'; id: number; ok: true; value: number | InsightsSummary | null }
  | { type: 'result'; id: number; ok: false; error: DatabaseFailure };

export function describeFailure(error: unknown): DatabaseFailure {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : null;
  return { message: error instanceof Error ? error.message : String(error), code };
}
