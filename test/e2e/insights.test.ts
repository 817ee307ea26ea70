import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createInsightsStore } from '../../src/insights/insightsStore.js';
import { openLibsql } from '../../src/insights/libsqlConnection.js';
import { exitWithin, guildsPerShard, killCitebot, startCitebot, waitForOutput, type CitebotProcess } from './citebotProcess.js';
import { discordSpec, pngSize, schemaErrors } from './discordSchemas.js';
import { FakeRoutes, startFakeDiscord, type FakeDiscord, type FakeUser, type InteractionHandle, type JsonObject } from './fakeDiscord.js';
import { expectWithinDiscordLimits, findButton, MODERATOR_ROLE_ID, newUser, PLAIN_ROLE_ID, startTestBot, visibleText, type ButtonJson } from './startTestBot.js';

let fake: FakeDiscord | null = null;
let running: CitebotProcess | null = null;
let dir: string | null = null;

afterEach(async () => {
  await killCitebot(running);
  running = null;
  await fake?.close();
  fake = null;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

function fieldsOf(body: { data?: { embeds?: JsonObject[] } }): Record<string, string> {
  const fields = (body.data?.embeds?.[0]?.fields ?? []) as { name: string; value: string }[];
  return Object.fromEntries(fields.map((f) => [f.name, f.value]));
}

async function startBot(f: FakeDiscord, env: Record<string, string>): Promise<CitebotProcess> {
  const bot = startCitebot(f, { SHARD_COUNT: '1', MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID, ASK_COOLDOWN_SECONDS: '0', ...env });
  await f.waitForIdentify(0, 30_000);
  await waitForOutput(bot, /"event":"ready"/, 15_000);
  await waitForOutput(bot, /"event":"insights-ready"/, 15_000);
  return bot;
}

const isDown = (b: ButtonJson) => b.emoji?.name === '👎';
const isUp = (b: ButtonJson) => b.emoji?.name === '👍';
const isMore = (b: ButtonJson) => b.emoji?.name === '▶';

function press(f: FakeDiscord, asked: InteractionHandle, pick: (b: ButtonJson) => boolean, user: Partial<FakeUser>) {
  const message = asked.message();
  return f.sendButton(findButton(message, pick).custom_id, { user, ...(message ? { message } : {}) });
}

describe('the question log and /insights, with the bot as its own process', () => {
  it('GIVEN questions (some unanswered), a 👎 and a restart WHEN a moderator runs /insights THEN counts and lists are right and the chart arrives as a PNG attachment; non-moderators and DMs are refused; /forget-me removes a member\'s rows', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-insights-'));
    const env = { DATABASE_URL: `file:${path.join(dir, 'citebot.db')}` };
    fake = await startFakeDiscord({ shards: 1, guilds: [{ name: 'Insights Server', roles: [{ id: MODERATOR_ROLE_ID, name: 'Moderators' }, { id: PLAIN_ROLE_ID, name: 'Members' }] }] });
    running = await startBot(fake, env);

    const ann = newUser('ann');
    const bob = newUser('bob');
    const cid = newUser('cid');
    const ask = (question: string, user: Partial<FakeUser>) => fake!.sendCommand('ask', { question }, { user, locale: 'en-GB' });
    const weak = ask('How many new users joined RedNote?', ann);
    const weakAnswer = await weak.reply();
    const article = String(weakAnswer.data?.embeds?.[0]?.title).replace(/^1\. /, '');
    await ask('how many new users joined rednote', bob).reply();
    expect(visibleText((await ask('Who won the Super Bowl?', bob).reply()).data)).toMatch(/couldn't find anything/);
    await ask('who won the super bowl', ann).reply();
    await ask('What is the boiling point of tungsten on Mars?', cid).reply();
    // The asker turns a page and votes 👎; another member votes 👍 on the same public answer.
    expect((await press(fake, weak, isMore, ann).reply()).type).toBe(7);
    expect((await press(fake, weak, isDown, ann).reply()).type).toBe(7);
    await press(fake, weak, isUp, bob).reply();
    // Asked just before the restart: the graceful stop writes it.
    await ask('What is Lemon8?', cid).reply();

    running.child.kill('SIGTERM');
    expect((await exitWithin(running.child, 8_000)).code).toBe(0);
    running = await startBot(fake, env);

    const moderator = newUser('mod');
    const insights = fake.sendCommand('insights', {}, { user: moderator, roles: [MODERATOR_ROLE_ID] });
    const reply = await insights.reply(10_000);
    expect(reply.type).toBe(4);
    expect(reply.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expectWithinDiscordLimits(reply.data ?? {});
    expect(schemaErrors('CreateMessageInteractionCallbackRequest', { type: reply.type, data: reply.data })).toEqual([]);
    const fields = fieldsOf(reply);
    expect(fields).toMatchObject({
      Questions: '6 (+6, none before)',
      Answered: '3 · 50% (before: 0%)',
      'Not found': '3 · 50% (before: 0%)',
      'Top unanswered': '1. who won the super bowl — 2×\n2. what is the boiling point of tungsten on mars — 1×',
    });
    expect(fields['Most 👎']).toBe(`1. how many new users joined rednote — 👎 1 · 👍 1 — _${article}_`);
    // Equal counts: the one asked most recently first.
    expect(fields['Most asked']?.split('\n').slice(0, 2)).toEqual(['1. who won the super bowl — 2×', '2. how many new users joined rednote — 2×']);

    // The chart follows the reply: a multipart edit of @original, with a real PNG in files[0].
    const edit = await insights.waitFor((r) => r.kind === 'edit', 20_000);
    expect(edit.ok).toBe(true);
    expect(edit.time).toBeGreaterThanOrEqual(insights.responses()[0]!.time);
    const upload = fake.requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.files.length > 0);
    expect(upload?.multipart).toBe(true);
    expect(upload?.files.map((f) => f.field)).toEqual(['files[0]']);
    expect(discordSpec.editOriginal.fileParts).toContain(upload?.files[0]?.field);
    expect(discordSpec.editOriginal.contentTypes).toContain('multipart/form-data');
    expect(schemaErrors(discordSpec.editOriginal.schema, upload?.body)).toEqual([]);
    expect(upload?.files[0]).toMatchObject({ filename: 'questions-per-day.png', contentType: 'image/png' });
    expect(pngSize(upload!.files[0]!.content)).toEqual({ width: 960, height: 480 });
    expect(insights.message()?.attachments).toEqual([expect.objectContaining({ filename: 'questions-per-day.png', content_type: 'image/png' })]);
    expect(insights.message()?.embeds).toEqual(reply.data?.embeds);

    // Refused: a plain member, and anyone in a DM.
    const plain = await fake.sendCommand('insights', {}, { user: newUser('plain'), roles: [PLAIN_ROLE_ID] }).reply();
    expect(plain.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(plain.data?.content).toMatch(/Only moderators/);
    expect(plain.data?.embeds ?? []).toEqual([]);
    const dm = await fake.sendCommand('insights', {}, { dm: true, user: moderator }).reply();
    expect(dm.data?.content).toMatch(/only works in a server/);

    // Bob asked two questions and pressed 👍 once: three rows.
    const forget = await fake.sendCommand('forget-me', {}, { user: bob }).reply();
    expect(forget.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(forget.data?.content).toMatch(/deleted 3 rows recorded about you/);
    const again = fieldsOf(await fake.sendCommand('insights', { days: 7 }, { user: moderator, roles: [MODERATOR_ROLE_ID] }).reply(10_000));
    expect(again.Questions).toBe('4 (+4, none before)');
    expect(again['Most 👎']).toBe(`1. how many new users joined rednote — 👎 1 · 👍 0 — _${article}_`);
    // Once each now: the later question first.
    expect(again['Top unanswered']).toBe('1. what is the boiling point of tungsten on mars — 1×\n2. who won the super bowl — 1×');
    expect((await fake.sendCommand('forget-me', {}, { user: bob }).reply()).data?.content).toMatch(/0 rows deleted/);

    // The log line for /forget-me names nobody.
    const output = running.output();
    expect(output).toMatch(/"event":"forget-me","rows":3/);
    expect(output).not.toMatch(new RegExp(`"event":"forget-me"[^\\n]*${bob.id}`));

    // No Discord user id is stored in clear, anywhere in the database's files.
    running.child.kill('SIGTERM');
    expect((await exitWithin(running.child, 8_000)).code).toBe(0);
    const stored = Buffer.concat((await readdir(dir)).filter((f) => f.startsWith('citebot.db')).map((f) => readFileSync(path.join(dir!, f))));
    for (const user of [ann, bob, cid, moderator]) expect(stored.includes(Buffer.from(String(user.id)))).toBe(false);
    // And what Bob alone typed is gone from the files, not just from the tables.
    expect(stored.includes(Buffer.from('Who won the Super Bowl?'))).toBe(false);
    expect(stored.includes(Buffer.from('What is the boiling point of tungsten on Mars?'))).toBe(true);
    const db = await openLibsql(env.DATABASE_URL);
    try {
      const rows = await db.query('SELECT user_hash, locale, source FROM insights_asks');
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row).toMatchObject({ user_hash: expect.stringMatching(/^[0-9a-f]{64}$/), locale: 'en-GB', source: 'discord' });
    } finally {
      await db.close();
    }
  }, 120_000);

  it('GIVEN two shards WHEN members ask in both THEN every shard\'s rows reach the one database, and killing the shards a second later loses none', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-insights-'));
    const file = path.join(dir, 'citebot.db');
    const [guild0, guild1] = guildsPerShard(2);
    fake = await startFakeDiscord({ shards: 2, maxConcurrency: 2, guilds: [{ id: guild0, name: 'Shard zero' }, { id: guild1, name: 'Shard one' }] });
    running = startCitebot(fake, { SHARD_COUNT: 'auto', ASK_COOLDOWN_SECONDS: '0', DATABASE_URL: `file:${file}` });
    await fake.waitForIdentify(0, 30_000);
    await fake.waitForIdentify(1, 30_000);
    await waitForOutput(running, /"event":"insights-ready"[\s\S]*"event":"insights-ready"/, 20_000);
    await waitForOutput(running, /"event":"ready"[\s\S]*"event":"ready"/, 20_000);

    await Promise.all([
      fake.sendCommand('ask', { question: 'What is Lemon8?' }, { guildId: guild0, user: newUser() }).reply(),
      fake.sendCommand('ask', { question: 'Who won the Super Bowl?' }, { guildId: guild1, user: newUser() }).reply(),
      fake.sendCommand('ask', { question: 'How many new users joined RedNote?' }, { guildId: guild1, user: newUser() }).reply(),
    ]);
    // Records are written within a second: shards killed outright after that (no shutdown) lose nothing.
    await new Promise((r) => setTimeout(r, 1500));
    const shards = childPids(running.child.pid ?? -1);
    expect(shards).toHaveLength(2);
    for (const pid of shards) process.kill(pid, 'SIGKILL');
    running.child.kill('SIGTERM');
    await exitWithin(running.child, 8_000);

    const db = await openLibsql(`file:${file}`);
    try {
      const { report } = await createInsightsStore(db).summarize(7, Date.now());
      expect(report).toMatchObject({ questions: 3, answered: 2, notFound: 1, topUnanswered: [{ question: 'who won the super bowl', count: 1 }] });
      const guilds = await db.query('SELECT DISTINCT guild_id FROM insights_asks ORDER BY guild_id');
      expect(guilds.map((g) => g.guild_id).sort()).toEqual([guild0, guild1].sort());
    } finally {
      await db.close();
    }
  }, 120_000);
});

describe('/insights chart delivery', () => {
  it('GIVEN the chart cannot be drawn THEN the report still goes out, untouched, and the log says why', async () => {
    const t = await startTestBot({
      insights: true,
      prepare: (runtime) => {
        runtime.commands = runtime.commands.map((command) =>
          command.definition.name !== 'insights'
            ? command
            : { ...command, run: async (raw, context) => ({ ...(await command.run(raw, context)), attachLater: () => Promise.reject(new Error('no canvas on this machine')) }) },
        );
      },
    });
    const h = t.fake.sendCommand('insights', {}, { user: newUser('mod'), roles: [MODERATOR_ROLE_ID] });
    const reply = await h.reply();
    expect(fieldsOf(reply).Questions).toBe('0 (no change)');
    expect(await t.waitForLog((l) => l.event === 'attachment-failed')).toMatchObject({ level: 40, reason: 'no canvas on this machine' });
    expect(h.responses().map((r) => r.kind)).toEqual(['callback']);
    expect(h.message()?.attachments).toEqual([]);
  });

  it('GIVEN Discord refuses the upload THEN the report stays as sent and the failure is logged', async () => {
    const t = await startTestBot({ insights: true });
    t.fake.failNext(FakeRoutes.editOriginal, { status: 413, body: { message: 'Request entity too large', code: 40005 } });
    const h = t.fake.sendCommand('insights', { days: 30 }, { user: newUser('mod'), roles: [MODERATOR_ROLE_ID] });
    const reply = await h.reply();
    expect(reply.data?.embeds?.[0]?.title).toBe('Insights: the last 30 days');
    const line = await t.waitForLog((l) => l.msg === 'could not add the attachment to the reply', 20_000);
    expect(line).toMatchObject({ level: 50, code: 40005 });
    expect(h.message()?.embeds).toEqual(reply.data?.embeds);
  });
});

/** The processes whose parent is `pid` (the shard processes of a ShardingManager), read from /proc. */
function childPids(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // The fields after the command name, which is in parentheses and may hold spaces: state, then the parent's pid.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}
