import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostDirectory } from '../../src/hosts/hostDirectory.js';
import { connectRedis, type RedisLink } from '../../src/hosts/redisLink.js';
import { ReloadRelay } from '../../src/hosts/reloadRelay.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';
import { capturedLogger, type LogLine } from './capturedLogger.js';
import { realServicesRequired, startRedis, type LocalRedis } from './localServices.js';

const describeWithRedis = realServicesRequired() ? describe : describe.skip;
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

interface Host {
  name: string;
  store: CorpusStore;
  link: RedisLink;
  directory: HostDirectory;
  relay: ReloadRelay;
  lines: LogLine[];
}

let redis: LocalRedis;
let seeds: string;
const hosts: Host[] = [];

/**
 * How long past its own reload the asking host waits for the others. Long enough for another
 * host's full reload on a loaded 2-core CI machine (an 800 ms wait once named a live host
 * silent there), short enough that the crashed-host case stays quick.
 */
const CONFIRM_WITHIN_MS = 3000;

async function startHost(name: string, seedsDir = seeds, confirmWithinMs = CONFIRM_WITHIN_MS): Promise<Host> {
  const { logger, lines } = capturedLogger();
  const store = new CorpusStore(seedsDir, { maxFileBytes: 1e7 });
  await store.reload();
  const link = await connectRedis(redis.url, logger);
  const directory = new HostDirectory({ id: `${name}:1`, label: `${name} (shard ${hosts.length})` }, link, logger);
  const relay = new ReloadRelay(directory, link, store, logger, confirmWithinMs);
  directory.start();
  await relay.start();
  await directory.beat();
  const host = { name, store, link, directory, relay, lines };
  hosts.push(host);
  return host;
}

/** leave=false is a crash: the host vanishes without taking itself out of the directory. */
async function stopHost(host: Host, leave: boolean): Promise<void> {
  if (leave) await host.directory.leave();
  await host.link.close();
  hosts.splice(hosts.indexOf(host), 1);
}

beforeAll(async () => {
  seeds = await mkdtemp(path.join(os.tmpdir(), 'citebot-relay-'));
  await cp(SEEDS, seeds, { recursive: true });
  if (realServicesRequired()) redis = await startRedis();
});
afterAll(async () => {
  for (const host of [...hosts]) await stopHost(host, true);
  await redis?.stop();
  await rm(seeds, { recursive: true, force: true });
});

const labels = (list: readonly { label: string }[]) => list.map((h) => h.label);

describeWithRedis('GIVEN three hosts sharing one seeds folder and one Redis', () => {
  it('WHEN a new article is added and one host reloads and asks the others THEN both others reload from it and confirm by name', async () => {
    const [a, b, c] = [await startHost('alpha'), await startHost('bravo'), await startHost('charlie')];
    await writeFile(path.join(seeds, 'lemon8.txt'), 'Lemon8 also gained users\n\nLemon8, owned by ByteDance too, climbed the App Store charts as TikTok users looked for alternatives.\n');
    // The others are asked as this host starts its own reload, and all three reload at once.
    const own = a.store.reload();
    const report = await a.relay.reloadOthers(own);
    expect((await own).ok).toBe(true);

    expect(report.unreachable).toBe(false);
    expect(report.self.label).toBe('alpha (shard 0)');
    expect(labels(report.confirmed.map((r) => r.host))).toEqual(expect.arrayContaining(['bravo (shard 1)', 'charlie (shard 2)']));
    expect(report.confirmed.every((r) => r.documents === 6)).toBe(true);
    expect(report.silent).toEqual([]);
    for (const host of [b, c]) {
      expect(host.store.current?.documents.map((d) => d.id)).toContain('lemon8');
      expect(host.lines.find((l) => l.event === 'reload')).toMatchObject({ via: 'redis', from: 'alpha (shard 0)', ok: true, documents: 6 });
    }
    // The asking host does not reload a second time for its own request.
    expect(a.lines.filter((l) => l.event === 'reload')).toHaveLength(0);
  }, 20_000);

  it('WHEN this host\'s own reload is still running THEN the others have already reloaded: all reload at once, not one after another', async () => {
    const [a, b] = hosts;
    const generation = b!.store.current?.generation ?? 0;
    let finishOwn: () => void = () => undefined;
    const own = new Promise<void>((resolve) => (finishOwn = resolve));
    const report = a!.relay.reloadOthers(own);
    await expect.poll(() => b!.store.current?.generation ?? 0, { timeout: 10_000 }).toBeGreaterThan(generation);
    finishOwn();
    expect(labels((await report).confirmed.map((r) => r.host))).toContain('bravo (shard 1)');
  }, 20_000);

  it('WHEN a host has crashed (still in the directory, not listening) THEN the reply names it as silent after the wait, and the rest confirm', async () => {
    const [, , c] = hosts;
    await stopHost(c!, false);
    const a = hosts[0]!;
    const report = await a.relay.reloadOthers(Promise.resolve());
    expect(labels(report.silent)).toEqual(['charlie (shard 2)']);
    expect(labels(report.confirmed.map((r) => r.host))).toEqual(['bravo (shard 1)']);
    expect(report.waitedMs).toBeGreaterThanOrEqual(CONFIRM_WITHIN_MS);
  }, 20_000);

  it('WHEN a host left cleanly THEN nobody waits for it', async () => {
    const host = await startHost('delta');
    await stopHost(host, true);
    const report = await hosts[0]!.relay.reloadOthers(Promise.resolve());
    expect(labels(report.silent)).not.toContain(host.directory.self.label);
  }, 20_000);

  it('WHEN another host\'s reload fails THEN the reply says so with its reason, and that host keeps its index', async () => {
    const broken = await mkdtemp(path.join(os.tmpdir(), 'citebot-relay-broken-'));
    await cp(SEEDS, broken, { recursive: true });
    const echo = await startHost('echo', broken);
    const generation = echo.store.current?.generation;
    await rm(broken, { recursive: true, force: true });
    const report = await hosts[0]!.relay.reloadOthers(Promise.resolve());
    const failed = report.failed.find((r) => r.host.label === echo.directory.self.label);
    expect(failed?.ok).toBe(false);
    expect(failed?.error).toBeTruthy();
    expect(echo.store.current?.generation).toBe(generation);
    await stopHost(echo, true);
  }, 20_000);

  it('WHEN Redis is down THEN the reply says the others could not be told; after it restarts, a reload reaches every host again', async () => {
    await redis.kill();
    await expect.poll(() => hosts.some((h) => h.link.up)).toBe(false);
    const a = hosts[0]!;
    const down = await a.relay.reloadOthers(Promise.resolve());
    expect(down.unreachable).toBe(true);

    await redis.restart();
    await expect.poll(() => hosts.every((h) => h.link.up), { timeout: 10_000 }).toBe(true);
    // The restarted Redis is empty: each host wrote itself back into the directory when the link returned.
    await expect.poll(async () => (await a.directory.alive()).length, { timeout: 5000 }).toBe(hosts.length);
    const up = await a.relay.reloadOthers(Promise.resolve());
    expect(up.unreachable).toBe(false);
    expect(labels(up.confirmed.map((r) => r.host))).toEqual(['bravo (shard 1)']);
    expect(up.silent).toEqual([]);
  }, 30_000);
});
