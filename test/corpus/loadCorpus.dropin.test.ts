/**
 * Eight more drop-in pages, written for these tests in the shapes of site
 * kinds the evaluation halves do not hold (not part of them): a podcast
 * episode with a transcript, a LinkedIn-style article, an Asian outlet's
 * English edition, a live blog, an AMP page, an FAQ explainer with JSON-LD,
 * a Medium post and a Markdown web clip. The folder is loaded as a
 * moderator's drop-in would be: no corpus.json, no hints.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/corpus/loadCorpus.js';
import type { LoadedDocument } from '../../src/corpus/types.js';

const DIR = path.join(import.meta.dirname, 'fixtures', 'dropin');
let corpus: Corpus;
const doc = (file: string): LoadedDocument => {
  const found = corpus.documents.find((d) => d.meta.file === file);
  if (!found) throw new Error(`${file} did not load`);
  return found;
};
/** Each paragraph as "[heading] first words". */
const outline = (file: string, words = 4) => doc(file).paragraphs.map((p) => `[${p.heading ?? ''}] ${p.text.split(' ').slice(0, words).join(' ')}`);
const everything = (file: string) => doc(file).paragraphs.map((p) => `${p.heading ?? ''}\n${p.text}`).join('\n');

beforeAll(async () => {
  corpus = await loadCorpus(DIR, { maxFileBytes: 1024 * 1024 });
});

describe('drop-in pages of nine more site kinds, with no corpus.json', () => {
  it.each([
    ['podcast-episode.txt', { title: 'Episode 52: Inside the RedNote Rush', author: 'Priya Raman', date: '2025-01-23' }],
    ['linkedin-article.txt', { title: 'What the RedNote Exodus Taught Me About Community Management', author: 'Dana Whitaker', date: '2025-01-21', publisher: 'LinkedIn' }],
    ['asia-english.txt', { title: "Chinese netizens roll out welcome mat for 'TikTok refugees'", author: 'Liu Wen', date: '2025-01-16' }],
    ['live-blog.html', { title: 'Live updates: TikTok goes dark in the US as users flock to RedNote', author: 'Hannah Cole and Omar Siddiqui', date: '2025-01-18', publisher: 'The Harbor Times' }],
    ['amp-news.html', { title: 'RedNote downloads fall as TikTok returns', author: 'Grace Tan', date: '2025-01-28', publisher: 'Pacific Daily', url: 'https://pacificdaily.example/tech/2025/01/28/rednote-downloads-fall.html' }],
    ['faq-explainer.html', { title: 'RedNote FAQ: What TikTok users should know before switching', author: 'Maria Lopez', date: '2025-01-17', publisher: 'Clearview Explains' }],
    ['medium-post.html', { title: 'I Spent a Week on RedNote. Here’s What Surprised Me.', author: 'Sam Okoro', date: '2025-01-22', publisher: 'Medium' }],
    // An agency's news page whose author field holds the agency's own name: no writer.
    ['agency-news.html', { title: 'TikTok users on RedNote: what the influx means for Harbor exporters', author: '', date: '2025-01-22', publisher: 'Harbor Trade Board' }],
    ['clip-note.md', { title: 'Why I\'m staying on RedNote (for now)', author: 'Jordan Ellis', date: '2025-01-26', url: 'https://lowtide.ghost.io/why-im-staying-on-rednote/' }],
  ])('GIVEN %s THEN its title, author and date are those the page states', (file, expected) => {
    expect(doc(file).meta).toMatchObject(expected);
  });

  it('GIVEN a podcast transcript (speaker names and time codes over each turn) THEN the turns are paragraphs under "Transcript", short questions included, and no name or time heads a section', () => {
    expect(outline('podcast-episode.txt')).toEqual([
      '[Episode notes] This week Priya talks',
      '[Transcript] Welcome back to Signal',
      '[Transcript] My first guest is',
      '[Transcript] It was chaos in',
      '[Transcript] And how many of',
      '[Transcript] About 30,000 in the',
      '[Transcript] My second guest is',
      '[Transcript] What we saw is',
      '[Transcript] Marcus, are you still',
      '[Transcript] Twice a week. It\'s',
    ]);
    for (const junk of ['Listen on Apple Podcasts', '03:12', 'automatically generated', 'wherever you get your podcasts', 'Episode 51']) expect(everything('podcast-episode.txt')).not.toContain(junk);
  });

  it('GIVEN a profile article (name twice, job line, "+ Follow", reactions, comments) THEN only the article is kept', () => {
    expect(outline('linkedin-article.txt', 3)).toEqual([
      '[] For one week',
      '[] I have run',
      '[] Here are three',
      '[] 1. Newcomers need',
      '[] 2. Translation is',
      '[] 3. Hospitality scales',
      '[] None of this',
    ]);
    for (const junk of ['Head of Community', 'Follow', '96 Comments', 'More articles', 'Explore topics']) expect(everything('linkedin-article.txt')).not.toContain(junk);
  });

  it('GIVEN an English edition with an edition switch, a language menu, a photo caption and an editor credit THEN only the story is kept', () => {
    expect(outline('asia-english.txt', 2)).toEqual(['[] SHANGHAI, Jan', '[] The platform', '[] "We are', '[] The hashtag', '[] Some users']);
    for (const junk of ['Global Edition', '[Photo/IC]', 'Editor: Chen Jie', 'License for publishing']) expect(everything('asia-english.txt')).not.toContain(junk);
  });

  it('GIVEN a live blog THEN each entry is a paragraph under its own heading, and times, bylines and buttons are not kept', () => {
    expect(outline('live-blog.html', 3)).toEqual([
      "[What we're covering] TikTok stopped working",
      "[What we're covering] RedNote, a Chinese",
      '[TikTok shows a shutdown message] Users who opened',
      '[RedNote adds a translation button] RedNote began testing',
      '[What the law requires] The law gives',
    ]);
    for (const junk of ['11:58 p.m.', 'From Hannah Cole', 'Copy link', 'Show more updates', 'Most read']) expect(everything('live-blog.html')).not.toContain(junk);
  });

  it('GIVEN an AMP page (sidebar menu, amp-ad slots, social share elements) THEN only the four paragraphs are kept', () => {
    expect(outline('amp-news.html', 2)).toEqual(['[] Downloads of', '[] The Chinese', '[] Analysts said', '[] RedNote did']);
  });

  it('GIVEN an FAQ explainer with a table of contents repeating its questions THEN each answer is under its question, once', () => {
    expect(outline('faq-explainer.html', 2)).toEqual(['[What is RedNote?] RedNote is', '[Who owns it?] The app', '[Is my data safe?] RedNote\'s privacy']);
  });

  it('GIVEN a Medium post and a Markdown web clip THEN the author’s name, stamps, counters and sign-up boxes are not kept', () => {
    expect(outline('medium-post.html', 2)).toEqual(['[] I downloaded', '[] The first', '[The cat tax is real] The second', '[The cat tax is real] The third']);
    expect(outline('clip-note.md', 2)).toEqual(['[] When TikTok', '[] Part of', '[] "We are', '[] Part of', '[] I will']);
    for (const junk of ['Jordan Ellis', '4 min read', 'Sign up', 'Enter your email', 'Powered by Ghost', 'cat tax taught']) expect(everything('clip-note.md')).not.toContain(junk);
  });
});
