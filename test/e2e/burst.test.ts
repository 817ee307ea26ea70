import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { InteractionHandle } from './fakeDiscord.js';
import { newUser, startTestBot } from './startTestBot.js';

const BURST = 500;
const DISCORD_WINDOW_MS = 3000;
/** Long enough for a wrong second response to show up; only used to check one did not. */
const SETTLE_MS = 150;

/** Topics people ask about; each is phrased several ways below, as a real crowd would. */
const TOPICS = [
  'what is RedNote?',
  'TikTok refugees',
  'why did American users move to Xiaohongshu?',
  'who is Ren Yi?',
  'what did the Guardian write about RedNote?',
  'does RedNote require a Chinese phone number?',
  'how many users joined RedNote in January 2025?',
  'what did Chinese users think of the newcomers?',
  'what happened with the TikTok ban and the Supreme Court?',
  'privacy concerns about RedNote',
  'cat tax memes',
  'digital cold war between the US and China',
  'what is the weather on Mars?',
  'language learning on RedNote',
  'did users leave RedNote after Trump paused the ban?',
];
const PHRASINGS = ['', 'quick question: ', 'can you tell me ', 'I wonder, '];
/** 60 distinct questions: identical ones share a search (answerCached), distinct ones each pay for theirs. */
const QUESTIONS = PHRASINGS.flatMap((prefix) => TOPICS.map((topic) => `${prefix}${topic}`));

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

describe('a burst of interactions', () => {
  it(`GIVEN ${BURST} /ask interactions (${QUESTIONS.length} distinct questions) sent at once by ${BURST} members THEN each is answered exactly once, within Discord's 3 s window`, async () => {
    const { fake, logs } = await startTestBot();
    // A bot in service has answered questions before; without this the burst would also time V8 compiling the search.
    await Promise.all(TOPICS.map((question) => fake.sendCommand('ask', { question }, { user: newUser('early') }).reply()));

    // One listener for the whole burst: a waiter per interaction would make the fake itself O(n²).
    const pending = new Set<string>();
    const allAnswered = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${pending.size} of ${BURST} interactions still unanswered`)), 15_000);
      fake.on('interactionResponse', (r) => {
        // An answer is a direct reply, or (had the bot fallen behind) a deferral followed by its edit.
        if (!r.ok || (r.body.type !== 4 && r.kind !== 'edit') || !pending.delete(r.interactionId) || pending.size > 0) return;
        clearTimeout(timer);
        resolve();
      });
    });

    const sent: { h: InteractionHandle; at: number }[] = [];
    for (let i = 0; i < BURST; i++) {
      const at = Date.now();
      const h = fake.sendCommand('ask', { question: QUESTIONS[i % QUESTIONS.length] ?? '' }, { user: newUser(`member${i}`) });
      pending.add(h.id);
      sent.push({ h, at });
    }
    await allAnswered;
    await sleep(SETTLE_MS);

    const firstResponse: number[] = [];
    const answered: number[] = [];
    for (const { h, at } of sent) {
      const responses = h.responses();
      expect(responses.every((r) => r.ok)).toBe(true);
      const callbacks = responses.filter((r) => r.kind === 'callback');
      expect(callbacks).toHaveLength(1);
      if (callbacks[0]?.body.type === 5) expect(responses.map((r) => r.kind)).toEqual(['callback', 'edit']);
      else expect(responses).toHaveLength(1);
      firstResponse.push((responses[0]?.time ?? Infinity) - at);
      answered.push((responses.at(-1)?.time ?? Infinity) - at);
    }
    firstResponse.sort((a, b) => a - b);
    answered.sort((a, b) => a - b);
    const deferred = sent.filter(({ h }) => h.responses()[0]?.body.type === 5).length;
    console.log(
      `burst of ${BURST}: first response p50 ${percentile(firstResponse, 50)} ms, p99 ${percentile(firstResponse, 99)} ms, max ${firstResponse.at(-1)} ms; ` +
        `answer p50 ${percentile(answered, 50)} ms, p99 ${percentile(answered, 99)} ms; deferred ${deferred}`,
    );
    expect(firstResponse.at(-1)).toBeLessThan(DISCORD_WINDOW_MS);
    expect(new Set(logs.filter((l) => l.msg === 'command ask').map((l) => l.user)).size).toBe(BURST + TOPICS.length);
    expect(logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});
