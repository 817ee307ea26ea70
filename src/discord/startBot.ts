import { Client, Events, GatewayIntentBits, RESTEvents, WebSocketShardEvents, type ClientOptions } from 'discord.js';
import type { Config } from '../config/loadConfig.js';
import type { Logger } from '../log/logger.js';
import type { Runtime } from '../runtime/createRuntime.js';
import { respond } from './respond.js';
import { createTurnQueue } from './takeTurns.js';

export interface BotOptions {
  /** Extra client options (tests replace the identify throttler). */
  client?: Partial<ClientOptions>;
}

export interface Bot {
  client: Client;
  /** Interactions being answered right now, for a graceful shutdown. */
  inFlight: Set<Promise<void>>;
  accepting: boolean;
}

/** The thin discord.js adapter: logs in with the Guilds intent only and hands interactions to the commands. */
export async function startBot(config: Config, runtime: Runtime, logger: Logger, options: BotOptions = {}): Promise<Bot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    // A SHARD_IDS slice: only these shards of SHARD_COUNT connect from this process.
    ...(config.shardIds !== undefined && typeof config.shardCount === 'number' ? { shards: [...config.shardIds], shardCount: config.shardCount } : {}),
    rest: {
      ...(config.apiUrl !== null ? { api: config.apiUrl } : {}),
      // Interaction endpoints are exempt from Discord's global limit, yet @discordjs/rest counts
      // edits and follow-ups against its 50/s, which throttles the answers after a burst of
      // deferrals. This bot's other calls are a handful at login; a real global 429 is still honoured.
      globalRequestsPerSecond: Infinity,
    },
    ...options.client,
  });
  const bot: Bot = { client, inFlight: new Set(), accepting: true };
  const turns = createTurnQueue();

  client.on(Events.InteractionCreate, (interaction) => {
    if (!bot.accepting) return;
    if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isAutocomplete()) return;
    const task = respond(interaction, client, runtime.commands, runtime.services, logger, { turns }).catch((error: unknown) => {
      logger.error({ err: error, interactionId: interaction.id }, 'unexpected failure while answering');
    });
    bot.inFlight.add(task);
    void task.finally(() => bot.inFlight.delete(task));
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info({ event: 'ready', user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size, shardIds: [...ready.ws.shards.keys()] }, 'logged in to Discord');
  });
  // The client's own events do not carry the close code of a recoverable disconnect; the shard's do.
  const watchedShards = new Set<number>();
  client.on(Events.ShardReady, (shardId) => {
    const shard = client.ws.shards.get(shardId);
    if (!shard || watchedShards.has(shardId)) return;
    watchedShards.add(shardId);
    shard.on(WebSocketShardEvents.Close, (event) => logger.warn({ event: 'gateway-closed', shardId, code: event.code }, 'gateway connection closed'));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.error({ event: 'shard-disconnect', shardId, code: event.code }, 'gateway disconnected for good (will not reconnect)'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ event: 'shard-reconnecting', shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ event: 'shard-resume', shardId, replayed }, 'gateway resumed'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ err: error, shardId }, 'gateway error'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ event: 'rate-limited', route: info.route, method: info.method, global: info.global, retryAfterMs: info.retryAfter }, 'Discord rate limit hit; requests wait'),
  );

  await client.login(config.discordToken ?? undefined);
  return bot;
}

/** Stop taking interactions, let those in flight finish (bounded), then disconnect. */
export async function stopBot(bot: Bot, timeoutMs: number): Promise<void> {
  bot.accepting = false;
  const drained = Promise.allSettled([...bot.inFlight]);
  await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  await bot.client.destroy();
}
