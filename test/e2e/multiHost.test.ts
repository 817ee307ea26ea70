/**
 * Two citebot processes, as two hosts would run them: shards 0 and 1 of 2, one seeds folder,
 * one Redis and one PostgreSQL (private servers). The real discord.js Client in each, against
 * one fake Discord gateway that routes every guild's interactions to the shard that owns it.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/insights/postgresConnection.js';
import { realServicesRequired, startPostgres, startRedis, type LocalPostgres, type LocalRedis } from '../hosts/localServices.js';
import { finalMessage, guildsPerShard, killCitebot, startCitebot, waitForOutput, type CitebotProcess } from './citebotProcess.js';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle } from './fakeDiscord.js';
import { buttonsOf, MODERATOR_ROLE_ID, newUser, visibleText } from './startTestBot.js';

const describeWithServices = realServicesRequired() ? describe : describe.skip;
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const MANAGE_GUILD = String(1 << 5);

let redis: LocalRedis;

/** Waits until the answering host has copied an answer session to Redis, where every host finds it. */
async function sessionShared(sessionId: string): Promise<void> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    for (const started = Date.now(); (await client.exists(`citebot:session:${sessionId}`)) === 0; ) {
      if (Date.now() - started > 5_000) throw new Error(`session ${sessionId} never reached Redis`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.quit();
  }
}
let postgres: LocalPostgres;
let databaseUrl: string;
let seeds: string;
let fake: FakeDiscord;
let guild0: string;
let guild1: string;
let hostA: CitebotProcess;
let hostB: CitebotProcess;

beforeAll(async () => {
  if (!realServicesRequired()) return;
  [guild0, guild1] = guildsPerShard(2) as [string, string];
  seeds = await mkdtemp(path.join(os.tmpdir(), 'citebot-hosts-seeds-'));
  await cp(SEEDS, seeds, { recursive: true });
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  databaseUrl = await postgres.createDatabase('citebot');
  fake = await startFakeDiscord({
    shards: 2,
    guilds: [
      { id: guild0, name: 'Shard zero', roles: [{ id: MODERATOR_ROLE_ID, name: 'Moderators' }] },
      { id: guild1, name: 'Shard one', roles: [{ id: MODERATOR_ROLE_ID, name: 'Moderators' }] },
    ],
  });
  const shared = { DATABASE_URL: databaseUrl, INSIGHTS_KEY: 'k'.repeat(64), SHARD_COUNT: '2', REDIS_URL: redis.url, SEEDS_DIR: seeds, ASK_COOLDOWN_SECONDS: '30', MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID };
  hostA = startCitebot(fake, { ...shared, SHARD_IDS: '0' });
  hostB = startCitebot(fake, { ...shared, SHARD_IDS: '1' });
  await Promise.all([hostA, hostB].map((host) => waitForOutput(host, /"event":"ready"[\s\S]*"event":"insights-ready"|"event":"insights-ready"[\s\S]*"event":"ready"/, 30_000)));
}, 60_000);

afterAll(async () => {
  await Promise.all([killCitebot(hostA ?? null), killCitebot(hostB ?? null)]);
  await fake?.close();
  await redis?.stop();
  await postgres?.stop();
  if (seeds) await rm(seeds, { recursive: true, force: true });
});

/** The one log line each process writes per interaction. */
function answeredBy(host: CitebotProcess, guildId: string | null, user: string): boolean {
  return host.logLines().some((l) => l.interaction !== undefined && l.guild === guildId && l.user === user);
}

/** What the member reads in the end, deferred or not. */
async function read(handle: InteractionHandle): Promise<string> {
  return visibleText(await finalMessage(handle));
}

/** The reply a moderator ends up reading: a reload can take over 2 s, and is then deferred and edited. */
async function reloadIn(guildId: string): Promise<string> {
  return visibleText(await finalMessage(fake.sendCommand('reload', {}, { guildId, user: newUser('mod'), permissions: MANAGE_GUILD })));
}

describeWithServices('GIVEN two citebot processes serving shards 0 and 1 of 2, sharing Redis and one seeds folder', () => {
  it('WHEN members ask in a guild of each shard and in a DM THEN each is answered by the process serving that shard (DMs by shard 0)', async () => {
    expect(fake.openConnections(0)).toBe(1);
    expect(fake.openConnections(1)).toBe(1);
    const [ann, bob, cy] = [newUser('ann'), newUser('bob'), newUser('cy')];
    const [a, b, dm] = await Promise.all([
      read(fake.sendCommand('ask', { question: 'How many new users joined RedNote?' }, { guildId: guild0, user: ann })),
      read(fake.sendCommand('ask', { question: 'What is Lemon8?' }, { guildId: guild1, user: bob })),
      read(fake.sendCommand('ask', { question: 'Who is Ren Yi?' }, { dm: true, user: cy })),
    ]);
    expect(a).toMatch(/700,000/);
    expect(b).toMatch(/Lemon8/);
    expect(dm).toMatch(/Ren Yi/);
    expect(answeredBy(hostA, guild0, ann.id!)).toBe(true);
    expect(answeredBy(hostB, guild1, bob.id!)).toBe(true);
    expect(answeredBy(hostA, null, cy.id!)).toBe(true);
    expect(answeredBy(hostB, guild0, ann.id!) || answeredBy(hostA, guild1, bob.id!) || answeredBy(hostB, null, cy.id!)).toBe(false);
  });

  it('WHEN a member asks through shard 0 and at once again through shard 1 THEN the second is refused: the cooldown is shared', async () => {
    const dee = newUser('dee');
    expect(await read(fake.sendCommand('ask', { question: 'What is RedNote?' }, { guildId: guild0, user: dee }))).toMatch(/RedNote/);
    const second = fake.sendCommand('ask', { question: 'What is Lemon8?' }, { guildId: guild1, user: dee });
    expect(await read(second)).toMatch(/You're asking quickly: please try again in (29|30) s\./);
    expect(second.message()?.flags).toBe(64);
    expect(answeredBy(hostB, guild1, dee.id!)).toBe(true);
  });

  it('WHEN members ask through both processes THEN both write to the one PostgreSQL log, and /insights on either host counts them all', async () => {
    const db = await openPostgres(databaseUrl);
    await Promise.all([
      read(fake.sendCommand('ask', { question: 'What did Ren Yi say?' }, { guildId: guild0, user: newUser('ivy') })),
      read(fake.sendCommand('ask', { question: 'Who won the Stanley Cup?' }, { guildId: guild1, user: newUser('jon') })),
      read(fake.sendCommand('ask', { question: 'Who won the Stanley Cup?' }, { guildId: guild1, user: newUser('kim') })),
    ]);
    // Each process writes its queue once a second.
    const ours = "SELECT guild_id, COUNT(*) AS n FROM insights_asks WHERE question IN ('What did Ren Yi say?', 'Who won the Stanley Cup?') GROUP BY guild_id";
    await expect.poll(async () => Object.fromEntries((await db.query(ours)).map((r): [string, number] => [String(r.guild_id), Number(r.n)])), { timeout: 5000 }).toEqual({ [guild0]: 1, [guild1]: 2 });
    await new Promise((r) => setTimeout(r, 1200));
    const total = Number((await db.query('SELECT COUNT(*) AS n FROM insights_asks'))[0]!.n);
    await db.close();

    for (const guildId of [guild0, guild1]) {
      const shown = await read(fake.sendCommand('insights', {}, { guildId, user: newUser('mod'), permissions: MANAGE_GUILD }));
      expect(shown).toContain(`Questions\n${total} `);
      expect(shown).toMatch(/Top unanswered\n1\. who won the stanley cup — 2×/);
    }
  }, 30_000);

  it('WHEN a new article is added to seeds/ and a moderator runs /reload in a guild of shard 0 THEN both hosts confirm, and a question in a guild of shard 1 is answered from it', async () => {
    await writeFile(
      path.join(seeds, 'lemon8-rise.txt'),
      'Lemon8 climbs the charts\n\nThe photo app Lemon8, also owned by ByteDance, reached number two on the App Store as the zebrafinch campaign spread among TikTok users.\n',
    );
    const reply = await reloadIn(guild0);
    expect(reply).toMatch(/Corpus reloaded/);
    expect(reply).toMatch(/Added: lemon8-rise/);
    expect(reply).toMatch(/Hosts: 2 of 2 reloaded/);
    expect(reply).toMatch(/✅ .*\(shard 0\) \(this host\)/);
    expect(reply).toMatch(/✅ .*\(shard 1\)/);
    expect(hostB.logLines().find((l) => l.event === 'reload' && l.via === 'redis')).toMatchObject({ ok: true, documents: 6 });

    const answer = await read(fake.sendCommand('ask', { question: 'What is the zebrafinch campaign?' }, { guildId: guild1, user: newUser('eve') }));
    expect(answer).toContain('**zebrafinch campaign**');
    expect(answer).toMatch(/Lemon8 climbs the charts/);
  }, 30_000);

  it('WHEN a button press reaches the other process (as after a restart or a new SHARD_COUNT) THEN it still finds the answer, kept in Redis', async () => {
    const fay = newUser('fay');
    const ask = fake.sendCommand('ask', { question: 'TikTok refugees', private: true }, { guildId: guild0, user: fay });
    await finalMessage(ask);
    const more = buttonsOf(ask.message()).find((b) => b.emoji?.name === '▶');
    expect(more?.disabled).toBe(false);
    // The answering host shares the session just after its reply: a member takes longer than that to press.
    await sessionShared(more!.custom_id.split(':')[2]!);
    // Forced onto shard 1, which did not answer the question.
    const press = fake.sendButton(more!.custom_id, { guildId: guild0, shardId: 1, user: fay, message: ask.message() });
    expect(await read(press)).toMatch(/page 2 of/);
    expect(press.responses().some((r) => r.ok && (r.body.type === 7 || r.body.type === 6))).toBe(true);
    expect(answeredBy(hostB, guild0, fay.id!)).toBe(true);
  });

  it('WHEN Redis is killed THEN both keep answering and /reload says only its host reloaded; once Redis restarts, /reload reaches both again', async () => {
    await redis.kill();
    await Promise.all([waitForOutput(hostA, /"event":"redis-lost"/, 10_000), waitForOutput(hostB, /"event":"redis-lost"/, 10_000)]);
    const [a, b] = await Promise.all([
      read(fake.sendCommand('ask', { question: 'How many new users joined RedNote?' }, { guildId: guild0, user: newUser('gus') })),
      read(fake.sendCommand('ask', { question: 'What is Lemon8?' }, { guildId: guild1, user: newUser('hal') })),
    ]);
    expect(a).toMatch(/700,000/);
    expect(b).toMatch(/Lemon8/);
    const lonely = await reloadIn(guild0);
    expect(lonely).toMatch(/Corpus reloaded/);
    expect(lonely).toMatch(/Hosts: only this one reloaded/);
    expect(lonely).toMatch(/Redis is unreachable/);

    await redis.restart();
    await Promise.all([waitForOutput(hostA, /"event":"redis-restored"/, 15_000), waitForOutput(hostB, /"event":"redis-restored"/, 15_000)]);
    const together = await reloadIn(guild1);
    expect(together).toMatch(/Hosts: 2 of 2 reloaded/);
    expect(together).toMatch(/✅ .*\(shard 1\) \(this host\)/);
    expect(hostA.logLines().filter((l) => l.event === 'reload' && l.via === 'redis')).toHaveLength(1);
    // The outage is logged once per process as what it is, and nothing else went wrong.
    for (const host of [hostA, hostB]) {
      const errors = host.logLines().filter((l) => (l.level as number) >= 50);
      expect(errors.map((l) => l.event)).toEqual(['redis-lost']);
    }
  }, 60_000);
});
