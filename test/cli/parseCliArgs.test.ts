import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from '../../src/cli/parseCliArgs.js';

describe('parseCliArgs', () => {
  it('GIVEN ask with a question THEN the question, text output and three results by default', () => {
    expect(parseCliArgs(['ask', 'How many new users joined RedNote?'])).toEqual({
      ok: true,
      command: { name: 'ask', question: 'How many new users joined RedNote?', json: false, limit: 3 },
    });
  });

  it('GIVEN an unquoted question THEN its words are joined', () => {
    expect(parseCliArgs(['ask', 'What', 'is', 'RedNote?', '--json'])).toMatchObject({ ok: true, command: { question: 'What is RedNote?', json: true } });
  });

  it('GIVEN --limit N or --limit=N anywhere THEN N results', () => {
    expect(parseCliArgs(['ask', '--limit', '10', 'RedNote'])).toMatchObject({ command: { limit: 10, question: 'RedNote' } });
    expect(parseCliArgs(['ask', 'RedNote', '--limit=50'])).toMatchObject({ command: { limit: 50 } });
  });

  it.each([['0'], ['51'], ['2.5'], ['many'], [undefined]])('GIVEN --limit %s THEN a usage error naming the range', (value) => {
    const argv = ['ask', 'RedNote', '--limit', ...(value === undefined ? [] : [value])];
    expect(parseCliArgs(argv)).toEqual({ ok: false, error: '--limit needs a whole number from 1 to 50', help: false });
  });

  it('GIVEN "-" THEN questions are read from stdin', () => {
    expect(parseCliArgs(['ask', '-', '--json'])).toMatchObject({ ok: true, command: { question: '-', json: true } });
  });

  it('GIVEN "--" THEN what follows is text even if it starts with dashes', () => {
    expect(parseCliArgs(['ask', '--', '-what', 'is', 'this'])).toMatchObject({ command: { question: '-what is this' } });
  });

  it('GIVEN ask without a question THEN a usage error', () => {
    expect(parseCliArgs(['ask', '--json'])).toEqual({ ok: false, error: 'ask needs a question (or - to read questions from stdin)', help: false });
  });

  it('GIVEN sources and chunks THEN with or without --json; with extra words THEN an error', () => {
    expect(parseCliArgs(['sources'])).toEqual({ ok: true, command: { name: 'sources', json: false } });
    expect(parseCliArgs(['chunks', '--json'])).toEqual({ ok: true, command: { name: 'chunks', json: true } });
    expect(parseCliArgs(['chunks', 'all'])).toEqual({ ok: false, error: 'chunks takes no arguments', help: false });
  });

  it('GIVEN insights THEN 7 days by default, --days N (1-365), --json and --chart FILE; other words are errors', () => {
    expect(parseCliArgs(['insights'])).toEqual({ ok: true, command: { name: 'insights', json: false, days: 7 } });
    expect(parseCliArgs(['insights', '--days', '30', '--json', '--chart', 'out.png'])).toEqual({ ok: true, command: { name: 'insights', json: true, days: 30, chart: 'out.png' } });
    expect(parseCliArgs(['insights', '--days=365'])).toMatchObject({ command: { days: 365 } });
    for (const days of ['0', '366', '1.5', 'week']) expect(parseCliArgs(['insights', '--days', days])).toEqual({ ok: false, error: '--days needs a whole number from 1 to 365', help: false });
    expect(parseCliArgs(['insights', '--chart'])).toEqual({ ok: false, error: '--chart needs a file name, e.g. --chart insights.png', help: false });
    expect(parseCliArgs(['insights', 'now'])).toMatchObject({ ok: false, error: 'insights takes no arguments besides --days, --json and --chart' });
  });

  it('GIVEN ask --record THEN the questions are recorded; --record elsewhere is unknown', () => {
    expect(parseCliArgs(['ask', 'RedNote', '--record'])).toMatchObject({ ok: true, command: { name: 'ask', record: true } });
    expect(parseCliArgs(['ask', 'RedNote'])).not.toHaveProperty('command.record');
    expect(parseCliArgs(['sources', '--record'])).toEqual({ ok: false, error: 'unknown option --record', help: false });
  });

  it('GIVEN an unknown option or command THEN a usage error says which', () => {
    expect(parseCliArgs(['ask', 'x', '--verbose'])).toEqual({ ok: false, error: 'unknown option --verbose', help: false });
    expect(parseCliArgs(['search', 'x'])).toEqual({ ok: false, error: 'unknown command "search"', help: false });
  });

  it('GIVEN nothing, --help or -h THEN help (exit code 0), and the usage lists every command', () => {
    for (const argv of [[], ['--help'], ['ask', '-h']]) expect(parseCliArgs(argv)).toMatchObject({ ok: false, help: true });
    for (const word of ['ask "<question>"', 'ask -', 'sources', 'chunks', '--json', '--limit', '--record', 'insights [--days N]', '--chart']) expect(USAGE).toContain(word);
  });
});
