import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisLink } from '../../src/hosts/redisLink.js';
import { capturedLogger } from './capturedLogger.js';
import { freePort, realServicesRequired, startRedis, type LocalRedis } from './localServices.js';

const describeWithRedis = realServicesRequired() ? describe : describe.skip;

let redis: LocalRedis;
const links: RedisLink[] = [];
beforeAll(async () => {
  if (realServicesRequired()) redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(links.map((l) => l.close()));
  await redis?.stop();
});

describeWithRedis('GIVEN REDIS_URL pointing at a real redis-server', () => {
  it('WHEN Redis is killed and comes back THEN the loss and the return are each logged once, and the link is usable again without a restart', async () => {
    const { logger, events } = capturedLogger();
    const link = await connectRedis(redis.url, logger);
    links.push(link);
    expect(link.up).toBe(true);
    expect(events('redis-connected')).toHaveLength(1);
    let upCalls = 0;
    link.onUp(() => upCalls++);

    await redis.kill();
    await expect.poll(() => link.up).toBe(false);
    await expect(link.client.get('anything')).rejects.toThrow();
    // A second or so of reconnect attempts still makes one "lost" line, not one per attempt.
    await new Promise((r) => setTimeout(r, 1200));
    expect(events('redis-lost')).toHaveLength(1);

    await redis.restart();
    await expect.poll(() => link.up, { timeout: 10_000 }).toBe(true);
    expect(events('redis-restored')).toHaveLength(1);
    expect(events('redis-restored')[0]!.downMs).toBeGreaterThan(1000);
    expect(upCalls).toBe(1);
    await link.client.set('citebot:test', 'ok');
    expect(await link.client.get('citebot:test')).toBe('ok');
  }, 30_000);

  it('WHEN Redis cannot be reached at start-up THEN start-up goes on after the wait, says so, and connects by itself once Redis is there', async () => {
    const later = await startRedis();
    const url = later.url;
    await later.kill();
    const { logger, events } = capturedLogger();
    const link = await connectRedis(url, logger, { firstConnectMs: 300 });
    links.push(link);
    expect(link.up).toBe(false);
    expect(events('redis-unavailable')).toHaveLength(1);
    expect(events('redis-unavailable')[0]!.level).toBe(50);

    await later.restart();
    await expect.poll(() => link.up, { timeout: 10_000 }).toBe(true);
    expect(events('redis-connected')).toHaveLength(1);
    await link.close();
    await later.stop();
  }, 30_000);

  it('WHEN nothing listens at the address THEN start-up goes on and the log gives the reason', async () => {
    const { logger, events } = capturedLogger();
    const link = await connectRedis(`redis://127.0.0.1:${await freePort()}`, logger, { firstConnectMs: 200 });
    links.push(link);
    expect(link.up).toBe(false);
    expect(String(events('redis-unavailable')[0]!.reason)).toMatch(/ECONNREFUSED/);
  });
});
