import { DAY_MS, type AskOutcome, type DayCount, type InsightsRecord, type InsightsReport, type InsightsSummary } from './records.js';
import { toNumber, toText, type SqlConnection, type SqlValue } from './sqlConnection.js';

/** The question log's storage: what the recorder, /insights, /forget-me and retention need. */
export interface InsightsStore {
  /** Writes the records in one transaction: all of them or none. */
  write(records: readonly InsightsRecord[]): Promise<void>;
  /** Deletes a member's questions and button presses, and the presses on their answers; returns the rows deleted. */
  forget(userHash: string): Promise<number>;
  /** Deletes rows older than `cutoff` (ms since the epoch); returns the rows deleted. */
  prune(cutoff: number): Promise<number>;
  /** The report for the `days` days before `now`, compared with the `days` before those. */
  summarize(days: number, now: number): Promise<InsightsSummary>;
}

const LIST_LENGTH = 10;
const UNANSWERED: readonly AskOutcome[] = ['not-found', 'empty-question'];

/** Counts a distinct (member, answer) pair once, however often they pressed. */
const DISTINCT_VOTES = (button: string) => `COUNT(DISTINCT CASE WHEN b.button = '${button}' THEN b.user_hash || ':' || b.ask_id END)`;

export function createInsightsStore(db: SqlConnection): InsightsStore {
  const counts = async (from: number, to: number) => {
    const rows = await db.query('SELECT outcome, COUNT(*) AS n FROM insights_asks WHERE asked_at >= ? AND asked_at < ? GROUP BY outcome', [from, to]);
    const by = new Map(rows.map((row) => [toText(row.outcome), toNumber(row.n)]));
    const get = (outcome: AskOutcome) => by.get(outcome) ?? 0;
    return {
      questions: [...by.values()].reduce((a, b) => a + b, 0),
      answered: get('answered'),
      lowConfidence: get('low-confidence'),
      notFound: get('not-found') + get('empty-question'),
    };
  };

  const grouped = async (from: number, to: number, outcomes: readonly AskOutcome[] | null) => {
    const filter = outcomes === null ? '' : ` AND outcome IN (${outcomes.map(() => '?').join(', ')})`;
    const rows = await db.query(
      `SELECT question_normalized AS question, COUNT(*) AS n, MAX(asked_at) AS latest FROM insights_asks
       WHERE asked_at >= ? AND asked_at < ? AND question_normalized <> ''${filter}
       GROUP BY question_normalized ORDER BY n DESC, latest DESC, question ASC LIMIT ${LIST_LENGTH}`,
      [from, to, ...(outcomes ?? [])],
    );
    return rows.map((row) => ({ question: toText(row.question), count: toNumber(row.n) }));
  };

  const mostDownvoted = async (from: number, to: number) => {
    const rows = await db.query(
      `SELECT a.question_normalized AS question, a.top_document_title AS document, ${DISTINCT_VOTES('vote-down')} AS down, ${DISTINCT_VOTES('vote-up')} AS up
       FROM insights_buttons b JOIN insights_asks a ON a.id = b.ask_id
       WHERE b.pressed_at >= ? AND b.pressed_at < ? AND b.button IN ('vote-up', 'vote-down')
       GROUP BY a.question_normalized, a.top_document_title
       HAVING ${DISTINCT_VOTES('vote-down')} > 0
       ORDER BY down DESC, up ASC, question ASC LIMIT ${LIST_LENGTH}`,
      [from, to],
    );
    return rows.map((row) => ({ question: toText(row.question), down: toNumber(row.down), up: toNumber(row.up), document: toText(row.document) }));
  };

  const perDay = async (days: number, from: number, to: number): Promise<DayCount[]> => {
    // Integer division by a day's milliseconds: the UTC day number, in SQLite and PostgreSQL alike.
    const rows = await db.query(
      `SELECT asked_at / ${DAY_MS} AS day, outcome, COUNT(*) AS n FROM insights_asks WHERE asked_at >= ? AND asked_at < ? GROUP BY asked_at / ${DAY_MS}, outcome`,
      [from, to],
    );
    const lastDay = Math.floor((to - 1) / DAY_MS);
    const series: DayCount[] = [];
    const byDay = new Map<number, DayCount>();
    for (let day = lastDay - days + 1; day <= lastDay; day++) {
      const entry: DayCount = { day: new Date(day * DAY_MS).toISOString().slice(0, 10), answered: 0, lowConfidence: 0, notFound: 0 };
      series.push(entry);
      byDay.set(day, entry);
    }
    for (const row of rows) {
      const entry = byDay.get(Math.floor(toNumber(row.day)));
      if (!entry) continue;
      const outcome = toText(row.outcome) as AskOutcome;
      if (outcome === 'answered') entry.answered += toNumber(row.n);
      else if (outcome === 'low-confidence') entry.lowConfidence += toNumber(row.n);
      else entry.notFound += toNumber(row.n);
    }
    return series;
  };

  return {
    async write(records) {
      if (records.length === 0) return;
      await db.transaction(async (tx) => {
        for (const record of records) {
          if (record.type === 'ask') {
            await tx.execute(
              `INSERT INTO insights_asks (id, asked_at, user_hash, source, guild_id, locale, question, question_normalized, outcome, results, top_document, top_document_title, latency_ms)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
              [
                record.id,
                record.at,
                record.userHash,
                record.source,
                record.guildId,
                record.locale,
                record.question,
                record.normalized,
                record.outcome,
                JSON.stringify(record.results),
                record.topDocument,
                record.topDocumentTitle,
                record.latencyMs,
              ] satisfies SqlValue[],
            );
          } else {
            await tx.execute('INSERT INTO insights_buttons (id, pressed_at, user_hash, ask_id, button, page) VALUES (?, ?, ?, ?, ?, ?)', [
              record.id,
              record.at,
              record.userHash,
              record.askId,
              record.button,
              record.page,
            ]);
          }
        }
      });
    },

    async forget(userHash) {
      return db.transaction(async (tx) => {
        const buttons = await tx.execute('DELETE FROM insights_buttons WHERE user_hash = ? OR ask_id IN (SELECT id FROM insights_asks WHERE user_hash = ?)', [userHash, userHash]);
        const asks = await tx.execute('DELETE FROM insights_asks WHERE user_hash = ?', [userHash]);
        return buttons + asks;
      });
    },

    async prune(cutoff) {
      return db.transaction(async (tx) => {
        const buttons = await tx.execute('DELETE FROM insights_buttons WHERE pressed_at < ?', [cutoff]);
        const asks = await tx.execute('DELETE FROM insights_asks WHERE asked_at < ?', [cutoff]);
        return buttons + asks;
      });
    },

    async summarize(days, now) {
      const to = now + 1;
      const from = to - days * DAY_MS;
      const previousFrom = from - days * DAY_MS;
      const current = await counts(from, to);
      const previous = await counts(previousFrom, from);
      const report: InsightsReport = {
        days,
        ...current,
        previous: { questions: previous.questions, answered: previous.answered, notFound: previous.notFound },
        topUnanswered: await grouped(from, to, UNANSWERED),
        mostDownvoted: await mostDownvoted(from, to),
        mostAsked: await grouped(from, to, null),
      };
      return { report, perDay: await perDay(days, from, to) };
    },
  };
}
