import { createClient } from '@redis/client';
import type { Logger } from '../log/logger.js';

export type RedisClient = ReturnType<typeof createClient>;

/** Every key and channel citebot uses starts with this, so a Redis shared with other apps stays tidy. */
export const KEY_PREFIX = 'citebot:';

/**
 * A command past this is treated as failed and the caller falls back to what this host knows:
 * /ask waits at most this long for a shared cooldown before answering locally.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 250;

/** Reconnect attempts back off to this, so a Redis that comes back is found within about 2 s. */
const MAX_RECONNECT_DELAY_MS = 2000;

export interface RedisLink {
  /** Keys (cooldowns, button sessions, the host directory) and publishing. Commands fail at once while the link is down. */
  client: RedisClient;
  /** Subscriptions need a connection of their own; it resubscribes by itself after a reconnect. */
  subscriber: RedisClient;
  /** Both connections ready. */
  readonly up: boolean;
  /** Called each time the link comes up after start-up: back after a loss, or a first connection that came late. */
  onUp(listener: () => void): void;
  close(): Promise<void>;
}

export interface RedisLinkOptions {
  /** How long start-up waits for the first connection before going on without it. Default 5 s. */
  firstConnectMs?: number;
}

function newClient(url: string): RedisClient {
  return createClient({
    url,
    // Fail fast instead of queueing: a question is never held up by a Redis that is away.
    disableOfflineQueue: true,
    commandOptions: { timeout: REDIS_COMMAND_TIMEOUT_MS },
    // Finds a connection that died without a reset (a host gone from the network).
    pingInterval: 10_000,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS) },
  });
}

/**
 * Connects to REDIS_URL with two connections and keeps them connected for ever: a loss is
 * logged once (`redis-lost`), the return once (`redis-restored`), and in between every user of
 * the link falls back to what this host knows alone. Start-up waits a few seconds for the
 * first connection and then goes on without it (`redis-unavailable`), still retrying.
 */
export async function connectRedis(url: string, logger: Logger, options: RedisLinkOptions = {}): Promise<RedisLink> {
  const client = newClient(url);
  const subscriber = newClient(url);
  const upListeners: (() => void)[] = [];
  let wasUp = false;
  let everUp = false;
  let lostAt = 0;
  let lastError = '';
  let closing = false;

  const isUp = () => client.isReady && subscriber.isReady;
  const check = () => {
    if (closing) return;
    const up = isUp();
    if (up === wasUp) return;
    wasUp = up;
    if (up) {
      if (everUp) logger.info({ event: 'redis-restored', downMs: Date.now() - lostAt }, 'Redis is back: sharing with other hosts again');
      else logger.info({ event: 'redis-connected' }, 'connected to Redis: reloads, cooldowns and button sessions are shared between hosts');
      everUp = true;
      for (const listener of upListeners) listener();
    } else {
      lostAt = Date.now();
      logger.error({ event: 'redis-lost', reason: lastError }, 'lost Redis: answering goes on with this host\'s own cooldowns and sessions, and /reload reaches only this host; reconnecting');
    }
  };
  for (const connection of [client, subscriber]) {
    connection.on('ready', check);
    connection.on('end', check);
    connection.on('reconnecting', check);
    // Each failed reconnect attempt lands here; the loss itself is logged once, by check().
    connection.on('error', (error: Error) => {
      lastError = error.message;
      check();
    });
    connection.connect().catch(() => {
      // Rejected only once the connection is closed for good (at shutdown); reconnects are automatic.
    });
  }

  const firstConnectMs = options.firstConnectMs ?? 5000;
  const deadline = Date.now() + firstConnectMs;
  while (!isUp() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  check();
  if (!isUp()) {
    lostAt = Date.now();
    logger.error({ event: 'redis-unavailable', reason: lastError, waitedMs: firstConnectMs }, 'cannot reach Redis at start-up: answering with this host\'s own state, and connecting in the background');
  }

  return {
    client,
    subscriber,
    get up() {
      return isUp();
    },
    onUp(listener) {
      upListeners.push(listener);
    },
    async close() {
      closing = true;
      await Promise.allSettled([client, subscriber].map((c) => (c.isReady ? c.close() : Promise.resolve(c.destroy()))));
    },
  };
}
