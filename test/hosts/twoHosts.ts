import { afterAll, beforeAll } from 'vitest';
import { connectRedis, type RedisLink } from '../../src/hosts/redisLink.js';
import { capturedLogger } from './capturedLogger.js';
import { realServicesRequired, startRedis, type LocalRedis } from './localServices.js';

export interface TwoHosts {
  redis: LocalRedis;
  /** Each host's own link to the one Redis. */
  hostA: RedisLink;
  hostB: RedisLink;
}

/**
 * A private redis-server for this test file and two hosts linked to it, started before its tests
 * and stopped after them. Read the fields inside tests (they are set by then).
 */
export function twoHostsOnOneRedis(): TwoHosts {
  const hosts = {} as TwoHosts;
  beforeAll(async () => {
    if (!realServicesRequired()) return;
    hosts.redis = await startRedis();
    hosts.hostA = await connectRedis(hosts.redis.url, capturedLogger().logger);
    hosts.hostB = await connectRedis(hosts.redis.url, capturedLogger().logger);
  });
  afterAll(async () => {
    await hosts.hostA?.close();
    await hosts.hostB?.close();
    await hosts.redis?.stop();
  });
  return hosts;
}
