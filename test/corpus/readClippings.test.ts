import { describe, expect, it } from 'vitest';
import { readClippings } from '../../src/corpus/readClippings.js';

const clip = (title: string, details: string, text: string) => `\ufeff${title}\n- ${details}\n\n${text}\n==========`;
const ARTICLE = 'Why Lemon8 Missed Its Moment (Pixel Post)';
const FILE = [
  clip('Walden (Henry David Thoreau)', 'Your Highlight on page 88 | Location 1342-1344 | Added on Sunday, January 12, 2025 10:02:51 PM', 'I went to the woods because I wished to live deliberately.'),
  clip(ARTICLE, 'Your Highlight on Location 9-12 | Added on Friday, January 17, 2025 11:42:30 PM', 'Lemon8 had two years and a famous parent company.'),
  clip(ARTICLE, 'Your Highlight on Location 2-5 | Added on Friday, January 17, 2025 11:41:08 PM', 'ByteDance built Lemon8 for exactly this week.'),
  clip(ARTICLE, 'Your Note on Location 12 | Added on Friday, January 17, 2025 11:43:02 PM', 'share this in #archive, my notes are not the article'),
  clip(ARTICLE, 'Your Highlight on Location 13-14 | Added on Friday, January 17, 2025 11:44:19 PM', 'Users went to RedNote'),
  clip(ARTICLE, 'Your Highlight on Location 13-16 | Added on Friday, January 17, 2025 11:44:51 PM', 'Users went to RedNote instead, an app most had never heard of.'),
  clip(ARTICLE, 'Your Bookmark on Location 20 | Added on Friday, January 17, 2025 11:45:00 PM', ''),
  clip('Mandarin in 30 Days (Wen Liu)', 'Your Highlight on page 21 | Location 310-311 | Added on Saturday, January 18, 2025 9:55:42 PM', '<You have reached the clipping limit for this item>'),
].join('\r\n');

describe('readClippings', () => {
  it('GIVEN a Kindle clippings file THEN it is read as the article most highlights come from, in its own order', () => {
    expect(readClippings(FILE)?.body.split('\n\n')).toEqual([
      'ByteDance built Lemon8 for exactly this week.',
      'Lemon8 had two years and a famous parent company.',
      'Users went to RedNote instead, an app most had never heard of.',
    ]);
  });

  it('GIVEN a sent web page filed under its site THEN the bracket is the publisher; a book’s names its author', () => {
    expect(readClippings(FILE)?.meta).toEqual({ title: 'Why Lemon8 Missed Its Moment', author: '', date: '', publisher: 'Pixel Post', url: '' });
    const book = [clip('Walden (Henry David Thoreau)', 'Your Highlight on Location 1-2 | Added on Sunday', 'A line.'), clip('Walden (Henry David Thoreau)', 'Your Highlight on Location 3-4 | Added on Sunday', 'Another line.')].join('\n');
    expect(readClippings(book)?.meta.author).toBe('Henry David Thoreau');
  });

  it.each([
    ['prose', 'RedNote is a Chinese app.\n\nIt has 300 million users.'],
    ['a Markdown rule', 'Title\n==========\nSome text under it.\n==========\n'],
  ])('GIVEN %s THEN it is no clippings file', (_, text) => {
    expect(readClippings(text)).toBeNull();
  });
});
