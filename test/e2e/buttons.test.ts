import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { AnswerSessions } from '../../src/interaction/answerSessions.js';
import type { FakeDiscord, FakeUser, JsonObject } from './fakeDiscord.js';
import { buttonsOf, findButton, newUser, startTestBot, visibleText, type ButtonJson } from './startTestBot.js';

/** A question the five articles answer with more than one page of excerpts. */
const BROAD_QUESTION = 'TikTok refugees';

const isMore = (b: ButtonJson) => b.emoji?.name === '▶';
const isPrevious = (b: ButtonJson) => b.emoji?.name === '◀';
const isUp = (b: ButtonJson) => b.emoji?.name === '👍';
const isDown = (b: ButtonJson) => b.emoji?.name === '👎';

/** Clicks a button on `message` (as Discord would send it) as `user`. */
function press(fake: FakeDiscord, message: JsonObject | undefined, pick: (b: ButtonJson) => boolean, user: Partial<FakeUser>) {
  const button = findButton(message, pick);
  return fake.sendButton(button.custom_id, { user, ...(message ? { message } : {}) });
}

describe('answer buttons through the real discord.js client', () => {
  it('GIVEN a private answer WHEN the asker presses "Post publicly" THEN that exact answer is posted in the channel, crediting the asker without a ping', async () => {
    const { fake } = await startTestBot();
    const asker = newUser('ann');
    const ask = fake.sendCommand('ask', { question: 'what is RedNote?', private: true }, { user: asker });
    const privateAnswer = await ask.reply();
    expect(privateAnswer.data?.flags).toBe(MessageFlags.Ephemeral);

    const share = press(fake, ask.message(), (b) => b.label === 'Post publicly', asker);
    const posted = await share.reply();
    expect(posted.type).toBe(4);
    expect((posted.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(posted.data?.content).toContain(`<@${asker.id}> asked`);
    expect(posted.data?.allowed_mentions).toEqual({ parse: [] });
    expect(posted.data?.embeds).toEqual(privateAnswer.data?.embeds);
    // A shared copy has no buttons: its pages and votes belong to the asker's private copy.
    expect(buttonsOf(posted.data)).toEqual([]);
    expect(share.responses()).toHaveLength(1);
  });

  it('GIVEN a public answer with several pages WHEN the asker presses ▶ and ◀ THEN the message pages in place; another member gets a private explanation instead', async () => {
    const { fake } = await startTestBot();
    const asker = newUser('ann');
    const ask = fake.sendCommand('ask', { question: BROAD_QUESTION }, { user: asker });
    const first = await ask.reply();
    const firstPage = ask.message();
    expect(findButton(firstPage, isPrevious).disabled).toBe(true);
    expect(findButton(firstPage, isMore).disabled).toBe(false);

    const next = press(fake, firstPage, isMore, asker);
    const page2 = await next.reply();
    expect(page2.type).toBe(7);
    expect(page2.data?.content).toMatch(/page 2 of \d+/);
    expect(page2.data?.embeds?.[0]?.title).toMatch(/^4\. /);
    expect(page2.data?.allowed_mentions).toEqual({ parse: [] });
    expect(findButton(next.message(), isPrevious).disabled).toBe(false);

    const back = press(fake, next.message(), isPrevious, asker);
    const page1 = await back.reply();
    expect(page1.type).toBe(7);
    expect(page1.data?.embeds).toEqual(first.data?.embeds);

    const bystander = press(fake, firstPage, isMore, newUser('bob'));
    const refusal = await bystander.reply();
    expect(refusal.type).toBe(4);
    expect(refusal.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(refusal.data?.content).toMatch(/Only the person who asked can page/);
    // The public message itself was left alone.
    expect(ask.responses()).toHaveLength(1);
  });

  it('GIVEN a private answer WHEN the asker pages THEN the page stays private', async () => {
    const { fake } = await startTestBot();
    const asker = newUser('ann');
    const ask = fake.sendCommand('ask', { question: BROAD_QUESTION, private: true }, { user: asker });
    await ask.reply();
    const next = press(fake, ask.message(), isMore, asker);
    const page2 = await next.reply();
    expect(page2.type).toBe(7);
    expect(next.message()?.flags).toBe(MessageFlags.Ephemeral);
    findButton(next.message(), (b) => b.label === 'Post publicly');
  });

  it('GIVEN BUTTON_TTL_MINUTES=15 WHEN a button is pressed after 14 and then 16 minutes THEN it works, then says it expired and suggests asking again', async () => {
    let now = Date.now();
    const { fake, config } = await startTestBot({
      prepare: (runtime) => {
        runtime.services.sessions = new AnswerSessions(runtime.services.sessions.ttlMs, 5000, () => now);
      },
    });
    expect(config.buttonTtlMinutes).toBe(15);
    const asker = newUser('ann');
    const ask = fake.sendCommand('ask', { question: BROAD_QUESTION }, { user: asker });
    await ask.reply();

    now += 14 * 60_000;
    expect((await press(fake, ask.message(), isMore, asker).reply()).type).toBe(7);

    now += 2 * 60_000;
    const late = await press(fake, ask.message(), isMore, asker).reply();
    expect(late.type).toBe(4);
    expect(late.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(late.data?.content).toBe('These buttons have expired (they last 15 minutes). Please ask again with /ask.');
  });

  it('GIVEN an answer WHEN 👍 and 👎 are pressed THEN each press is logged with question, result ids and vote, and acknowledged without a new public message', async () => {
    const { fake, logs } = await startTestBot();
    const asker = newUser('ann');
    const ask = fake.sendCommand('ask', { question: BROAD_QUESTION }, { user: asker });
    await ask.reply();
    const next = press(fake, ask.message(), isMore, asker);
    await next.reply();

    const up = press(fake, next.message(), isUp, asker);
    const upAck = await up.reply();
    // The asker's vote redraws the same page with the votes spent: no extra message.
    expect(upAck.type).toBe(7);
    expect(upAck.data?.content).toMatch(/page 2 of/);
    expect(findButton(up.message(), isUp).disabled).toBe(true);
    expect(findButton(up.message(), isDown).disabled).toBe(true);
    expect(up.responses()).toHaveLength(1);
    // Paging afterwards does not offer the vote again.
    const back = press(fake, up.message(), isPrevious, asker);
    await back.reply();
    expect(findButton(back.message(), isUp).disabled).toBe(true);

    const bystander = newUser('bob');
    const down = press(fake, ask.message(), isDown, bystander);
    const downAck = await down.reply();
    expect(downAck.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(visibleText(downAck.data)).toMatch(/Thanks for the feedback/);

    const votes = logs.filter((l) => l.event === 'feedback');
    expect(votes).toHaveLength(2);
    expect(votes[0]).toMatchObject({ vote: 'up', question: BROAD_QUESTION, user: asker.id, asker: true });
    expect(votes[1]).toMatchObject({ vote: 'down', question: BROAD_QUESTION, user: bystander.id, asker: false });
    const results = votes[0]?.results as string[];
    expect(results.length).toBeGreaterThan(3);
    for (const id of results) expect(id).toMatch(/^[\w-]+#\d+$/);
  });
});
