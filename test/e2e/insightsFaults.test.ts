/**
 * The question log's database failing under a running bot: deleted, made read-only, locked by
 * another process, or unusable at start-up. Answers must keep flowing and the log must say what
 * happened. Tests run as root, whom file permissions do not stop, so "read-only" is the
 * filesystem's immutable attribute (chattr +i), which refuses writes even to root.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MODERATOR_ROLE_ID, newUser, startTestBot, visibleText, type TestBot } from './startTestBot.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Whether this filesystem honours chattr +i (ext4 and most local filesystems do; tmpfs and overlayfs may not). */
function immutableSupported(): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-chattr-'));
  const file = path.join(dir, 'probe');
  writeFileSync(file, 'x');
  const set = spawnSync('chattr', ['+i', file]);
  let refused = false;
  if (set.status === 0) {
    try {
      writeFileSync(file, 'y');
    } catch {
      refused = true;
    }
    spawnSync('chattr', ['-i', file]);
  }
  rmSync(dir, { recursive: true, force: true });
  return refused;
}
const CHATTR = immutableSupported();

let dir: string | null = null;
let holder: ChildProcess | null = null;
const immutable = new Set<string>();

function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f));
}

function setImmutable(files: string[], on: boolean): void {
  for (const file of files) {
    const result = spawnSync('chattr', [on ? '+i' : '-i', file], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`chattr failed on ${file}: ${result.stderr}`);
    if (on) immutable.add(file);
    else immutable.delete(file);
  }
}

afterEach(async () => {
  setImmutable([...immutable], false);
  if (holder && holder.exitCode === null) {
    holder.kill('SIGKILL');
    await once(holder, 'exit');
  }
  holder = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function newDatabase(): { file: string; url: string } {
  dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-faults-'));
  const file = path.join(dir, 'citebot.db');
  return { file, url: `file:${file}` };
}

/** Another process holding the database's write lock (BEGIN IMMEDIATE) until it is told to let go. */
async function holdWriteLock(url: string): Promise<{ release: () => Promise<void> }> {
  const code = `
    import { createClient } from '@libsql/client';
    const client = createClient({ url: process.env.LOCK_URL, concurrency: 1 });
    const tx = await client.transaction('write');
    await tx.execute('CREATE TABLE IF NOT EXISTS lock_holder (x INTEGER)');
    process.stdout.write('locked\\n');
    process.stdin.on('data', async () => { await tx.rollback(); client.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, LOCK_URL: url }, stdio: ['pipe', 'pipe', 'inherit'] });
  holder = child;
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.once('exit', (c) => reject(new Error(`the lock holder exited with ${c}`)));
  });
  return {
    release: async () => {
      child.stdin?.write('go\n');
      await once(child, 'exit');
    },
  };
}

async function askAndExpectAnswer(t: TestBot, question: string): Promise<void> {
  const body = await t.fake.sendCommand('ask', { question }, { user: newUser() }).reply();
  expect(body.type).toBe(4);
  expect((body.data?.embeds ?? []).length).toBeGreaterThan(0);
}

async function insightsText(t: TestBot): Promise<string> {
  const body = await t.fake.sendCommand('insights', {}, { user: newUser('mod'), roles: [MODERATOR_ROLE_ID] }).reply(10_000);
  return visibleText(body.data);
}

describe('the question log when its database fails', () => {
  it('GIVEN a running bot WHEN the database file is deleted THEN answers go on, the log says so, and recording goes on in a new file', async () => {
    const { file, url } = newDatabase();
    const t = await startTestBot({ insights: true, config: { databaseUrl: url } });
    await askAndExpectAnswer(t, 'What is Lemon8?');
    await t.runtime.insights.flush();

    for (const f of databaseFiles(file)) rmSync(f);
    await askAndExpectAnswer(t, 'How many new users joined RedNote?');
    await t.runtime.insights.flush();
    const line = await t.waitForLog((l) => l.event === 'insights-database-recreated');
    expect(line.msg).toContain(`the database file ${file} was deleted while citebot was running`);
    expect(line.level).toBe(40);
    expect(existsSync(file)).toBe(true);
    expect(await insightsText(t)).toMatch(/Questions\n1 \(/);
  });

  it.runIf(CHATTR)('GIVEN a running bot WHEN the database is made read-only THEN answers go on, the failure is logged and counted, and the questions kept meanwhile are saved once it is writable again', async () => {
    const { file, url } = newDatabase();
    const t = await startTestBot({ insights: true, config: { databaseUrl: url } });
    await askAndExpectAnswer(t, 'What is Lemon8?');
    await t.runtime.insights.flush();

    // The database and its write-ahead log. Not the -shm index: SQLite maps it into memory, and a
    // mapped file turned immutable kills the process with SIGBUS, whatever the program does.
    setImmutable([file, `${file}-wal`], true);
    await askAndExpectAnswer(t, 'How many new users joined RedNote?');
    await askAndExpectAnswer(t, 'Who is Ren Yi?');
    await t.runtime.insights.flush();
    const failed = await t.waitForLog((l) => l.event === 'insights-write-failed');
    expect(failed).toMatchObject({ level: 40, records: 2, queued: 2, failedWrites: 1 });
    expect(String(failed.reason)).toMatch(/disk refused the write|cannot be written/);
    expect(t.runtime.insights.status()).toMatchObject({ failedWrites: 1, queued: 2, droppedRecords: 0 });
    // Moderators see it too (the report itself still reads the file).
    expect(await insightsText(t)).toMatch(/Writing the question log fails/);

    setImmutable([...immutable], false);
    await t.runtime.insights.flush();
    expect(await t.waitForLog((l) => l.event === 'insights-write-recovered')).toMatchObject({ level: 30, droppedRecords: 0 });
    expect(await insightsText(t)).toMatch(/Questions\n3 \(/);
  });

  it('GIVEN a running bot WHEN another process locks the database THEN answers go on, the log says it is locked, and nothing is lost once the lock goes', async () => {
    const { url } = newDatabase();
    const t = await startTestBot({ insights: true, config: { databaseUrl: url } });
    await askAndExpectAnswer(t, 'What is Lemon8?');
    await t.runtime.insights.flush();

    const lock = await holdWriteLock(url);
    await askAndExpectAnswer(t, 'How many new users joined RedNote?');
    // The write waits out the busy timeout on its own thread while answers keep arriving.
    let writeSettled = false;
    const flushing = t.runtime.insights.flush().then(() => (writeSettled = true));
    await askAndExpectAnswer(t, 'Who is Ren Yi?');
    expect(writeSettled).toBe(false);
    await flushing;
    const failed = await t.waitForLog((l) => l.event === 'insights-write-failed');
    expect(failed).toMatchObject({ code: 'SQLITE_BUSY', reason: 'it is locked by another program' });

    await lock.release();
    await t.runtime.insights.flush();
    await t.runtime.insights.flush();
    await t.waitForLog((l) => l.event === 'insights-write-recovered');
    expect(await insightsText(t)).toMatch(/Questions\n3 \(/);
  });

  it('GIVEN a database locked by another process at start-up THEN the bot starts with a warning and a log in memory, and answers', async () => {
    const { url, file } = newDatabase();
    const lock = await holdWriteLock(url);
    const t = await startTestBot({ insights: true, config: { databaseUrl: url } });
    const warning = await t.waitForLog((l) => l.event === 'insights-database-unavailable');
    expect(warning).toMatchObject({ level: 40, database: file, reason: 'it is locked by another program' });
    expect(warning.msg).toMatch(/Recording in memory for this run only/);
    await askAndExpectAnswer(t, 'What is Lemon8?');
    const text = await insightsText(t);
    expect(text).toMatch(/this run's questions are kept in memory only/);
    expect(text).toMatch(/Questions\n1 \(/);
    await lock.release();
  });

  it('GIVEN a corrupt database file at start-up THEN a warning says so, the file is left as it was, and the bot answers', async () => {
    const { url, file } = newDatabase();
    const garbage = 'this is not a database\n'.repeat(400);
    writeFileSync(file, garbage);
    const t = await startTestBot({ insights: true, config: { databaseUrl: url } });
    const warning = await t.waitForLog((l) => l.event === 'insights-database-unavailable');
    expect(String(warning.reason)).toMatch(/^it is not a valid SQLite database/);
    await askAndExpectAnswer(t, 'What is Lemon8?');
    expect(readFileSync(file, 'utf8')).toBe(garbage);
  });

  it.runIf(CHATTR)('GIVEN a read-only database file at start-up THEN a warning says it cannot be written, and the bot answers', async () => {
    const { url, file } = newDatabase();
    const first = await startTestBot({ insights: true, config: { databaseUrl: url } });
    await first.stop();
    setImmutable(databaseFiles(file), true);
    const t = await startTestBot({ insights: true, config: { databaseUrl: url } });
    const warning = await t.waitForLog((l) => l.event === 'insights-database-unavailable');
    expect(String(warning.reason)).toMatch(/cannot be written|disk refused/);
    await askAndExpectAnswer(t, 'What is Lemon8?');
    expect(await insightsText(t)).toMatch(/kept in memory only/);
  });
});
