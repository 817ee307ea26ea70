import { once } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitWithin, guildsPerShard, startCitebot, waitForOutput, type CitebotProcess } from './citebotProcess.js';
import { FakeRoutes, startFakeDiscord, type FakeDiscord } from './fakeDiscord.js';

let fake: FakeDiscord | null = null;
let running: CitebotProcess | null = null;

afterEach(async () => {
  if (running && running.child.exitCode === null) {
    running.child.kill('SIGKILL');
    await once(running.child, 'exit');
  }
  running = null;
  await fake?.close();
  fake = null;
});

describe('GIVEN citebot started with a token against the fake Discord', () => {
  it('WHEN Discord recommends 2 shards THEN two shard processes each answer /ask for their guilds, /reload reaches both, and SIGTERM exits 0 within 5 s', async () => {
    const [guild0, guild1] = guildsPerShard(2);
    fake = await startFakeDiscord({ shards: 2, maxConcurrency: 2, guilds: [{ id: guild0, name: 'Shard zero' }, { id: guild1, name: 'Shard one' }] });
    running = startCitebot(fake, { SHARD_COUNT: 'auto' });

    await fake.waitForIdentify(0, 30_000);
    await fake.waitForIdentify(1, 30_000);
    await waitForOutput(running, /"event":"ready"[\s\S]*"event":"ready"/, 10_000);
    // Discord's max_concurrency of 2 lets both shards identify in one window: they start 2.75 s apart, not 5.5 s.
    expect(running.output()).toMatch(/"event":"shards-spawning","totalShards":2,"maxConcurrency":2,"delayMs":2750/);

    const first = fake.sendCommand('ask', { question: 'How many new users joined RedNote?' }, { guildId: guild0 });
    const second = fake.sendCommand('ask', { question: 'What is Lemon8?' }, { guildId: guild1 });
    const [a, b] = await Promise.all([first.reply(), second.reply()]);
    expect(a.type).toBe(4);
    expect(JSON.stringify(a.data)).toMatch(/700,000/);
    expect(JSON.stringify(b.data)).toMatch(/Lemon8/);
    // Each guild's interaction travelled over its own shard's connection.
    expect(fake.openConnections(0)).toBe(1);
    expect(fake.openConnections(1)).toBe(1);

    const reload = fake.sendCommand('reload', {}, { guildId: guild1, permissions: String(1 << 5) });
    const reloadReply = await reload.reply();
    expect(JSON.stringify(reloadReply.data)).toMatch(/Corpus reloaded/);
    await waitForOutput(running, /"via":"shard-broadcast"/, 10_000);

    running.child.kill('SIGTERM');
    const exit = await exitWithin(running.child, 5_000);
    expect(exit.code).toBe(0);
    expect(exit.ms).toBeLessThan(5_000);
  }, 60_000);

  // (A bot's start, WordNet and the index included, takes a few seconds alone; beside the suite's heaviest files on two
  // cores it has taken over 20: the waits for it to connect allow 45.)
  it('WHEN a single-process bot gets SIGTERM while an answer is in flight THEN it finishes that answer, disconnects and exits 0', async () => {
    fake = await startFakeDiscord({ shards: 1 });
    running = startCitebot(fake, { SHARD_COUNT: '1' });
    await fake.waitForIdentify(0, 45_000);
    await waitForOutput(running, /"event":"ready"/, 10_000);

    // Discord is slow to accept the reply, so the answer is still in flight when the signal lands.
    fake.delayNext(FakeRoutes.callback, 1500);
    const pending = fake.sendCommand('ask', { question: 'Why did Chinese users welcome Americans?' });
    await waitForOutput(running, /"command":"ask"/, 10_000);
    running.child.kill('SIGTERM');
    expect((await pending.reply()).type).toBe(4);
    const exit = await exitWithin(running.child, 5_000);
    expect(exit.code).toBe(0);
    expect(running.output()).toMatch(/"event":"shutdown","signal":"SIGTERM","inFlight":1/);
    expect(running.output()).toMatch(/"event":"stopped","unfinished":0/);
    expect(running.output()).not.toMatch(/could not answer/);
    expect(running.output()).not.toContain(fake.token);
  }, 75_000);

  it('WHEN SIGHUP arrives THEN the corpus is reloaded without a restart (and the health file shows it connected)', async () => {
    fake = await startFakeDiscord({ shards: 1 });
    const healthFile = path.join(os.tmpdir(), `citebot-health-${process.pid}-${Date.now()}`);
    running = startCitebot(fake, { SHARD_COUNT: '1', HEALTH_FILE: healthFile });
    await fake.waitForIdentify(0, 45_000);
    await waitForOutput(running, /"event":"ready"/, 10_000);
    await expect.poll(() => existsSync(healthFile), { timeout: 5_000 }).toBe(true);
    rmSync(healthFile, { force: true });
    running.child.kill('SIGHUP');
    await waitForOutput(running, /"via":"SIGHUP","ok":true/, 10_000);
    expect(running.child.exitCode).toBeNull();
  }, 75_000);
});
