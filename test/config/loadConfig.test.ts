import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../../src/config/loadConfig.js';
import { compiled } from '../compiled.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const NO_FILE = null;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env, NO_FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('GIVEN the sources run as TypeScript or compiled into another folder THEN the project root is the folder of package.json either way', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    expect(PROJECT_ROOT).toBe(root);
    const compiledConfig = (await import(pathToFileURL(compiled('src/config/loadConfig.ts')).href)) as { PROJECT_ROOT: string };
    expect(compiledConfig.PROJECT_ROOT).toBe(root);
  });

  it('GIVEN nothing set THEN the console runs with the documented defaults', () => {
    expect(loadConfig({}, NO_FILE)).toEqual({
      discordToken: null,
      applicationId: null,
      guildId: null,
      apiUrl: null,
      moderatorRoleIds: [],
      seedsDir: path.join(PROJECT_ROOT, 'seeds'),
      logLevel: null,
      maxFileBytes: 10 * 1024 * 1024,
      askCooldownSeconds: 3,
      buttonTtlMinutes: 15,
      shardCount: 'auto',
      healthFile: null,
      discordGiveUpSeconds: 300,
      databaseUrl: `file:${path.join(PROJECT_ROOT, 'data', 'citebot.db')}`,
      insights: true,
      insightsRetentionDays: 90,
      insightsKey: null,
    });
  });

  it('GIVEN every variable set to a good value THEN each is read, trimmed and typed', () => {
    const config = loadConfig(
      {
        DISCORD_TOKEN: ` ${TOKEN} `,
        DISCORD_APPLICATION_ID: '123456789012345678',
        DISCORD_GUILD_ID: '876543210987654321',
        DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
        MODERATOR_ROLE_IDS: '111111111111111111, 22222222222222222 ,',
        SEEDS_DIR: 'test-seeds',
        LOG_LEVEL: 'DEBUG',
        CORPUS_MAX_FILE_MB: '0.5',
        ASK_COOLDOWN_SECONDS: '0',
        BUTTON_TTL_MINUTES: '60',
        SHARD_COUNT: '4',
        HEALTH_FILE: '/tmp/citebot-health',
        DISCORD_GIVE_UP_SECONDS: '60',
        DATABASE_URL: 'file:var/log.db',
        INSIGHTS: 'OFF',
        INSIGHTS_RETENTION_DAYS: '30',
        INSIGHTS_KEY: ' 0123456789abcdef0123456789abcdef ',
      },
      NO_FILE,
    );
    expect(config).toEqual({
      discordToken: TOKEN,
      applicationId: '123456789012345678',
      guildId: '876543210987654321',
      apiUrl: 'http://127.0.0.1:8080/api',
      moderatorRoleIds: ['111111111111111111', '22222222222222222'],
      seedsDir: path.join(PROJECT_ROOT, 'test-seeds'),
      logLevel: 'debug',
      maxFileBytes: 0.5 * 1024 * 1024,
      askCooldownSeconds: 0,
      buttonTtlMinutes: 60,
      shardCount: 4,
      healthFile: '/tmp/citebot-health',
      discordGiveUpSeconds: 60,
      databaseUrl: `file:${path.join(PROJECT_ROOT, 'var', 'log.db')}`,
      insights: false,
      insightsRetentionDays: 30,
      insightsKey: '0123456789abcdef0123456789abcdef',
    });
  });

  it('GIVEN an absolute SEEDS_DIR THEN it is used as it is', () => {
    expect(loadConfig({ SEEDS_DIR: '/srv/corpus' }, NO_FILE).seedsDir).toBe('/srv/corpus');
  });

  it('GIVEN DATABASE_URL as an absolute path, a file:// URL or :memory: THEN each names its place', () => {
    expect(loadConfig({ DATABASE_URL: 'file:/srv/citebot/log.db' }, NO_FILE).databaseUrl).toBe('file:/srv/citebot/log.db');
    expect(loadConfig({ DATABASE_URL: 'file:///srv/citebot/log%20book.db' }, NO_FILE).databaseUrl).toBe('file:/srv/citebot/log book.db');
    expect(loadConfig({ DATABASE_URL: ':memory:' }, NO_FILE).databaseUrl).toBe(':memory:');
    expect(loadConfig({ INSIGHTS: 'on' }, NO_FILE).insights).toBe(true);
  });

  it('GIVEN SHARD_COUNT=auto in any case THEN auto', () => {
    expect(loadConfig({ SHARD_COUNT: 'AUTO' }, NO_FILE).shardCount).toBe('auto');
  });

  it('GIVEN a variable set to blanks THEN it counts as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '   ', ASK_COOLDOWN_SECONDS: '' }, NO_FILE)).toMatchObject({ discordToken: null, askCooldownSeconds: 3 });
  });

  it.each([
    ['DISCORD_TOKEN', 'not-a-token', /^DISCORD_TOKEN does not look like a bot token .*Developer Portal/],
    ['DISCORD_APPLICATION_ID', '12345', /^DISCORD_APPLICATION_ID must be a Discord ID \(17–20 digits\), got "12345"$/],
    ['DISCORD_GUILD_ID', 'my-server', /^DISCORD_GUILD_ID must be a Discord ID/],
    ['DISCORD_API_URL', 'ftp://proxy', /^DISCORD_API_URL must be an http\(s\) URL such as http:\/\/127\.0\.0\.1:8080\/api, got "ftp:\/\/proxy"$/],
    ['DISCORD_API_URL', 'localhost:8080', /^DISCORD_API_URL must be an http\(s\) URL/],
    ['MODERATOR_ROLE_IDS', '111111111111111111,moderators', /^MODERATOR_ROLE_IDS must be comma-separated role IDs .*"moderators" is not one$/],
    ['LOG_LEVEL', 'verbose', /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"$/],
    ['CORPUS_MAX_FILE_MB', 'ten', /^CORPUS_MAX_FILE_MB must be a number from 0\.001 to 1024, got "ten"$/],
    ['CORPUS_MAX_FILE_MB', '0', /^CORPUS_MAX_FILE_MB must be a number/],
    ['CORPUS_MAX_FILE_MB', '5000', /^CORPUS_MAX_FILE_MB must be a number/],
    ['ASK_COOLDOWN_SECONDS', '-1', /^ASK_COOLDOWN_SECONDS must be a number from 0 to 3600, got "-1"$/],
    ['ASK_COOLDOWN_SECONDS', 'Infinity', /^ASK_COOLDOWN_SECONDS must be a number/],
    ['BUTTON_TTL_MINUTES', '0', /^BUTTON_TTL_MINUTES must be a number from 1 to 1440, got "0"$/],
    ['SHARD_COUNT', '2.5', /^SHARD_COUNT must be "auto" or a whole number from 1 to 1000, got "2\.5"$/],
    ['SHARD_COUNT', '0', /^SHARD_COUNT must be "auto"/],
    ['DISCORD_GIVE_UP_SECONDS', '0', /^DISCORD_GIVE_UP_SECONDS must be a number from 1 to 86400, got "0"$/],
    ['DATABASE_URL', 'data/citebot.db', /^DATABASE_URL must be a SQLite file URL such as file:data\/citebot\.db \(or :memory:\), or postgres:\/\/user:password@host:5432\/database, got "data\/citebot\.db"$/],
    ['DATABASE_URL', 'file:', /^DATABASE_URL must be a SQLite file URL/],
    ['INSIGHTS', 'maybe', /^INSIGHTS must be on or off, got "maybe"$/],
    ['INSIGHTS_RETENTION_DAYS', '0', /^INSIGHTS_RETENTION_DAYS must be a number from 1 to 3650, got "0"$/],
    ['INSIGHTS_KEY', 'short', /^INSIGHTS_KEY must be at least 32 characters \(yours has 5\); make one with: openssl rand -hex 32$/],
  ])('GIVEN %s=%s THEN a ConfigError names the variable and says what it should be', (variable, value, message) => {
    const error = configError({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
    expect(error.name).toBe('ConfigError');
  });

  it('GIVEN three bad settings THEN one ConfigError lists all three, each naming its variable', () => {
    const error = configError({ LOG_LEVEL: 'loud', DISCORD_GUILD_ID: 'my-server', ASK_COOLDOWN_SECONDS: '-5' });
    expect(error.problems).toHaveLength(3);
    expect(error.problems[0]).toMatch(/^DISCORD_GUILD_ID must be a Discord ID/);
    expect(error.problems[1]).toMatch(/^LOG_LEVEL must be one of/);
    expect(error.problems[2]).toMatch(/^ASK_COOLDOWN_SECONDS must be a number from 0 to 3600, got "-5"$/);
    expect(error.variable).toBe('DISCORD_GUILD_ID');
    expect(error.message.split('\n')).toEqual(error.problems);
  });

  it('GIVEN two bad role IDs and a bad token THEN every one of them is reported', () => {
    const error = configError({ DISCORD_TOKEN: 'nope', MODERATOR_ROLE_IDS: 'mods,admins' });
    expect(error.problems).toEqual([
      expect.stringMatching(/^DISCORD_TOKEN does not look like a bot token/),
      expect.stringMatching(/"mods" is not one$/),
      expect.stringMatching(/"admins" is not one$/),
    ]);
  });

  it.each(['Bot ', 'bot ', 'Bot\t'])('GIVEN a token pasted with a %j prefix THEN the message says to remove the prefix, without printing the token', (prefix) => {
    const error = configError({ DISCORD_TOKEN: `${prefix}${TOKEN}` });
    expect(error.variable).toBe('DISCORD_TOKEN');
    expect(error.message).toMatch(/^DISCORD_TOKEN starts with "Bot ": remove that prefix/);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain(TOKEN.split('.')[2]);
  });

  it('GIVEN a bad token THEN the error does not print the token back', () => {
    const secret = 'super-secret-but-malformed-token';
    expect(configError({ DISCORD_TOKEN: secret }).message).not.toContain(secret);
  });

  it('GIVEN a short INSIGHTS_KEY THEN the error does not print the key back', () => {
    expect(configError({ INSIGHTS_KEY: 'my-secret-key' }).message).not.toContain('my-secret-key');
  });

  it('GIVEN a .env file THEN its settings are read', async () => {
    const file = path.join(dir, 'read.env');
    await writeFile(file, `# comment\nDISCORD_TOKEN=${TOKEN}\nASK_COOLDOWN_SECONDS="10"\nMODERATOR_ROLE_IDS=111111111111111111\n`);
    expect(loadConfig({}, file)).toMatchObject({ discordToken: TOKEN, askCooldownSeconds: 10, moderatorRoleIds: ['111111111111111111'] });
  });

  it('GIVEN a setting in both the environment and .env THEN the environment wins', async () => {
    const file = path.join(dir, 'both.env');
    await writeFile(file, 'ASK_COOLDOWN_SECONDS=10\nBUTTON_TTL_MINUTES=30\n');
    expect(loadConfig({ ASK_COOLDOWN_SECONDS: '1' }, file)).toMatchObject({ askCooldownSeconds: 1, buttonTtlMinutes: 30 });
  });

  it('GIVEN a bad value in .env THEN the ConfigError still names the variable', async () => {
    const file = path.join(dir, 'bad.env');
    await writeFile(file, 'LOG_LEVEL=loud\n');
    expect(() => loadConfig({}, file)).toThrow(/^LOG_LEVEL must be one of/);
  });

  it('GIVEN no .env file at the path THEN the environment alone is used', () => {
    expect(loadConfig({ ASK_COOLDOWN_SECONDS: '7' }, path.join(dir, 'missing.env')).askCooldownSeconds).toBe(7);
  });
});
