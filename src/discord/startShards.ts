import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import type { Config } from '../config/loadConfig.js';
import type { Logger } from '../log/logger.js';

/** Message a shard sends (and the manager relays) so every shard reloads, not just the one asked. */
export interface ReloadMessage {
  type: 'citebot:reload';
  /** The shard that already reloaded (it skips the relayed copy); null from the manager (SIGHUP). */
  origin: number | null;
}

export function reloadMessage(origin: number | null): ReloadMessage {
  return { type: 'citebot:reload', origin };
}

export function isReloadMessage(message: unknown): message is ReloadMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'citebot:reload';
}

export interface ShardManagerHandle {
  manager: ShardingManager;
  stop(timeoutMs: number): Promise<void>;
  reloadAll(): Promise<void>;
}

/**
 * What a shard process runs, given this module's URL: what this process runs, the TypeScript sources under tsx (as
 * `npm start` does) or the compiled JavaScript beside it.
 */
export function shardEntry(moduleUrl: string): { entry: string; execArgv: string[] } {
  const here = fileURLToPath(moduleUrl);
  const typescript = path.extname(here) === '.ts';
  return { entry: fileURLToPath(new URL(`../main${path.extname(here)}`, moduleUrl)), execArgv: typescript ? ['--import', 'tsx'] : [] };
}

/** discord.js's wait between two shards' spawns: Discord's identify window (5 s) and a margin. */
const IDENTIFY_WINDOW_MS = 5500;

/**
 * Runs one child process per shard (discord.js ShardingManager) with this
 * same entry point. Past 2,500 servers Discord requires sharding; each shard
 * holds its own index and all of them reload together.
 */
export async function startShards(config: Config, totalShards: number, logger: Logger, maxConcurrency = 1): Promise<ShardManagerHandle> {
  const { entry, execArgv } = shardEntry(import.meta.url);
  const manager = new ShardingManager(entry, {
    token: config.discordToken ?? undefined,
    totalShards,
    mode: 'process',
    respawn: true,
    execArgv,
  });
  const relay = (shard: Shard) => {
    shard.on('message', (message: unknown) => {
      if (isReloadMessage(message)) void manager.broadcast(reloadMessage(message.origin));
    });
    shard.on('death', () => logger.warn({ event: 'shard-death', shardId: shard.id }, 'shard process exited'));
    logger.info({ event: 'shard-create', shardId: shard.id, totalShards }, 'shard started');
  };
  manager.on('shardCreate', relay);
  // A shard keeps trying an unreachable Discord for DISCORD_GIVE_UP_SECONDS: the manager waits that long, and a minute more.
  // Discord lets max_concurrency shards identify in each 5-second window (one per bucket, shard id modulo it): spawned
  // in order, that many start per window instead of one (discord.js waits 5.5 s between every two).
  const delay = Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, maxConcurrency));
  logger.info({ event: 'shards-spawning', totalShards, maxConcurrency, delayMs: delay }, 'starting shard processes');
  await manager.spawn({ amount: totalShards, delay, timeout: config.discordGiveUpSeconds * 1000 + 60_000 });

  return {
    manager,
    reloadAll: async () => {
      await manager.broadcast(reloadMessage(null));
    },
    stop: async (timeoutMs) => {
      manager.respawn = false;
      const exits = [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      );
      await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
      for (const shard of manager.shards.values()) if (shard.process && shard.process.exitCode === null) shard.process.kill('SIGKILL');
    },
  };
}
