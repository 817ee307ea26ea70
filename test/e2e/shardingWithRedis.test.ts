import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realServicesRequired, startRedis, type LocalRedis } from '../hosts/localServices.js';
import { finalMessage, guildsPerShard, killCitebot, startCitebot, waitForOutput, type CitebotProcess } from './citebotProcess.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord.js';
import { newUser, visibleText } from './startTestBot.js';

const describeWithRedis = realServicesRequired() ? describe : describe.skip;

let redis: LocalRedis;
let fake: FakeDiscord;
let running: CitebotProcess;
let guild1: string;

beforeAll(async () => {
  if (!realServicesRequired()) return;
  const guilds = guildsPerShard(2);
  guild1 = guilds[1]!;
  redis = await startRedis();
  fake = await startFakeDiscord({ shards: 2, maxConcurrency: 2, guilds: guilds.map((id, i) => ({ id, name: `Shard ${i}` })) });
  running = startCitebot(fake, { DATABASE_URL: ':memory:', SHARD_COUNT: '2', REDIS_URL: redis.url });
  await waitForOutput(running, /"event":"ready"[\s\S]*"event":"ready"/, 45_000);
}, 60_000);

afterAll(async () => {
  await killCitebot(running ?? null);
  await fake?.close();
  await redis?.stop();
});

describeWithRedis('GIVEN the ShardingManager on one host (SHARD_COUNT=2) with REDIS_URL', () => {
  it('WHEN a moderator reloads in a guild of shard 1 THEN the other shard process reloads once, through Redis, and the reply counts both', async () => {
    const text = visibleText(await finalMessage(fake.sendCommand('reload', {}, { guildId: guild1, user: newUser('mod'), permissions: String(1 << 5) })));
    expect(text).toMatch(/Hosts: 2 of 2 reloaded/);
    expect(text).toMatch(/✅ .*\(shard 1\) \(this host\)\n✅ .*\(shard 0\)/);
    await waitForOutput(running, /"via":"redis"/, 5000);
    const relayed = running.logLines().filter((l) => l.event === 'reload' && (l.via === 'redis' || l.via === 'shard-broadcast'));
    expect(relayed.map((l) => l.via)).toEqual(['redis']);
  }, 30_000);

  it('WHEN the manager gets SIGHUP THEN both shard processes reload, as without Redis', async () => {
    running.child.kill('SIGHUP');
    await expect.poll(() => running.logLines().filter((l) => l.via === 'shard-broadcast' && l.ok === true).length, { timeout: 15_000 }).toBe(2);
  }, 30_000);
});
