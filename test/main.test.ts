/**
 * `npm start`'s entry point as a supervisor sees it: a real process, its stderr and its exit
 * code. The processes start together, so the file costs about one start-up.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/runtime/exitCodes.js';
import { failingUrl } from './discord/failingServers.js';
import { runProcess, type ProcessRun } from './runProcess.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

function citebot(env: Record<string, string>): Promise<ProcessRun> {
  // A .env in the checkout must not decide these runs: every variable they read is set.
  const base = { DISCORD_TOKEN: '', DISCORD_API_URL: '', SEEDS_DIR: '', LOG_LEVEL: 'warn', SHARD_COUNT: '', HTTPS_PROXY: '' };
  return runProcess(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, ...base, ...env }, stdin: 'exit\n' });
}

let badSettings: ProcessRun;
let botPrefix: ProcessRun;
let missingCorpus: ProcessRun;
let refused: ProcessRun;
let refusedUrl: string;

beforeAll(async () => {
  refusedUrl = await failingUrl('refused');
  [badSettings, botPrefix, missingCorpus, refused] = await Promise.all([
    citebot({ LOG_LEVEL: 'loud', ASK_COOLDOWN_SECONDS: 'soon', DISCORD_GUILD_ID: 'my-server' }),
    citebot({ DISCORD_TOKEN: `Bot ${TOKEN}` }),
    citebot({ SEEDS_DIR: path.join(ROOT, 'no-such-corpus-folder') }),
    citebot({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `${refusedUrl}/api`, DISCORD_GIVE_UP_SECONDS: '1' }),
  ]);
}, 60_000);

describe('src/main.ts as a supervisor runs it', () => {
  it('GIVEN three bad settings THEN all three are listed at once and the exit code is 78 (fix the configuration)', () => {
    expect(badSettings.code).toBe(ExitCode.config);
    expect(badSettings.stdout).toBe('');
    expect(badSettings.stderr).toMatch(/^citebot: 3 configuration errors:\n {2}- DISCORD_GUILD_ID must be a Discord ID .*\n {2}- LOG_LEVEL must be one of .*\n {2}- ASK_COOLDOWN_SECONDS must be a number .*\nSee \.env\.example for every setting\.\n$/);
  });

  it('GIVEN a token pasted with "Bot " in front THEN it says to remove the prefix and never prints the token', () => {
    expect(botPrefix.code).toBe(ExitCode.config);
    expect(botPrefix.stderr).toContain('DISCORD_TOKEN starts with "Bot ": remove that prefix');
    expect(botPrefix.stderr).not.toContain(TOKEN.split('.')[2]);
  });

  it('GIVEN a corpus folder that does not exist THEN the console prints no banner, only the corpus error, and exits 66', () => {
    expect(missingCorpus.code).toBe(ExitCode.corpus);
    expect(missingCorpus.stdout).toBe('');
    expect(missingCorpus.stderr).toMatch(/^citebot: The corpus could not be loaded: .*no-such-corpus-folder/m);
  });

  it('GIVEN Discord refuses connections THEN every retry is logged with host and cause, and after DISCORD_GIVE_UP_SECONDS it exits 69 with the reason on stderr', () => {
    expect(refused.code).toBe(ExitCode.unavailable);
    const host = new URL(refusedUrl).host;
    const lines = refused.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const retries = lines.filter((l) => l.event === 'discord-unreachable');
    expect(retries.length).toBeGreaterThanOrEqual(1);
    for (const retry of retries) expect(retry).toMatchObject({ level: 40, cause: 'refused', host, code: 'ECONNREFUSED' });
    expect(lines.find((l) => l.event === 'discord-give-up')).toMatchObject({ level: 60, cause: 'refused', host });
    expect(refused.stderr).toMatch(new RegExp(`\\ncitebot: cannot connect to Discord: gave up after 1 s and \\d+ attempts: ${host.replace(/\./g, '\\.')} refused the connection\\. Nothing accepts connections there`));
    expect(refused.stderr).not.toContain('fetch failed');
    expect(refused.stderr).not.toContain(TOKEN);
  });
});
