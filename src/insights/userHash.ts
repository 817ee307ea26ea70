import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A member's rows carry HMAC-SHA256(key, Discord user id), never the id: a copy of the
 * database alone does not say who asked what, yet /forget-me finds a member's own rows.
 */
export function hashUserId(key: Buffer, userId: string): string {
  return createHmac('sha256', key).update(userId, 'utf8').digest('hex');
}

export interface InsightsKey {
  key: Buffer;
  /** Where it came from, for the start-up log line (never the key itself). */
  source: 'INSIGHTS_KEY' | 'key file' | 'this run only';
  file: string | null;
}

/** `<database file>.key`: kept beside the database, never inside it, so a copy of the database alone is not enough. */
export function keyFileFor(databaseFile: string): string {
  return `${databaseFile}.key`;
}

/**
 * INSIGHTS_KEY when set; otherwise the key file beside the database, created once
 * (readable by its owner only). Shards starting together agree on one key: each
 * writes its candidate aside and links it into place, and the first link wins.
 */
export function resolveInsightsKey(configured: string | null, databaseFile: string | null): InsightsKey {
  if (configured !== null) return { key: Buffer.from(configured, 'utf8'), source: 'INSIGHTS_KEY', file: null };
  if (databaseFile === null) return { key: randomBytes(32), source: 'this run only', file: null };
  const file = keyFileFor(databaseFile);
  const existing = readKey(file);
  if (existing) return { key: existing, source: 'key file', file };
  const candidate = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(candidate, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    try {
      linkSync(candidate, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  } finally {
    rmSync(candidate, { force: true });
  }
  const created = readKey(file);
  if (!created) throw new Error(`the key file ${file} is empty or unreadable`);
  return { key: created, source: 'key file', file };
}

function readKey(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return text === '' ? null : Buffer.from(text, 'utf8');
}
