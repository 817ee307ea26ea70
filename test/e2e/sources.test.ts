import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { expectWithinDiscordLimits, startTestBot, visibleText } from './startTestBot.js';

describe('/sources through the real discord.js client', () => {
  it('GIVEN the seeds WHEN /sources THEN it lists the 5 articles and the 10 references with their URLs, publicly', async () => {
    const { fake, runtime } = await startTestBot();
    const body = await fake.sendCommand('sources').reply();
    expect(body.type).toBe(4);
    expect((body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    expectWithinDiscordLimits(body.data ?? {});

    const text = visibleText(body.data);
    const snapshot = runtime.store.current;
    expect(snapshot?.documents).toHaveLength(5);
    for (const doc of snapshot?.documents ?? []) {
      expect(text).toContain(doc.title);
      if (doc.url !== '') expect(text).toContain(`(${doc.url})`);
    }
    const referenceLines = text.split('\n').filter((line) => /^\d+\. \[.+\]\(https?:\/\/\S+\)$/.test(line));
    expect(referenceLines).toHaveLength(10);
    for (const ref of snapshot?.references ?? []) expect(text).toContain(`(${ref.url})`);
  });

  it('GIVEN private:true WHEN /sources THEN only the asker sees the list', async () => {
    const { fake } = await startTestBot();
    const body = await fake.sendCommand('sources', { private: true }).reply();
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(visibleText(body.data)).toMatch(/5 articles/);
  });
});
