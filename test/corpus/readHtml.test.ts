import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/corpus/cleanArticle.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { domBlocks, looksLikeHtml, readHtml, restoreDropped, sharedAddress } from '../../src/corpus/readHtml.js';

const PARAGRAPHS = [
  'Two apps most Americans had never heard of a month ago now sit at the top of the App Store, as users of TikTok scramble for alternatives.',
  'On Wednesday morning RedNote held the No. 1 spot among free iPhone apps in the United States for the third consecutive day, the firm said.',
  'Lemon8, a photo and video app owned by the same parent company as TikTok, was second, and other alternatives gained much less ground.',
  'Analysts said the rankings reflect anxiety more than loyalty, and that most new users of such apps stop opening them within a month.',
];

function page({ head = '', article = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n'), h1 = 'RedNote and Lemon8 top the charts' } = {}): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>
<a href="#main">Skip to content</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/tech">Tech</a></li></ul></nav>
<main><article>${h1 === '' ? '' : `<h1>${h1}</h1>`}${article}</article>
<aside><h3>Related coverage</h3><ul><li><a href="/a">Supreme Court weighs TikTok ban</a></li></ul></aside></main>
<footer><p>&copy; 2025 The Daily Example Media Group. All rights reserved.</p></footer></body></html>`;
}

describe('readHtml', () => {
  it('GIVEN a bug tracker\'s report (Bugzilla: the text set in <pre> in a comment, inside the form that edits the bug), where Readability finds nothing THEN the page is read whole and the report is in it', async () => {
    // One of the tune pages, written blind for the evaluation: Readability drops everything classed as comments.
    const html = await readFile(path.join(import.meta.dirname, '..', 'eval', 'articles', 'tune', 'wren-bugzilla-1894402.html'), 'utf8');
    expect(readHtml(html).blocks.map((b) => b.text).join('\n')).toContain('If you want to try RedNote with less exposure, we suggest three steps.');
  });

  it('GIVEN an author block whose name and handle run together ("Dana Whitlock" then "@danawanders") THEN the author is the name', () => {
    const author = '<div class="guide-author"><a class="authorName" href="/u/danawanders">Dana Whitlock</a><span class="handle">@danawanders</span></div>';
    const html = `<html><head><title>Chengdu in 6 days</title></head><body><main><article><h1>Chengdu in 6 days: a TikTok refugee's first trip</h1>${author}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('Dana Whitlock');
    // (A Chinese platform's post header stamps the post after the name: "发布于 2025-01-16 21:43", "来自 …".)
    const stamped = '<div class="ts-author"><span class="name">KaylaTeachesArt</span> <span class="time">发布于 2025-01-16 21:43</span> <span class="from">来自 黑鲸投诉网页版</span></div>';
    expect(readHtml(html.replace(author, stamped)).meta.author).toBe('KaylaTeachesArt');
  });

  it('GIVEN a masthead\'s "dateline" element printing today\'s date ("Wednesday, January 22, 2025"), which Readability takes for a byline, and no other byline THEN no one is the author, not "Wednesday"', () => {
    const html = `<html><head><title>Coin-Op Courier - News</title></head><body><div class="masthead"><div class="dateline"><span>Wednesday, January 22, 2025</span></div></div><main><article><h1>Panyu crane makers field U.S. queries through RedNote</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('');
  });

  it('GIVEN an author card (name marked itemprop="author", the job in a span beside it) under a cookie banner\'s and a service alert\'s paragraphs THEN the author is the marked name alone', () => {
    const banner = '<div class="cookie-banner"><p>The Staff Hub uses essential cookies to keep you signed in and analytics cookies to help us improve the site.</p></div><div class="alert"><p>Workday will be unavailable from 18:00 on Friday 24 January to 08:00 on Monday 27 January for the annual upgrade.</p></div>';
    const card = '<div class="author-card"><img src="/p.jpg" alt=""><span class="author-card__name" itemprop="author">Helen Ashworth</span><span class="author-card__role">Information Governance Officer</span></div>';
    const html = `<html><head><title>RedNote on University devices</title></head><body>${banner}<main><article><h1>RedNote on University devices: what staff need to know</h1>${card}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('Helen Ashworth');
    // (A card naming two writers keeps both.)
    const two = card.replace('Information Governance Officer', 'and Marcus Oyelaran');
    expect(readHtml(html.replace(card, two)).meta.author).toContain('Marcus Oyelaran');
  });

  it('GIVEN a Chinese government-standard CMS\'s page (TRS: <title> "Headline-Column-Site" glued with hyphens, the headline alone in "ArticleTitle", the date in "PubDate") THEN the headline is the title and PubDate the date', () => {
    const head = '<title>Gusu City Museum Welcomes New Friends on Xiaohongshu-Museum News-Gusu City Museum</title><meta name="SiteName" content="苏州古城博物馆（英文版）"><meta name="ColumnName" content="Museum News"><meta name="ArticleTitle" content="Gusu City Museum Welcomes New Friends on Xiaohongshu"><meta name="PubDate" content="2025-01-22 10:36">';
    expect(readHtml(page({ head, h1: '' })).meta).toMatchObject({ title: 'Gusu City Museum Welcomes New Friends on Xiaohongshu', date: '2025-01-22' });
  });

  it('GIVEN an offline wiki\'s page (Kiwix: saved from its local server, "This article is issued from <a href=…?oldid=…>Wikinews</a>" at its foot) THEN the wiki is the publisher and its page, not the revision or the local copy, the URL', () => {
    const head = '<title>TikTok restores service in United States</title>';
    const foot = '<div id="mw-content-footer">This article is issued from <a class="external text" href="https://en.wikinews.org/wiki/TikTok_restores_service_in_United_States?oldid=4789215">Wikinews</a>. The text is licensed under <a href="https://creativecommons.org/licenses/by/2.5/">CC BY 2.5</a>.</div>';
    const html = `<!-- saved from url=(0082)http://box.lan/kiwix/content/wikinews_en_all_maxi_2025-02/A/TikTok_restores_service -->\n${page({ head, h1: 'TikTok restores service in United States', article: PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') + foot })}`;
    expect(readHtml(html).meta).toMatchObject({ publisher: 'Wikinews', url: 'https://en.wikinews.org/wiki/TikTok_restores_service_in_United_States' });
  });

  it('GIVEN a theme\'s author item (a screen-reader label "Beitragsautor", then "Von <a>Name</a>") THEN the author is the name alone', () => {
    const meta = '<ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Beitragsautor</span></span>\n<span class="meta-text">\n  Von <a href="/author/jonas/">Jonas Reinhardt</a>\n</span></li></ul>';
    const html = `<html><head><title>DF147: What did the TikTok refugees agree to?</title></head><body><main><article><h1>What did the TikTok refugees agree to?</h1>${meta}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('Jonas Reinhardt');
  });

  it('GIVEN a byline opened in another language with the writer\'s job after a comma ("Af Jonas Vestergaard, bibliotekar") THEN the author is the name alone', () => {
    const html = `<html><head><title>Kinesisk sprogcafé er pludselig fyldt</title></head><body><main><article><h1>Kinesisk sprogcafé er pludselig fyldt</h1><span class="author">Af Jonas Vestergaard, bibliotekar</span>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('Jonas Vestergaard');
  });

  it('GIVEN a blog\'s byline element opened by its own words with a degree after the name ("Written By Melissa Tran, PharmD") THEN the author is the name alone', () => {
    const byline = '<div class="blog-meta-item blog-meta-item--author"><span class="blog-author-prefix">Written By </span><a class="blog-author-name" href="/journal?author=5f2a">Melissa Tran, PharmD</a></div>';
    const html = `<html><head><title>Your RedNote skincare questions, answered</title></head><body><main><article><h1>Your RedNote skincare questions, answered</h1>${byline}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('Melissa Tran');
  });

  it('GIVEN a byline element opening with the date on a line of its own, then "This article was contributed by …" THEN the contributor is the author, not the month', () => {
    const byline = '<div class="FeatureByline">\n           January 22, 2025</p>\n           <p>This article was contributed by Priya Venkataraman</p>\n           </div>';
    const html = `<html><head><title>The TikTok exodus skips the fediverse</title></head><body><main><article><h1>The TikTok exodus skips the fediverse</h1>${byline}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('Priya Venkataraman');
  });

  it('GIVEN a CMS field listing its writers under a label ("Written by:" over one element per name, no space between them) THEN the author lists the names', () => {
    const field = '<div class="field field--name-field-authors"><div class="field__label">Written by:</div><div class="field__items"><div class="field__item">Marisol Tran</div><div class="field__item">Devin Okafor</div></div></div>';
    const html = `<html><head><title>TikTok, Inc. v. Garland</title></head><body><main><article><h1>TikTok, Inc. v. Garland</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${field}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('Marisol Tran and Devin Okafor');
  });

  it('GIVEN a byline block with the name and the job in two paragraphs and no space between them THEN the author is the name alone', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>Residents answered survey question ${i + 1} about where the city should post after TikTok went dark, and most of them chose the city website.</p>`).join('');
    const html = `<html><head><title>Where should the city post?</title></head><body><main><h1>Where should the city post?</h1><div class="ResultsArticle_byline__Fz0yN"><div><p class="ResultsArticle_author__K2tH8">Tamsin Okafor</p><p class="ResultsArticle_role__nR5vC">Communications Director, City of Lakewood Springs</p></div></div><article>${story}</article></main></body></html>`;
    expect(readHtml(html).meta.author).toBe('Tamsin Okafor');
  });

  it('GIVEN a mirrored page with a <meta> before its <head> (HTTrack) THEN the whole page is read, its byline outside the article too', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>Volunteers at the county shelter posted video number ${i + 1} of a hound on RedNote, and thousands of viewers in China asked about him every day.</p>`).join('');
    const html = `<!DOCTYPE html>\n<html lang="en">\n<!-- Mirrored from example.org/news by HTTrack Website Copier/3.x -->\n<!-- Added by HTTrack --><meta http-equiv="content-type" content="text/html;charset=utf-8" /><!-- /Added by HTTrack -->\n<head><title>Shelter dogs find fans | County Pets</title></head><body><nav><a href="/">Home</a></nav><h1>Shelter dogs find fans</h1><header><span class="submitted">Submitted by <span class="username">Maria Petrakis</span> on Mon, 01/27/2025 - 10:42</span></header><article>${story}</article></body></html>`;
    const page = readHtml(html);
    expect(page.pageBlocks.map((b) => b.text)).toContain('Submitted by Maria Petrakis on Mon, 01/27/2025 - 10:42');
    expect(page.blocks.map((b) => b.text).join(' ')).toContain('video number 4');
  });

  it('GIVEN an e-mail\'s preview text hidden by its style sheet (".pre{display:none}"), and a class hidden only on small screens THEN the preview text is no part of the page, the other is', () => {
    const head = '<style>.pre{display:none;font-size:1px} @media (max-width:600px){.wide{display:none}}</style>';
    const article = `<div class="pre">Plus: the chart nobody saw coming, and what the blackout cost creators.</div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p class="wide">${PARAGRAPHS[0] ?? ''} Seen on wide screens.</p>`;
    const read = readHtml(page({ head, article }));
    const text = read.pageBlocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('nobody saw coming');
    expect(text).toContain('Seen on wide screens.');
  });

  it('GIVEN an answer hidden by class under a question that opens it, and a long "read more" box hidden by class THEN both are read', () => {
    const head = '<style>.answer{display:none} .more{display:none}</style>';
    const long = PARAGRAPHS.join(' ');
    const article = `${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<h3><button aria-controls="a1">Is RedNote safe?</button></h3><div id="a1" class="answer"><p>It collects contacts, so share little.</p></div><div class="more"><p>${long}</p></div>`;
    const text = readHtml(page({ head, article })).pageBlocks.map((b) => b.text).join('\n');
    expect(text).toContain('It collects contacts, so share little.');
    expect(text).toContain(long);
  });

  it('GIVEN a story escaped twice, its tags and entities printed as text ("&lt;p&gt;CARLISLE &amp;mdash; …") THEN its sentences are read as the page meant them', () => {
    const escaped = PARAGRAPHS.map((p) => `&lt;p&gt;${p.replace(/,/g, ' &amp;mdash;')} &lt;a href=&quot;/topics/app/&quot;&gt;RedNote&lt;/a&gt;&lt;/p&gt;<br />`).join('\n');
    const text = readHtml(page({ article: `<div class="story">${escaped}</div>` })).blocks.map((b) => b.text).join('\n');
    expect(text).toContain(`${(PARAGRAPHS[0] ?? '').replace(/,/g, ' —')} RedNote`);
    expect(text).not.toMatch(/<p>|&mdash;|<a href/);
    // (A tag named in a sentence stays: "Wrap each paragraph in a <p> tag" is the page's own text.)
    const tutorial = readHtml(page({ article: `<p>${PARAGRAPHS[0] ?? ''} Wrap each paragraph in a &lt;p&gt; tag when you post.</p>` })).blocks.map((b) => b.text).join('\n');
    expect(tutorial).toContain('Wrap each paragraph in a <p> tag when you post.');
  });

  it('GIVEN an <h1> opening with a series number and a bar ("CO25014 | Headline") and og:title the headline alone THEN the headline, without the bar', () => {
    const html = page({ head: '<meta property="og:title" content="RedNote and the stress test for platform politics">', h1: 'CO25014 | RedNote and the stress test for platform politics' });
    expect(readHtml(html).meta.title).toBe('RedNote and the stress test for platform politics');
  });

  it('GIVEN a social post\'s page (og:title "Name (@handle)", <title> "Name: "post…" — Bluesky") THEN the post\'s first sentence is the title and the name the author', () => {
    const html = `<!doctype html><html><head><title>Dana Okafor: "What RedNote's privacy policy actually says, in plain English. I read both…" — Bluesky</title><meta property="og:title" content="Dana Okafor (@danaokafor.bsky.social)"></head><body>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(readHtml(html).meta).toMatchObject({ title: "What RedNote's privacy policy actually says, in plain English", author: 'Dana Okafor' });
  });

  it('GIVEN a hosting site\'s title for a member\'s work ("<work> by <member> on DeviantArt", og:site_name DeviantArt) THEN the work is the title and the member its author', () => {
    const head = '<title>Why I&#x27;m posting on RedNote now by inkmoth-studio on DeviantArt</title><meta property="og:title" content="Why I&#x27;m posting on RedNote now by inkmoth-studio on DeviantArt"><meta property="og:site_name" content="DeviantArt">';
    expect(readHtml(page({ head, h1: '' })).meta).toMatchObject({ title: "Why I'm posting on RedNote now", author: 'inkmoth-studio', publisher: 'DeviantArt' });
    // (Not a headline that says who did what when: "on Friday" names no site.)
    const news = '<meta property="og:title" content="TikTok ban upheld by the Supreme Court on Friday"><meta property="og:site_name" content="The Daily Example">';
    expect(readHtml(page({ head: news, h1: '' })).meta).toMatchObject({ title: 'TikTok ban upheld by the Supreme Court on Friday', author: '' });
  });

  it('GIVEN a CMS\'s author field printed with its label run into the name ("Author:Chen Yiting", "Author：Chen Yiting") THEN the name alone is the author', () => {
    for (const [field, name] of [['Author:Chen Yiting', 'Chen Yiting'], ['Author：Chen Yiting', 'Chen Yiting']] as const) {
      const article = `<div class="newsInfo"><span class="newsInfo-author">${field}</span></div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
      expect(readHtml(page({ article })).meta.author).toBe(name);
    }
  });

  it('GIVEN og:site_name a CMS\'s placeholder ("Default", "My WordPress Blog") and the site after the <title>\'s headline THEN the publisher is the site the <title> names', () => {
    for (const placeholder of ['Default', 'My WordPress Blog', 'Site Title']) {
      const head = `<title>RedNote and Lemon8 top the charts - Lakeshore Scholars 529 Plan</title><meta property="og:title" content="RedNote and Lemon8 top the charts"><meta property="og:site_name" content="${placeholder}">`;
      expect(readHtml(page({ head })).meta.publisher).toBe('Lakeshore Scholars 529 Plan');
    }
    const named = '<title>RedNote and Lemon8 top the charts - Lakeshore Scholars 529 Plan</title><meta property="og:site_name" content="Lakeshore Scholars">';
    expect(readHtml(page({ head: named })).meta.publisher).toBe('Lakeshore Scholars');
  });

  it('GIVEN a document an office program saved as a web page, its <title> the file name ("2025-017_Market_News_KBeauty") THEN the headline it prints is the title', async () => {
    const html = `<html><head><title>2025-017_Market_News_KBeauty(EN)</title></head><body><p class="MsoTitle">US ‘TikTok Refugees’ Land on RedNote, and K-Beauty Brands Take Notice</p>${PARAGRAPHS.map((p) => `<p class="MsoNormal">${p}</p>`).join('')}</body></html>`;
    expect(readHtml(html).meta.title).toBe('');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-filename-title-'));
    await writeFile(path.join(dir, 'bulletin.html'), html);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.meta.title).toBe('US ‘TikTok Refugees’ Land on RedNote, and K-Beauty Brands Take Notice');
  });

  it('GIVEN a list server\'s moderation page (Mailman\'s admindb: the held post as plain text in a read-only box, its headers in another) THEN the post is the article, with its own headline, byline and date', async () => {
    const wrapped = (p: string) => p.replace(/(.{1,70})(?:\s|$)/g, '$1\n').trim();
    const MORE = [
      'When Lin Mei posted a short video of herself pleating pork-and-chive dumplings on January 14, she figured her sister in Guangzhou might see it, and nobody else.',
      'A week later the clip had been watched 286,000 times on RedNote, the Chinese app called Xiaohongshu at home, and her account had grown to more than 41,000 followers.',
      'Lin, 52, has run Golden Lotus Bakery at 318 Barstow Street since 2011, and most of her new followers are Americans who joined the app in the days before the ban.',
      'Saturday sales were roughly triple a normal January weekend, she said, and she sold out of scallion pancakes by eleven in the morning for the first time ever.',
      'She and her son will host a free evening at the public library on Thursday to help neighbours set up accounts, and 37 people had signed up by Tuesday.',
    ];
    const post = ['THE RIVERBEND BULLETIN', '', 'Barstow Street baker finds 41,000 new fans on RedNote', '', 'By Marta Lindqvist, Bulletin editor', 'January 22, 2025', '', ...[...PARAGRAPHS, ...MORE].flatMap((p) => [wrapped(p), ''])].join('\n');
    const html = `<html><head><title>Riverbend-news Administrative Database</title></head><body><h2>Administrative requests for mailing list: <em>Riverbend-news</em></h2><form method="POST"><table>
<tr><td>From:</td><td>marta.lindqvist@example.com</td></tr><tr><td>Reason:</td><td>Message body is too big: 41210 bytes with a limit of 40 KB</td></tr>
<tr><td><strong>Message Headers:</strong></td><td><textarea name="headers-18" rows="15" cols="80" readonly>Return-Path: &lt;marta.lindqvist@example.com&gt;\nSubject: Web extra: Barstow Street baker</textarea></td></tr>
<tr><td><strong>Message Excerpt:</strong></td><td><textarea name="fulltext-18" rows="15" cols="80" readonly>${post.replace(/"/g, '&quot;')}</textarea></td></tr>
</table><input type="submit" value="Submit All Data"></form></body></html>`;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-admindb-'));
    await writeFile(path.join(dir, 'admindb.html'), html);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.meta).toMatchObject({ title: 'Barstow Street baker finds 41,000 new fans on RedNote', author: 'Marta Lindqvist', date: '2025-01-22' });
    expect(documents[0]?.paragraphs.map((p) => p.text)).toContain(PARAGRAPHS[1]);
  });

  it('GIVEN a document archive\'s page (Paperless-ngx: a scanned newsletter\'s OCR text in the editable box of its "Content" tab, the app\'s chrome around it) THEN the newsletter\'s text is the article', async () => {
    const wrapped = (p: string) => p.replace(/(.{1,64})(?:\s|$)/g, '$1\n').trim();
    const ocr = ['THE LAKEVIEW TOWERS LEDGER', '', "Mrs. Li's dumplings go viral, and the Community Room learns Mandarin", '', 'By Tom Reyes, Newsletter Committee', '', ...PARAGRAPHS.flatMap((p) => [wrapped(p), '']), ...PARAGRAPHS.flatMap((p) => [wrapped(p.replace('RedNote', 'the app')), ''])].join('\n');
    const html = `<html><head><title>Paperless-ngx</title></head><body><app-root><nav><a href="/dashboard">Dashboard</a><a href="/documents">Documents</a><a href="/tags">Tags</a></nav><main><h4>2025-02 Ledger scan</h4><ul class="nav-tabs"><li>Details</li><li>Content</li><li>Metadata</li><li>Notes</li></ul><form><textarea rows="20" formcontrolname="content" class="form-control">${ocr}</textarea><button>Save</button><button>Close</button></form></main></app-root></body></html>`;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-paperless-'));
    await writeFile(path.join(dir, 'document.html'), html);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.paragraphs.map((p) => p.text)).toContain(PARAGRAPHS[1]);
  });

  it('GIVEN a writer\'s credit in a paragraph classed "credits" ("Notes by <a>Tamika Ruelas</a> · Edited by …") beside a photo\'s credit THEN the writer is the author and only the photo\'s credit goes', async () => {
    const html = `<html><head><title>County supervisors split on keeping RedNote off county phones</title></head><body><article><header><h1>County supervisors split on keeping RedNote off county phones</h1><p class="credits">Notes by <a href="/documenters/tamika-ruelas/">Tamika Ruelas</a> · Edited by Grant Oyelaran</p><p class="published"><time datetime="2025-01-24">Published Jan. 24, 2025</time></p></header><figure><img src="a.jpg"><p class="photo-credit">Photo by Della Kuhlmann</p></figure>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const texts = readHtml(html).blocks.map((b) => b.text);
    expect(texts).toContain('Notes by Tamika Ruelas · Edited by Grant Oyelaran');
    expect(texts).not.toContain('Photo by Della Kuhlmann');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-credits-'));
    await writeFile(path.join(dir, 'notes.html'), html);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.meta).toMatchObject({ author: 'Tamika Ruelas', date: '2025-01-24' });
  });

  it('GIVEN a <title> a CMS glues with underscores ("Headline_本地新聞 Local News_灣區華聲 KHWS AM1430", DedeCMS) and no <h1> THEN the headline is its first part; a file\'s name glued so is no headline', () => {
    const html = `<html><head><title>Cupertino retirees become unofficial Mandarin tutors for 'TikTok refugees' on RedNote_本地新聞 Local News_灣區華聲 KHWS AM1430</title></head><body>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(readHtml(html).meta.title).toBe("Cupertino retirees become unofficial Mandarin tutors for 'TikTok refugees' on RedNote");
    expect(readHtml(html.replace(/<title>.*<\/title>/, '<title>2025-017_Market_News_KBeauty(EN)</title>')).meta.title).toBe('');
  });

  it('GIVEN a CMS that escaped its headline twice (the page shows "shops &amp; restaurants say &#039;ni hao&#039;") THEN the title reads as meant', () => {
    const twice = 'Alder Grove shops &amp;amp; restaurants say &amp;#039;ni hao&amp;#039; to RedNote newcomers';
    const html = `<html><head><title>${twice} | Choose Alder Grove</title><meta property="og:title" content="${twice}"></head><body><h1>${twice}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(readHtml(html).meta.title).toBe("Alder Grove shops & restaurants say 'ni hao' to RedNote newcomers");
    // (The same on a page whose other fields are escaped once.)
    expect(readHtml(page({ h1: 'Why the &amp;amp; sign confuses translators' })).meta.title).toBe('Why the & sign confuses translators');
  });

  it('GIVEN a wiki page\'s <title> "RedNote Exodus | Hollowmere Wiki | Fandom" and its <h1> "RedNote Exodus" THEN the short headline is the title, without the wiki\'s name', () => {
    const html = `<html><head><title>RedNote Exodus | Hollowmere Wiki | Fandom</title></head><body><h1>RedNote Exodus</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(readHtml(html).meta.title).toBe('RedNote Exodus');
  });

  it('GIVEN a WordPress print view (<title> "Site » Headline » Print", its footer "URL to article: …") THEN the site is the publisher, not "Print", and the footer gives the article\'s address', async () => {
    const html = `<!DOCTYPE html><html><head><title>The Harbour Ledger &raquo; Tour guides court a Chinese-speaking audience on RedNote &raquo; Print</title></head><body><div id="Wrapper"><p id="BlogTitle">Tour guides court a Chinese-speaking audience on RedNote</p><p id="BlogDate">Posted By <u>Marisol Vega</u> On 18th January 2025 @ 9:14 am In Business | No Comments</p><div id="BlogContent">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div><hr><p>Article printed from The Harbour Ledger: <strong>https://www.harbourledger.com</strong></p><p>URL to article: <strong>https://www.harbourledger.com/2025/01/18/tour-guides-rednote/</strong></p><p>Click <a href="#Print" onclick="window.print();">here</a> to print.</p></body></html>`;
    expect(readHtml(html).meta.publisher).toBe('The Harbour Ledger');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-print-view-'));
    await writeFile(path.join(dir, 'print.html'), html);
    const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
    expect(documents[0]?.meta).toMatchObject({ publisher: 'The Harbour Ledger', url: 'https://www.harbourledger.com/2025/01/18/tour-guides-rednote/' });
  });

  it('GIVEN a portal\'s <title> "Site name in two scripts -- Headline", the page printing the headline alone in bold and no <h1> THEN the printed headline is the title', () => {
    const html = `<!doctype html><html><head><title>Wabash Chinese Community Network 瓦巴什华人网 -- Wabash Chinese School hosts RedNote help night</title></head><body><table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr><tr><td><font><b>Wabash Chinese School hosts RedNote help night</b></font><br>Posted on Thursday, January 23, 2025<br>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</td></tr></table></body></html>`;
    expect(readHtml(html).meta.title).toBe('Wabash Chinese School hosts RedNote help night');
  });

  it('GIVEN an <h1> naming the course a forum post sits in, and a <title> opening alike then going on to the post\'s subject THEN the subject is the title', () => {
    const html = `<!doctype html><html><head><title>GLOB 105-02: Week 2 reading: What the RedNote migration tells us about platforms and borders | Cascade Valley Community College</title></head><body><h1>GLOB 105-02: Global Media and Society (Winter 2025)</h1><h3>Week 2 reading: What the RedNote migration tells us about platforms and borders</h3>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(readHtml(html).meta.title).toBe('Week 2 reading: What the RedNote migration tells us about platforms and borders');
  });

  it('GIVEN a PDF shown as HTML, each printed line an element placed by its style THEN its paragraphs are whole again, parted where the gap widens, the type changes or a bullet opens, a word broken at a line end joined', () => {
    const span = (top: number, type: string, text: string) => `<span class="a ${type}" style="left: 81px; top: ${top}px;">${text}</span>`;
    const lines = [
      span(72, 'ff2 fs13', 'How the migration unfolded'),
      span(91, 'ff3 fs11', 'In the week before the deadline, an estimated 3.4'),
      span(110, 'ff3 fs11', 'million Americans installed the app, a photo-'),
      span(129, 'ff3 fs11', 'sharing platform based in Shanghai.'),
      span(162, 'ff3 fs11', 'Survey data collected by the insti-'),
      span(181, 'ff3 fs11', 'tute from 1,206 adults suggest the motives were mixed.'),
      span(214, 'ff1 fs10', '• Most new users joined in protest.'),
      span(233, 'ff1 fs10', '• Very few read the privacy terms.'),
    ].join('\n');
    const texts = readHtml(`<!doctype html><html><body><div class="text_layer"><div class="newpage">${lines}</div></div></body></html>`).pageBlocks.map((b) => b.text);
    expect(texts).toEqual([
      'How the migration unfolded',
      'In the week before the deadline, an estimated 3.4 million Americans installed the app, a photo-sharing platform based in Shanghai.',
      'Survey data collected by the institute from 1,206 adults suggest the motives were mixed.',
      '• Most new users joined in protest.',
      '• Very few read the privacy terms.',
    ]);
  });

  it('GIVEN PyMuPDF\'s HTML (each line a <p> placed in points, its words in a span carrying the type) THEN the lines join into paragraphs the same way', () => {
    const line = (top: number, font: string, text: string) => `<p style="top:${top}pt;left:42.0pt;line-height:14.4pt"><span style="font-family:${font};font-size:10.0pt">${text}</span></p>`;
    const lines = [
      line(72, 'Didot-Bold,serif', 'How the migration unfolded'),
      line(91, 'MinionPro,serif', 'In the week before the deadline, an estimated 3.4'),
      line(105.4, 'MinionPro,serif', 'million Americans installed the app, a photo-'),
      line(119.8, 'MinionPro,serif', 'sharing platform based in Shanghai.'),
      line(150, 'MinionPro,serif', 'Survey data collected by the insti-'),
      line(164.4, 'MinionPro,serif', 'tute from 1,206 adults suggest the motives were mixed.'),
      line(178.8, 'MinionPro,serif', 'Most new users said they joined in protest.'),
      line(193.2, 'MinionPro,serif', 'Very few read the privacy terms.'),
    ].join('\n');
    const texts = readHtml(`<!doctype html><html><body><div id="page0" style="width:595.3pt;height:841.9pt">${lines}</div></body></html>`).pageBlocks.map((b) => b.text);
    expect(texts).toEqual([
      'How the migration unfolded',
      'In the week before the deadline, an estimated 3.4 million Americans installed the app, a photo-sharing platform based in Shanghai.',
      'Survey data collected by the institute from 1,206 adults suggest the motives were mixed. Most new users said they joined in protest. Very few read the privacy terms.',
    ]);
  });

  it('GIVEN pdfminer\'s HTML (each text box a placed <div>, its printed lines parted by <br>) THEN each box is a paragraph, its lines joined with their spaces and broken words mended', () => {
    const box = (top: number, size: number, lines: string[]) =>
      `<div style="position:absolute; border: textbox 1px solid; writing-mode:lr-tb; left:36px; top:${top}px; width:260px; height:40px;"><span style="font-family: SourceSerifPro-Regular; font-size:${size}px">${lines.join('<br>')}<br></span></div>`;
    const boxes = [
      box(90, 20, ['New Friends on RedNote?', 'Watch for These Scams']),
      box(140, 9.5, ['The rush of American users to the Chinese social app', 'RedNote in January brought a wave of friendly cross-', 'cultural conversations.']),
      box(200, 9.5, ['Since mid-January, the fraud team has taken 14', 'calls from members who were approached.']),
      box(260, 9.5, ['In three of those cases, members sent money', 'before calling us.']),
      box(320, 9.5, ['The patterns are familiar, even if the app is new.', 'Scammers prefer platforms where accounts are', 'harder to report.']),
      box(380, 9.5, ['Stop sending money and do not share one-time', 'passcodes with anyone.']),
      box(440, 9.5, ['We will never call to ask for a code we', 'sent you.']),
      box(500, 9.5, ['Report the account on the app and file a', 'complaint with the FBI.']),
    ].join('\n');
    const texts = readHtml(`<!doctype html><html><body>${boxes}</body></html>`).pageBlocks.map((b) => b.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'New Friends on RedNote? Watch for These Scams',
        'The rush of American users to the Chinese social app RedNote in January brought a wave of friendly cross-cultural conversations.',
        'Since mid-January, the fraud team has taken 14 calls from members who were approached.',
        'The patterns are familiar, even if the app is new. Scammers prefer platforms where accounts are harder to report.',
      ]),
    );
  });

  it('GIVEN a saved news page THEN the article paragraphs are its blocks, without menu, related links or footer', () => {
    const texts = readHtml(page()).blocks.map((b) => b.text);
    for (const p of PARAGRAPHS) expect(texts).toContain(p);
    for (const junk of ['Skip to content', 'News', 'Supreme Court weighs TikTok ban', 'All rights reserved']) expect(texts.join('\n')).not.toContain(junk);
  });

  it('GIVEN a byline whose name and date are parted by a line break ("Brian Ssekandi<br>Monday, January 20, 2025"), or whose job follows a slash ("Tanisha McFarlane/Staff Reporter") THEN the author is the name alone', () => {
    const broken = `<div class="byline"><span>By</span> <a href="/authors/bs">Brian Ssekandi</a><br><span>Monday, January 20, 2025</span> <span>4 min read</span></div>`;
    expect(readHtml(page({ article: broken + PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n') })).meta.author).toBe('Brian Ssekandi');
    const slashed = `<div class="byline">Tanisha McFarlane/Staff Reporter</div>`;
    expect(readHtml(page({ article: slashed + PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n') })).meta.author).toBe('Tanisha McFarlane');
  });

  it('GIVEN an icon font\'s glyph in the headline ("<i class=material-icons>create</i>", a pencil) and a reference table\'s "Author" label where the byline was looked for THEN neither is a word of the title or the author', () => {
    const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    const icon = `<span class="entry-title">What RedNote’s privacy policy says</span> <a href="#" title="Edit title"><i class="material-icons">create</i></a>`;
    expect(readHtml(page({ head: '<title>wallabag</title>', h1: icon, article: body })).meta.title).toBe('What RedNote’s privacy policy says');
    const label = `<table><tr><th class="author">Author</th><td>Tallis, Rebecca</td></tr></table>`;
    expect(readHtml(page({ article: label + body })).meta.author).not.toBe('Author');
  });

  it('GIVEN a byline over the outlet after a line break, a profile\'s follow button after a handle, or names running on over lines THEN the author is the names alone', () => {
    const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    const outlet = `<div class="byline">By <a href="/staff/cd">Corey Dillard</a> and <a href="/staff/ms">Mina Sato</a><br>Armed Forces Ledger</div>`;
    expect(readHtml(page({ article: outlet + body })).meta.author).toBe('Corey Dillard and Mina Sato');
    const follow = `<div class="author-line"><a class="author-name" href="/user/RustBeltRosie">RustBeltRosie</a> <button class="follow">Follow</button> <span>for Daily Caucus Community</span></div>`;
    expect(readHtml(page({ article: follow + body })).meta.author).toBe('RustBeltRosie');
    const runOn = `<div class="byline">\n  By <a href="/people/dw">Dana Whitlock</a>,\n  <a href="/people/jm">Jordan Mireles</a>\n</div>`;
    expect(readHtml(page({ article: runOn + body })).meta.author).toBe('Dana Whitlock and Jordan Mireles');
  });

  it('GIVEN Open Graph, article:published_time and a canonical link THEN they give title, publisher, date and URL', () => {
    const head = `<title>RedNote and Lemon8 top the charts | The Daily Example</title>
<meta property="og:title" content="RedNote and Lemon8 top the charts"><meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2025-01-15T09:30:00Z"><meta name="author" content="Rosa Delgado-Whitman">
<link rel="canonical" href="https://example.com/2025/01/15/rednote">`;
    expect(readHtml(page({ head })).meta).toEqual({
      title: 'RedNote and Lemon8 top the charts',
      author: 'Rosa Delgado-Whitman',
      date: '2025-01-15',
      // (a UTC stamp: the day the page prints beside it may be the one before)
      dateInUtc: true,
      publisher: 'The Daily Example',
      url: 'https://example.com/2025/01/15/rednote',
    });
  });

  it('GIVEN a page kept by a web archive (archive.today\'s head: its own site name, capture time and short address) THEN the capture\'s date, site and address are not the article\'s; a capture address holding the original keeps it', () => {
    const head = (canonical: string) =>
      `<html><head><title>Meet the locals who fled TikTok for RedNote - Riverbend Monthly</title><meta property="og:site_name" content="archive.ph"><meta property="og:url" content="https://archive.ph/Kq7rT"><meta property="article:published_time" content="2025-01-20T03:14:27Z">${canonical}</head><body><article><h1>Meet the locals who fled TikTok for RedNote</h1><p>Published January 17, 2025</p><p>${'When TikTok went dark for a night, dozens of Riverbend residents opened RedNote instead. '.repeat(4)}</p></article></body></html>`;
    const kept = readHtml(head('')).meta;
    expect(kept).toMatchObject({ date: '', publisher: '', url: '' });
    expect(kept.title).toBe('Meet the locals who fled TikTok for RedNote');
    const withOriginal = readHtml(head('<link rel="canonical" href="https://archive.ph/2025.01.20-031427/https://www.riverbendmonthly.com/culture/story/">')).meta;
    expect(withOriginal.url).toBe('https://archive.ph/2025.01.20-031427/https://www.riverbendmonthly.com/culture/story/');
  });

  it('GIVEN an og:title with a dash inside the headline and the <title> tag adding the site THEN the whole headline is the title', () => {
    const head = `<title>After the Rush, Creators Count What They Gained &#8212; and What They Lost | Lattice</title>
<meta property="og:title" content="After the Rush, Creators Count What They Gained &#8212; and What They Lost">`;
    expect(readHtml(page({ head, h1: '' })).meta.title).toBe('After the Rush, Creators Count What They Gained — and What They Lost');
  });

  it('GIVEN a report’s citation_publisher and a shorter og:site_name THEN the full name is the publisher', () => {
    const head = `<meta name="citation_publisher" content="Halbrook Center for Technology and Democracy"><meta property="og:site_name" content="Halbrook Center">`;
    expect(readHtml(page({ head })).meta.publisher).toBe('Halbrook Center for Technology and Democracy');
  });

  it('GIVEN a section heading with its permalink anchor ("What learners told us #") THEN the heading is its words alone', () => {
    const article = `<p>${PARAGRAPHS[0]}</p><h2 id="told">What learners told us <a class="anchor" href="#told">#</a></h2>${PARAGRAPHS.slice(1).map((p) => `<p>${p}</p>`).join('')}`;
    expect(readHtml(page({ article })).blocks.filter((b) => b.heading).map((b) => b.text)).toContain('What learners told us');
  });

  it('GIVEN a news theme\'s page whose <body> and wrappers carry state classes ("has-header-ad", "background-overlay") THEN the story is read, and a real ad box in it still goes', () => {
    const ad = '<div class="ad-slot"><p>Advertisement: Send money home with ZamPay mobile money, fast and free this month.</p></div>';
    const article = `${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${ad}${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('')}`;
    for (const wrapper of ['<body class="single has-header-ad sidebar-right">', '<body><div class="ads-wrapper">']) {
      const html = page({ article }).replace('<body>', wrapper);
      const texts = readHtml(html).blocks.map((b) => b.text).join('\n');
      for (const p of PARAGRAPHS) expect(texts, wrapper).toContain(p);
      expect(texts, wrapper).not.toContain('ZamPay');
    }
  });

  it('GIVEN a post embedded from a social network (its embed code\'s blockquote) THEN it is not the article\'s text', () => {
    const tweet = `<blockquote class="twitter-tweet" data-lang="en"><p>Paid my cat tax. Now where do I get my Chinese homework checked</p>&mdash; lauren v (@laurenvsworld) <a href="https://twitter.com/x/status/1">January 16, 2025</a></blockquote>`;
    const article = `${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${tweet}${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('')}`;
    const texts = readHtml(page({ article })).blocks.map((b) => b.text).join('\n');
    expect(texts).not.toContain('Paid my cat tax');
    for (const p of PARAGRAPHS) expect(texts).toContain(p);
  });

  it('GIVEN a journal\'s page (citation_journal_title beside its publishing company) THEN the journal is the publisher; a site name\'s domain ending goes', () => {
    const journal = `<meta name="citation_journal_title" content="Science Horizons"><meta name="citation_publisher" content="Horizons Publishing Group">`;
    expect(readHtml(page({ head: journal })).meta.publisher).toBe('Science Horizons');
    expect(readHtml(page({ head: `<meta property="og:site_name" content="Le Quotidien Global.fr">` })).meta.publisher).toBe('Le Quotidien Global');
    expect(readHtml(page({ head: `<meta property="og:site_name" content="Salon.com">` })).meta.publisher).toBe('Salon.com');
  });

  it('GIVEN a page in English whose metadata names its author and site in Chinese (a translated page) THEN the names its text prints are read', () => {
    const head = `<meta name="author" content="林晓雨"><meta property="og:site_name" content="微信公众平台">`;
    const byline = `<p>By Rosa Delgado-Whitman</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}`;
    const { meta } = readHtml(page({ head, article: byline }));
    expect(meta.author).not.toBe('林晓雨');
    expect(meta.publisher).not.toBe('微信公众平台');
    expect(readHtml(page({ head: `<meta name="author" content="Tanvir Ahmed &amp; Nusrat Jahan">` })).meta.author).toBe('Tanvir Ahmed and Nusrat Jahan');
    // A Chinese page that quotes an English name keeps its Chinese metadata.
    const chinese = ['美国用户在一周之内大量涌入小红书，这个平台原本以生活方式内容为主。', '许多新用户来自 TikTok，他们在评论区向中国网友问好并分享宠物照片。', '分析人士认为，这股热潮可能只是暂时的，但交流本身很有意义。'];
    expect(readHtml(page({ head, article: chinese.map((p) => `<p>${p}</p>`).join('') })).meta.author).toBe('林晓雨');
  });

  it('GIVEN an English edition whose og:title is its Chinese original\'s, its site named in both scripts, and an author field holding the site\'s name THEN title, publisher and author are what the English page prints', () => {
    const head = `<title>The Daily Example English | Tech</title><meta property="og:title" content="美國「TikTok難民」湧入小紅書 台灣創作者提醒：先看規則">
<meta property="og:site_name" content="風傳報 The Daily Example"><meta name="author" content="The Daily Example">`;
    const article = `<p>By Lin Yu-ting and Chris Hsu, The Daily Example staff reporters</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}`;
    const { meta } = readHtml(page({ head, article }));
    expect(meta.title).toBe('RedNote and Lemon8 top the charts');
    expect(meta.publisher).toBe('The Daily Example');
    expect(meta.author).not.toBe('The Daily Example');
  });

  it('GIVEN a CMS page whose <h1> is its section ("Agenda Center") and whose <title> names the site THEN the article\'s first heading is the title', () => {
    const html = `<!DOCTYPE html><html><head><title>Agenda Center • Marlow Springs, CA • CivicEngage</title></head><body>
<nav><a href="/">Home</a> <a href="/agendas">Agendas</a></nav><main><h1>Agenda Center</h1>
<article><h2>Staff Report: Use of RedNote on City Devices</h2>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<h2>Fiscal Impact</h2><p>${PARAGRAPHS[0]}</p></article></main></body></html>`;
    expect(readHtml(html).meta.title).toBe('Staff Report: Use of RedNote on City Devices');
  });

  it('GIVEN an author field given once per author (three parsely-author tags) THEN all three are the author', () => {
    const head = ['Kara Whitfield', 'Devon Osei', 'Lucy Marchetti'].map((name) => `<meta name="parsely-author" content="${name}">`).join('');
    expect(readHtml(page({ head })).meta.author).toBe('Kara Whitfield, Devon Osei and Lucy Marchetti');
  });

  it('GIVEN an English og:title quoting a Chinese name THEN it is the title as written', () => {
    const head = `<meta property="og:title" content="What 小红书 means for the TikTok refugees who joined it">`;
    expect(readHtml(page({ head, h1: '' })).meta.title).toBe('What 小红书 means for the TikTok refugees who joined it');
  });

  it('GIVEN no headline field and a <title> naming only the site and its section THEN the <h1> is the title', () => {
    const head = `<title>The Daily Example English | Tech</title><meta property="og:site_name" content="The Daily Example">`;
    expect(readHtml(page({ head })).meta.title).toBe('RedNote and Lemon8 top the charts');
  });

  it('GIVEN an og:title written for sharing that differs from the headline the <title> and <h1> both print THEN the printed headline is the title', () => {
    const head = `<title>RedNote and Lemon8 top the charts | The Daily Example</title><meta property="og:title" content="You Won't Believe Which Apps Are On Top Now">`;
    expect(readHtml(page({ head })).meta.title).toBe('RedNote and Lemon8 top the charts');
  });

  it('GIVEN a journal\'s <title> "Site — Headline" whose last part is og:title THEN the first part names the site', () => {
    const head = `<title>wren&#39;s nest &mdash; on becoming a tiktok refugee at 41</title><meta property="og:title" content="on becoming a tiktok refugee at 41">`;
    expect(readHtml(page({ head, h1: '' })).meta).toMatchObject({ title: 'on becoming a tiktok refugee at 41', publisher: "wren's nest" });
    // With no og:title to say which part is the headline, "Blog | Credit Union" names no site "Blog".
    expect(readHtml(page({ head: '<title>Blog | Tri-Rivers Community Credit Union</title>' })).meta.publisher).not.toBe('Blog');
  });

  it('GIVEN a forum thread whose <h1> sets a prefix label ("Guide") before the headline og:title gives THEN the title is the headline without the label', () => {
    const og = `<title>What the RedNote wave looks like from inside China | ExpatNest Forums</title><meta property="og:title" content="What the RedNote wave looks like from inside China">`;
    const h1 = '<span class="label">Guide</span><span>&nbsp;</span>What the RedNote wave looks like from inside China';
    expect(readHtml(page({ head: og, h1 })).meta.title).toBe('What the RedNote wave looks like from inside China');
    // A headline longer than the metadata's by more than a label's words is the page's own.
    const long = 'Explained: a week later, what the RedNote wave looks like from inside China';
    expect(readHtml(page({ head: og, h1: long })).meta.title).toBe(long);
    // The headline's own first word is no label: "Vanuatu kava videos …" where the sharing title says "Kava videos …".
    const shared = `<title>Vanuatu kava videos win American fans on RedNote – Port Vila Tide</title><meta property="og:title" content="Kava videos win American fans on RedNote">`;
    expect(readHtml(page({ head: shared, h1: 'Vanuatu kava videos win American fans on RedNote' })).meta.title).toBe('Vanuatu kava videos win American fans on RedNote');
  });

  it('GIVEN a mail archive\'s message set line by line with <br> (LISTSERV\'s <TT>), a blank line between paragraphs THEN its wrapped lines are joined into paragraphs', () => {
    const lines = [
      'Hi all -- this one is a little off our usual rarity reports, so delete now',
      'if you only want the birds. Several of you asked at the Tifft Nature',
      'Preserve walk on Saturday about the "Chinese bird app" I mentioned, so',
      'here is the longer version.',
      '',
      'Like a lot of people, my granddaughter moved from TikTok to RedNote',
      '(Xiaohongshu) the week of January 13, and she set up an account for me so',
      'I could see her posts. Out of curiosity I posted three photos of the Snowy',
      'Owl that has been sitting on the breakwall at the Buffalo Outer Harbor',
      'since January 4, with a caption in English.',
    ];
    const article = `<table><tr><td><tt>${lines.join('<br>\n')}<br></tt></td></tr></table><p><a href="/a">Next message</a><br><a href="/b">Previous message</a><br><a href="/c">Thread index</a><br><a href="/d">Date index</a><br><a href="/e">Author index</a></p>`;
    const texts = readHtml(page({ article })).blocks.map((b) => b.text);
    expect(texts).toContain('Hi all -- this one is a little off our usual rarity reports, so delete now if you only want the birds. Several of you asked at the Tifft Nature Preserve walk on Saturday about the "Chinese bird app" I mentioned, so here is the longer version.');
    expect(texts.some((t) => t.startsWith('Like a lot of people, my granddaughter moved from TikTok to RedNote (Xiaohongshu) the week of January 13'))).toBe(true);
  });

  it('GIVEN a JSON-LD headline a CMS escaped as HTML ("Here&#039;s what …", Yoast\'s) THEN the title reads as the page prints it', () => {
    const ld = `<script type="application/ld+json">{"@type": "Article", "headline": "We tried RedNote for a week. Here&#039;s what 40,000 new followers asked us"}</script>`;
    expect(readHtml(page({ head: ld, h1: '' })).meta.title).toBe("We tried RedNote for a week. Here's what 40,000 new followers asked us");
  });

  it('GIVEN a headline field worded for search and a different headline in the page’s one <h1> THEN the <h1> a reader sees is the title', () => {
    const ld = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "What is RedNote? TikTok ban explained", "datePublished": "2025-01-14"}</script>`;
    const h1 = 'RedNote, TikTok and the ban: your questions answered';
    expect(readHtml(page({ head: ld, h1 })).meta).toMatchObject({ title: h1, date: '2025-01-14' });
    const og = `<title>Charts | The Daily Example</title><meta property="og:title" content="RedNote and Lemon8 top the charts, again">`;
    expect(readHtml(page({ head: og })).meta.title).toBe('RedNote and Lemon8 top the charts');
  });

  it('GIVEN no date field but a stamp element (<time datetime>, or a code host\'s <relative-time datetime>) THEN the date is the first one\'s', () => {
    for (const stamp of ['<time datetime="2025-01-21T17:42:09Z">Jan 21</time>', '<relative-time datetime="2025-01-21T17:42:09Z">Jan 21, 2025</relative-time>']) {
      const article = `<p>hannah-oduya opened this discussion ${stamp}</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
      expect(readHtml(page({ article })).meta.date, stamp).toBe('2025-01-21');
    }
  });

  it('GIVEN no <h1> and no headline field, a <title> printed nowhere on the page, and a heading the page signs under THEN that heading is the title', () => {
    const head = '<title>~ the lantern room ~ | journal</title>';
    const article = `<p>journal &gt;&gt; entry #37</p><h2>my week as a tiktok refugee (a field report)</h2><p><i>posted by junie ♡ | tags: cats</i></p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(readHtml(page({ head, h1: '', article })).meta.title).toBe('my week as a tiktok refugee (a field report)');
    // A <title> the page prints (as its masthead or headline) is kept.
    const printedTitle = `<p>~ the lantern room ~ | journal</p>${article}`;
    expect(readHtml(page({ head, h1: '', article: printedTitle })).meta.title).toBe('~ the lantern room ~ | journal');
  });

  it('GIVEN a <title> naming the kind of page ("Press Release Detail - Ashby County Sheriff\'s Office") and an <h1> naming the section ("Press Releases") THEN the line the page signs under ("Posted on: … | Posted by: …") is the title', () => {
    const html = `<!DOCTYPE html><html><head><title>
	Press Release Detail - Ashby County Sheriff's Office
</title></head><body><div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/News/PressReleases.aspx">Press Releases</a> &gt; Press Release Detail</div>
<h1 class="pageTitle">Press Releases</h1>
<div class="pageTools"><a href="javascript:window.print();">Print This Page</a> | <a href="mailto:?subject=Press%20Release">Email This Page</a></div>
<div class="pressRelease"><h2 class="prTitle"><span>Sheriff warns of RedNote scams after Ashby County residents join Chinese app</span></h2>
<div class="prInfo"><span class="prDate">Posted on: <span>January 23, 2025</span></span> | <span class="prAuthor">Posted by: <span>Lt. Brenda Sizemore</span></span></div>
<div class="prBody">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect(readHtml(html).meta.title).toBe('Sheriff warns of RedNote scams after Ashby County residents join Chinese app');
  });

  it('GIVEN a page that states its address only in its share buttons (no canonical link, no og:url) THEN the address they agree on is the URL; a Markdown conversion\'s share links give it too', () => {
    const address = 'https://www.nefarmranch.org/homestead/article/sandhills-ranch-family-rednote';
    const buttons = `<a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(address)}">Facebook</a><a href="https://twitter.com/intent/tweet?text=Ranchers&amp;url=${encodeURIComponent(address)}">X</a><a href="mailto:?subject=Look&amp;body=${address}">Email</a>`;
    const article = `${buttons}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(readHtml(page({ head: '<title>Sandhills family finds RedNote fans</title>', article })).meta.url).toBe(address);
    expect(readHtml(page({ head: '<title>Sandhills family finds RedNote fans</title>', article: PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') })).meta.url).toBe('');
    expect(sharedAddress(`Share: [Facebook](https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(address)}) [Email](mailto:?body=${encodeURIComponent(address)})`)).toBe(address);
    // A share service's own address is no page's.
    expect(sharedAddress('<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.facebook.com/groups/x">f</a>')).toBe('');
    // WordPress's Jetpack buttons link to the page itself, the service in "?share=".
    const own = 'https://www.barbadosgis.example/creators-urged-to-diversify/';
    expect(sharedAddress(`* [Click to share on Facebook (Opens in new window)](${own}?share=facebook)\n* [Click to share on X (Opens in new window)](${own}?share=x)`)).toBe(own);
  });

  it('GIVEN a <title> naming the site and its section ("Lander Lions Club - News"), no <h1>, and a line the page signs under THEN that line is the title and the site the publisher', () => {
    const head = '<title>Lander Lions Club - News</title>';
    const article = `<div class="masthead">Lander Lions Club</div><div class="pagetitle">Club News</div><table><tr><td class="newstitle">Pancake Feed Goes Global: Lander Lions Find Friends on RedNote</td></tr><tr><td class="newsdate">Posted by Judy Marquardt on 01/27/2025</td></tr><tr><td>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>`;
    const meta = readHtml(page({ head, h1: '', article })).meta;
    expect(meta.title).toBe('Pancake Feed Goes Global: Lander Lions Find Friends on RedNote');
    expect(meta.publisher).toBe('Lander Lions Club');
  });

  it('GIVEN a Chinese site\'s <title> naming it and its section ("永信報稅會計師事務所 - 最新消息"), no <h1>, the headline in a table cell over a line of dated fields, and a web designer\'s name in the author tag THEN the cell is the title, the fields give the date, and no one is the author', () => {
    const head = '<title>永信報稅會計師事務所 - 最新消息</title><meta name="author" content="新視野網頁設計 NewVision Web Design">';
    const headline = "New friends from RedNote: yes, we can do your US taxes (and no, we can't help you get paid in yuan)";
    const article = `<div>永信報稅會計師事務所</div><table><tr><td class="news_title">${headline}</td></tr><tr><td class="news_info">發佈日期：2025-01-24 &nbsp;&nbsp; 文／林家豪 Kevin Lam, EA &nbsp;&nbsp; 瀏覽次數：1284</td></tr><tr><td>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>`;
    const meta = readHtml(page({ head, h1: '', article })).meta;
    expect(meta).toMatchObject({ title: headline, author: '' });
  });

  const ZH_PARAGRAPHS = [
    '今年一月中旬，美國短影音平台TikTok面臨禁令，大批美國用戶轉往社群平台「小紅書」，不少人在平台上詢問來臺旅遊時如何叫計程車、司機會不會說英文，以及可不可以刷卡，留言在一週內累積上千則。',
    '本社客服中心統計，一月十三日至二十二日共接到英語來電四百多通，較去年同期增加近三倍，因此理監事會決議增設英語叫車專線，並印製司機英語口袋卡，供社員於春節期間使用。',
  ];

  it('GIVEN a Taiwanese co-op\'s <title> gluing its name and section with a bare dash ("臺北市福安計程車運輸合作社-最新消息"), no <h1>, the headline in a table cell over a line of fields dated in Taiwan\'s calendar ("發布日期：114-01-23") THEN the cell is the title and the co-op is the publisher', () => {
    const head = '<title>臺北市福安計程車運輸合作社-最新消息</title>';
    const headline = '美國「小紅書難民」來臺詢問度增 本社推出英語叫車專線及司機英語口袋卡';
    const article = `<div class="position">目前位置：<a href="index.php">首頁</a> &gt; <a href="news.php">最新消息</a> &gt; 本社公告</div><table><tr><td class="news_title">${headline}</td></tr><tr><td class="news_info">發布日期：114-01-23\u3000\u3000發布單位：業務組\u3000\u3000點閱次數：1,287</td></tr><tr><td id="newsContent">${ZH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>`;
    expect(readHtml(page({ head, h1: '', article })).meta).toMatchObject({ title: headline, publisher: '臺北市福安計程車運輸合作社' });
    // (A site naming itself "official site", "禾苗托育官网", is the name before it.)
    const official = article.replace('news_title', 'news_title x');
    expect(readHtml(page({ head: '<title>臺北市福安計程車運輸合作社官網-最新消息</title>', h1: '', article: official })).meta.publisher).toBe('臺北市福安計程車運輸合作社');
  });

  it('GIVEN an <h1> holding the headline, a line break and the post\'s dated fields ("2025-01-21 14:35:12 来源：本報 作者：Wendy Lau 评论：2"), longer than the headline THEN the headline is the title', () => {
    const h1 = `Flushing Mandarin tutors swamped as 'TikTok refugees' discover RedNote<br /><span>2025-01-21 14:35:12&nbsp;&nbsp;&nbsp;来源：<a href="/">本報</a>&nbsp;&nbsp;&nbsp;作者：Wendy Lau&nbsp;&nbsp;&nbsp;评论：<a href="#c">2</a> 点击：</span>`;
    expect(readHtml(page({ head: '<title>Flushing Mandarin tutors - Community</title>', h1 })).meta.title).toBe("Flushing Mandarin tutors swamped as 'TikTok refugees' discover RedNote");
  });

  it('GIVEN a hidden <h1> naming the site ("<h1 hidden>上海海港线国际搬迁</h1>") before the article\'s <h1>, under a <title> naming the section and the site THEN the article\'s <h1> is the title', () => {
    const head = '<title>新闻中心-上海海港线国际搬迁 Harbourline Relocation</title>';
    const article = `<h1 hidden>上海海港线国际搬迁</h1><h1>From RedNote Likes to Lease Signing: What Americans Moving to Shanghai Should Know</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(readHtml(page({ head, h1: '', article })).meta.title).toBe('From RedNote Likes to Lease Signing: What Americans Moving to Shanghai Should Know');
  });

  it('GIVEN a pull quote between paragraphs (WordPress\'s "wp-block-pullquote", a theme\'s "hvj-pullquote"), rewording the story THEN it is not the article\'s text', () => {
    const quote = '<blockquote class="wp-block-pullquote"><p>“The app makes the whole world feel like one forest. It is not.”</p><cite>— Dr. Lin Baoshan, identification chair</cite></blockquote>';
    const themed = '<blockquote class="wp-block-quote is-style-large hvj-pullquote"><p>“They were not asking about ancestors. They were asking whether the ordinary China they had seen was a place to visit.”</p></blockquote>';
    const article = [PARAGRAPHS[0], quote, PARAGRAPHS[1], PARAGRAPHS[2], themed, PARAGRAPHS[3]].map((p) => (p?.startsWith('<') === true ? p : `<p>${p}</p>`)).join('');
    const text = readHtml(page({ article })).blocks.map((b) => b.text).join('\n');
    expect(text).toContain(PARAGRAPHS[3]);
    expect(text).not.toMatch(/one forest|asking about ancestors/);
  });

  it('GIVEN an <h1> set on several lines with an issue tracker\'s number badge THEN the title is its words on one line, without the number', () => {
    const head = `<title>RedNote support and what comes next · acme/captions · Discussion #412 · GitHub</title>`;
    const h1 = `\n  <span class="title">RedNote support and what comes next</span>\n  <span class="badge">#412</span>\n`;
    expect(readHtml(page({ head, h1 })).meta.title).toBe('RedNote support and what comes next');
  });

  it('GIVEN an <h1> that is the site’s name (a blog’s masthead), or two <h1>s THEN the headline field is the title', () => {
    const head = `<meta property="og:site_name" content="Wren in the Stacks"><meta property="og:title" content="an incomplete field guide to the rednote migration">`;
    expect(readHtml(page({ head, h1: 'Wren in the Stacks' })).meta.title).toBe('an incomplete field guide to the rednote migration');
    // Known as the masthead by a link home, or by the site's name closing the <title>, when no site_name says it.
    const bare = `<title>an incomplete field guide to the rednote migration — Notes From the Stacks</title><meta property="og:title" content="an incomplete field guide to the rednote migration">`;
    expect(readHtml(page({ head: bare, h1: '<a href="/">Wren in the Stacks</a>' })).meta.title).toBe('an incomplete field guide to the rednote migration');
    expect(readHtml(page({ head: bare, h1: 'Notes From the Stacks' })).meta.title).toBe('an incomplete field guide to the rednote migration');
    const two = `<meta property="og:title" content="New from RedNote? Start here">`;
    const article = `<h1>New from RedNote? Start here</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(readHtml(page({ head: two, h1: 'Advice and answers from the Lingtree Team', article })).meta.title).toBe('New from RedNote? Start here');
  });

  it('GIVEN a byline block with the name, the office and the date on lines of their own THEN the author is the name', () => {
    const article = `<div class="authorByline"><div class="byline">Priya Raman</div>\n<div>Internal Communications</div>\n<div>Published January 15, 2025</div></div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(readHtml(page({ article })).meta.author).toBe('Priya Raman');
  });

  it('GIVEN a head written once for the whole site (og:type website, og:url its home page) THEN its title, author, date and address are not the article’s', () => {
    const head = `<title>Publications | CTG</title><meta name="author" content="CTG Communications"><meta name="dcterms.date" content="2023-06-12">
<meta property="og:type" content="website"><meta property="og:title" content="Center for Technology and Geoeconomics"><meta property="og:url" content="https://www.ctg-institute.org/">`;
    const h1 = 'The RedNote Migration: Key Facts on TikTok Users and Data Policy';
    const meta = readHtml(page({ head, h1 })).meta;
    expect(meta).toMatchObject({ title: h1, date: '', url: '' });
    expect(meta.author).not.toBe('CTG Communications');
    // An article's own og:url (a path under the site) keeps the head's fields.
    const own = head.replace('https://www.ctg-institute.org/', 'https://www.ctg-institute.org/publications/rednote-migration');
    expect(readHtml(page({ head: own, h1 })).meta).toMatchObject({ date: '2023-06-12', url: 'https://www.ctg-institute.org/publications/rednote-migration' });
    // A canonical link under the site, written for this page as a CMS writes one for each, is its address all the same;
    // one naming the home page is not.
    const canonical = (href: string) => `${head}<link rel="canonical" href="${href}">`;
    expect(readHtml(page({ head: canonical('https://www.ctg-institute.org/publications/rednote-migration'), h1 })).meta).toMatchObject({ date: '', url: 'https://www.ctg-institute.org/publications/rednote-migration' });
    expect(readHtml(page({ head: canonical('https://www.ctg-institute.org/'), h1 })).meta.url).toBe('');
  });

  it('GIVEN an og:title in straight quotes and the same headline printed with curly ones THEN the title is as the page prints it', () => {
    const article = `<h1>“TikTok Refugees” Deserve Better</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const html = page({ head: `<meta property="og:title" content="'TikTok Refugees' Deserve Better">`, article }).replace('<h1>RedNote and Lemon8 top the charts</h1>', '');
    expect(readHtml(html).meta.title).toBe('“TikTok Refugees” Deserve Better');
  });

  it('GIVEN a profile card whose name and job are elements side by side with nothing between them THEN the author is the name, not "Jane DoeSenior Reporter"', () => {
    const article = `<h1>RedNote and Lemon8 top the charts</h1><div class="author-card"><a href="/author/jane-doe">Jane Doe</a><span>Senior Reporter</span></div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const html = page({ article }).replace('<h1>RedNote and Lemon8 top the charts</h1>', '');
    const read = readHtml(html);
    expect(read.meta.author).toBe('Jane Doe');
    expect(read.pageBlocks.map((b) => b.text).join('\n')).not.toContain('DoeSenior');
  });

  it.each([
    ['<meta name="publish-date" content="2025-01-20">', 'date', '2025-01-20'],
    ['<meta itemprop="datePublished" content="2025-01-20T08:00:00Z">', 'date', '2025-01-20'],
    ['<meta name="dcterms.date" content="2025-01-20">', 'date', '2025-01-20'],
    ['<meta property="article:modified_time" content="2025-01-22">', 'date', ''],
    ['<meta name="byl" content="By Jane Doe">', 'author', 'Jane Doe'],
  ] as const)('GIVEN the head tag %s THEN the %s is "%s"', (head, field, value) => {
    expect(readHtml(page({ head })).meta[field]).toBe(value);
  });

  it('GIVEN a meta author listing two names with a comma, or a byline "Words: Name" THEN the author reads as a byline lists them', () => {
    expect(readHtml(page({ head: '<meta name="author" content="Brian Ochieng, Faith Wambui">' })).meta.author).toBe('Brian Ochieng and Faith Wambui');
    expect(readHtml(page({ head: '<meta name="author" content="Words: Marisol Ferreira-Haines">' })).meta.author).toBe('Marisol Ferreira-Haines');
  });

  it('GIVEN "Published 3 hours ago" whose title attribute holds the time THEN that time is the date', () => {
    const article = `<span title="2025-01-16T19:20:00Z">Published 3 hours ago</span>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(readHtml(page({ article })).meta.date).toBe('2025-01-16');
  });

  it('GIVEN a verdict box in an <aside> between the headline and the body (a fact-check\'s claim) THEN its sentence is put back with the article', () => {
    const claim = 'Americans who sign up for RedNote must submit a Chinese national ID number or a passport scan, which the app then shares.';
    const article = `<aside class="verdict"><dl><dt>Claim</dt><dd>${claim}</dd><dt>Rating</dt><dd>Mostly False</dd></dl></aside>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}`;
    expect(readHtml(page({ article })).blocks.map((b) => b.text)).toContain(`Claim: ${claim}`);
  });

  it('GIVEN a details box as a definition list ("Date Posted:" / "01.21.2025 14:06") THEN each term and its value read as one line', () => {
    const article = `${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}<div class="news-info"><dl><dt>Date Posted:</dt><dd>01.21.2025 14:06</dd><dt>Story ID</dt><dd>489213</dd></dl></div>`;
    const texts = readHtml(page({ article })).pageBlocks.map((b) => b.text);
    expect(texts).toContain('Date Posted: 01.21.2025 14:06');
    expect(texts).toContain('Story ID: 489213');
  });

  it('GIVEN JSON-LD naming an organisation as the author (a hosting site\'s uploader) and a byline of a person in the text THEN the person is the author', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Article', headline: 'RedNote and Lemon8 top the charts', author: { '@type': 'Organization', name: 'Bayou City Makers' } };
    const head = `<title>RedNote and Lemon8 top the charts by Bayou City Makers - Pagewell</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    const article = `<p>BY TANISHA ROBERTS | PHOTOGRAPHY BY DEV MALHOTRA</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}`;
    expect(readHtml(page({ head, article })).meta.author).toBe('Tanisha Roberts');
  });

  it('GIVEN JSON-LD naming an organisation as the author and no byline of a person (a press release) THEN the organisation stays the author', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'RedNote and Lemon8 top the charts', author: { '@type': 'Organization', name: 'LingoBridge Inc.' } };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    const article = `<div class="byline">LingoBridge Inc.</div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}`;
    expect(readHtml(page({ head, article })).meta.author).toBe('LingoBridge Inc.');
  });

  it('GIVEN a portal\'s syndicated story (JSON-LD publisher and isBasedOn, og:site_name the portal) THEN the outlet that wrote it is the publisher', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'RedNote and Lemon8 top the charts', publisher: { '@type': 'Organization', name: 'The Harbor Dispatch' }, isBasedOn: 'https://harbor.example/a' };
    const head = `<meta property="og:site_name" content="Zenvo"><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    expect(readHtml(page({ head })).meta.publisher).toBe('The Harbor Dispatch');
    const plain = `<meta property="og:site_name" content="The Daily Example"><script type="application/ld+json">${JSON.stringify({ ...ld, isBasedOn: undefined, publisher: { name: 'Example Media Group' } })}</script>`;
    expect(readHtml(page({ head: plain })).meta.publisher).toBe('The Daily Example');
  });

  it('GIVEN a talk\'s page described only by a JSON-LD VideoObject THEN its creator is the author and its upload date the date; an article\'s own JSON-LD still wins over a video embedded beside it', () => {
    const video = { '@context': 'https://schema.org', '@type': 'VideoObject', name: 'RedNote and Lemon8 top the charts', uploadDate: '2025-03-11T15:02:41Z', creator: { '@type': 'Person', name: 'Grace Liang-Moreno' } };
    const meta = readHtml(page({ head: `<script type="application/ld+json">${JSON.stringify(video)}</script>` })).meta;
    expect(meta).toMatchObject({ author: 'Grace Liang-Moreno', date: '2025-03-11' });
    const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'RedNote and Lemon8 top the charts', datePublished: '2025-01-15', author: { '@type': 'Person', name: 'Mara Ellison' } };
    const both = readHtml(page({ head: [video, article].map((o) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`).join('') })).meta;
    expect(both).toMatchObject({ author: 'Mara Ellison', date: '2025-01-15' });
  });

  it('GIVEN an episode\'s page on a podcast platform (a JSON-LD PodcastEpisode, og:site_name the platform) THEN the series is the publisher and the episode\'s date the date', () => {
    const episode = { '@context': 'http://schema.org', '@type': 'PodcastEpisode', name: 'RedNote and Lemon8 top the charts', datePublished: '2025-01-22', partOfSeries: { '@type': 'CreativeWorkSeries', name: 'Signal & Static' } };
    const head = `<meta property="og:site_name" content="Apple Podcasts"><script type="application/ld+json">${JSON.stringify(episode)}</script>`;
    expect(readHtml(page({ head })).meta).toMatchObject({ publisher: 'Signal & Static', date: '2025-01-22' });
  });

  it('GIVEN a photo caption and credit marked up by class ("image-caption", "image-credit") inside the article THEN neither is a block', () => {
    const [first, ...rest] = PARAGRAPHS.map((p) => `<p>${p}</p>`);
    const article = [first, '<div class="article-image"><img src="a.jpg" alt=""><div class="image-caption"><span>A feed of new posts, shown on Jan. 14.</span> <span class="image-credit">&copy; Jane Roe/The Harbor Dispatch</span></div></div>', ...rest].join('\n');
    const texts = readHtml(page({ article })).blocks.map((b) => b.text).join('\n');
    expect(texts).not.toContain('shown on Jan. 14');
    expect(texts).not.toContain('Jane Roe');
    for (const p of PARAGRAPHS) expect(texts).toContain(p);
  });

  it('GIVEN a JSON-LD @graph whose article names its author and publisher by @id THEN the referenced names are read', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', '@id': 'https://blog.example/#/person/1', name: 'Noor Haddad' },
        { '@type': 'Organization', '@id': 'https://blog.example/#org', name: 'Example Explainers' },
        { '@type': 'Article', headline: 'What RedNote asks of you', author: { '@id': 'https://blog.example/#/person/1' }, publisher: { '@id': 'https://blog.example/#org' }, datePublished: '2025-01-18' },
      ],
    };
    const meta = readHtml(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` })).meta;
    expect([meta.author, meta.publisher, meta.date]).toEqual(['Noor Haddad', 'Example Explainers', '2025-01-18']);
  });

  it('GIVEN an Organization as the JSON-LD author, or a meta author that is a byline ("By Jane Doe | The Example") THEN no outlet is an author and the name is clean', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'RedNote downloads fall', datePublished: '2025-01-28', author: { '@type': 'Organization', name: 'Pacific Daily' } };
    expect(readHtml(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` })).meta.author).toBe('');
    expect(readHtml(page({ head: '<meta name="author" content="By Jane Doe | The Example">' })).meta.author).toBe('Jane Doe');
    expect(readHtml(page({ head: '<meta name="author" content="Reuters">' })).meta.author).toBe('');
  });

  it('GIVEN a page saved by a browser ("<!-- saved from url=(…)… -->") and no canonical link THEN that address is the URL', () => {
    const html = page().replace('<!DOCTYPE html>', '<!DOCTYPE html>\n<!-- saved from url=(0040)https://news.example/2025/01/rednote-top -->');
    expect(readHtml(html).meta.url).toBe('https://news.example/2025/01/rednote-top');
  });

  it('GIVEN JSON-LD only (and a broken JSON-LD block beside it) THEN headline, authors, date, publisher and URL come from it', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'ignored' },
        {
          '@type': ['NewsArticle'],
          headline: 'RedNote and Lemon8 top the charts',
          author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Chen' }],
          datePublished: '2025-01-14',
          publisher: { '@type': 'Organization', name: 'Example Wire' },
          mainEntityOfPage: { '@id': 'https://wire.example/rednote' },
        },
      ],
    };
    const head = `<script type="application/ld+json">{ broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    expect(readHtml(page({ head })).meta).toEqual({ title: 'RedNote and Lemon8 top the charts', author: 'Ann Lee and Bo Chen', date: '2025-01-14', publisher: 'Example Wire', url: 'https://wire.example/rednote' });
  });

  it('GIVEN citation_* tags (a paper) THEN authors read "First Last" and the journal is the publisher', () => {
    const head = `<meta name="citation_title" content="Migration between platforms"><meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, Richard">
<meta name="citation_publication_date" content="2025/02/01"><meta name="citation_journal_title" content="Journal of Platform Studies">`;
    expect(readHtml(page({ head, h1: '' })).meta).toMatchObject({ title: 'Migration between platforms', author: 'Jane Doe and Richard Roe', date: '2025-02-01', publisher: 'Journal of Platform Studies' });
  });

  it('GIVEN only a <title> like Medium’s ("Headline | by Author | Mon, Year | Site") THEN headline, author and site come from it', () => {
    const head = '<title>I Read the Privacy Policy So You Don’t Have To | by Priya N. | Jan, 2025 | Medium</title>';
    expect(readHtml(page({ head, h1: '' })).meta).toMatchObject({ title: 'I Read the Privacy Policy So You Don’t Have To', author: 'Priya N.', publisher: 'Medium' });
  });

  it('GIVEN headings and a list inside the article THEN headings are marked and list items are items', () => {
    const article = `${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<h2>What it collects</h2><ul><li>Phone number</li><li>Device identifiers</li></ul>${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('')}`;
    const blocks = readHtml(page({ article })).blocks;
    expect(blocks.find((b) => b.text === 'What it collects')?.heading).toBe(true);
    expect(blocks.filter((b) => b.item).map((b) => b.text)).toEqual(['Phone number', 'Device identifiers']);
  });

  it('GIVEN a page with no article Readability can find THEN the whole page is read instead', () => {
    const html = '<html><body><div>Short note.</div><div>Another short line here.</div></body></html>';
    expect(readHtml(html).blocks.map((b) => b.text)).toEqual(['Short note.', 'Another short line here.']);
  });

  it('GIVEN a .txt file that holds a saved page THEN it is recognised as HTML; GIVEN prose THEN it is not', () => {
    expect(looksLikeHtml('\n<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(looksLikeHtml('<!-- saved from url=(0042)https://example.com -->\n<html>')).toBe(true);
    expect(looksLikeHtml('A headline about <html> tags\n\nProse.')).toBe(false);
    // A page's source copied from the view-source tab, under its "Line wrap" box.
    expect(looksLikeHtml('Line wrap\n<!DOCTYPE html><html lang="en"><head>')).toBe(true);
    expect(looksLikeHtml('How to write a page\n\nFirst paragraph.\n\nThen type <html> at the top.')).toBe(false);
  });

  it('GIVEN HTML copied to the Windows clipboard and dumped raw (its "Version:0.9 … SourceURL:" header first) THEN it is read as a page whose address is the source', () => {
    const source = 'https://www.harvest.example/markets/2025/01/23/iowa-farmers-rednote/';
    const dump = `Version:0.9\r\nStartHTML:0000000283\r\nEndHTML:0000019688\r\nStartFragment:0000000319\r\nEndFragment:0000019652\r\nSourceURL:${source}\r\n<html>\r\n<body>\r\n<!--StartFragment--><h1>Iowa farmers field questions from Chinese consumers</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<!--EndFragment-->\r\n</body>\r\n</html>`;
    expect(looksLikeHtml(dump)).toBe(true);
    expect(readHtml(dump).meta).toMatchObject({ title: 'Iowa farmers field questions from Chinese consumers', url: source });
  });

  it('GIVEN any text THEN it never throws and every block is trimmed, non-empty text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(page(), '<html><p>unclosed <b>bold', '<script>alert(1)</script>', '<![CDATA[x]]>')), (html) => {
        for (const block of readHtml(html).blocks) {
          expect(block.text).not.toBe('');
          expect(block.text).toBe(block.text.trim());
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('readHtml tables', () => {
  it('GIVEN an infobox table THEN each row is one "label: value" item', () => {
    const article = `<table><tr><th>Founded</th><td>2013</td></tr><tr><th>Headquarters</th><td>Shanghai, China</td></tr></table>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const rows = readHtml(page({ article })).blocks.filter((b) => b.row);
    expect(rows.map((b) => b.text)).toEqual(['Founded: 2013', 'Headquarters: Shanghai, China']);
  });
});

describe('readHtml: what Readability drops inside the article is put back', () => {
  const p = (text: string) => `<p>${text}</p>`;

  it('GIVEN wiki section headings beside "[edit]" links (link-dense, so Readability drops them) THEN every heading is a block, in place', () => {
    const section = (title: string, body: string) =>
      `<div class="mw-heading mw-heading2"><h2 id="${title}">${title}</h2><span class="mw-editsection"><span>[</span><a href="/w/index.php?action=edit&amp;section=1" title="Edit section: ${title}"><span>edit</span></a><span>]</span></span></div>${p(body)}`;
    const article = `${p(PARAGRAPHS[0] ?? '')}${section('Background', PARAGRAPHS[1] ?? '')}${section('Migration', PARAGRAPHS[2] ?? '')}${section('Aftermath', PARAGRAPHS[3] ?? '')}`;
    const texts = readHtml(page({ article })).blocks.map((b) => (b.heading ? `# ${b.text}` : b.text));
    expect(texts).toEqual([PARAGRAPHS[0], '# Background', PARAGRAPHS[1], '# Migration', PARAGRAPHS[2], '# Aftermath', PARAGRAPHS[3]]);
  });

  it('GIVEN a "Key takeaways" box between the headline and the body (role="complementary") THEN its heading and points are kept before the body', () => {
    const points = ['Congress wrote the law around TikTok, but it lets the president designate other apps as well.', 'RedNote crossed the one-million-user threshold in the week of January 13, 2025.'];
    const article = `<div class="key-takeaways" role="complementary"><h2>Key Takeaways</h2><ul>${points.map((t) => `<li>${t}</li>`).join('')}</ul></div><h2>Introduction</h2>${PARAGRAPHS.map(p).join('')}`;
    const texts = readHtml(page({ article })).blocks.map((b) => b.text);
    expect(texts.slice(0, 4)).toEqual(['Key Takeaways', ...points, 'Introduction']);
  });

  it('GIVEN a notebook rendered by nbconvert (headings with a "¶" permalink, code cells with printed output and a table) THEN only its prose and headings are read', () => {
    const code = `<div class="cell border-box-sizing code_cell rendered"><div class="input"><div class="prompt input_prompt">In&nbsp;[2]:</div><div class="input_area"><div class="highlight hl-ipython3"><pre><span class="c1"># ranks are 1-based</span>
wide = df.pivot(index="ts", columns="app")</pre></div></div></div><div class="output_wrapper"><div class="output_area"><div class="prompt output_prompt">Out[2]:</div><table><tr><th>ts</th><th>RedNote</th></tr><tr><td>2025-01-12 21:00:00</td><td>8.0</td></tr></table></div></div></div>`;
    const text = (body: string) => `<div class="cell border-box-sizing text_cell rendered"><div class="inner_cell"><div class="text_cell_render rendered_html">${body}</div></div></div>`;
    const article = `${text(`<h1 id="t">RedNote and Lemon8 top the charts<a class="anchor-link" href="#t">¶</a></h1>${p(PARAGRAPHS[0] ?? '')}`)}${text(`<h2 id="c">The climb<a class="anchor-link" href="#c">¶</a></h2>${p(PARAGRAPHS[1] ?? '')}`)}${code}${text(p(PARAGRAPHS[2] ?? ''))}`;
    const read = readHtml(page({ article, h1: '' }));
    expect(read.blocks.map((b) => (b.heading ? `# ${b.text}` : b.text)).filter((t) => t !== '# RedNote and Lemon8 top the charts')).toEqual([PARAGRAPHS[0], '# The climb', PARAGRAPHS[1], PARAGRAPHS[2]]);
    expect(read.meta.title).toBe('RedNote and Lemon8 top the charts');
  });

  it('GIVEN a code listing in a tech post (<pre><code class="language-python">) THEN the program is not read; GIVEN a plain <pre> of prose THEN it is', () => {
    const listing = '<pre><code class="language-python">import requests\nrank = fetch_chart("US")</code></pre>';
    const texts = readHtml(page({ article: `${p(PARAGRAPHS[0] ?? '')}${listing}<pre>${PARAGRAPHS[1] ?? ''}</pre>${p(PARAGRAPHS[2] ?? '')}` })).blocks.map((b) => b.text);
    expect(texts.join('\n')).not.toContain('import requests');
    expect(texts).toContain(PARAGRAPHS[1]);
  });

  it('GIVEN a station\'s own promotion boxed inside the story (class "wrvx-inline-promo") THEN it is not read', () => {
    const article = `${p(PARAGRAPHS[0] ?? '')}<div class="wrvx-inline-promo"><p><strong>ON AIR:</strong> Hear the extended version of this story on Ridgeview Report, Friday at 5:30 PM.</p></div>${PARAGRAPHS.slice(1).map(p).join('')}`;
    const texts = readHtml(page({ article })).blocks.map((b) => b.text);
    expect(texts.join('\n')).not.toContain('extended version');
    for (const para of PARAGRAPHS) expect(texts).toContain(para);
  });

  it('GIVEN a journal page whose citation_publication_date gives only the issue\'s month THEN the online publication date is the date', () => {
    const head = '<meta name="citation_publication_date" content="2025/06"><meta name="citation_online_date" content="2025/02/12">';
    expect(readHtml(page({ head })).meta.date).toBe('2025-02-12');
  });

  it('GIVEN a call to action boxed inside the story (class "agentfire-inline-cta") THEN it is not read', () => {
    const article = `${p(PARAGRAPHS[0] ?? '')}<div class="agentfire-inline-cta"><div class="cta-inner"><span class="cta-kicker">Thinking of selling in 2025?</span><p class="cta-text">Get a free, no-obligation home valuation from a local expert.</p></div></div>${PARAGRAPHS.slice(1).map(p).join('')}`;
    const texts = readHtml(page({ article })).blocks.map((b) => b.text);
    expect(texts.join('\n')).not.toMatch(/Thinking of selling|home valuation/);
    for (const para of PARAGRAPHS) expect(texts).toContain(para);
  });

  it('GIVEN a tabloid page (headline in an <h2> longer than og:title, camel-case caption classes, an ad holder, a video player) THEN the printed headline and only the story are read', () => {
    const head = '<meta property="og:title" content="RedNote and Lemon8 top the charts">';
    const article = `<h2>‘Move over TikTok!’ RedNote and Lemon8 top the charts as Americans look for a new home</h2><ul><li><strong>Two apps most Americans had not heard of lead the store</strong></li></ul><p class="byline">By <a href="/p/jane">Jane Doe</a> for ExampleOnline</p>${p(PARAGRAPHS[0] ?? '')}<p class="imageCaption">Pictured: the App Store chart on Wednesday (stock image)</p><span class="imageCredit">Apple/handout</span>${p(PARAGRAPHS[1] ?? '')}<div class="mol-video"><span class="video-title">Users show their first posts</span> <span class="video-dur">1:14</span></div>${p(PARAGRAPHS[2] ?? '')}<div class="adHolder" id="taboola-below-article"><span>Sponsored Links</span><ul><li>Doctors Stunned: This Morning Ritual Melts Belly Fat</li></ul></div>${p(PARAGRAPHS[3] ?? '')}`;
    const read = readHtml(page({ head, article, h1: '' }));
    expect(read.meta.title).toBe('‘Move over TikTok!’ RedNote and Lemon8 top the charts as Americans look for a new home');
    const texts = read.blocks.map((b) => b.text).join('\n');
    for (const junk of ['stock image', 'Apple/handout', 'first posts', 'Sponsored Links', 'Belly Fat']) expect(texts).not.toContain(junk);
    for (const para of PARAGRAPHS) expect(texts).toContain(para);
    // An <h1> page keeps its og:title rule.
    expect(readHtml(page({ head, h1: 'RedNote and Lemon8 top the charts' })).meta.title).toBe('RedNote and Lemon8 top the charts');
  });

  it('GIVEN a page with no <h1> whose <title> keeps only the headline\'s first part ("Site.com - The RedNote Rush") and prints it whole in a styled <span>, signed under THEN the whole printed line is the title', () => {
    const article = `<span class="headline">The RedNote Rush: Speculators grab thousands of domains as TikTok refugees pour in</span><br><b>By Walt Brennan</b><br>${PARAGRAPHS.map(p).join('')}`;
    const read = readHtml(page({ head: '<title>DomainLedger.com - The RedNote Rush</title>', article, h1: '' }));
    expect(read.meta.title).toBe('The RedNote Rush: Speculators grab thousands of domains as TikTok refugees pour in');
    // A line that only shares the title's first words is no headline.
    const other = `<span class="headline">The RedNote Rushes speculators into domains</span><br><b>By Walt Brennan</b><br>${PARAGRAPHS.map(p).join('')}`;
    expect(readHtml(page({ head: '<title>DomainLedger.com - The RedNote Rush</title>', article: other, h1: '' })).meta.title).toBe('The RedNote Rush');
  });

  it('GIVEN a wire release whose first paragraph opens with its dateline in a classed span (PR Newswire\'s "legendSpanClass", which Readability strips as unlikely) THEN the paragraph is read whole', () => {
    const lead = 'Blue Heron Canal Holidays, one of the largest narrowboat hire companies in the country, today launched an official bilingual channel on RedNote and a package for overseas guests after enquiries rose sharply.';
    const first = `<p><span class="legendSpanClass"><span class="xn-location">WORCESTER, England</span>, <span class="xn-chron">Jan. 29, 2025</span> /Meridian Newswire/ --</span> ${lead}</p>`;
    const html = `<html><head><title>Release</title></head><body><main><article><h1>Blue Heron launches a RedNote channel</h1>${first}${[...PARAGRAPHS, ...PARAGRAPHS].map(p).join('')}</article></main></body></html>`;
    expect(readHtml(html).blocks.map((b) => b.text)).toContain(`WORCESTER, England, Jan. 29, 2025 /Meridian Newswire/ -- ${lead}`);
  });

  it('GIVEN a hidden element (style="display:none") in the article THEN its text is not read', () => {
    const article = `<div style="display: none">2025 movement of US social media users to a Chinese app</div>${PARAGRAPHS.map(p).join('')}`;
    expect(readHtml(page({ article })).blocks.map((b) => b.text).join('\n')).not.toContain('2025 movement');
  });

  it('GIVEN a page whose script shows its story once loaded, saved with the story\'s box still hidden (WeChat\'s "js_content" with visibility: hidden) THEN the story is read, and a short hidden line beside it is not', () => {
    const article = `<div style="visibility: hidden">Tap to follow us for more</div><div id="js_content" style="visibility: hidden;">${PARAGRAPHS.map(p).join('')}</div>`;
    const texts = readHtml(page({ article })).blocks.map((b) => b.text).join('\n');
    for (const para of PARAGRAPHS) expect(texts).toContain(para);
    expect(texts).not.toContain('Tap to follow us');
  });

  it('GIVEN any kept blocks and page blocks THEN every kept block comes back, in order, and only page blocks are added', () => {
    const block = fc.record({ text: fc.constantFrom('A', 'B', 'Heading', ...PARAGRAPHS), heading: fc.boolean() });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.array(block, { maxLength: 30 }), (kept: Block[], whole: Block[]) => {
        const out = restoreDropped(kept, whole, 'Heading');
        const keptAgain = out.filter((b) => kept.includes(b));
        expect(keptAgain).toEqual(kept);
        for (const b of out) expect(kept.includes(b) || whole.includes(b)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readHtml: a school CMS page (headline in an <h3>, captions as centred paragraphs)', () => {
  const cms = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>
<div class="content_tit"><h3>Students open an English Corner on RedNote</h3></div>
<div class="v_news_content">
<p style="text-indent:2em">${PARAGRAPHS[0]}</p>
<p style="text-align:center;"><img src="/a.jpg"></p>
<p style="text-align:center;"><span style="font-size:14px">Volunteers answer viewers’ questions during the livestream on January 17.</span></p>
<p style="text-indent:2em">${PARAGRAPHS[1]}</p>
<p style="text-indent:2em">${PARAGRAPHS[2]}</p>
<p style="text-indent:2em">${PARAGRAPHS[3]}</p>
</div></body></html>`;

  it('GIVEN a <title> that is the printed headline with the site glued on ("…RedNote-Xiling Normal University") THEN the title is the printed headline', () => {
    expect(readHtml(cms('Students open an English Corner on RedNote-Xiling Normal University')).meta.title).toBe('Students open an English Corner on RedNote');
  });

  it('GIVEN a <title> that goes on past the printed heading in words of its own THEN the <title> is kept', () => {
    expect(readHtml(cms('Students open an English Corner on RedNote to welcome American users')).meta.title).toBe('Students open an English Corner on RedNote to welcome American users');
  });

  it('GIVEN a short centred paragraph straight under a picture THEN it is a caption, not a block; the paragraphs around it stay', () => {
    const texts = readHtml(cms('Students open an English Corner on RedNote')).blocks.map((b) => b.text);
    expect(texts.join('\n')).not.toContain('Volunteers answer viewers');
    for (const p of PARAGRAPHS) expect(texts).toContain(p);
  });

  it('GIVEN a short paragraph set wholly in italics straight under a picture (a shop blog\'s editor) THEN it is a caption too; an italic paragraph under text stays', () => {
    const caption = 'Renata’s shark video on RedNote, screenshot taken January 17.';
    const shop = (before: string) => `<!DOCTYPE html><html><head><title>Notes from the dive counter</title></head><body><article><h1>Notes from the dive counter</h1><p>${PARAGRAPHS[0]}</p>${before}<p><em>${caption}</em></p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></article></body></html>`;
    const under = (html: string) => readHtml(html).blocks.map((b) => b.text);
    expect(under(shop('<p><img src="/shot.png" alt="Screenshot of a RedNote post"></p>'))).not.toContain(caption);
    expect(under(shop(`<p>${'More words here. '.repeat(3)}</p>`))).toContain(caption);
  });

  it('GIVEN a centred paragraph that follows text, not a picture THEN it stays', () => {
    const page = cms('x').replace('<p style="text-align:center;"><img src="/a.jpg"></p>', `<p>${'More words here. '.repeat(3)}</p>`);
    expect(readHtml(page).blocks.map((b) => b.text).join('\n')).toContain('Volunteers answer viewers');
  });
});

describe('readHtml: text set with its own line breaks', () => {
  it('GIVEN a post whose text keeps its line breaks (a bulletin board\'s pre-wrap, a <pre>) THEN each paragraph is a block, without the drawn rules; markup\'s own blank lines part nothing', () => {
    const post = `Hi all, first post here.\n========================================\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}\n\n${PARAGRAPHS[2]}\n\n${PARAGRAPHS[3]}\n`;
    const html = `<!DOCTYPE html><html><head><title>An American's first week on RedNote</title></head><body><div id="main-content" class="bbs-screen">${post}</div>
<p>One <b>bold</b>

word.</p></body></html>`;
    const texts = readHtml(html).blocks.map((b) => b.text);
    for (const p of PARAGRAPHS) expect(texts).toContain(p);
    expect(texts).toContain('Hi all, first post here.');
    expect(texts.join('\n')).not.toContain('=====');
    const { document } = parseHTML('<!doctype html><html><body><p>One <b>bold</b>\n\nword, and\n\n<i>one</i> more.</p></body></html>') as unknown as { document: { body: Parameters<typeof domBlocks>[0] } };
    expect(domBlocks(document.body).map((b) => b.text)).toEqual(['One bold word, and one more.']);
  });
});

describe('readHtml: a book chapter whose toolbar prints the book\'s title', () => {
  it('GIVEN og:title "Chapter 3 The ban weekend | Rapid Response Field Report" and an <h1> printing the book\'s title alone (bookdown\'s toolbar) THEN the headline is the chapter\'s', () => {
    const html = `<!DOCTYPE html><html><head><title>Chapter 3 The ban weekend | Rapid Response Field Report: The RedNote Migration</title><meta property="og:title" content="Chapter 3 The ban weekend | Rapid Response Field Report: The RedNote Migration"></head><body><div class="book-header"><h1><a href="https://lab.example.org/report/">Rapid Response Field Report: The RedNote Migration</a></h1></div><main><section><h1><span class="header-section-number">Chapter 3</span> The ban weekend</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</section></main></body></html>`;
    expect(readHtml(html).meta.title).toBe('Chapter 3 The ban weekend');
  });
});

describe('readHtml: a forum board whose only <h1> is its own name', () => {
  it('GIVEN a phpBB topic whose <title> is "<topic> - <board>" and whose one <h1> prints the board\'s name THEN the headline is the topic, not the board', () => {
    const html = `<!DOCTYPE html><html><head><title>Club report: what happened when half of us moved to RedNote - The Regulator: Northeast Divers Forum</title></head><body><div class="headerbar"><h1>The Regulator: Northeast Divers Forum</h1><p>Cold water, good people, since 2004</p></div><h2 class="topic-title"><a href="./viewtopic.php?t=14502">Club report: what happened when half of us moved to RedNote</a></h2><div class="post"><div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect(readHtml(html).meta.title).toBe('Club report: what happened when half of us moved to RedNote');
  });
});

describe('readHtml: a video description that keeps its line breaks', () => {
  it('GIVEN a description box set pre-wrap, its chapter list one short line under another THEN each chapter is a line of its own (furniture there), while a paragraph wrapped narrow in lower case stays whole', () => {
    const chapters = 'CHAPTERS\n0:00 What the court actually decided\n1:42 Sponsor: Ledgerly\n2:51 Why this is not a free speech loss\n10:33 What happens on Sunday';
    const wrapped = 'Many of you know the story by now. As the deadline\napproached, hundreds of thousands of Americans\ndownloaded RedNote and found themselves in a space\nwhere our students already were.';
    const html = `<!DOCTYPE html><html><head><title>The TikTok ruling, explained</title></head><body><main><h1>The TikTok ruling, explained</h1><div id="descriptionWrapper">${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}\n\n${chapters}\n\n${wrapped}</div></main></body></html>`;
    const texts = readHtml(html).blocks.map((b) => b.text);
    expect(texts).toContain('0:00 What the court actually decided');
    expect(texts).toContain('10:33 What happens on Sunday');
    expect(texts).toContain(wrapped.replace(/\n/g, ' '));
  });
});

describe('readHtml: a relative stamp with its date in a tooltip', () => {
  it('GIVEN "6 days ago" whose element keeps "Thursday, January 23rd 2025, 4:51:38 AM" in an attribute THEN the stamp reads as that date; an edit\'s tooltip is left alone', () => {
    const html = `<!DOCTYPE html><html><head><title>Notes from a week in a RedNote group chat</title></head><body><main>
<p>quietkettle • <span data-tippy-content="Thursday, January 23rd 2025, 4:51:38 AM">6 days ago</span> • <span title="Edited Thursday, January 23rd 2025, 5:07:02 AM">edited 6 days ago</span></p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</main></body></html>`;
    const texts = readHtml(html).pageBlocks.map((b) => b.text).join('\n');
    expect(texts).toContain('quietkettle • Thursday, January 23rd 2025 • edited 6 days ago');
  });
});

describe('restoreDropped: a page of dated updates', () => {
  const b = (text: string): Block => ({ text });
  const POSTMORTEM = b('Between 06:40 on January 14 and 19:25 on January 15, new users saw long delays when they tried to sign up for the app.');
  const STAMP = b('Posted 6 days ago. Jan 21, 2025 - 16:02 PST');
  const RESOLVED = b('Sign-ups and message delivery have been operating normally for three hours, and this incident has been resolved.');
  const INVESTIGATING = b('We are investigating reports that new users are not receiving verification codes when they sign up.');
  const updates = [b('Resolved'), RESOLVED, b('Posted 12 days ago. Jan 15, 2025 - 19:25 PST'), b('Investigating'), INVESTIGATING, b('Posted 13 days ago. Jan 14, 2025 - 08:12 PST')];

  it('GIVEN Readability kept the newest record of a status page THEN the earlier records stamped alike are read too, without labels or stamps', () => {
    const whole = [b('Delayed sign-ups for new users'), POSTMORTEM, STAMP, ...updates, b('Powered by Atlassian Statuspage')];
    expect(restoreDropped([POSTMORTEM, STAMP], whole, '').map((x) => x.text)).toEqual([POSTMORTEM.text, RESOLVED.text, INVESTIGATING.text]);
  });

  it('GIVEN readers\' comments under their heading ("2 comments") before a box Readability kept further down (a shop\'s "Gear from this post") THEN no comment is put back', () => {
    const heading = (text: string): Block => ({ text, heading: true });
    const comment = b('Renata’s shark video is the reason I finally signed up for Open Water. See you on the 8th!');
    const gear = heading('Gear from this post');
    const whole = [heading('Notes from the dive counter'), POSTMORTEM, RESOLVED, heading('2 comments'), comment, b('Jeff Tran'), b('January 28, 2025'), gear];
    expect(restoreDropped([POSTMORTEM, RESOLVED, gear], whole, 'Notes from the dive counter').map((x) => x.text)).toEqual([POSTMORTEM.text, RESOLVED.text, gear.text]);
  });

  it('GIVEN comments under an article stamped otherwise THEN nothing after the article is read', () => {
    const comments = [b('marisol_k'), b('I joined last week and I love how friendly everyone has been to the newcomers there.'), b('January 22, 2025 at 3:14 pm'), b('Reply')];
    const whole = [POSTMORTEM, STAMP, ...comments];
    expect(restoreDropped([POSTMORTEM, STAMP], whole, '').map((x) => x.text)).toEqual([POSTMORTEM.text, STAMP.text]);
  });
});

describe('readHtml: an author marked up by class', () => {
  const note = (header: string, footer = '') => `<!DOCTYPE html><html><head><title>Teaching TikTok refugees for a week</title></head><body>
<div class="note-header"><h1>Teaching TikTok refugees for a week</h1>${header}</div>
<div class="note">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="copyright-claim author">©著作权归作者所有</div>${footer}</body></html>`;

  it('GIVEN a name in a "note-author" link above the story and a notice classed "author" below it THEN the name is the author', () => {
    expect(readHtml(note('<a href="/people/xiaoman_lin/" class="note-author">小满Lin</a> <span class="pub-date">2025-01-20 22:47:15</span>')).meta.author).toBe('小满Lin');
  });

  it('GIVEN the only marked-up names are commenters’ below the story THEN no author is taken from them', () => {
    expect(readHtml(note('', '<footer><span class="comment__author">Linda Marsh</span> <span>January 27, 2025 at 4:12 pm</span></footer>')).meta.author).toBe('');
  });
});

describe('readHtml: a social post’s <title>', () => {
  const post = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body><main>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</main></body></html>`;

  it('GIVEN "<blog> on Tumblr: <post title>" THEN the post title is the title and the blog its author', () => {
    expect(readHtml(post('moth-and-lantern on Tumblr: on the cat tax, and what it actually meant')).meta).toMatchObject({ title: 'on the cat tax, and what it actually meant', author: 'moth-and-lantern' });
  });

  it('GIVEN "Name (@handle) on Threads" THEN the name is the author', () => {
    expect(readHtml(post('Marisol Vega (@marisol.reports) on Threads')).meta.author).toBe('Marisol Vega');
  });
});

describe('readHtml: an encyclopedia article’s head', () => {
  it('GIVEN JSON-LD whose "headline" is the short description and whose "name" the <title> prints, authored by "Contributors to Wikimedia projects" THEN the name is the title and no one is its author', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Article', name: 'TikTok refugee migration', headline: '2025 movement of American social media users to Xiaohongshu', author: { '@type': 'Organization', name: 'Contributors to Wikimedia projects' }, datePublished: '2025-01-14T03:12:45Z' };
    const html = `<!DOCTYPE html><html><head><title>TikTok refugee migration - Wikipedia</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>TikTok refugee migration</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
    expect(readHtml(html).meta).toMatchObject({ title: 'TikTok refugee migration', author: '', date: '2025-01-14' });
  });
});

describe('readHtml: a heading that links to itself', () => {
  it('GIVEN section headings wrapped in their own anchor ("<h2><a href="#ref101">History</a></h2>") THEN they are no links: they head their sections', () => {
    const article = ['History', 'Features'].map((h, i) => `<h2><a class="anchor" href="#ref10${i}">${h}</a></h2><p>${PARAGRAPHS[i * 2]}</p><p>${PARAGRAPHS[i * 2 + 1]}</p>`).join('\n');
    const headings = readHtml(page({ article })).blocks.filter((b) => b.heading === true && b.text !== 'RedNote and Lemon8 top the charts');
    expect(headings.map((b) => [b.text, b.linkShare ?? 0])).toEqual([['History', 0], ['Features', 0]]);
  });
});

describe('readHtml: an FAQ whose answers are hidden until clicked', () => {
  it('GIVEN answers in hidden panels a heading’s button controls THEN they are read; a menu a button outside any heading controls stays hidden', () => {
    const faq = PARAGRAPHS.slice(0, 2)
      .map((p, i) => `<h3><button aria-expanded="false" aria-controls="panel-${i}">Question ${i + 1}?</button></h3><div id="panel-${i}" role="region" hidden><p>${p}</p></div>`)
      .join('\n');
    const html = `<!DOCTYPE html><html><head><title>RedNote FAQ</title></head><body><button aria-expanded="false" aria-controls="menu">Menu</button><nav id="menu" hidden><p>${PARAGRAPHS[3]}</p></nav><main><h1>RedNote FAQ</h1><p>${PARAGRAPHS[2]}</p>${faq}</main></body></html>`;
    const blocks = readHtml(html).blocks;
    const texts = blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining([PARAGRAPHS[0], PARAGRAPHS[1]]));
    expect(texts).not.toContain(PARAGRAPHS[3]);
    // The question on the heading's button heads its answer.
    expect(blocks.find((b) => b.text === 'Question 1?')?.heading).toBe(true);
  });
});

describe('readHtml: a photo essay', () => {
  it('GIVEN slides whose story is told in paragraphs classed as captions THEN the story is read; a short caption and a credit are not', () => {
    const story = `${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`;
    const slide = `<section><figure><img src="a.jpg" alt="x"><figcaption class="pe-figcap"><span class="pe-credit">Aaliyah Brooks / Lakeshore Courier</span></figcaption></figure><div class="pe-caption"><p>${story}</p></div><div class="caption">Tanisha Reed at her kitchen table on Jan. 14.</div></section>`;
    const texts = readHtml(page({ article: slide })).blocks.map((b) => b.text).join('\n');
    expect(texts).toContain(story);
    expect(texts).not.toContain('Aaliyah Brooks');
    expect(texts).not.toContain('kitchen table');
  });
});

describe('readHtml: a video page\'s transcript', () => {
  it('GIVEN a transcript whose lines are classed as captions ("caption-group", "caption-cue") THEN they are read as what was said; a photo\'s caption outside it is not', () => {
    const cue = (time: string, speaker: string, text: string) => `<div class="caption-group" role="listitem"><button class="caption-time">${time}</button> <span class="speaker">${speaker}</span> <span class="caption-cue">${text}</span></div>`;
    const transcript = `<div id="transcript-tab"><div class="transcript-toolbar"><label for="ts">Search in transcript</label><input id="ts" type="search"> <label><input type="checkbox" checked> Auto scroll</label></div><div class="transcript-body" role="list">${cue('0:00', 'JORDAN ALVAREZ:', PARAGRAPHS[0] ?? '')}${cue('0:16', 'TASHA BRENNAN:', PARAGRAPHS[1] ?? '')}</div></div>`;
    const article = `<div class="player-fallback">Your browser does not support the video player.</div><figure><img src="a.jpg" alt="x"><div class="caption">Mateo Ruiz records a video in his dorm room on Jan. 13.</div></figure>${transcript}`;
    const texts = readHtml(page({ article })).blocks.map((b) => b.text).join('\n');
    expect(texts).toContain(PARAGRAPHS[0]);
    expect(texts).toContain(PARAGRAPHS[1]);
    expect(texts).not.toContain('dorm room');
  });
});

describe('readHtml: an interview’s questions', () => {
  it('GIVEN a question set as a bold paragraph of its own THEN it is a paragraph that can never head a section; a marked-up heading still can', () => {
    const article = `<h2>The first stream</h2><p><strong>How did the first stream happen?</strong></p><p>${PARAGRAPHS[0]}</p>`;
    const blocks = readHtml(page({ article })).blocks;
    expect(blocks.find((b) => b.text === 'How did the first stream happen?')?.heading).toBe(false);
    expect(blocks.find((b) => b.text === 'The first stream')?.heading).toBe(true);
  });
});

describe('readHtml: a display headline set in lines', () => {
  it('GIVEN an <h1> whose lines (<br>) are the outlet, the section and a headline broken mid-phrase THEN the headline joined is the title, and each of the other lines a heading of its own', () => {
    const h1 = '<span class="hd-outlet">San Gabriel Valley Sun</span><br><span class="hd-section">FOOD &amp; DINING</span><br>RedNote newcomers<br>line up for the<br>dumplings they<br>saw in their feeds';
    const read = readHtml(page({ h1 }));
    expect(read.meta.title).toBe('RedNote newcomers line up for the dumplings they saw in their feeds');
    expect(read.pageBlocks.filter((b) => b.heading === true).map((b) => b.text)).toEqual(expect.arrayContaining(['San Gabriel Valley Sun', 'FOOD & DINING', 'RedNote newcomers line up for the dumplings they saw in their feeds']));
  });
});

describe('readHtml: microformats (hAtom, microformats2)', () => {
  it('GIVEN a post whose footer marks its writer, its published stamp in an <abbr title> and its permalink rel="bookmark" THEN they are its author, date and address', () => {
    const html = `<!doctype html><html><head><title>Parsing Matters » What the RedNote name means</title></head><body><div class="hentry"><h1 class="entry-title">What the RedNote name means</h1>
<div class="entry-content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
<p class="entry-footer"><span class="byline vcard">Posted by <span class="author vcard"><a class="fn url" href="/people/ellery">Mark Ellery</a></span> @ <abbr class="published" title="2025-01-16T09:41:12-05:00">9:41 am</abbr></span> · <a class="permalink" rel="bookmark" href="https://pm.example.edu/archives/068825.html">Permalink</a></p></div>
<div class="comments"><p><span class="vcard author">Philip Tanner</span> said, January 17, 2025 @ 10:12 am</p><p>Great post, I learned a lot from it and from the comments.</p></div></body></html>`;
    expect(readHtml(html).meta).toMatchObject({ author: 'Mark Ellery', date: '2025-01-16', url: 'https://pm.example.edu/archives/068825.html' });
  });
});

describe('readHtml: a hosted blog (TypePad, Blogger, Movable Type)', () => {
  const blog = (title: string, footer: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>
<div id="banner"><h1><a href="/bytes/">Bytes &amp; Pieces</a></h1><h2>Harold Vance on gadgets and the people who use them.</h2></div>
<h2 class="date-header">January 19, 2025</h2>
<div class="entry"><h3 class="entry-header">Sixty-one years old and learning Mandarin from a cat video app</h3>
<div class="entry-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
<p class="entry-footer"><span class="post-footers">${footer}</span> | <a href="/p.html">Permalink</a></p></div>
<div class="comments"><p>Great post!</p><p class="comment-footer">Posted by: Marjorie K. | January 20, 2025 at 07:15 AM</p></div></body></html>`;

  it('GIVEN a masthead of five words set before the headline in the <title> ("Asian and African studies blog: From Little Red Book to RedNote: …") THEN the headline is the title', () => {
    const html = blog('Asian and African studies blog: From Little Red Book to RedNote: what&#39;s in a name?', '').replace('Bytes &amp; Pieces</a>', 'Asian and African studies blog</a>');
    expect(readHtml(html).meta.title).toBe("From Little Red Book to RedNote: what's in a name?");
  });

  it.each([
    ['a colon', 'Bytes &amp; Pieces: Sixty-one years old and learning Mandarin from a cat video app'],
    ['a bullet', 'Bytes &amp; Pieces &bull; Sixty-one years old and learning Mandarin from a cat video app'],
    ['a bar', 'Bytes &amp; Pieces | Sixty-one years old and learning Mandarin from a cat video app'],
  ])('GIVEN a <title> that sets the masthead (the page\'s <h1>) before the post\'s headline with %s THEN the headline is the title and the masthead the publisher', (_, title) => {
    const meta = readHtml(blog(title, '')).meta;
    expect(meta).toMatchObject({ title: 'Sixty-one years old and learning Mandarin from a cat video app', publisher: 'Bytes & Pieces' });
  });

  it('GIVEN a headline that itself opens with a name and a colon, the <h1> another name THEN the whole <title> is kept', () => {
    const meta = readHtml(blog('RedNote: Sixty-one years old and learning Mandarin', '')).meta;
    expect(meta.title).toBe('RedNote: Sixty-one years old and learning Mandarin');
  });

  it('GIVEN the post\'s footer "Posted by Harold Vance at 10:42 PM in Technology" THEN he is the author; a comment\'s "Posted by: Marjorie K." never is', () => {
    expect(readHtml(blog('Bytes &amp; Pieces: Sixty-one years old', 'Posted by Harold Vance at 10:42 PM in <a href="/t">Technology</a>')).meta.author).toBe('Harold Vance');
    expect(readHtml(blog('Bytes &amp; Pieces: Sixty-one years old', '')).meta.author).toBe('');
  });
});

describe('readHtml: a blog that asks to be cited (Quarto, Distill)', () => {
  it('GIVEN no canonical link but a BibTeX entry for the post ("url = {…}", its title the headline) THEN its address is the URL; an entry for another work gives none', () => {
    const bibtex = (title: string) => `<pre><code>@online{raman2025,
  author = {Raman, Priya},
  title = {${title}},
  date = {2025-01-23},
  url = {https://priyaraman.net/posts/2025-01-23-rednote-charts/},
  langid = {en}
}
</code></pre>`;
    const post = (title: string) => page({ head: '<title>RedNote and Lemon8 top the charts – Priya Raman</title>', article: `${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${bibtex(title)}` });
    expect(readHtml(post('{RedNote} and {Lemon8} Top the Charts')).meta.url).toBe('https://priyaraman.net/posts/2025-01-23-rednote-charts/');
    expect(readHtml(post('Platforms and Borders')).meta.url).toBe('');
  });
});

describe('readHtml: a rich-text editor\'s @mention', () => {
  it('GIVEN a mention drawn as an avatar and a caption inside a sentence (Basecamp\'s Trix) THEN the name is a word of the sentence; a photo\'s caption is still no text', () => {
    const mention = '<bc-attachment sgid="x" content-type="application/vnd.basecamp.mention"><figure><img src="a.png" class="avatar" alt="Rawiri Ngata"><figcaption>Rawiri</figcaption></figure></bc-attachment>';
    const article = `<div class="trix-content"><div>${PARAGRAPHS[0]}<br><br>${mention} is writing a short pinned post in English explaining UMF grades, with the Chinese version underneath.<br><br>${PARAGRAPHS[1]}</div><figure><img src="hive.jpg"><figcaption>The hives at Kowhai Ridge in January.</figcaption></figure></div>`;
    const text = readHtml(page({ article })).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Rawiri is writing a short pinned post in English explaining UMF grades');
    expect(text).not.toContain('The hives at Kowhai Ridge');
  });
});

describe('readHtml: a page saved under a bilingual-reading extension', () => {
  const translated = (text: string) =>
    `<font class="notranslate immersive-translate-target-wrapper" data-immersive-translate-translation-element-mark="1" lang="zh-CN"><br><font class="notranslate immersive-translate-target-inner" data-immersive-translate-translation-element-mark="1">${text}</font></font>`;
  const html = `<!doctype html><html><head><title>Utah beauty brands race to open RedNote shops - Wasatch Business Record</title></head><body>
    <article>
      <h1>Utah beauty brands race to open RedNote shops${translated('犹他州美妆品牌争相在小红书开店')}</h1>
      <p>Kelly Brandt did something on Tuesday night she had never pictured: she filmed a lip oil tutorial in halting Mandarin for viewers in Chengdu.${translated('凯莉·布兰特周二晚上做了一件她从未想过的事。')}</p>
      <h2>Shopping built in${translated('内置购物功能')}</h2>
      <p>RedNote lets sellers list products inside a post, and three Utah brands opened shops there in the week before the deadline, their owners said.${translated('小红书允许卖家在帖子中上架商品。')}</p>
      <p>None of them expects the shops to replace their TikTok sales this year, but all of them said the first orders came in faster than they had planned.${translated('他们都不指望这些店铺取代TikTok的销售。')}</p>
    </article></body></html>`;

  it('GIVEN each line followed by the translation the extension added THEN the page reads in its own words only, headline and headings too', () => {
    const page = readHtml(html);
    const text = page.blocks.map((b) => b.text).join('\n');
    expect(page.meta.title).toBe('Utah beauty brands race to open RedNote shops');
    expect(text).toContain('Shopping built in');
    expect(text).toContain('filmed a lip oil tutorial in halting Mandarin');
    expect(text).not.toMatch(/\p{Script=Han}/u);
  });
});
