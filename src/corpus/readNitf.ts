/**
 * A wire story saved as NITF (News Industry Text Format, the IPTC's XML for news: <hl1> headline, <byline>, <dateline>,
 * <body.content>). News agencies and newsroom systems deliver and export stories in it; a moderator may save one as
 * .txt or .xml. The story is written out as the saved web page it stands for, its headline, byline, date and
 * publisher as the page's metadata, so the page reader (readHtml.ts) reads it as it reads any page. An editor's note,
 * the abstract, photo captions and the taglines at the end (contact line, related stories, copyright) are the wire's,
 * not the story's.
 */
import { DOMParser } from 'linkedom';
import { findDate } from './findDate.js';
import { allElements as all, escapeHtml, firstElement as first, pageFromFields, type XmlElement } from './pageFromFields.js';

/** The first thing in the file, after an XML declaration, a doctype and comments, is NITF's root element. */
export function looksLikeNitf(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE\s+nitf[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<nitf[\s>]/i.test(text.slice(0, 3000));
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The story as an HTML page; null when the file holds no body text. */
export function nitfAsHtml(xml: string): string | null {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlElement;
  // (An editor's note holds a body.content of its own: the story's is the one in <body>.)
  const body = all(document, 'body.content').find((element) => element.parentNode?.tagName.toLowerCase() === 'body');
  if (!body) return null;
  const headline = clean(first(document, 'hl1')?.textContent) || clean(first(document, 'title')?.textContent);
  const byline = first(document, 'byline');
  // "<byline>By <person>Carla Jorgensen</person> <byttl>Great Lakes News Service</byttl></byline>": the person, else the line.
  const people = byline ? all(byline, 'person').map((p) => clean(p.textContent)).filter((p) => p !== '') : [];
  const author = people.length > 0 ? people.join(' and ') : clean(byline?.textContent).replace(/^by\s+/i, '');
  // The story's date in the dateline, else the issue's; both written "20250123" or "20250123T061500-0600".
  const norm = first(document, 'story.date')?.getAttribute('norm') ?? first(document, 'date.issue')?.getAttribute('norm') ?? '';
  const compact = /^(\d{4})(\d{2})(\d{2})/.exec(norm);
  const date = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : (findDate(norm)?.iso ?? '');
  const publisher =
    clean(first(document, 'distributor')?.textContent) ||
    (first(document, 'doc.copyright')?.getAttribute('holder') ?? '').trim() ||
    clean(first(document, 'byttl')?.textContent);
  const paragraphs: string[] = [];
  collect(body, paragraphs);
  if (paragraphs.length === 0) return null;
  return pageFromFields({ title: headline, publisher, author, date, url: '' }, paragraphs.join(''));
}

/** The body's paragraphs (in blocks, block quotes and lists too) and its headings (<hl2>), in order; media and notes inside it are left out. */
function collect(parent: XmlElement, out: string[]): void {
  for (const child of Array.from(parent.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'p') out.push(`<p>${escapeHtml(clean(child.textContent))}</p>`);
    else if (tag === 'hl2') out.push(`<h2>${escapeHtml(clean(child.textContent))}</h2>`);
    else if (tag === 'li') out.push(`<p>${escapeHtml(clean(child.textContent))}</p>`);
    else if (tag === 'block' || tag === 'bq' || tag === 'ul' || tag === 'ol') collect(child, out);
  }
}

