/**
 * A wiki page saved with MediaWiki's Special:Export (or a dump): XML holding the site's name, then each page's title
 * and revisions, each revision's wiki text whole. A moderator who drops one in means the page as it reads now: its
 * latest revision, rendered. The page's title is the headline and the site's name the publisher; a wiki names no
 * single writer. The date is the one the text states in a date template ("{{date|January 16, 2025}}", as news wikis
 * date their stories), else the day the page was created (its first revision). Templates, references, files,
 * categories, tables and comments are the wiki's apparatus, not the page's text.
 */
import { DOMParser } from 'linkedom';
import { findDate } from './findDate.js';
import { allElements as all, escapeHtml, firstElement as first, pageFromFields, type XmlElement } from './pageFromFields.js';

/** "<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" …>" near the top, and a page in it. */
export function looksLikeMediaWikiExport(text: string): boolean {
  const head = text.slice(0, 3000);
  return /<mediawiki[\s>]/.test(head) && /mediawiki\.org\/xml\/export/.test(head) && text.includes('<page>');
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The latest revision of the export's first page with text, as an HTML page; null when there is none. */
export function mediaWikiAsHtml(xml: string): string | null {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlElement;
  const publisher = clean(first(document, 'sitename')?.textContent);
  for (const page of all(document, 'page')) {
    const revisions = all(page, 'revision').filter((r) => clean(first(r, 'text')?.textContent) !== '');
    const latest = revisions.sort((a, b) => stamp(a).localeCompare(stamp(b))).at(-1);
    if (latest === undefined) continue;
    const text = first(latest, 'text')?.textContent ?? '';
    const stated = /\{\{\s*date\s*\|([^{}|]+)\}\}/i.exec(text)?.[1] ?? '';
    const date = findDate(stated)?.iso ?? stamp(revisions[0]).slice(0, 10);
    return pageFromFields({ title: clean(first(page, 'title')?.textContent), publisher, author: '', date, url: '' }, mediaWikiTextAsHtml(text));
  }
  return null;
}

function stamp(revision: XmlElement | undefined): string {
  return revision === undefined ? '' : clean(first(revision, 'timestamp')?.textContent);
}

/** Templates, nested ones included ("{{Infobox|logo={{lang|zh|小红书}}}}"), removed from the inside out. */
function withoutTemplates(text: string): string {
  let previous = '';
  let current = text;
  while (current !== previous) {
    previous = current;
    current = current.replace(/\{\{[^{}]*\}\}/g, '');
  }
  return current;
}

/** Inline markup as HTML: links as their text, bold and italics; files and categories dropped. */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\[\[(?:file|image|category|datei|fichier|archivo|kategorie|catégorie|categoría):[^\]]*(?:\[\[[^\]]*\]\][^\]]*)*\]\]/gi, '')
    .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, '$1')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[(?:https?:)?\/\/[^\s\]]+\s+([^\]]+)\]/g, '$1')
    .replace(/\[(?:https?:)?\/\/[^\s\]]+\]/g, '')
    .replace(/'''''(.+?)'''''/g, '<b><i>$1</i></b>')
    .replace(/'''(.+?)'''/g, '<b>$1</b>')
    .replace(/''(.+?)''/g, '<i>$1</i>')
    .trim();
}

/** Wiki text as HTML: "==" headings, "*" and "#" lists, blank lines between paragraphs. */
export function mediaWikiTextAsHtml(source: string): string {
  const text = withoutTemplates(
    source
      .replace(/\r\n?/g, '\n')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<ref\b[^>]*\/>/gi, '')
      .replace(/<ref\b[^>]*>[\s\S]*?<\/ref>/gi, '')
      .replace(/^\{\|[\s\S]*?^\|\}/gm, '')
      .replace(/__[A-Z]+__/g, ''),
  );
  const html: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    const paragraph: string[] = [];
    const flush = () => {
      const words = inline(paragraph.join(' '));
      if (words !== '') html.push(`<p>${words}</p>`);
      paragraph.length = 0;
    };
    for (const line of lines) {
      const heading = /^(={1,6})\s*(.+?)\s*\1\s*$/.exec(line);
      const item = /^[*#:;]+\s*(.*)$/.exec(line);
      if (heading) {
        flush();
        const level = Math.min(6, Math.max(2, (heading[1] ?? '==').length));
        html.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
      } else if (item) {
        flush();
        const words = inline(item[1] ?? '');
        if (words !== '') html.push(`<ul><li>${words}</li></ul>`);
      } else {
        paragraph.push(line.trim());
      }
    }
    flush();
  }
  return html.join('\n');
}
