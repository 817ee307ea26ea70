import { Client, DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, Events, GatewayIntentBits, HTTPError, RESTEvents, WebSocketShardEvents, type ClientOptions } from 'discord.js';
import type { Config } from '../config/loadConfig.js';
import type { Logger } from '../log/logger.js';
import type { Runtime } from '../runtime/createRuntime.js';
import { exitCodeFor } from '../runtime/exitCodes.js';
import { describeHttpFailure, describeNetworkFailure, failureFields, hostOf, type NetworkFailure } from './networkFailure.js';
import {
  AttemptFailed,
  DEFAULT_API_URL,
  DiscordUnreachableError,
  fetchGatewayInfo,
  probeGateway,
  retryPolicy,
  retryUntilGiveUp,
  type GatewayInfo,
  type RetryPolicy,
} from './reachDiscord.js';
import { respond } from './respond.js';
import { createTurnQueue } from './takeTurns.js';

/** Gateway close codes after which discord.js gives up, and what they mean for whoever runs the bot. */
const FINAL_CLOSE_CODES: Record<number, string> = {
  4004: 'authentication failed',
  4010: 'invalid shard',
  4011: 'sharding required',
  4012: 'invalid API version',
  4013: 'invalid intents',
  4014: 'disallowed intents',
};

export interface BotOptions {
  /** Extra client options (tests replace the identify throttler). */
  client?: Partial<ClientOptions>;
  /** Where the gateway is, when main.ts already asked Discord (to choose the shard count). */
  gateway?: GatewayInfo;
  /** Shorter retry timings, for tests. */
  retry?: Partial<RetryPolicy>;
  /** Discord stayed unreachable past DISCORD_GIVE_UP_SECONDS after having been connected. Default: log and exit for the supervisor. */
  onGiveUp?: (error: DiscordUnreachableError) => void;
}

export interface Bot {
  /** The connected client; replaced by a new one when citebot itself reconnects after an outage. */
  client: Client;
  /** Interactions being answered right now, for a graceful shutdown. */
  inFlight: Set<Promise<void>>;
  accepting: boolean;
  /** Aborted at shutdown, so a reconnection under way stops. */
  stopping: AbortController;
}

/** A login error as a failure to report: a rejected token cannot be fixed by retrying. */
function describeLoginError(error: unknown, apiUrl: string, timeoutMs: number): NetworkFailure {
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) return describeHttpFailure(401, apiUrl);
  if (error instanceof DiscordAPIError || error instanceof HTTPError) return describeHttpFailure(error.status, apiUrl);
  return describeNetworkFailure(error, apiUrl, { timeoutMs });
}

/** Destroying a client still waiting for READY can hang in @discordjs/ws: it is abandoned after this long. */
const DESTROY_TIMEOUT_MS = 2_000;

async function destroyClient(client: Client): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const abandoned = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, DESTROY_TIMEOUT_MS);
  });
  await Promise.race([client.destroy().catch(() => undefined), abandoned]);
  clearTimeout(timer);
}

/** client.login, bounded: it waits for ever while the gateway keeps refusing. */
async function logIn(client: Client, token: string, gatewayUrl: string, apiUrl: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const host = hostOf(gatewayUrl);
      reject(
        new AttemptFailed({
          host,
          cause: 'timeout',
          code: null,
          summary: `the gateway ${host} answered, but logging in took longer than ${Math.round(timeoutMs / 1000)} s`,
          hint: `Discord may be having trouble (https://discordstatus.com), or a proxy or firewall holds WebSocket traffic to ${host}.`,
          retryable: true,
        }),
      );
    }, timeoutMs);
  });
  const login = client.login(token);
  // A login abandoned at the timeout may still settle later; its outcome no longer matters.
  login.catch(() => undefined);
  try {
    await Promise.race([login, timedOut]);
  } catch (error) {
    await destroyClient(client);
    throw error instanceof AttemptFailed ? error : new AttemptFailed(describeLoginError(error, apiUrl, timeoutMs));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The thin discord.js adapter: logs in with the Guilds intent only and hands interactions to the commands.
 * Before logging in it checks that the REST API and the gateway answer (each call bounded, failures retried
 * with back-off and logged with their cause), and throws DiscordUnreachableError past the give-up time.
 */
export async function startBot(config: Config, runtime: Runtime, logger: Logger, options: BotOptions = {}): Promise<Bot> {
  const token = config.discordToken ?? '';
  const apiUrl = config.apiUrl ?? DEFAULT_API_URL;
  const policy = retryPolicy(config.discordGiveUpSeconds, options.retry);
  const bot: Bot = { client: null as unknown as Client, inFlight: new Set(), accepting: true, stopping: new AbortController() };
  const turns = createTurnQueue();
  const giveUp =
    options.onGiveUp ??
    ((error: DiscordUnreachableError) => {
      logger.fatal({ event: 'discord-give-up', attempts: error.attempts, elapsedMs: error.elapsedMs, ...failureFields(error.failure) }, error.message);
      process.exit(exitCodeFor(error));
    });

  let outage: { since: number; timer: NodeJS.Timeout } | null = null;
  const lost = (client: Client, shardId: number) => {
    if (client !== bot.client || client.readyAt === null || outage !== null || bot.stopping.signal.aborted) return;
    logger.debug({ event: 'gateway-lost', shardId }, 'outage begins: discord.js reconnects on its own first');
    outage = { since: Date.now(), timer: setTimeout(() => void reconnect(), Math.min(policy.outageGraceMs, policy.giveUpMs)) };
  };
  const restored = (client: Client) => {
    if (client !== bot.client || outage === null) return;
    clearTimeout(outage.timer);
    logger.info({ event: 'gateway-restored', downForMs: Date.now() - outage.since }, 'reconnected to the Discord gateway');
    outage = null;
  };

  const createClient = (): Client => {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: { parse: [] },
      // A SHARD_IDS slice: only these shards of SHARD_COUNT connect from this process.
      ...(config.shardIds !== undefined && typeof config.shardCount === 'number' ? { shards: [...config.shardIds], shardCount: config.shardCount } : {}),
      rest: {
        api: apiUrl,
        // Interaction endpoints are exempt from Discord's global limit, yet @discordjs/rest counts
        // edits and follow-ups against its 50/s, which throttles the answers after a burst of
        // deferrals. This bot's other calls are a handful at login; a real global 429 is still honoured.
        globalRequestsPerSecond: Infinity,
      },
      ...options.client,
    });
    client.on(Events.InteractionCreate, (interaction) => {
      if (!bot.accepting) return;
      if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand() && !interaction.isButton() && !interaction.isAutocomplete()) return;
      const task = respond(interaction, client, runtime.commands, runtime.services, logger, { turns }).catch((error: unknown) => {
        logger.error({ err: error, interactionId: interaction.id }, 'unexpected failure while answering');
      });
      bot.inFlight.add(task);
      void task.finally(() => bot.inFlight.delete(task));
    });
    client.once(Events.ClientReady, (ready) => {
      logger.info({ event: 'ready', user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size, shardIds: [...ready.ws.shards.keys()], pid: process.pid }, 'logged in to Discord');
    });
    // The client's own events do not carry the close code of a recoverable disconnect; the shard's do.
    const watchedShards = new Set<number>();
    client.on(Events.ShardReady, (shardId) => {
      restored(client);
      const shard = client.ws.shards.get(shardId);
      if (!shard || watchedShards.has(shardId)) return;
      watchedShards.add(shardId);
      // The first close of an outage is worth a warning; the retries that follow it are not.
      shard.on(WebSocketShardEvents.Close, (event) => logger[outage === null ? 'warn' : 'debug']({ event: 'gateway-closed', shardId, code: event.code }, 'gateway connection closed'));
    });
    client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
    client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
    client.on(Events.ShardDisconnect, (event, shardId) => {
      const meaning = FINAL_CLOSE_CODES[event.code] ?? 'closed for good';
      logger.error({ event: 'shard-disconnect', shardId, code: event.code, meaning }, 'gateway disconnected for good (will not reconnect)');
      if (client !== bot.client || bot.stopping.signal.aborted) return;
      const failure: NetworkFailure =
        event.code === 4004
          ? describeHttpFailure(401, apiUrl)
          : { host: 'gateway', cause: 'http', code: `close ${event.code}`, summary: `the Discord gateway closed the connection for good (${event.code}: ${meaning})`, hint: 'See https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes.', retryable: false };
      giveUp(new DiscordUnreachableError(failure, 1, 0));
    });
    // discord.js reconnects twice a second while the gateway is down: one warning per outage, then citebot's own back-off.
    client.on(Events.ShardReconnecting, (shardId) => {
      logger.debug({ event: 'shard-reconnecting', shardId }, 'gateway reconnecting');
      lost(client, shardId);
    });
    client.on(Events.ShardResume, (shardId, replayed) => {
      logger.info({ event: 'shard-resume', shardId, replayed }, 'gateway resumed');
      restored(client);
    });
    // During an outage every failed reconnection is an error; citebot's own back-off reports the cause instead.
    client.on(Events.ShardError, (error, shardId) => logger[outage === null ? 'error' : 'debug']({ err: error, shardId }, 'gateway error'));
    client.rest.on(RESTEvents.RateLimited, (info) =>
      logger.warn({ event: 'rate-limited', route: info.route, method: info.method, global: info.global, retryAfterMs: info.retryAfter }, 'Discord rate limit hit; requests wait'),
    );
    return client;
  };

  // At start-up main.ts may already know the gateway; later attempts ask again, since it may have moved.
  let knownGateway = options.gateway ?? null;
  const connectOnce = async (timeoutMs: number, remainingMs: number): Promise<Client> => {
    const gateway = knownGateway ?? (await fetchGatewayInfo(config.apiUrl, token, timeoutMs));
    knownGateway = null;
    await probeGateway(gateway.url, timeoutMs);
    const client = createClient();
    await logIn(client, token, gateway.url, apiUrl, Math.min(policy.loginTimeoutMs, remainingMs));
    return client;
  };

  const reconnect = async () => {
    if (outage === null || bot.stopping.signal.aborted) return;
    const { since } = outage;
    logger.warn(
      { event: 'gateway-reconnect', downForMs: Date.now() - since },
      `the gateway did not come back within ${Math.round(Math.min(policy.outageGraceMs, policy.giveUpMs) / 1000)} s; reconnecting with back-off`,
    );
    await destroyClient(bot.client);
    try {
      bot.client = await retryUntilGiveUp(connectOnce, policy, logger, { startedAt: since, signal: bot.stopping.signal });
      logger.info({ event: 'gateway-restored', downForMs: Date.now() - since }, 'reconnected to the Discord gateway');
    } catch (error) {
      if (bot.stopping.signal.aborted) return;
      if (error instanceof DiscordUnreachableError) giveUp(error);
      else logger.error({ err: error }, 'unexpected failure while reconnecting to Discord');
    } finally {
      outage = null;
    }
  };

  bot.client = await retryUntilGiveUp(connectOnce, policy, logger, { signal: bot.stopping.signal });
  return bot;
}

/** Stop taking interactions, let those in flight finish (bounded), then disconnect. */
export async function stopBot(bot: Bot, timeoutMs: number): Promise<void> {
  bot.accepting = false;
  bot.stopping.abort();
  const drained = Promise.allSettled([...bot.inFlight]);
  await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  await bot.client.destroy();
}
