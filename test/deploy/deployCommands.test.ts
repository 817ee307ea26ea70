import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { applicationIdFromToken, deployCommands, describeDeploy, diffCommands } from '../../src/deploy/deployCommands.js';
import { toApplicationCommandJson } from '../../src/interaction/commandDefinition.js';
import { startFakeDiscord, type FakeDiscord } from '../e2e/fakeDiscord.js';

const run = promisify(execFile);
let fake: FakeDiscord | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe('deployCommands', () => {
  it('GIVEN a token WHEN the application id is not configured THEN it is read from the token', () => {
    const token = `${Buffer.from('123456789012345678').toString('base64')}.abc.def`;
    expect(applicationIdFromToken(token)).toBe('123456789012345678');
    expect(applicationIdFromToken('not-base64-id.x.y')).toBeNull();
  });

  it('GIVEN Discord has no commands WHEN deploying twice THEN the first run adds every command and the second changes nothing', async () => {
    fake = await startFakeDiscord();
    const options = { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, target: { scope: 'global' as const }, commands: COMMANDS, dryRun: false };
    const first = await deployCommands(options);
    expect(first.diff.added.sort()).toEqual(['Find sources', 'ask', 'forget-me', 'help', 'insights', 'reload', 'sources']);
    expect(first.applied).toBe(true);
    const second = await deployCommands(options);
    expect(second.diff.unchanged.sort()).toEqual(['Find sources', 'ask', 'forget-me', 'help', 'insights', 'reload', 'sources']);
    expect(second.applied).toBe(false);
    expect(describeDeploy(second, false)).toMatch(/Nothing to change/);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);

    const registered = fake.registeredCommands();
    const reload = registered.find((c) => c['name'] === 'reload');
    expect(reload?.['default_member_permissions']).toBe('32');
    expect(reload?.['contexts']).toEqual([0]);
    const insights = registered.find((c) => c['name'] === 'insights');
    expect(insights?.['default_member_permissions']).toBe('32');
    expect(insights?.['contexts']).toEqual([0]);
    const forgetMe = registered.find((c) => c['name'] === 'forget-me');
    expect(forgetMe?.['default_member_permissions']).toBeNull();
    expect(forgetMe?.['contexts']).toEqual([0, 1, 2]);
    const ask = registered.find((c) => c['name'] === 'ask');
    expect(ask?.['contexts']).toEqual([0, 1, 2]);
    expect(ask?.['integration_types']).toEqual([0, 1]);
    // The message command: an Apps-menu entry wherever /ask works, with no description or options.
    const find = registered.find((c) => c['name'] === 'Find sources');
    expect(find).toMatchObject({ type: 3, description: '', options: [], contexts: [0, 1, 2], integration_types: [0, 1], default_member_permissions: null });
  });

  it('GIVEN an outdated and an extra command WHEN diffing THEN it reports changed, added and removed', () => {
    const wanted = COMMANDS.map((c) => toApplicationCommandJson(c.definition));
    const existing = [{ ...wanted[0], description: 'old words' }, { name: 'legacy', description: 'gone', type: 1 }];
    const diff = diffCommands(existing, wanted);
    expect(diff.changed).toEqual(['ask']);
    expect(diff.removed).toEqual(['legacy']);
    expect(diff.added).toEqual(['sources', 'reload', 'insights', 'forget-me', 'help', 'Find sources']);
  });

  it('GIVEN --guild WHEN run as the npm script THEN it registers in that server and says what it registered', async () => {
    fake = await startFakeDiscord();
    const guildId = fake.guild.id;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/deployCommands.ts', '--guild', guildId], {
      env: { ...process.env, DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: '' },
    });
    expect(stdout).toContain(`server ${guildId}`);
    expect(stdout).toMatch(/added: +\/ask, \/sources, \/reload, \/insights, \/forget-me, \/help, Find sources \(message menu\)/);
    expect(fake.registeredCommands(guildId).map((c) => c['name'])).toEqual(['ask', 'sources', 'reload', 'insights', 'forget-me', 'help', 'Find sources']);
    expect(fake.registeredCommands()).toEqual([]);
  });
});
