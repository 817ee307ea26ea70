/**
 * Each way the path to Discord breaks, for real on 127.0.0.1: the start-up calls name
 * the host and the cause, are bounded in time, retried with growing waits (each logged),
 * and give up with an exit code a supervisor understands.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { hostOf } from '../../src/discord/networkFailure.js';
import { AttemptFailed, DiscordUnreachableError, fetchGatewayInfo, probeGateway, retryPolicy, retryUntilGiveUp } from '../../src/discord/reachDiscord.js';
import { ExitCode, exitCodeFor } from '../../src/runtime/exitCodes.js';
import { captureLog } from '../captureLog.js';
import { failingUrl, UNRESOLVABLE_HOST, type FailureMode } from './failingServers.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
/** Long enough for a refusal, reset or TLS verdict from 127.0.0.1 to arrive; the silent server needs all of it. */
const ATTEMPT_MS = 1500;

const EXPECTED: Record<FailureMode, { cause: string; code: RegExp | null; summary: RegExp; hint: RegExp }> = {
  refused: { cause: 'refused', code: /^ECONNREFUSED$/, summary: /refused the connection/, hint: /firewall/ },
  silent: { cause: 'timeout', code: null, summary: /no answer from .* within 2 s/, hint: /firewall or proxy/ },
  reset: { cause: 'reset', code: /^ECONNRESET$/, summary: /was reset/, hint: /firewall or proxy/ },
  'self-signed': { cause: 'tls', code: /^DEPTH_ZERO_SELF_SIGNED_CERT$/, summary: /TLS handshake .* failed/, hint: /NODE_EXTRA_CA_CERTS/ },
  'plain-http-on-tls': { cause: 'tls', code: /^(?:ERR_SSL_WRONG_VERSION_NUMBER|EPROTO)$/, summary: /TLS handshake .* failed/, hint: /plain-HTTP server on an https:\/\/ URL/ },
  dns: { cause: 'dns', code: /^ENOTFOUND$/, summary: new RegExp(`cannot resolve ${UNRESOLVABLE_HOST.replace(/\./g, '\\.')}`), hint: /DNS/ },
};
const MODES = Object.keys(EXPECTED) as FailureMode[];

async function failureOf(attempt: Promise<unknown>): Promise<AttemptFailed> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AttemptFailed);
  return error as AttemptFailed;
}

/** An HTTP server answering every request with the next of `answers` (the last one repeats). */
async function answeringServer(answers: { status: number; body?: unknown }[]): Promise<{ url: string; requests: () => number }> {
  let count = 0;
  const server = http.createServer((_req, res) => {
    const answer = answers[Math.min(count, answers.length - 1)] ?? { status: 500 };
    count++;
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, requests: () => count };
}

const GATEWAY_BOT = { status: 200, body: { url: 'wss://gateway.discord.gg', shards: 2, session_start_limit: {} } };
const FAST = { firstRetryMs: 20, maxRetryMs: 80, attemptTimeoutMs: ATTEMPT_MS };

describe('fetchGatewayInfo: GET /gateway/bot, once and bounded', () => {
  it.each(MODES)('GIVEN the REST API fails (%s) THEN the failure names the host, the cause and what to check', async (mode) => {
    const base = await failingUrl(mode);
    const { failure } = await failureOf(fetchGatewayInfo(`${base}/api`, TOKEN, mode === 'silent' ? 2000 : ATTEMPT_MS * 3));
    const expected = EXPECTED[mode];
    expect(failure).toMatchObject({ host: hostOf(base), cause: expected.cause, retryable: true });
    if (expected.code !== null) expect(failure.code).toMatch(expected.code);
    expect(failure.summary).toContain(hostOf(base).replace(/:443$/, ''));
    expect(failure.summary).toMatch(expected.summary);
    expect(failure.hint).toMatch(expected.hint);
  });

  it('GIVEN a working API THEN the gateway URL and the recommended shard count come back', async () => {
    const api = await answeringServer([GATEWAY_BOT]);
    expect(await fetchGatewayInfo(api.url, TOKEN, ATTEMPT_MS)).toEqual({ url: 'wss://gateway.discord.gg', shards: 2, maxConcurrency: 1 });
  });

  it('GIVEN a large bot\'s session_start_limit (max_concurrency 16) THEN it comes back with the gateway', async () => {
    const api = await answeringServer([{ status: 200, body: { url: 'wss://gateway.discord.gg', shards: 32, session_start_limit: { max_concurrency: 16 } } }]);
    expect(await fetchGatewayInfo(api.url, TOKEN, ATTEMPT_MS)).toEqual({ url: 'wss://gateway.discord.gg', shards: 32, maxConcurrency: 16 });
  });

  it('GIVEN a proxy answering HTML with 200 THEN it is not taken for Discord, and not retried', async () => {
    const api = await answeringServer([{ status: 200, body: 'not json at all' }]);
    const { failure } = await failureOf(fetchGatewayInfo(api.url, TOKEN, ATTEMPT_MS));
    expect(failure).toMatchObject({ cause: 'http', retryable: false });
    expect(failure.hint).toMatch(/DISCORD_API_URL/);
  });

  it('GIVEN HTTPS_PROXY is set WHEN the connection is refused THEN the hint says citebot does not use it', async () => {
    const base = await failingUrl('refused');
    const previous = process.env['HTTPS_PROXY'];
    process.env['HTTPS_PROXY'] = 'http://proxy.example:3128';
    try {
      const { failure } = await failureOf(fetchGatewayInfo(`${base}/api`, TOKEN, ATTEMPT_MS));
      expect(failure.hint).toMatch(/HTTPS_PROXY is set, but citebot does not use HTTP proxies/);
    } finally {
      if (previous === undefined) delete process.env['HTTPS_PROXY'];
      else process.env['HTTPS_PROXY'] = previous;
    }
  });
});

describe('probeGateway: the gateway WebSocket handshake, once and bounded', () => {
  it.each(MODES)('GIVEN the gateway fails (%s) THEN the failure names the gateway host and the cause', async (mode) => {
    const base = await failingUrl(mode, 'ws');
    const { failure } = await failureOf(probeGateway(base, mode === 'silent' ? 2000 : ATTEMPT_MS * 3));
    const expected = EXPECTED[mode];
    expect(failure).toMatchObject({ host: hostOf(base), cause: expected.cause, retryable: true });
    if (expected.code !== null) expect(failure.code).toMatch(expected.code);
    expect(failure.summary).toMatch(expected.summary);
  });

  it('GIVEN something that answers HTTP instead of upgrading THEN the status is named', async () => {
    const server = await answeringServer([{ status: 503 }]);
    const { failure } = await failureOf(probeGateway(server.url.replace(/^http/, 'ws'), ATTEMPT_MS));
    expect(failure).toMatchObject({ cause: 'http', code: 'HTTP 503', retryable: true });
    expect(failure.summary).toMatch(/answered HTTP 503 instead of opening a WebSocket/);
  });
});

describe('retryUntilGiveUp', () => {
  it('GIVEN the API refuses twice and then answers THEN each failure is logged at warn with its cause and a doubling wait, and the answer arrives', async () => {
    const refused = await failingUrl('refused');
    const api = await answeringServer([GATEWAY_BOT]);
    const urls = [`${refused}/api`, `${refused}/api`, api.url];
    let attempt = 0;
    const { logger, lines } = captureLog();
    const info = await retryUntilGiveUp((timeoutMs) => fetchGatewayInfo(urls[attempt++] ?? api.url, TOKEN, timeoutMs), retryPolicy(60, FAST), logger);
    expect(info.shards).toBe(2);
    const warnings = lines.filter((l) => l.event === 'discord-unreachable');
    expect(warnings.map((w) => [w.level, w.cause, w.host, w.attempt, w.retryInMs])).toEqual([
      [40, 'refused', hostOf(refused), 1, 20],
      [40, 'refused', hostOf(refused), 2, 40],
    ]);
    expect(warnings[0]?.msg).toMatch(/^cannot reach Discord: 127\.0\.0\.1:\d+ refused the connection; retrying in 20 ms \(giving up in 60 s\)$/);
    expect(warnings[0]?.hint).toMatch(/firewall/);
  });

  it('GIVEN Discord answers 503 then 200 THEN the 503 is retried', async () => {
    const api = await answeringServer([{ status: 503 }, GATEWAY_BOT]);
    const { logger, lines } = captureLog();
    await retryUntilGiveUp((timeoutMs) => fetchGatewayInfo(api.url, TOKEN, timeoutMs), retryPolicy(60, FAST), logger);
    expect(api.requests()).toBe(2);
    expect(lines.find((l) => l.event === 'discord-unreachable')).toMatchObject({ cause: 'http', code: 'HTTP 503' });
  });

  it('GIVEN the API keeps refusing THEN it gives up at the give-up time with the cause, the attempts made, and exit code 69', async () => {
    const refused = await failingUrl('refused');
    const { logger } = captureLog();
    const started = Date.now();
    const error = (await retryUntilGiveUp((timeoutMs) => fetchGatewayInfo(`${refused}/api`, TOKEN, timeoutMs), retryPolicy(0.3, FAST), logger).catch((e: unknown) => e)) as DiscordUnreachableError;
    expect(error).toBeInstanceOf(DiscordUnreachableError);
    expect(error.attempts).toBeGreaterThanOrEqual(3);
    expect(error.elapsedMs).toBeLessThanOrEqual(Date.now() - started);
    expect(error.message).toMatch(/^gave up after \d+ s and \d+ attempts: 127\.0\.0\.1:\d+ refused the connection\. Nothing accepts connections there/);
    expect(exitCodeFor(error)).toBe(ExitCode.unavailable);
  });

  it('GIVEN Discord rejects the token (401) THEN there is no retry, and the exit code says "fix the configuration"', async () => {
    const api = await answeringServer([{ status: 401, body: { message: '401: Unauthorized', code: 0 } }]);
    const { logger, lines } = captureLog();
    const error = (await retryUntilGiveUp((timeoutMs) => fetchGatewayInfo(api.url, TOKEN, timeoutMs), retryPolicy(60, FAST), logger).catch((e: unknown) => e)) as DiscordUnreachableError;
    expect(api.requests()).toBe(1);
    expect(lines.filter((l) => l.event === 'discord-unreachable')).toEqual([]);
    expect(error.message).toMatch(/^Discord rejected DISCORD_TOKEN \(HTTP 401\)\. Reset the token on the Developer Portal/);
    expect(error.message).not.toContain(TOKEN);
    expect(exitCodeFor(error)).toBe(ExitCode.config);
  });

  it('GIVEN a wrong DISCORD_API_URL path (404) THEN it is not retried and the hint names DISCORD_API_URL', async () => {
    const api = await answeringServer([{ status: 404 }]);
    const { logger } = captureLog();
    const error = (await retryUntilGiveUp((timeoutMs) => fetchGatewayInfo(api.url, TOKEN, timeoutMs), retryPolicy(60, FAST), logger).catch((e: unknown) => e)) as DiscordUnreachableError;
    expect(api.requests()).toBe(1);
    expect(error.message).toMatch(/answered HTTP 404 where Discord's API was expected\. Check DISCORD_API_URL/);
  });
});
