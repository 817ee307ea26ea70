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

/** One process serving Discord: the whole bot, or one shard under the ShardingManager. */
async function runBot(config: Config, runtime: Runtime, logger: Logger, gateway: GatewayInfo | null): Promise<void> {
  await loadInitialCorpus(runtime, logger);
  const bot = await startBot(config, runtime, logger, gateway ? { gateway } : {});
  if (config.healthFile !== null) keepHealthFile(config.healthFile, () => bot.client.isReady());
  const shard = bot.client.shard;
  if (shard) {
    const ownId = shard.ids[0] ?? null;
    runtime.services.onModeratorReload = () => void shard.send(reloadMessage(ownId));
    process.on('message', (message: unknown) => {
      if (isReloadMessage(message) && message.origin !== ownId) logReload(logger, 'shard-broadcast', runtime);
    });
  }
  onShutdownSignals(
    logger,
    async () => {
      await stopBot(bot, SHUTDOWN_GRACE_MS);
      logger.info({ event: 'stopped', unfinished: bot.inFlight.size }, 'disconnected from Discord');
    },
    () => ({ inFlight: bot.inFlight.size }),
  );
  process.on('SIGHUP', () => logReload(logger, 'SIGHUP', runtime));
}

/** For the last words of a failed start-up, once the logger exists. */
let startupLogger: Logger | null = null;

async function main(): Promise<void> {
  const config = readConfig();
  const consoleMode = config.discordToken === null;
  const logger = createLogger({ level: config.logLevel ?? (consoleMode ? 'warn' : 'info'), secrets: config.discordToken ? [config.discordToken] : [] });
  startupLogger = logger;
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  if (consoleMode) {
    // One person at a local console needs no rate limit.
    const runtime = createRuntime({ ...config, askCooldownSeconds: 0 }, logger);
    // The banner only once the corpus loaded: a corpus error is then the only thing printed.
    await loadInitialCorpus(runtime, logger);
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
    return;
  }

  const isShard = process.env['SHARDING_MANAGER'] === 'true';
  // Asking Discord for the shard count is also the first check that it can be reached at all.
  const gateway =
    !isShard && config.shardCount === 'auto'
      ? await retryUntilGiveUp((timeoutMs) => fetchGatewayInfo(config.apiUrl, config.discordToken ?? '', timeoutMs), retryPolicy(config.discordGiveUpSeconds), logger)
      : null;
  const shards = isShard ? 1 : (gateway?.shards ?? (config.shardCount === 'auto' ? 1 : config.shardCount));
  if (shards > 1) {
    const handle = await startShards(config, shards, logger);
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
