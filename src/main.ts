import { ConfigError, loadConfig, type Config } from './config/loadConfig.js';
import { runConsole } from './console/runConsole.js';
import { startBot, stopBot } from './discord/startBot.js';
import { createLogger, type Logger } from './log/logger.js';
import { createRuntime, loadInitialCorpus, type Runtime } from './runtime/createRuntime.js';

/** SIGTERM/SIGINT: in-flight answers get this long to finish before the client is destroyed. */
const SHUTDOWN_GRACE_MS = 4000;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`citebot: configuration error: ${error.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function runDiscord(config: Config, runtime: Runtime, logger: Logger): Promise<void> {
  await loadInitialCorpus(runtime, logger);
  const bot = await startBot(config, runtime, logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal, inFlight: bot.inFlight.size }, 'shutting down');
    void stopBot(bot, SHUTDOWN_GRACE_MS).finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => {
    void runtime.store.reload().then((report) => {
      logger.info({ event: 'reload', via: 'SIGHUP', ...(report.ok ? { ok: true, documents: report.documents, chunks: report.chunks, changes: report.changes } : { ok: false, error: report.error }) }, 'corpus reload');
    });
  });
}

async function main(): Promise<void> {
  const config = readConfig();
  const consoleMode = config.discordToken === null;
  const logger = createLogger({ level: config.logLevel ?? (consoleMode ? 'warn' : 'info'), secrets: config.discordToken ? [config.discordToken] : [] });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  // One person at a local console needs no rate limit.
  const runtime = createRuntime(consoleMode ? { ...config, askCooldownSeconds: 0 } : config, logger);

  if (consoleMode) {
    process.stdout.write('No DISCORD_TOKEN set: running the local console (type /help, or exit to quit).\n');
    await loadInitialCorpus(runtime, logger);
    const interactive = process.stdin.isTTY === true;
    await runConsole(runtime, { input: process.stdin, output: process.stdout, color: process.stdout.isTTY === true, prompt: interactive });
    return;
  }
  await runDiscord(config, runtime, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(`citebot: ${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});
