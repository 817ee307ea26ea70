import type { InsightsReport } from '../insights/records.js';
import { DISCORD_LIMITS, fitToDiscordLimits, truncate } from './limits.js';
import { escapeMarkdown } from './markdown.js';
import { EMBED_COLOR, type EmbedField, type MessagePayload } from './payload.js';

export interface InsightsView {
  /** A line about the database when it is not as configured (memory fallback, failing writes). */
  problem: string | null;
  /** The footer's word on the chart ("chart attached", the file it was written to), or null for none. */
  chartNote: string | null;
  retentionDays: number;
}

/** A question as typed by a member, shown literally and short enough for a list line. */
const QUESTION_CHARS = 90;

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

/** "+12 (+40%)", "−3 (−10%)", "no change", or "new" when the previous period had none. */
export function change(now: number, before: number): string {
  if (now === before) return 'no change';
  const sign = now > before ? '+' : '−';
  const difference = `${sign}${Math.abs(now - before)}`;
  if (before === 0) return `${difference}, none before`;
  return `${difference} (${sign}${Math.round((Math.abs(now - before) / before) * 100)}%)`;
}

/** Numbered lines, as many as fit in one embed field. */
function listField(name: string, lines: readonly string[], empty: string): EmbedField {
  if (lines.length === 0) return { name, value: empty };
  let value = '';
  for (const [i, line] of lines.entries()) {
    const next = `${value}${i === 0 ? '' : '\n'}${i + 1}. ${line}`;
    if (next.length > DISCORD_LIMITS.fieldValue) break;
    value = next;
  }
  return { name, value };
}

function question(text: string): string {
  return escapeMarkdown(truncate(text, QUESTION_CHARS));
}

/** The /insights reply (and the CLI's text): counts, the change from the previous period, and the three lists. */
export function renderInsights(report: InsightsReport, view: InsightsView): MessagePayload {
  const { previous } = report;
  const period = `${report.days} ${report.days === 1 ? 'day' : 'days'}`;
  const fields: EmbedField[] = [
    { name: 'Questions', value: `${report.questions} (${change(report.questions, previous.questions)})`, inline: true },
    { name: 'Answered', value: `${report.answered} · ${percent(report.answered, report.questions)} (before: ${percent(previous.answered, previous.questions)})`, inline: true },
    { name: 'Not sure', value: `${report.lowConfidence} · ${percent(report.lowConfidence, report.questions)}`, inline: true },
    { name: 'Not found', value: `${report.notFound} · ${percent(report.notFound, report.questions)} (before: ${percent(previous.notFound, previous.questions)})`, inline: true },
    listField(
      'Top unanswered',
      report.topUnanswered.map((q) => `${question(q.question)} — ${q.count}×`),
      'None: every question found an answer.',
    ),
    listField(
      'Most 👎',
      report.mostDownvoted.map((a) => `${question(a.question)} — 👎 ${a.down} · 👍 ${a.up}${a.document !== '' ? ` — _${escapeMarkdown(truncate(a.document, 60))}_` : ''}`),
      'No answer was voted down.',
    ),
    listField(
      'Most asked',
      report.mostAsked.map((q) => `${question(q.question)} — ${q.count}×`),
      'No questions yet.',
    ),
  ];
  const notes = [
    view.problem,
    `Compared with the ${period} before. Unanswered questions are grouped by their words, whatever the case and punctuation; add an article about them to seeds/ and /reload.`,
    report.days > view.retentionDays ? `Rows older than ${view.retentionDays} days are deleted (INSIGHTS_RETENTION_DAYS).` : null,
  ].filter((line): line is string => line !== null);
  return fitToDiscordLimits({
    embeds: [
      {
        title: `Insights: the last ${period}`,
        description: notes.join('\n'),
        color: EMBED_COLOR,
        fields,
        footer: { text: view.chartNote ?? 'Question log' },
      },
    ],
    allowed_mentions: { parse: [] },
  });
}
