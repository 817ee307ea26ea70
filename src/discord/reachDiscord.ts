import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log/logger.js';
import { describeHttpFailure, describeNetworkFailure, failureFields, hostOf, type NetworkFailure } from './networkFailure.js';

export const DEFAULT_API_URL = 'https://discord.com/api';
/** Each start-up call (GET /gateway/bot, the gateway handshake) gets this long. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** Logging in (HELLO, IDENTIFY, READY) gets this long once both ends answered a probe. */
export const LOGIN_TIMEOUT_MS = 30_000;
/** Waits between attempts double from the first to the last, until the give-up time. */
export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;
/** The shortest bound an attempt gets, even right at the give-up time. */
const MIN_ATTEMPT_MS = 1_000;
/** After losing the gateway, discord.js resumes on its own this long; then citebot reconnects with back-off. */
export const OUTAGE_GRACE_MS = 15_000;

export interface RetryPolicy {
  /** Failing this long in a row gives up (DISCORD_GIVE_UP_SECONDS). */
  giveUpMs: number;
  attemptTimeoutMs: number;
  loginTimeoutMs: number;
  firstRetryMs: number;
  maxRetryMs: number;
  outageGraceMs: number;
}

export function retryPolicy(giveUpSeconds: number, overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return { giveUpMs: giveUpSeconds * 1000, attemptTimeoutMs: ATTEMPT_TIMEOUT_MS, loginTimeoutMs: LOGIN_TIMEOUT_MS, firstRetryMs: FIRST_RETRY_MS, maxRetryMs: MAX_RETRY_MS, outageGraceMs: OUTAGE_GRACE_MS, ...overrides };
}

/** One attempt failed for a reason already described. */
export class AttemptFailed extends Error {
  override name = 'AttemptFailed';
  constructor(readonly failure: NetworkFailure) {
    super(failure.summary);
  }
}

/** Discord stayed out of reach until the give-up time, or refused in a way retrying cannot change. */
export class DiscordUnreachableError extends Error {
  override name = 'DiscordUnreachableError';
  constructor(
    readonly failure: NetworkFailure,
    readonly attempts: number,
    readonly elapsedMs: number,
  ) {
    const after = failure.retryable ? `gave up after ${Math.round(elapsedMs / 1000)} s and ${attempts} attempt${attempts === 1 ? '' : 's'}: ` : '';
    super(`${after}${failure.summary}. ${failure.hint}`);
  }
}

export interface GatewayInfo {
  url: string;
  /** Discord's recommended shard count. */
  shards: number;
  /** How many shards may identify at once (session_start_limit.max_concurrency): 1 for most bots, 16 and more for large ones. */
  maxConcurrency: number;
}

/** GET /gateway/bot once, bounded: where the gateway is and how many shards Discord recommends. */
export async function fetchGatewayInfo(apiUrl: string | null, token: string, timeoutMs: number): Promise<GatewayInfo> {
  const url = `${apiUrl ?? DEFAULT_API_URL}/v10/gateway/bot`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bot ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new AttemptFailed(describeNetworkFailure(error, url, { timeoutMs }));
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new AttemptFailed(describeHttpFailure(response.status, url));
  }
  const body = (await response.json().catch(() => null)) as { url?: unknown; shards?: unknown; session_start_limit?: { max_concurrency?: unknown } } | null;
  if (body === null || typeof body.url !== 'string') {
    throw new AttemptFailed({
      host: hostOf(url),
      cause: 'http',
      code: `HTTP ${response.status}`,
      summary: `${hostOf(url)} answered GET /gateway/bot with something that is not Discord's API`,
      hint: 'Check DISCORD_API_URL, or a proxy answering in Discord\'s place.',
      retryable: false,
    });
  }
  const concurrency = body.session_start_limit?.max_concurrency;
  return {
    url: body.url,
    shards: typeof body.shards === 'number' && body.shards >= 1 ? Math.floor(body.shards) : 1,
    maxConcurrency: typeof concurrency === 'number' && concurrency >= 1 ? Math.floor(concurrency) : 1,
  };
}

/**
 * Opens the gateway's WebSocket handshake once and closes it at the 101 answer:
 * proof that the gateway host resolves, accepts, speaks TLS and upgrades.
 * discord.js itself retries a failed gateway twice a second, for ever, and
 * keeps the reason to itself.
 */
export function probeGateway(gatewayUrl: string, timeoutMs: number): Promise<void> {
  const target = new URL(gatewayUrl);
  target.protocol = target.protocol === 'wss:' || target.protocol === 'https:' ? 'https:' : 'http:';
  target.search = '?v=10&encoding=json';
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<void>((resolve, reject) => {
    const request = client.request(target, {
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64') },
    });
    const timer = setTimeout(() => request.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
    const settle = (error: AttemptFailed | null) => {
      clearTimeout(timer);
      if (error === null) resolve();
      else reject(error);
    };
    request.on('upgrade', (_response, socket) => {
      socket.destroy();
      settle(null);
    });
    request.on('response', (response) => {
      response.resume();
      const host = hostOf(gatewayUrl);
      settle(
        new AttemptFailed({
          host,
          cause: 'http',
          code: `HTTP ${response.statusCode ?? 0}`,
          summary: `the gateway ${host} answered HTTP ${response.statusCode ?? 0} instead of opening a WebSocket`,
          hint: `Discord's gateway is failing (see https://discordstatus.com), or a proxy or firewall answers for it: outbound WebSocket connections to ${host} must be allowed.`,
          retryable: true,
        }),
      );
    });
    request.on('error', (error) => settle(new AttemptFailed(describeNetworkFailure(error, gatewayUrl, { timeoutMs, endpoint: 'gateway' }))));
    request.end();
  });
}

export interface RetryOptions {
  /** Failures before this moment are retried; the first attempt starts at once. */
  startedAt?: number;
  signal?: AbortSignal;
}

/**
 * Runs `attempt` until it succeeds, waiting 1, 2, 4 … 30 s between failures,
 * each logged at warn with its cause and what to check; past the give-up
 * time (or at a failure retrying cannot fix) it throws DiscordUnreachableError.
 */
export async function retryUntilGiveUp<T>(attempt: (timeoutMs: number, remainingMs: number) => Promise<T>, policy: RetryPolicy, logger: Logger, options: RetryOptions = {}): Promise<T> {
  const startedAt = options.startedAt ?? Date.now();
  const deadline = startedAt + policy.giveUpMs;
  for (let tries = 1; ; tries++) {
    // No attempt outlasts the give-up time by more than a second.
    const remainingMs = Math.max(MIN_ATTEMPT_MS, deadline - Date.now());
    try {
      return await attempt(Math.min(policy.attemptTimeoutMs, remainingMs), remainingMs);
    } catch (error) {
      if (!(error instanceof AttemptFailed)) throw error;
      const { failure } = error;
      const remaining = deadline - Date.now();
      if (!failure.retryable || remaining <= 0 || options.signal?.aborted === true) {
        throw new DiscordUnreachableError(failure, tries, Date.now() - startedAt);
      }
      // The last wait is cut short so that one more attempt is made right at the give-up time.
      const delay = Math.min(policy.maxRetryMs, policy.firstRetryMs * 2 ** (tries - 1), remaining);
      const giveUpInS = Math.round(remaining / 1000);
      logger.warn(
        { event: 'discord-unreachable', attempt: tries, retryInMs: delay, giveUpInS, ...failureFields(failure) },
        `cannot reach Discord: ${failure.summary}; retrying in ${formatSeconds(delay)} (giving up in ${giveUpInS} s)`,
      );
      try {
        await sleep(delay, undefined, options.signal ? { signal: options.signal } : {});
      } catch {
        throw new DiscordUnreachableError(failure, tries, Date.now() - startedAt);
      }
    }
  }
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
