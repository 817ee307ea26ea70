import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answerQuestion.js';
import { DatabaseError, type InsightsDatabase } from '../../src/insights/databaseThread.js';
import { createInsightsStore } from '../../src/insights/insightsStore.js';
import { openLibsql } from '../../src/insights/libsqlConnection.js';
import { migrate } from '../../src/insights/migrations.js';
import { DAY_MS } from '../../src/insights/records.js';
import { InsightsRecorder, type RecorderSettings } from '../../src/insights/recorder.js';
import { captureLog } from '../captureLog.js';

const NOW = Date.UTC(2025, 0, 20, 12);
const recorders: InsightsRecorder[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const r of recorders.splice(0)) await r.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const capture = () => captureLog('debug');

/** The store in this thread (the thread itself is tested elsewhere), with writes that fail while `failing.code` is set. */
function inProcess(failing: { code: string | null } = { code: null }) {
  const opened: string[] = [];
  const open = async ({ url }: { url: string }): Promise<InsightsDatabase> => {
    opened.push(url);
    const db = await openLibsql(url);
    await migrate(db);
    const store = createInsightsStore(db);
    return {
      location: db.location,
      applied: [1],
      newer: false,
      ...store,
      write: async (records) => {
        if (failing.code !== null) throw new DatabaseError({ message: `${failing.code}: simulated`, code: failing.code });
        await store.write(records);
      },
      close: () => db.close(),
    };
  };
  return { open, opened };
}

function answer(question: string, status: Answer['status'] = 'not-found'): Answer {
  return { question, status, items: [], suggestions: [] };
}

function recorder(settings: Partial<RecorderSettings> = {}, failing?: { code: string | null }) {
  const { logger, lines } = capture();
  let now = NOW;
  const db = inProcess(failing);
  const r = new InsightsRecorder(
    { enabled: true, databaseUrl: ':memory:', retentionDays: 90, key: 'k'.repeat(32), source: 'discord', baseDir: os.tmpdir(), flushIntervalMs: 60_000, now: () => now, ...settings },
    logger,
    db.open,
  );
  recorders.push(r);
  return { r, lines, opened: db.opened, advance: (ms: number) => (now += ms) };
}

const ask = (r: InsightsRecorder, question: string, userId = '300000000000000001', status: Answer['status'] = 'not-found') =>
  r.recordAsk({ answer: answer(question, status), userId, guildId: '100000000000000001', locale: 'en-US', latencyMs: 1.234 });

describe('InsightsRecorder', () => {
  it('GIVEN INSIGHTS=off THEN nothing is recorded or opened, and /insights and /forget-me say so politely', async () => {
    const { r, opened } = recorder({ enabled: false });
    await r.open();
    expect(ask(r, 'anything')).toBeNull();
    expect(r.status()).toMatchObject({ mode: 'off', queued: 0 });
    expect(opened).toEqual([]);
    expect(await r.summarize(7)).toEqual({ ok: false, reason: 'Nothing is recorded: the question log is off (INSIGHTS=off).' });
    expect(await r.forget('300000000000000001')).toEqual({ ok: true, value: 0 });
  });

  it('GIVEN records queued within the flush interval WHEN /insights asks THEN they are written first and counted', async () => {
    const { r } = recorder();
    await r.open();
    ask(r, 'Who won the Super Bowl?');
    ask(r, 'who won the super bowl', '300000000000000002');
    expect(r.status().queued).toBe(2);
    const summary = await r.summarize(7);
    expect(summary.ok && summary.value.report).toMatchObject({ questions: 2, notFound: 2, topUnanswered: [{ question: 'who won the super bowl', count: 2 }] });
    expect(r.status().queued).toBe(0);
  });

  it('GIVEN a member with rows written and rows still queued WHEN they ask to be forgotten THEN both go, with the presses on their answers', async () => {
    const { r } = recorder();
    await r.open();
    const written = ask(r, 'first', '300000000000000001');
    await r.flush();
    const queued = ask(r, 'second', '300000000000000001');
    r.recordButton(queued, '300000000000000009', 'vote-down', 0);
    r.recordButton(written, '300000000000000009', 'vote-up', 0);
    ask(r, 'someone else', '300000000000000002');
    expect(await r.forget('300000000000000001')).toEqual({ ok: true, value: 4 });
    const summary = await r.summarize(7);
    expect(summary.ok && summary.value.report.questions).toBe(1);
  });

  it('GIVEN a failing database THEN records are kept for the next try, the first failure is logged at once and repeats only once a minute, and recovery is logged', async () => {
    const failing = { code: 'SQLITE_BUSY' as string | null };
    const { r, lines, advance } = recorder({}, failing);
    await r.open();
    ask(r, 'one');
    await r.flush();
    ask(r, 'two');
    await r.flush();
    const failures = () => lines.filter((l) => l.event === 'insights-write-failed');
    expect(failures()).toHaveLength(1);
    expect(failures()[0]).toMatchObject({ code: 'SQLITE_BUSY', reason: 'it is locked by another program', records: 1, queued: 1, failedWrites: 1 });
    expect(r.status()).toMatchObject({ queued: 2, failedWrites: 2, problem: expect.stringMatching(/^Writing the question log fails: it is locked/) });
    advance(61_000);
    await r.flush();
    expect(failures()).toHaveLength(2);

    failing.code = null;
    await r.flush();
    expect(lines.find((l) => l.event === 'insights-write-recovered')).toMatchObject({ failedWrites: 3, droppedRecords: 0 });
    expect(r.status()).toMatchObject({ queued: 0, problem: null });
    const summary = await r.summarize(7);
    expect(summary.ok && summary.value.report.questions).toBe(2);
  });

  it('GIVEN a database that keeps failing THEN the queue stays bounded: the oldest records are dropped and counted', async () => {
    const { r } = recorder({ maxQueued: 3 }, { code: 'SQLITE_IOERR' });
    await r.open();
    for (const q of ['a', 'b', 'c', 'd', 'e']) ask(r, q);
    await r.flush();
    expect(r.status()).toMatchObject({ queued: 3, droppedRecords: 2 });
  });

  it('GIVEN rows older than the retention WHEN the recorder opens THEN they are deleted and the log says how many', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-retention-'));
    dirs.push(dir);
    const url = `file:${path.join(dir, 'log.db')}`;
    const first = recorder({ databaseUrl: url, retentionDays: 30 });
    await first.r.open();
    ask(first.r, 'old');
    await first.r.close();
    const later = recorder({ databaseUrl: url, retentionDays: 30, now: () => NOW + 31 * DAY_MS });
    await later.r.open();
    expect(later.lines.find((l) => l.event === 'insights-pruned')).toMatchObject({ rows: 1, retentionDays: 30 });
  });

  it('GIVEN no INSIGHTS_KEY THEN a key file is made beside the database, readable by its owner only, and reused after a restart', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-key-'));
    dirs.push(dir);
    const url = `file:${path.join(dir, 'log.db')}`;
    const first = recorder({ databaseUrl: url, key: null });
    await first.r.open();
    ask(first.r, 'mine', '300000000000000001');
    await first.r.close();
    expect(first.lines.find((l) => l.event === 'insights-ready')).toMatchObject({ keyFrom: 'key file' });
    expect((await stat(path.join(dir, 'log.db.key'))).mode & 0o777).toBe(0o600);

    const second = recorder({ databaseUrl: url, key: null });
    await second.r.open();
    expect(await second.r.forget('300000000000000001')).toEqual({ ok: true, value: 1 });
  });

  it('GIVEN INSIGHTS=off and a database from before THEN /forget-me still deletes the member\'s rows from it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-off-'));
    dirs.push(dir);
    const url = `file:${path.join(dir, 'log.db')}`;
    const before = recorder({ databaseUrl: url });
    await before.r.open();
    ask(before.r, 'mine', '300000000000000001');
    await before.r.close();
    const off = recorder({ databaseUrl: url, enabled: false });
    await off.r.open();
    expect(await off.r.forget('300000000000000001')).toEqual({ ok: true, value: 1 });
  });

  it('GIVEN a database that cannot be opened THEN a warning names the file and the reason, and recording goes on in memory', async () => {
    const { logger, lines } = capture();
    const memory = inProcess();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-corrupt-'));
    dirs.push(dir);
    const file = path.join(dir, 'log.db');
    const r = new InsightsRecorder(
      { enabled: true, databaseUrl: `file:${file}`, retentionDays: 90, key: null, source: 'discord', baseDir: os.tmpdir() },
      logger,
      async (input) => {
        if (input.url !== ':memory:') throw new DatabaseError({ message: 'SQLITE_NOTADB: file is not a database', code: 'SQLITE_NOTADB' });
        return memory.open(input);
      },
    );
    recorders.push(r);
    await r.open();
    expect(lines.find((l) => l.event === 'insights-database-unavailable')).toMatchObject({
      level: 40,
      database: file,
      reason: 'it is not a valid SQLite database (corrupt, or another kind of file): SQLITE_NOTADB: file is not a database',
    });
    expect(r.status()).toMatchObject({ mode: 'memory', problem: expect.stringMatching(/kept in memory only/) });
    expect(ask(r, 'still recorded')).not.toBeNull();
    await expect(r.open()).resolves.toBeUndefined();
  });

  it('GIVEN an ask THEN the record holds the question, its normalised form, outcome, results, latency, guild and locale, and a hash instead of the user id', async () => {
    const { r } = recorder();
    await r.open();
    const queued: unknown[] = [];
    const id = r.recordAsk({ answer: answer('  Who WON the Super-Bowl?! ', 'not-found'), userId: '300000000000000001', guildId: null, locale: 'fr', latencyMs: 2.3456 });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    queued.push(...(r as unknown as { queue: unknown[] }).queue);
    expect(queued[0]).toMatchObject({
      type: 'ask',
      question: '  Who WON the Super-Bowl?! ',
      normalized: 'who won the super bowl',
      outcome: 'not-found',
      results: [],
      guildId: null,
      locale: 'fr',
      latencyMs: 2.35,
      source: 'discord',
      userHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.stringify(queued)).not.toContain('300000000000000001');
  });
});
