/**
 * A Kindle's "My Clippings.txt": every highlight, note and bookmark the reader made, in every book and sent article, one
 * clipping after another, each as its document's title with its author in brackets, a line saying what it is and
 * where ("- Your Highlight on Location 4-9 | Added on Friday, January 17, 2025 11:41:08 PM"), a blank line, the text,
 * and a line of ten "=". A reader who highlights an article whole (to share it) leaves its paragraphs among quotes from
 * the other books on the device.
 *
 * The file is read as the document most of its highlighted words come from: its highlights in the order they stand in
 * it, a highlight that a later, longer one takes in (the reader extended it) only once. The reader's own notes,
 * bookmarks, the device's messages and the other documents' clippings are not the article. The bracket names the
 * writer of a book; of a sent web page, the site (Kindle files the page under its site name).
 */
import { normalizeLine } from './cleanArticle.js';
import { isPersonName } from './furniture.js';
import type { PageMetadata } from './readHtml.js';

export interface Clipped {
  meta: PageMetadata;
  /** The document's highlights, one paragraph each, separated by blank lines. */
  body: string;
}

/** The line that ends each clipping. */
const SEPARATOR = /^={10}\s*$/;
/** "- Your Highlight on page 9 | Location 118-118 | Added on …" (and the Kindle's other languages: "- Ihre Markierung …"). */
const DETAILS = /^-\s+\S.*\|/;
/** Clippings that are the reader's, not the document's: notes and bookmarks, in the languages a Kindle writes. */
const OWN_CLIPPING = /\b(?:note|bookmark|notiz|lesezeichen|signet|nota|marcador|segnalibro)\b|メモ|ブックマーク|笔记|书签/i;
/** Where a clipping stands in its document: the first location number ("Location 4-9", "Loc. 1342-44", "位置 201"). */
const LOCATION = /(?:location|loc\.|position|posición|posizione|位置|位置No\.)\s*(\d+)/i;
/** "Title (Author)": the document's title and, in the last brackets, its author. */
const TITLE_LINE = /^(.*\S)\s*\(([^()]+)\)\s*$/;
/** A file is a clippings file when it holds at least this many. */
const MIN_CLIPPINGS = 2;

interface Clipping {
  document: string;
  text: string;
  location: number;
  order: number;
}

export function readClippings(text: string): Clipped | null {
  const lines = text.replace(/\ufeff/g, '').split(/\r\n|\r|\n/);
  const clippings: Clipping[] = [];
  let entry: string[] = [];
  let separators = 0;
  const endEntry = () => {
    const [title = '', details = '', ...rest] = entry;
    entry = [];
    if (!DETAILS.test(details) || title.trim() === '') return;
    const body = normalizeLine(rest.join(' '));
    // A bookmark has no text; "<You have reached the clipping limit for this item>" is the device's.
    if (OWN_CLIPPING.test(details.split('|')[0] ?? '') || body === '' || /^<[^<>]*>$/.test(body)) return;
    clippings.push({ document: title.trim(), text: body, location: Number(LOCATION.exec(details)?.[1] ?? Number.NaN), order: clippings.length });
  };
  for (const line of lines) {
    if (SEPARATOR.test(line)) {
      separators++;
      endEntry();
      continue;
    }
    if (entry.length === 0 && line.trim() === '') continue;
    entry.push(line);
  }
  if (separators < MIN_CLIPPINGS || clippings.length === 0) return null;

  // The document most of the highlighted words come from.
  const words = new Map<string, number>();
  for (const c of clippings) words.set(c.document, (words.get(c.document) ?? 0) + c.text.split(/\s+/).length);
  const document = [...words].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const own = clippings.filter((c) => c.document === document);
  const kept = own
    .filter((c) => !own.some((other) => other !== c && other.text.length > c.text.length && other.text.includes(c.text)))
    .sort((a, b) => (Number.isNaN(a.location) || Number.isNaN(b.location) ? a.order - b.order : a.location - b.location || a.order - b.order));
  const named = TITLE_LINE.exec(document);
  const title = normalizeLine(named?.[1] ?? document);
  const byline = normalizeLine(named?.[2] ?? '');
  const person = byline !== '' && isPersonName(byline);
  return {
    meta: { title, author: person ? byline : '', date: '', publisher: person ? '' : byline, url: '' },
    body: kept.map((c) => c.text).join('\n\n'),
  };
}
