import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isHttpUrl, MANIFEST_FILE, parseManifest } from '../../src/corpus/manifest.js';

const manifest = (documents: unknown) => JSON.stringify({ documents });

describe('parseManifest', () => {
  it('GIVEN the real seeds/corpus.json THEN every article has the metadata its file states, and no invented URL', async () => {
    const { entries, report } = parseManifest(await readFile(new URL('../../seeds/corpus.json', import.meta.url), 'utf8'));
    expect(report).toEqual([]);
    expect(entries.map((e) => [e.id, e.file])).toEqual([
      ['china-daily-journey', '000_8c88ba47ea7b229a.txt'],
      ['bridging-cultures', '001_41f8a12e28b7fe56.txt'],
      ['china-embraces-surge', '002_4e04438bc50be6d1.txt'],
      ['digital-migration-defies-geopolitics', '003_200d01fda1a40a2c.txt'],
      ['digital-cold-war', '004_15607f0d28ba5f8a.txt'],
    ]);
    const byId = Object.fromEntries(entries.map((e) => [e.id, e]));
    expect(byId['china-daily-journey']).toMatchObject({ publisher: 'China Daily', author: 'Guo Yi', date: '2025-01-21' });
    expect(byId['china-embraces-surge']).toMatchObject({ date: '2025-01-16', publisher: '', author: '' });
    expect(byId['digital-cold-war']).toMatchObject({ publisher: 'The Conversation', author: '', date: '' });
    expect(byId['digital-migration-defies-geopolitics']?.hints.bodyEndsBefore).toEqual(['Listed here the latest Trending News']);
    for (const entry of entries) expect(entry.url, entry.id).toBe('');
  });

  it('GIVEN no manifest THEN articles still load, and the report says they have no titles', () => {
    expect(parseManifest(null)).toEqual({
      entries: [],
      report: [{ file: MANIFEST_FILE, level: 'warning', message: 'not found: articles load without titles or publishers' }],
    });
  });

  it('GIVEN broken JSON THEN no entries and a warning quoting the parse error, never an exception', () => {
    const result = parseManifest('{ "documents": [ ');
    expect(result.entries).toEqual([]);
    expect(result.report).toEqual([{ file: MANIFEST_FILE, level: 'warning', message: expect.stringMatching(/^is not valid JSON \(.+\); articles load without its metadata$/) }]);
  });

  it.each([['[]'], ['{}'], ['{"documents": {}}'], ['null'], ['"text"']])('GIVEN %s (no documents list) THEN a warning says so', (json) => {
    expect(parseManifest(json).report).toEqual([{ file: MANIFEST_FILE, level: 'warning', message: 'has no "documents" list; articles load without its metadata' }]);
  });

  it('GIVEN bad entries among good ones THEN each bad one is reported by position and skipped, the good ones kept', () => {
    const result = parseManifest(
      manifest([
        'not an object',
        { id: 'Bad Id!', file: 'a.txt' },
        { id: 'ok-one', file: 'a.txt', title: '  Padded title  ' },
        { id: 'no-file' },
        { id: 'path', file: '../etc/passwd' },
        { id: 'ok-one', file: 'b.txt' },
        { id: 'other', file: 'a.txt' },
        { id: 'ok-two', file: 'c.txt', author: 42, url: 'ftp://example.com/x', hints: { bodyEndsBefore: 'The End' } },
      ]),
    );
    expect(result.entries.map((e) => e.id)).toEqual(['ok-one', 'ok-two']);
    expect(result.entries[0]?.title).toBe('Padded title');
    expect(result.entries[1]).toMatchObject({ author: '', url: '', hints: { bodyEndsBefore: ['The End'] } });
    expect(result.report.map((r) => `${r.file}: ${r.message}`)).toEqual([
      'corpus.json documents[0]: is not an object; ignored',
      'corpus.json documents[1]: needs an "id" of lowercase letters, digits and dashes; ignored',
      'corpus.json documents[3]: ("no-file") needs a "file" name inside seeds/; ignored',
      'corpus.json documents[4]: ("path") needs a "file" name inside seeds/; ignored',
      'corpus.json documents[5]: repeats id "ok-one" or file "b.txt"; ignored',
      'corpus.json documents[6]: repeats id "other" or file "a.txt"; ignored',
      'corpus.json documents[7]: ("ok-two") field "author" is not text; left empty',
      'corpus.json documents[7]: ("ok-two") url is not an http(s) URL; left empty',
    ]);
  });

  it('GIVEN "reworded": true THEN the article is marked as a machine-reworded copy; anything but a boolean is reported and ignored', () => {
    const { entries, report } = parseManifest(JSON.stringify({ documents: [{ id: 'a', file: 'a.txt', reworded: true }, { id: 'b', file: 'b.txt', reworded: 'yes' }, { id: 'c', file: 'c.txt' }] }));
    expect(entries.map((e) => e.reworded === true)).toEqual([true, false, false]);
    expect(report.map((r) => r.message)).toEqual([expect.stringContaining('"reworded" must be true or false')]);
  });

  it('GIVEN an https URL THEN it is kept', () => {
    const [entry] = parseManifest(manifest([{ id: 'a', file: 'a.txt', url: 'https://www.chinadaily.com.cn/a/202501/21/x.html' }])).entries;
    expect(entry?.url).toBe('https://www.chinadaily.com.cn/a/202501/21/x.html');
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://apnews.com/article/1', true],
    ['http://127.0.0.1:8080/api', true],
    ['ftp://example.com', false],
    ['javascript:alert(1)', false],
    ['www.example.com', false],
    ['', false],
  ])('GIVEN %s THEN %s', (url, ok) => {
    expect(isHttpUrl(url)).toBe(ok);
  });
});
