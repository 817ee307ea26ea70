/**
 * Records that are not web pages (a feed's item, a wire story's XML, an API's JSON) are written out as the saved page
 * they stand for, their fields as the page's metadata, so the page reader (readHtml.ts) cleans the text and reads the
 * metadata as it does any page's. Also the few XML lookups the XML readers share.
 */
import type { PageMetadata } from './readHtml.js';

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page with the fields in its head (title, og:site_name, author, article:published_time, canonical link) and the headline over the body's HTML. */
export function pageFromFields(fields: PageMetadata, bodyHtml: string): string {
  const { title, publisher, author, date, url } = fields;
  const head = [
    `<title>${escapeHtml(title)}</title>`,
    publisher === '' ? '' : `<meta property="og:site_name" content="${escapeHtml(publisher)}">`,
    author === '' ? '' : `<meta name="author" content="${escapeHtml(author)}">`,
    date === '' ? '' : `<meta property="article:published_time" content="${escapeHtml(date)}">`,
    url === '' ? '' : `<link rel="canonical" href="${escapeHtml(url)}">`,
  ].join('');
  return `<!doctype html><html><head>${head}</head><body><article><h1>${escapeHtml(title)}</h1>${bodyHtml}</article></body></html>`;
}

/** The members of an XML element (linkedom's) that the XML readers use. */
export interface XmlElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  children: ArrayLike<XmlElement>;
  tagName: string;
  parentNode: XmlElement | null;
}

export function firstElement(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.getElementsByTagName(name)[0];
}

export function allElements(parent: XmlElement, name: string): XmlElement[] {
  return Array.from(parent.getElementsByTagName(name));
}
