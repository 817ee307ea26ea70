import { describe, expect, it } from 'vitest';
import { parseSynonyms } from '../../../src/search/analysis/synonyms.js';

describe('parseSynonyms', () => {
  it('reads groups, one-way rules and expansions, and ignores comments', () => {
    const { rules, problems } = parseSynonyms(
      ['# a comment', 'rednote, red note, xhs', 'chilly warfare => cold war   # spun', 'shares => shares, stocks', ''].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(rules).toEqual([
      { from: ['red note', 'xhs'], to: ['rednote'], line: 2 },
      { from: ['chilly warfare'], to: ['cold war'], line: 3 },
      { from: ['shares'], to: ['shares', 'stocks'], line: 4 },
    ]);
  });

  it('GIVEN malformed lines THEN each is reported with its line number and skipped', () => {
    const { rules, problems } = parseSynonyms('lonely\na => b => c\n => x\nok, fine');
    expect(rules).toHaveLength(1);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3]);
  });

  it('reads the real seeds/synonyms.txt without a problem', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../../seeds/synonyms.txt', import.meta.url), 'utf8');
    expect(parseSynonyms(text).problems).toEqual([]);
  });
});
