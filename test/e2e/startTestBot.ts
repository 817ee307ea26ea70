/**
 * citebot as it runs in production (config → logger → runtime → corpus → startBot with the real
 * discord.js Client), pointed at a fake Discord on 127.0.0.1, with its pino log captured.
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { Events } from 'discord.js';
import { expect, onTestFinished } from 'vitest';
import { loadConfig, type Config } from '../../src/config/loadConfig.js';
import { startBot, type Bot, type BotOptions } from '../../src/discord/startBot.js';
import { createLogger } from '../../src/log/logger.js';
import { createRuntime, loadInitialCorpus, type Runtime } from '../../src/runtime/createRuntime.js';
import { buildFastIdentifyThrottler, snowflake, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type FakeUser, type JsonObject } from './fakeDiscord.js';

export const MODERATOR_ROLE_ID = '111111111111111111';
export const PLAIN_ROLE_ID = '222222222222222222';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export const LogLevel = { debug: 20, info: 30, warn: 40, error: 50 } as const;

export interface TestBotOptions {
  config?: Partial<Config>;
  fake?: FakeDiscordOptions;
  /** Load the seeds before logging in, as main.ts does. Default true; false leaves the store empty. */
  loadCorpus?: boolean;
  /** Runs after the runtime is built and before the bot starts (swap a service, slow the store). */
  prepare?: (runtime: Runtime) => void;
  /** Open the question log (DATABASE_URL from `config.databaseUrl`, in memory by default), as main.ts does. Default false. */
  insights?: boolean;
  /** startBot's options besides the client's (shorter retry timings, a give-up callback). */
  bot?: Omit<BotOptions, 'client'>;
}

export interface TestBot {
  fake: FakeDiscord;
  bot: Bot;
  runtime: Runtime;
  config: Config;
  logs: LogLine[];
  /** Resolves with the first log line (already written or to come) matching `predicate`. */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Destroys the client, then closes the fake (the other order makes the client loop on reconnects). */
  stop(): Promise<void>;
}

/** A distinct member, so the per-user /ask cooldown does not link unrelated test steps. */
export function newUser(name = 'member'): Partial<FakeUser> {
  return { id: snowflake(), username: name, global_name: name[0]?.toUpperCase() + name.slice(1) };
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  // The moderator role exists in the server, as it would on Discord (discord.js drops unknown roles).
  const fake = await startFakeDiscord({
    guilds: [{ name: 'Citebot Test Server', roles: [{ id: MODERATOR_ROLE_ID, name: 'Moderators' }, { id: PLAIN_ROLE_ID, name: 'Members' }] }],
    ...options.fake,
  });
  // Through loadConfig, as in production; only what an environment cannot express is overridden.
  const config: Config = {
    ...loadConfig(
      { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID, LOG_LEVEL: 'debug', SHARD_COUNT: '1', DATABASE_URL: ':memory:' },
      null,
    ),
    ...options.config,
  };

  const logs: LogLine[] = [];
  const waiters = new Set<() => void>();
  let pending = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending += chunk.toString('utf8');
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
        newline = pending.indexOf('\n');
      }
      for (const wake of [...waiters]) wake();
      done();
    },
  });
  const logger = createLogger({ level: config.logLevel ?? 'debug', destination, pretty: false, secrets: [fake.token] });

  const runtime = createRuntime(config, logger);
  options.prepare?.(runtime);
  if (options.loadCorpus !== false) await loadInitialCorpus(runtime, logger);
  if (options.insights === true) await runtime.insights.open();

  let bot: Bot;
  try {
    bot = await startBot(config, runtime, logger, { ...options.bot, client: { ws: { buildIdentifyThrottler: buildFastIdentifyThrottler } } });
    // Destroying a client still waiting for READY can hang @discordjs/ws, so be sure it is ready.
    if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
  } catch (error) {
    await runtime.insights.close();
    await fake.close();
    throw error;
  }

  let stopped = false;
  const testBot: TestBot = {
    fake,
    bot,
    runtime,
    config,
    logs,
    waitForLog(predicate, timeoutMs = 4000) {
      const found = logs.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const wake = () => {
          const line = logs.find(predicate);
          if (!line) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(line);
        };
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no matching log line within ${timeoutMs} ms; last lines: ${logs.slice(-5).map((l) => l.msg).join(' | ')}`));
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      bot.stopping.abort();
      await bot.client.destroy();
      await runtime.insights.close();
      await fake.close();
    },
  };
  onTestFinished(() => testBot.stop());
  return testBot;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Everything a reader sees in a message: content, embed titles, descriptions, fields and footers. */
export function visibleText(message: JsonObject | undefined): string {
  if (!message) return '';
  const parts: string[] = [str(message.content)];
  for (const embed of (message.embeds ?? []) as JsonObject[]) {
    parts.push(str(embed.title), str(embed.description));
    for (const field of (embed.fields ?? []) as JsonObject[]) parts.push(str(field.name), str(field.value));
    parts.push(str((embed.footer as JsonObject | undefined)?.text));
  }
  return parts.filter((p) => p !== '').join('\n');
}

export interface ButtonJson {
  custom_id: string;
  label?: string;
  emoji?: { name: string };
  disabled?: boolean;
}

export function buttonsOf(message: JsonObject | undefined): ButtonJson[] {
  const rows = (message?.components ?? []) as { components: ButtonJson[] }[];
  return rows.flatMap((row) => row.components);
}

export function findButton(message: JsonObject | undefined, predicate: (b: ButtonJson) => boolean): ButtonJson {
  const button = buttonsOf(message).find(predicate);
  if (!button) throw new Error(`no such button among ${buttonsOf(message).map((b) => b.custom_id).join(', ') || 'none'}`);
  return button;
}

/**
 * Discord's documented message limits, restated here (not imported from src) so the check is
 * independent of the code under test. https://discord.com/developers/docs/resources/message
 */
export function expectWithinDiscordLimits(message: JsonObject): void {
  const content = str(message.content);
  expect(content.length).toBeLessThanOrEqual(2000);
  const embeds = (message.embeds ?? []) as JsonObject[];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    const title = str(embed.title);
    const description = str(embed.description);
    const footer = str((embed.footer as JsonObject | undefined)?.text);
    const fields = (embed.fields ?? []) as { name: string; value: string }[];
    expect(title.length).toBeLessThanOrEqual(256);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(footer.length).toBeLessThanOrEqual(2048);
    expect(fields.length).toBeLessThanOrEqual(25);
    for (const field of fields) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    total += title.length + description.length + footer.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
  const rows = (message.components ?? []) as { type: number; components: ButtonJson[] }[];
  expect(rows.length).toBeLessThanOrEqual(5);
  for (const row of rows) {
    expect(row.type).toBe(1);
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components) {
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect((button.label ?? '').length).toBeLessThanOrEqual(80);
    }
  }
}
