import { describe, expect, it } from 'vitest';
import { readClippings, readKindleNotebook, readReadingNotes } from '../../src/corpus/readClippings.js';

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

const TITLE = 'An Ohio class found pen pals on RedNote';
const note = (page: number, minute: number, text: string, annotation = '') =>
  `${TITLE}\n2025-01-26 20:${minute}  |  Page No.: ${page}\n${text}${annotation === '' ? '' : `\n【Annotation】${annotation}`}\n-------------------`;
const NOTES = [
  `\ufeffReading Notes | <<${TITLE}>>Rosalind Ekwueme`,
  note(1, 41, 'By Rosalind Ekwueme · January 24, 2025', 'src https://chalkline.example.org/2025/01/24/pen-pals/'),
  note(1, 43, 'Twenty-six juniors had traded letters with a school in Hangzhou for two years.'),
  note(2, 44, '"My students were reading real Chinese," Park said.', 'her name is Jessamyn Park'),
  note(2, 45, '"My students were reading'),
].join('\n');

describe('readReadingNotes', () => {
  it('GIVEN an e-reader notes export THEN its highlights are the article, without chapter lines, stamps or the reader’s notes', () => {
    expect(readReadingNotes(NOTES)?.body.split('\n\n')).toEqual([
      'By Rosalind Ekwueme · January 24, 2025',
      'Twenty-six juniors had traded letters with a school in Hangzhou for two years.',
      '"My students were reading real Chinese," Park said.',
    ]);
  });

  it('GIVEN its header and a note holding a web address THEN they give the title, the writer and the address, the stamps no date', () => {
    expect(readReadingNotes(NOTES)?.meta).toEqual({ title: TITLE, author: 'Rosalind Ekwueme', date: '', publisher: '', url: 'https://chalkline.example.org/2025/01/24/pen-pals/' });
  });

  it('GIVEN prose with one timestamped line THEN it is no notes export', () => {
    expect(readReadingNotes('Minutes\n2025-01-26 20:41  |  Page No.: 1\nWe met.\n-------------------\nNothing else.')).toBeNull();
  });
});

const notebook = (entries: string) => `<?xml version="1.0" encoding="UTF-8" ?><html><head><style>.noteText{}</style></head><body><div class='bodyContainer'>
<div class='notebookFor'>Notebook Export</div><div class='bookTitle'>The court upheld the TikTok law</div><div class='authors'>Marisol Quintero-Hale</div>
<div class='citation'>Quintero-Hale, M. (2025). <i>The court upheld the TikTok law</i> The Docket Review. Kindle Edition.</div><hr />
<div class='sectionHeading'>The court upheld the TikTok law</div>${entries}</div></body></html>`;
const ENTRIES = `<div class='noteHeading'>Highlight (yellow) - Location 7</div><div class='noteText'>By Marisol Quintero-Hale | Jan. 17, 2025</div>
<div class='noteHeading'>Note - Location 7</div><div class='noteText'>link for the bot: https://docket.example.com/2025/01/17/ruling/</div>
<div class='noteHeading'>Highlight (orange) - Location 14</div><div class='noteText'>What the court decided</div>
<div class='noteHeading'>Highlight (yellow) - Location 15</div><div class='noteText'>The justices ruled 9-0.</div>`;

describe('readKindleNotebook', () => {
  it('GIVEN a Kindle notebook saved as a page THEN its highlights are the text and its notes are not', () => {
    expect(readKindleNotebook(notebook(ENTRIES))?.body.split('\n\n')).toEqual(['By Marisol Quintero-Hale | Jan. 17, 2025', 'What the court decided', 'The justices ruled 9-0.']);
  });

  it('GIVEN its head and citation THEN they give the title, the writer, the publisher, and a note the address', () => {
    expect(readKindleNotebook(notebook(ENTRIES))?.meta).toEqual({ title: 'The court upheld the TikTok law', author: 'Marisol Quintero-Hale', date: '', publisher: 'The Docket Review', url: 'https://docket.example.com/2025/01/17/ruling/' });
  });

  it('GIVEN an ordinary page THEN it is no notebook', () => {
    expect(readKindleNotebook('<html><head><title>News</title></head><body><p class="noteText">A note.</p></body></html>')).toBeNull();
  });
});
