import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { MODERATOR_ROLE_ID, newUser, PLAIN_ROLE_ID, startTestBot, visibleText, type TestBot } from './startTestBot.js';

const MANAGE_GUILD = String(0x20);

function fieldsOf(body: { data?: { embeds?: Record<string, unknown>[] } }): Record<string, string> {
  const fields = (body.data?.embeds?.[0]?.fields ?? []) as { name: string; value: string }[];
  return Object.fromEntries(fields.map((f) => [f.name, f.value]));
}

async function expectRefused(t: TestBot, init: Parameters<TestBot['fake']['sendCommand']>[2], reason: RegExp): Promise<void> {
  const generation = t.runtime.store.current?.generation;
  const body = await t.fake.sendCommand('reload', {}, init).reply();
  expect(body.type).toBe(4);
  expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
  expect(body.data?.content).toMatch(reason);
  expect(body.data?.embeds ?? []).toEqual([]);
  expect(t.runtime.store.current?.generation).toBe(generation);
}

/**
 * The report a moderator sees: the reply, or (a reload slowed past Discord's window on a loaded machine) the edit of a
 * deferred, private "thinking…". Either way the same private message.
 */
async function reloadReport(t: TestBot, init: Parameters<TestBot['fake']['sendCommand']>[2]): Promise<{ data: Record<string, unknown> & { embeds?: Record<string, unknown>[] } }> {
  const reload = t.fake.sendCommand('reload', {}, init);
  const first = await reload.firstResponse(8000);
  expect([4, 5]).toContain(first.body.type);
  if (first.body.type === 5) await reload.waitForResponses(2, 8000);
  return { data: reload.message() as unknown as Record<string, unknown> & { embeds?: Record<string, unknown>[] } };
}

describe('/reload through the real discord.js client', () => {
  it('GIVEN a member with Manage Server WHEN /reload THEN the corpus reloads and the private reply reports documents, chunks and references', async () => {
    const t = await startTestBot();
    const before = t.runtime.store.current;
    const moderator = newUser('mod');
    const body = await reloadReport(t, { permissions: MANAGE_GUILD, user: moderator });

    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(visibleText(body.data)).toMatch(/Corpus reloaded/);
    const after = t.runtime.store.current;
    expect(after?.generation).toBe((before?.generation ?? 0) + 1);
    expect(fieldsOf(body)).toMatchObject({
      Articles: '5',
      Chunks: String(after?.index.chunkCount),
      References: '10',
      Changes: 'No article changed.',
    });
    const line = await t.waitForLog((l) => l.msg === 'corpus reload');
    expect(line).toMatchObject({ user: moderator.id, guild: t.fake.guild.id, via: 'manage-guild', ok: true, documents: 5, references: 10 });
  });

  it('GIVEN a member with a role listed in MODERATOR_ROLE_IDS WHEN /reload THEN it is allowed', async () => {
    const t = await startTestBot();
    const body = await reloadReport(t, { roles: [MODERATOR_ROLE_ID], user: newUser('helper') });
    expect(fieldsOf(body)).toMatchObject({ Articles: '5', References: '10' });
    expect(await t.waitForLog((l) => l.msg === 'corpus reload')).toMatchObject({ via: 'moderator-role' });
  });

  it('GIVEN a plain member WHEN /reload THEN a polite private refusal, nothing reloads, and the refusal is logged', async () => {
    const t = await startTestBot();
    const member = newUser('plain');
    await expectRefused(t, { user: member, roles: [PLAIN_ROLE_ID] }, /Only moderators \(Manage Server permission or a moderator role\)/);
    expect(await t.waitForLog((l) => l.msg === 'reload refused')).toMatchObject({ user: member.id, guild: t.fake.guild.id });
  });

  it('GIVEN a DM WHEN /reload THEN it is refused, whatever the user', async () => {
    const t = await startTestBot();
    await expectRefused(t, { dm: true }, /only works in a server/);
  });
});
