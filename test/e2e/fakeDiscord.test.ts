import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, DiscordAPIError, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import { DiscordErrors, FakeRoutes, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fakeDiscord.js';

type Handler = (interaction: Interaction) => Promise<void>;

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  // Client first: destroying it after the fake closed would log reconnect noise.
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => undefined);
});

async function setup(
  handler: Handler,
  options: FakeDiscordOptions = {},
  clientExtra: { shards?: 'auto' } = {},
): Promise<{ fake: FakeDiscord; client: Client; errors: unknown[] }> {
  const fake = await startFakeDiscord(options);
  cleanups.push(() => fake.close());
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...fake.clientOptions(), ...clientExtra });
  cleanups.push(() => client.destroy());
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((err: unknown) => errors.push(err));
  });
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return { fake, client, errors };
}

const pong: Handler = async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  if (interaction.commandName === 'ping') {
    await interaction.reply({ content: 'pong', flags: MessageFlags.Ephemeral });
  } else if (interaction.commandName === 'slow') {
    await interaction.deferReply();
    await interaction.editReply({ content: `answer to ${interaction.options.getString('q', true)}` });
  }
};

describe('fake Discord server with a real discord.js client', () => {
  it('logs in, caches the guild and answers a slash command with an ephemeral reply', async () => {
    const { fake, client, errors } = await setup(pong);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guild.id)?.name).toBe('Fake Guild');
    expect(client.guilds.cache.get(fake.guild.id)?.available).toBe(true);

    const h = fake.sendCommand('ping');
    const body = await h.reply();
    expect(body.type).toBe(4);
    expect(body.data?.content).toBe('pong');
    expect(body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(h.message()?.content).toBe('pong');

    const callback = fake.requestsTo(FakeRoutes.callback)[0];
    expect(callback?.authorized).toBe(false);
    expect(callback?.query).toEqual({ with_response: 'false' });
    expect(callback?.status).toBe(204);
    expect(fake.unknownRequests()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('passes options, member permissions and channel through, and records defer + editReply', async () => {
    let seen: { q: string | null; perms: string | undefined; channelId: string | null; guildId: string | null } | undefined;
    const { fake, errors } = await setup(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        seen = {
          q: interaction.options.getString('q'),
          perms: interaction.memberPermissions?.bitfield.toString(),
          channelId: interaction.channelId,
          guildId: interaction.guildId,
        };
      }
      await pong(interaction);
    });
    const h = fake.sendCommand('slow', { q: 'why' }, { permissions: '8' });
    const first = await h.firstResponse();
    expect(first.kind).toBe('callback');
    expect(first.body.type).toBe(5);
    const [, edit] = await h.waitForResponses(2);
    expect(edit?.kind).toBe('edit');
    expect(edit?.messageId).toBe('@original');
    expect(edit?.body.content).toBe('answer to why');
    expect(h.message()?.content).toBe('answer to why');
    expect(seen).toEqual({ q: 'why', perms: '8', channelId: fake.guild.channels[0]?.id, guildId: fake.guild.id });
    expect(errors).toEqual([]);
  });

  it('delivers an interaction dispatched during a gateway outage after the client RESUMEs', async () => {
    const { fake, client, errors } = await setup(pong);
    const resumed = once(client, Events.ShardResume);
    const identifiesBefore = fake.gatewayLog.filter((e) => e.direction === 'in' && e.op === 2).length;

    await fake.closeGateway(4000);
    expect(fake.openConnections()).toBe(0);
    const h = fake.sendCommand('ping');

    const body = await h.reply();
    expect(body.data?.content).toBe('pong');
    const [shardId, replayed] = (await resumed) as [number, number];
    expect(shardId).toBe(0);
    expect(replayed).toBeGreaterThanOrEqual(1);
    // The session must have been resumed, not re-identified.
    expect(fake.gatewayLog.filter((e) => e.direction === 'in' && e.op === 2).length).toBe(identifiesBefore);
    expect(fake.gatewayLog.some((e) => e.direction === 'in' && e.op === 6)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps retrying RESUME while the gateway refuses connections, then replays', async () => {
    const { fake } = await setup(pong);
    fake.setGatewayAvailable(false);
    await fake.closeGateway(4000);
    const h = fake.sendCommand('ping');
    await new Promise((r) => setTimeout(r, 700));
    expect(h.responses()).toEqual([]);
    fake.setGatewayAvailable(true);
    expect((await h.reply()).data?.content).toBe('pong');
  });

  it('surfaces an injected 10062 on the callback as DiscordAPIError to the bot', async () => {
    let replyError: unknown;
    const { fake } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      try {
        await interaction.reply({ content: 'too late' });
      } catch (err) {
        replyError = err;
      }
    });
    fake.failNext(FakeRoutes.callback, DiscordErrors.unknownInteraction);
    const h = fake.sendCommand('ping');
    const attempt = await h.waitFor((r) => r.kind === 'callback');
    expect(attempt.status).toBe(404);
    expect(attempt.ok).toBe(false);
    await expect.poll(() => replyError).toBeInstanceOf(DiscordAPIError);
    expect((replyError as DiscordAPIError).code).toBe(10062);
    expect((replyError as DiscordAPIError).status).toBe(404);
  });

  it('rejects a second acknowledgement with 40060 like Discord', async () => {
    let secondError: unknown;
    const { fake } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      // Bypass discord.js's own InteractionAlreadyReplied guard to hit the API twice.
      await interaction.client.rest
        .post(`/interactions/${interaction.id}/${interaction.token}/callback`, { body: { type: 4, data: { content: 'x' } }, auth: false })
        .catch((err: unknown) => (secondError = err));
    });
    const h = fake.sendCommand('ping');
    await h.waitFor((r) => r.status === 400);
    await expect.poll(() => secondError).toBeInstanceOf(DiscordAPIError);
    expect((secondError as DiscordAPIError).code).toBe(40060);
  });

  it('handles autocomplete, buttons, DMs and followups', async () => {
    const { fake, errors } = await setup(async (interaction) => {
      if (interaction.isAutocomplete()) {
        const focused = interaction.options.getFocused(true);
        await interaction.respond([{ name: `${focused.name}:${focused.value}`, value: 'v' }]);
      } else if (interaction.isButton()) {
        await interaction.update({ content: `clicked ${interaction.customId} in ${interaction.message.id}` });
      } else if (interaction.isChatInputCommand()) {
        await interaction.reply({ content: interaction.inGuild() ? 'guild' : `dm ${interaction.user.id}` });
        await interaction.followUp({ content: 'more', files: [{ attachment: Buffer.from('hello'), name: 'a.txt' }] });
      }
    });

    const ac = await fake.sendAutocomplete('ask', { q: 'clim' }, 'q').reply();
    expect(ac).toEqual({ type: 8, data: { choices: [{ name: 'q:clim', value: 'v' }] } });

    const button = fake.sendButton('more:2');
    const upd = await button.reply();
    expect(upd.type).toBe(7);
    expect(upd.data?.content).toBe(`clicked more:2 in ${String((button.payload.message as { id: string }).id)}`);

    const dm = fake.sendCommand('ping', {}, { dm: true });
    const [reply, followup] = await dm.waitForResponses(2);
    expect(reply?.body.data?.content).toBe(`dm ${fake.defaultUser.id}`);
    expect(followup?.kind).toBe('followup');
    expect(followup?.body.content).toBe('more');
    expect(followup?.files.map((f) => [f.filename, f.content.toString()])).toEqual([['a.txt', 'hello']]);
    expect(dm.followups()[0]?.attachments[0]?.filename).toBe('a.txt');
    expect(errors).toEqual([]);
  });

  it('stores bulk-overwritten commands and uses their option types', async () => {
    let value: number | null = null;
    const { fake, client } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      value = interaction.options.getNumber('n');
      await interaction.reply('ok');
    });
    const put = await client.application?.commands.set(
      [{ name: 'half', description: 'halve', options: [{ name: 'n', description: 'number', type: 10, required: true }] }],
      fake.guild.id,
    );
    expect(put?.size).toBe(1);
    const stored = fake.registeredCommands(fake.guild.id);
    expect(stored[0]?.name).toBe('half');

    // 4 is an integer, but the registered type NUMBER (10) wins, so getNumber() accepts it.
    await fake.sendCommand('half', { n: 4 }).reply();
    expect(value).toBe(4);

    await expect(client.application?.commands.set([{ name: 'Bad Name', description: 'x' }])).rejects.toMatchObject({ code: 50035 });
  });

  it('routes guild events to the right shard with two shards', async () => {
    const guilds = Array.from({ length: 6 }, (_, i) => ({ name: `g${i}` }));
    let shardSeen: number | undefined;
    const { fake, client } = await setup(
      async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        shardSeen = interaction.guild?.shardId;
        await interaction.reply('ok');
      },
      { shards: 2, guilds },
      { shards: 'auto' },
    );
    expect(client.ws.shards.size).toBe(2);
    expect(client.guilds.cache.size).toBe(6);
    expect(fake.openConnections(0)).toBe(1);
    expect(fake.openConnections(1)).toBe(1);
    for (const g of fake.guilds) {
      const h = fake.sendCommand('ping', {}, { guildId: g.id });
      await h.reply();
      expect(shardSeen).toBe(client.guilds.cache.get(g.id)?.shardId);
    }
  });

  it('takes a reply with files as real Discord does: multipart parts files[n] beside payload_json, and refuses attachments without their file, too many files, or too large an upload', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const { fake, errors } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const what = interaction.commandName;
      await interaction.reply({ content: what, flags: MessageFlags.Ephemeral });
      if (what === 'one') await interaction.editReply({ files: [{ attachment: png, name: 'chart.png', description: 'a chart' }] });
      if (what === 'eleven') await interaction.editReply({ files: Array.from({ length: 11 }, (_, i) => ({ attachment: png, name: `c${i}.png` })) });
      if (what === 'huge') await interaction.editReply({ files: [{ attachment: Buffer.alloc(10 * 1024 * 1024 + 1), name: 'huge.bin' }] });
    });
    const one = fake.sendCommand('one');
    const edit = await one.waitFor((r) => r.kind === 'edit');
    expect(edit.status).toBe(200);
    expect(edit.files).toEqual([expect.objectContaining({ field: 'files[0]', filename: 'chart.png', contentType: 'image/png', size: png.length })]);
    expect(edit.body.attachments).toEqual([{ id: '0', description: 'a chart' }]);
    expect(one.message()?.attachments).toEqual([expect.objectContaining({ filename: 'chart.png', size: png.length, description: 'a chart' })]);
    expect(one.message()?.content).toBe('one');

    const eleven = fake.sendCommand('eleven');
    expect((await eleven.waitFor((r) => r.kind === 'edit')).status).toBe(400);
    const huge = fake.sendCommand('huge');
    expect((await huge.waitFor((r) => r.kind === 'edit')).status).toBe(413);
    await expect.poll(() => errors.length).toBe(2);
    expect(errors.map((e) => (e as DiscordAPIError).code)).toEqual([50035, 40005]);

    // An attachment that names no uploaded file, sent by hand as raw multipart.
    const h = fake.sendCommand('plain');
    await h.reply();
    const app = fake.applicationId;
    const boundary = 'x-boundary';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="payload_json"',
      '',
      JSON.stringify({ attachments: [{ id: '1', filename: 'missing.png' }] }),
      `--${boundary}`,
      'Content-Disposition: form-data; name="files[0]"; filename="present.png"',
      'Content-Type: image/png',
      '',
      'PNG',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const response = await fetch(`${fake.apiUrl}/v10/webhooks/${app}/${h.token}/messages/@original`, {
      method: 'PATCH',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 50035, errors: { attachments: { '0': { _errors: [{ code: 'ATTACHMENT_NOT_FOUND' }] } } } });
  });
});
