/**
 * A TiddlyWiki saved as one HTML file. Its visible page is drawn by its
 * JavaScript when it opens; the file itself holds a store of "tiddlers",
 * notes in wiki markup with their fields: hidden `<div title="…"><pre>…</pre></div>`
 * in a `storeArea` (before 5.2), a JSON array in a `<script
 * class="tiddlywiki-tiddler-store">` (5.2 and later). A moderator who drops
 * one in means the post it opens on: the first tiddler of its story list
 * (or of its default tiddlers) that is neither a system tiddler ("$:/…") nor
 * a draft, else its longest such. That tiddler's title, creator and date
 * created are the article's, the wiki's site title its publisher.
 */
import { DOMParser } from 'linkedom';
import { escapeHtml, pageFromFields } from './pageFromFields.js';

type Tiddler = Record<string, string>;

/** "<meta name="application-name" content="TiddlyWiki">", the store's markers. */
const TIDDLYWIKI = /content="TiddlyWiki"|id="storeArea"|class="tiddlywiki-tiddler-store"/;
/** The types of tiddler that hold prose; a tiddler without one is wiki text. */
const PROSE_TYPES = new Set(['', 'text/vnd.tiddlywiki', 'text/x-tiddlywiki', 'text/plain', 'text/x-markdown', 'text/markdown']);

export function looksLikeTiddlyWiki(text: string): boolean {
  return TIDDLYWIKI.test(text) && /TiddlyWiki/.test(text.slice(0, 20_000));
}

interface StoreDocument {
  getElementById(id: string): { children: ArrayLike<StoreElement> } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}
interface StoreElement {
  attributes: ArrayLike<{ name: string; value: string }>;
  querySelector(selector: string): { textContent: string | null } | null;
}

function tiddlers(html: string): Tiddler[] {
  const document = new DOMParser().parseFromString(html, 'text/html') as unknown as StoreDocument;
  const found: Tiddler[] = [];
  for (const element of Array.from(document.getElementById('storeArea')?.children ?? [])) {
    const fields: Tiddler = {};
    for (const { name, value } of Array.from(element.attributes)) fields[name] = value;
    fields.text = element.querySelector('pre')?.textContent ?? '';
    if (fields.title) found.push(fields);
  }
  for (const store of Array.from(document.querySelectorAll('script.tiddlywiki-tiddler-store'))) {
    try {
      const parsed: unknown = JSON.parse(store.textContent ?? '');
      if (Array.isArray(parsed)) for (const item of parsed) if (item !== null && typeof item === 'object' && typeof (item as Tiddler).title === 'string') found.push(item as Tiddler);
    } catch {
      // A store that does not parse holds nothing this reader can use.
    }
  }
  return found;
}

/** A TiddlyWiki title list: "[[A title with spaces]] OneWord [[Another]]". */
function titleList(list: string): string[] {
  return [...list.matchAll(/\[\[([^\]]+)\]\]|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? '').trim()).filter((t) => t !== '');
}

/** "20250122191407512" (UTC) → "2025-01-22". */
function tiddlerDate(stamp: string | undefined): string {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(stamp ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

/** Inline wiki markup as HTML: bold, italics, underline, links as their text; macros and transclusions dropped. */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/&lt;&lt;[\s\S]*?&gt;&gt;/g, '')
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(/\[ext\[([^\]|]*)\|[^\]]*\]\]/g, '$1')
    .replace(/\[\[([^\]|]*)\|[^\]]*\]\]/g, '$1')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/''([\s\S]+?)''/g, '<b>$1</b>')
    .replace(/(^|[^:])\/\/([\s\S]+?)\/\//g, '$1<i>$2</i>')
    .replace(/__([\s\S]+?)__/g, '<u>$1</u>');
}

/** Wiki text as HTML: "!" headings, "*" and "#" lists, blank lines between paragraphs, a line of dashes a rule. */
export function wikiTextAsHtml(text: string): string {
  const html: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^(!{1,6})\s*(.+)$/.exec(lines[0] ?? '');
    if (heading && lines.length === 1) {
      const level = Math.min(6, (heading[1] ?? '!').length + 1);
      html.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
    } else if (lines.every((line) => /^-{3,}\s*$/.test(line))) {
      html.push('<hr>');
    } else if (lines.every((line) => /^[*#]+\s/.test(line))) {
      html.push(`<ul>${lines.map((line) => `<li>${inline(line.replace(/^[*#]+\s*/, ''))}</li>`).join('')}</ul>`);
    } else {
      html.push(`<p>${inline(lines.join(' '))}</p>`);
    }
  }
  return html.join('\n');
}

/** The post a saved TiddlyWiki opens on, as a page; null when it holds none. */
export function tiddlyWikiAsHtml(html: string): string | null {
  const all = tiddlers(html);
  const byTitle = new Map(all.map((t) => [t.title ?? '', t]));
  const isPost = (t: Tiddler | undefined): t is Tiddler =>
    t !== undefined && !(t.title ?? '').startsWith('$:/') && t['draft.of'] === undefined && PROSE_TYPES.has(t.type ?? '') && (t.text ?? '').trim() !== '';
  const opened = [...titleList(byTitle.get('$:/StoryList')?.list ?? ''), ...titleList(byTitle.get('$:/DefaultTiddlers')?.text ?? '')].map((title) => byTitle.get(title));
  const longest = all.filter(isPost).sort((a, b) => (b.text ?? '').length - (a.text ?? '').length)[0];
  const post = opened.find(isPost) ?? longest;
  if (post === undefined) return null;
  const meta = {
    title: post.title ?? '',
    author: post.creator ?? post.modifier ?? '',
    date: tiddlerDate(post.created ?? post.modified),
    publisher: byTitle.get('$:/SiteTitle')?.text?.trim() ?? '',
    url: '',
  };
  return pageFromFields(meta, wikiTextAsHtml(post.text ?? ''));
}
