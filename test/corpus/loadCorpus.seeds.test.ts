/**
 * The real seeds/, loaded and chunked exactly as the bot indexes them: every
 * real paragraph of every article is there, in order, under its heading, and
 * none of the page furniture around it is.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkParagraphs, type Chunk } from '../../src/chunks/chunkParagraphs.js';
import { loadCorpus, type Corpus } from '../../src/corpus/loadCorpus.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

let corpus: Corpus;
let chunks: Chunk[];
let allText: string;

beforeAll(async () => {
  corpus = await loadCorpus(SEEDS, { maxFileBytes: 10 * 1024 * 1024 });
  chunks = chunkParagraphs(corpus.documents);
  allText = chunks.map((c) => `${c.heading ?? ''}\n${c.text}`).join('\n\n');
});

/** [heading, a phrase only that paragraph has], one per real paragraph, in reading order. */
const EXPECTED: Record<string, [string | null, string][]> = {
  'china-daily-journey': [
    [null, 'The recent surge of American "TikTok refugees" flooding into China\'s social media app Red-Note'],
    [null, 'often considered the Asian counterpart of Instagram.'],
    [null, 'basic human desire for social connection and self-expression can override political constraints.'],
    [null, 'This paradox highlights the gap between high-level political maneuvering and ground-level human behavior.'],
    [null, 'What makes this migration especially significant is its organic nature.'],
    [null, 'a direct threat to their livelihood'],
    [null, 'as basic as telephone services or email'],
    [null, 'the power of human connection might be stronger than previously recognized.'],
    [null, "it is time for those playing the political card to reconsider people's fundamental needs in the digital age."],
    [null, 'policy decisions need to reflect this new reality rather than being dictated purely by political calculations.'],
    [null, 'The author is a professor at the School of Journalism, Chongqing University.'],
  ],
  'bridging-cultures': [
    [null, 'The sudden ban of TikTok in the United States in January 2025 prompted a significant migration'],
    ['Discovering Everyday Life in China', 'recognizing the commonalities that bind people across cultures.'],
    ['Challenging the Stigma of Communism', 'reconsider their preconceived notions about communism and its implementation in China.'],
    ['A Two-Way Exchange', 'The cultural exchange was not one-sided.'],
    ['Navigating Challenges', 'leading to the censorship of certain topics.'],
    ['A Lasting Impact', 'It underscores the potential for technology to foster global understanding, even amidst geopolitical tensions.'],
    ['A Lasting Impact', 'This digital migration highlights the capacity of social media to transcend political boundaries'],
  ],
  'china-embraces-surge': [
    ['China Welcomes Influx of ‘TikTok Refugees’ on RedNote Amid Mixed Reactions', 'dubbed “TikTok refugees,” as concerns over a potential U.S. ban'],
    ['China Welcomes Influx of ‘TikTok Refugees’ on RedNote Amid Mixed Reactions', 'even asking about pets.'],
    ['Mixed Reactions to the Newcomers', 'not everyone is thrilled about the change.'],
    ['Mixed Reactions to the Newcomers', 'Ren Yi, a Harvard-educated blogger'],
    ['Mixed Reactions to the Newcomers', 'Independent analyst Liu Xingliang suggested the trend might be short-lived'],
    ['Mixed Reactions to the Newcomers', 'the 1989 Tiananmen Square crackdown'],
    ['TikTok Ban Concerns Drive Migration', 'The wave of over 700,000 new users was driven by looming U.S. security concerns'],
    ['TikTok Ban Concerns Drive Migration', 'Jacob Hui, a translator from Hangzhou'],
    ['Official Response and RedNote’s Unique Position', 'calling RedNote a “new home” for TikTok users.'],
    ['Official Response and RedNote’s Unique Position', 'RedNote allows international users to sign up without such restrictions.'],
    ['Official Response and RedNote’s Unique Position', 'it stands as a rare channel for direct cultural interaction between U.S. and Chinese users.'],
  ],
  'digital-migration-defies-geopolitics': [
    [null, 'The unexpected and spontaneous grass-roots response demonstrates the untapped potential for people-to-people diplomacy'],
    [null, 'Rather than migrating to American alternatives such as YouTube Shorts or Instagram Reels'],
    [null, 'to show Chinese people “the true face of American society”. Now American social media users are mirroring his suggestion – getting to know Chinese society'],
    [null, 'These “TikTok refugees” are doing more than just finding a new platform for their content.'],
    [null, 'Users are doing more than reposting content – they are actively engaging with Chinese internet users'],
    [null, 'genuine curiosity about each other’s daily lives and social realities.'],
    [null, 'RedNote itself – originally known for lifestyle content, travel discoveries and product recommendations – has become an unexpected digital classroom'],
  ],
  'digital-cold-war': [
    [null, 'There’s a slim probability this dramatic growth won’t occur'],
    [null, '“Goodbye to my Chinese language spy” has develop into a brand new TikTok pattern.'],
    [null, 'On January 13, the app surged to primary within the US Apple App Retailer, attracting greater than 700,000 new customers.'],
    [null, 'marks a brand new section within the ongoing digital chilly warfare between the US and China.'],
    ['What’s RedNote?', 'Owned by Shanghai-based Xingyin Data Expertise and established in 2013'],
    ['What’s RedNote?', 'RedNote shops its customers’ private information in China'],
    ['What’s RedNote?', 'One other is Lemon8, additionally owned by ByteDance'],
    ['What’s RedNote?', 'it may simply use the identical rationale to ban Lemon8.'],
    ['What’s RedNote?', 'Different native US-based different platforms, similar to Instagram Reels and YouTube Shorts'],
    ['What’s RedNote?', 'the platform is past the management of the US authorities and can’t be straight banned.'],
    // The quoted user post continues the sentence the paragraph opens with "out of spite:".
    ['What’s RedNote?', 'out of spite: because the US authorities is frightened about our private information being taken by China'],
    ['A ‘Western awakening motion’', 'Chinese language customers of RedNote are enthusiastically embracing TikTok refugees from the US.'],
    ['A ‘Western awakening motion’', 'you aren’t refugees, you might be courageous explorers.”'],
    ['A ‘Western awakening motion’', 'has additionally intensified nationwide pleasure of Chinese language web customers.'],
    ['A ‘Western awakening motion’', 'They vividly consult with the migration as a “Western awakening motion”'],
    ['A ‘Western awakening motion’', 'in reference to the “self-strengthening motion” in China within the late nineteenth century'],
    ['A ‘Western awakening motion’', 'some RedNote-related shares surge by as a lot as 20% earlier this week.'],
    ['Folks-to-people diplomacy', 'who in July 2024 mentioned the hope of the China-US relationship lies within the folks'],
    ['Folks-to-people diplomacy', 'Nevertheless, RedNote won’t be a viable, long-term refuge for US TikTok customers.'],
    ['Folks-to-people diplomacy', 'like a flash mob protest towards the TikTok ban.'],
    ['Folks-to-people diplomacy', 'RedNote has already posted a job advert to urgently recruit content material moderators'],
    ['Folks-to-people diplomacy', 'solely a fraction of the 170 million folks within the US who use TikTok.'],
    ['Folks-to-people diplomacy', 'to strain Apple to take away RedNote from the US App Retailer'],
    ['Folks-to-people diplomacy', 'has considerably fractured the worldwide web.'],
  ],
};

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

  // Each entry is text from the raw files that is not article prose.
  const JUNK: [string, string][] = [
    ['000 navigation', 'Global Edition'],
    ['000 navigation', 'Home / Opinion / Chinese Perspectives'],
    ['000 navigation', 'Most Viewed'],
    ['000 navigation', 'BACK TO THE TOP'],
    ['000 navigation', 'FOLLOW US'],
    ['000 byline', 'By Guo Yi'],
    ['000 byline', 'Updated: 2025-01-21'],
    ['000 share bar', 'Share - WeChat'],
    ['000 image caption', '[Photo/Agencies]'],
    ['000 image caption', 'seen in this illustration taken Jan 15, 2025'],
    ['000 disclaimer', 'The views don'],
    ['000 contact line', 'opinion@chinadaily.com.cn'],
    ['000 contact line', 'If you have a specific expertise'],
    ['000 copyright footer', 'All rights reserved'],
    ['000 copyright footer', 'Copyright 1995'],
    ['000 copyright footer', 'Browsers with 1024*768'],
    ['000 license line', 'License for publishing multimedia online'],
    ['000 registration line', 'Registration Number'],
    ['000 Chinese SEO spam', '国产精品'],
    ['000 Chinese SEO spam', '992tv'],
    ['001 source list', 'apnews.com'],
    ['001 source list', 'Associated Press –'],
    ['001 source list', 'https://'],
    ['001 source list', 'I tried RedNote — the Chinese app'],
    ['001 previous/next', 'Previous'],
    ['001 previous/next', 'The Two-Party System'],
    ['001 previous/next', 'A War on Collective Thought'],
    ['002 navigation', 'Latest News'],
    ['002 dateline', 'Jan 16, 2025'],
    ['002 comment form', 'Leave a Reply'],
    ['002 comment form', 'Your email address will not be published'],
    ['002 comment form', 'Required fields are marked'],
    ['003 repeated headline', 'Opinion |'],
    ['003 teaser link', 'Click Here to read in detail'],
    ['003 advertisement', 'Advertisement'],
    ['003 author handle', 'Miatamil'],
    ['003 trending list', 'Listed here the latest Trending News'],
    ['003 trending list', 'Melania'],
    ['003 trending list', 'Harry Styles'],
    ['003 trending list', 'Hailey Bieber'],
    ['003 trending list', 'Coco Gauff'],
    ['003 trending list', 'BrewDog'],
    ['003 trending list', 'Kanye'],
    ['003 trending list', 'J-hope'],
    ['003 trending list', 'Scarlett'],
    ['003 read more', 'Read more'],
    ['003 read more', 'Cick here'],
    ['003 share bar', 'Share on'],
    ['003 share bar', 'truthsocial'],
    ['003 share bar', 'Twitter (X) Facebook'],
    ['003 Twitter-trends explainer', 'most popular shared hashtags'],
    ['003 Twitter-trends explainer', 'Worldwide Trends'],
    ['003 Twitter-trends explainer', 'Periscope'],
    ['003 Twitter-trends explainer', '619 million monthly active users'],
    ['004 weather widget', '25 C'],
    ['004 weather widget', 'New York'],
    ['004 date widget', 'Sunday, August 17, 2025'],
    ['004 repeated headline', 'The digital chilly warfare is sending'],
    ['004 social embed', '@gabschase'],
    ['004 social embed', 'I nonetheless love. I promise.'],
    ['004 social embed', '♬'],
    ['004 social embed', 'оригинальный звук'],
    ['004 credit line', 'republished from The Dialog'],
    ['004 credit line', 'Artistic Commons'],
    ['004 glued logo credit', 'The Conversation'],
    ['004 glued logo credit', 'warfare.The'],
    ['004 navigation', 'Related Articles'],
    ['004 navigation', 'Latest Articles'],
    ['004 comment form', 'LEAVE A REPLY'],
    ['004 comment form', 'Please enter your comment!'],
    ['004 comment form', 'Please enter your name here'],
    ['any mojibake', 'ā€'],
    ['any mojibake', 'Ä'],
    ['any replacement character', '\ufffd'],
  ];

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
