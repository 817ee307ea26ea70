/**
 * The real seeds/, loaded and chunked exactly as the bot indexes them: every
 * real paragraph of every article is there, in order, under its heading, and
 * none of the page furniture around it is.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkParagraphs, type Chunk } from '../../src/chunks/chunkParagraphs.js';
import { loadCorpus, type Corpus } from '../../src/corpus/loadCorpus.js';
import { SEED_JUNK, SEED_PARAGRAPHS } from './seedExpectations.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

let corpus: Corpus;
let chunks: Chunk[];
let allText: string;

beforeAll(async () => {
  corpus = await loadCorpus(SEEDS, { maxFileBytes: 10 * 1024 * 1024 });
  chunks = chunkParagraphs(corpus.documents);
  allText = chunks.map((c) => `${c.heading ?? ''}\n${c.text}`).join('\n\n');
});

const EXPECTED = SEED_PARAGRAPHS;

describe('the real seeds, as indexed', () => {
  it('GIVEN the five seed files THEN all five articles load, in file order, with nothing skipped', () => {
    expect(corpus.documents.map((d) => d.meta.id)).toEqual(Object.keys(EXPECTED));
    expect(corpus.report.filter((r) => r.level !== 'info')).toEqual([]);
  });

  describe.each(Object.entries(EXPECTED))('%s', (id, expected) => {
    it('THEN every real paragraph is a chunk, in reading order, under its heading, and there is no other chunk', () => {
      const mine = chunks.filter((c) => c.document === id);
      expect(mine.map((c) => c.id)).toEqual(expected.map((_, i) => `${id}#${i + 1}`));
      mine.forEach((chunk, i) => {
        const [heading, phrase] = expected[i]!;
        expect(chunk.text, chunk.id).toContain(phrase);
        expect(chunk.heading, chunk.id).toBe(heading);
      });
    });

    it('THEN every chunk reads as prose: a full sentence, not a label, a link or a widget', () => {
      for (const chunk of chunks.filter((c) => c.document === id)) {
        expect(chunk.text, chunk.id).toMatch(/^["“‘(\p{Lu}\d]/u);
        expect(chunk.text, chunk.id).toMatch(/[.!?…]["”’)]?$/);
        expect(chunk.text.split(' ').length, chunk.id).toBeGreaterThanOrEqual(8);
      }
    });
  });

  it('THEN the whole index holds the 60 real paragraphs', () => {
    expect(chunks).toHaveLength(Object.values(EXPECTED).flat().length);
    expect(chunks).toHaveLength(60);
  });

  const JUNK = SEED_JUNK;

  it.each(JUNK)('THEN no chunk holds the %s ("%s")', (_what, junk) => {
    expect(allText).not.toContain(junk);
  });

  it('THEN 004 ends with its last sentence, without the glued "The Conversation" logo credit', () => {
    const last = chunks.filter((c) => c.document === 'digital-cold-war').at(-1)!;
    expect(last.text.endsWith('amid the stress of the digital chilly warfare.')).toBe(true);
  });

  it('THEN 003 shows real curly quotes where its file has mojibake', () => {
    expect(allText).toContain('“the true face of American society”');
    expect(allText).toContain('These “TikTok refugees” are doing more');
  });

  it('THEN no heading line is a chunk of its own, and headings are attached to the paragraphs below them', () => {
    const headings = new Set(chunks.map((c) => c.heading).filter((h): h is string => h !== null));
    expect([...headings]).toEqual(
      expect.arrayContaining(['Mixed Reactions to the Newcomers', 'What’s RedNote?', 'Discovering Everyday Life in China', 'Folks-to-people diplomacy']),
    );
    for (const chunk of chunks) expect(headings.has(chunk.text), chunk.id).toBe(false);
  });

  it('THEN the source list of 001 is parsed into exactly its ten references, outlet, title and URL as in the file', () => {
    expect(corpus.references).toEqual(
      [
        [1, 'Associated Press', "TikTok refugees are pouring to Xiaohongshu. Here's what you need to know about the RedNote app", 'https://apnews.com/article/855692624aa52825b30afc5474af881d'],
        [2, 'The Atlantic', "'I Won't Touch Instagram'", 'https://www.theatlantic.com/technology/archive/2025/01/tiktok-exodus-rednote-instagram/681344/?utm_source=apple_news'],
        [3, 'Business Insider', "I tried RedNote — the Chinese app that TikTok 'refugees' are flocking to as the Supreme Court upholds the ban", 'https://www.businessinsider.com/chinese-app-rednote-memes-tiktok-ban-2025-1'],
        [4, 'CNN', 'The great social media migration: Sudden influx of US users to RedNote connects Chinese and Americans like never before', 'https://www.cnn.com/2025/01/14/tech/rednote-china-popularity-us-tiktok-ban-intl-hnk/index.html'],
        [5, 'The Guardian', "China's RedNote users welcome 'TikTok refugees'", 'https://www.theguardian.com/media/2025/jan/18/rednote-app-tiktok-ban-us-alternatives'],
        [6, 'The Diplomat', "When American TikTok Refugees Found a Home on China's RedNote", 'https://thediplomat.com/2025/01/when-american-tiktok-refugees-found-a-home-on-chinas-rednote/'],
        [7, 'Reuters', "Over half a million 'TikTok refugees' flock to China's RedNote", 'https://www.reuters.com/technology/over-half-million-tiktok-refugees-flock-chinas-rednote-2025-01-15/'],
        [8, 'The New York Times', "Why TikTok Users Are Downloading 'Red Note,' the Chinese App", 'https://www.nytimes.com/2025/01/14/technology/tiktok-ban-rednote.html'],
        [9, 'TechCrunch', 'US users dumped RedNote after Trump paused the TikTok ban', 'https://techcrunch.com/2025/01/24/us-users-dumped-rednote-after-trump-paused-the-tiktok-ban/'],
        [10, 'Proton', 'TikTok ban: Switching to RedNote? Your privacy is at stake.', 'https://proton.me/blog/tiktok-ban-rednote-privacy-concerns'],
      ].map(([number, outlet, title, url]) => ({ number, outlet, title, url, document: 'bridging-cultures' })),
    );
  });

  it('THEN each article carries the metadata its file states, and no invented URL', () => {
    const meta = Object.fromEntries(corpus.documents.map((d) => [d.meta.id, d.meta]));
    expect(meta['china-daily-journey']).toMatchObject({ publisher: 'China Daily', author: 'Guo Yi', date: '2025-01-21', title: 'A journey from TikTok to RedNote is a story of talks' });
    expect(meta['china-embraces-surge']).toMatchObject({ date: '2025-01-16', title: 'China Embraces Surge of ‘TikTok Refugees’ on RedNote' });
    expect(meta['digital-cold-war']).toMatchObject({ publisher: 'The Conversation' });
    expect(meta['bridging-cultures']).toMatchObject({ publisher: '', author: '', date: '' });
    for (const doc of corpus.documents) expect(doc.meta.url, doc.meta.id).toBe('');
  });

  it('THEN the only report line is the note about the repaired mojibake in 003', () => {
    expect(corpus.report).toEqual([{ file: '003_200d01fda1a40a2c.txt', level: 'info', message: expect.stringMatching(/^repaired \d+ mojibake sequences/) }]);
  });
});
