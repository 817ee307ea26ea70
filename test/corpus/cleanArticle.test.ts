import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEADING_EMOJI } from '../../src/corpus/furniture.js';
import { cleanArticle, cleanBlocks, isHeadingLine, junkRule, normalizeLine, textBlocks, type CleanOptions } from '../../src/corpus/cleanArticle.js';

const OPTIONS: CleanOptions = { title: 'RedNote welcomes TikTok refugees', publisher: 'Example Times', hints: { bodyEndsBefore: [] } };

function texts(raw: string, options: Partial<CleanOptions> = {}): string[] {
  return cleanArticle(raw, { ...OPTIONS, ...options }).paragraphs.map((p) => p.text);
}

const P1 = 'More than 700,000 Americans joined RedNote in two days, the company said.';
const P2 = 'Chinese users answered with welcome videos and language lessons for the newcomers.';
const P3 = 'Analysts expect many of them to return to TikTok once the ban is settled.';

describe('junkRule', () => {
  it.each([
    ['advertisement', 'Advertisement'],
    ['share-bar', 'Share'],
    ['share-bar', 'Share - WeChat'],
    ['social-links', 'Twitter (X) Facebook truthsocial gettr pinterest whatsapp telegram'],
    ['read-more', 'Read more >> : Cick here'],
    ['click-here', 'Click Here to read in detail'],
    ['comment-form', 'Leave a Reply'],
    ['comment-form', 'LEAVE A REPLY'],
    ['comment-form', 'Your email address will not be published. Required fields are marked *'],
    ['comment-form', 'Please enter your comment!'],
    ['copyright', 'Copyright 1995 - . All rights reserved. The content published in this site belongs to China Daily.'],
    ['copyright', '© 2025 Example Media Group'],
    ['site-registration', 'License for publishing multimedia online 0108263'],
    ['site-registration', 'Registration Number: 130349'],
    ['classification-banner', 'UNCLASSIFIED//TLP:CLEAR'],
    ['classification-banner', 'UNCLASSIFIED'],
    ['classification-banner', 'TLP:AMBER'],
    ['classification-banner', '(U)'],
    ['site-chrome', '【Font: Large Medium Small】 【Print】 【Close】'],
    ['site-chrome', 'Font size: A A A'],
    ['site-chrome', '字号：大 中 小'],
    ['pagination', 'Pages: 1 2 3 Next'],
    ['social-links', 'Share to: WeChat Weibo RedNote Copy link'],
    ['social-links', 'Share this: Facebook, X, LinkedIn, Email, Print'],
    ['pagination', '« Prev 1 2 3 … 9 Next »'],
    ['byline', 'By Guo Yi | China Daily | Updated: 2025-01-21 06:17'],
    ['byline', 'By Jane Doe'],
    ['byline', 'By Jane Doe, Reuters'],
    ['date-line', 'Jan 16, 2025'],
    ['date-line', 'Sunday, August 17, 2025'],
    ['date-line', 'Updated: 2025-01-21 06:17'],
    ['weather-widget', '25 C'],
    ['weather-widget', '-3 °F'],
    ['breadcrumb', 'Home / Opinion / Chinese Perspectives'],
    ['breadcrumb', 'Insights / Marketing & Management /'],
    ['image-caption', 'The logos for TikTok and RedNote are seen in this illustration taken Jan 15, 2025. [Photo/Agencies]'],
    ['disclaimer', "The views don't necessarily reflect those of China Daily."],
    ['contact-address', 'send us your writings at opinion@chinadaily.com.cn, and comment@chinadaily.com.cn.'],
    ['republication-credit', 'This text is republished from The Dialog underneath a Artistic Commons license. Learn the unique article.'],
    ['seo-spam', '中文字幕| 国产精品| 高清一级| 日本三级| 亚洲免费| 992tv|'],
    ['site-navigation', 'BACK TO THE TOP'],
    ['site-navigation', 'Most Viewed in 24 Hours'],
    ['site-navigation', 'Latest News'],
    ['site-navigation', 'FOLLOW US'],
  ])('GIVEN page furniture THEN the %s rule recognises "%s"', (rule, line) => {
    expect(junkRule(line)).toBe(rule);
  });

  it.each([
    P1,
    'Share prices of RedNote-related companies rose by as much as 20% this week.',
    'Share prices rose sharply.',
    'By Monday, more than 700,000 users had joined the app.',
    'By January 13, the app had surged to number one in the US App Store.',
    'The ban raised copyright questions for creators who had built careers on TikTok.',
    'Read more than a few posts and the welcome feels genuine, users said.',
    'Top officials in Beijing welcomed the influx.',
    'Latest figures show 700,000 new users.',
  ])('GIVEN article prose THEN no junk rule claims "%s"', (line) => {
    expect(junkRule(line)).toBeNull();
  });
});

describe('isHeadingLine', () => {
  it.each(['Mixed Reactions to the Newcomers', 'What’s RedNote?', 'A ‘Western awakening motion’', 'Folks-to-people diplomacy'])('GIVEN "%s" THEN it is a heading', (line) => {
    expect(isHeadingLine(line)).toBe(true);
  });

  it.each([P1, 'Many TikTok users turned to RedNote.', '2025', 'a'.repeat(121)])('GIVEN "%s" THEN it is not a heading', (line) => {
    expect(isHeadingLine(line)).toBe(false);
  });
});

describe('junkRule on hostile lines', () => {
  it('GIVEN a share label before a run of thousands of capitals, or a number thousands of digits long, each ending in a character no rule takes THEN no rule claims it (and none backtracks for ever: the networks and the page links are separated by spaces)', () => {
    for (const line of ['Share: ' + 'A'.repeat(5000) + '!', `${'1'.repeat(5000)}x`, `Pages: ${'1 '.repeat(15)}x`]) expect(junkRule(line)).toBeNull();
    // (Nor a text-size label before sizes run together: "a-a-a-…" is not split into "a-" and "a" and "-" every way.)
    expect(junkRule(`Font size: ${'a-'.repeat(40)}!`)).not.toBe('site-chrome');
  });
});

describe('normalizeLine', () => {
  it('GIVEN the invisible bidirectional marks a page sets round a date ("\\u200e01-16-2025") or a name THEN they go', () => {
    expect(normalizeLine('\u200e01-16-2025 02:37 PM')).toBe('01-16-2025 02:37 PM');
    expect(normalizeLine('\u2067مرحبا\u2069 RedNote\u200f')).toBe('مرحبا RedNote');
  });

  it('GIVEN a thread\'s post number after the post\'s last sentence ("… in all. 🧵 (1/10)", "… than I do. (10/10)") THEN it goes; a date or a score inside a sentence stays', () => {
    expect(normalizeLine('about 31,000 characters in all. 🧵 (1/10)')).toBe('about 31,000 characters in all.');
    expect(normalizeLine('Corrections welcome. (10/10)')).toBe('Corrections welcome.');
    expect(normalizeLine('The ban took effect on 1/19')).toBe('The ban took effect on 1/19');
    expect(normalizeLine('The score was 3/4.')).toBe('The score was 3/4.');
  });

  it('GIVEN a synced transcript\'s time code opening what was said ("06:41 Next, I would like…", "[00:01:15] So we…") THEN the words are the line; a chapter\'s title, a speaker\'s name, a short note and a clock time with "p.m." keep theirs', () => {
    expect(normalizeLine('06:41 Next, I would like to share an unusual stress test that our network went through in January.')).toBe('Next, I would like to share an unusual stress test that our network went through in January.');
    expect(normalizeLine('[00:01:15] So we started posting on RedNote the week before the ban took effect.')).toBe('So we started posting on RedNote the week before the ban took effect.');
    for (const kept of ['03:12 Downloading an app you can\'t read', '02:10 Lena Cho', '7:02 Meeting called to order.', '10:30 PM Police said the road would stay closed overnight for repairs.', '11:58 p.m. ET The senator said the vote would be held on Friday morning.']) {
      expect(normalizeLine(kept)).toBe(kept);
    }
  });

  it('GIVEN a government bulletin\'s portion marks ("(U) On 17 January, …", "2. (U) REPORTING FOREIGN CONTACTS") THEN the words and the number stay, the mark goes; an enumeration\'s "(C)" and a copyright\'s stay', () => {
    expect(normalizeLine('(U) On 17 January, PRFC identified at least nine posts on RedNote.')).toBe('On 17 January, PRFC identified at least nine posts on RedNote.');
    expect(normalizeLine('2. (U) REPORTING FOREIGN CONTACTS')).toBe('2. REPORTING FOREIGN CONTACTS');
    expect(normalizeLine('(U//FOUO) Details')).toBe('Details');
    expect(normalizeLine('(C) The Secretary shall publish the list.')).toBe('(C) The Secretary shall publish the list.');
    expect(normalizeLine('(c) 2025 Example Media')).toBe('(c) 2025 Example Media');
  });

  it('GIVEN a zero-width non-joiner or joiner inside a Persian or Hindi word THEN it stays, as the word is spelt; beside a Latin letter or alone it goes', () => {
    expect(normalizeLine('کاربران ایرانی\u200cها')).toBe('کاربران ایرانی\u200cها');
    expect(normalizeLine('क्\u200dष')).toBe('क्\u200dष');
    expect(normalizeLine('Red\u200cNote and \u200dthe app\u200d')).toBe('RedNote and the app');
  });

  it('GIVEN non-breaking and zero-width spaces, tabs and soft hyphens THEN one plain space remains between words', () => {
    expect(normalizeLine('\u00a0 The digital\u00a0chilly\u200b \twarfare\u00ad  is here \u3000')).toBe('The digital chilly warfare is here');
  });

  it('GIVEN a typeface\'s ligatures from a PDF\'s text layer ("ﬁlmed", "ﬂow", "oﬀer") THEN they are their letters, so the words are found', () => {
    expect(normalizeLine('She ﬁlmed the ﬂow of oﬀers')).toBe('She filmed the flow of offers');
  });
});

describe('cleanArticle', () => {
  it('GIVEN a forum topic copied as text (bbPress: its status line, the poster\'s profile fields, Reply/Quote/Report) THEN the opening post is the article', () => {
    const page = [
      'PSA from a bride who spent a week on RedNote',
      'Subscribe',
      'This topic has 2 replies, 2 voices, and was last updated 2 weeks, 1 day ago by junebug.',
      'Viewing 3 posts - 1 through 3 (of 3 total)',
      'January 21, 2025 at 9:42 pm #2240187',
      'marigoldmaven',
      'Posts: 1,214',
      P1,
      P2,
      'This topic was modified 3 weeks, 2 days ago by marigoldmaven. Reason: typo',
      'Reply',
      'Quote',
      'Report',
    ].join('\n\n');
    expect(texts(page, { title: 'PSA from a bride who spent a week on RedNote' })).toEqual([P1, P2]);
  });

  it('GIVEN a pull quote whose every word a longer paragraph prints in order THEN the pull quote goes and the paragraph stays; a short line said twice, or a paragraph sharing only part of its words, stays', () => {
    const said = '“People are making fast decisions about apps they had never heard of a week ago,” said Lorena Vasquez-Hill, chief of the Consumer Protection Section.';
    const pull = '“People are making fast decisions about apps they had never heard of a week ago.”';
    expect(texts(`${OPTIONS.title}\n\n${P1}\n\n${pull}\n\n${said}\n\n${P2}`)).toEqual([P1, said, P2]);
    const partly = '“People are making fast decisions,” a second official said on Friday about the week.';
    expect(texts(`${OPTIONS.title}\n\n${P1}\n\n${partly}\n\n${said}\n\n${P2}`)).toEqual([P1, partly, said, P2]);
  });

  it('GIVEN paragraphs under short heading lines THEN each paragraph carries the heading above it and headings are not paragraphs', () => {
    const result = cleanArticle(`${OPTIONS.title}\n\n${P1}\n\nMixed Reactions\n\n${P2}\n\n${P3}\n\nWhat comes next\n\nThe platform is hiring English-speaking moderators.`, OPTIONS);
    expect(result.paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: 'Mixed Reactions', text: P2 },
      { heading: 'Mixed Reactions', text: P3 },
      { heading: 'What comes next', text: 'The platform is hiring English-speaking moderators.' },
    ]);
  });

  it('GIVEN a release\'s section labels in lenticular brackets ("【Background】", as Japanese releases set them in English) THEN each heads its section by its words; a Chinese player\'s label stays furniture', () => {
    const result = cleanArticle(`${OPTIONS.title}\n\n${P1}\n\n【Background】\n\n${P2}\n\n【点击收听】02:47\n\n${P3}`, OPTIONS);
    expect(result.paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: 'Background', text: P2 },
      { heading: 'Background', text: P3 },
    ]);
  });

  it('GIVEN a WeChat article copied from a phone (its account line broken in two, "点击上方蓝字「…」关注我们", "听全文") THEN the writer without her title, the account and the date are found, and neither prompt is kept', () => {
    const headline = '小红书突然涌进一批美国人，我们药房的柜台也热闹了';
    const body = ['这一周，法拉盛不少街坊都在聊同一件事：TikTok可能要被禁，大批美国网友涌进了小红书，自称“TikTok难民”。', '从1月15日到20日，康泰药房一共接待了27位非华裔顾客，专门来问他们在小红书上看到的中国常用药。'];
    const text = [headline, '原创 李文慧药师 康泰药房KangTaiRx', '2025年01月21日 10:18 纽约', '听全文', '', '点击上方蓝字「康泰药房KangTaiRx」关注我们，每周分享实用用药知识', '', ...body.flatMap((p) => [p, ''])].join('\n');
    const result = cleanArticle(text, { ...OPTIONS, title: '', publisher: '' });
    expect(result.found).toMatchObject({ title: headline, author: '李文慧', date: '2025-01-21', publisher: '康泰药房KangTaiRx' });
    expect(result.paragraphs.map((p) => p.text)).toEqual(body);
  });

  it('GIVEN a Chinese blog\'s "本文引用地址：" (this post\'s address to cite) under the post THEN that is the page\'s address', () => {
    const raw = `${OPTIONS.title}\n\n${P1}\n\n${P2}\n\n本文引用地址：http://blog.example.cn/blog-1043827-1470215.html`;
    expect(cleanArticle(raw, OPTIONS).found.url).toBe('http://blog.example.cn/blog-1043827-1470215.html');
  });

  it('GIVEN a bilingual page\'s "本文網址 Permalink：https://…" THEN that is the page\'s address', () => {
    const raw = `${OPTIONS.title}\n\n${P1}\n\n${P2}\n\n本文網址 Permalink：https://www.example.org.tw/en/statements/1187`;
    expect(cleanArticle(raw, OPTIONS).found.url).toBe('https://www.example.org.tw/en/statements/1187');
  });

  it('GIVEN a notice\'s labels in capitals alone on their lines ("DATES:" over a sentence) THEN each runs into its sentence; one over a heading still heads', () => {
    const blocks = textBlocks('DATES:\nComments must be received by March 10, 2025.\nSUPPLEMENTARY INFORMATION:\nI. Background\nBetween January 13 and January 19, 2025, U.S. users downloaded the app more than 3.1 million times.');
    expect(blocks.map((b) => b.text)).toEqual(['DATES: Comments must be received by March 10, 2025.', 'SUPPLEMENTARY INFORMATION:', 'I. Background', 'Between January 13 and January 19, 2025, U.S. users downloaded the app more than 3.1 million times.']);
  });

  it('GIVEN a long line ending in a colon above the first paragraph (a release\'s "Following is a question by … today (January 22):") THEN it is body text, not a dek', () => {
    const lead = 'Following is a question by the Hon Kenneth Fung and a written reply by the Secretary for Culture, Sports and Tourism in the Legislative Council today (January 22):';
    const result = cleanArticle(`${OPTIONS.title}\n\n${lead}\n\n${P1}\n\n${P2}`, OPTIONS);
    expect(result.paragraphs.map((p) => p.text)).toEqual([lead, P1, P2]);
  });

  it('GIVEN a contents list printed before the story and again after it THEN each section heading still heads its section', () => {
    const contents = ['In this article:', 'The News', 'Know More', 'Step Back'];
    const page = [OPTIONS.title, ...contents, 'Title icon', 'The News', P1, 'Title icon', 'Know More', P2, 'Title icon', 'Step Back', P3, ...contents].join('\n\n');
    expect(cleanArticle(page, OPTIONS).paragraphs).toEqual([
      { heading: 'The News', text: P1 },
      { heading: 'Know More', text: P2 },
      { heading: 'Step Back', text: P3 },
    ]);
  });

  it('GIVEN subheads opening on an emoji ("📊 The numbers", "⚠️ The catch") THEN the heading is their words', () => {
    const result = cleanArticle(`${OPTIONS.title}\n\n${P1}\n\n📊 The numbers\n\n${P2}\n\n⚠️ The catch nobody mentions\n\n${P3}`, OPTIONS);
    expect(result.paragraphs.map((p) => p.heading)).toEqual([null, 'The numbers', 'The catch nobody mentions']);
  });

  it('GIVEN a text browser\'s dump (numbered link marks, an image stand-in, its References list of link targets) THEN the words read whole, and neither the stand-in nor the targets become paragraphs or sources', () => {
    const dump = `   [1]blog\n\n     * [2]Posts\n\n${OPTIONS.title}\n\n   ${P1}\n\n   [chart.png]\n\n   ${P2.replace('welcome videos', '[7]welcome [8]videos')}\n\nReferences\n\n   1. https://blog.example/\n   2. https://blog.example/posts/\n`;
    const result = cleanArticle(dump, OPTIONS);
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(result.sourceList).toEqual([]);
  });

  it('GIVEN a table of contents listing the section headings THEN the list is no paragraph and each heading still heads its section', () => {
    const page = [OPTIONS.title, 'Table of contents', 'Who joined', 'What comes next', P1, 'Who joined', P2, 'What comes next', P3].join('\n\n');
    expect(cleanArticle(page, OPTIONS).paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: 'Who joined', text: P2 },
      { heading: 'What comes next', text: P3 },
    ]);
  });

  it('GIVEN the headline repeated at the top, with or without a section label THEN it is not a paragraph', () => {
    expect(texts(`Opinion | ${OPTIONS.title}\n\nA standfirst that sums up the piece in one sentence.\n${OPTIONS.title}\n\n${P1}`)).toEqual([
      'A standfirst that sums up the piece in one sentence.',
      P1,
    ]);
  });

  it('GIVEN a paragraph the page layout cut mid-sentence THEN the continuation is joined to it', () => {
    expect(texts(`${P1}\n\nSome users explained their move out of spite:\n\nbecause the government worries about our data, let’s hand it over directly.`)).toEqual([
      P1,
      'Some users explained their move out of spite: because the government worries about our data, let’s hand it over directly.',
    ]);
  });

  it('GIVEN a short heading-like line between two paragraphs THEN the paragraph after it is not glued to the one before', () => {
    expect(texts(`Users said\n\n${P1}`)).toEqual([P1]);
  });

  it('GIVEN a social-media embed (@handle … ♬ sound) THEN none of its lines are paragraphs', () => {
    expect(texts(`${P1}\n\n@gabschase\n\nI still love. I promise.\n\n♬ original sound – someone\n\n${P2}`)).toEqual([P1, P2]);
  });

  it('GIVEN Previous/Next links with the linked post titles THEN neither the links nor the titles are paragraphs', () => {
    expect(texts(`${P1}\n\nPrevious\nPrevious\n\nThe Two-Party System: How Division Keeps Americans Fighting.\n\nNext\nNext\n\nThe TikTok Ban: A War on Collective Thought.`)).toEqual([P1]);
  });

  it('GIVEN a body end marker hint THEN everything from that line on is dropped', () => {
    const raw = `${P1}\n\n${P2}\n\nListed here the latest Trending News\n\nThe secret rebuke stitched into a ball gown delighted admirers.`;
    expect(texts(raw, { hints: { bodyEndsBefore: ['Listed here the latest Trending News'] } })).toEqual([P1, P2]);
    expect(texts(raw, { hints: { bodyEndsBefore: ['  listed HERE the latest trending  '] } })).toEqual([P1, P2]);
  });

  it('GIVEN the publisher logo glued to the last sentence THEN the credit is cut and the sentence kept', () => {
    const last = 'Fortunately, we have witnessed the spirit of optimism among US and Chinese internet users amid the digital cold war.';
    expect(texts(`${P1}\n\n${last}Example Times`)).toEqual([P1, last]);
  });

  it('GIVEN the publisher named inside a sentence THEN the sentence is untouched', () => {
    const last = 'The figures in this piece come from a report first published last week by Example Times';
    expect(texts(`${P1}\n\n${last}`)).toEqual([P1, last]);
  });

  it('GIVEN a teaser card (headline printed twice, blurb, "Read more") THEN headline and blurb are dropped', () => {
    const raw = `${P1}\n\nStar ignored her after first date.\n\nStar ignored her after first date.\n\nThe singer later apologised for ghosting her.\n\nRead more >> : Cick here\n\n${P2}`;
    expect(texts(raw)).toEqual([P1, P2]);
  });

  it('GIVEN a "Read more:" link at the end of an article THEN the article paragraphs before it are kept', () => {
    expect(texts(`${P1}\n\n${P2}\n\n${P3}\n\nRead more: our full coverage of the TikTok ban`)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a paragraph that opens with "By Monday," THEN it is article prose, not a byline', () => {
    expect(texts(`By Jane Doe, Reuters\n\n${P1}\n\nBy Monday, more than 700,000 users had joined the app.`)).toEqual([P1, 'By Monday, more than 700,000 users had joined the app.']);
  });

  it('GIVEN a paragraph about copyright THEN it is kept, while the copyright footer is not', () => {
    const about = 'Creators worried about copyright claims on the videos they moved from TikTok.';
    expect(texts(`${P1}\n\n${about}\n\nCopyright 2025 Example Times. All rights reserved.`)).toEqual([P1, about]);
  });

  it('GIVEN a long paragraph printed twice by the scraper THEN it is kept once', () => {
    // (A paragraph after it repeating its last sentence would be an echo of it, and go: see the pull-quote test.)
    const long = `${P2} ${P3}`;
    const last = 'The platform is hiring English-speaking moderators.';
    expect(texts(`${P1}\n\n${long}\n${long}\n\n${last}`)).toEqual([P1, long, last]);
  });

  it('GIVEN only page furniture THEN there are no paragraphs (the loader then skips the file)', () => {
    expect(texts('Advertisement\nShare\nLeave a Reply\nBACK TO THE TOP\n25 C\nJan 16, 2025')).toEqual([]);
  });

  it('GIVEN a Source List section THEN its entries become references, not paragraphs, and the prose after it keeps the heading it had', () => {
    const raw = [
      'A Lasting Impact',
      P1,
      'Source List',
      '  1. Reuters – "Over half a million flock to RedNote"',
      '    https://www.reuters.com/technology/rednote',
      '  2. CNN — “The great social media migration”',
      '    http://[broken',
      P2,
    ].join('\n\n');
    const result = cleanArticle(raw, OPTIONS);
    expect(result.paragraphs).toEqual([
      { heading: 'A Lasting Impact', text: P1 },
      { heading: 'A Lasting Impact', text: P2 },
    ]);
    expect(result.sourceList).toEqual([
      { number: 1, outlet: 'Reuters', title: 'Over half a million flock to RedNote', url: 'https://www.reuters.com/technology/rednote' },
      { number: 2, outlet: 'CNN', title: 'The great social media migration', url: '' },
    ]);
    expect(result.warnings).toEqual(['source 2 has an invalid URL "http://[broken"; it is listed without a link']);
  });

  it('GIVEN Windows (CRLF) or old Mac (CR) line ends THEN paragraphs come out the same', () => {
    const unix = `Heading\n\n${P1}\n\n${P2}`;
    expect(texts(unix.replace(/\n/g, '\r\n'))).toEqual(texts(unix));
    expect(texts(unix.replace(/\n/g, '\r'))).toEqual(texts(unix));
  });
});

const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '', ' ', 'Advertisement', 'Share', 'Read more >> : Cick here', 'Previous', 'Next', '@someone', '♬ sound', 'Source List', '1. Reuters – "Title"',
    'https://example.com/a', 'www.bad', 'Mixed Reactions', P1, P2, P3, 'out of spite:', 'because it is so.', 'By Jane Doe', '25 C', 'Example Times',
    'END', 'end of article',
  ),
);
const article = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));
const options = fc.record({
  title: fc.oneof(fc.constant(''), fc.constant(P1), fc.string({ maxLength: 30 })),
  publisher: fc.oneof(fc.constant(''), fc.constant('Example Times'), fc.string({ maxLength: 20 })),
  hints: fc.record({ bodyEndsBefore: fc.array(fc.oneof(fc.constant('END'), fc.string({ maxLength: 10 })), { maxLength: 2 }) }),
});

describe('cleanArticle on transcripts, reports and plain-text newsletters', () => {
  it('GIVEN a speaker\'s short question ("ANCHOR: Is that a fair point?") THEN it is a paragraph, not a heading', () => {
    const raw = ['ROE: I think most people will go back to TikTok within a week or two, honestly.', 'COLE: Ivo, is that a fair point?', 'ROE: It is an understandable feeling, but I would push back a little on it.'].join('\n');
    const result = cleanArticle(raw, OPTIONS);
    expect(result.paragraphs.map((p) => [p.heading, p.text.slice(0, 5)])).toEqual([[null, 'ROE: '], [null, 'COLE:'], [null, 'ROE: ']]);
  });

  it('GIVEN footnotes under a rule ("[1] Public Law …") and an "About the authors" section THEN neither is indexed, and the marks leave the text', () => {
    const raw = [P1, `${P2}[1]`, '______________________', '[1] Public Law 118-50, Division H, 24 April 2024.', P3, 'About the authors', 'Jane Roe is a senior fellow at the centre, where she leads the series on platforms.', 'Acknowledgements: We thank the panel participants who gave up a long week for this work.'].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
  });

  it.each(['###', '# # #', '-30-', '-ENDS-'])('GIVEN a story whose copy ends at "%s", then the desk\'s sources and comments THEN nothing after the mark is indexed', (mark) => {
    const raw = [P1, P2, P3, mark, 'SOURCES (desk only):', 'Keisha Obi — phone in contacts sheet, interviewed 1/17 and 1/21, and again on the morning the story ran.', '[a]Appfigures or Sensor Tower? Name the source up top in the graf. —PR'].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a portal\'s story opening with its submitter quoted ("Amy Sun writes "…"") THEN the quoted words are the paragraph and the submitter its author; a sentence that says someone writes is kept whole', () => {
    const result = cleanArticle([`Amy Sun writes "${P1}"`, P2, P3].join('\n'), OPTIONS);
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(result.found.author).toBe('Amy Sun');
    const told = 'The columnist writes "It is a fad" in her newsletter, and readers have been quick to disagree with her.';
    expect(texts([told, P2, P3].join('\n'))).toEqual([told, P2, P3]);
  });

  it('GIVEN speech set as a dash-led paragraph ("– Helt sprøtt. Jeg våknet av at …") THEN the dash stays with the paragraph; a short dash-led line is a list item', () => {
    const turn = '– Helt sprøtt. Jeg våknet av at telefonen bare vibrerte og vibrerte, sier bergenseren.';
    expect(texts([P1, turn, P2].join('\n'))).toEqual([P1, turn, P2]);
    expect(textBlocks('– Photos of cats').map((b) => [b.text, b.item])).toEqual([['Photos of cats', true]]);
  });

  it.each(['Leia também', 'Read also', 'Lesen Sie auch'])('GIVEN "%s" over one linked headline inside the story THEN the link is neither text nor a heading, and the story goes on', (label) => {
    const raw = [P1, label, 'Supreme Court appears likely to uphold the law against TikTok', P2, P3].join('\n');
    const out = cleanArticle(raw, OPTIONS).paragraphs;
    expect(out.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(out.every((p) => p.heading === null)).toBe(true);
  });

  it('GIVEN a forum post or an e-mail whose signature opens with "-- ", then the list\'s footer and the replies THEN nothing after the dashes is indexed', () => {
    const raw = [P1, P2, P3, '-- ', 'Laura Brennan', 'Chinese & World Languages Department | Monona Grove High School', '"Learning another language is not only learning different words for the same things, but learning another way to think."', '', 'Dave Kowalski', 'Laura, this is fantastic, thank you for writing it up. Could you share the permission slip for the class account?'].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a wire page\'s summary bullets copied as lines above the dateline THEN none heads the story', () => {
    const story = 'SHANGHAI/HONG KONG, Jan 16 (Kessler) - Xiaohongshu, the Chinese lifestyle app that has drawn a wave of American users, is recruiting English-speaking moderators.';
    const raw = ['Summary', 'Xiaohongshu recruiting English-speaking moderators - sources', 'More than 3 mln users joined in past week, source says', '', story, P1, P2].join('\n');
    const chunks = cleanArticle(raw, OPTIONS).paragraphs;
    expect(chunks.map((p) => p.text)).toEqual([story, P1, P2]);
    expect(chunks.every((p) => p.heading === null)).toBe(true);
  });

  it('GIVEN a thread copied as text: the writer\'s posts under handle and date, then other people\'s replies THEN only the writer\'s posts are read', () => {
    const post = (handle: string, text: string) => [handle, '01/19/25', text, '874', '41'];
    const raw = [
      ...post('marisol.reports', P1),
      ...post('marisol.reports', P2),
      ...post('marisol.reports', P3),
      'Top View activity',
      ...post('kwoods.atl', 'Atlanta checking in, I think I might be the video calls lady from the story, best week online in years.'),
      ...post('ethan.cho.law', 'Worth flagging for folks: the assurances do not change the statute and providers are still exposed.'),
    ].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a single post by one handle, then a post by another THEN no thread ends there (one post over others is a feed, not a thread)', () => {
    const raw = ['jdoe', 'January 19, 2025', P1, P2, 'kwoods', 'January 20, 2025', P3].join('\n');
    expect(texts(raw)).toContain(P3);
  });

  it('GIVEN a reporter\'s bracket opening a story in Chinese and an editor\'s initials closing one in German THEN neither is text, and the bracket names the writer', () => {
    const zh = cleanArticle(['〔記者林怡君／台北報導〕美國用戶湧入小紅書，台灣數位安全協會提醒民眾注意個人資料外流的風險。', '專家建議使用者不要綁定通訊錄，也不要開啟定位功能。'].join('\n\n'), OPTIONS);
    expect(zh.paragraphs[0]?.text).toBe('美國用戶湧入小紅書，台灣數位安全協會提醒民眾注意個人資料外流的風險。');
    expect(zh.found.author).toBe('林怡君');
    expect(texts([P1, 'Die App speichert Daten in China, sagte die Datenschützerin am Montag in Berlin. (jli)'].join('\n'))).toEqual([P1, 'Die App speichert Daten in China, sagte die Datenschützerin am Montag in Berlin.']);
  });

  it('GIVEN a standfirst written as a sentence between the headline and the byline THEN it is the page\'s summary, not the story', () => {
    const standfirst = 'When a ban on TikTok loomed, millions of Americans fled to a Chinese app they could not read.';
    const raw = ['Menu', OPTIONS.title, standfirst, 'By Dana Whitfield', 'January 20, 2025', P1, P2, P3].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
  });

  it('GIVEN the writer\'s bio in the third person closing the page ("Noor is Saltbox\'s founder …") THEN it is not the story; a paragraph about someone else stays', () => {
    const bio = 'Noor is Saltbox’s founder and head of strategy. Before starting the studio she ran social for two agencies.';
    expect(texts(['By Noor Haddad', P1, P2, P3, bio].join('\n'))).toEqual([P1, P2, P3]);
    const other = 'Grace is one of the creators the studio manages, and she moved her cooking videos to RedNote in a day.';
    expect(texts(['By Noor Haddad', P1, P2, P3, other].join('\n'))).toContain(other);
  });

  it('GIVEN an author box closing the page, the writer\'s name alone over a bio naming them or their job THEN the bio is not the story; a closing paragraph under another name stays', () => {
    const named = "Tom and Lena Brandt opened Prairie Shine's first location on Minnesota Avenue in 2009. Tom still fixes the brushes himself.";
    expect(texts(['By Tom Brandt', P1, P2, P3, 'Tom Brandt', named].join('\n'))).toEqual([P1, P2, P3]);
    const job = 'Community editor at Frondly. Grows too many begonias in a Lisbon flat.';
    expect(texts(['By Ines Carvalho', P1, P2, P3, 'Share', 'Ines Carvalho', job].join('\n'))).toEqual([P1, P2, P3]);
    const quoted = 'Brandt said the brushes were replaced in 2019 and the lot repaved the year after that.';
    expect(texts(['By Tom Brandt', P1, P2, P3, 'Mei Chen', quoted].join('\n'))).toContain(quoted);
  });

  it('GIVEN a note on the writer set over the story ("Corinne Abadi is the museum\'s executive director.") THEN it is not the story; an opening sentence about another person, or a longer one about the writer, stays', () => {
    const note = 'Noor Haddad is the museum’s executive director.';
    expect(texts(['By Noor Haddad', note, P1, P2, P3].join('\n'))).toEqual([P1, P2, P3]);
    const other = 'Mei Chen is the museum’s newest volunteer.';
    expect(texts(['By Noor Haddad', other, P1, P2, P3].join('\n'))).toContain(other);
    const story = 'Noor Haddad is the museum’s executive director, and in January she watched its RedNote account pass ten thousand followers in a week.';
    expect(texts(['By Noor Haddad', story, P1, P2, P3].join('\n'))).toContain(story);
  });

  it('GIVEN a browser\'s print footer whose address and page number a tab sets apart ("https://…<TAB>1/4") THEN the address is the page\'s, with no colon after it, and the footer is no paragraph', () => {
    const address = 'https://screen.example.org/essays/two-columns-rednote-week';
    const result = cleanArticle(['Two columns, not one: the RedNote week on a phone screen', 'By Owen Castellanos', P1, P2, `${address}\t1/2`, P3, `${address}\t2/2`].join('\n\n'), { ...OPTIONS, title: '', publisher: '' });
    expect(result.found.url).toBe(address);
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a "Related" label left alone inside the story, then a paragraph and a section heading over more prose THEN the story goes on', () => {
    const raw = [P1, P2, 'Related', 'At the university, the Chinese program added 18 seats over the weekend after the waitlist passed forty.', 'A familiar spike', P3].join('\n');
    expect(texts(raw)).toEqual([P1, P2, 'At the university, the Chinese program added 18 seats over the weekend after the waitlist passed forty.', P3]);
  });

  it('GIVEN a "Recommended" box inside the story whose teasers sit under section labels the page\'s menus print too ("Politics", three times in all) THEN the story resumes after it', () => {
    const menu = ['Home', 'Politics', 'World', 'Culture', 'Opinion', 'Video'];
    const box = ['Recommended', 'World', 'Lemon8, TikTok’s sister app, also faces a ban on Sunday', 'Politics', 'House China hawks want answers from Apple and Google on RedNote sign-ups'];
    const more = 'Newcomers quickly adopted a custom of paying a “cat tax”, posting photos of their pets as a friendly greeting to Chinese users.';
    const raw = [...menu, OPTIONS.title, P1, P2, ...box, 'Cat tax and pinyin lessons', more, P3, ...menu].join('\n');
    expect(texts(raw)).toEqual([P1, P2, more, P3]);
  });

  it('GIVEN a sponsor box between two rules ("-----", "SPONSORED", a pitch, "-----") THEN the pitch goes; GIVEN "Advertisement" alone between paragraphs THEN the next paragraph stays', () => {
    const framed = [P1, '-----------------', 'SPONSORED', 'Tired of juggling six inboxes? Relaypost pulls every comment into one calm dashboard, free for 30 days.', '-----------------', P2].join('\n');
    expect(texts(framed)).toEqual([P1, P2]);
    expect(texts([P1, 'Advertisement', P2, P3].join('\n'))).toEqual([P1, P2, P3]);
  });

  it('GIVEN a bulleted question under a paragraph ("- Who owns the app?") THEN it is a paragraph, never a heading', () => {
    const raw = [P1, '- Who owns the app, and which country’s laws apply to the company?', '- What permissions does it ask for, and does it really need them at all?', P2].join('\n');
    const result = cleanArticle(raw, OPTIONS);
    expect(result.paragraphs.map((p) => p.heading)).toEqual([null, null, null, null]);
    expect(result.paragraphs[1]?.text).toBe('Who owns the app, and which country’s laws apply to the company?');
  });

  it('GIVEN a "Sponsored" label over a pitch with its call to action THEN the pitch goes; GIVEN the same label over a paragraph of news THEN the paragraph stays', () => {
    expect(texts([P1, 'Sponsored', 'Worried about screen time? GuardianLoop shows app usage on every device. Try it free for 14 days.', P2].join('\n'))).toEqual([P1, P2]);
    expect(texts([P1, 'Sponsored', P2, P3].join('\n'))).toEqual([P1, P2, P3]);
    const prose = 'Parents who want to learn more can attend a free session at the library on Feb. 4, organisers said.';
    expect(texts([P1, 'Advertisement', prose, P3].join('\n'))).toEqual([P1, prose, P3]);
  });

  it('GIVEN a feed of posts, each closed by "Comments: N" THEN every post is read, not only the first', () => {
    expect(texts([P1, 'Reactions: 👍 402', 'Comments: 57', P2, 'Comments: 34', P3].join('\n'))).toEqual([P1, P2, P3]);
  });

  it('GIVEN a handle alone above a post (no "♬" sound line after it) THEN it starts no embed and the post is kept', () => {
    expect(texts(['Wendell Ashby', '@wendell_cats', P1, P2, P3].join('\n'), { title: '' })).toEqual([P1, P2, P3]);
  });

  it('GIVEN list items each ending in their own ";" THEN they are joined as written, the last closed as written', () => {
    const raw = [P1, '- political references to Chinese leaders (14 accounts);', '- posts with bare skin or swimwear (9 accounts);', P2].join('\n');
    expect(texts(raw)).toEqual([P1, 'political references to Chinese leaders (14 accounts); posts with bare skin or swimwear (9 accounts);', P2]);
  });

  it('GIVEN "Washington, DC" between the headline\'s date and the body THEN it heads no section', () => {
    const result = cleanArticle(['Department Press Briefing – January 16, 2025', 'January 16, 2025', 'Washington, DC', P1, P2].join('\n'), { ...OPTIONS, title: '' });
    expect(result.paragraphs.map((p) => p.heading)).toEqual([null, null]);
  });

  it('GIVEN a plain-text e-mail\'s links ("words ( https://… )") in a list after the letter THEN none is a paragraph', () => {
    const raw = [P1, 'LINKS WE LIKED', '* RedNote is hiring moderators, fast ( https://letters.example/r/1 )', '* Lemon8 quietly climbs the chart ( https://letters.example/r/2 )', P2].join('\n');
    expect(texts(raw)).toEqual([P1, P2]);
  });

  it('GIVEN a league\'s printed notes (standings, milestones) whose running header dates each page, and a feature signed past them THEN the feature alone is read, under its headline, its writer and the header\'s date', () => {
    const header = [`    ATLANTIC HOCKEY LEAGUE${' '.repeat(48)}WEEKLY NOTES`, `    ahl-notes.example.org  |  @AtlanticHL${' '.repeat(30)}Tuesday, February 4, 2025`, `    ${'_'.repeat(84)}`];
    const notes = (n: number) => Array.from({ length: n }, (_, i) => `• Club ${i + 1} (${i}-${n - i}) visits the league leaders on Saturday night at home.`);
    const headline = 'Atlantic Players Find a New Rink Audience on RedNote';
    const standings = Array.from({ length: 8 }, (_, i) => `Harbour City ${i + 1} ${8 - i} ${i} ${16 - 2 * i}`);
    const raw = [...header, 'THIS WEEK IN THE LEAGUE', ...notes(8), 'STANDINGS W L PTS', ...standings, 'Season 4 | For media use. Page 1 of 3', ...header, 'MILESTONES WATCH', ...notes(8), 'Season 4 | For media use. Page 2 of 3', ...header, 'FEATURE', headline, 'By Corinne Vachon, League Communications', P1, P2, P3];
    const result = cleanArticle(raw.join('\n\n'), { ...OPTIONS, title: '', publisher: '' });
    expect(result.found).toMatchObject({ title: headline, author: 'Corinne Vachon', date: '2025-02-04' });
    // (Its lines read as a layout's, the feature's short last two join as one wrapped paragraph.)
    expect(result.paragraphs.map((p) => p.text).join(' ')).toBe([P1, P2, P3].join(' '));
  });

  it('GIVEN a note wholly in square brackets, in any case ("[Mateo Ruiz signing in ASL; no audio]", "[Signal 9 News theme music]") THEN it is furniture, never a heading; a footnote mark or a Markdown link is not such a note', () => {
    expect(junkRule('[Mateo Ruiz signing in ASL; no audio]')).toBe('bracketed-note');
    expect(junkRule('[Signal 9 News theme music]')).toBe('bracketed-note');
    expect(junkRule('[1]')).toBeNull();
    expect(junkRule('[Read the full report](https://example.org/report)')).toBeNull();
    const result = cleanArticle(['JORDAN ALVAREZ: Good evening and welcome to Signal 9 News, where we look at the week on campus.', '[Mateo Ruiz signing in ASL; no audio]', P1, P2].join('\n\n'), OPTIONS);
    expect(result.paragraphs.map((p) => p.heading)).toEqual([null, null, null]);
  });

  it('GIVEN a newsletter\'s contents label with its items run on after it ("IN THIS ISSUE: Wintersweet goes viral * Tour schedule …") THEN it is furniture, never the headline', () => {
    expect(junkRule('IN THIS ISSUE: Wintersweet goes viral * Tour schedule * Bark & Bud walk * Guild business')).toBe('issue-contents');
    expect(junkRule('In this edition: a silver band wins fans in China; roadworks on the bypass go on until Easter')).toBe('issue-contents');
    expect(junkRule('In this issue, we look back at a week when our members joined RedNote by the hundreds.')).toBeNull();
    const headline = 'Wintersweet, RedNote and the week our Chinese plants went viral';
    const raw = ['THE DOCENT LEAF', 'Docent Guild | Issue 214 | January 24, 2025', 'IN THIS ISSUE: Wintersweet goes viral * Tour schedule * Bark & Bud walk * Guild business', headline, 'By Peggy Lindqvist, Docent Class of 2016', P1, P2, P3].join('\n\n');
    expect(cleanArticle(raw, { ...OPTIONS, title: '', publisher: '' }).found.title).toBe(headline);
  });

  it('GIVEN a newsletter copied with its mail app\'s whole window (folders, a message list previewing the story, Reply buttons) THEN the story signed past all of it is read, and the list\'s previews are not', () => {
    const chrome = ['Skip to main content', 'Mail', 'Search', 'Home', 'View', 'Help', 'New mail', 'Delete', 'Archive', 'Report', 'Move to', 'Reply all', 'Flag / Unflag', 'Favorites', 'Inbox', '12', 'Sent Items', 'Drafts', '3', 'Folders', 'Inbox', '12', 'Junk Email', 'Drafts', '3', 'Deleted Items', 'Archive', 'Notes', 'Newsletters', 'Create new folder', 'Groups', 'Focused', 'Other', 'Filter'];
    const subject = 'Pantry Notes, March 2025: Our RedNote recipe swap';
    const list = ['Eastside Food Pantry', subject, 'Wed 8:05 AM', 'Hello neighbours, our Thursday sorting team has a new hobby…', 'City Library', 'Your hold is ready', 'Tue 3:40 PM', 'The item you requested is now waiting at the front desk…', 'Riverside Audubon', 'March walks near you', 'Mon 9:01 AM', 'Owl prowls, early migrants and more…', subject, 'Newsletters', 'EF', 'Eastside Food Pantry <news@example.org>', 'To:', 'you', 'Wed 3/5/2025 8:05 AM', 'Summarize', 'Reply', 'Reply all', 'Forward', 'Some content in this message has been blocked because the sender isn\'t in your Safe senders list.', 'Trust sender', 'Show blocked content', 'View in browser'];
    const story = [
      'PANTRY NOTES',
      'News from Eastside Food Pantry · March 2025 · Issue 12',
      'Hello neighbours,',
      'This month\'s lead story comes from our volunteer coordinator. Grab a coffee. — The pantry team',
      'Our RedNote recipe swap',
      'By Marisol Ibarra, Volunteer Coordinator',
      'Our Thursday sorting team has a new hobby: trading recipes for pantry staples with cooks in China on RedNote.',
      'Within a week the post had more than two hundred replies, most of them suggesting dishes built around rice and cabbage.',
      'What we cooked',
      'We tested three of the suggestions at the community supper and served ninety plates of braised cabbage with noodles.',
    ];
    const result = cleanArticle([...chrome, ...list, ...story].join('\n'), { ...OPTIONS, title: '', publisher: '' });
    expect(result.found).toMatchObject({ title: 'Our RedNote recipe swap', author: 'Marisol Ibarra' });
    expect(result.paragraphs.map((p) => p.text)).toEqual(story.slice(6, 8).concat(story.slice(9)));
  });
});

describe('cleanArticle on a text e-zine\'s phile (banners, section marks)', () => {
  const phile = [
    '                    ==Static Inc.==',
    '',
    '|=-----------------------------------------------------------------=|',
    '|=---------=[ Little Red Book, Big Red Flags: sniffing the  ]=-----=|',
    '|=---------=[ refugee app, and what we told our friends     ]=-----=|',
    '|=-----------------------------------------------------------------=|',
    '',
    '--[ Contents',
    '',
    '  0 - Intro',
    '  1 - The Exodus',
    '',
    '--[ 0 - Intro',
    '',
    'Every few years people discover that their phone talks to somebody',
    "else's server. In January 2025 it happened at scale, in about four",
    'days, and the server was in Shanghai.',
    '',
    '--[ 1 - The Exodus',
    '',
    'By January 14 RedNote was the number one free app on the US App Store,',
    'and our group chat got 340 messages that day about it.',
  ].join('\n');

  it('GIVEN a title set across two banner lines and "--[ N - Section" marks THEN the title is whole, the marks head their sections, the contents list is not text', () => {
    const result = cleanArticle(phile, { title: '', publisher: '', hints: { bodyEndsBefore: [] } });
    expect(result.found.title).toBe('Little Red Book, Big Red Flags: sniffing the refugee app, and what we told our friends');
    expect(result.paragraphs).toEqual([
      { heading: 'Intro', text: "Every few years people discover that their phone talks to somebody else's server. In January 2025 it happened at scale, in about four days, and the server was in Shanghai." },
      { heading: 'The Exodus', text: 'By January 14 RedNote was the number one free app on the US App Store, and our group chat got 340 messages that day about it.' },
    ]);
  });
});

describe('cleanArticle (properties)', () => {
  it('GIVEN any text and options THEN it never throws, and every paragraph is non-empty, trimmed text taken from consecutive input lines', () => {
    fc.assert(
      fc.property(article, options, (raw, opts) => {
        const result = cleanArticle(raw, opts);
        const lines = raw.split(/\r\n|\r|\n/).map(normalizeLine).filter((l) => l !== '');
        const joined = lines.join(' ');
        for (const paragraph of result.paragraphs) {
          expect(paragraph.text).not.toBe('');
          expect(paragraph.text).toBe(paragraph.text.trim());
          // The only changes allowed to input text: cutting a glued publisher credit off the end, and joining a list's items with "; ".
          const listItems = paragraph.text.replace(/\.$/, '').split('; ');
          const joinedList = listItems.length > 1 && listItems.every((item) => lines.some((l) => l.replace(/^[•·‣▪◦*–-]\s+/, '').replace(/[;,.]$/, '') === item));
          expect(joined.includes(paragraph.text) || lines.some((l) => l.startsWith(paragraph.text)) || joinedList).toBe(true);
          // A heading is a whole line, or a line without the emoji that decorated it ("📊 The numbers"), or a heading in
          // capitals a narrow column broke over consecutive lines ("DATA STORED" / "ABROAD"), joined again.
          const heading = paragraph.heading;
          const brokenHeading = (h: string) => lines.some((_, i) => [2, 3].some((n) => lines.slice(i, i + n).length === n && lines.slice(i, i + n).join(' ') === h));
          if (heading !== null) expect(lines.some((l) => l === heading || l.replace(LEADING_EMOJI, '') === heading) || brokenHeading(heading)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN a journal copied from a PDF (its running header over each page, the page number at the left on even pages and at the right on odd ones) THEN no copy of the header is text or a heading', () => {
    const result = cleanArticle(['WINTER 2025 MAPLE COUNTY BAR QUARTERLY 17', '', P1, '', P2, '', '18 MAPLE COUNTY BAR QUARTERLY WINTER 2025', '', P3].join('\n'), OPTIONS);
    expect(result.paragraphs).toEqual([P1, P2, P3].map((text) => ({ heading: null, text })));
  });

  it('GIVEN a newsletter e-mail\'s preview text over "View this email in your browser" THEN it is furniture, and the story under it is all the text', () => {
    const result = cleanArticle(['Plus: our midweek winter special is back, and Biscuit has opinions.', '', 'View this email in your browser', '', P1, '', P2, '', P3].join('\n'), { ...OPTIONS, title: 'One in five of you joined RedNote' });
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a "Related" box inside the story whose teasers the page lists again at its foot, one of them ending in a year THEN the story resumes after the box', () => {
    const teasers = ['Libraries Respond to TikTok Ban Uncertainty With Digital Literacy Programs', "World Languages Collections: A Buyer's Checklist for 2025"];
    const P4 = 'Several libraries added RedNote to the privacy workshops they already run for patrons.';
    const result = cleanArticle(['RedNote welcomes TikTok refugees', '', P1, '', P2, '', 'RELATED', ...teasers, '', P3, '', P4, '', 'Related', teasers[0], 'Jan 16, 2025', teasers[1], 'Jan 09, 2025'].join('\n'), OPTIONS);
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P4]);
  });

  it('GIVEN plain article paragraphs separated by blank lines THEN every one of them survives, in order', () => {
    const sentence = fc
      .array(fc.constantFrom('users', 'RedNote', 'joined', 'the', 'platform', 'quickly', 'Chinese', 'welcomed', 'them', 'many', 'new'), { minLength: 8, maxLength: 30 })
      // Prose capitalises few of its words: "Users users RedNote RedNote RedNote users RedNote RedNote." (five of eight)
      // reads as a title or a menu to the line model, and no article writes a paragraph like it.
      .filter((words) => words.filter((w) => /^[A-Z]/.test(w)).length <= words.length / 2)
      .map((words) => `${words.join(' ')}.`)
      .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
    fc.assert(
      fc.property(fc.uniqueArray(sentence, { minLength: 1, maxLength: 12 }), (paragraphs) => {
        expect(texts(paragraphs.join('\n\n'), { title: '', publisher: '' })).toEqual(paragraphs);
      }),
      { numRuns: 200 },
    );
  });
});

describe('cleanArticle: a "Notes" heading', () => {
  const NO_HINTS: CleanOptions = { title: '', publisher: '', hints: { bodyEndsBefore: [] } };
  const HEAD = ['Cream City Documenters', 'County supervisors split on keeping RedNote off county phones', 'Notes by Tamika Ruelas', 'Published Jan. 24, 2025', 'Summary', P1, P2];
  const MEETING = [
    '9:02 a.m. — Chair Ana Villarreal called the meeting to order. All five committee members were present.',
    '9:10 a.m. — Chief Information Officer Raymond Tsosie told the committee that the county flagged RedNote on 41 phones.',
    'Tsosie said the county adopted a policy in March 2023 that blocks TikTok on county devices, but not RedNote.',
    '9:25 a.m. — Kaczmarek said she is not trying to tell residents what to put on their personal phones.',
    '9:51 a.m. — Public comment: two residents spoke, and one asked supervisors not to treat the app’s users as suspects.',
  ];
  it('GIVEN "Notes" over a meeting\'s timestamped paragraphs of reporting THEN they are the article\'s section, kept under that heading', () => {
    const kept = cleanArticle([...HEAD, 'Notes', ...MEETING, 'Share these notes'].join('\n'), NO_HINTS).paragraphs;
    expect(kept.map((p) => p.text)).toEqual(expect.arrayContaining(MEETING));
    expect(kept.find((p) => p.text === MEETING[0])?.heading).toBe('Notes');
  });

  it('GIVEN "Notes" over two footnotes, then "References" and author-date citations THEN the notes and references end the article', () => {
    const notes = ['Posts were coded independently by two researchers; inter-coder agreement was high across the sample.', 'We do not link to individual creators’ posts to protect their privacy on the platform.'];
    const refs = ['Baym, N. K. (2015). Personal Connections in the Digital Age (2nd ed.). Polity Press, Cambridge and Malden.', 'Gillespie, T. (2018). Custodians of the Internet: Platforms, Content Moderation, and the Hidden Decisions.'];
    const kept = texts([...HEAD, P3, 'Notes', ...notes, 'References', ...refs].join('\n'), NO_HINTS);
    expect(kept).toContain(P3);
    for (const line of [...notes, ...refs]) expect(kept).not.toContain(line);
  });
});

describe('cleanArticle on pages nobody tuned for (no manifest, no hints)', () => {
  const NO_HINTS: CleanOptions = { title: '', publisher: '', hints: { bodyEndsBefore: [] } };
  const NEWS = [
    'Skip to main content',
    'We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.',
    'Accept All Cookies',
    'Home | News | Sports | Business',
    'Home » News » Technology',
    'Lemon8 climbs the charts as TikTok users look elsewhere',
    'By Mara Ellison, Technology Reporter',
    'January 17, 2025 6:42 PM EST',
    'Updated 2 hours ago',
    'Share this article Facebook X Email',
    'Lemon8, an app owned by the same parent company as TikTok, reached second place on the App Store on Tuesday, the firm said.',
    'Analysts said the jump reflected anxiety about the ban more than any loyalty to the new app, which few users had heard of.',
    'What the numbers show',
    'The app was downloaded 680,000 times in two days, <a href="https://example.com/x">according to AppPulse</a>, a research firm.',
    'Users said the app&nbsp;felt familiar, because its feed works much like the one they were leaving behind on TikTok.',
    'Email *',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Most read',
    'City council approves budget for park renovation',
    'Snowstorm expected to bring up to 8 inches this weekend',
    '© 2025 The Metro Courier Company. All rights reserved.',
  ].join('\n\n');

  it('GIVEN a news scrape THEN only the article is kept, under its real heading, with the raw link and entity cleaned', () => {
    const result = cleanArticle(NEWS, NO_HINTS);
    expect(result.paragraphs).toEqual([
      { heading: null, text: 'Lemon8, an app owned by the same parent company as TikTok, reached second place on the App Store on Tuesday, the firm said.' },
      { heading: null, text: 'Analysts said the jump reflected anxiety about the ban more than any loyalty to the new app, which few users had heard of.' },
      { heading: 'What the numbers show', text: 'The app was downloaded 680,000 times in two days, according to AppPulse, a research firm.' },
      { heading: 'What the numbers show', text: 'Users said the app felt familiar, because its feed works much like the one they were leaving behind on TikTok.' },
    ]);
  });

  it('GIVEN a web mail app copied around a newsletter (message list, a "Reply" button over the message) THEN the newsletter is read: a "Reply" with nothing above it ends nothing', () => {
    const mail = [
      'Inbox',
      'Drafts',
      'Harbor Books',
      'Our shop is on RedNote now',
      '9:02 AM',
      'You are receiving this update from the Harbor Books team because you bought a book from our little shop last year.',
      'Reply',
      'Forward',
      'Our shop is on RedNote now',
      'When TikTok went dark last weekend, we opened an account on RedNote and posted our window display for new readers there.',
      'By Thursday the post had 900 followers, most of them in China, and twelve of them ordered a book through our website.',
    ].join('\n\n');
    const texts = cleanArticle(mail, NO_HINTS).paragraphs.map((p) => p.text);
    expect(texts).toContain('When TikTok went dark last weekend, we opened an account on RedNote and posted our window display for new readers there.');
    expect(texts).toContain('By Thursday the post had 900 followers, most of them in China, and twelve of them ordered a book through our website.');
  });

  it('GIVEN a news scrape THEN its headline, byline and date are found, not "Skip to main content" or the menu', () => {
    expect(cleanArticle(NEWS, NO_HINTS).found).toMatchObject({
      title: 'Lemon8 climbs the charts as TikTok users look elsewhere',
      author: 'Mara Ellison',
      date: '2025-01-17',
      publisher: 'The Metro Courier',
    });
  });

  const WIKI = [
    'RedNote migration',
    'Jump to navigation Jump to search',
    'From Wikipedia, the free encyclopedia',
    'The RedNote migration was the movement of American users of TikTok to the Chinese app Xiaohongshu in January 2025.[1]',
    'Users described themselves as "TikTok refugees", and the app reached first place on the App Store on 13 January.[2][3]',
    'Contents',
    '1 Background',
    '2 Reactions',
    'Background[edit]',
    'Xiaohongshu was founded in Shanghai in 2013 as a platform for sharing shopping advice and travel tips.[4]',
    'References[edit]',
    '^ Lin, Grace (14 January 2025). "Americans flock to RedNote". The Pacific Ledger. Retrieved 15 January 2025.',
    '^ "Top free apps". AppPulse Analytics. Retrieved 16 January 2025.',
    'Categories: 2025 in the United States | TikTok',
    'This page was last edited on 2 February 2025, at 10:14 (UTC).',
  ].join('\n');

  it('GIVEN an encyclopedia page THEN edit links, footnote marks, the contents box, references and categories are gone', () => {
    const result = cleanArticle(WIKI, NO_HINTS);
    expect(result.paragraphs).toEqual([
      { heading: null, text: 'The RedNote migration was the movement of American users of TikTok to the Chinese app Xiaohongshu in January 2025.' },
      { heading: null, text: 'Users described themselves as "TikTok refugees", and the app reached first place on the App Store on 13 January.' },
      { heading: 'Background', text: 'Xiaohongshu was founded in Shanghai in 2013 as a platform for sharing shopping advice and travel tips.' },
    ]);
    expect(result.found).toMatchObject({ title: 'RedNote migration', publisher: 'Wikipedia', date: '2025-02-02' });
  });

  it('GIVEN a related-stories box inside the article THEN the box goes and the article after it stays', () => {
    const raw = [P1, P2, 'Related stories', 'Short headline about something else', 'Another headline elsewhere', P3, 'The platform is hiring English-speaking moderators this month, it said.'].join('\n\n');
    expect(texts(raw, NO_HINTS)).toEqual([P1, P2, P3, 'The platform is hiring English-speaking moderators this month, it said.']);
  });

  it('GIVEN a video card inside the article ("UP NEXT", its title as a question, its running time) THEN the card goes and the article after it stays', () => {
    const raw = [P1, P2, 'Advertisement', 'UP NEXT', 'Supreme Court weighs TikTok ban: What happens to your account now?', '2:47', P3, 'The platform is hiring English-speaking moderators this month, it said.'].join('\n\n');
    expect(texts(raw, NO_HINTS)).toEqual([P1, P2, P3, 'The platform is hiring English-speaking moderators this month, it said.']);
  });

  it('GIVEN a related link, then a paragraph of several sentences over an ad\'s label ("RELATED" / a headline / the story going on / "Advertisement") THEN the paragraph is the story\'s, kept', () => {
    const going = 'The clip that took off was a 41-second video of a bantamweight prospect drilling a body-kick counter with his coach. It has been viewed about 1.2 million times, and its most-liked comment, translated by the app, asks whether he eats rice before training. He answered in a follow-up video holding a bowl of rice.';
    const raw = [P1, P2, 'RELATED', 'TikTok ban: What it means for fighters who built their brand on the app', going, 'Advertisement', 'Story continues below advertisement', P3].join('\n');
    expect(texts(raw, NO_HINTS)).toEqual([P1, P2, going, P3]);
  });

  it('GIVEN an article in Amharic or Hindi, whose sentences end in their own stops ("።", "।") THEN its paragraphs are kept, not read as a standfirst\'s', () => {
    const amharic = ['ባለፉት ሁለት ሳምንታት ከ700,000 በላይ አሜሪካውያን ቲክቶክ ይታገዳል በሚል ስጋት ሬድኖት ወደተባለው የቻይና ማኅበራዊ ሚዲያ መተግበሪያ መግባታቸው ተዘግቧል።', 'ከአዲስ አበባ ዩኒቨርሲቲ በቻይንኛ ቋንቋ የተመረቀችው የ23 ዓመቷ መሮን አሰፋ አሜሪካውያን ተጠቃሚዎችን ከቻይናውያን ጋር በማገናኘት ሥራ ጀምራለች።'];
    const hindi = ['अमेरिका में टिकटॉक पर प्रतिबंध की आशंका के बीच लाखों अमेरिकी उपयोगकर्ता चीनी ऐप रेडनोट पर पहुंच गए हैं और वहां नए दोस्त बना रहे हैं।', 'सागर की नेहा ने बताया कि उसके पहले वीडियो को दो दिनों में पचास हजार से अधिक लोगों ने देखा और कई लोगों ने उससे हिंदी सीखने की इच्छा जताई।'];
    for (const body of [amharic, hindi]) expect(texts(['ቴክኖሎጂ', ...body].join('\n'), NO_HINTS)).toEqual(body);
  });

  it('GIVEN a trending list of teaser cards after the article THEN none of it is kept, with no hint', () => {
    const card = (n: number) => [`Star news headline number ${n}`, `Star news headline number ${n}`, `The celebrity said something surprising about case ${n} on Monday evening, fans reported.`, 'Read more >> : Cick here', 'Share on :', 'Twitter (X) Facebook truthsocial gettr pinterest whatsapp telegram'];
    const raw = [P1, P2, P3, 'Listed here the latest Trending News', ...card(1), ...card(2), 'Twitter (X) is one of the most popular social media platforms, with many millions of monthly active users worldwide.'].join('\n\n');
    expect(texts(raw, NO_HINTS)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a caption above a photo credit THEN neither is a paragraph', () => {
    expect(texts([P1, 'A phone displays the RedNote app in Arlington, Virginia, on Jan. 16, 2025.', 'Photo: Jane Roe/Getty Images', P2].join('\n\n'), NO_HINTS)).toEqual([P1, P2]);
  });

  it('GIVEN an Otter.ai transcript ("Geoffrey Marks  1:20", "Speaker 2  1:34" over each turn) THEN the turns are paragraphs and no label heads a section', () => {
    const turn1 = 'Right. Next, Ruth Abrahams, who many of you will know from the Monday coffee morning, has written something about her granddaughter.';
    const turn2 = 'Thank you, Geoffrey. My granddaughter Talia is 15 and lives in Teaneck, New Jersey, about as far from Leeds as you can get.';
    const turn3 = 'She downloaded RedNote the week TikTok went dark, and now she sends me videos of Shanghai grandmothers doing tai chi in the park.';
    const cleaned = cleanArticle(['Geoffrey Marks  1:20  ', turn1, '', 'Speaker 2  1:34  ', turn2, '', 'Speaker 2  1:42  ', turn3].join('\n'), NO_HINTS);
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual([turn1, turn2, turn3]);
    expect(cleaned.paragraphs.map((p) => p.heading)).toEqual([null, null, null]);
  });

  it('GIVEN a photo credit that carries its own caption THEN the short paragraph above it stays', () => {
    const short = 'By the evening of 20 January we had 6,180. Almost all of the new ones were American.';
    expect(texts([P1, short, 'Mei (left) and Jun answering RedNote comments between fittings. Photo: Liam Costello', P2].join('\n'), NO_HINTS)).toEqual([P1, short, P2]);
  });

  it('GIVEN a web mail app\'s capture (Outlook\'s blocked-content notice, "Reply", "Reply all", "Forward") over a newsletter THEN its story is kept', () => {
    const raw = ['The Cooler Report | Wk 4 – Valentine\'s prebook closes Mon', 'Chesapeake Stem Co. <news@chesapeakestem.com>', 'Thu 1/23/2025 6:12 AM', "Some content in this message has been blocked because the sender isn't in your Safe senders list.", 'I trust content from news@chesapeakestem.com.', 'Show blocked content', 'Reply', 'Reply all', 'Forward', '', 'If there are problems with how this message is displayed, click here to view it in a web browser.', '', P1, '', P2, '', P3].join('\n');
    expect(texts(raw, NO_HINTS)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a box printed twice on the page (a newsletter plug) THEN neither copy is kept', () => {
    const plug = 'The Example Letter is a reader-funded publication and depends on you.';
    expect(texts([P1, plug, P2, plug, P3].join('\n\n'), NO_HINTS)).toEqual([P1, P2, P3]);
  });

  it('GIVEN short lines a text copy sets between paragraphs that read as furniture beyond doubt (a paywall\'s badge, a download link) THEN none heads a section; a section\'s name still does', () => {
    const result = cleanArticle([P1, 'Subscriber exclusive', P2, 'Download the PDF (412 KB)', P3, 'What happens next', 'Analysts said most new users of such apps stop opening them within a month.'].join('\n\n'), NO_HINTS);
    expect(result.paragraphs.map((p) => p.heading)).toEqual([null, null, null, 'What happens next']);
  });

  it('GIVEN the whole story printed again below it (a "republish this story" box holding its HTML) THEN the story is kept once, short paragraphs and all', () => {
    const story = [
      P1,
      'Brandt, 34, began collecting examples of posts that showed a prescription label.',
      P2,
      'The company did not respond to questions from the newsroom.',
      P3,
      'Some hospitals have responded with warnings on their patient portals.',
    ];
    const box = ['Republish This Story', 'Copy HTML', ...story, 'Have questions? Let us know at republish@example.org'];
    expect(texts([...story, 'Share this story', ...box].join('\n\n'), NO_HINTS)).toEqual(story);
  });
});

describe('cleanBlocks (HTML articles)', () => {
  it('GIVEN a listicle\'s items (short sentences marked up as headings, a paragraph under each) THEN each heads its paragraph', () => {
    const result = cleanBlocks([{ text: P1 }, { text: 'The cat tax was paid immediately, and in full.', heading: true }, { text: P2 }, { text: 'A standfirst marked up as a heading runs on well past ten words before it ends.', heading: true }, { text: P3 }], {
      title: '',
      publisher: '',
      hints: { bodyEndsBefore: [] },
    });
    expect(result.paragraphs.map((p) => [p.heading, p.text])).toEqual([
      [null, P1],
      ['The cat tax was paid immediately, and in full.', P2],
      ['The cat tax was paid immediately, and in full.', 'A standfirst marked up as a heading runs on well past ten words before it ends.'],
      ['The cat tax was paid immediately, and in full.', P3],
    ]);
  });

  it('GIVEN consecutive list items inside the article THEN they are one paragraph; GIVEN a block made of links THEN it is dropped', () => {
    const result = cleanBlocks(
      [
        { text: P1 },
        { text: 'What it collects', heading: true },
        { text: 'Phone number', item: true },
        { text: 'Device identifiers', item: true },
        { text: 'Approximate location', item: true },
        { text: 'News Tech Sports Opinion', linkShare: 1 },
        { text: P2 },
      ],
      { title: '', publisher: '', hints: { bodyEndsBefore: [] } },
    );
    expect(result.paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: 'What it collects', text: 'Phone number; Device identifiers; Approximate location.' },
      { heading: 'What it collects', text: P2 },
    ]);
  });

  it('GIVEN a marked-up heading made of menu-like words ("Back to TikTok") over prose THEN it heads its section; GIVEN the same words alone THEN they are a control', () => {
    const options = { title: '', publisher: '', hints: { bodyEndsBefore: [] } };
    expect(cleanBlocks([{ text: P1 }, { text: 'Back to TikTok', heading: true }, { text: P2 }], options).paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: 'Back to TikTok', text: P2 },
    ]);
    expect(cleanBlocks([{ text: P1 }, { text: 'Back to TikTok' }, { text: 'Share' }, { text: P2 }], options).paragraphs.map((p) => p.heading)).toEqual([null, null]);
  });

  it('GIVEN a newsletter sign-up box inside the article (title, blurb, legal line) THEN none of it is kept, and the next section keeps its heading', () => {
    const result = cleanBlocks(
      [
        { text: P1 },
        { text: 'Sign up for our newsletter', heading: true },
        { text: 'The Lattice Weekly: the best of our technology coverage, delivered every Friday.' },
        { text: 'By signing up, you agree to our Privacy Policy and Terms of Use.' },
        { text: 'No way to get paid', heading: true },
        { text: P2 },
      ],
      { title: '', publisher: '', hints: { bodyEndsBefore: [] } },
    );
    expect(result.paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: 'No way to get paid', text: P2 },
    ]);
  });

  it('GIVEN a marked-up heading that is a whole sentence THEN it is kept as a paragraph', () => {
    const standfirst = 'Simon travels to the Eternal City for a taste of fast-paced polo and whisky.';
    expect(cleanBlocks([{ text: standfirst, heading: true }, { text: P1 }], { title: '', publisher: '', hints: { bodyEndsBefore: [] } }).paragraphs.map((p) => p.text)).toEqual([standfirst, P1]);
  });
});

describe('textBlocks', () => {
  it('GIVEN Markdown list items linking to places further down the page ("- [Lesson 1: …](#lesson-1)") THEN they are the page\'s contents, not blocks; a share bar\'s "Copy link" to "#" alone is a block', () => {
    expect(textBlocks('- [Facebook](https://www.facebook.com/sharer/sharer.php?u=x)\n- [Copy link](#)\n\n- [Lesson 1: Your collection](#lesson-1)\n- [Lesson 2: Translation](#lesson-2)\n', 'markdown').map((b) => b.text)).toEqual(['Facebook', 'Copy link']);
  });

  it('GIVEN Markdown (.md) THEN "##" lines are headings, "-" lines list items, and links and bold read as their words', () => {
    expect(textBlocks('# RedNote in numbers\n\n## Downloads\n\n- **3.4 million** US installs\n- No. 1 on the [App Store](https://apps.example/x)\n', 'markdown')).toEqual([
      { text: 'RedNote in numbers', heading: true },
      { text: 'Downloads', heading: true },
      { text: '3.4 million US installs', item: true, bullet: true },
      { text: 'No. 1 on the App Store', item: true, bullet: true, linkShare: 'App Store'.length / 'No. 1 on the App Store'.length },
    ]);
  });

  it('GIVEN a Markdown link whose address holds brackets ("[申城汉语角](javascript:void(0);)", "[TikTok](https://en.wikipedia.org/wiki/TikTok_(app))"), perhaps with Pandoc\'s attributes after it THEN it reads as its words, and no bracket is left over', () => {
    expect(textBlocks('原创 林悦 [申城汉语角](javascript:void(0);) *2025年01月17日 20:05*\n\nSee [TikTok](https://en.wikipedia.org/wiki/TikTok_(app)) for more.\n\n[Print](javascript:window.print()){.share-print}\n', 'markdown')).toEqual([
      { text: '原创 林悦 申城汉语角 2025年01月17日 20:05', linkShare: '申城汉语角'.length / '原创 林悦 申城汉语角 2025年01月17日 20:05'.length },
      { text: 'See TikTok for more.', linkShare: 'TikTok'.length / 'See TikTok for more.'.length },
      { text: 'Print', linkShare: 1 },
    ]);
  });

  it('GIVEN Markdown with punctuation escaped ("\\[edit\\]", "\\!", a table cell\'s "\\|") THEN the punctuation reads as itself, and an escaped pipe stays in its cell', () => {
    expect(textBlocks('## Reception \\[edit\\]\n\nPraised be Jesus Christ\\! The app\\* grew.\n\n| Plan \\| tier | Price |\n', 'markdown')).toEqual([
      { text: 'Reception', heading: true },
      { text: 'Praised be Jesus Christ! The app* grew.' },
      { text: 'Plan | tier: Price', item: true, row: true },
    ]);
  });

  it('GIVEN a Markdown list of links ("### Read more" / "- [Lemon8 is owned by ByteDance, too.](…)") THEN each item is measured as all link, as a page\'s menu is', () => {
    const blocks = textBlocks('### Read more\n\n- [Lemon8 is owned by ByteDance, too. Here’s what that means.](https://example.org/lemon8)\n- [How to find out what your apps know](https://example.org/apps)', 'markdown');
    expect(blocks.slice(1).map((b) => b.linkShare)).toEqual([1, 1]);
  });

  it('GIVEN Markdown quotes, images, emphasis, code, link definitions, footnotes and a table THEN each reads as its words, or goes', () => {
    const md = [
      '> “It felt like a pen pal with 60,000 people,” she said.',
      '![A phone showing RedNote](https://img.example/a.jpg)',
      'The app is *not* a business, she said, and `RedNote` is [its name][1] abroad.[^2]',
      '[1]: https://www.xiaohongshu.com',
      '| Metric | Value |',
      '|---|---:|',
      '| Peak US users | 3.4 million |',
    ].join('\n');
    expect(textBlocks(md, 'markdown')).toEqual([
      { text: '“It felt like a pen pal with 60,000 people,” she said.' },
      { text: 'The app is not a business, she said, and RedNote is its name abroad.' },
      { text: 'Metric: Value', item: true, row: true },
      { text: 'Peak US users: 3.4 million', item: true, row: true },
    ]);
  });

  it('GIVEN a static-site generator\'s template tags on their own lines ({{< callout >}}, {% include %}) THEN they are no text, and the words between them are', () => {
    const md = ['{{< callout type="info" title="Want to help?" >}}', 'We are always looking for volunteers.', '{{< /callout >}}', '{% include signup.html %}'].join('\n');
    expect(textBlocks(md, 'markdown')).toEqual([{ text: 'We are always looking for volunteers.' }]);
  });

  it('GIVEN the same lines in a .txt scrape THEN the "## " heading (a newsletter written in Markdown) and the bullet are read, the bold is left as written', () => {
    expect(textBlocks('## Downloads\n- **3.4 million** US installs')).toEqual([{ text: 'Downloads', heading: true }, { text: '**3.4 million** US installs', item: true, bullet: true }]);
  });

  it('GIVEN "#TikTokRefugee" or "# 1" opening a .txt line THEN it is not a heading (a hashtag, a number)', () => {
    expect(textBlocks('#TikTokRefugee is trending')[0]?.heading).toBeUndefined();
    expect(textBlocks('# 1')[0]?.heading).toBeUndefined();
  });
});

describe('cleanArticle on an encyclopedia copy with an infobox and edit links', () => {
  it('GIVEN tab-separated infobox rows, "Edit" links under headings and a hatnote THEN the rows are one paragraph, the headings hold, the hatnote goes', () => {
    const raw = [
      'Xiaohongshu',
      'From Wikipedia, the free encyclopedia',
      'Not to be confused with Little Red Book.',
      'Founded\t2013',
      'Headquarters\tShanghai, China',
      'Xiaohongshu, also known as RedNote, is a Chinese social media and e-commerce platform founded in 2013.',
      'Background',
      'Edit',
      'The platform began as a guide to shopping abroad, publishing guides for Chinese tourists before its app launched.',
    ].join('\n');
    const result = cleanArticle(raw, { title: '', publisher: '', hints: { bodyEndsBefore: [] } });
    expect(result.found.title).toBe('Xiaohongshu');
    expect(result.paragraphs).toEqual([
      { heading: null, text: 'Founded: 2013; Headquarters: Shanghai, China.' },
      { heading: null, text: 'Xiaohongshu, also known as RedNote, is a Chinese social media and e-commerce platform founded in 2013.' },
      { heading: 'Background', text: 'The platform began as a guide to shopping abroad, publishing guides for Chinese tourists before its app launched.' },
    ]);
  });
});

describe('textBlocks on a story paginated by its site and pasted page after page', () => {
  it('GIVEN pages each under the site\'s furniture and the headline numbered "(Page 2 of 2)" THEN the story reads on as one, its later page kept, no page\'s furniture kept', () => {
    const chrome = ['MONTANA CAPITOL NOTEBOOK', 'Home | Legislature | Elections | Donate', 'ADVERTISEMENT', 'Helena Regional Airport — Nonstop to Denver. Fly local.', 'LEGISLATURE'];
    const raw = [
      ...chrome,
      'Lawmakers weigh adding RedNote to state device ban',
      'HELENA — Two years after Montana became the first state to ban TikTok, some legislators want to add RedNote to the list.',
      'That law never took effect after a federal judge blocked it, ruling that it likely',
      'Page 1 of 2',
      'Next Page →',
      'MOST READ THIS WEEK',
      '1. Senate panel advances property tax rebate on party-line vote',
      '© Montana Capitol Notebook. All rights reserved.',
      ...chrome,
      'Lawmakers weigh adding RedNote to state device ban (Page 2 of 2)',
      'Continued from previous page',
      'violated the First Amendment. "I\'m not interested in getting sued again," she said.',
      'Page 2 of 2',
    ].join('\n');
    const text = cleanArticle(raw, { title: '', publisher: '', hints: { bodyEndsBefore: [] } }).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('ruling that it likely');
    expect(text).toContain('violated the First Amendment.');
    expect(text).not.toMatch(/MOST READ|Senate panel|Page 2 of 2\)|Continued from/);
  });
});

describe('textBlocks on a page laid out in a table and pasted as text', () => {
  it('GIVEN a row whose cells are a caption and the story\'s first paragraph, and a row of short facts THEN the paragraph is a line of its own, the facts stay a row', () => {
    const paragraph = 'When Lisa Brandt opened RedNote for the first time last week, she expected dance videos and found a farm wife in Heilongjiang instead.';
    const blocks = textBlocks(['\tLisa Brandt shows a RedNote video to her son at their kitchen table. (Gazette photo)\t' + paragraph, 'Corn\t$4.52\t+0.03'].join('\n'));
    expect(blocks.map((b) => b.text)).toEqual(['Lisa Brandt shows a RedNote video to her son at their kitchen table. (Gazette photo)', paragraph, 'Corn: $4.52, +0.03']);
    expect(blocks[1]?.row).toBeUndefined();
    expect(blocks[2]?.row).toBe(true);
  });
});

describe('cleanArticle: comments, bios, kickers and lists in text scrapes', () => {
  const NO_HINTS: CleanOptions = { title: '', publisher: '', hints: { bodyEndsBefore: [] } };

  it('GIVEN reader comments ending in "Reply" after the article THEN no comment is kept', () => {
    const raw = [P1, P2, 'Marcy K.', 'January 19, 2025 at 3:12 pm', 'Thank you for sharing real numbers, I had the exact same experience with my shop.', 'Reply', 'Tom B.', 'Did you try posting in Mandarin at all? My engagement doubled in three days.', 'Reply'].join('\n\n');
    expect(texts(raw, NO_HINTS)).toEqual([P1, P2]);
  });

  it('GIVEN a school group\'s feed copied whole (its composer prompt, who may post, a pinned notice with its "Reply", then the principal\'s post) THEN the post is the article', () => {
    const feed = ['Feed', 'Members', 'Post something to this group...', 'Only staff can post to this group. You can reply to posts.', 'Pinned', 'Office - Bayfield Heights PS', 'Jan 20, 2025 8:15 AM', 'Reminder: Friday, January 31 is a PA Day. There is no school for students.', '👍 14', 'Reply', 'Anjali Raman', 'Principal', 'Jan 22, 2025 4:05 PM', 'RedNote, TikTok and our students: a message for families', '', P1, '', P2, '', P3, '', 'Like', 'Reply', 'Marisol Ortega', 'Thank you for this.', 'Reply'].join('\n');
    expect(texts(feed, NO_HINTS)).toEqual(expect.arrayContaining([P1, P2, P3]));
  });

  it('GIVEN a newsletter\'s plain-text part marking its headings with two asterisks ("** YOUR CLIENTS FOUND REDNOTE", Mailchimp\'s) THEN the marks are no words: the headline and the headings read without them', () => {
    const letter = ['** THE CHAIR REPORT', '------------------------------------------------------------', '** YOUR CLIENTS FOUND REDNOTE. SHOULD YOUR SALON FOLLOW?', '------------------------------------------------------------', 'By Renée Castillo', '', P1, '', P2, '', '** WHAT WE\'D DO', '', P3].join('\n');
    const result = cleanArticle(letter, NO_HINTS);
    expect(result.found.title).toBe('YOUR CLIENTS FOUND REDNOTE. SHOULD YOUR SALON FOLLOW?');
    expect(result.paragraphs.map((p) => `${p.heading ?? ''} ${p.text}`).join('\n')).not.toContain('**');
  });

  it('GIVEN a grant\'s page copied as text, its details as labelled fields ("Award Number:<TAB>2531187") above the abstract THEN the fields are not the article; a table of facts inside the article stays', () => {
    const fields = ['Recipient:\tGREAT PLAINS STATE UNIVERSITY', 'Initial Amendment Date:\tJanuary 31, 2025', 'Award Number:\t2531187', 'Total Awarded Amount to Date:\t$99,814.00'];
    const title = 'RAPID: Cross-Cultural Contact During the 2025 TikTok-to-RedNote Migration';
    const page = ['Award Abstract # 2531187', title, ...fields, 'ABSTRACT', P1, P2].join('\n');
    expect(texts(page, { ...NO_HINTS, title })).toEqual([P1, P2]);
    const facts = ['Founded\t2013', 'Headquarters\tShanghai', 'Users\t300 million'];
    expect(texts([P1, ...facts, P2].join('\n'), NO_HINTS)).toContain('Founded: 2013; Headquarters: Shanghai; Users: 300 million.');
  });

  it('GIVEN a bank\'s message view copied whole (inbox rows, the message\'s fields, its paragraphs with no heading between, then "Reply" / "Archive" / "Delete") THEN the message is the article; a comment\'s "Reply" still takes only its comment', () => {
    const fields = ['Messages', 'Inbox (2)', 'Subject\tDate\t', '\tSecurity Alert: Scams targeting RedNote users\t01/21/2025\t', '\tYour January eStatement is ready\t01/17/2025\t', '‹ Back to Inbox', 'Security Alert: Scams targeting RedNote users', 'From:\tMarisol Dewitt, Director of Fraud Prevention', 'Sent:\tTue 01/21/2025 8:02 AM CST', P1];
    const view = [fields.join('\n'), P2, [P3, 'Reply', 'Archive', 'Delete', 'Member FDIC'].join('\n')].join('\n\n');
    expect(texts(view, NO_HINTS)).toEqual([P1, P2, P3]);
    const commented = [P1, P2, P3, 'Marcy K.', 'January 19, 2025 at 3:12 pm', 'Thank you for sharing real numbers, I had the exact same experience with my shop.', 'Reply'].join('\n\n');
    expect(texts(commented, NO_HINTS)).toEqual([P1, P2, P3]);
  });

  it('GIVEN the author’s bio under the article and an all-caps kicker above it THEN neither is kept', () => {
    const raw = ['ANALYSIS', 'RedNote hires moderators as TikTok users arrive', 'By Mara Ellison', P1, P2, 'Mara Ellison covers technology and social media for the Courier.'].join('\n\n');
    const result = cleanArticle(raw, NO_HINTS);
    expect(result.found.author).toBe('Mara Ellison');
    expect(result.paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: null, text: P2 },
    ]);
  });

  it('GIVEN a bulleted list inside the article THEN its items are one paragraph, not headings', () => {
    const raw = [P1, 'What the app collects', '• Phone number', '• Device identifiers', '• Approximate location', P2].join('\n');
    expect(cleanArticle(raw, NO_HINTS).paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: 'What the app collects', text: 'Phone number; Device identifiers; Approximate location.' },
      { heading: 'What the app collects', text: P2 },
    ]);
  });

  it('GIVEN an update stamp printed before the published one THEN the published date is the date', () => {
    const raw = ['RedNote hires moderators as TikTok users arrive', 'Updated: January 23, 2025', 'Published: January 22, 2025', P1, P2].join('\n');
    expect(cleanArticle(raw, NO_HINTS).found.date).toBe('2025-01-22');
  });
});

describe('cleanArticle: press releases and blog mastheads', () => {
  const RELEASE = [
    'FOR IMMEDIATE RELEASE',
    'Researchers Find RedNote Migration Sparked Record Surge in Mandarin Learning',
    `ASHFORD, Ohio (January 28, 2025) - ${P1}`,
    P2,
    P3,
  ];

  it('GIVEN "About <organisation>" sections after a press release THEN the organisation’s boilerplate is not kept, and the release is', () => {
    const raw = [
      ...RELEASE,
      'About the Center for Language and Digital Culture',
      'The center studies how technology shapes the way people learn, use and share language. Established in 2016, it is supported by grants.',
      'About Whitmore State University',
      'Whitmore State University is a public research university founded in 1887 in Ashford, Ohio, with more than 31,000 students.',
      '###',
    ].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '' });
    expect(result.paragraphs.map((p) => p.text)).toEqual([`ASHFORD, Ohio (January 28, 2025) - ${P1}`, P2, P3]);
    expect(result.paragraphs.every((p) => p.heading === null)).toBe(true);
    expect(result.found.date).toBe('2025-01-28');
  });

  it('GIVEN an "About …" section heading inside an explainer, followed by the article’s prose THEN it is a section, not boilerplate', () => {
    const raw = [...RELEASE, 'About the App', 'RedNote was founded as a shopping guide and grew into a lifestyle platform, the company said in its filing.', P1, P2, P3, P1.replace('700,000', '800,000')].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '' });
    expect(result.paragraphs.find((p) => p.heading === 'About the App')?.text).toMatch(/^RedNote was founded/);
  });

  it('GIVEN a blog’s name and tagline above the post’s date and title THEN neither is a paragraph or a heading, and the name is the publisher', () => {
    const raw = ['Kettle & Keyboard', 'Notes on tech, tea and trying to be less online.', 'Home', 'About', '', 'Saturday, January 25, 2025', '', 'I Read the Privacy Policy So You Don’t Have To', '', P1, '', P2].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '', publisher: '' });
    expect(result.paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: null, text: P2 },
    ]);
    expect(result.found.publisher).toBe('Kettle & Keyboard');
  });

  it('GIVEN credits run together under the headline ("Words: Lin Xiaoyu Editor: Zhou Min") THEN the writer is the author and the line heads nothing', () => {
    const raw = ['Overnight, TikTok refugees flooded into Xiaohongshu', '', 'Words: Lin Xiaoyu Editor: Zhou Min', '', P1, '', P2, '', P3].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '', publisher: '' });
    expect(result.found.author).toBe('Lin Xiaoyu');
    expect(result.paragraphs).toEqual([P1, P2, P3].map((text) => ({ heading: null, text })));
  });

  it('GIVEN a wire story’s update note and a newsletter plug between its paragraphs THEN neither is kept nor heads a section', () => {
    const raw = ['Adds analyst comment in paragraph 9', P1, 'The Tech Ledger newsletter brings you the latest news in technology every weekday. Sign up here.', P2].join('\n');
    expect(cleanArticle(raw, OPTIONS).paragraphs).toEqual([
      { heading: null, text: P1 },
      { heading: null, text: P2 },
    ]);
  });
});

describe('cleanArticle: transcripts', () => {
  it('GIVEN speaker names and time codes over each turn THEN no name or time heads a section, and a short question is a turn, not a heading', () => {
    const raw = ['Episode 52: Inside the RedNote Rush', 'Hosted by Priya Raman', 'Transcript', 'Priya Raman', '00:00', P1, 'Marcus Bell', '00:35', 'How many of those people followed you?', 'Priya Raman', '00:52', P2, 'Marcus Bell', '01:10', P3, 'Priya Raman', '01:30', P1.replace('700,000', '800,000')].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '' });
    expect(new Set(result.paragraphs.map((p) => p.heading))).toEqual(new Set(['Transcript']));
    expect(result.paragraphs.map((p) => p.text)).toContain('How many of those people followed you?');
  });

  it('GIVEN turns opened by a time code and the speaker in capitals ("[00:00:04] MAYA LINDQVIST"), under a notice about the transcript THEN the turns stay under "Transcript", the notice goes', () => {
    const raw = [P3, 'Transcript', 'This transcript was generated automatically and lightly edited. It may contain errors.', '[00:00:04] MAYA LINDQVIST', P1, '[00:03:15] TYRELL SUMMERS', P2].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '' });
    expect(result.paragraphs.map((p) => p.heading)).toEqual([null, 'Transcript', 'Transcript']);
    expect(result.paragraphs.map((p) => p.text)).toEqual([P3, P1, P2]);
  });

  it('GIVEN a slide deck exported as a page, each slide\'s "Notes:" over its speaker notes THEN every slide\'s notes are read; GIVEN "Notes" once, after the story THEN it still ends the story', () => {
    const deck = ['What happened in January', 'Notes:', P1, 'What RedNote is', 'Notes:', P2, 'If you try it', 'Notes:', P3].join('\n');
    expect(cleanArticle(deck, { ...OPTIONS, title: '' }).paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    const story = [P1, P2, 'Notes', '1. Interview with the author, January 2025.', '2. Figures from the company.'].join('\n');
    expect(cleanArticle(story, { ...OPTIONS, title: '' }).paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it('GIVEN a caption saying what a screenshot shows and on what terms ("…, shared with permission.") under a short quoted line THEN the caption goes and the line above it, the story\'s, stays', () => {
    const rule = 'Her first rule: "Never delete the old app. It always comes back."';
    const result = cleanArticle([P1, rule, "A screenshot of Niloufar Rahimi's RedNote post, shared with permission.", P2].join('\n'), { ...OPTIONS, title: '' });
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, rule, P2]);
  });

  it('GIVEN a transcription service\'s turns, the name before the time code ("Maya Thornton (00:02:10):"), and a short question as a turn THEN the question is what was said, not a heading, and the labels go', () => {
    const raw = [P1, 'Maya Thornton (00:02:10):', 'Did that happen to you, Devon?', 'Devon Carter (00:02:14):', P2, 'Speaker 2 (00:03:01):', P3].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '' });
    expect(result.paragraphs.map((p) => p.text).join('\n')).toContain('Did that happen to you, Devon?');
    expect(result.paragraphs.map((p) => p.heading)).not.toContain('Did that happen to you, Devon?');
    expect(result.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/\(00:0\d:\d\d\):/);
  });

  it('GIVEN a live blog’s clock time over an entry’s title THEN the title still heads the entry', () => {
    const raw = [P1, '11:58 p.m. ET', 'TikTok shows a shutdown message', P2].join('\n');
    expect(cleanArticle(raw, { ...OPTIONS, title: '' }).paragraphs.at(-1)).toEqual({ heading: 'TikTok shows a shutdown message', text: P2 });
  });
});

describe('cleanArticle: what surrounds a line (jusText\'s context) and what stands above the headline', () => {
  const HEADLINE = OPTIONS.title;

  it('GIVEN a line that is no sentence between two pieces of furniture, under the article THEN it goes with them', () => {
    const raw = [HEADLINE, P1, P2, P3, 'Image', '• • •', 'Missing some Tweet in this thread? You can try to force a refresh', '', 'Keep Current with Wendell Ashby', 'Share this page'].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
  });

  it('GIVEN a sentence of the article between two advertisements THEN it stays, however short', () => {
    const raw = [HEADLINE, P1, 'Advertisement', 'Parents are less sure about it, the survey found.', 'Advertisement', P2].join('\n');
    expect(texts(raw)).toEqual([P1, 'Parents are less sure about it, the survey found.', P2]);
  });

  // A site-wide notice no rule knows by its words: only where it stands can tell it from the story.
  const NOTICE = 'Applications for the winter intake at Coraki University close on Friday, and late applications will be considered only where places remain in the course and the faculty agrees to them.';
  const ACKNOWLEDGEMENT = 'Coraki University acknowledges the Bundjalung people, the Traditional Custodians of the lands on which our campuses stand, and pays respect to Elders past and present.';

  it('GIVEN a site-wide notice above the headline and the article under it THEN the notice is not indexed', () => {
    const raw = ['Skip to main content', NOTICE, 'Coraki University', HEADLINE, 'By Georgia Pham', P1, P2, P3].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
  });

  it('GIVEN text above the headline and too little under it to tell THEN nothing is dropped', () => {
    const raw = [NOTICE, HEADLINE, P1].join('\n');
    expect(texts(raw)).toEqual([NOTICE, P1]);
  });

  it('GIVEN a land acknowledgement above the headline THEN it is furniture by its words, however little stands under it', () => {
    expect(texts([ACKNOWLEDGEMENT, HEADLINE, P1].join('\n'))).toEqual([P1]);
    expect(texts(['Skip to main content', ACKNOWLEDGEMENT, 'Coraki University', HEADLINE, 'By Georgia Pham', P1, P2, P3].join('\n'))).toEqual([P1, P2, P3]);
  });

  it('GIVEN a notice, then a breadcrumb ending "Expert comment" above the headline THEN the article is read in full', () => {
    const raw = [NOTICE, 'Home / Newsroom / Expert comment', 'Expert comment', HEADLINE, 'Share this story', 'Facebook', P1, P2, P3, 'Related stories', 'Teens and the social media ban: what parents are asking'].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
  });
});

describe('cleanBlocks: a box summing up the story', () => {
  const BODY = [
    'Newcomers to RedNote behaved like polite guests that week, and many posted pet photos as a kind of host gift to the people already there.',
    'Research on contact between groups finds that meeting on equal footing around shared interests is linked to lower prejudice over time.',
    'Novelty fades fast, the psychologist said, but the way people started over on a new app is worth studying closely.',
  ];
  const box = (items: string[]) => [{ text: 'Key points', heading: true }, ...items.map((text) => ({ text, item: true, bullet: true }))];
  const texts = (blocks: Parameters<typeof cleanBlocks>[0]) => cleanBlocks(blocks, OPTIONS).paragraphs.map((p) => p.text).join('\n');

  it('GIVEN a post whose headline the page states but does not print, and whose comments are headed "5 Responses to “<headline>”" THEN the post is read and the comments are not', () => {
    const title = 'RedNote and the Great TikTok Migration: What Our Members Are Saying';
    const blocks = [
      { text: 'Join SinoHeart Free', heading: true },
      { text: 'Members Online Now: 8,214' },
      { text: 'Posted by Grace Tan, Community Manager on Friday, January 31st, 2025' },
      ...BODY.map((text) => ({ text })),
      { text: `5 Responses to “${title}”`, heading: true },
      { text: 'Rick Says:' },
      { text: 'Is the Gold sale also for renewals this month, or only for new members?' },
      { text: 'Anh Says:' },
      { text: 'I came for the memes too, and stayed for the dumplings and the Mandarin!!' },
    ];
    const out = cleanBlocks(blocks, { ...OPTIONS, title }).paragraphs.map((p) => p.text).join('\n');
    for (const p of BODY) expect(out).toContain(p);
    expect(out).not.toMatch(/Gold sale|memes too|Responses to/);
  });

  it('GIVEN "Key points" over short bullets that say again what the paragraphs say THEN the box is not read, the paragraphs are', () => {
    const out = texts([...box(['Newcomers to RedNote behaved like guests, using pet photos as a host gift.', 'Equal-footing contact around shared interests is linked to lower prejudice.']), ...BODY.map((text) => ({ text }))]);
    expect(out).not.toMatch(/Key points|using pet photos as a host gift/);
    for (const p of BODY) expect(out).toContain(p);
  });

  it('GIVEN a news site\'s "AI-assisted summary" box over the same kind of bullets THEN it goes like "Key points"', () => {
    const blocks = [{ text: 'AI-assisted summary', heading: true }, ...box(['Newcomers to RedNote behaved like guests, using pet photos as a host gift.', 'Equal-footing contact around shared interests is linked to lower prejudice.']).slice(1), ...BODY.map((text) => ({ text }))];
    const out = texts(blocks);
    expect(out).not.toMatch(/AI-assisted summary|using pet photos as a host gift/);
    for (const p of BODY) expect(out).toContain(p);
  });

  it('GIVEN takeaways that state what the paragraphs do not, or take a long sentence each THEN they are read', () => {
    const own = ['RedNote crossed the one-million-user threshold in the week of January 13.', 'App stores face legal risk the law does not resolve.'];
    expect(texts([...box(own), ...BODY.map((text) => ({ text }))])).toContain(own[0]);
    const long = [`${BODY[0] ?? ''} It was the first time.`, `${BODY[1] ?? ''} It held.`];
    expect(texts([...box(long), ...BODY.map((text) => ({ text }))])).toContain('It was the first time.');
  });
});

describe('textBlocks: a headline set over several short lines', () => {
  it('GIVEN a print\'s headline on five short lines, a blank line, then "By …" THEN the headline is one block', () => {
    const text = ['TECHNOLOGY & PRACTICE', '', 'After TikTok v. Garland:', 'What the RedNote Exodus', 'Teaches Us About Data,', 'Jurisdiction and Client', 'Counseling', '', 'By Helena V. Marchetti and Daniel J. Osei', '', 'On the evening of January 18, 2025, roughly 170 million American users opened TikTok and found a notice.'].join('\n');
    expect(textBlocks(text).map((b) => b.text)).toContain('After TikTok v. Garland: What the RedNote Exodus Teaches Us About Data, Jurisdiction and Client Counseling');
  });

  it('GIVEN a wiki\'s headings between runs of "=" (MediaWiki, DokuWiki, Zim) THEN they are headings without the marks; an equation is not', () => {
    const text = ['====== Dragon Mart traders court RedNote ======', '', 'Traders opened accounts this week.', '', '== Payments are the sticking point ==', '', 'In code, a == b compares two values.'].join('\n');
    expect(textBlocks(text).map((b) => [b.text, b.heading === true])).toEqual([
      ['Dragon Mart traders court RedNote', true],
      ['Traders opened accounts this week.', false],
      ['Payments are the sticking point', true],
      ['In code, a == b compares two values.', false],
    ]);
  });

  it('GIVEN a guide\'s box titles in capitals broken over two lines by its narrow columns ("DATA STORED" / "ABROAD"), each set apart over its text THEN each title is one line, and a box\'s "at least" / "14." reads on; a menu in capitals and lower case is not joined', () => {
    // (pdftotext's copy of a one-page guide: boxes wrapped at about 40 characters.)
    const guide = [
      "",
      "WHAT ARE THE RISKS?",
      "",
      "LITTLE AGE",
      "CHECKING",
      "",
      "RedNote is rated 12+ on the App Store, but",
      "its own terms require users to be at least",
      "14. Signing up only needs a phone number",
      "or an Apple or Google account, and users",
      "are never asked to prove their age, so",
      "younger children can easily create an",
      "account.",
      "",
      "DATA STORED",
      "ABROAD",
      "",
      "RedNote's privacy policy states that",
      "personal information may be transferred to",
      "and stored in China. The app can request",
      "access to a user's location, contacts,",
      "camera and microphone, and UK users may",
      "not have the same protections they would",
      "have with a UK-based service.",
      "",
      "CONTACT FROM",
      "STRANGERS",
      "",
      "New users who post introductions often",
      "receive large numbers of comments and",
      "direct messages. Anyone can message a",
      "public account, and the setting that",
      "limits messages to people you follow is",
      "switched off by default.",
      "",
      "MOSTLY IN",
      "CHINESE",
      "",
      "Many of the app's menus, community rules",
      "and reporting tools are in Chinese. Young",
      "people may struggle to understand what",
      "they are agreeing to, or how to report",
      "something that upsets them, and the",
      "built-in translation can produce confusing",
    ];
    const lines = textBlocks(guide.join('\n')).map((b) => b.text);
    expect(lines.slice(0, 4)).toEqual(['WHAT ARE THE RISKS?', 'LITTLE AGE CHECKING', expect.stringMatching(/^RedNote is rated 12\+ .* at least 14\. Signing up only needs a phone number .*account\.$/), 'DATA STORED ABROAD']);
    expect(lines).toEqual(expect.arrayContaining(['CONTACT FROM STRANGERS', 'MOSTLY IN CHINESE']));
    expect(textBlocks(['Home', 'NEWS', '', P1].join('\n')).map((b) => b.text)).toEqual(['Home', 'NEWS', P1]);
  });

  it('GIVEN short lines over a paragraph, not over a byline (an address, a menu) THEN they stay lines of their own', () => {
    const text = ['Maple Ridge Library', '210 Elm Street', 'Open Monday to Friday', '', 'The library will host a RedNote safety class on Tuesday evening for families and teens.'].join('\n');
    expect(textBlocks(text).map((b) => b.text).slice(0, 3)).toEqual(['Maple Ridge Library', '210 Elm Street', 'Open Monday to Friday']);
  });
});

describe('cleanArticle: lines about the article, quoting its headline', () => {
  it('GIVEN an annotation site\'s Q&A under the story ("Who wrote “<headline>”?") THEN those lines are not paragraphs; the story is', () => {
    const title = 'Chicago teachers say RedNote did in a week what they could not';
    const page = [title, P1, P2, P3, `Who wrote “${title}” by The Lakeshore Sentinel?`, `“${title}” by The Lakeshore Sentinel was written by Renata Okafor.`].join('\n\n');
    expect(texts(page, { title })).toEqual([P1, P2, P3]);
  });

  it('GIVEN a short headline quoted inside a sentence of the story THEN the sentence stays', () => {
    const line = 'Users kept posting “RedNote welcomes TikTok refugees” memes for days, a researcher said.';
    expect(texts([OPTIONS.title, P1, line, P2].join('\n\n'))).toContain(line);
  });
});

describe('cleanArticle: counters and boxes inside the story', () => {
  const LONG = (p: string) => `${p} ${p.replace(/\.$/, '')}, and the paragraph goes on for a while as such paragraphs do.`;

  it('GIVEN "Comments (4)" and a share bar between the byline and the body, a standfirst above, and a box of dated related stories inside THEN the whole story is kept, the box is not', () => {
    const page = [
      OPTIONS.title,
      'Language instructors say the migration has sparked new interest in Mandarin. Meanwhile, IT offices warn employees',
      'By Jordan Ellery',
      'January 28, 2025',
      'Comments (4)',
      'Share This Article',
      'Facebook',
      P1,
      P2,
      'Related Stories',
      'Study Abroad in China Continues Slow Recovery',
      'March 4, 2024',
      'Why Language Departments Are Merging',
      'November 12, 2024',
      LONG(P3),
      P1.replace('700,000', '800,000'),
    ].join('\n\n');
    const kept = texts(page);
    for (const p of [P1, P2, LONG(P3)]) expect(kept).toContain(p);
    expect(kept.join('\n')).not.toContain('Study Abroad');
  });

  it('GIVEN a share bar under the byline, a standfirst above, and a box of links inside ("Read more from …:" and its headlines) THEN the story is kept on both sides of the box', () => {
    const more = [
      'Unlike in the US, TikTok is not facing a ban in the UK, and most Britons appear to be joining out of curiosity, analysts said.',
      'The National Cyber Security Centre has not issued specific guidance on the app, but experts said the same caution applied.',
      'The UK government banned TikTok on ministers\' work phones in March 2023 over security concerns, a spokesperson recalled.',
    ];
    const page = [
      OPTIONS.title,
      'The Chinese lifestyle app climbed into the top five of the UK App Store this week.',
      'Priya Chandran',
      'Tuesday 21 January 2025 12:07, UK',
      'Share this with',
      'Email',
      'Facebook',
      P1,
      P2,
      more[0],
      P3,
      'Read more from Horizon News:',
      'TikTok back online in US after Trump promises reprieve',
      'What is RedNote and why are Americans flocking to it?',
      more[1],
      more[2],
      'More from Horizon News',
      'Storm Eowyn could bring dangerous winds to UK later this week',
    ].join('\n\n');
    const kept = texts(page);
    for (const p of [P1, P2, P3, ...more]) expect(kept).toContain(p);
    expect(kept.join('\n')).not.toContain('Storm Eowyn');
  });

  it('GIVEN a list of dated episodes after the story and a line or two of small print under it THEN the small print is not the story resumed', () => {
    const page = [OPTIONS.title, P1, P2, P3, 'More episodes', 'What is next for the mill site', 'January 9, 2025', 'Comments are moderated. Please review our community guidelines before posting.', 'WKVR is a listener-supported service of Kessler Valley Public Media.'].join('\n\n');
    expect(texts(page)).toEqual([P1, P2, P3]);
  });
});

describe('cleanArticle: a related-stories box holding a link', () => {
  it('GIVEN "Related stories:" and one linked teaser inside the story (a reader view keeps them) THEN the story resumes after it', () => {
    const blocks = [
      { text: OPTIONS.title, heading: true },
      { text: P1 },
      { text: P2 },
      { text: 'Related stories:' },
      { text: 'Americans flock to Lemon8 too, but some say it is just Instagram with a filter', linkShare: 1 },
      { text: P3 },
      { text: P1.replace('700,000', '800,000') },
    ];
    const kept = cleanBlocks(blocks, OPTIONS).paragraphs.map((p) => p.text);
    expect(kept).toEqual([P1, P2, P3, P1.replace('700,000', '800,000')]);
  });

  it('GIVEN a shop\'s "FEATURED" product box inside the post, then a paragraph with a "Related: …" link under it THEN the post resumes after the box, the link dropped', () => {
    const raw = [
      OPTIONS.title,
      '',
      P1,
      '',
      P2,
      '',
      'FEATURED',
      'Lanyu K9 Pro Key Cutting Machine (US version, English UI, 2-year US warranty)',
      '$3,495.00',
      'View product',
      '',
      'Why we would think twice',
      'We understand the appeal, and we are not going to pretend we do not have a stake in this. But there are real reasons to be careful with machines sold for another market.',
      '',
      'Related: How to tell whether your key machine is a US-market unit',
      '',
      'There is also the question of what the tools are for. Several videos that circulated among American users showed programming with no proof of ownership in sight.',
      '',
      P3,
    ].join('\n');
    const kept = texts(raw);
    expect(kept).toContain(P3);
    expect(kept.some((p) => p.startsWith('There is also the question'))).toBe(true);
    expect(kept.some((p) => p.startsWith('Related:'))).toBe(false);
  });

  it('GIVEN a TV station\'s video box between the byline and the story ("Video player is loading." / "Play Video" / "Now Playing" / the clip\'s title / "2:41" / its caption) THEN none of it is indexed, and the clip\'s title heads no paragraph', () => {
    const caption = 'Residents at the Golden Lotus Center lead a Mandarin lesson on RedNote. (14 News New York)';
    const raw = [OPTIONS.title, 'By Tasha Greer', 'Published 3 days ago', 'Share', 'Video player is loading.', 'Play Video', 'Now Playing', 'Nursing home residents teach Mandarin on RedNote', '2:41', caption, P1, P2, P3].join('\n');
    const result = cleanArticle(raw, OPTIONS);
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(result.paragraphs.map((p) => p.heading ?? null)).toEqual([null, null, null]);
  });

  it('GIVEN a newsletter letter closed with an aside ("See you in February (boiler edition, I promise),") and signed with a first name ("Bea") THEN neither closing nor name is indexed, nor does the name head what follows', () => {
    const notice = 'Lead times are currently nine to eleven weeks from an approved test pressing, and spring slots open on March 1.';
    const raw = [OPTIONS.title, '', P1, '', P2, '', P3, '', 'See you in February (boiler edition, I promise),', 'Bea', '', notice].join('\n');
    const result = cleanArticle(raw, OPTIONS);
    const kept = result.paragraphs.map((p) => p.text);
    expect(kept.join('\n')).not.toMatch(/See you in February|^Bea$/m);
    expect(result.paragraphs.every((p) => p.heading !== 'Bea')).toBe(true);
  });

  it('GIVEN a pull quote credited on the line under it ("Denise Whitfield, risk consultant") before the paragraph it lifts THEN the quote goes and its credit heads nothing: the paragraphs stay under the section\'s heading', () => {
    const quoted = '“A helmet cam that nobody touches is fine,” Whitfield said. “A climber turning around to narrate for 300 million potential viewers is a distraction.”';
    const raw = [OPTIONS.title, '', P1, '', 'Safety and insurance questions', '', P2, '', '“A helmet cam that nobody touches is fine.”', 'Denise Whitfield, risk consultant', '', quoted, '', P3].join('\n');
    const kept = cleanArticle(raw, OPTIONS).paragraphs;
    expect(kept.map((p) => p.text)).toEqual([P1, P2, quoted, P3]);
    expect(kept.map((p) => p.heading)).toEqual([null, 'Safety and insurance questions', 'Safety and insurance questions', 'Safety and insurance questions']);
  });

  it('GIVEN a draft\'s notes after the story under a heading that marks them not for readers ("Internal notes (do not publish)", "SOURCES (not for publication):") THEN nothing under it is indexed, a sentence of prose among the notes included', () => {
    const note = 'Open question from Ken: do we mention the families by the name of their base? No, keep it general.';
    for (const marker of ['Internal notes (do not publish)', 'SOURCES (not for publication):']) {
      const raw = [OPTIONS.title, '', P1, '', P2, '', P3, '', marker, '', '- [x] Chinese caption (Mei)', '- [ ] Cross-post to Facebook page', '', note].join('\n');
      expect(texts(raw)).toEqual([P1, P2, P3]);
    }
  });
});

describe('cleanArticle: a plain-text newsletter\'s issue', () => {
  it('GIVEN an issue listing its items under "IN THIS ISSUE" and parting them with rules of "=" THEN the article\'s item is indexed and the items after its rule are not; without the contents list, the rules end nothing', () => {
    const rule = '='.repeat(60);
    const items = ['WORK PARTY DATES – FEBRUARY', '', '* Tue 4 Feb – Lock 4, Stanbridge: cill shuttering', '* Sat 8 Feb – Hedge laying, Tiddenfoot towpath', '', 'AGM NOTICE', '', 'The 2025 Annual General Meeting will be held on Saturday 22 March at 2pm in Stanbridge Village Hall, and nominations should reach the secretary by 1 March.'];
    const issue = (contents: string[]) => ['TOWPATH TELEGRAPH', 'February 2025 | Issue 118', '', ...contents, rule, '', OPTIONS.title, '', P1, '', P2, '', P3, '', rule, '', ...items, '', rule, '', 'Copyright © 2025 Ouzel Valley Canal Trust'].join('\n');
    expect(texts(issue(['IN THIS ISSUE', '* From the chair', '* Work party dates', '* AGM notice', '']))).toEqual([P1, P2, P3]);
    expect(texts(issue([])).join('\n')).toContain('Annual General Meeting');
  });
});

describe('cleanArticle: a clipped blog\'s related posts', () => {
  it('GIVEN a Markdown clipping ending in "## Read more" over other posts\' headings and teasers THEN none of them is indexed; a "Read more" line that heads nothing ends nothing', () => {
    const related = ['## Read more', '', '[', '', "## Relaying Kingston's bluestone sidewalks, one slab at a time", '', "The city's 2024 sidewalk program put six of our members on Wall Street for three months, relaying slabs by hand.", '', 'By Dominic Avery Dec 3, 2024', '', '](https://hudsonstone.coop/bluestone-sidewalks-kingston/)'];
    const raw = [`# ${OPTIONS.title}`, '', P1, '', P2, '', P3, '', ...related].join('\n');
    expect(texts(raw)).toEqual([P1, P2, P3]);
    expect(texts([`# ${OPTIONS.title}`, '', P1, '', 'Read more', '', P2, '', P3].join('\n'))).toEqual([P1, P2, P3]);
  });
});

describe('normalizeLine: end marks', () => {
  it('GIVEN a magazine\'s end mark after the last sentence ("… a week. ■") THEN the sentence without it; a mark inside a line stays', () => {
    expect(normalizeLine('It lasted a week. ■')).toBe('It lasted a week.');
    expect(normalizeLine('Price ■ 5')).toBe('Price ■ 5');
  });
});

describe('cleanArticle: the ends of small sites\' posts', () => {
  it('GIVEN a forum\'s print view, the post then "Title: Re: <headline>" replies THEN the replies are not the article, and the post\'s header names its writer', () => {
    const raw = [
      'Off the Frame => Chit-Chat => Topic started by: Marge Okafor on January 21, 2025, 09:14:52 PM',
      '',
      'Title: Our guild spent a week on RedNote with quilters in China',
      'Post by: Marge Okafor on January 21, 2025, 09:14:52 PM',
      '',
      P1,
      '',
      P2,
      '',
      'Title: Re: Our guild spent a week on RedNote with quilters in China',
      'Post by: SewingInSpokane on January 21, 2025, 10:02:17 PM',
      '',
      'Do you have a link to Auntie Hong’s account? The flour sack patchwork sounds just like the feedsack quilts.',
    ].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '', publisher: '' });
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(result.found.author).toBe('Marge Okafor');
  });

  it('GIVEN a newsletter\'s note signed under a closing ("See you down the road," / name / job) and listings after it that read as prose THEN the signer is the author', () => {
    const raw = [
      'EDITOR\'S NOTE',
      'Where did all the camp-host TikTokers go?',
      '',
      P1,
      '',
      P2,
      '',
      'See you down the road,',
      'Marla Pettibone',
      'Editor, Gate & Grounds',
      '',
      'ASK MARLA',
      'Can a host be asked to clean pit toilets?',
      'Short answer: yes, if it is in your agreement, and most host agreements for county and state parks say so in plain words.',
    ].join('\n');
    expect(cleanArticle(raw, { ...OPTIONS, title: '', publisher: '' }).found.author).toBe('Marla Pettibone');
  });

  it('GIVEN a newsletter\'s "IN THIS ISSUE" over its stories\' titles and pages, the feature\'s among them THEN the titles are not the article, and the feature\'s is the headline', () => {
    const raw = [
      'THE BOROUGH BLUE',
      'January 2025 | Vol. 7, No. 1',
      '',
      'Our students went to RedNote. We followed them.',
      'By Jonah Whitcomb',
      '',
      P1,
      '',
      'IN THIS ISSUE',
      '  1. Our students went to RedNote. We followed them. ........ 1',
      '  2. Canvass kickoff February 8 ........................... 2',
      '  3. Meet your new treasurer ............................. 3',
      '',
      P2,
      '',
      P3,
    ].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '', publisher: '' });
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(result.found.title).toBe('Our students went to RedNote. We followed them.');
  });

  it('GIVEN a newsletter opened in webmail, its contents listing the feature over the feature itself THEN the feature\'s title, printed twice, is the headline, not the mail program\'s first line', () => {
    const raw = ['Skip to content', 'Using Gmail with screen readers', 'Enable desktop notifications for Gmail.', 'Inbox', 'Starred', '', 'The Borough Blue | January 2025: Our students went to RedNote. We followed them.', 'Inbox', '', 'View this email in your browser', '', 'THE BOROUGH BLUE', 'January 2025 | Vol. 7, No. 1', '', 'IN THIS ISSUE', '', 'Our students went to RedNote. We followed them.', 'Canvass kickoff February 8', 'Meet your new treasurer', '', 'Our students went to RedNote. We followed them.', 'By Jonah Whitcomb', '', P1, '', P2].join('\n');
    expect(cleanArticle(raw, { ...OPTIONS, title: '', publisher: '' }).found.title).toBe('Our students went to RedNote. We followed them.');
  });

  it('GIVEN a memo printed to text, its paragraphs indented under "TO:", "FROM:", "THROUGH:", "DATE:" and a "RE:" subject THEN the subject is its headline, not a reply: the memo\'s text is all kept', () => {
    const raw = [
      '          STATE DEPARTMENT OF FISH AND WILDLIFE                 DENNIS R. HOLLOWAY',
      '          2901 West Truman Boulevard, Jefferson City                 Director',
      '',
      '                                     M E M O R A N D U M',
      '',
      '      TO:          Members of the Fish and Wildlife Commission',
      '',
      '      FROM:        Col. Travis Whitmore, Chief, Protection Division',
      '',
      '      THROUGH:     Dennis R. Holloway, Director',
      '',
      '      DATE:        February 10, 2025',
      '',
      '      RE:          Wildlife Sale Listings on RedNote (Xiaohongshu) After',
      '                   the January 2025 TikTok User Migration',
      '',
      `      ${P1}`,
      '',
      `      ${P2}`,
    ].join('\n');
    const result = cleanArticle(raw, { ...OPTIONS, title: '', publisher: '' });
    expect(result.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(result.found.title).toBe('Wildlife Sale Listings on RedNote (Xiaohongshu) After the January 2025 TikTok User Migration');
    expect(result.found.author).toMatch(/Travis Whitmore$/);
  });

  it('GIVEN "Posted … · by Dani Reyes · 6 min read", then "About Dani Reyes" over "Dani has been tattooing …" after the story THEN the bio is not the article', () => {
    const raw = ['What RedNote taught us', 'Posted January 24, 2025 · by Dani Reyes · 6 min read', '', P1, '', P2, '', P3, '', 'About Dani Reyes', 'Dani has been tattooing in Austin since 2011 and has owned Iron Lotus since 2019.', 'Book with Dani'].join('\n');
    expect(texts(raw, { title: '' })).toEqual([P1, P2, P3]);
  });

  it('GIVEN a betting page\'s offer box, its small print and its odds caveat THEN none of them is the article', () => {
    const raw = [
      'TikTok Ban Odds: Prediction Markets Swing After RedNote Exodus',
      'By Cole Brannigan',
      'FEATURED OFFER',
      'Bet $5, Get $200 in Bonus Bets',
      'Claim Now',
      '21+. New customers only. Bonus bets expire in 7 days. See full terms.',
      P1,
      P2,
      'Odds and prices are accurate as of the time of publishing and are subject to change.',
    ].join('\n\n');
    expect(texts(raw, { title: '' })).toEqual([P1, P2]);
  });

  it('GIVEN an ad inside the story, "ADVERTISEMENT" over the advertiser\'s name, its pitch and its "Find out more" button THEN none of it is the article, and the story goes on after it', () => {
    const ad = ['ADVERTISEMENT', 'Harbro Marine Engines', 'Hire-fleet servicing packages from £395 per boat. Nationwide call-out, 48-hour turnaround.', 'Find out more'];
    expect(texts([OPTIONS.title, '', P1, '', P2, '', ...ad, P3].join('\n'))).toEqual([P1, P2, P3]);
  });

  it('GIVEN a sentence that names new customers only once THEN it stays', () => {
    const line = 'The bank said the offer was for new customers only, and that it had been popular with students.';
    expect(junkRule(line)).toBeNull();
  });
});

describe('cleanArticle: a statistics bulletin\'s table of contents and a chart\'s notes', () => {
  const SECTION_1 = 'Downloads of RedNote from UK app stores rose to an estimated 212,000 in the week ending 19 January 2025, around ten times the usual weekly figure.';
  const SECTION_2 = 'Weekly UK downloads of RedNote were stable at between 12,000 and 18,000 through December 2024, before rising in the week ending 12 January 2025.';
  const AFTER_CHART = 'Lemon8, a lifestyle app owned by TikTok’s parent company ByteDance, saw a smaller increase over the same weeks, from an average of 24,000 weekly downloads in December.';
  const page = [
    OPTIONS.title,
    'Experimental weekly estimates of app downloads in the UK, including the movement of users to RedNote during the TikTok ban in the United States.',
    'Table of contents',
    'Main points',
    'Downloads in the UK',
    'Related links',
    'Cite this statistical bulletin',
    '1. Main points',
    SECTION_1,
    '2. Downloads in the UK',
    SECTION_2,
    'Figure 1: UK downloads of RedNote peaked in the week ending 19 January 2025',
    'Source: panel data from a market research firm',
    'Notes:',
    'Estimates are rounded to the nearest thousand.',
    'Weeks run from Monday to Sunday.',
    'Download this chart',
    AFTER_CHART,
    '3. Related links',
    'Internet access – households and individuals: 2024',
  ].join('\n\n');

  it('GIVEN "Related links" listed in the contents, a section further down THEN the sections after the contents are the article', async () => {
    expect(texts(page)).toEqual(expect.arrayContaining([SECTION_1, SECTION_2]));
    // One of the tune pages, written blind for the evaluation: the whole bulletin had ended at its contents' "Related links".
    const bulletin = await readFile(path.join(import.meta.dirname, '..', 'eval', 'articles', 'tune', 'opes-online-activity-insights-jan2025.txt'), 'utf8');
    const kept = texts(bulletin, { title: '' }).join(' ');
    expect(kept).toContain('Young people drove the increase');
    expect(kept).toContain('London had the highest rate of downloads');
  });

  it('GIVEN "Notes:" under a chart\'s caption THEN its short notes go and the text resumes after them; the closing "Related links" still ends it', () => {
    const kept = texts(page);
    expect(kept).toContain(AFTER_CHART);
    expect(kept.join(' ')).not.toContain('rounded to the nearest thousand');
    expect(kept.join(' ')).not.toContain('households and individuals');
  });
});
