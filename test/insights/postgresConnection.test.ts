import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answerQuestion.js';
import { createInsightsStore } from '../../src/insights/insightsStore.js';
import { openLibsql } from '../../src/insights/libsqlConnection.js';
import { migrate } from '../../src/insights/migrations.js';
import { numberPlaceholders, openPostgres, postgresLocation } from '../../src/insights/postgresConnection.js';
import { InsightsRecorder, type RecorderSettings } from '../../src/insights/recorder.js';
import { DAY_MS, type InsightsRecord } from '../../src/insights/records.js';
import type { SqlConnection } from '../../src/insights/sqlConnection.js';
import { capturedLogger } from '../hosts/capturedLogger.js';
import { realServicesRequired, startPostgres, type LocalPostgres } from '../hosts/localServices.js';
import { ask, NOW, press } from './sampleRecords.js';

const describeWithPostgres = realServicesRequired() ? describe : describe.skip;
const KEY = 'f'.repeat(64);

describe('numberPlaceholders: the store\'s portable "?" in PostgreSQL\'s numbered form', () => {
  it('GIVEN placeholders and quoted question marks THEN only the placeholders are numbered, in order', () => {
    expect(numberPlaceholders("SELECT ? AS a, '?' AS b, \"odd?name\" FROM t WHERE x IN (?, ?) AND y = 'it''s ?'")).toBe(
      "SELECT $1 AS a, '?' AS b, \"odd?name\" FROM t WHERE x IN ($2, $3) AND y = 'it''s ?'",
    );
  });

  it('PROPERTY: text outside quotes keeps every character but "?", and the numbers run 1..n', () => {
    const quoted = fc.array(fc.constantFrom('a', '?', ' ', '"', "'", '$'), { maxLength: 6 }).map((chars) => `'${chars.join('').replace(/'/g, "''")}'`);
    const piece = fc.oneof(fc.constantFrom('?', ' ', ',', '(', ')', 'a'), quoted);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const sql = pieces.join('');
        const out = numberPlaceholders(sql);
        const placeholders = pieces.filter((p) => p === '?').length;
        // Outside quotes "$" never occurs in the input, so every $n is a numbered placeholder.
        const outside = out.replace(/'(?:[^']|'')*'/g, '');
        expect(outside.match(/\$\d+/g) ?? []).toEqual(Array.from({ length: placeholders }, (_, i) => `$${i + 1}`));
        expect(out.replace(/\$\d+/g, '?')).toBe(sql);
      }),
    );
  });

  it('GIVEN a URL with a password THEN the location for logs has host, port and database only', () => {
    expect(postgresLocation('postgres://citebot:s3cret@db.internal:5433/citebot?sslmode=require')).toBe('postgres://db.internal:5433/citebot');
  });
});

let server: LocalPostgres;
const connections: SqlConnection[] = [];
let database = 0;

async function freshDatabase(): Promise<string> {
  return server.createDatabase(`citebot_${process.pid}_${++database}`);
}

async function connect(url: string): Promise<SqlConnection> {
  const connection = await openPostgres(url);
  connections.push(connection);
  return connection;
}

beforeAll(async () => {
  if (realServicesRequired()) server = await startPostgres();
}, 30_000);

afterAll(async () => {
  for (const c of connections) await c.close().catch(() => undefined);
  await server?.stop();
});

/** A week of varied questions, votes and page turns, some from the week before. */
function sampleRecords(): InsightsRecord[] {
  const lemon = ask('What is Lemon8?', 'answered');
  const users = ask('How many users joined RedNote?', 'answered', { userHash: 'member-b', at: NOW - 3 * DAY_MS });
  return [
    lemon,
    users,
    ask('what is lemon8', 'answered', { at: NOW - 2 * DAY_MS }),
    ask('Who won the Super Bowl?', 'not-found'),
    ask('who won the super bowl', 'not-found', { userHash: 'member-b' }),
    ask('Price of RedNote shares?', 'low-confidence'),
    ask('Old question', 'answered', { at: NOW - 9 * DAY_MS }),
    ask('Older unanswered', 'not-found', { at: NOW - 10 * DAY_MS }),
    press(lemon, 'vote-down', 'member-b'),
    press(lemon, 'vote-down', 'member-c'),
    press(users, 'vote-up', 'member-a'),
    press(users, 'page', 'member-b'),
  ];
}

describeWithPostgres('GIVEN the question log on a real PostgreSQL 15 server', () => {
  it('WHEN two hosts start at once THEN the migrations run once, and a later start applies nothing', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([connect(url), connect(url)]);
    const results = await Promise.all([migrate(a), migrate(b)]);
    expect(results.map((r) => r.applied).sort()).toEqual([[], [1]]);
    expect((await migrate(a)).applied).toEqual([]);
    expect(await a.query('SELECT version, name FROM schema_migrations')).toEqual([{ version: 1, name: 'question log: asks and button presses' }]);
  });

  it('WHEN the same records are written to SQLite and to PostgreSQL THEN /insights reads the same report from both', async () => {
    const records = sampleRecords();
    const sqlite = await openLibsql(':memory:');
    connections.push(sqlite);
    const postgres = await connect(await freshDatabase());
    for (const db of [sqlite, postgres]) {
      await migrate(db);
      await createInsightsStore(db).write(records);
    }
    const fromSqlite = await createInsightsStore(sqlite).summarize(7, NOW);
    const fromPostgres = await createInsightsStore(postgres).summarize(7, NOW);
    expect(fromPostgres).toEqual(fromSqlite);
    expect(fromPostgres.report).toMatchObject({ questions: 6, answered: 3, lowConfidence: 1, notFound: 2, previous: { questions: 2 } });
    expect(fromPostgres.report.mostDownvoted[0]).toEqual({ question: 'what is lemon8', down: 2, up: 0, document: 'China Embraces Surge' });
  });

  it('WHEN a member is forgotten and old rows are pruned THEN PostgreSQL deletes exactly what SQLite does', async () => {
    const records = sampleRecords();
    const sqlite = await openLibsql(':memory:');
    connections.push(sqlite);
    const postgres = await connect(await freshDatabase());
    const counts: number[][] = [];
    for (const db of [sqlite, postgres]) {
      await migrate(db);
      const store = createInsightsStore(db);
      await store.write(records);
      counts.push([await store.forget('member-b'), await store.prune(NOW - 7 * DAY_MS)]);
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[1]![0]).toBeGreaterThan(0);
    expect(await postgres.query("SELECT COUNT(*) AS n FROM insights_asks WHERE user_hash = 'member-b'")).toEqual([{ n: '0' }]);
  });

  it('WHEN a batch fails half-way THEN none of it is kept (one transaction)', async () => {
    const postgres = await connect(await freshDatabase());
    await migrate(postgres);
    const store = createInsightsStore(postgres);
    const first = ask('first', 'answered');
    await expect(store.write([ask('second', 'answered'), first, { ...first }])).rejects.toThrow(/duplicate key/);
    expect(await postgres.query('SELECT COUNT(*) AS n FROM insights_asks')).toEqual([{ n: '0' }]);
  });
});

describeWithPostgres('GIVEN two hosts recording into one PostgreSQL database with the same INSIGHTS_KEY', () => {
  let answer: Answer;
  beforeAll(() => {
    answer = { question: 'What is Lemon8?', status: 'answered', items: [], suggestions: [] };
  });

  function recorder(url: string, extra: Partial<RecorderSettings> = {}) {
    const log = capturedLogger();
    const settings: RecorderSettings = { enabled: true, databaseUrl: url, retentionDays: 90, key: KEY, source: 'discord', baseDir: process.cwd(), flushIntervalMs: 100, ...extra };
    return { recorder: new InsightsRecorder(settings, log.logger), ...log };
  }

  it('WHEN each host records questions THEN /insights on either counts both, and /forget-me on one removes the member\'s rows written by the other', async () => {
    const url = await freshDatabase();
    const hostA = recorder(url);
    const hostB = recorder(url);
    await Promise.all([hostA.recorder.open(), hostB.recorder.open()]);
    expect(hostA.recorder.status().mode).toBe('server');
    expect(hostA.events('insights-ready')[0]).toMatchObject({ database: postgresLocation(url), keyFrom: 'INSIGHTS_KEY' });

    hostA.recorder.recordAsk({ answer, userId: '300000000000000001', guildId: '1', locale: 'en-US', latencyMs: 2 });
    hostB.recorder.recordAsk({ answer, userId: '300000000000000001', guildId: '2', locale: 'en-US', latencyMs: 2 });
    hostB.recorder.recordAsk({ answer: { ...answer, question: 'Who won?', status: 'not-found' }, userId: '300000000000000002', guildId: '2', locale: null, latencyMs: 2 });
    await Promise.all([hostA.recorder.flush(), hostB.recorder.flush()]);

    for (const host of [hostA, hostB]) {
      const summary = await host.recorder.summarize(7);
      expect(summary.ok && summary.value.report).toMatchObject({ questions: 3, answered: 2, notFound: 1 });
    }
    const forgotten = await hostA.recorder.forget('300000000000000001');
    expect(forgotten).toEqual({ ok: true, value: 2 });
    const after = await hostB.recorder.summarize(7);
    expect(after.ok && after.value.report.questions).toBe(1);
    await Promise.all([hostA.recorder.close(), hostB.recorder.close()]);
  });

  it('WHEN PostgreSQL goes down while recording THEN answers are recorded into the queue, the failure is logged once, and everything is written once it is back', async () => {
    const url = await freshDatabase();
    const host = recorder(url);
    await host.recorder.open();
    host.recorder.recordAsk({ answer, userId: '1', guildId: '1', locale: null, latencyMs: 1 });
    await host.recorder.flush();

    await server.kill();
    for (let i = 0; i < 3; i++) host.recorder.recordAsk({ answer, userId: String(10 + i), guildId: '1', locale: null, latencyMs: 1 });
    await expect.poll(() => host.events('insights-write-failed').length, { timeout: 10_000 }).toBe(1);
    // Several more flushes fail meanwhile: still one warning (they are logged once a minute).
    await new Promise((r) => setTimeout(r, 500));
    expect(host.events('insights-write-failed')).toHaveLength(1);
    expect(host.recorder.status().mode).toBe('server');

    await server.restart();
    await expect.poll(() => host.events('insights-write-recovered').length, { timeout: 15_000, interval: 200 }).toBe(1);
    expect(host.recorder.status().queued).toBe(0);
    const summary = await host.recorder.summarize(7);
    expect(summary.ok && summary.value.report.questions).toBe(4);
    await host.recorder.close();
  }, 40_000);

  it('WHEN PostgreSQL cannot be reached at start-up THEN the host still starts, keeps what is asked, and writes it once the database is reachable', async () => {
    const url = await freshDatabase();
    await server.kill();
    const host = recorder(url, { serverRetryMs: 300 });
    try {
      await host.recorder.open();
      expect(host.events('insights-database-unavailable')[0]).toMatchObject({ level: 40, database: postgresLocation(url), retryMs: 300 });
      expect(host.recorder.recording).toBe(true);
      host.recorder.recordAsk({ answer, userId: '1', guildId: '1', locale: null, latencyMs: 1 });
      const meanwhile = await host.recorder.summarize(7);
      expect(meanwhile).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be reached .*questions are kept and written once it is back/) });
    } finally {
      await server.restart();
    }
    await expect.poll(() => host.events('insights-ready').length, { timeout: 20_000, interval: 200 }).toBe(1);
    const summary = await host.recorder.summarize(7);
    expect(summary.ok && summary.value.report.questions).toBe(1);
    await host.recorder.close();
  }, 40_000);

  it('WHEN the database comes back empty (its tables gone) THEN the next write migrates again and nothing is lost', async () => {
    const url = await freshDatabase();
    const host = recorder(url);
    await host.recorder.open();
    const admin = await connect(url);
    await admin.execute('DROP TABLE insights_asks, insights_buttons, insights_meta, schema_migrations');
    host.recorder.recordAsk({ answer, userId: '1', guildId: '1', locale: null, latencyMs: 1 });
    await expect.poll(() => host.events('insights-database-remigrated').length, { timeout: 10_000 }).toBe(1);
    const summary = await host.recorder.summarize(7);
    expect(summary.ok && summary.value.report.questions).toBe(1);
    expect(host.events('insights-write-failed')).toHaveLength(0);
    await host.recorder.close();
  });
});
