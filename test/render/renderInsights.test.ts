import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InsightsReport } from '../../src/insights/records.js';
import { DISCORD_LIMITS } from '../../src/render/limits.js';
import { change, renderInsights } from '../../src/render/renderInsights.js';
import { renderText } from '../../src/render/renderText.js';

const VIEW = { problem: null, chartNote: 'Questions per day: chart attached.', retentionDays: 90 };

function report(extra: Partial<InsightsReport> = {}): InsightsReport {
  return {
    days: 7,
    questions: 10,
    answered: 6,
    lowConfidence: 1,
    notFound: 3,
    previous: { questions: 8, answered: 4, notFound: 4 },
    topUnanswered: [{ question: 'who won the super bowl', count: 2 }],
    mostDownvoted: [{ question: 'how many users joined rednote', down: 2, up: 1, document: 'China Embraces Surge' }],
    mostAsked: [{ question: 'what is rednote', count: 3 }],
    ...extra,
  };
}

function fields(payload: ReturnType<typeof renderInsights>): Record<string, string> {
  return Object.fromEntries((payload.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
}

describe('renderInsights', () => {
  it('GIVEN a report THEN counts with shares and the change from the previous period, and the three numbered lists', () => {
    const payload = renderInsights(report(), VIEW);
    expect(payload.embeds?.[0]?.title).toBe('Insights: the last 7 days');
    expect(fields(payload)).toEqual({
      Questions: '10 (+2 (+25%))',
      Answered: '6 · 60% (before: 50%)',
      'Not sure': '1 · 10%',
      'Not found': '3 · 30% (before: 50%)',
      'Top unanswered': '1. who won the super bowl — 2×',
      'Most 👎': '1. how many users joined rednote — 👎 2 · 👍 1 — _China Embraces Surge_',
      'Most asked': '1. what is rednote — 3×',
    });
    expect(payload.embeds?.[0]?.footer?.text).toBe('Questions per day: chart attached.');
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN an empty period THEN every list says so in words', () => {
    const empty = renderInsights(report({ questions: 0, answered: 0, lowConfidence: 0, notFound: 0, topUnanswered: [], mostDownvoted: [], mostAsked: [] }), VIEW);
    expect(fields(empty)).toMatchObject({ Questions: '0 (−8 (−100%))', Answered: '0 · 0% (before: 50%)', 'Top unanswered': 'None: every question found an answer.', 'Most 👎': 'No answer was voted down.', 'Most asked': 'No questions yet.' });
  });

  it.each([
    [5, 5, 'no change'],
    [3, 0, '+3, none before'],
    [2, 4, '−2 (−50%)'],
  ])('GIVEN %i now and %i before THEN %s', (now, before, text) => {
    expect(change(now, before)).toBe(text);
  });

  it('GIVEN a database problem and a period past the retention THEN both are said', () => {
    const payload = renderInsights(report({ days: 120 }), { ...VIEW, problem: 'The database file cannot be used (locked): kept in memory only.' });
    const description = payload.embeds?.[0]?.description ?? '';
    expect(description).toMatch(/^The database file cannot be used \(locked\): kept in memory only\./);
    expect(description).toMatch(/Rows older than 90 days are deleted \(INSIGHTS_RETENTION_DAYS\)\./);
  });

  it('GIVEN questions full of markdown and mentions THEN they show literally and ping nobody', () => {
    const payload = renderInsights(report({ topUnanswered: [{ question: '**bold** @everyone <@123> `code`', count: 1 }] }), VIEW);
    const line = fields(payload)['Top unanswered'];
    expect(line).toBe('1. \\*\\*bold\\*\\* @\u200beveryone <\u200b@123> \\`code\\` — 1×');
    expect(renderText(payload).text).toContain('**bold** @everyone');
  });

  it('GIVEN lists of ten long questions, any text THEN the reply fits every Discord limit and keeps whole lines', () => {
    const question = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 400 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ question, count: fc.nat(10_000) }), { maxLength: 10 }),
        fc.array(fc.record({ question, down: fc.nat(99), up: fc.nat(99), document: fc.string({ maxLength: 300 }) }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 365 }),
        (list, votes, days) => {
          const payload = renderInsights(report({ days, topUnanswered: list, mostAsked: list, mostDownvoted: votes }), VIEW);
          const embed = payload.embeds?.[0];
          expect(embed).toBeDefined();
          const all = embed!.fields ?? [];
          expect(all.length).toBe(7);
          let total = (embed!.title?.length ?? 0) + (embed!.description?.length ?? 0) + (embed!.footer?.text.length ?? 0);
          for (const field of all) {
            expect(field.value.length).toBeGreaterThan(0);
            expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
            // Lists are cut between lines, never inside one.
            if (field.value.startsWith('1. ')) for (const [i, line] of field.value.split('\n').entries()) if (/^\d+\. /.test(line)) expect(line.startsWith(`${i + 1}. `)).toBe(true);
            total += field.name.length + field.value.length;
          }
          expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
        },
      ),
      { numRuns: 200 },
    );
  });
});
