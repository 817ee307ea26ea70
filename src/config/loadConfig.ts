import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';

/**
 * The folder holding the project's package.json: `seeds/`, `.env` and `data/` are found from it, whether this file
 * runs as TypeScript from `src/` or compiled into another folder (`npm run build`'s `dist/src/`).
 */
export const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  /** Absent: citebot runs the same commands in a local console. */
  discordToken: string | null;
  applicationId: string | null;
  guildId: string | null;
  /** REST base URL override (a REST proxy, or the fake Discord in tests). */
  apiUrl: string | null;
  moderatorRoleIds: string[];
  seedsDir: string;
  logLevel: LogLevel | null;
  maxFileBytes: number;
  askCooldownSeconds: number;
  buttonTtlMinutes: number;
  shardCount: number | 'auto';
  /** Refreshed while connected to Discord, for a container HEALTHCHECK; null: none. */
  healthFile: string | null;
  /** How long Discord may stay unreachable (at start-up, or the gateway later) before the process exits for its supervisor. */
  discordGiveUpSeconds: number;
  /** The question log: `file:/absolute/path.db` (relative paths are made absolute from the project) or `:memory:`. */
  databaseUrl: string;
  /** INSIGHTS=off: nothing is recorded. */
  insights: boolean;
  /** Question-log rows older than this are deleted, daily. */
  insightsRetentionDays: number;
  /** Key for hashing user ids (INSIGHTS_KEY); null: a key generated once and kept beside the database. */
  insightsKey: string | null;
  /** The shards this process serves out of `shardCount` (a number then); absent: all of them. */
  shardIds?: readonly number[];
  /** Redis shared by every host (reloads, cooldowns, button sessions); absent: nothing is shared. */
  redisUrl?: string;
}

/**
 * A bad setting: the message names the variable and what it should look like.
 * loadConfig reports every bad setting at once: `problems` lists them all (this one first).
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(
    readonly variable: string,
    /** What is wrong, without the variable's name. */
    readonly detail: string,
    others: readonly ConfigError[] = [],
  ) {
    const problems = [`${variable} ${detail}`, ...others.flatMap((o) => o.problems)];
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** Bad settings found so far by the loadConfig call under way (it is synchronous, so one list serves). */
let found: ConfigError[] | null = null;

/** Records a bad setting and carries on with its default, so that one run reports every bad setting. */
function invalid<T>(error: ConfigError, fallback: T): T {
  if (found === null) throw error;
  found.push(error);
  return fallback;
}

const SNOWFLAKE = /^\d{17,20}$/;

/**
 * Reads settings once, from the environment and then `.env` (the environment
 * wins), and validates all of them. Throws one ConfigError listing every bad one.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile: string | null = path.join(PROJECT_ROOT, '.env')): Config {
  const problems: ConfigError[] = [];
  found = problems;
  let config: Config | null = null;
  try {
    config = readSettings(env, envFile);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(error);
  } finally {
    found = null;
  }
  const [first, ...others] = problems;
  if (first || config === null) throw new ConfigError(first?.variable ?? 'configuration', first?.detail ?? 'could not be read', others);
  return config;
}

function readSettings(env: NodeJS.ProcessEnv, envFile: string | null): Config {
  const fromFile = envFile !== null && existsSync(envFile) ? dotenv.parse(readFileSync(envFile)) : {};
  const get = (name: string): string | undefined => {
    const value = env[name] ?? fromFile[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };

  const shardCount = shards(get('SHARD_COUNT'));
  const shardIds = shardIdsOf(get('SHARD_IDS'), shardCount);
  const redisUrl = redisUrlOf(get('REDIS_URL'));
  return {
    discordToken: botToken(get('DISCORD_TOKEN')),
    applicationId: snowflake('DISCORD_APPLICATION_ID', get('DISCORD_APPLICATION_ID')),
    guildId: snowflake('DISCORD_GUILD_ID', get('DISCORD_GUILD_ID')),
    apiUrl: httpUrl('DISCORD_API_URL', get('DISCORD_API_URL')),
    moderatorRoleIds: (get('MODERATOR_ROLE_IDS') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((id) => {
        if (!SNOWFLAKE.test(id)) return invalid(new ConfigError('MODERATOR_ROLE_IDS', `must be comma-separated role IDs (17–20 digits); "${id}" is not one`), '');
        return id;
      })
      .filter((id) => id !== ''),
    seedsDir: path.resolve(PROJECT_ROOT, get('SEEDS_DIR') ?? 'seeds'),
    logLevel: oneOf('LOG_LEVEL', get('LOG_LEVEL'), LOG_LEVELS),
    maxFileBytes: number('CORPUS_MAX_FILE_MB', get('CORPUS_MAX_FILE_MB'), 10, 0.001, 1024) * 1024 * 1024,
    askCooldownSeconds: number('ASK_COOLDOWN_SECONDS', get('ASK_COOLDOWN_SECONDS'), 3, 0, 3600),
    buttonTtlMinutes: number('BUTTON_TTL_MINUTES', get('BUTTON_TTL_MINUTES'), 15, 1, 24 * 60),
    shardCount,
    healthFile: get('HEALTH_FILE') ?? null,
    discordGiveUpSeconds: number('DISCORD_GIVE_UP_SECONDS', get('DISCORD_GIVE_UP_SECONDS'), 300, 1, 86_400),
    databaseUrl: databaseUrl(get('DATABASE_URL')),
    insights: onOff('INSIGHTS', get('INSIGHTS'), true),
    insightsRetentionDays: number('INSIGHTS_RETENTION_DAYS', get('INSIGHTS_RETENTION_DAYS'), 90, 1, 3650),
    insightsKey: sharedKey(secretKey('INSIGHTS_KEY', get('INSIGHTS_KEY')), get('DATABASE_URL')),
    ...(shardIds !== undefined ? { shardIds } : {}),
    ...(redisUrl !== undefined ? { redisUrl } : {}),
  };
}

function botToken(value: string | undefined): string | null {
  if (value === undefined) return null;
  // The token never appears in these messages: it may be a real one pasted slightly wrong.
  if (/^bot\s/i.test(value)) {
    return invalid(new ConfigError('DISCORD_TOKEN', 'starts with "Bot ": remove that prefix and keep only the token itself (citebot adds "Bot " when it calls Discord)'), null);
  }
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) {
    return invalid(new ConfigError('DISCORD_TOKEN', 'does not look like a bot token (three dot-separated parts); copy it again from the Developer Portal, Bot page'), null);
  }
  return value;
}

const DEFAULT_DATABASE_URL = 'file:data/citebot.db';

function databaseUrl(value: string | undefined): string {
  const url = value ?? DEFAULT_DATABASE_URL;
  if (url === ':memory:') return url;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return postgresUrl(url);
  if (!url.startsWith('file:') || url.length === 'file:'.length) {
    return invalid(new ConfigError('DATABASE_URL', `must be a SQLite file URL such as file:data/citebot.db (or :memory:), or postgres://user:password@host:5432/database, got "${url}"`), databaseUrl(undefined));
  }
  const rest = url.slice('file:'.length);
  let filePath: string;
  try {
    filePath = rest.startsWith('//') ? fileURLToPath(url) : decodeURIComponent(rest.split('?')[0] ?? '');
  } catch {
    return invalid(new ConfigError('DATABASE_URL', `is not a valid file URL: "${url}"`), databaseUrl(undefined));
  }
  return `file:${path.resolve(PROJECT_ROOT, filePath)}`;
}

/** A PostgreSQL URL may hold a password: an error never repeats it. */
function postgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return invalid(new ConfigError('DATABASE_URL', 'is not a valid PostgreSQL URL; write it as postgres://user:password@host:5432/database'), url);
  }
  if (parsed.hostname === '' || parsed.pathname.length <= 1) {
    return invalid(new ConfigError('DATABASE_URL', 'must name a host and a database, as in postgres://user:password@host:5432/database'), url);
  }
  return url;
}

function onOff(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  if (['on', 'true', 'yes', '1'].includes(lower)) return true;
  if (['off', 'false', 'no', '0'].includes(lower)) return false;
  return invalid(new ConfigError(name, `must be on or off, got "${value}"`), fallback);
}

function secretKey(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  // The value itself never goes into the message: it is a secret.
  if (value.length < 32) return invalid(new ConfigError(name, `must be at least 32 characters (yours has ${value.length}); make one with: openssl rand -hex 32`), null);
  return value;
}

/** Hosts sharing PostgreSQL must hash member ids alike, and there is no file beside the database to keep a key in. */
function sharedKey(key: string | null, database: string | undefined): string | null {
  if (key === null && database !== undefined && /^postgres(ql)?:\/\//.test(database)) {
    return invalid(
      new ConfigError(
        'INSIGHTS_KEY',
        'must be set when DATABASE_URL is PostgreSQL: every host hashes member ids with it, so /forget-me finds a member\'s rows whichever host wrote them; make one with: openssl rand -hex 32',
      ),
      null,
    );
  }
  return key;
}

function snowflake(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!SNOWFLAKE.test(value)) return invalid(new ConfigError(name, `must be a Discord ID (17–20 digits), got "${value}"`), null);
  return value;
}

function httpUrl(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return invalid(new ConfigError(name, `must be an http(s) URL such as http://127.0.0.1:8080/api, got "${value}"`), null);
  }
  return value.replace(/\/+$/, '');
}

function number(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    return invalid(new ConfigError(name, `must be a number from ${min} to ${max}, got "${value}"`), fallback);
  }
  return parsed;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | null {
  if (value === undefined) return null;
  const lower = value.toLowerCase();
  if (!(allowed as readonly string[]).includes(lower)) return invalid(new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}"`), null);
  return lower as T;
}

function shards(value: string | undefined): number | 'auto' {
  if (value === undefined || value.toLowerCase() === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) return invalid(new ConfigError('SHARD_COUNT', `must be "auto" or a whole number from 1 to 1000, got "${value}"`), 'auto');
  return n;
}

function shardIdsOf(value: string | undefined, shardCount: number | 'auto'): number[] | undefined {
  if (value === undefined) return undefined;
  try {
    return parseShardIds(value, shardCount);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return invalid(error, undefined);
  }
}

/**
 * SHARD_IDS: shard numbers and ranges, such as `0,1`, `0-3` or `0-3,8`, all below SHARD_COUNT,
 * each once. Every host must agree on the total, so SHARD_COUNT must then be a number.
 */
export function parseShardIds(value: string, shardCount: number | 'auto'): number[] {
  if (shardCount === 'auto') {
    throw new ConfigError('SHARD_COUNT', 'must be the total number of shards when SHARD_IDS is set (every host must use the same total), not "auto"');
  }
  const ids: number[] = [];
  const seen = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const match = /^(\d{1,4})(?:\s*-\s*(\d{1,4}))?$/.exec(part);
    if (!match) throw new ConfigError('SHARD_IDS', `must be shard numbers or ranges such as 0,1 or 0-3; "${part}" is not one`);
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last < first) throw new ConfigError('SHARD_IDS', `has the range "${part}" backwards; write ${last}-${first}`);
    for (let id = first; id <= last; id++) {
      if (id >= shardCount) {
        throw new ConfigError('SHARD_IDS', `lists shard ${id}, but SHARD_COUNT is ${shardCount}: shards are numbered 0 to ${shardCount - 1}`);
      }
      if (seen.has(id)) throw new ConfigError('SHARD_IDS', `lists shard ${id} twice`);
      seen.add(id);
      ids.push(id);
    }
  }
  return ids.sort((a, b) => a - b);
}

function redisUrlOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid(new ConfigError('REDIS_URL', 'must be a URL such as redis://redis:6379 (or rediss:// for TLS)'), undefined);
  }
  // The value may hold a password: the message never repeats it.
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return invalid(new ConfigError('REDIS_URL', `must start with redis:// or rediss://, not ${url.protocol}//`), undefined);
  if (url.hostname === '') return invalid(new ConfigError('REDIS_URL', 'must name a host, such as redis://redis:6379'), undefined);
  return value;
}
