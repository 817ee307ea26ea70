import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashUserId, keyFileFor, resolveInsightsKey } from '../../src/insights/userHash.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('user id hashing', () => {
  it('GIVEN one key THEN a member always gets the same hash, others a different one, and the id is not in it', () => {
    const key = Buffer.from('k'.repeat(32));
    const hash = hashUserId(key, '300000000000000001');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashUserId(key, '300000000000000001')).toBe(hash);
    expect(hashUserId(key, '300000000000000002')).not.toBe(hash);
    expect(hashUserId(Buffer.from('j'.repeat(32)), '300000000000000001')).not.toBe(hash);
    expect(hash).not.toContain('300000000000000001');
  });

  it('GIVEN INSIGHTS_KEY THEN it is the key, and no file is made', () => {
    expect(resolveInsightsKey('s'.repeat(40), '/nonexistent/citebot.db')).toEqual({ key: Buffer.from('s'.repeat(40)), source: 'INSIGHTS_KEY', file: null });
  });

  it('GIVEN no key and a database in memory THEN a key for this run only', () => {
    const a = resolveInsightsKey(null, null);
    expect(a.source).toBe('this run only');
    expect(resolveInsightsKey(null, null).key.equals(a.key)).toBe(false);
  });

  it('GIVEN no key and a database file THEN one key file is made beside it (owner-only), and every later call agrees on it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-keyfile-'));
    dirs.push(dir);
    const db = path.join(dir, 'citebot.db');
    const keys = Array.from({ length: 5 }, () => resolveInsightsKey(null, db));
    expect(new Set(keys.map((k) => k.key.toString('hex'))).size).toBe(1);
    expect(keys[0]).toMatchObject({ source: 'key file', file: keyFileFor(db) });
    expect((await stat(keyFileFor(db))).mode & 0o777).toBe(0o600);
    expect((await readFile(keyFileFor(db), 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
    // No temporary candidates are left behind.
    expect(readdirSync(dir)).toEqual(['citebot.db.key']);
  });
});
