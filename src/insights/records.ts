/**
 * What the question log records, and what it reports. Plain data: the same
 * records travel from the interaction path to the database thread.
 */
export type AskOutcome = 'answered' | 'low-confidence' | 'not-found' | 'empty-question';

/** Where a question came from: Discord, the local console, or `npm run cli -- ask --record`. */
export type AskSource = 'discord' | 'console' | 'cli';

export interface ShownResult {
  chunk: string;
  document: string;
  score: number;
}

export interface AskRecord {
  type: 'ask';
  id: string;
  at: number;
  /** HMAC-SHA256 of the Discord user id under the insights key: never the id itself. */
  userHash: string;
  source: AskSource;
  guildId: string | null;
  locale: string | null;
  question: string;
  normalized: string;
  outcome: AskOutcome;
  results: ShownResult[];
  topDocument: string | null;
  topDocumentTitle: string | null;
  latencyMs: number;
}

export type ButtonAction = 'vote-up' | 'vote-down' | 'post-publicly' | 'page';

export interface ButtonRecord {
  type: 'button';
  id: string;
  at: number;
  userHash: string;
  /** The answer the button belongs to. */
  askId: string;
  button: ButtonAction;
  page: number;
}

export type InsightsRecord = AskRecord | ButtonRecord;

/** The report `/insights` shows and `npm run cli -- insights --json` prints, in exactly this shape. */
export interface InsightsReport {
  days: number;
  questions: number;
  answered: number;
  lowConfidence: number;
  /** Not found, and questions with no searchable word in them. */
  notFound: number;
  previous: { questions: number; answered: number; notFound: number };
  topUnanswered: { question: string; count: number }[];
  mostDownvoted: { question: string; down: number; up: number; document: string }[];
  mostAsked: { question: string; count: number }[];
}

export interface DayCount {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  answered: number;
  lowConfidence: number;
  notFound: number;
}

export interface InsightsSummary {
  report: InsightsReport;
  /** Every day of the period, oldest first, zero-filled: the chart's data. */
  perDay: DayCount[];
}

export const DAY_MS = 86_400_000;
