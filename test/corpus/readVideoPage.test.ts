import { describe, expect, it } from 'vitest';
import { readVideoPage } from '../../src/corpus/readVideoPage.js';

const PAGE = [
  'Skip navigation', 'Search', 'Create', 'Avatar image', '1:12 / 3:41', '•', 'Baking creator starts over',
  'Spokane TikTok creators pack up for RedNote', '', 'Inland 4 News', '48.6K subscribers', '', 'Subscribe', '312', 'Share', 'Clip', 'Save',
  '18,406 views  Jan 16, 2025  SPOKANE, Wash.', 'Some Spokane creators are moving their audiences to the Chinese app.', '', 'Reporter: Talia Brennan',
  'Chapters', 'View all', 'Intro', '0:00', 'Intro', '0:00', 'Baking creator starts over', '0:31', 'Baking creator starts over', '0:31',
  'Transcript', 'Show transcript', '214 Comments', '@spokanevalleymom', '2 weeks ago', 'Will follow her anywhere lol', 'Reply',
  'Search transcript', 'Intro', 'Tonight, with a federal ban on TikTok set', 'to take effect Sunday, creators are moving.',
  'Baking creator starts over', '0:31', 'Rachel Nguyen has filmed more than 900', 'TikToks from this kitchen.',
  'English', 'All', 'Related', '2:58', 'Now playing', 'TikTok goes dark in Spokane', 'Inland 4 News', '6.1K views 2 weeks ago',
].join('\n');

describe('readVideoPage', () => {
  it('GIVEN a video page copied with its transcript open THEN it is read as its head and transcript, chapters as headings, without comments or what plays next', () => {
    const page = readVideoPage(PAGE);
    expect(page?.body.split('\n').filter((l) => l !== '')).toEqual([
      'Spokane TikTok creators pack up for RedNote',
      'Inland 4 News',
      'Some Spokane creators are moving their audiences to the Chinese app.',
      'Reporter: Talia Brennan',
      'Intro',
      'Tonight, with a federal ban on TikTok set',
      'to take effect Sunday, creators are moving.',
      'Baking creator starts over',
      'Rachel Nguyen has filmed more than 900',
      'TikToks from this kitchen.',
    ]);
    expect(page?.meta).toEqual({ title: 'Spokane TikTok creators pack up for RedNote', author: '', date: '2025-01-16', publisher: 'Inland 4 News', url: '' });
  });

  it.each([
    ['an article about transcripts', 'How to search transcript files\n\nSearch transcript\n\nType a word into the box.'],
    ['prose', 'RedNote is a Chinese app.'],
  ])('GIVEN %s THEN it is no video page', (_, text) => {
    expect(readVideoPage(text)).toBeNull();
  });
});
