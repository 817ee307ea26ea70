import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/runtime/exitCodes.js';
import { exitWithin, guildsPerShard, killCitebot, startCitebot, waitForOutput, type CitebotProcess } from './citebotProcess.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord.js';
import { newUser } from './startTestBot.js';

let fake: FakeDiscord | null = null;
const running: CitebotProcess[] = [];

afterEach(async () => {
  await Promise.all(running.map((p) => killCitebot(p)));
  running.length = 0;
  await fake?.close();
  fake = null;
});

describe('GIVEN citebot started with a slice of the shards (SHARD_IDS of SHARD_COUNT), without Redis', () => {
  it('WHEN it serves shard 1 of 2 THEN only shard 1 connects, its guilds are answered, and the log warns that nothing is shared', async () => {
    const [guild0, guild1] = guildsPerShard(2);
    fake = await startFakeDiscord({ shards: 2, guilds: [{ id: guild0, name: 'Shard zero' }, { id: guild1, name: 'Shard one' }] });
    const bot = startCitebot(fake, { DATABASE_URL: ':memory:', SHARD_IDS: '1', SHARD_COUNT: '2' });
    running.push(bot);
    await fake.waitForIdentify(1, 20_000);
    await waitForOutput(bot, /"event":"ready"/, 10_000);

    expect(fake.openConnections(0)).toBe(0);
    expect(fake.openConnections(1)).toBe(1);
    expect(bot.logLines().find((l) => l.event === 'ready')).toMatchObject({ shards: 1, shardIds: [1] });
    expect(bot.logLines().find((l) => l.event === 'shards-unshared')).toMatchObject({ level: 40, shardIds: [1] });
    const reply = await fake.sendCommand('ask', { question: 'What is Lemon8?' }, { guildId: guild1 }).reply();
    expect(JSON.stringify(reply.data)).toMatch(/Lemon8/);
  }, 40_000);

  it('WHEN one process serves shards 0-1 of 2 THEN both connect from it, one client answers both guilds and DMs', async () => {
    const [guild0, guild1] = guildsPerShard(2);
    // max_concurrency 2: Discord lets both identify at once, so the test does not wait out the 5 s bucket.
    fake = await startFakeDiscord({ shards: 2, maxConcurrency: 2, guilds: [{ id: guild0, name: 'Shard zero' }, { id: guild1, name: 'Shard one' }] });
    const bot = startCitebot(fake, { DATABASE_URL: ':memory:', SHARD_IDS: '0-1', SHARD_COUNT: '2' });
    running.push(bot);
    await waitForOutput(bot, /"event":"ready"/, 40_000);
    expect(bot.logLines().find((l) => l.event === 'ready')).toMatchObject({ shards: 2, shardIds: [0, 1] });
    expect(fake.openConnections(0)).toBe(1);
    expect(fake.openConnections(1)).toBe(1);
    const [a, b, dm] = await Promise.all([
      fake.sendCommand('ask', { question: 'How many new users joined RedNote?' }, { guildId: guild0, user: newUser('ann') }).reply(),
      fake.sendCommand('ask', { question: 'What is Lemon8?' }, { guildId: guild1, user: newUser('bob') }).reply(),
      fake.sendCommand('ask', { question: 'Who is Ren Yi?' }, { dm: true, user: newUser('cy') }).reply(),
    ]);
    expect(JSON.stringify(a.data)).toMatch(/700,000/);
    expect(JSON.stringify(b.data)).toMatch(/Lemon8/);
    expect(JSON.stringify(dm.data)).toMatch(/Ren Yi/);
  }, 60_000);

  it('WHEN the environment has an empty SHARD_COUNT (docker run --env-file .env after copying .env.example) THEN the single process still connects and answers', async () => {
    fake = await startFakeDiscord({ shards: 1 });
    const bot = startCitebot(fake, { DATABASE_URL: ':memory:', SHARD_COUNT: '' });
    running.push(bot);
    await fake.waitForIdentify(0, 20_000);
    await waitForOutput(bot, /"event":"ready"/, 10_000);
    expect((await fake.sendCommand('ask', { question: 'What is Lemon8?' }).reply()).type).toBe(4);
  }, 40_000);

  it('WHEN SHARD_IDS names a shard past SHARD_COUNT THEN it exits with the configuration code (78) before connecting, naming the variable and the valid shards', async () => {
    fake = await startFakeDiscord({ shards: 2 });
    const bot = startCitebot(fake, { DATABASE_URL: ':memory:', SHARD_IDS: '0,2', SHARD_COUNT: '2' });
    running.push(bot);
    expect((await exitWithin(bot.child, 20_000)).code).toBe(ExitCode.config);
    expect(bot.output()).toContain('citebot: configuration error: SHARD_IDS lists shard 2, but SHARD_COUNT is 2: shards are numbered 0 to 1');
    expect(fake.openConnections()).toBe(0);
  }, 30_000);
});
