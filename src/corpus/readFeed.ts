/**
 * A news feed saved as a file (RSS 2.0, Atom, RSS 1.0/RDF): its first item is
 * the article. A WordPress export (WXR: RSS whose items carry wp:post_type) is a
 * site's whole content: its article is the published post with the most text,
 * its author the display name the export gives the post's login. The item's
 * HTML and its fields (title, link, creators, date) and the channel's title are
 * written out as the saved web page they stand for, so the page reader
 * (readHtml.ts) cleans it and reads its metadata the way it reads any page's.
 */
import { DOMParser } from 'linkedom';
import { findDate } from './findDate.js';
import { allElements as all, firstElement as first, pageFromFields, type XmlElement } from './pageFromFields.js';

/** The first thing in the file, after an XML declaration and comments, is a feed's root element. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2000));
}

/** The feed's first item as an HTML page; null when the file holds no item. */
export function feedItemAsHtml(xml: string): string | null {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlElement;
  const item = exportedPost(document) ?? first(document, 'item') ?? first(document, 'entry');
  if (!item) return null;
  const field = (...names: string[]) => names.map((name) => first(item, name)?.textContent?.trim() ?? '').find((value) => value !== '') ?? '';
  const title = field('title');
  const displayNames = new Map(
    [...all(document, 'wp:author')].map((author) => [first(author, 'wp:author_login')?.textContent?.trim() ?? '', first(author, 'wp:author_display_name')?.textContent?.trim() ?? ''] as const),
  );
  const creators = [...all(item, 'dc:creator'), ...[...all(item, 'author')].map((author) => first(author, 'name') ?? author)]
    .map((element) => element.textContent?.trim() ?? '')
    .map((name) => displayNames.get(name) || feedAuthorName(name))
    .filter((name) => name !== '');
  // "Mon, 20 Jan 2025 13:30:00 +0000" (RFC 822) or ISO 8601, read as the date the feed writes, in its own zone.
  const date = findDate(field('pubDate', 'dc:date', 'published', 'updated', 'wp:post_date'))?.iso ?? '';
  const link = itemLink(item);
  const content = field('content:encoded', 'content', 'description', 'summary');
  const root = first(document, 'channel') ?? first(document, 'feed') ?? document;
  // The channel's own title, not one of its items' ("<channel><title>Lakefront Business Journal</title>…").
  const site = Array.from(root.children).find((child) => child.tagName.toLowerCase() === 'title')?.textContent?.trim() ?? '';
  return pageFromFields({ title, publisher: site, author: creators.join(', '), date, url: link }, content);
}


/**
 * The writer's name in a feed's author field: RSS writes "jdoe@example.com (Jane Doe)", and some newsletter-to-feed services
 * copy the mail's sender, "Jane Doe (Tone Marks) <jane@example.com>": the name alone, without the address or the publication.
 */
export function feedAuthorName(raw: string): string {
  const rss = /^[^\s@()<>]+@[^\s()<>]+\s*\(([^()]+)\)$/.exec(raw);
  if (rss) return (rss[1] ?? '').trim();
  const name = raw.replace(/\s*<[^<>\s]+@[^<>\s]+>$/, '');
  const unbracketed = name.replace(/\s*\([^()]{1,60}\)$/, '');
  return name !== raw && /\S\s+\S/.test(unbracketed) ? unbracketed : name;
}

/** A WordPress export's published post (or page) with the most text; undefined when the feed is no export. */
function exportedPost(document: XmlElement): XmlElement | undefined {
  const text = (item: XmlElement, name: string) => first(item, name)?.textContent?.trim() ?? '';
  const posts = [...all(document, 'item')].filter((item) => /^(?:post|page)$/.test(text(item, 'wp:post_type')) && text(item, 'wp:status') === 'publish');
  const words = (item: XmlElement) => text(item, 'content:encoded').replace(/<[^>]*>/g, ' ').split(/\s+/).length;
  return posts.reduce<XmlElement | undefined>((best, item) => (best === undefined || words(item) > words(best) ? item : best), undefined);
}

/** RSS writes the address as the link's text; Atom as its href, the "alternate" one when there are several. */
function itemLink(item: XmlElement): string {
  const links = all(item, 'link');
  const atom = links.find((link) => link.getAttribute('href') !== null && (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  return (atom?.getAttribute('href') ?? links[0]?.textContent ?? '').trim();
}
