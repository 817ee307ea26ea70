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
import { parseHTML } from 'linkedom';
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
  const kept = withoutExtended(own, (c) => c.text)
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

/** Highlights without one that a longer one takes in (the reader extended it): each passage once. */
function withoutExtended<T>(items: readonly T[], text: (item: T) => string): T[] {
  return items.filter((item) => !items.some((other) => other !== item && text(other).length > text(item).length && text(other).includes(text(item))));
}

/** An e-reader's notes export: "Reading Notes | <<Title>>Author" (Onyx Boox's NeoReader; "读书笔记" in Chinese). */
const NOTES_HEADER = /^(?:Reading Notes|读书笔记)\s*\|\s*<<(.+?)>>\s*(.*)$/;
/** Each highlight's stamp: "2025-01-26 20:41  |  Page No.: 1" ("页码：1"). */
const NOTES_STAMP = /^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\|\s*(?:Page No\.|Page|页码)\s*[:：]?\s*\d+\s*$/i;
/** The reader's own note on a highlight ("【Annotation】", "【批注】"), to the entry's end. */
const NOTES_ANNOTATION = /^【(?:Annotation|Note|批注|注释|笔记)】/i;
/** The line that ends each highlight. */
const DASH_SEPARATOR = /^-{5,}\s*$/;
const WEB_ADDRESS = /https?:\/\/[^\s<>"'）)】]+/;

/**
 * An e-reader's exported notes (Onyx Boox's NeoReader): a header naming the document and its writer, then for every
 * highlight the chapter it stands in, a stamp of when and on which page it was made, the text, the reader's own note,
 * and a line of dashes. A reader who highlights an article whole leaves its paragraphs; the chapter lines, stamps and
 * notes are the device's and the reader's, not the article's, but a note holding a web address says where the text
 * came from. (The stamps date the reading, not the article: they give no date.)
 */
export function readReadingNotes(text: string): Clipped | null {
  const lines = text.replace(/\ufeff/g, '').split(/\r\n|\r|\n/);
  const header = NOTES_HEADER.exec(lines[0]?.trim() ?? '');
  if (lines.filter((line) => NOTES_STAMP.test(line.trim())).length < MIN_CLIPPINGS) return null;
  const highlights: string[] = [];
  let url = '';
  let entry: string[] = [];
  const endEntry = () => {
    const stamp = entry.findIndex((line) => NOTES_STAMP.test(line.trim()));
    const rest = stamp < 0 ? [] : entry.slice(stamp + 1);
    entry = [];
    const note = rest.findIndex((line) => NOTES_ANNOTATION.test(line.trim()));
    const highlighted = note < 0 ? rest : rest.slice(0, note);
    if (url === '' && note >= 0) url = WEB_ADDRESS.exec(rest.slice(note).join(' '))?.[0] ?? '';
    const body = normalizeLine(highlighted.join(' '));
    if (body !== '') highlights.push(body);
  };
  for (const line of header ? lines.slice(1) : lines) {
    if (DASH_SEPARATOR.test(line)) {
      endEntry();
      continue;
    }
    if (entry.length === 0 && line.trim() === '') continue;
    entry.push(line);
  }
  endEntry();
  if (highlights.length < MIN_CLIPPINGS) return null;
  const kept = withoutExtended(highlights, (h) => h);
  const byline = normalizeLine(header?.[2] ?? '');
  const person = byline !== '' && isPersonName(byline);
  return {
    meta: { title: normalizeLine(header?.[1] ?? ''), author: person ? byline : '', date: '', publisher: '', url },
    body: kept.join('\n\n'),
  };
}

/** The few DOM members the notebook is read through (linkedom's types are its own). */
interface NotebookNode {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): NotebookNode | null;
  querySelectorAll(selector: string): ArrayLike<NotebookNode>;
}

/** A Kindle notebook's entry heading: a highlight ("Highlight (yellow) - Location 9", "Markierung (gelb) - Position 9"). */
const NOTEBOOK_HIGHLIGHT = /^(?:Highlight|Markierung|Surlignement|Subrayado|Evidenziazione|Destaque|ハイライト|标注)/i;
/** "Quintero-Hale, M. (2025). <i>Title</i> The Docket Review. Kindle Edition.": what follows the title, its publisher. */
const NOTEBOOK_CITATION_TAIL = /^\W*(.+?)\.?\s*(?:Kindle Edition|Kindle-Version|Édition Kindle|Edición Kindle)?\.?\s*$/i;

/**
 * A Kindle's notebook exported as a page ("Notebook Export"): the document's title, its writers, a citation, then every
 * highlight and note under a heading saying which it is and where. Read as its highlights in order, the notes left out
 * (a web address in one says where the text came from); the citation's words after the title name its publisher.
 */
export function readKindleNotebook(html: string): Clipped | null {
  if (!/class=['"]noteHeading['"]/.test(html) || !/class=['"](?:notebookFor|bookTitle)['"]/.test(html)) return null;
  const { document } = parseHTML(html) as unknown as { document: NotebookNode };
  const text = (selector: string) => normalizeLine(document.querySelector(selector)?.textContent ?? '');
  const highlights: string[] = [];
  let url = '';
  let kind = '';
  for (const div of Array.from(document.querySelectorAll('.noteHeading, .noteText'))) {
    const line = normalizeLine(div.textContent ?? '');
    if (/\bnoteHeading\b/.test(div.getAttribute('class') ?? '')) {
      kind = NOTEBOOK_HIGHLIGHT.test(line) ? 'highlight' : 'note';
      continue;
    }
    if (kind === 'highlight' && line !== '') highlights.push(line);
    else if (url === '') url = WEB_ADDRESS.exec(line)?.[0] ?? '';
  }
  if (highlights.length < MIN_CLIPPINGS) return null;
  const title = text('.bookTitle');
  const byline = text('.authors');
  const citation = document.querySelector('.citation');
  const italic = citation?.querySelector('i');
  let publisher = '';
  if (citation && italic) {
    const whole = normalizeLine(citation.textContent ?? '');
    const cited = normalizeLine(italic.textContent ?? '');
    publisher = NOTEBOOK_CITATION_TAIL.exec(whole.slice(whole.indexOf(cited) + cited.length))?.[1]?.trim() ?? '';
  }
  const person = byline !== '' && isPersonName(byline);
  return {
    meta: { title, author: person ? byline : '', date: '', publisher, url },
    body: [...new Set(highlights)].join('\n\n'),
  };
}
