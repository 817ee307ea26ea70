import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDatabaseThread } from '../../src/insights/databaseThread.js';
import { createInsightsStore } from '../../src/insights/insightsStore.js';
import { openLibsql } from '../../src/insights/libsqlConnection.js';
import { migrate, MIGRATIONS } from '../../src/insights/migrations.js';
import { DAY_MS } from '../../src/insights/records.js';
import type { SqlConnection } from '../../src/insights/sqlConnection.js';
import { ask, NOW, press } from './sampleRecords.js';

const open: SqlConnection[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function memoryStore() {
  const db = await openLibsql(':memory:');
  open.push(db);
  await migrate(db);
  return { db, store: createInsightsStore(db) };
}

describe('the question log store', () => {
  it('GIVEN questions over two periods WHEN summarised THEN counts, the previous period, and the per-day series come back right', async () => {
    const { store } = await memoryStore();
    await store.write([
      ask('What is RedNote?', 'answered'),
      ask('what is rednote', 'answered', { at: NOW - 2 * DAY_MS }),
      ask('Who won the Super Bowl?', 'not-found'),
      ask('who won the super bowl', 'not-found', { at: NOW - DAY_MS }),
      ask('Is Lemon8 owned by ByteDance?', 'low-confidence'),
      ask('???', 'empty-question', { normalized: '' }),
      ask('old question', 'answered', { at: NOW - 10 * DAY_MS }),
      ask('older than both periods', 'not-found', { at: NOW - 20 * DAY_MS }),
    ]);
    const { report, perDay } = await store.summarize(7, NOW);
    expect(report).toMatchObject({ days: 7, questions: 6, answered: 2, lowConfidence: 1, notFound: 3, previous: { questions: 1, answered: 1, notFound: 0 } });
    expect(report.topUnanswered).toEqual([{ question: 'who won the super bowl', count: 2 }]);
    // Ties: the most recent first, then alphabetical.
    expect(report.mostAsked.slice(0, 2)).toEqual([
      { question: 'what is rednote', count: 2 },
      { question: 'who won the super bowl', count: 2 },
    ]);
    expect(perDay).toHaveLength(7);
    expect(perDay.at(-1)).toEqual({ day: '2025-01-20', answered: 1, lowConfidence: 1, notFound: 2 });
    expect(perDay.at(-2)).toEqual({ day: '2025-01-19', answered: 0, lowConfidence: 0, notFound: 1 });
    expect(perDay.at(-3)).toEqual({ day: '2025-01-18', answered: 1, lowConfidence: 0, notFound: 0 });
    expect(perDay.reduce((n, d) => n + d.answered + d.lowConfidence + d.notFound, 0)).toBe(report.questions);
  });

  it('GIVEN votes from several members WHEN summarised THEN the most down-voted answers list question, article and distinct votes', async () => {
    const { store } = await memoryStore();
    const weak = ask('How many users joined RedNote?', 'answered');
    const weakAgain = ask('how many users joined rednote', 'answered', { userHash: 'member-b' });
    const good = ask('What is Lemon8?', 'answered', { topDocumentTitle: 'Lemon8 article' });
    await store.write([
      weak,
      weakAgain,
      good,
      press(weak, 'vote-down', 'member-a'),
      press(weak, 'vote-down', 'member-a'), // the same member twice counts once
      press(weakAgain, 'vote-down', 'member-b'),
      press(weak, 'vote-up', 'member-c'),
      press(good, 'vote-up', 'member-a'),
      press(good, 'page', 'member-a'),
    ]);
    const { report } = await store.summarize(7, NOW);
    expect(report.mostDownvoted).toEqual([{ question: 'how many users joined rednote', down: 2, up: 1, document: 'China Embraces Surge' }]);
  });

  it('GIVEN a member WHEN forgotten THEN their questions, their presses and presses on their answers go, and the count says so', async () => {
    const { store } = await memoryStore();
    const mine = ask('mine', 'answered', { userHash: 'me' });
    const theirs = ask('theirs', 'answered', { userHash: 'them' });
    await store.write([mine, theirs, press(mine, 'vote-down', 'them'), press(theirs, 'vote-up', 'me'), press(theirs, 'page', 'them')]);
    expect(await store.forget('me')).toBe(3);
    const { report } = await store.summarize(7, NOW);
    expect(report.questions).toBe(1);
    expect(report.mostAsked).toEqual([{ question: 'theirs', count: 1 }]);
    expect(await store.forget('me')).toBe(0);
  });

  it('GIVEN rows older than the retention cutoff WHEN pruned THEN only those go', async () => {
    const { store } = await memoryStore();
    const old = ask('old', 'answered', { at: NOW - 100 * DAY_MS });
    await store.write([old, press(old, 'vote-up', 'x', NOW - 100 * DAY_MS), ask('new', 'answered')]);
    expect(await store.prune(NOW - 90 * DAY_MS)).toBe(2);
    expect((await store.summarize(365, NOW)).report.questions).toBe(1);
  });

  it('GIVEN a write batch with a bad row WHEN written THEN none of the batch is kept', async () => {
    const { store } = await memoryStore();
    const first = ask('first', 'answered');
    await expect(store.write([ask('second', 'answered'), { ...first }, first])).rejects.toThrow(/UNIQUE|constraint/i);
    expect((await store.summarize(7, NOW)).report.questions).toBe(0);
  });
});

describe('migrations', () => {
  it('GIVEN a new file WHEN two threads (as two shards would) open and migrate it at once THEN each version is applied exactly once', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-migrate-'));
    dirs.push(dir);
    const url = `file:${path.join(dir, 'log.db')}`;
    const [a, b] = await Promise.all([startDatabaseThread({ url, baseDir: dir }), startDatabaseThread({ url, baseDir: dir })]);
    try {
      expect([...a.applied, ...b.applied]).toEqual(MIGRATIONS.map((m) => m.version));
      await a.write([ask('from shard a', 'answered')]);
      await b.write([ask('from shard b', 'answered')]);
      expect((await a.summarize(7, NOW)).report.questions).toBe(2);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    const db = await openLibsql(url);
    open.push(db);
    expect((await migrate(db)).applied).toEqual([]);
  });

  it('GIVEN a database migrated by a newer citebot WHEN opened THEN it is flagged, and nothing is undone', async () => {
    const db = await openLibsql(':memory:');
    open.push(db);
    await migrate(db, [...MIGRATIONS, { version: 99, name: 'from the future', statements: ['CREATE TABLE future_things (id TEXT)'] }]);
    const result = await migrate(db);
    expect(result).toMatchObject({ applied: [], version: 99, newer: true });
    expect(await db.query('SELECT COUNT(*) AS n FROM future_things')).toEqual([{ n: 0 }]);
  });
});
