import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseShardIds } from '../../src/config/loadConfig.js';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env, null);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

/** Consecutive runs of sorted ids written as ranges, the rest one by one, in a shuffled order. */
function writeSlice(ids: readonly number[], useRanges: boolean, order: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const first = ids[i]!;
    let last = first;
    if (useRanges) while (ids[i + 1] === last + 1) last = ids[++i]!;
    parts.push(first === last ? String(first) : `${first}-${last}`);
  }
  return parts
    .map((part, i) => ({ part, key: order[i % order.length] ?? 0 }))
    .sort((a, b) => a.key - b.key)
    .map((p) => p.part)
    .join(',');
}

describe('SHARD_IDS and SHARD_COUNT: the slice of shards this process serves', () => {
  it('GIVEN neither THEN no slice: the single-process default is untouched', () => {
    const config = loadConfig({}, null);
    expect(config.shardIds).toBeUndefined();
    expect(config.shardCount).toBe('auto');
  });

  it('GIVEN SHARD_IDS=0,1 of SHARD_COUNT=4 THEN shards 0 and 1', () => {
    expect(loadConfig({ SHARD_IDS: '0,1', SHARD_COUNT: '4' }, null)).toMatchObject({ shardIds: [0, 1], shardCount: 4 });
  });

  it('GIVEN ranges, spaces and any order THEN the shards sorted, each once', () => {
    expect(loadConfig({ SHARD_IDS: ' 6 , 0 - 3 ', SHARD_COUNT: '8' }, null).shardIds).toEqual([0, 1, 2, 3, 6]);
    expect(loadConfig({ SHARD_IDS: '1', SHARD_COUNT: '2' }, null).shardIds).toEqual([1]);
  });

  it('GIVEN SHARD_IDS in .env THEN read from there like every other setting', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-slice-'));
    const envFile = path.join(dir, '.env');
    await writeFile(envFile, 'SHARD_IDS=2-3\nSHARD_COUNT=4\n');
    expect(loadConfig({}, envFile).shardIds).toEqual([2, 3]);
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN a shard at or past SHARD_COUNT THEN a ConfigError naming SHARD_IDS and the valid numbers', () => {
    const error = configError({ SHARD_IDS: '0-2', SHARD_COUNT: '2' });
    expect(error.variable).toBe('SHARD_IDS');
    expect(error.message).toBe('SHARD_IDS lists shard 2, but SHARD_COUNT is 2: shards are numbered 0 to 1');
  });

  it('GIVEN a shard listed twice THEN a ConfigError saying which', () => {
    expect(configError({ SHARD_IDS: '0-2,1', SHARD_COUNT: '4' }).message).toBe('SHARD_IDS lists shard 1 twice');
  });

  it('GIVEN a range written backwards THEN a ConfigError showing the right way round', () => {
    expect(configError({ SHARD_IDS: '3-1', SHARD_COUNT: '4' }).message).toBe('SHARD_IDS has the range "3-1" backwards; write 1-3');
  });

  it.each(['zero', '0,,1', '-1', '1.5', '0;1', '0-', '1-2-3', '12345'])('GIVEN SHARD_IDS=%j THEN a ConfigError quoting the bad part', (value) => {
    const error = configError({ SHARD_IDS: value, SHARD_COUNT: '4' });
    expect(error.variable).toBe('SHARD_IDS');
    expect(error.message).toMatch(/must be shard numbers or ranges such as 0,1 or 0-3; ".*" is not one/);
  });

  it('GIVEN SHARD_IDS with SHARD_COUNT unset or auto THEN a ConfigError: every host must use the same total', () => {
    for (const count of [undefined, 'auto']) {
      const error = configError({ SHARD_IDS: '0', ...(count !== undefined ? { SHARD_COUNT: count } : {}) });
      expect(error.variable).toBe('SHARD_COUNT');
      expect(error.message).toMatch(/must be the total number of shards when SHARD_IDS is set/);
    }
  });

  it('PROPERTY: any set of shards below the count, written as numbers and ranges in any order, reads back sorted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 96 }).chain((count) =>
          fc.tuple(fc.constant(count), fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), { minLength: 1, maxLength: count }), fc.boolean(), fc.array(fc.nat(), { minLength: 1, maxLength: 8 })),
        ),
        ([count, ids, useRanges, order]) => {
          const sorted = [...ids].sort((a, b) => a - b);
          expect(parseShardIds(writeSlice(sorted, useRanges, order), count)).toEqual(sorted);
        },
      ),
    );
  });

  it('PROPERTY: any text either reads as valid shards (each once, below the count, sorted) or is a ConfigError, never anything else', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9, -]{0,12}$/), fc.integer({ min: 1, max: 16 }), (text, count) => {
        try {
          const ids = parseShardIds(text, count);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.every((id) => Number.isInteger(id) && id >= 0 && id < count)).toBe(true);
          expect(ids).toEqual([...ids].sort((a, b) => a - b));
          expect(ids.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
        }
      }),
    );
  });
});

describe('REDIS_URL', () => {
  it('GIVEN none THEN nothing is shared (absent from the config)', () => {
    expect(loadConfig({}, null).redisUrl).toBeUndefined();
  });

  it('GIVEN redis:// or rediss:// THEN kept as given', () => {
    expect(loadConfig({ REDIS_URL: 'redis://redis:6379' }, null).redisUrl).toBe('redis://redis:6379');
    expect(loadConfig({ REDIS_URL: 'rediss://:s3cret@cache.example:6380/2' }, null).redisUrl).toBe('rediss://:s3cret@cache.example:6380/2');
  });

  it('GIVEN another scheme or no URL at all THEN a ConfigError that never repeats the value (it may hold a password)', () => {
    const wrongScheme = configError({ REDIS_URL: 'http://:hunter22@redis:6379' });
    expect(wrongScheme.variable).toBe('REDIS_URL');
    expect(wrongScheme.message).toBe('REDIS_URL must start with redis:// or rediss://, not http://');
    const notUrl = configError({ REDIS_URL: 'hunter22 redis' });
    expect(notUrl.message).toBe('REDIS_URL must be a URL such as redis://redis:6379 (or rediss:// for TLS)');
    expect(notUrl.message).not.toContain('hunter22');
  });
});

describe('DATABASE_URL on PostgreSQL', () => {
  const KEY = '0123456789abcdef0123456789abcdef';

  it('GIVEN postgres:// or postgresql:// with INSIGHTS_KEY THEN the URL is kept as given', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://citebot:s3cret@postgres:5432/citebot', INSIGHTS_KEY: KEY }, null).databaseUrl).toBe('postgres://citebot:s3cret@postgres:5432/citebot');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db.internal/citebot?sslmode=require', INSIGHTS_KEY: KEY }, null).databaseUrl).toBe('postgresql://db.internal/citebot?sslmode=require');
  });

  it('GIVEN PostgreSQL without INSIGHTS_KEY THEN a ConfigError: every host must hash member ids with the same key', () => {
    const error = configError({ DATABASE_URL: 'postgres://citebot@postgres/citebot' });
    expect(error.variable).toBe('INSIGHTS_KEY');
    expect(error.message).toMatch(/must be set when DATABASE_URL is PostgreSQL: every host hashes member ids with it.*openssl rand -hex 32/);
  });

  it('GIVEN a PostgreSQL URL without a database THEN a ConfigError that never repeats the password', () => {
    const error = configError({ DATABASE_URL: 'postgres://citebot:hunter22@postgres:5432', INSIGHTS_KEY: KEY });
    expect(error.message).toBe('DATABASE_URL must name a host and a database, as in postgres://user:password@host:5432/database');
    expect(error.message).not.toContain('hunter22');
  });

  it('GIVEN another kind of database URL THEN the error names both kinds citebot can use', () => {
    expect(configError({ DATABASE_URL: 'mysql://db/citebot' }).message).toMatch(/SQLite file URL such as file:data\/citebot\.db \(or :memory:\), or postgres:\/\/user:password@host:5432\/database/);
  });
});
