import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { looksLikeTiddlyWiki, tiddlyWikiAsHtml, wikiTextAsHtml } from '../../src/corpus/readTiddlyWiki.js';

const POST = [
  'On Monday RedNote switched on a translate button under every post and comment.',
  '',
  '!! What I tested',
  '',
  'I ran about 300 comments through it, mostly from threads where Americans and Chinese users talked about cats.',
  '',
  "The plain stuff is ''very'' good, and //slang// is the weak spot, as the [[About]] page warned <<tag RedNote>>.",
].join('\n');

const tiddler = (fields: Record<string, string>, text: string) =>
  `<div ${Object.entries(fields).map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`).join(' ')}>\n<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>\n</div>`;

/** A TiddlyWiki 5.1 file: the page is drawn by its script, the notes are hidden in its store. */
const CLASSIC = [
  '<!doctype html><html><head><meta name="application-name" content="TiddlyWiki" /><meta name="generator" content="TiddlyWiki" />',
  '<title>Lost in Localisation — a notebook by Maja Kranjc</title></head><body class="tc-body">',
  '<div id="storeArea" style="display:none;">',
  tiddler({ title: '$:/SiteTitle' }, 'Lost in Localisation'),
  tiddler({ title: '$:/StoryList', list: '[[What the translate button does]] About' }, ''),
  tiddler({ title: 'About', creator: 'Maja Kranjc', created: '20230305112040101' }, 'I’m a localisation engineer in Ljubljana and this notebook is where I keep half-finished thoughts about language technology, in English and Slovene.'),
  tiddler({ title: 'Draft of \'What the translate button does\'', 'draft.of': 'What the translate button does', created: '20250122180233871' }, 'notes for the post — remove before publishing!! '.repeat(20)),
  tiddler({ title: 'What the translate button does', creator: 'Maja Kranjc', created: '20250122191407512', modified: '20250123080211340', tags: 'RedNote blog', type: 'text/vnd.tiddlywiki' }, POST),
  '</div><noscript><p>This TiddlyWiki contains the following tiddlers:</p></noscript></body></html>',
].join('\n');

describe('readTiddlyWiki', () => {
  it('GIVEN wiki text THEN headings, paragraphs, bold and italics as HTML; links as their text; macros dropped', () => {
    expect(wikiTextAsHtml(POST)).toBe(
      [
        '<p>On Monday RedNote switched on a translate button under every post and comment.</p>',
        '<h3>What I tested</h3>',
        '<p>I ran about 300 comments through it, mostly from threads where Americans and Chinese users talked about cats.</p>',
        '<p>The plain stuff is <b>very</b> good, and <i>slang</i> is the weak spot, as the About page warned .</p>',
      ].join('\n'),
    );
    expect(wikiTextAsHtml('* one\n* two\n\n---\n\nsee https://example.org/a//b')).toBe('<ul><li>one</li><li>two</li></ul>\n<hr>\n<p>see https://example.org/a//b</p>');
  });

  it('GIVEN a saved TiddlyWiki THEN the post it opens on, not a draft, a system note or the About page, with its creator, date and the wiki\'s title', () => {
    expect(looksLikeTiddlyWiki(CLASSIC)).toBe(true);
    const page = tiddlyWikiAsHtml(CLASSIC) ?? '';
    expect(page).toContain('<title>What the translate button does</title>');
    expect(page).toContain('<meta name="author" content="Maja Kranjc">');
    expect(page).toContain('<meta property="article:published_time" content="2025-01-22">');
    expect(page).toContain('<meta property="og:site_name" content="Lost in Localisation">');
    expect(page).not.toContain('remove before publishing');
    expect(page).not.toContain('localisation engineer');
  });

  it('GIVEN a TiddlyWiki 5.2 store (JSON in a script) and no story list THEN its longest post', () => {
    const store = JSON.stringify([
      { title: '$:/SiteTitle', text: 'Field notes' },
      { title: 'Short', text: 'A line.' },
      { title: 'RedNote week', creator: 'Ana Kos', created: '20250120090000000', text: 'Americans arrived on RedNote in their thousands this week.\n\nChinese users answered with lessons.' },
    ]);
    const html = `<!doctype html><html><head><meta name="application-name" content="TiddlyWiki" /></head><body><script class="tiddlywiki-tiddler-store" type="application/json">${store}</script></body></html>`;
    const page = tiddlyWikiAsHtml(html) ?? '';
    expect(page).toContain('<h1>RedNote week</h1><p>Americans arrived on RedNote in their thousands this week.</p>\n<p>Chinese users answered with lessons.</p>');
    expect(page).toContain('content="2025-01-20"');
  });

  it('GIVEN a page that only mentions TiddlyWiki THEN it is no TiddlyWiki', () => {
    expect(looksLikeTiddlyWiki('<html><body><p>I keep my notes in TiddlyWiki, a wiki in one file.</p></body></html>')).toBe(false);
  });

  it('GIVEN a saved TiddlyWiki dropped into the corpus folder THEN the post loads, titled and dated, with its sections', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-tiddly-'));
    try {
      await writeFile(path.join(dir, 'notebook.html'), CLASSIC);
      const [document] = (await loadCorpus(dir, { maxFileBytes: 1024 * 1024 })).documents;
      expect(document?.meta).toMatchObject({ title: 'What the translate button does', author: 'Maja Kranjc', date: '2025-01-22', publisher: 'Lost in Localisation' });
      expect(document?.paragraphs.map((p) => [p.heading, p.text.slice(0, 24)])).toEqual([
        [null, 'On Monday RedNote switch'],
        ['What I tested', 'I ran about 300 comments'],
        ['What I tested', 'The plain stuff is very '],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
