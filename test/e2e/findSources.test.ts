/**
 * "Find sources" (Apps → Find sources on a message) through the real discord.js Client: the
 * fake Discord sends the message command as Discord does (`data.type` 3, `target_id`, the
 * message in `resolved.messages`), and the answer comes back privately with citations,
 * "Post publicly" and paging, as for /ask.
 */
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { snowflake, type FakeDiscord, type FakeUser, type JsonObject } from './fakeDiscord.js';
import { buttonsOf, expectWithinDiscordLimits, findButton, newUser, startTestBot, visibleText, type ButtonJson } from './startTestBot.js';

const CLAIM = 'apparently 700k americans joined rednote in 2 days lol';
/** The same claim as it is posted in a busy channel: a reply ping, a link, emoji, a custom emoji. */
const CHATTY = `<@${'123456789012345678'}> ${CLAIM} 😂😂 https://x.com/someone/status/1 <:pepe:112233445566778899> @everyone`;

function press(fake: FakeDiscord, message: JsonObject | undefined, pick: (b: ButtonJson) => boolean, user: Partial<FakeUser>) {
  return fake.sendButton(findButton(message, pick).custom_id, { user, ...(message ? { message } : {}) });
}

describe('Find sources through the real discord.js client', () => {
  it('GIVEN a chatty message in a server WHEN a member uses Apps → Find sources THEN only they see the passages bearing on the claim, with citations, paging and "Post publicly"', async () => {
    const { fake, logs } = await startTestBot();
    const member = newUser('ann');
    const author = newUser('poster');
    const h = fake.sendMessageCommand('Find sources', { content: CHATTY, author }, { user: member });
    const body = await h.reply();

    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    expectWithinDiscordLimits(body.data ?? {});
    const target = h.payload.data as { target_id: string; resolved: { messages: Record<string, unknown> } };
    const content = String(body.data?.content);
    // The claim is quoted without the ping, the link or the emoji, and links back to the message.
    expect(content).toContain(`“${CLAIM}”`);
    expect(content).toContain(`(https://discord.com/channels/${fake.guild.id}/`);
    expect(content).toContain(`/${target.target_id})`);
    expect(content).not.toMatch(/<@|@everyone|x\.com|😂|pepe/);
    // The first passage holds the figure, highlighted, and names its article and coverage.
    const first = body.data?.embeds?.[0];
    expect(first?.description).toContain('**700,000');
    expect(first?.title).toMatch(/^1\. /);
    expect(visibleText(body.data)).toMatch(/Related coverage|Sources cited/);
    expect(buttonsOf(body.data).map((b) => b.label ?? b.emoji?.name)).toEqual(['Previous', 'More', '👍', '👎', 'Post publicly']);

    const line = logs.find((l) => l.msg === 'message-command Find sources');
    expect(line).toMatchObject({ interaction: 'message-command', command: 'Find sources', user: member.id, outcome: 'ok' });
    expect(line?.results).toBeGreaterThan(3);

    const next = press(fake, h.message(), (b) => b.emoji?.name === '▶', member);
    const page2 = await next.reply();
    expect(page2.type).toBe(7);
    expect(page2.data?.content).toMatch(/page 2 of \d+/);
    expect(next.message()?.flags).toBe(MessageFlags.Ephemeral);

    const share = press(fake, next.message(), (b) => b.label === 'Post publicly', member);
    const posted = await share.reply();
    expect((posted.data?.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(posted.data?.content).toMatch(new RegExp(`^<@${member.id}> looked up sources for \\[a message\\]\\(https://discord\\.com/channels/.*\\): “${CLAIM}”$`));
    expect(posted.data?.allowed_mentions).toEqual({ parse: [] });
    expect(posted.data?.embeds).toEqual(page2.data?.embeds);
    expect(buttonsOf(posted.data)).toEqual([]);
  });

  it('GIVEN a message with only an image, or only a sticker THEN a polite private explanation, and no search', async () => {
    const { fake, logs } = await startTestBot();
    const image = { attachments: [{ id: snowflake(), filename: 'meme.png', size: 1000, url: 'https://cdn.example/meme.png', proxy_url: 'https://cdn.example/meme.png', content_type: 'image/png' }] };
    const sticker = { sticker_items: [{ id: snowflake(), name: 'wave', format_type: 1 }] };
    for (const message of [image, sticker]) {
      const body = await fake.sendMessageCommand('Find sources', message, { user: newUser() }).reply();
      expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
      expect(body.data?.content).toBe('That message has no text to look up (an image, a file, a sticker or a poll only). Find sources works on what a message says.');
    }
    expect(logs.filter((l) => l.msg === 'message-command Find sources').map((l) => l.results)).toEqual([0, 0]);
  });

  it('GIVEN a message of emoji and a link only THEN it says there are no words to look up', async () => {
    const { fake } = await startTestBot();
    const body = await fake.sendMessageCommand('Find sources', { content: '😂😂 https://example.com/x lol' }, { user: newUser() }).reply();
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data?.content).toMatch(/^That message has no words I can look up/);
  });

  it('GIVEN a bare link whose preview has a headline THEN the headline is the claim', async () => {
    const { fake } = await startTestBot();
    const preview = { content: 'https://news.example/rednote', embeds: [{ type: 'link', url: 'https://news.example/rednote', title: 'Over 700,000 Americans flock to RedNote as TikTok ban looms' }] };
    const body = await fake.sendMessageCommand('Find sources', preview, { user: newUser() }).reply();
    expect(body.data?.content).toContain('“Over 700,000 Americans flock to RedNote as TikTok ban looms”');
    expect(body.data?.embeds?.[0]?.description).toContain('700,000');
  });

  it('GIVEN a claim the articles say nothing about THEN it says so privately instead of guessing', async () => {
    const { fake } = await startTestBot();
    const body = await fake.sendMessageCommand('Find sources', { content: 'elon musk is gonna buy tiktok for sure' }, { user: newUser() }).reply();
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(visibleText(body.data)).toContain('say nothing about “elon musk is gonna buy tiktok for sure”');
    expect(buttonsOf(body.data)).toEqual([]);
  });

  it('GIVEN a DM, and a server where only the user installed citebot THEN Find sources answers in both, the DM link using @me', async () => {
    const { fake } = await startTestBot();
    const user = newUser('traveller');
    const dm = await fake.sendMessageCommand('Find sources', { content: CLAIM }, { dm: true, user }).reply();
    expect(dm.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(dm.data?.content).toContain('(https://discord.com/channels/@me/');
    expect((dm.data?.embeds ?? []).length).toBeGreaterThan(0);

    // Another member: the first one is in the /ask cooldown now.
    const other = newUser('visitor');
    const userInstall = { guildId: snowflake(), user: other, overrides: { authorizing_integration_owners: { '0': undefined, '1': other.id } } };
    const elsewhere = await fake.sendMessageCommand('Find sources', { content: CLAIM }, userInstall).reply();
    expect(elsewhere.data?.flags).toBe(MessageFlags.Ephemeral);
    expect((elsewhere.data?.embeds ?? []).length).toBeGreaterThan(0);
  });

  it('GIVEN the corpus still loading WHEN Find sources is used THEN a private "thinking…" comes in time and is edited into the answer', async () => {
    const t = await startTestBot({ loadCorpus: false });
    const h = t.fake.sendMessageCommand('Find sources', { content: CLAIM }, { user: newUser() });
    const first = await h.firstResponse();
    expect(first.body.type).toBe(5);
    expect(first.body.data?.flags).toBe(MessageFlags.Ephemeral);
    await t.runtime.store.reload();
    const [, edit] = await h.waitForResponses(2);
    expect(edit).toMatchObject({ kind: 'edit', method: 'PATCH', messageId: '@original' });
    expect(h.message()?.flags).toBe(MessageFlags.Ephemeral);
    expect(visibleText(h.message())).toContain('700,000');
  });

  it('GIVEN /ask just now WHEN the same member uses Find sources at once THEN the shared cooldown answers "try again"', async () => {
    const { fake } = await startTestBot();
    const quick = newUser('quick');
    await fake.sendCommand('ask', { question: 'what is RedNote?' }, { user: quick }).reply();
    const body = await fake.sendMessageCommand('Find sources', { content: CLAIM }, { user: quick }).reply();
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data?.content).toMatch(/try again in \d s/);
  });
});
