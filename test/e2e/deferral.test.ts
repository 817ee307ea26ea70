import { setTimeout as sleep } from 'node:timers/promises';
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DiscordErrors, type InteractionHandle } from './fakeDiscord.js';
import { findButton, LogLevel, newUser, startTestBot, visibleText } from './startTestBot.js';

/** Longer than the bot's 2 s patience, well inside Discord's 15-minute token life. */
const SLOW_MS = 2300;

const DISCORD_WINDOW_MS = 3000;

/** Time from dispatch to the interaction's first response, as the fake saw it. */
function firstResponseDelay(h: InteractionHandle, sentAt: number): number {
  return (h.responses()[0]?.time ?? Infinity) - sentAt;
}

describe('slow answers are deferred, then delivered', () => {
  it('GIVEN the first corpus load still running WHEN /ask, private /ask and /sources arrive THEN each is deferred in time and later edited with the answer', async () => {
    const t = await startTestBot({ loadCorpus: false });
    const { fake } = t;

    // Autocomplete never waits for the corpus: it echoes what was typed.
    const typing = await fake.sendAutocomplete('ask', { question: 'rednote' }, 'question').reply();
    expect(typing.data?.choices).toEqual([{ name: 'rednote', value: 'rednote' }]);

    const sentAt = Date.now();
    const ask = fake.sendCommand('ask', { question: 'what is RedNote?' }, { user: newUser('ann') });
    const askPrivate = fake.sendCommand('ask', { question: 'what is RedNote?', private: true }, { user: newUser('bob') });
    const sources = fake.sendCommand('sources');
    // This one's answer cannot be delivered: Discord keeps failing the edit.
    const unlucky = fake.sendCommand('ask', { question: 'what is RedNote?' }, { user: newUser('cy') });
    fake.failNext((r) => r.method === 'PATCH' && r.path.includes(unlucky.token), { ...DiscordErrors.internalError, times: 4 });

    for (const h of [ask, askPrivate, sources, unlucky]) {
      const first = await h.firstResponse();
      expect(first.kind).toBe('callback');
      expect(first.body.type).toBe(5);
      expect(firstResponseDelay(h, sentAt)).toBeLessThan(DISCORD_WINDOW_MS);
    }
    expect(((await askPrivate.reply()).data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(((await ask.reply()).data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);

    const report = await t.runtime.store.reload();
    expect(report.ok).toBe(true);

    for (const h of [ask, askPrivate, sources]) {
      const [, edit] = await h.waitForResponses(2);
      expect(edit).toMatchObject({ kind: 'edit', method: 'PATCH', messageId: '@original' });
      expect(edit?.body.allowed_mentions).toEqual({ parse: [] });
      expect((h.message()?.embeds ?? []).length).toBeGreaterThan(0);
    }
    expect(askPrivate.message()?.flags).toBe(MessageFlags.Ephemeral);
    expect(ask.message()?.flags).toBe(0);
    expect(visibleText(sources.message())).toMatch(/5 articles/);

    // The failed edit: logged with its route (no token), then a private apology replaces the public "thinking…".
    const apology = await unlucky.waitFor((r) => r.kind === 'followup' && r.ok);
    expect(apology.body.flags).toBe(MessageFlags.Ephemeral);
    expect(apology.body.content).toMatch(/^Sorry, I could not send that answer/);
    expect(unlucky.responses().filter((r) => r.kind === 'edit' && r.status === 500)).toHaveLength(4);
    expect(unlucky.responses().some((r) => r.kind === 'delete' && r.ok)).toBe(true);
    expect(unlucky.message()).toBeUndefined();
    const failure = await t.waitForLog((l) => l.msg === 'could not answer the interaction');
    expect(failure).toMatchObject({
      level: LogLevel.error,
      interactionId: unlucky.id,
      command: 'ask',
      status: 500,
      method: 'PATCH',
      route: `/webhooks/${fake.applicationId}/:token/messages/@original`,
    });

    const deferredLines = t.logs.filter((l) => l.event === 'deferred');
    expect(deferredLines).toHaveLength(4);
    for (const line of deferredLines) expect(line.deferredAtAgeMs).toBeLessThan(DISCORD_WINDOW_MS);
    const everything = JSON.stringify(t.logs);
    for (const h of [ask, askPrivate, sources, unlucky]) expect(everything).not.toContain(h.token);
  });

  it('GIVEN a slow store WHEN buttons are pressed and an /ask fails late THEN buttons defer with an update and follow up with the right visibility, and the failure stays private', async () => {
    const t = await startTestBot();
    const { fake, runtime } = t;
    const ann = newUser('ann');
    const bob = newUser('bob');
    const dee = newUser('dee');
    const publicAsk = fake.sendCommand('ask', { question: 'TikTok refugees' }, { user: ann });
    const privateAsk = fake.sendCommand('ask', { question: 'TikTok refugees', private: true }, { user: bob });
    await publicAsk.reply();
    await privateAsk.reply();

    const store = runtime.store;
    const ready = store.ready.bind(store);
    store.ready = async () => {
      await sleep(SLOW_MS);
      return ready();
    };
    const sessions = runtime.services.sessions;
    const create = sessions.create.bind(sessions);
    sessions.create = (answer, asker, isPrivate) => {
      if (asker.id === dee.id) throw new Error('session store exploded');
      return create(answer, asker, isPrivate);
    };

    const sentAt = Date.now();
    const page = fake.sendButton(findButton(publicAsk.message(), (b) => b.emoji?.name === '▶').custom_id, { user: ann, message: publicAsk.message() });
    const bystander = fake.sendButton(findButton(publicAsk.message(), (b) => b.emoji?.name === '▶').custom_id, { user: newUser('eve'), message: publicAsk.message() });
    const share = fake.sendButton(findButton(privateAsk.message(), (b) => b.label === 'Post publicly').custom_id, { user: bob, message: privateAsk.message() });
    const failing = fake.sendCommand('ask', { question: 'TikTok refugees' }, { user: dee });

    for (const h of [page, bystander, share]) {
      const first = await h.firstResponse();
      expect(first.body.type).toBe(6);
      expect(firstResponseDelay(h, sentAt)).toBeLessThan(DISCORD_WINDOW_MS);
    }
    expect((await failing.firstResponse()).body.type).toBe(5);

    const [, pageEdit] = await page.waitForResponses(2);
    expect(pageEdit).toMatchObject({ kind: 'edit', messageId: '@original' });
    expect(pageEdit?.body.content).toMatch(/page 2 of/);

    const [, explanation] = await bystander.waitForResponses(2);
    expect(explanation?.kind).toBe('followup');
    expect(explanation?.body.flags).toBe(MessageFlags.Ephemeral);
    expect(explanation?.body.content).toMatch(/Only the person who asked can page/);

    const [, posted] = await share.waitForResponses(2);
    expect(posted?.kind).toBe('followup');
    expect((Number(posted?.body.flags ?? 0)) & MessageFlags.Ephemeral).toBe(0);
    expect(posted?.body.content).toContain(`<@${bob.id}> asked`);
    expect(posted?.body.allowed_mentions).toEqual({ parse: [] });

    const apology = await failing.waitFor((r) => r.kind === 'followup' && r.ok);
    expect(apology.body.flags).toBe(MessageFlags.Ephemeral);
    expect(apology.body.content).toMatch(/^Sorry, something went wrong/);
    expect(failing.responses().map((r) => r.kind)).toEqual(['callback', 'delete', 'followup']);
    const logged = await t.waitForLog((l) => l.msg === 'interaction failed');
    expect(logged).toMatchObject({ level: LogLevel.error, command: 'ask', user: dee.id, guild: fake.guild.id, err: { message: 'session store exploded' } });
  });
});
