import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { snowflake } from './fakeDiscord.js';
import { buttonsOf, expectWithinDiscordLimits, findButton, newUser, startTestBot, visibleText } from './startTestBot.js';

describe('/ask through the real discord.js client', () => {
  it('GIVEN a question containing @everyone WHEN asked THEN the public answer cites excerpts, fits Discord limits and pings nobody', async () => {
    const { fake, logs, runtime } = await startTestBot();
    const asker = newUser('ann');
    const h = fake.sendCommand('ask', { question: '@everyone why did TikTok users move to RedNote?' }, { user: asker });

    const body = await h.reply();
    expect(body.type).toBe(4);
    expect((body.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    const embeds = body.data?.embeds ?? [];
    expect(embeds.length).toBeGreaterThan(0);
    expectWithinDiscordLimits(body.data ?? {});
    // Every excerpt names the article it comes from.
    const titles = new Set(runtime.store.current?.documents.map((d) => d.title));
    for (const embed of embeds) expect([...titles].some((t) => String(embed.title).includes(t))).toBe(true);
    expect(visibleText(body.data)).toMatch(/TikTok/i);
    // A public answer offers feedback but nothing to "post publicly".
    expect(buttonsOf(body.data).some((b) => b.emoji?.name === '👍')).toBe(true);
    expect(buttonsOf(body.data).some((b) => b.label === 'Post publicly')).toBe(false);

    const line = logs.find((l) => l.msg === 'command ask');
    expect(line).toMatchObject({ interaction: 'command', command: 'ask', user: asker.id, guild: fake.guild.id, outcome: 'ok' });
    expect(line?.results).toBeGreaterThanOrEqual(embeds.length);
  });

  it('GIVEN a 1000-character question full of markdown WHEN asked THEN the reply still fits every Discord limit', async () => {
    const { fake } = await startTestBot();
    const question = `**TikTok** _refugees_ \`RedNote\` <@123> @here ${'why did people move to RedNote after the ban '.repeat(30)}`.slice(0, 1000);
    const body = await fake.sendCommand('ask', { question }, { user: newUser() }).reply();
    expect(body.type).toBe(4);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    expectWithinDiscordLimits(body.data ?? {});
  });

  it('GIVEN private:true WHEN asked THEN only the asker sees the answer, and it offers "Post publicly"', async () => {
    const { fake } = await startTestBot();
    const h = fake.sendCommand('ask', { question: 'what is RedNote?', private: true }, { user: newUser() });
    const body = await h.reply();
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(h.message()?.flags).toBe(MessageFlags.Ephemeral);
    expect((body.data?.embeds ?? []).length).toBeGreaterThan(0);
    findButton(body.data, (b) => b.label === 'Post publicly');
  });

  it('GIVEN a question the corpus cannot answer WHEN asked THEN it says so instead of guessing', async () => {
    const { fake } = await startTestBot();
    const body = await fake.sendCommand('ask', { question: 'what is the boiling point of tungsten on Mars?' }, { user: newUser() }).reply();
    expect(visibleText(body.data)).toMatch(/couldn't find anything/i);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN a member who just asked WHEN they ask again at once THEN a private "try again in N s" answers, and others are unaffected', async () => {
    const { fake, logs } = await startTestBot();
    const quick = newUser('quick');
    await fake.sendCommand('ask', { question: 'what is RedNote?' }, { user: quick }).reply();

    const again = await fake.sendCommand('ask', { question: 'who is Ren Yi?' }, { user: quick }).reply();
    expect(again.data?.flags).toBe(MessageFlags.Ephemeral);
    const seconds = Number(/try again in (\d+) s/.exec(again.data?.content ?? '')?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(3);

    const other = await fake.sendCommand('ask', { question: 'who is Ren Yi?' }, { user: newUser('other') }).reply();
    expect(other.data?.flags ?? 0).toBe(0);
    expect(logs.filter((l) => l.msg === 'command ask' && l.user === quick.id)).toHaveLength(2);
  });

  describe('autocomplete on the question', () => {
    it('GIVEN a partly typed question THEN the first choice is exactly what was typed and the rest are matching corpus headings, quickly', async () => {
      const { fake, runtime } = await startTestBot();
      const sent = Date.now();
      const h = fake.sendAutocomplete('ask', { question: 'tiktok ba' }, 'question', { user: newUser() });
      const body = await h.reply();
      const answeredAfterMs = (h.responses()[0]?.time ?? Infinity) - sent;
      expect(answeredAfterMs).toBeLessThan(3000);

      expect(body.type).toBe(8);
      const choices = body.data?.choices ?? [];
      expect(choices[0]).toEqual({ name: 'tiktok ba', value: 'tiktok ba' });
      expect(choices.length).toBeGreaterThan(1);
      expect(choices.length).toBeLessThanOrEqual(25);
      const known = runtime.store.current?.index.suggestions.texts ?? [];
      for (const choice of choices.slice(1)) {
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(String(choice.value).length).toBeLessThanOrEqual(100);
        expect(known.some((text) => text.startsWith(choice.name.replace(/…$/, '')))).toBe(true);
      }
      expect(choices[1]?.name).toMatch(/tiktok/i);
    });

    it('GIVEN a very long typed question THEN the echoed first choice is cut to 100 characters', async () => {
      const { fake } = await startTestBot();
      const typed = 'why did so many American TikTok users decide to move over to the Chinese app RedNote in January of 2025';
      const body = await fake.sendAutocomplete('ask', { question: typed }, 'question').reply();
      const first = body.data?.choices?.[0];
      expect(first?.name.length).toBeLessThanOrEqual(100);
      expect(typed.startsWith(first?.name.replace(/…$/, '') ?? '-')).toBe(true);
    });
  });

  describe('outside a server the bot is in', () => {
    it('GIVEN a DM WHEN /ask and /sources are used THEN both answer', async () => {
      const { fake } = await startTestBot();
      const ask = await fake.sendCommand('ask', { question: 'what is RedNote?' }, { dm: true, user: newUser() }).reply();
      expect(ask.type).toBe(4);
      expect((ask.data?.embeds ?? []).length).toBeGreaterThan(0);
      const sources = await fake.sendCommand('sources', {}, { dm: true }).reply();
      expect(visibleText(sources.data)).toMatch(/5 articles/);
      const ac = await fake.sendAutocomplete('ask', { question: 'rednote' }, 'question', { dm: true }).reply();
      expect(ac.data?.choices?.[0]?.name).toBe('rednote');
    });

    it('GIVEN a server where citebot is installed only by the user WHEN /ask and /sources are used THEN both answer, and /reload is refused even for an admin', async () => {
      const { fake, runtime } = await startTestBot();
      const user = newUser('traveller');
      // A server the bot is not a member of: the interaction is authorised by the user's install only.
      const userInstall = { guildId: snowflake(), user, overrides: { authorizing_integration_owners: { '0': undefined, '1': user.id } } };

      const ask = await fake.sendCommand('ask', { question: 'what is RedNote?' }, userInstall).reply();
      expect(ask.type).toBe(4);
      expect((ask.data?.embeds ?? []).length).toBeGreaterThan(0);
      const sources = await fake.sendCommand('sources', {}, userInstall).reply();
      expect(visibleText(sources.data)).toMatch(/5 articles/);

      const generation = runtime.store.current?.generation;
      const reload = await fake.sendCommand('reload', {}, { ...userInstall, permissions: String(0x20 | 0x8) }).reply();
      expect(reload.data?.flags).toBe(MessageFlags.Ephemeral);
      expect(reload.data?.content).toMatch(/needs citebot to be added to this server/);
      expect(runtime.store.current?.generation).toBe(generation);
    });
  });
});
