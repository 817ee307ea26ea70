/**
 * Three more page styles, written for these tests (not part of the evaluation
 * halves): a news site with kicker, dek, two-author byline, video and
 * related boxes; an encyclopedia copy with tool menus, a table of contents,
 * an infobox and edit links; a hosted blog with the date above the post and
 * the author below it. Each is cleaned with no manifest and no hints.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, type CleanResult } from '../../src/corpus/cleanArticle.js';

const clean = async (file: string): Promise<CleanResult> =>
  cleanArticle(await readFile(path.join(import.meta.dirname, 'fixtures', file), 'utf8'), { title: '', publisher: '', hints: { bodyEndsBefore: [] } });

describe('a news site: kicker, dek, two authors, video and related boxes', () => {
  it('THEN the headline, both authors, the published date and the publisher are found', async () => {
    expect((await clean('news-site.txt')).found).toMatchObject({
      title: 'RedNote\'s moderators scramble as English posts flood the app',
      author: 'Jane Q. Public and Sam Lee',
      date: '2025-01-21',
      publisher: 'Example News Network',
    });
  });

  it('THEN the four paragraphs of the story are kept, and nothing else', async () => {
    expect((await clean('news-site.txt')).paragraphs.map((p) => p.text.slice(0, 40))).toEqual([
      'SHANGHAI — RedNote, the Chinese app that',
      'The listings, which appeared on Monday, ',
      'A spokesperson said the company had seen',
      'Analysts said the hiring showed how unpr',
    ]);
  });
});

describe('an encyclopedia copy: tools, contents, infobox, edit links', () => {
  it('THEN the one-word article title, the wiki and the last edit are found', async () => {
    expect((await clean('encyclopedia.txt')).found).toMatchObject({ title: 'Xiaohongshu', publisher: 'Wikipedia', date: '2025-01-20', author: '' });
  });

  it('THEN the infobox is one paragraph of facts, sections keep their headings, and the references are gone', async () => {
    const { paragraphs } = await clean('encyclopedia.txt');
    const expected: [string | null, string][] = [
      [null, 'Native name: 小红书; Company type: Private; Founded: 2013; 12 years ago; Founders: Charlwin Mao, Miranda Qu; Headquarters: Shanghai, China.'],
      [null, 'Xiaohongshu (Chinese: 小红书; lit. \'Little Red Book\'), also known as RedNote'],
      ['Background', 'The platform began as a guide to shopping abroad'],
      ['Background', 'In 2019, the app was briefly removed'],
      ['Reception', 'In January 2025, American users moving from TikTok'],
    ];
    expect(paragraphs).toHaveLength(expected.length);
    paragraphs.forEach((p, i) => {
      expect(p.heading).toBe(expected[i]?.[0]);
      expect(p.text.startsWith(expected[i]?.[1] ?? '?'), p.text).toBe(true);
    });
  });
});

describe('a hosted blog: date above the post, author below it, comments after', () => {
  it('THEN the post title (not the blog name), its date and author, and the blog as publisher are found', async () => {
    expect((await clean('blog.txt')).found).toMatchObject({
      title: 'Three things I learned from a week on RedNote',
      author: 'Alex Morgan',
      date: '2025-01-18',
      publisher: 'Notes From a Small Screen',
    });
  });

  it('THEN the four paragraphs of the post are kept, without a heading, and no comment', async () => {
    const { paragraphs } = await clean('blog.txt');
    expect(paragraphs.map((p) => p.heading)).toEqual([null, null, null, null]);
    expect(paragraphs.map((p) => p.text.split(' ')[0])).toEqual(['I', 'First,', 'Second,', 'Third,']);
  });
});
