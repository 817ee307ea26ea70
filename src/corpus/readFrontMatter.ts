/**
 * What a Markdown file says about itself: its front matter (the "---" YAML
 * or "+++" TOML block static-site generators, Obsidian's Web Clipper and
 * MarkDownload write at the top) and, without a title there, its first
 * level-one heading ("# Title" or a line underlined with "===").
 */
import { normalizeLine } from './cleanArticle.js';
import { findDate } from './findDate.js';
import { headlineCore, listNames } from './findMetadata.js';
import { countWords, isPersonName } from './furniture.js';
import { httpUrl, type PageMetadata } from './readHtml.js';

export interface MarkdownHead {
  meta: PageMetadata;
  /** The text after the front matter (all of it when there is none). */
  body: string;
}

/** Keys each field is read from, first found wins. "created" and "clipped" are when a clip was saved, not when the article was. */
type Field = 'title' | 'author' | 'date' | 'publisher' | 'url';
const KEYS: Record<Field, string[]> = {
  title: ['title', 'headline', 'name'],
  author: ['author', 'authors', 'byline', 'by', 'creator', 'creators', 'writer', 'writers', 'contributors', 'reporter', 'reporters', 'correspondent'],
  // (Wiki.js writes a page's last edit as "date" and its creation as "dateCreated": the article's date is the creation.)
  date: ['published', 'datecreated', 'date', 'pubdate', 'publish_date', 'published_at', 'publishdate', 'date_published', 'datepublished', 'pub_date', 'published_on', 'pubdatetime', 'post_date', 'posted', 'posted_at', 'air_date', 'airdate', 'aired', 'broadcast_date'],
  publisher: ['site', 'site_name', 'sitename', 'publisher', 'publication', 'website', 'outlet', 'source_name', 'feed', 'feed_title'],
  url: ['source', 'url', 'canonical_url', 'canonicalurl', 'canonical', 'link', 'original_url', 'source_url', 'permalink', 'original'],
};

const FENCES = [/^---[ \t]*\r?\n/, /^\+\+\+[ \t]*\r?\n/];

export function readMarkdownHead(text: string, { headingTitle = true } = {}): MarkdownHead {
  const start = text.replace(/^\ufeff/, '');
  const fields = new Map<string, string[]>();
  let body = start;
  for (const fence of FENCES) {
    const open = fence.exec(start);
    if (!open) continue;
    const mark = open[0].trim();
    const close = new RegExp(`\\r?\\n${mark.replace(/\+/g, '\\+')}[ \\t]*(?:\\r?\\n|$)`).exec(start.slice(open[0].length));
    if (!close) break;
    const block = start.slice(open[0].length, open[0].length + close.index);
    // Only a block of "key: value" lines is front matter; a scrape opening with a rule keeps its text.
    if (!block.split(/\r?\n/).every((l) => l.trim() === '' || /^\s*(?:[A-Za-z_][\w-]*\s*[:=]|-\s|#)|^\s+\S/.test(l)) || !/^[A-Za-z_][\w-]*\s*[:=]/m.test(block)) break;
    parseFields(block, fields);
    // A static site generator's tags for the page's head (VitePress: "head:" / "- - meta" / "- property: og:url" /
    // "content: https://…") state its address where no "url" key does.
    const ogUrl = OG_URL_IN_HEAD.exec(block)?.[1];
    if (ogUrl !== undefined && !KEYS.url.some((key) => fields.has(key))) fields.set('url', [ogUrl]);
    body = start.slice(open[0].length + close.index + close[0].length);
    // An MDX page's own <head> under its front matter (Docusaurus): its canonical link states the page's address.
    const canonical = CANONICAL_IN_BODY_HEAD.exec(body.slice(0, MAX_HEAD_SEARCH))?.[1];
    if (canonical !== undefined && !KEYS.url.some((key) => (fields.get(key) ?? []).some((v) => httpUrl(v) !== ''))) fields.set('url', [canonical]);
    break;
  }
  // MultiMarkdown's and Pelican's metadata: "Title: …" / "Date: …" / "Author: …" lines opening the file, no fence, a
  // blank line after them.
  const unfenced = fields.size === 0 ? UNFENCED_FIELDS.exec(start) : null;
  if (unfenced && /^title[ \t]*:/im.test(unfenced[1] ?? '')) {
    parseFields(unfenced[1] ?? '', fields);
    body = start.slice(unfenced[0].length);
  }
  return headFromFields(fields, body, headingTitle);
}

/** `<head>` … `<link rel="canonical" href="https://…" />` … `</head>` written into an MDX page, near its top. */
const CANONICAL_IN_BODY_HEAD = /<head>[\s\S]{0,600}?<link\s+rel=["']canonical["']\s+href=["'](https?:\/\/[^"'\s]+)["']/;
const MAX_HEAD_SEARCH = 2_000;

/** An og:url meta tag listed in front matter: its property, then its content on the next line. */
const OG_URL_IN_HEAD = /(?:property|name):\s*['"]?og:url['"]?\s*\r?\n\s*content:\s*['"]?(https?:\/\/[^\s'"]+)/;

/** Three or more "Key: value" lines opening a file, then a blank line. */
const UNFENCED_FIELDS = /^((?:[A-Za-z][\w-]{0,30}:[ \t]*\S[^\r\n]*\r?\n){3,})[ \t]*\r?\n/;

/**
 * A note app's raw export (Joplin's): the note's title on its first line, its Markdown, then its fields at the foot
 * ("id: 6f2c…", "source_url: https://…", "author: ", …, "type_: 1"). The fields are the metadata, the title line is the
 * page's <title> as clipped, and the Markdown is the page.
 */
export function readNoteExport(text: string): MarkdownHead | null {
  const trimmed = text.replace(/^\ufeff/, '').trimEnd();
  const foot = NOTE_FIELDS.exec(trimmed);
  if (foot === null || !/^type_: \d+$/m.test(foot[1] ?? '') || !/^id: [0-9a-f]{32}$/m.test(foot[1] ?? '')) return null;
  const fields = new Map<string, string[]>();
  parseFields(foot[1] ?? '', fields);
  // "source: joplin-desktop" names the app that saved the note, not the page's source.
  for (const key of ['source', 'source_application', 'application_data']) fields.delete(key);
  const body = trimmed.slice(0, foot.index);
  const firstBreak = body.indexOf('\n');
  const title = firstBreak < 0 ? body : body.slice(0, firstBreak);
  if (!fields.has('title') && title.trim() !== '') fields.set('title', [normalizeLine(title)]);
  return headFromFields(fields, firstBreak < 0 ? '' : body.slice(firstBreak + 1), true);
}

/** A block of "snake_case: value" lines closing the text (eight at least: a note's fields, not a paragraph's label). */
const NOTE_FIELDS = /\n\n((?:[a-z][a-z0-9_]*: ?[^\n]*(?:\n|$)){8,})$/;

/** The metadata a head's fields state, with the first heading of the body as the title where it is the better one. */
export function headFromFields(fields: ReadonlyMap<string, string[]>, body: string, headingTitle: boolean): MarkdownHead {
  const meta = metaFromFields(fields);
  let heading = headingTitle ? firstHeading(body) : '';
  // A clipper that heads the page with its <title> ("# Headline - Site", MarkDownload's template) over the page, which
  // prints the headline again on a line of its own: the headline is that part, the site's name the rest.
  const core = headlineCore(heading) ?? '';
  let siteOfHeading = '';
  if (core !== '' && core.length < heading.length && heading.startsWith(core) && printedAgain(body, core)) {
    siteOfHeading = heading.slice(core.length).replace(/^\s*[|·•–—-]\s*/, '').trim();
    heading = core;
  }
  // A clipper copies the page's <title>, site name and all ("Headline | Low Tide"): the heading the page prints is the headline.
  const siteAfter = /^\s*[|·•–—-]\s+(.+)$/.exec(heading !== '' && meta.title.startsWith(heading) ? meta.title.slice(heading.length) : '');
  if (meta.title === '' || (heading !== '' && heading.length < meta.title.length && siteAfter)) {
    meta.title = heading;
    // …and what follows the separator is the site's name.
    const site = siteAfter?.[1]?.trim() ?? '';
    if (meta.publisher === '' && site !== '' && site.split(/\s+/).length <= 6) meta.publisher = site;
  }
  if (meta.publisher === '' && meta.title === heading && siteOfHeading !== '' && siteOfHeading.split(/\s+/).length <= 6) meta.publisher = siteOfHeading;
  return { meta, body };
}

/** A path on the site, or a file's name: "/about.html", "./posts/week-one", "index.md". */
const SITE_PATH = /^[/.~#]|^\S*\/\S*$|^\S+\.(?:html?|md|php|aspx?)$/i;

/** The metadata "key: value" fields state (front matter, a caption file's notes, an outline's properties), keys in lower case. */
export function metaFromFields(fields: ReadonlyMap<string, string[]>): PageMetadata {
  const first = (field: Field) => KEYS[field].map((k) => fields.get(k)).find((v) => v !== undefined && v.length > 0) ?? [];
  const source = first('url');
  // The first key holding an address: "Source:: Lakeshore Public Media" over "URL:: https://…" names the outlet, and the
  // URL key gives the address.
  const url = KEYS.url.flatMap((k) => fields.get(k) ?? []).map(httpUrl).find((u) => u !== '') ?? '';
  // "source: The Verge" names the publisher, not an address.
  // ("permalink: /about.html", a site's own path, names nothing.)
  const namedSource = source.length === 1 && httpUrl(source[0] ?? '') === '' && !/^\w+:/.test(source[0] ?? '') && !SITE_PATH.test(source[0] ?? '') ? (source[0] ?? '') : '';
  // (A key may hold no date: Wiki.js's "published: true" says only that the page is public.)
  const date = KEYS.date.flatMap((k) => fields.get(k) ?? []).map((d) => findDate(d)?.iso ?? '').find((d) => d !== '') ?? '';
  return {
    title: first('title')[0] ?? '',
    author: listNames(first('author')),
    date,
    publisher: first('publisher')[0] ?? namedSource,
    url,
  };
}

/** `key: value`, `key: [a, b]`, `key = "value"`, and a list under a key (`  - item`). Nested maps are skipped. */
export function parseFields(block: string, fields: Map<string, string[]>): void {
  let listKey: string | null = null;
  // A plain value wrapped onto indented lines ("title: Why our star show sold out \|" / "  Halvorsen Planetarium"): its key.
  let wrappedKey: string | null = null;
  for (const raw of block.split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$/.exec(raw) ?? /^-\s+(.*)$/.exec(raw);
    if (item && listKey !== null) {
      // A list of records (Docusaurus's "authors:" / "  - name: Priya Raman" / "    title: …"): each record's name.
      // (A key and a colon before a space or the line's end: "https://…" is an address, no record.)
      const record = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*)|$)/.exec(item[1] ?? '');
      if (record && !/^(?:name|display_?name|full_?name)$/i.test(record[1] ?? '')) continue;
      const value = scalar(record ? (record[2] ?? '') : (item[1] ?? ''));
      if (value !== '') fields.get(listKey)?.push(value);
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/.exec(raw);
    if (!pair) {
      const values = wrappedKey === null ? undefined : fields.get(wrappedKey);
      if (/^\s+\S/.test(raw) && !item && values?.length === 1) values[0] = scalar(`${values[0] ?? ''} ${raw.trim()}`);
      else wrappedKey = null;
      if (!/^\s/.test(raw)) listKey = null;
      continue;
    }
    wrappedKey = null;
    const key = (pair[1] ?? '').toLowerCase();
    const value = (pair[2] ?? '').trim();
    if (fields.has(key)) {
      listKey = null;
      continue;
    }
    if (value === '') {
      fields.set(key, []);
      listKey = key;
      continue;
    }
    listKey = null;
    const inline = /^\[(.*)\]$/.exec(value);
    // "[[Jane Doe]]" is one wiki-linked name (Obsidian), not a list.
    const values = inline && !/^\[\[.*\]\]$/.test(value) ? (inline[1] ?? '').split(',').map(scalar) : [scalar(value)];
    fields.set(key, values.filter((v) => v !== ''));
    if (!inline && !/^["']/.test(value)) wrappedKey = key;
  }
}

/** A value without its quotes, Obsidian's [[link]] brackets and a trailing comment. */
function scalar(value: string): string {
  let v = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(v);
  if (quoted) v = quoted[2] ?? '';
  else v = v.replace(/\s+#.*$/, '');
  v = v.replace(/^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$/, '$1');
  // Pandoc writes the value as Markdown, punctuation escaped: "\|", "\*".
  return normalizeLine(v.replace(/\\([|*_#[\]`<>])/g, '$1'));
}

/** Whether a line of the body, Markdown's marks aside, reads as the words given ("# Headline", "**Headline**"). */
function printedAgain(body: string, words: string): boolean {
  const key = words.toLowerCase();
  return body.split(/\r?\n/).some((line) => inlineText(line.replace(/^\s*(?:#{1,6}\s+|>\s*)/, '')).toLowerCase() === key);
}

/** A Markdown link to a site's root, and nothing else: "[Site Name](https://example.com/)", "[Site](/)". */
const HOME_LINK = /^\[[^\]]+\]\((?:https?:\/\/[^/\s)]+)?\/?\)$/;

/** "# Title", or "Title" above a line of "=": the document's title, outside code blocks. */
function firstHeading(body: string): string {
  const lines = body.split(/\r?\n/);
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    // (Pandoc and kramdown set a heading's attributes after it: "# Headline {.page-title}", "# Headline {#top}".)
    const atx = /^#\s+(.+?)\s*#*(?:\s+\{[#.][^{}]*\})?\s*$/.exec(line);
    // (A heading that is only a link to the site's home page, "# [DELIA MARCHBANKS](https://deliamarchbanks.com/)", is
    // the site's masthead: the page's title is a heading further down.)
    if (atx && HOME_LINK.test(atx[1] ?? '')) continue;
    // (Nor is a heading with the site's menu under it, where another heading of the first level follows: "# Threshold
    // Companions" / its tagline / "- [Home](…)", "- [About](…)", "- [Blog](…)" over "# What 30,000 Strangers …".)
    if (atx && menuBelow(lines, i + 1) && lines.slice(i + 1).some((l) => /^#\s+\S/.test(l))) continue;
    if (atx) return inlineText(wrappedOn(atx[1] ?? '', lines[i + 1] ?? '', line.length, lines[i + 2] ?? ''));
    if (/^=+\s*$/.test(lines[i + 1] ?? '') && line.trim() !== '') return inlineText(line);
  }
  return '';
}

/** Lines under a masthead in which its menu would be: the tagline, a container's fences, blank lines. */
const MENU_REACH = 8;
/** Links set as list items that make a menu. */
const MIN_MENU_LINKS = 3;

/** Whether a menu (links set as list items, "- [About](https://…/about)") is among the next few lines. */
function menuBelow(lines: readonly string[], from: number): boolean {
  return lines.slice(from, from + MENU_REACH).filter((l) => /^\s*[-*+]\s+\[[^\]]+\]\([^)]*\)(?:\{[^{}]*\})?\s*$/.test(l)).length >= MIN_MENU_LINKS;
}

/**
 * A heading a converter wrapped at its width (html2text's 78 columns) goes on in lower case on the next line: "# … for
 * TikTok refugees and Chinese-" / "speaking neighbors on January 25, 2025." Its word broken at a hyphen is one word again.
 * In title case too, where the heading's line is as long as a wrapped one and a few words stand under it, alone before a
 * blank line: "# As Americans Flee TikTok, Russian State TV Gloats -- and Russian Creators on" / "RedNote Cash In".
 */
function wrappedOn(heading: string, next: string, columns: number, after: string): string {
  const rest = next.trim();
  const titleCaseWrap = columns >= MIN_WRAPPED_HEADING_COLUMNS && /^[\p{Lu}\p{N}"“‘']/u.test(rest) && !/^\d{1,3}[.)]\s/.test(rest) && countWords(rest) <= MAX_WRAPPED_HEADING_TAIL_WORDS && after.trim() === '';
  if (!/^\p{Ll}/u.test(rest) && !titleCaseWrap) return heading;
  return /\p{L}-$/u.test(heading) ? `${heading}${rest}` : `${heading} ${rest}`;
}
/** Columns a heading's line fills when a converter wrapped it (html2text wraps at 78). */
const MIN_WRAPPED_HEADING_COLUMNS = 65;
/** Words at most of a wrapped heading's tail alone on the next line. */
const MAX_WRAPPED_HEADING_TAIL_WORDS = 8;

/** A heading's words without links, emphasis or code marks. */
function inlineText(text: string): string {
  return normalizeLine(
    text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      // (Pandoc's span, "[Threshold Companions]{.wixui-rich-text__text}": its words.)
      .replace(/\[([^\]]+)\]\{[#.][^{}]*\}/g, '$1')
      .replace(/(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1/g, '$2'),
  );
}

/** A saved message's header field: its label, a colon, a tab or spaces, its value. */
const MESSAGE_FIELD = /^(from|sent|posted at|posted to|to|cc|bcc|subject|conversation|date|importance|attachments|categories)[ \t]*:[ \t]*(.*)$/i;
/** A subject that forwards, answers or shares a story rather than naming it. */
const FORWARD_OR_SHARE = /^(?:re|fw|fwd|aw|wg|tr)\s*:|\b(?:sent|shared|forwarded) (?:you|with you)\b/i;
/** Header fields a saved message has at least: From and Subject, and one more. */
const MIN_MESSAGE_FIELDS = 3;

/**
 * A message saved as text by a mail client (Outlook's "Save as: Text Only", an RSS item it keeps as a post): its header
 * fields first, one a line ("From:\tMaya Sandhu", "Posted At:\tSaturday, January 18, 2025 2:17 PM", "Subject:\t…"),
 * then the message. Not RFC 822 (readMime reads that): no Message-ID, no MIME headers. The subject is the headline, the
 * sender the writer, the sending or posting time the date; null for anything else, a forward or a reply included.
 */
export function readSavedMessageHead(text: string): MarkdownHead | null {
  const lines = text.split(/\r\n|\r|\n/);
  const fields = new Map<string, string>();
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  for (; i < lines.length; i++) {
    const m = MESSAGE_FIELD.exec(lines[i] ?? '');
    if (m === null) break;
    const key = (m[1] ?? '').toLowerCase();
    if (!fields.has(key)) fields.set(key, normalizeLine(m[2] ?? ''));
  }
  if (fields.size < MIN_MESSAGE_FIELDS || !fields.has('from') || !fields.has('subject')) return null;
  // A saved page's own header ("Title: … / URL: …") or a Markdown note's is not a message: its fields follow on the next line.
  if ((lines[i] ?? '').trim() !== '') return null;
  const sender = (fields.get('from') ?? '').replace(/\s*<[^>]*>$/, '').replace(/^"(.*)"$/, '$1');
  const subject = fields.get('subject') ?? '';
  // Only a message a person wrote: a newsroom's "Darlene Pruitt has sent you a story from …", a forward ("FW: …") or a
  // reply carries someone else's story, whose own headline and byline the text prints (and the letter reader finds).
  if (!isPersonName(sender) || FORWARD_OR_SHARE.test(subject)) return null;
  const when = fields.get('sent') ?? fields.get('posted at') ?? fields.get('date') ?? '';
  const title = headlineCore(subject) ?? subject;
  return {
    meta: { title: headlineInBody(title, lines.slice(i)) ?? title, author: sender, date: findDate(when)?.iso ?? '', publisher: '', url: '' },
    body: lines.slice(i).join('\n'),
  };
}

/** Lines of a message's body in which its story's headline would be: under the newsletter's masthead and contents. */
const HEADLINE_REACH = 60;
/** A headline is a line of at most this many words. */
const MAX_HEADLINE_WORDS = 25;
/** Words in a newsletter's name before its story's headline in a subject ("Showroom Signal: …"). */
const MAX_NEWSLETTER_NAME_WORDS = 4;

/**
 * A newsletter's subject names its issue and shortens its story's headline, which the body prints whole: "Showroom
 * Signal: Should your dealership be on RedNote?" over "Should Your Dealership Be on RedNote? (Short Answer: Not Yet)".
 */
function headlineInBody(subject: string, body: readonly string[]): string | null {
  const named = /^([^:]+):\s+(\S.*)$/.exec(subject);
  const shortened = named !== null && countWords(named[1] ?? '') <= MAX_NEWSLETTER_NAME_WORDS ? (named[2] ?? '') : '';
  const wholeSubject = countWords(subject) >= MIN_SUBJECT_WORDS;
  const shortenedSubject = countWords(shortened) >= MIN_SUBJECT_WORDS;
  for (const raw of body.slice(0, HEADLINE_REACH)) {
    // (A link after the headline, "… small brands <https://…>", is no word of it.)
    const line = normalizeLine(raw).replace(/\s*[<(]https?:\/\/[^\s<>()]+[>)]$/, '');
    const key = line.toLowerCase();
    // (A sentence opening on the subject's words, "RedNote is all my students talk about.", is the message, not a headline.)
    if (countWords(line) > MAX_HEADLINE_WORDS || /[.!]$/.test(line)) continue;
    if (wholeSubject && key.startsWith(subject.toLowerCase()) && line.length > subject.length) return line;
    if (shortenedSubject && key.startsWith(shortened.toLowerCase())) return line;
  }
  return null;
}

/** Words a subject needs for a longer line opening on them to be its headline printed whole: "Hello" opens greetings. */
const MIN_SUBJECT_WORDS = 3;
