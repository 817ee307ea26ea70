import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { AnswerSessions } from '../../src/interaction/answerSessions.js';
import { Cooldowns } from '../../src/interaction/cooldown.js';
import { handleInteraction, type InteractionResponse } from '../../src/interaction/handleInteraction.js';
import { PermissionBits } from '../../src/interaction/permissions.js';
import type { Invoker, Place, Services } from '../../src/interaction/types.js';
import { createLogger } from '../../src/log/logger.js';
import { CorpusStore } from '../../src/runtime/corpusStore.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const MOD_ROLE = '400000000000000004';
const MODERATOR: Invoker = { id: '300000000000000001', name: 'mod' };
const GUILD = '100000000000000001';
const member = (extra: Partial<Place> = {}): Place => ({ guildId: GUILD, channelId: '100000000000000002', memberPermissions: 0n, roleIds: [], guildInstall: true, ...extra });

let dir: string;
let services: Services;
let lines: Record<string, unknown>[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-reload-'));
  await cp(SEEDS, dir, { recursive: true });
  lines = [];
  const destination = new Writable({
    write(chunk: Buffer, _e, done) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const store = new CorpusStore(dir, { maxFileBytes: 1e7 });
  await store.reload();
  services = { store, sessions: new AnswerSessions(60_000), cooldowns: new Cooldowns(0), logger: createLogger({ level: 'info', destination, pretty: false }), moderatorRoleIds: [MOD_ROLE] };
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function reload(place: Place): Promise<Extract<InteractionResponse, { type: 'reply' }>> {
  const response = await handleInteraction({ kind: 'command', name: 'reload', options: {}, invoker: MODERATOR, place }, COMMANDS, services);
  if (response.type !== 'reply') throw new Error('expected a reply');
  return response;
}

describe('/reload', () => {
  it('GIVEN a member with Manage Server THEN the corpus is reloaded and the private reply reports counts and changes', async () => {
    await writeFile(path.join(dir, 'lemon8.txt'), 'Lemon8 also gained users\n\nLemon8, also owned by ByteDance, climbed to second place in the App Store as TikTok users looked for alternatives.\n');
    const response = await reload(member({ memberPermissions: PermissionBits.ManageGuild }));
    expect(response.ephemeral).toBe(true);
    const embed = response.payload.embeds![0]!;
    expect(embed.title).toBe('Corpus reloaded');
    expect(embed.fields).toEqual(
      expect.arrayContaining([
        { name: 'Articles', value: '6', inline: true },
        { name: 'Changes', value: 'Added: lemon8' },
      ]),
    );
    expect(services.store.current?.generation).toBe(2);
    expect(lines.find((l) => l.event === 'reload')).toMatchObject({ user: MODERATOR.id, guild: GUILD, via: 'manage-guild', ok: true, documents: 6, changes: { added: ['lemon8'] } });
  });

  it('GIVEN a member with the moderator role THEN allowed', async () => {
    expect((await reload(member({ roleIds: [MOD_ROLE] }))).payload.embeds![0]!.title).toBe('Corpus reloaded');
  });

  it('GIVEN a plain member THEN refused privately, nothing reloaded, and the refusal logged', async () => {
    const response = await reload(member());
    expect(response).toMatchObject({ ephemeral: true, payload: { content: 'Only moderators (Manage Server permission or a moderator role) can do this.' } });
    expect(services.store.current?.generation).toBe(1);
    expect(lines.find((l) => l.event === 'reload-refused')).toMatchObject({ level: 40, user: MODERATOR.id });
  });

  it('GIVEN a DM or a user-installed context THEN refused, whatever the permissions', async () => {
    expect((await reload(member({ guildId: null, memberPermissions: null }))).payload.content).toBe('This command only works in a server, not in DMs.');
    expect((await reload(member({ guildInstall: false, memberPermissions: PermissionBits.Administrator }))).payload.content).toBe(
      'This command needs citebot to be added to this server.',
    );
    expect(services.store.current?.generation).toBe(1);
  });

  it('GIVEN the seeds folder gone THEN the reply says the reload failed and that the old index still answers', async () => {
    await rm(dir, { recursive: true, force: true });
    const embed = (await reload(member({ memberPermissions: PermissionBits.Administrator }))).payload.embeds![0]!;
    expect(embed.title).toBe('Reload failed');
    expect(embed.description).toContain('cannot be read (ENOENT)');
    expect(embed.description).toContain('The previous index is still answering questions.');
    expect(services.store.current?.generation).toBe(1);
  });
});
