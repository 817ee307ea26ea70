/**
 * The command line as a script uses it: real processes, stdout parsed as JSON.
 * The few processes start together, so the file costs about one start-up.
 */
import { copyFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, type Run } from './runCli.js';

const RESULT_KEYS = ['rank', 'score', 'document', 'heading', 'paragraph', 'excerpt', 'sources'];

/** The documented shape of one `ask --json` answer. */
function expectAskShape(json: unknown, question: string) {
  expect(json).toMatchObject({ question, status: expect.stringMatching(/^(answered|low-confidence|not-found|empty-question)$/), results: expect.any(Array) });
  const { results } = json as { results: Record<string, unknown>[] };
  results.forEach((result, i) => {
    for (const key of RESULT_KEYS) expect(result, key).toHaveProperty(key);
    expect(result.rank).toBe(i + 1);
    expect(typeof result.score).toBe('number');
    expect(Object.keys(result.document as object).sort()).toEqual(['author', 'date', 'id', 'publisher', 'reworded', 'title', 'url']);
    expect(typeof (result.document as { reworded: unknown }).reworded).toBe('boolean');
    expect(result.heading === null || typeof result.heading === 'string').toBe(true);
    expect(typeof result.paragraph).toBe('string');
    expect(typeof result.excerpt).toBe('string');
    // The excerpt quotes the paragraph (cut sentences are marked with "…").
    for (const piece of (result.excerpt as string).split('…').map((p) => p.trim()).filter(Boolean)) expect(result.paragraph).toContain(piece);
    for (const source of result.sources as Record<string, unknown>[]) {
      expect(Object.keys(source).sort()).toEqual(['outlet', 'title', 'url']);
      expect(source.url).toMatch(/^https:\/\//);
    }
  });
  return results;
}

let ask: Run;
let stdinAsk: Run;
let chunks: Run;
let badLimit: Run;
let plainAsk: Run;
let plainStdin: Run;
let dropInSources: Run;

const STDIN_LINES = ['What did the Guardian write about TikTok refugees?', '', 'What is the best recipe for lasagna?', '   ', 'what is the', 'who is Ren Yi'];
/** Scraped articles from the evaluation set, copied to a folder of their own with nothing else (no corpus.json, no synonyms.txt), as a moderator drops them in. */
const DROP_IN_FILES = ['metro-news.txt', 'daily-herald.html', 'aggregator.txt', 'amp-news.html'];

beforeAll(async () => {
  const dropIn = await mkdtemp(path.join(os.tmpdir(), 'citebot-dropin-'));
  for (const file of DROP_IN_FILES) await copyFile(path.join(ROOT, 'test/eval/articles/tune', file), path.join(dropIn, file));
  const DROP_IN = { SEEDS_DIR: dropIn };
  [ask, stdinAsk, chunks, badLimit, plainAsk, plainStdin, dropInSources] = await Promise.all([
    cli(['ask', 'How many new users joined RedNote?', '--json']),
    // CRLF line ends and no final newline, as files from another system may have.
    cli(['ask', '-', '--json', '--limit', '2'], STDIN_LINES.join('\r\n')),
    cli(['chunks', '--json']),
    cli(['ask', 'RedNote', '--limit', '0']),
    cli(['ask', 'How many new users joined RedNote?']),
    cli(['ask', '-'], 'who is Ren Yi\n\n'),
    cli(['sources', '--json'], undefined, DROP_IN),
  ]);
}, 60_000);

describe('npm run cli', () => {
  it('GIVEN ask --json THEN stdout is one JSON document in the documented shape, and nothing else', () => {
    expect(ask.code).toBe(0);
    const results = expectAskShape(JSON.parse(ask.stdout), 'How many new users joined RedNote?');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    expect(ask.stderr).toBe('');
  });

  it('GIVEN ask - with questions on stdin THEN exactly one compact JSON object per input line, in order: blank and word-less lines get an error object, off-topic ones no results', () => {
    expect(stdinAsk.code).toBe(0);
    expect(stdinAsk.stdout.endsWith('\n')).toBe(true);
    const lines = stdinAsk.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(STDIN_LINES.length);
    const [guardian, blank, lasagna, spaces, wordless, renYi] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const results = expectAskShape(guardian, 'What did the Guardian write about TikTok refugees?');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(2);
    expect(blank).toEqual({ question: '', status: 'empty-question', error: { code: 'empty-question', message: 'The line is empty: there is no question to answer.' }, results: [] });
    expect(lasagna).toEqual({ question: 'What is the best recipe for lasagna?', status: 'not-found', results: [] });
    expect(spaces).toEqual(blank);
    expect(wordless).toMatchObject({ question: 'what is the', status: 'empty-question', error: { code: 'empty-question', message: expect.stringMatching(/no words to search for/) }, results: [] });
    expect(expectAskShape(renYi, 'who is Ren Yi').length).toBeGreaterThan(0);
  });

  it('GIVEN plain ask piped into a file THEN the answer reads as plain text: no markdown asterisks, no terminal escapes', () => {
    expect(plainAsk.code).toBe(0);
    expect(plainAsk.stdout).toMatch(/^How many new users joined RedNote\?\n/);
    expect(plainAsk.stdout).toContain('── 1. ');
    expect(plainAsk.stdout).not.toContain('**');
    expect(plainAsk.stdout).not.toContain('\u001b');
  });

  it('GIVEN plain ask - THEN each input line gets its own block, the blank one a polite request for a question', () => {
    expect(plainStdin.code).toBe(0);
    const [renYi, blank, ...rest] = plainStdin.stdout.trimEnd().split(/\n(?=who is Ren Yi|Please ask)/);
    expect(renYi).toMatch(/^who is Ren Yi\n/);
    expect(blank).toMatch(/^Please ask a question with a few words in it/);
    expect(rest).toEqual([]);
  });

  it('GIVEN chunks --json THEN every indexed chunk as {id, document, heading, text}', () => {
    expect(chunks.code).toBe(0);
    const list = JSON.parse(chunks.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(60);
    for (const chunk of list) {
      expect(Object.keys(chunk)).toEqual(['id', 'document', 'heading', 'text']);
      expect(chunk.id).toMatch(new RegExp(`^${chunk.document as string}#\\d+$`));
    }
    expect(list[0]).toEqual({
      id: 'china-daily-journey#1',
      document: 'china-daily-journey',
      heading: null,
      text: 'The recent surge of American "TikTok refugees" flooding into China\'s social media app Red-Note presents a fascinating case of how fundamental human needs for social connection can transcend political boundaries.',
    });
  });

  it('GIVEN a bad argument THEN exit code 2, the reason and the usage on stderr, nothing on stdout', () => {
    expect(badLimit.code).toBe(2);
    expect(badLimit.stdout).toBe('');
    expect(badLimit.stderr).toContain('--limit needs a whole number from 1 to 50');
    expect(badLimit.stderr).toContain('Usage:');
  });

  it('GIVEN SEEDS_DIR pointing at a folder of article files only THEN sources --json lists each with the title, author and date it states, and stdout stays pure JSON', () => {
    expect(dropInSources.code).toBe(0);
    const { documents } = JSON.parse(dropInSources.stdout) as { documents: Record<string, string>[] };
    expect(documents.map((d) => Object.keys(d).sort())).toEqual(documents.map(() => ['author', 'date', 'id', 'publisher', 'title', 'url']));
    expect(documents.find((d) => d.id === 'metro-news')).toMatchObject({ title: 'Supreme Court upholds TikTok law as users pour into Chinese app RedNote', author: 'Mara Ellison', date: '2025-01-17' });
    expect(documents.find((d) => d.id === 'daily-herald')).toMatchObject({ url: 'https://www.thedailyherald.news/technology/2025/01/15/rednote-lemon8-app-charts-tiktok' });
    expect(dropInSources.stderr).toBe('');
  });
});
