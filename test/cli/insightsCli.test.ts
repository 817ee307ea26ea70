/**
 * `npm run cli -- insights` and `ask --record` as scripts use them: real processes, one
 * database in a temporary folder, stdout parsed as JSON.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as runCli, type Run } from './runCli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-cli-insights-'));
const database = path.join(dir, 'log.db');
const cli = (args: string[], stdin = '', env: Record<string, string> = {}) => runCli(args, stdin, { DATABASE_URL: `file:${database}`, ...env });

let unrecorded: Run;
let databaseAfterPlainAsk: boolean;
let recorded: Run;
let json: Run;
let text: Run;
let chart: Run;
let badDays: Run;
let corrupt: Run;

beforeAll(async () => {
  unrecorded = await cli(['ask', 'What is Lemon8?', '--json']);
  databaseAfterPlainAsk = existsSync(database);
  recorded = await cli(['ask', '-', '--json', '--record'], 'Who won the Super Bowl?\nwho won the  super bowl\nWhat is Lemon8?\n');
  const corruptFile = path.join(dir, 'corrupt.db');
  writeFileSync(corruptFile, 'not a database\n'.repeat(200));
  [json, text, chart, badDays, corrupt] = await Promise.all([
    cli(['insights', '--json']),
    cli(['insights', '--days', '30']),
    cli(['insights', '--chart', path.join(dir, 'chart.png')]),
    cli(['insights', '--days', '0']),
    cli(['insights', '--json'], '', { DATABASE_URL: `file:${corruptFile}` }),
  ]);
}, 90_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli and the question log', () => {
  it('GIVEN ask without --record THEN nothing is recorded (no database is even made); with --record THEN stdout is unchanged JSON', () => {
    expect(unrecorded.code).toBe(0);
    expect(databaseAfterPlainAsk).toBe(false);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { question: string }).question)).toEqual(['Who won the Super Bowl?', 'who won the  super bowl', 'What is Lemon8?']);
  });

  it('GIVEN insights --json THEN exactly the documented shape, with the recorded questions', () => {
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({
      days: 7,
      questions: 3,
      answered: 1,
      lowConfidence: 0,
      notFound: 2,
      previous: { questions: 0, answered: 0, notFound: 0 },
      topUnanswered: [{ question: 'who won the super bowl', count: 2 }],
      mostDownvoted: [],
      mostAsked: [
        { question: 'who won the super bowl', count: 2 },
        { question: 'what is lemon8', count: 1 },
      ],
    });
  });

  it('GIVEN insights as text THEN the same report as /insights, over the days asked for', () => {
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('── Insights: the last 30 days');
    expect(text.stdout).toMatch(/Top unanswered:\n {2}1\. who won the super bowl — 2×/);
  });

  it('GIVEN --chart FILE THEN the chart is written there as a PNG', () => {
    expect(chart.code).toBe(0);
    const png = readFileSync(path.join(dir, 'chart.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(chart.stdout).toContain(`chart written to ${path.join(dir, 'chart.png')}`);
  });

  it('GIVEN a bad --days THEN exit code 2 and the reason; GIVEN a corrupt database THEN exit code 1 and a plain reason, nothing on stdout', () => {
    expect(badDays.code).toBe(2);
    expect(badDays.stderr).toContain('--days needs a whole number from 1 to 365');
    expect(corrupt.code).toBe(1);
    expect(corrupt.stdout).toBe('');
    expect(corrupt.stderr).toMatch(/citebot: the question log at .*corrupt\.db cannot be used: it is not a valid SQLite database/);
  });
});
