import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Events, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DiscordErrors, FakeRoutes } from './fakeDiscord.js';
import { LogLevel, newUser, startTestBot, type TestBot } from './startTestBot.js';

/** Time for a bot that wrongly retried to have done so; only used to check something did NOT happen. */
const SETTLE_MS = 150;

async function expectStillAnswering(t: TestBot): Promise<void> {
  const body = await t.fake.sendCommand('ask', { question: 'what is RedNote?' }, { user: newUser() }).reply();
  expect((body.data?.embeds ?? []).length).toBeGreaterThan(0);
}

describe('failures are logged with context and never take the bot down', () => {
  it('GIVEN Discord answers "Unknown interaction" (10062) WHEN the bot replies THEN it logs a warning with the route and gives up on that interaction', async () => {
    const t = await startTestBot();
    t.fake.failNext(FakeRoutes.callback, DiscordErrors.unknownInteraction);
    const user = newUser();
    const h = t.fake.sendCommand('ask', { question: 'what is RedNote?' }, { user });

    const line = await t.waitForLog((l) => l.msg === 'could not answer the interaction');
    expect(line).toMatchObject({
      level: LogLevel.warn,
      code: 10062,
      status: 404,
      method: 'POST',
      route: `/interactions/${h.id}/:token/callback`,
      interactionId: h.id,
      command: 'ask',
      user: user.id,
      guild: t.fake.guild.id,
    });
    expect(String(line.meaning)).toMatch(/unknown interaction/);
    await sleep(SETTLE_MS);
    expect(h.responses()).toHaveLength(1);
    await expectStillAnswering(t);
  });

  it('GIVEN the interaction was already acknowledged elsewhere (40060) WHEN the bot replies THEN it logs a warning and does not try again', async () => {
    const t = await startTestBot();
    t.fake.failNext(FakeRoutes.callback, DiscordErrors.alreadyAcknowledged);
    const h = t.fake.sendCommand('sources');
    const line = await t.waitForLog((l) => l.msg === 'could not answer the interaction');
    expect(line).toMatchObject({ level: LogLevel.warn, code: 40060, interactionId: h.id, command: 'sources' });
    await sleep(SETTLE_MS);
    expect(h.responses()).toHaveLength(1);
    await expectStillAnswering(t);
  });

  it('GIVEN Discord keeps failing with 500 WHEN the bot replies THEN after the client retries it logs an error and sends a short private apology', async () => {
    const t = await startTestBot();
    // @discordjs/rest retries a 5xx three times before the caller sees it.
    t.fake.failNext(FakeRoutes.callback, { ...DiscordErrors.internalError, times: 4 });
    const h = t.fake.sendCommand('ask', { question: 'what is RedNote?' }, { user: newUser() });

    const apology = await h.reply();
    expect(apology.type).toBe(4);
    expect(apology.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(apology.data?.content).toMatch(/^Sorry, I could not send that answer/);
    expect(h.responses().filter((r) => r.status === 500)).toHaveLength(4);
    const line = await t.waitForLog((l) => l.msg === 'could not answer the interaction');
    expect(line).toMatchObject({ level: LogLevel.error, status: 500, method: 'POST', route: `/interactions/${h.id}/:token/callback`, interactionId: h.id });
    expect(JSON.stringify(t.logs)).not.toContain(h.token);
  });

  it('GIVEN the user typed on (autocomplete answered too late) THEN the failure is a logged warning', async () => {
    const t = await startTestBot();
    t.fake.failNext(FakeRoutes.callback, DiscordErrors.unknownInteraction);
    const h = t.fake.sendAutocomplete('ask', { question: 'tikt' }, 'question');
    const line = await t.waitForLog((l) => l.msg === 'could not send autocomplete choices');
    expect(line).toMatchObject({ level: LogLevel.warn, code: 10062, interactionId: h.id, interaction: 'autocomplete' });
    await expectStillAnswering(t);
  });

  it('GIVEN a command that throws WHEN it runs THEN the user gets a short private apology and the log has the error with its context', async () => {
    const t = await startTestBot();
    t.runtime.store.ready = () => Promise.reject(new Error('index file vanished'));
    const user = newUser();
    const body = await t.fake.sendCommand('sources', {}, { user }).reply();
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data?.content).toBe('Sorry, something went wrong while answering. It has been logged; please try again in a moment.');
    const line = await t.waitForLog((l) => l.msg === 'interaction failed');
    expect(line).toMatchObject({ level: LogLevel.error, command: 'sources', user: user.id, guild: t.fake.guild.id, err: { message: 'index file vanished' } });
  });

  it('GIVEN a command or button the bot does not know THEN it answers privately instead of staying silent', async () => {
    const t = await startTestBot();
    const unknown = await t.fake.sendCommand('teleport').reply();
    expect(unknown.data).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/I don't know that command/) });
    const stale = await t.fake.sendButton('ask:page:no-such-session:1').reply();
    expect(stale.data).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/expired.*ask again/) });
  });

  it('GIVEN the gateway closes with resumable code 4000 WHEN an /ask is sent during the outage THEN the close is logged, the bot resumes and answers it exactly once', async () => {
    const t = await startTestBot();
    const identifies = () => t.fake.gatewayLog.filter((e) => e.direction === 'in' && e.op === 2).length;
    const identifiesBefore = identifies();
    const resumed = once(t.bot.client, Events.ShardResume);

    await t.fake.closeGateway(4000);
    const h = t.fake.sendCommand('ask', { question: 'what is RedNote?' }, { user: newUser() });
    const body = await h.reply();
    await resumed;

    expect((body.data?.embeds ?? []).length).toBeGreaterThan(0);
    expect(await t.waitForLog((l) => l.msg === 'gateway connection closed')).toMatchObject({ level: LogLevel.warn, shardId: 0, code: 4000 });
    expect((await t.waitForLog((l) => l.msg === 'gateway resumed')).replayed).toBeGreaterThanOrEqual(1);
    expect(identifies()).toBe(identifiesBefore);
    await sleep(SETTLE_MS);
    expect(h.responses()).toHaveLength(1);
  });
});
