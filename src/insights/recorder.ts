import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Answer } from '../answer/answerQuestion.js';
import { PROJECT_ROOT, type Config } from '../config/loadConfig.js';
import type { Logger } from '../log/logger.js';
import { DatabaseError, startDatabaseThread, type InsightsDatabase } from './databaseThread.js';
import { MEMORY_URL, sqliteFilePath } from './libsqlConnection.js';
import { normalizeQuestion } from './normalizeQuestion.js';
import { isPostgresUrl, postgresLocation } from './postgresConnection.js';
import { DAY_MS, type AskSource, type ButtonAction, type InsightsRecord, type InsightsSummary } from './records.js';
import { hashUserId, resolveInsightsKey } from './userHash.js';

export interface RecorderSettings {
  /** INSIGHTS=off: nothing is recorded. */
  enabled: boolean;
  databaseUrl: string;
  retentionDays: number;
  /** INSIGHTS_KEY, or null for the key file beside the database. */
  key: string | null;
  source: AskSource;
  /** Relative paths in the URL are taken from here. */
  baseDir: string;
  /** How long a record may wait before it is written: what a crash can lose. Default 1 s. */
  flushIntervalMs?: number;
  /** Records kept while the database fails; past this the oldest are dropped (and counted). */
  maxQueued?: number;
  /** PostgreSQL unreachable at start-up: another attempt this often. Default SERVER_RETRY_MS. */
  serverRetryMs?: number;
  now?: () => number;
}

/** server: PostgreSQL, shared by every host (recording goes on while it is away; records wait in the queue). */
export type RecorderMode = 'not-open' | 'off' | 'file' | 'server' | 'memory' | 'closed';

export interface RecorderStatus {
  mode: RecorderMode;
  location: string | null;
  queued: number;
  /** Write batches that failed since start-up (they are retried). */
  failedWrites: number;
  /** Records given up because the database kept failing and the queue was full. */
  droppedRecords: number;
  /** Why the database is not the configured one, or why writes fail now; null when all is well. */
  problem: string | null;
}

export interface AskInput {
  answer: Answer;
  userId: string;
  guildId: string | null;
  locale: string | null;
  latencyMs: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

const RETENTION_EVERY_MS = DAY_MS;
/** While PostgreSQL cannot be reached, another attempt to open it this often. */
export const SERVER_RETRY_MS = 5000;
/** While writes keep failing, one warning a minute says so (the first one at once). */
const FAILURE_LOG_EVERY_MS = 60_000;

/** A sentence for the log and for moderators: what is wrong with the database file, in plain words. */
export function explainDatabaseError(error: unknown): string {
  const code = error instanceof DatabaseError ? error.code : ((error as { code?: unknown })?.code as string | undefined);
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'it is locked by another program';
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `it cannot be written (read-only file or folder?): ${message}`;
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return `it is not a valid SQLite database (corrupt, or another kind of file): ${message}`;
    case 'SQLITE_IOERR':
    case 'SQLITE_FULL':
      return `the disk refused the write (read-only, full or failing): ${message}`;
    default:
      return message;
  }
}

/**
 * The question log on the interaction path: recording is a push onto a queue
 * (microseconds); a timer hands the queue to the database thread once a second.
 * A failing database is logged and counted, its records kept for the next try,
 * and answering never waits on it.
 */
export class InsightsRecorder {
  private db: InsightsDatabase | null = null;
  private key: Buffer | null = null;
  private queue: InsightsRecord[] = [];
  private flushing: Promise<void> | null = null;
  private timers: NodeJS.Timeout[] = [];
  private modeNow: RecorderMode;
  /** Why the log is in memory instead of the configured file. */
  private fallback: string | null = null;
  /** Why writes fail right now. */
  private writeProblem: string | null = null;
  /** Why PostgreSQL is not open yet (unreachable since start-up). */
  private unreachable: string | null = null;
  private failedWrites = 0;
  private droppedRecords = 0;
  private failingSince: number | null = null;
  private lastFailureLog = 0;
  private readonly now: () => number;
  private serverRetry: NodeJS.Timeout | null = null;

  constructor(
    readonly settings: RecorderSettings,
    private readonly logger: Logger,
    /** How a database is opened: on its own thread, unless a test says otherwise. */
    private readonly openDatabase: typeof startDatabaseThread = startDatabaseThread,
  ) {
    this.now = settings.now ?? Date.now;
    this.modeNow = settings.enabled ? 'not-open' : 'off';
  }

  get recording(): boolean {
    return this.modeNow === 'file' || this.modeNow === 'server' || this.modeNow === 'memory';
  }

  status(): RecorderStatus {
    return {
      mode: this.modeNow,
      location: this.db?.location ?? null,
      queued: this.queue.length,
      failedWrites: this.failedWrites,
      droppedRecords: this.droppedRecords,
      problem: [this.fallback, this.unreachable, this.writeProblem].filter((p) => p !== null).join(' ') || null,
    };
  }

  /**
   * Opens the database named by DATABASE_URL (creating and migrating it). A file that cannot
   * be used (locked, corrupt, read-only) gives a warning and, unless `fallbackToMemory` is
   * false, a database in memory for this run: the bot starts either way.
   */
  async open(options: { fallbackToMemory?: boolean } = {}): Promise<void> {
    if (this.modeNow !== 'not-open') return;
    const url = this.settings.databaseUrl;
    if (isPostgresUrl(url)) return this.openServer(url, options.fallbackToMemory !== false);
    const file = sqliteFilePath(url, this.settings.baseDir);
    try {
      this.db = await this.openDatabase({ url, baseDir: this.settings.baseDir }, (notice) => this.logger.warn({ event: notice.event, database: notice.location }, notice.message));
      let key: ReturnType<typeof resolveInsightsKey>;
      try {
        key = resolveInsightsKey(this.settings.key, file);
      } catch (error) {
        await this.db.close();
        this.db = null;
        throw error;
      }
      this.key = key.key;
      this.modeNow = file === null ? 'memory' : 'file';
      this.logger.info(
        { event: 'insights-ready', database: this.db.location, migrated: this.db.applied, keyFrom: key.source, retentionDays: this.settings.retentionDays },
        'question log ready',
      );
      if (this.db.newer) this.logger.warn({ event: 'insights-schema-newer', database: this.db.location }, 'the question log was migrated by a newer citebot; this one keeps to the tables it knows');
    } catch (error) {
      const reason = explainDatabaseError(error);
      if (options.fallbackToMemory === false) throw new Error(`the question log at ${file ?? url} cannot be used: ${reason}`, { cause: error });
      this.logger.warn(
        { event: 'insights-database-unavailable', database: file ?? url, code: (error as { code?: unknown }).code ?? null, reason },
        `the question log cannot use ${file ?? url}: ${reason}. Recording in memory for this run only; fix the file and restart to keep questions`,
      );
      this.fallback = `The database file cannot be used (${reason}): this run's questions are kept in memory only.`;
      this.db = await this.openDatabase({ url: MEMORY_URL, baseDir: this.settings.baseDir });
      this.key = resolveInsightsKey(this.settings.key, null).key;
      this.modeNow = 'memory';
    }
    await this.startTimers();
  }

  private async startTimers(): Promise<void> {
    const flushEvery = this.settings.flushIntervalMs ?? 1000;
    this.timers.push(setInterval(() => void this.flush(), flushEvery).unref());
    this.timers.push(setInterval(() => void this.prune(), RETENTION_EVERY_MS).unref());
    await this.prune();
  }

  /**
   * PostgreSQL, shared by every host. Unreachable at start-up, it is not swapped for memory
   * (this host's questions would never reach the others'): recording goes on into the queue
   * and the database is tried again every few seconds, unless `keepTrying` is false (scripts).
   */
  private async openServer(url: string, keepTrying: boolean): Promise<void> {
    const location = postgresLocation(url);
    const retryMs = this.settings.serverRetryMs ?? SERVER_RETRY_MS;
    const key = resolveInsightsKey(this.settings.key, null);
    this.key = key.key;
    this.modeNow = 'server';
    const attempt = async (): Promise<unknown> => {
      try {
        const db = await this.openDatabase({ url, baseDir: this.settings.baseDir }, (notice) => this.logger.warn({ event: notice.event, database: notice.location }, notice.message));
        if (this.modeNow !== 'server') {
          await db.close();
          return null;
        }
        this.db = db;
        this.unreachable = null;
        this.logger.info({ event: 'insights-ready', database: db.location, migrated: db.applied, keyFrom: key.source, retentionDays: this.settings.retentionDays, queued: this.queue.length }, 'question log ready');
        if (db.newer) this.logger.warn({ event: 'insights-schema-newer', database: db.location }, 'the question log was migrated by a newer citebot; this one keeps to the tables it knows');
        return null;
      } catch (error) {
        return error;
      }
    };
    const failure = await attempt();
    if (failure !== null) {
      const reason = explainDatabaseError(failure);
      if (!keepTrying) throw new Error(`the question log at ${location} cannot be used: ${reason}`, { cause: failure });
      this.unreachable = `The question log database (${location}) cannot be reached (${reason}): questions are kept and written once it is back.`;
      this.logger.warn(
        { event: 'insights-database-unavailable', database: location, code: (failure as { code?: unknown }).code ?? null, reason, retryMs },
        `the question log cannot reach ${location}: ${reason}. Questions are queued (up to ${this.settings.maxQueued ?? 10_000}) and the database is tried again every ${retryMs / 1000} s`,
      );
      const retry = async () => {
        this.serverRetry = null;
        if (this.modeNow !== 'server' || this.db !== null) return;
        if ((await attempt()) === null) {
          void this.flush();
          void this.prune();
        } else if (this.modeNow === 'server') {
          this.serverRetry = setTimeout(() => void retry(), retryMs).unref();
        }
      };
      this.serverRetry = setTimeout(() => void retry(), retryMs).unref();
    }
    await this.startTimers();
  }

  /** Queues a record of one answered /ask; returns its id (for the buttons on the answer), or null when not recording. */
  recordAsk(input: AskInput): string | null {
    if (!this.recording || this.key === null) return null;
    const { answer } = input;
    const top = answer.items[0];
    const id = randomUUID();
    this.push({
      type: 'ask',
      id,
      at: this.now(),
      userHash: hashUserId(this.key, input.userId),
      source: this.settings.source,
      guildId: input.guildId,
      locale: input.locale,
      question: answer.question,
      normalized: normalizeQuestion(answer.question),
      outcome: answer.status,
      results: answer.items.map((item) => ({ chunk: item.chunk.id, document: item.document.id, score: item.score })),
      topDocument: top?.document.id ?? null,
      topDocumentTitle: top?.document.title ?? null,
      latencyMs: Math.round(input.latencyMs * 100) / 100,
    });
    return id;
  }

  /** Queues a press of 👍, 👎, Post publicly or a page button on a recorded answer. */
  recordButton(askId: string | null | undefined, userId: string, button: ButtonAction, page: number): void {
    if (!this.recording || this.key === null || !askId) return;
    this.push({ type: 'button', id: randomUUID(), at: this.now(), userHash: hashUserId(this.key, userId), askId, button, page: Number.isInteger(page) ? page : 0 });
  }

  private push(record: InsightsRecord): void {
    this.queue.push(record);
    const max = this.settings.maxQueued ?? 10_000;
    if (this.queue.length > max) {
      const dropped = this.queue.length - max;
      this.queue.splice(0, dropped);
      this.droppedRecords += dropped;
    }
  }

  /** Writes what is queued. Never throws: a failure is logged, counted, and the records wait for the next try. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.queue.length === 0 || this.db === null) return Promise.resolve();
    const db = this.db;
    const batch = this.queue;
    this.queue = [];
    this.flushing = db
      .write(batch)
      .then(
        () => this.writeSucceeded(),
        (error: unknown) => {
          // Back in front of anything queued meanwhile, in order; the queue's cap still holds.
          this.queue = [...batch, ...this.queue];
          const max = this.settings.maxQueued ?? 10_000;
          if (this.queue.length > max) {
            this.droppedRecords += this.queue.length - max;
            this.queue.splice(0, this.queue.length - max);
          }
          this.writeFailed(error, batch.length);
        },
      )
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private writeSucceeded(): void {
    if (this.failingSince === null) return;
    this.logger.info(
      { event: 'insights-write-recovered', failedWrites: this.failedWrites, droppedRecords: this.droppedRecords, failingForMs: this.now() - this.failingSince },
      'question log writes work again; the records kept meanwhile are saved',
    );
    this.failingSince = null;
    this.writeProblem = null;
  }

  private writeFailed(error: unknown, records: number): void {
    this.failedWrites += 1;
    const reason = explainDatabaseError(error);
    const now = this.now();
    const firstOfStreak = this.failingSince === null;
    this.failingSince ??= now;
    this.writeProblem = `Writing the question log fails: ${reason}. Answers go on; ${this.queue.length} records wait for the next try.`;
    if (!firstOfStreak && now - this.lastFailureLog < FAILURE_LOG_EVERY_MS) return;
    this.lastFailureLog = now;
    this.logger.warn(
      {
        event: 'insights-write-failed',
        database: this.db?.location ?? null,
        code: error instanceof DatabaseError ? error.code : null,
        reason,
        records,
        queued: this.queue.length,
        failedWrites: this.failedWrites,
        droppedRecords: this.droppedRecords,
      },
      `could not write to the question log: ${reason}; answering goes on and the records are kept for the next try`,
    );
  }

  /** Deletes rows older than INSIGHTS_RETENTION_DAYS. */
  async prune(): Promise<void> {
    if (this.db === null) return;
    const cutoff = this.now() - this.settings.retentionDays * DAY_MS;
    try {
      const rows = await this.db.prune(cutoff);
      this.logger.info({ event: 'insights-pruned', rows, retentionDays: this.settings.retentionDays }, 'old question-log rows deleted');
    } catch (error) {
      this.logger.warn({ event: 'insights-prune-failed', reason: explainDatabaseError(error) }, 'could not delete old question-log rows; will try again tomorrow');
    }
  }

  /**
   * Deletes everything recorded about a member: queued records too. With INSIGHTS=off an
   * existing database file is still opened for this, since rows from before may be in it.
   */
  async forget(userId: string): Promise<Outcome<number>> {
    if (this.modeNow === 'off') return this.forgetWhileOff(userId);
    if (this.db === null || this.key === null) return { ok: false, reason: this.unreachable ?? 'The question log is not open.' };
    const userHash = hashUserId(this.key, userId);
    // Everything queued goes to the database first (a press on their answer may wait there), then one delete finds it all.
    await this.flushing;
    await this.flush();
    const failing = this.writeProblem;
    try {
      const deleted = await this.db.forget(userHash);
      // Records the database refused, or that came in meanwhile, never reach it.
      const theirAsks = new Set(this.queue.filter((r) => r.type === 'ask' && r.userHash === userHash).map((r) => r.id));
      const before = this.queue.length;
      this.queue = this.queue.filter((r) => r.userHash !== userHash && !(r.type === 'button' && theirAsks.has(r.askId)));
      if (failing !== null && this.queue.length > 0) throw new Error(failing);
      return { ok: true, value: deleted + before - this.queue.length };
    } catch (error) {
      const reason = explainDatabaseError(error);
      this.logger.warn({ event: 'forget-me-failed', reason }, 'could not delete a member\'s question-log rows');
      return { ok: false, reason: `The question log could not be changed just now (${reason}). Please try again later.` };
    }
  }

  private async forgetWhileOff(userId: string): Promise<Outcome<number>> {
    const server = isPostgresUrl(this.settings.databaseUrl);
    const file = server ? null : sqliteFilePath(this.settings.databaseUrl, this.settings.baseDir);
    if (!server && (file === null || !existsSync(file))) return { ok: true, value: 0 };
    let db: InsightsDatabase | null = null;
    try {
      const { key } = resolveInsightsKey(this.settings.key, file);
      db = await this.openDatabase({ url: this.settings.databaseUrl, baseDir: this.settings.baseDir });
      return { ok: true, value: await db.forget(hashUserId(key, userId)) };
    } catch (error) {
      return { ok: false, reason: `The question log could not be changed just now (${explainDatabaseError(error)}). Please try again later.` };
    } finally {
      await db?.close();
    }
  }

  /** The report for the last `days` days, with what was recorded up to this moment. */
  async summarize(days: number): Promise<Outcome<InsightsSummary>> {
    if (this.modeNow === 'off') return { ok: false, reason: 'Nothing is recorded: the question log is off (INSIGHTS=off).' };
    if (this.db === null) return { ok: false, reason: this.unreachable ?? 'The question log is not open.' };
    await this.flush();
    try {
      return { ok: true, value: await this.db.summarize(days, this.now()) };
    } catch (error) {
      return { ok: false, reason: `The question log could not be read just now (${explainDatabaseError(error)}).` };
    }
  }

  /** Writes what is queued and closes the database (shutdown). */
  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    if (this.serverRetry !== null) clearTimeout(this.serverRetry);
    this.serverRetry = null;
    if (this.db === null) {
      if (this.modeNow !== 'off') this.modeNow = 'closed';
      return;
    }
    await this.flush();
    const left = this.queue.length;
    if (left > 0) this.logger.warn({ event: 'insights-unsaved', records: left }, 'question-log records could not be written before closing');
    const db = this.db;
    this.db = null;
    this.modeNow = 'closed';
    await db.close();
  }
}

/** The question log as the config describes it (not yet open). */
export function createRecorder(config: Config, logger: Logger, source: AskSource): InsightsRecorder {
  return new InsightsRecorder(
    { enabled: config.insights, databaseUrl: config.databaseUrl, retentionDays: config.insightsRetentionDays, key: config.insightsKey, source, baseDir: PROJECT_ROOT },
    logger,
  );
}
