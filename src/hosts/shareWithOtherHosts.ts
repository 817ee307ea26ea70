import os from 'node:os';
import type { Config } from '../config/loadConfig.js';
import type { Logger } from '../log/logger.js';
import type { Runtime } from '../runtime/createRuntime.js';
import { HostDirectory, type HostInfo } from './hostDirectory.js';
import { connectRedis, type RedisLink, type RedisLinkOptions } from './redisLink.js';
import { ReloadRelay } from './reloadRelay.js';
import { SharedAnswerSessions } from './sharedAnswerSessions.js';
import { SharedCooldowns } from './sharedCooldowns.js';

export interface SharedHosts {
  link: RedisLink;
  directory: HostDirectory;
  relay: ReloadRelay;
  /** At shutdown: leave the host directory and disconnect. */
  close(): Promise<void>;
}

/** "shard 0", "shards 0-3, 8": how a host's slice reads in a /reload reply. */
export function describeShards(ids: readonly number[] | null): string {
  if (ids === null || ids.length === 0) return 'all shards';
  const sorted = [...ids].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i] as number;
    let last = first;
    while (sorted[i + 1] === last + 1) last = sorted[++i] as number;
    parts.push(first === last ? String(first) : `${first}-${last}`);
  }
  return `${sorted.length === 1 ? 'shard' : 'shards'} ${parts.join(', ')}`;
}

export function thisHost(shardIds: readonly number[] | null): HostInfo {
  return { id: `${os.hostname()}:${process.pid}`, label: `${os.hostname()} (${describeShards(shardIds)})` };
}

/**
 * With REDIS_URL: swaps the runtime's cooldowns and answer sessions for ones every host
 * shares, lets /reload reach every host, and keeps this host in the directory. Without it:
 * null, and nothing changes.
 */
export async function shareWithOtherHosts(
  config: Config,
  runtime: Runtime,
  logger: Logger,
  self: HostInfo,
  options: RedisLinkOptions = {},
): Promise<SharedHosts | null> {
  if (config.redisUrl === undefined) return null;
  const link = await connectRedis(config.redisUrl, logger, options);
  const directory = new HostDirectory(self, link, logger);
  const relay = new ReloadRelay(directory, link, runtime.store, logger);
  runtime.services.cooldowns = new SharedCooldowns(config.askCooldownSeconds, link, logger);
  runtime.services.sessions = new SharedAnswerSessions(runtime.services.sessions.ttlMs, link, logger);
  runtime.services.reloadOtherHosts = (ownReload) => relay.reloadOthers(ownReload);
  directory.start();
  await relay.start();
  return {
    link,
    directory,
    relay,
    async close() {
      await directory.leave();
      await link.close();
    },
  };
}
