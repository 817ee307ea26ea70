/**
 * Start-up and gateway outages with the real discord.js Client: the REST API or the gateway
 * failing for real (refused, silent, a handshake with no HELLO), against the fake Discord.
 * Failures are retried with growing waits and logged with their cause; past the give-up
 * time startBot gives up with DiscordUnreachableError, which main.ts turns into an exit code.
 */
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocketServer } from 'ws';
import { loadConfig } from '../../src/config/loadConfig.js';
import { hostOf } from '../../src/discord/networkFailure.js';
import { DiscordUnreachableError } from '../../src/discord/reachDiscord.js';
import { startBot, type BotOptions } from '../../src/discord/startBot.js';
import { createRuntime } from '../../src/runtime/createRuntime.js';
import { ExitCode, exitCodeFor } from '../../src/runtime/exitCodes.js';
import { captureLog } from '../captureLog.js';
import { failingUrl } from '../discord/failingServers.js';
import { buildFastIdentifyThrottler, startFakeDiscord, type FakeDiscord } from './fakeDiscord.js';
import { LogLevel, newUser, startTestBot } from './startTestBot.js';

const FAST = { firstRetryMs: 50, maxRetryMs: 200, attemptTimeoutMs: 400, loginTimeoutMs: 1500, outageGraceMs: 300 };

async function fakeDiscord(options: Parameters<typeof startFakeDiscord>[0] = {}): Promise<FakeDiscord> {
  const fake = await startFakeDiscord(options);
  onTestFinished(() => fake.close());
  return fake;
}

/** /gateway/bot sends the bot wherever `target.url` says, as Discord would send it to its gateway. */
function gatewayAt(fake: FakeDiscord, target: { url: string }): void {
  fake.route('GET', '/gateway/bot', () => ({ status: 200, body: { url: target.url, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } }));
}

/** startBot as main.ts runs it, with the log captured and shorter timings. */
async function start(fake: FakeDiscord, env: Record<string, string>, options: Omit<BotOptions, 'client'> = {}) {
  const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: '1', ...env }, null);
  const { logger, lines } = captureLog();
  const quiet = captureLog('silent').logger;
  const runtime = createRuntime(config, quiet);
  const started = startBot(config, runtime, logger, { retry: FAST, ...options, client: { ws: { buildIdentifyThrottler: buildFastIdentifyThrottler } } });
  started.then(
    (bot) =>
      onTestFinished(async () => {
        bot.stopping.abort();
        await bot.client.destroy();
      }),
    () => undefined,
  );
  return { started, lines };
}

async function until(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('start-up against an unreachable Discord', () => {
  it('GIVEN the gateway refuses connections WHEN starting THEN each retry is a warning naming the gateway host and "refused", waits double, and once the gateway is back the bot logs in and answers', async () => {
    const fake = await fakeDiscord();
    const refusing = await failingUrl('refused', 'ws');
    const target = { url: refusing };
    gatewayAt(fake, target);
    const { started, lines } = await start(fake, { DISCORD_GIVE_UP_SECONDS: '60' });

    await until(() => lines.filter((l) => l.event === 'discord-unreachable').length >= 3);
    target.url = fake.gatewayUrl;
    const bot = await started;
    expect(bot.client.isReady()).toBe(true);

    const warnings = lines.filter((l) => l.event === 'discord-unreachable');
    expect(warnings.slice(0, 3).map((w) => [w.level, w.cause, w.host, w.retryInMs])).toEqual([
      [LogLevel.warn, 'refused', hostOf(refusing), 50],
      [LogLevel.warn, 'refused', hostOf(refusing), 100],
      [LogLevel.warn, 'refused', hostOf(refusing), 200],
    ]);
    expect(String(warnings[0]?.msg)).toMatch(/^cannot reach Discord: the gateway 127\.0\.0\.1:\d+ refused the connection; retrying in 50 ms/);
    expect(String(warnings[0]?.hint)).not.toContain('DISCORD_API_URL');
    // No endless stream of reconnection notices at info level.
    expect(lines.filter((l) => l.level >= LogLevel.info && /reconnecting/.test(l.msg))).toEqual([]);
    expect(lines.find((l) => l.event === 'ready')).toBeDefined();
  });

  it('GIVEN the REST API accepts connections and never answers THEN every call is bounded, and startBot gives up at DISCORD_GIVE_UP_SECONDS with a timeout naming the host (exit code 69)', async () => {
    const fake = await fakeDiscord();
    const silent = await failingUrl('silent');
    const { started, lines } = await start(fake, { DISCORD_API_URL: `${silent}/api`, DISCORD_GIVE_UP_SECONDS: '2' });
    const error = (await started.catch((e: unknown) => e)) as DiscordUnreachableError;
    expect(error).toBeInstanceOf(DiscordUnreachableError);
    expect(error.failure).toMatchObject({ cause: 'timeout', host: hostOf(silent) });
    expect(error.message).toMatch(/^gave up after 2 s and \d+ attempts: no answer from 127\.0\.0\.1:\d+ within 0\.4 s/);
    expect(exitCodeFor(error)).toBe(ExitCode.unavailable);
    // Bounded calls: several attempts fit in the 2 s (discord.js's own REST call would wait 15 s, four times).
    expect(error.attempts).toBeGreaterThanOrEqual(2);
    expect(lines.filter((l) => l.event === 'discord-unreachable').length).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN a gateway that opens the WebSocket and never says HELLO THEN the login is bounded, retried, and given up with a timeout naming the gateway', async () => {
    const fake = await fakeDiscord();
    const mute = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => mute.once('listening', resolve));
    onTestFinished(async () => {
      for (const socket of mute.clients) socket.terminate();
      await new Promise<void>((resolve) => mute.close(() => resolve()));
    });
    const muteUrl = `ws://127.0.0.1:${(mute.address() as AddressInfo).port}`;
    gatewayAt(fake, { url: muteUrl });
    const { started, lines } = await start(fake, { DISCORD_GIVE_UP_SECONDS: '3' }, { retry: { ...FAST, loginTimeoutMs: 700 } });
    const error = (await started.catch((e: unknown) => e)) as DiscordUnreachableError;
    expect(error).toBeInstanceOf(DiscordUnreachableError);
    expect(error.failure.summary).toBe(`the gateway ${hostOf(muteUrl)} answered, but logging in took longer than 1 s`);
    expect(lines.filter((l) => l.event === 'discord-unreachable' && l.cause === 'timeout').length).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN Discord rejects the token THEN nothing is retried and the exit code says "fix the configuration"', async () => {
    const fake = await fakeDiscord({ token: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.right.token' });
    const { started, lines } = await start(fake, { DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.wrong.token' });
    const error = (await started.catch((e: unknown) => e)) as DiscordUnreachableError;
    expect(error.failure.cause).toBe('token');
    expect(error.message).toMatch(/^Discord rejected DISCORD_TOKEN \(HTTP 401\)\. Reset the token/);
    expect(exitCodeFor(error)).toBe(ExitCode.config);
    expect(lines.filter((l) => l.event === 'discord-unreachable')).toEqual([]);
  });
});

describe('losing the gateway while running', () => {
  it('GIVEN the gateway goes away THEN one warning, citebot reconnects with back-off naming the cause, and once it is back the bot answers again', async () => {
    const t = await startTestBot({ bot: { retry: FAST } });
    const firstClient = t.bot.client;
    t.fake.setGatewayAvailable(false);
    await t.fake.closeGateway(4000);
    await t.waitForLog((l) => l.event === 'discord-unreachable', 8000);
    t.fake.setGatewayAvailable(true);
    await t.waitForLog((l) => l.event === 'gateway-restored', 8000);

    expect(t.bot.client).not.toBe(firstClient);
    const body = await t.fake.sendCommand('ask', { question: 'what is RedNote?' }, { user: newUser() }).reply();
    expect((body.data?.embeds ?? []).length).toBeGreaterThan(0);

    const warning = t.logs.find((l) => l.event === 'discord-unreachable');
    expect(warning).toMatchObject({ level: LogLevel.warn, cause: 'http', code: 'HTTP 503', host: hostOf(t.fake.gatewayUrl) });
    expect(t.logs.filter((l) => l.msg === 'gateway connection closed' && l.level === LogLevel.warn)).toHaveLength(1);
    expect(t.logs.filter((l) => l.level >= LogLevel.info && /reconnecting$/.test(l.msg))).toEqual([]);
    expect(t.logs.filter((l) => l.level >= LogLevel.error)).toEqual([]);
  });

  it('GIVEN the gateway stays away past DISCORD_GIVE_UP_SECONDS THEN the bot gives up with the cause, for the supervisor to restart it (exit code 69)', async () => {
    const gaveUp: DiscordUnreachableError[] = [];
    const t = await startTestBot({ config: { discordGiveUpSeconds: 1.5 }, bot: { retry: FAST, onGiveUp: (error) => gaveUp.push(error) } });
    t.fake.setGatewayAvailable(false);
    await t.fake.closeGateway(4000);
    await until(() => gaveUp.length > 0);
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]?.failure).toMatchObject({ cause: 'http', code: 'HTTP 503' });
    expect(gaveUp[0]?.message).toMatch(/^gave up after \d+ s and \d+ attempts: the gateway 127\.0\.0\.1:\d+ answered HTTP 503 instead of opening a WebSocket/);
    expect(exitCodeFor(gaveUp[0])).toBe(ExitCode.unavailable);
  });
});

