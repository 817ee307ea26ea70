import { randomBytes } from 'node:crypto';
import type { Logger } from '../log/logger.js';
import type { CorpusStore } from '../runtime/corpusStore.js';
import type { HostDirectory, HostInfo } from './hostDirectory.js';
import { KEY_PREFIX, type RedisLink } from './redisLink.js';

export interface HostReload {
  host: HostInfo;
  ok: boolean;
  documents: number | null;
  error: string | null;
}

/** What a moderator's /reload learned about the other hosts. */
export interface HostsReport {
  self: HostInfo;
  /** Other hosts that reloaded. */
  confirmed: HostReload[];
  /** Other hosts whose reload failed (they keep answering from their previous index). */
  failed: HostReload[];
  /** Hosts seen alive that did not answer in time. */
  silent: HostInfo[];
  /** Redis was away: no other host could be told. */
  unreachable: boolean;
  waitedMs: number;
}

const REQUEST_CHANNEL = `${KEY_PREFIX}reload`;
const DONE_CHANNEL = `${KEY_PREFIX}reload:done`;
/** Other hosts reload alongside this one and get this long past the end of its own reload to confirm. */
export const CONFIRM_WITHIN_MS = 5000;

interface ReloadRequest {
  type: 'reload';
  request: string;
  from: HostInfo;
}

interface ReloadDone {
  type: 'reload-done';
  request: string;
  host: HostInfo;
  ok: boolean;
  documents: number | null;
  error: string | null;
}

/**
 * /reload across hosts over Redis pub/sub: the host a moderator asked publishes a request as it
 * starts its own reload, so every host reloads at the same time, then collects each other
 * host's "done" until all it knows of have answered or the time is up. Every host listens on
 * both channels for as long as it runs.
 */
export class ReloadRelay {
  private readonly waiting = new Map<string, (done: ReloadDone) => void>();
  private subscribed = false;

  constructor(
    private readonly directory: HostDirectory,
    private readonly link: RedisLink,
    private readonly store: CorpusStore,
    private readonly logger: Logger,
    private readonly confirmWithinMs = CONFIRM_WITHIN_MS,
  ) {}

  get self(): HostInfo {
    return this.directory.self;
  }

  async start(): Promise<void> {
    // Subscribing needs the link; the client then resubscribes by itself after every reconnect.
    this.link.onUp(() => void this.subscribe());
    await this.subscribe();
  }

  private async subscribe(): Promise<void> {
    if (this.subscribed || !this.link.up) return;
    this.subscribed = true;
    try {
      await this.link.subscriber.subscribe([REQUEST_CHANNEL, DONE_CHANNEL], (message, channel) => this.receive(channel, message));
    } catch (error) {
      this.subscribed = false;
      this.logger.warn({ err: error, event: 'redis-subscribe-failed' }, 'could not listen for reloads from other hosts yet; retrying when Redis is back');
    }
  }

  private receive(channel: string, text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.logger.warn({ event: 'reload-message-unreadable', channel }, 'ignored a message on the reload channel that is not JSON');
      return;
    }
    if (channel === REQUEST_CHANNEL && isRequest(message) && message.from.id !== this.self.id) void this.reloadFor(message);
    if (channel === DONE_CHANNEL && isDone(message)) this.waiting.get(message.request)?.(message);
  }

  private async reloadFor(request: ReloadRequest): Promise<void> {
    const report = await this.store.reload();
    this.logger.info(
      {
        event: 'reload',
        via: 'redis',
        from: request.from.label,
        durationMs: report.durationMs,
        ...(report.ok ? { ok: true, documents: report.documents, chunks: report.chunks, changes: report.changes } : { ok: false, error: report.error }),
      },
      'corpus reload',
    );
    const done: ReloadDone = {
      type: 'reload-done',
      request: request.request,
      host: this.self,
      ok: report.ok,
      documents: report.ok ? report.documents : null,
      error: report.ok ? null : report.error,
    };
    try {
      await this.link.client.publish(DONE_CHANNEL, JSON.stringify(done));
    } catch (error) {
      this.logger.warn({ err: error, event: 'reload-confirm-failed' }, 'reloaded for another host but could not tell it (Redis is away)');
    }
  }

  /**
   * Every other host reloads while this one does (`ownReload`); which of them confirmed by the
   * time this host's reload is done plus CONFIRM_WITHIN_MS. Never throws.
   */
  async reloadOthers(ownReload: Promise<unknown>): Promise<HostsReport> {
    const started = Date.now();
    const report: HostsReport = { self: this.self, confirmed: [], failed: [], silent: [], unreachable: false, waitedMs: 0 };
    if (!this.link.up) {
      await ownReload.catch(() => undefined);
      return { ...report, unreachable: true, waitedMs: Date.now() - started };
    }
    const request = randomBytes(8).toString('hex');
    const replies = new Map<string, ReloadDone>();
    let wake: () => void = () => undefined;
    this.waiting.set(request, (done) => {
      replies.set(done.host.id, done);
      wake();
    });
    try {
      const others = (await this.directory.alive()).filter((h) => h.id !== this.self.id);
      const message: ReloadRequest = { type: 'reload', request, from: this.self };
      // PUBLISH says how many subscribers got it, this host's own included.
      const receivers = await this.link.client.publish(REQUEST_CHANNEL, JSON.stringify(message));
      const expected = Math.max(others.length, receivers - 1);
      await ownReload.catch(() => undefined);
      const deadline = Date.now() + this.confirmWithinMs;
      while (replies.size < expected && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, deadline - Date.now()).unref();
        });
      }
      for (const done of replies.values()) {
        const entry: HostReload = { host: done.host, ok: done.ok, documents: done.documents, error: done.error };
        (done.ok ? report.confirmed : report.failed).push(entry);
      }
      report.silent = others.filter((h) => !replies.has(h.id));
    } catch (error) {
      this.logger.warn({ err: error, event: 'reload-broadcast-failed' }, 'could not ask the other hosts to reload (Redis is away)');
      report.unreachable = replies.size === 0;
    } finally {
      this.waiting.delete(request);
    }
    report.waitedMs = Date.now() - started;
    return report;
  }
}

function isHost(value: unknown): value is HostInfo {
  return typeof value === 'object' && value !== null && typeof (value as HostInfo).id === 'string' && typeof (value as HostInfo).label === 'string';
}

function isRequest(value: unknown): value is ReloadRequest {
  return typeof value === 'object' && value !== null && (value as ReloadRequest).type === 'reload' && typeof (value as ReloadRequest).request === 'string' && isHost((value as ReloadRequest).from);
}

function isDone(value: unknown): value is ReloadDone {
  const done = value as ReloadDone;
  return typeof value === 'object' && value !== null && done.type === 'reload-done' && typeof done.request === 'string' && isHost(done.host) && typeof done.ok === 'boolean';
}
