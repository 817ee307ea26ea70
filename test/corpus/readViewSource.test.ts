import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { readViewSource } from '../../src/corpus/readViewSource.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page's source as Chrome's "view-source:" tab shows it, saved with Ctrl+S: a numbered row per line, tags in spans. */
function sourceView(html: string, url: string): string {
  const rows = html.split('\n').map((line, i) => {
    const shown = escape(line).replace(/&lt;(\/?[a-z][a-z0-9]*)/g, '<span class="html-tag">&lt;$1</span>');
    return `<tr><td class="line-number" value="${i + 1}"></td><td class="line-content">${shown}</td></tr>`;
  });
  return [
    '<!DOCTYPE html>',
    `<!-- saved from url=(${String(url.length + 12).padStart(4, '0')})view-source:${url} -->`,
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="color-scheme" content="light dark"></head><body><div class="line-gutter-backdrop"></div><form autocomplete="off"><label class="line-wrap-control">Line wrap<input type="checkbox" aria-label="Line wrap"></label></form><table><tbody>',
    rows.join(''),
    '</tbody></table></body></html>',
  ].join('\n');
}

const URL = 'https://thelongwayround.example/2025/01/my-mothers-app.html';
const PAGE = [
  '<!DOCTYPE html>',
  '<html lang="en"><head>',
  '<title>The Long Way Round: My mother&#39;s app, and the Americans who just found it</title>',
  `<link rel="canonical" href="${URL}">`,
  '<meta name="author" content="Helen Zhao-Marsh">',
  '<meta property="article:published_time" content="2025-01-18T09:12:00-08:00">',
  '</head><body><div class="blog-header"><a href="/">The Long Way Round</a></div>',
  '<article><h1>My mother&#39;s app, and the Americans who just found it</h1>',
  '<p>For six years my mother has posted her soups on Xiaohongshu, and this week Americans started asking her for the recipes.</p>',
  '<p>She answers every one of them through the translate button, slowly, with the patience she never had for my homework.</p>',
  '</article><div class="sidebar">Popular Posts</div></body></html>',
].join('\n');

describe('readViewSource', () => {
  it('GIVEN a page saved from the browser\'s source view THEN the HTML it shows, line for line, and the address it was saved from', () => {
    expect(readViewSource(sourceView(PAGE, URL))).toEqual({ body: PAGE, html: true, url: URL });
  });

  it('GIVEN any lines of source THEN the view reads back to exactly those lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', 'p', '/', ' ', '=', ';', '#', '1', 'é') }), { minLength: 3, maxLength: 12 }), (lines) => {
        expect(readViewSource(sourceView(lines.join('\n'), URL))?.body).toBe(lines.join('\n'));
      }),
    );
  });

  it('GIVEN an ordinary page, or one whose stylesheet names the classes THEN null', () => {
    expect(readViewSource(PAGE)).toBeNull();
    expect(readViewSource('<html><head><style>td.line-number{color:#999} td.line-content{white-space:pre}</style></head><body><p>class="line-number" class="line-content"</p></body></html>')).toBeNull();
  });

  it('GIVEN the saved source view dropped into the corpus THEN it is read as the page: its headline, writer, date and address, its story', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-viewsource-'));
    try {
      await writeFile(path.join(dir, 'saved-source.html'), sourceView(PAGE, URL));
      const { documents } = await loadCorpus(dir, { maxFileBytes: 1024 * 1024 });
      expect(documents[0]?.meta).toMatchObject({ title: "My mother's app, and the Americans who just found it", author: 'Helen Zhao-Marsh', date: '2025-01-18', url: URL });
      expect(documents[0]?.paragraphs.map((p) => p.text)).toContain('For six years my mother has posted her soups on Xiaohongshu, and this week Americans started asking her for the recipes.');
      expect(documents[0]?.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/line-content|&lt;|<p>/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
