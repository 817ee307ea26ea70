import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { readChannelPreview } from '../../src/corpus/readChannelPreview.js';

const STORY = [
  'Most of the coverage this week treats the RedNote influx as a culture story, but sellers on both sides of the Pacific see something else in it: a shop window.',
  'Remember what Xiaohongshu actually is. It started in 2013 as a guide to shopping abroad and still runs on product reviews, recommendations and links into stores.',
  'Chinese cross-border sellers who already sell on Amazon and Temu are posting in English for the first time, and small American brands are asked whether they ship to China.',
  'Whether RedNote opens its marketplace to US buyers is the thing to watch: it would need payments, logistics and a compliance story in Washington, and none of that is quick.',
  'We will keep tracking this and expect to publish a longer note next week with numbers from sellers on both sides of the trade.',
];

/** A channel's web preview as Ctrl+A copies it: its card, the app's pitch, then posts under their days. */
const PREVIEW = [
  'https://t.me/crossbordersignal/1287',
  'Telegram',
  'Cross-Border Signal',
  '@crossbordersignal',
  '18.6K subscribers',
  '412 photos',
  'China ⇄ US commerce, decoded. Notes from a Shenzhen sourcing desk.',
  'Download Telegram',
  'December 30, 2024',
  'Cross-Border Signal',
  'Year-end housekeeping: the Q4 freight index note is out for paid members. We are off until January 6.',
  'Marcus Tan',
  '6.2K views',
  '09:12',
  'January 18',
  'Cross-Border Signal',
  'The RedNote wave is a trade story, not just a culture story',
  ...STORY,
  '#RedNote #crossborder',
  'Marcus Tan',
  '21.4K views',
  'edited  14:05',
  'Cross-Border Signal',
  'Quick poll for sellers reading this: have you had new US followers?',
  '3.9K views',
  '16:30',
].join('\n');

describe('readChannelPreview', () => {
  it('GIVEN a channel\'s web preview copied as text THEN its longest post, headed by its first line, signed by its admin, dated by the day above it in the year carried over, published by the channel', () => {
    const post = readChannelPreview(PREVIEW);
    expect(post?.meta).toEqual({ title: 'The RedNote wave is a trade story, not just a culture story', author: 'Marcus Tan', date: '2025-01-18', publisher: 'Cross-Border Signal', url: 'https://t.me/crossbordersignal/1287' });
    expect(post?.body.split('\n\n')).toEqual(['The RedNote wave is a trade story, not just a culture story', ...STORY]);
  });

  it('GIVEN a preview whose posts are all short notes THEN no article, and text that only mentions views and subscribers is no preview', () => {
    const short = PREVIEW.replace(STORY.join('\n'), 'A short note.');
    expect(readChannelPreview(short)).toBeNull();
    expect(readChannelPreview('The channel has 18.6K subscribers\nand 21.4K views on its best post.')).toBeNull();
  });

  it('GIVEN any text THEN it never throws', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('18.6K subscribers', '2.1K views', '14:05', 'January 18', 'Cross-Border Signal', 'Marcus Tan', ...STORY), { maxLength: 40 }), (lines) => {
      readChannelPreview(lines.join('\n'));
    }));
  });

  it('GIVEN a preview dropped into the corpus folder THEN the post loads with its metadata, without the channel\'s other posts', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-channel-'));
    try {
      await writeFile(path.join(dir, 'channel.txt'), PREVIEW);
      const [document] = (await loadCorpus(dir, { maxFileBytes: 1024 * 1024 })).documents;
      expect(document?.meta).toMatchObject({ title: 'The RedNote wave is a trade story, not just a culture story', author: 'Marcus Tan', date: '2025-01-18', publisher: 'Cross-Border Signal' });
      expect(document?.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/housekeeping|Quick poll/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
