/**
 * A saved web page (.html): the article is found by Mozilla's Readability
 * (the extractor behind Firefox's Reader View) on a linkedom DOM, and the
 * page's own metadata (<title>, Open Graph, article:*, citation_*, JSON-LD,
 * the canonical link) says what it is. The article's blocks then go through
 * the same line cleaner as text scrapes, which removes what Readability
 * keeps (share counters, "Related" lists inside the article, captions).
 */
import { Readability } from '@mozilla/readability';
import { decodeHTMLStrict } from 'entities';
import { parseHTML } from 'linkedom';
import type { Block } from './cleanArticle.js';
import { normalizeLine, tableRow, textBlocks, threadRepliesStart } from './cleanArticle.js';
import { dateLine, findDate, isIssueDate, isRelativeStamp } from './findDate.js';
import { ARCHIVE_TODAY_HOSTS, BYLINE_PREFIX, comparable, findMetadata, GLUED_TITLE, headlineCore, isProseLine, listNames, originalAddress, parseByline, POSTED_ON_PLATFORM, ROLE_AFTER_SLASH, TITLE_SEPARATOR } from './findMetadata.js';
import { countWords, isBylineLine, isPersonName, isTailMarker, junkRule, nameOnly } from './furniture.js';
import { hasMarkup, removeInlineMarkers, stripMarkup } from './stripMarkup.js';
import { joinPrintedLines, unwrapHardWrappedLines } from './unwrapLines.js';

export interface PageMetadata {
  title: string;
  author: string;
  date: string;
  publisher: string;
  url: string;
  /** The date is only a <time> element's, which may stamp another item of the page (an update, a comment). */
  dateFromTimeElement?: boolean;
  /** The date is a timestamp's in UTC ("2025-01-17T03:10:00Z"): the day the page prints where it was published may be the one before or after. */
  dateInUtc?: boolean;
  /** Organisations the page's JSON-LD names as the author: an issuer, which publishes, not a writer. */
  authorOrganizations?: string[];
}

export interface HtmlPage {
  /** The article's paragraphs and headings, in order. */
  blocks: Block[];
  /** Every block of the whole page, for bylines and dates the metadata leaves out. */
  pageBlocks: Block[];
  meta: PageMetadata;
  /**
   * The text the page shows in a box, when the box holds most of its words: a list server's message held for a
   * moderator (Mailman's admindb, the post as plain text in a <textarea readonly>), a paste site's raw view, a document
   * archive's OCR text in its editing box (Paperless-ngx's "Content" tab).
   */
  boxedText?: string;
}

/** A .txt file that is really a saved page. */
/** The Windows clipboard's "HTML Format" header: "Version:0.9", then fields a line ("StartHTML:…", "SourceURL:…"). */
const CLIPBOARD_HEADER = /Version:\d+\.\d+[ \t]*\r?\n(?:[A-Za-z]+:[^\r\n]*\r?\n){0,8}/;

const HTML_OPENING = new RegExp(`^\\s*(?:${CLIPBOARD_HEADER.source})?(?:[^<\\n]{1,60}\\n\\s*){0,2}(?:<!--[\\s\\S]*?-->\\s*)*(?:<!doctype html|<html[\\s>])`, 'i');
const CLIPBOARD_START = new RegExp(`^\\s*${CLIPBOARD_HEADER.source}`);

export function looksLikeHtml(text: string): boolean {
  // (A page's source copied from the browser's view-source tab opens on its "Line wrap" box: a short line or two before it;
  // HTML copied to the Windows clipboard and dumped raw, on the clipboard's header: "Version:0.9", "StartHTML:…", "SourceURL:…".)
  return HTML_OPENING.test(text.slice(0, 2000));
}

// DOM types come from linkedom at run time; only the few members used here are named.
interface Node {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  nextSibling: Node | null;
}
interface Element extends Node {
  tagName: string;
  ownerDocument: Document;
  cloneNode(deep: boolean): Element;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<Element>;
  querySelector(selector: string): Element | null;
  closest(selector: string): Element | null;
  parentElement: Element | null;
  after(node: Node): void;
  remove(): void;
  nextElementSibling: Element | null;
  children: ArrayLike<Element>;
  insertBefore(node: Node, before: Node | null): void;
}
interface Document {
  title: string;
  createTextNode(text: string): Node;
  createElement(tagName: string): Element;
  body: Element | null;
  documentElement: Element;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
}

/** AMP pages' own elements for menus, ads, share buttons, consent and tracking: never the article. */
const AMP_FURNITURE = ['AMP-SIDEBAR', 'AMP-AD', 'AMP-STICKY-AD', 'AMP-EMBED', 'AMP-ANALYTICS', 'AMP-PIXEL', 'AMP-SOCIAL-SHARE', 'AMP-CONSENT', 'AMP-USER-NOTIFICATION', 'AMP-GEO', 'AMP-AUTO-ADS', 'AMP-IFRAME'];
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'FORM', 'SELECT', 'INPUT', 'TEXTAREA', 'LABEL', 'NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'HEAD', ...AMP_FURNITURE]);
const RESTORABLE_SKIPPED = new Set([...SKIPPED].filter((tag) => tag !== 'ASIDE'));
const RESTORABLE_UNFORMED = new Set([...RESTORABLE_SKIPPED].filter((tag) => tag !== 'FORM'));
/** A form holding at least this many words holds the page's text, not a comment box's or a search box's labels. */
const MIN_FORM_TEXT_WORDS = 200;
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'HTML', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'BR', 'TIME',
  ...SKIPPED,
]);
const HEADING = /^H[1-6]$/;
/** An element styled invisible (a wiki's short description, a tracking pixel's label): the reader never sees it. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** A heading's permalink anchor ("What learners told us #", "The climb¶"): no word of it. */
const HEADING_ANCHOR = /(?:\s+#|\s*(?:¶|§|🔗|⚓))$/u;

/** A post embedded from a social network, as its embed code marks it: a reader's post shown beside the story, not its text. */
const SOCIAL_EMBED_CLASS = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-embed-bq|bluesky-embed|threads-post|fb-post)(?:\s|$)/;
/** Google's icon fonts, whose glyphs are ligatures of their names ("create", "link", "share"). */
const ICON_FONT_CLASS = /(?:^|\s)material-(?:icons|symbols)(?:-[a-z]+)?(?:\s|$)/;
/** A box the site sets inside a story to sell something else of its own ("inline-promo", "promo-box", a call to action's "inline-cta"): never the story. */
const PROMO_CLASS = /(?:^|[\s_-])(?:promo(?:s|tion|tional)?|cta)(?:$|[\s_-])/i;
/**
 * A notebook's code cell (nbconvert's "code_cell", JupyterLab's "jp-CodeCell": the code, its printed output and tables)
 * and a highlighted code listing ("highlight", "sourceCode", "language-python" on a <pre> or its frame): a program, not
 * the article's prose.
 */
const CODE_CELL_CLASS = /(?:^|\s)(?:code_cell|jp-CodeCell)(?:\s|$)/;
const CODE_LISTING_CLASS = /(?:^|\s)(?:highlight|sourceCode|codehilite|hl-[\w-]+|language-[\w-]+|lang-[\w-]+)(?:\s|$)/;
/** A picture's caption is a sentence or two; a "caption" of this many words in paragraphs carries a photo essay's story. */
const MIN_ESSAY_CAPTION_WORDS = 50;
/** A photo's caption or credit marked up by class ("image-caption", "wp-caption-text", "photo-credit") rather than <figcaption>. */
const CAPTION_CLASS = /(?:^|[\s_-])(?:[a-z]+-)?(?:caption|credit|credits)(?:-[a-z]+)?(?:$|[\s_])/i;
/** A picture's credit, not a writer's: "Photo by …", "Illustration by …", an agency's picture desk. */
const PICTURE_CREDIT = /\b(?:photos?|photograph(?:y|s)?|images?|illustrations?|video|graphics?|getty|shutterstock|unsplash)\b/i;
/** The same in camel case ("imageCaption", "photoCredit"). */
const CAMEL_CAPTION_CLASS = /(?:^|\s)[a-z]+(?:Caption|Credit)s?(?:$|\s)/;
/** An ad slot ("adHolder", "ad-slot", "taboola-below-article") and a video player's furniture ("mol-video", "video-title"). */
const AD_CLASS = /(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|adholder|adslot|adunit|adcontainer|adwrapper|taboola|outbrain)(?:$|[\s_-])/i;
/** A class naming a state or an option of its element, not what the element is: "has-header-ad", "is-desktop", "no-ads". */
const STATE_CLASS = /^(?:has|is|no|with|without|show|hide|enable|disable)[-_]/i;

/**
 * The page's main regions and headlines, and every element holding one: the page's root, its body, the wrappers around
 * them. (Not every element holding an <article>: a rail of related stories sets each as one.) Found once, walking up.
 */
function articleHolders(document: Document): Set<Element> {
  const holders = new Set<Element>();
  for (const start of Array.from(document.querySelectorAll('main, [role="main"], h1'))) {
    for (let element: Element | null = start; element !== null && !holders.has(element); element = element.parentElement) holders.add(element);
  }
  for (const root of [document.documentElement, document.body]) if (root) holders.add(root);
  return holders;
}

const VIDEO_CLASS = /(?:^|\s)(?:[a-z]+-video|video-(?:player|embed|title|dur|duration)|vjs-[a-z-]+|jwplayer)(?:$|\s)/i;
/** A video's or a podcast's transcript: its lines are classed as captions ("caption-cue") and are the text. */
const TRANSCRIPT = '[class*="transcript" i], [id*="transcript" i]';
/** Below this share of the page's prose, Readability's pick is not the article. */
const PROSE_SHARE = 1 / 3;

/** Words in blocks that read as sentences: what an article is made of. */
function proseWords(blocks: readonly Block[]): number {
  let words = 0;
  for (const b of blocks) {
    const n = b.text.split(/\s+/).length;
    if (!b.heading && n >= 10 && /[.!?…]["”’')]?$/.test(b.text)) words += n;
  }
  return words;
}

/** The text of an element as blocks: each block-level element a block, inline runs between them joined. */
/** Markup a page printed as text: an entity, or an element opened and closed ("<a href=…>Cumberland</a>"). */
const ESCAPED_MARKUP = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});|<([a-z][a-z\d]*)\b[^<>]*>[^]*?<\/\1\s*>/i;

/** A line drawn with characters in preformatted text. */
const TEXT_RULE = /^[ \t]*[=_*~-]{4,}[ \t]*$/gm;
/** A blank line between words of one text node. */
const BLANK_LINE_IN_TEXT = /(?<=\S[ \t]*)\n[ \t]*\n\s*(?=\S)/;

/** Lines of preformatted text this short, three or more one under another, are a list's, not a paragraph wrapped in its box. */
const MAX_SET_LINE_CHARS = 60;
const MIN_SET_LINES = 3;

/** A part of preformatted text as its lines when they are a list of short lines, else whole. */
function setLines(part: string): string[] {
  const lines = part.split(/\r?\n/).filter((l) => l.trim() !== '');
  // (A paragraph wrapped narrow goes on in lower case on some line: "… found themselves in a space" / "where …".)
  return lines.length >= MIN_SET_LINES && lines.every((l) => l.trim().length < MAX_SET_LINE_CHARS && !/^\p{Ll}/u.test(l.trim())) ? lines : [part];
}

export function domBlocks(root: Element | null, skip: ReadonlySet<string> = SKIPPED): Block[] {
  const blocks: Block[] = [];
  // Lines a <br> ended, and those opening after two (a blank line): a mail archive's hard-wrapped text set line by line.
  const brokenLines = new Set<Block>();
  const afterBlank = new Set<Block>();
  let afterBreak = false;
  let blankLine = false;
  let run = '';
  let linked = 0;
  let inLink = 0;
  // Text inside a link to a place on the same page ("#ref101"): a heading's own anchor is no link away from the article.
  let selfLinked = 0;
  let inSelfLink = 0;
  let lastTerm: Block | null = null;
  // The heading element being read, if any.
  let heading = '';
  const flush = (tag = '') => {
    // A page whose story was escaped twice prints its tags and entities as text ("&lt;p&gt;CARLISLE &amp;mdash; …"
    // shows "<p>CARLISLE &mdash; …"): read as the page meant them, as a text scrape's stray markup is.
    // (A tag named in a sentence, "use the <p> tag", is left alone: escaped markup shows an entity or a tag closed.)
    if (hasMarkup(run) && ESCAPED_MARKUP.test(run)) run = stripMarkup(run);
    const cells = tag === 'TR' ? run.split('\t').map((c) => removeInlineMarkers(normalizeLine(c.replace(/\s+/g, ' ')))).filter((c) => c !== '') : [];
    const text = cells.length > 1 ? tableRow(cells) : removeInlineMarkers(normalizeLine(run.replace(/\s+/g, ' ')));
    if (text !== '') {
      const block: Block = { text };
      if (cells.length > 1) {
        block.item = true;
        block.row = true;
      }
      if (HEADING.test(tag)) {
        block.heading = true;
        block.text = unescapeTwice(block.text);
        // "What learners told us #": a heading's permalink anchor ("#", "¶", "🔗") is no word of it.
        block.text = block.text.replace(HEADING_ANCHOR, '');
      }
      // A question set as a paragraph of its own (an interview's bold "And your students?") is what was asked, not a
      // section's title: a page marks its section titles up as headings.
      if (tag === 'P' && /\?["”’]?$/.test(block.text)) block.heading = false;
      if (tag === 'LI' || tag === 'DD' || tag === 'DT') block.item = true;
      if (tag === 'LI') block.bullet = true;
      const away = HEADING.test(tag) ? linked - selfLinked : linked;
      const share = run.trim() === '' ? 0 : Math.min(1, away / run.replace(/\s+/g, ' ').trim().length);
      if (share > 0) block.linkShare = Math.round(share * 100) / 100;
      // A definition list's term and its description read as one line, "Date Posted: 01.21.2025", as the page shows them.
      const term = blocks.at(-1);
      if (tag === 'DD' && term !== undefined && term === lastTerm) {
        term.text = `${term.text.replace(/\s*:$/, '')}: ${block.text}`;
        lastTerm = null;
      } else {
        blocks.push(block);
        lastTerm = tag === 'DT' ? block : null;
        if (tag === 'BR' || afterBreak) brokenLines.add(block);
        if (blankLine) afterBlank.add(block);
        afterBreak = tag === 'BR';
        blankLine = false;
      }
    }
    run = '';
    linked = 0;
    selfLinked = 0;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      // Text set with its own line breaks (a <pre>, or a bulletin board's post styled white-space: pre-wrap) parts its
      // paragraphs with blank lines inside one text node; markup's blank lines between elements part nothing.
      // Such text draws its rules with characters ("=========="): a rule parts paragraphs too.
      // Its short lines set one under another ("CHAPTERS" / "0:00 What the court decided" / "1:42 Sponsor: …") are a
      // list, a line each; a paragraph wrapped at the width of its box runs its lines on.
      const paragraphs = inLink === 0 && BLANK_LINE_IN_TEXT.test(text) ? text.replace(TEXT_RULE, '').split(BLANK_LINE_IN_TEXT).flatMap(setLines) : [text];
      paragraphs.forEach((part, k) => {
        if (k > 0) flush();
        run += part;
      });
      if (inLink > 0) linked += text.replace(/\s+/g, ' ').trim().length;
      if (inSelfLink > 0) selfLinked += text.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    // (A heading's own button, an FAQ's "What is RedNote?" that opens its answer, is the heading's text.)
    const headingButton = tag === 'BUTTON' && /^(?:H[1-6]|SUMMARY|DT)$/.test(element.parentElement?.tagName.toUpperCase() ?? '');
    if ((skip.has(tag) && !headingButton) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(element.getAttribute('style') ?? '')) return;
    if (!BLOCK.has(tag) || headingButton) {
      const self = tag === 'A' && (element.getAttribute('href') ?? '').startsWith('#');
      if (tag === 'A') inLink++;
      if (self) inSelfLink++;
      for (const child of Array.from(element.childNodes)) walk(child);
      if (tag === 'A') inLink--;
      if (self) inSelfLink--;
      // Table cells stay on their row's line, apart: the row reads "label: value".
      if (tag === 'TD' || tag === 'TH') run += '\t';
      return;
    }
    // A line break inside a heading before a line in lower case carries the heading on (a display headline set in
    // lines); before another, it parts two of the heading's lines, each a heading.
    if (tag === 'BR' && heading !== '') {
      const after = (element.nextSibling?.textContent ?? '').trimStart();
      if (/^[‘'"“]?\p{Ll}/u.test(after)) run += ' ';
      else flush(heading);
      return;
    }
    if (tag === 'BR') {
      // (Two breaks in a row leave a blank line: the next line opens a paragraph.)
      if (run.trim() === '' && afterBreak) blankLine = true;
      flush(tag);
      return;
    }
    flush();
    const outer = heading;
    if (HEADING.test(tag)) heading = tag;
    for (const child of Array.from(element.childNodes)) walk(child);
    heading = outer;
    flush(tag);
  };
  if (root) walk(root);
  flush();
  return joinBrokenLines(blocks, brokenLines, afterBlank);
}

/** Lines set one per <br> that are read as wrapped text: a run this long. */
const MIN_BROKEN_LINES = 5;

/**
 * A mail archive (LISTSERV's, a forum's plain-text post) sets its hard-wrapped lines one per <br>, a blank line between
 * paragraphs: a run of such lines without links is read as the text it is, its wrapped lines joined into paragraphs.
 */
function joinBrokenLines(blocks: Block[], lines: ReadonlySet<Block>, afterBlank: ReadonlySet<Block>): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    let end = i;
    const plain = (b: Block | undefined) => b !== undefined && lines.has(b) && b.heading !== true && b.item !== true && (b.linkShare ?? 0) === 0;
    while (plain(blocks[end])) end++;
    const run = blocks.slice(i, end);
    if (run.length >= MIN_BROKEN_LINES) {
      const text = run.map((b, k) => (k > 0 && afterBlank.has(b) ? `\n${b.text}` : b.text)).join('\n');
      const joined = unwrapHardWrappedLines(text).split('\n').filter((l) => l.trim() !== '');
      if (joined.length < run.length) {
        out.push(...joined.map((t) => ({ text: normalizeLine(t) })));
        i = end;
        continue;
      }
    }
    out.push(...(run.length > 0 ? run : [blocks[i] as Block]));
    i = Math.max(end, i + 1);
  }
  return out;
}

const metaSelector = (name: string) => `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`;

function meta(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const element = doc.querySelector(metaSelector(name));
    const content = element?.getAttribute('content')?.trim();
    if (content) return normalizeLine(unescapeTwice(content));
  }
  return '';
}

/** An entity left after the page's own decoding ("&amp;#039;" read as "&#039;"). */
const LEFT_ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#\d{2,5}|#x[\da-f]{2,4});/i;

/**
 * A field a CMS escaped twice ("Shops &amp;amp; restaurants say &amp;#039;ni hao&amp;#039;", decoded once to "Shops &amp;
 * restaurants say &#039;ni hao&#039;"): decoded once more. No headline means the entity's letters.
 */
function unescapeTwice(text: string): string {
  return LEFT_ENTITY.test(text) ? decodeHTMLStrict(text) : text;
}

/** The first of these fields that holds a whole date. */
function metaDate(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const value = meta(doc, name);
    if (isoDate(value) !== '') return value;
  }
  return '';
}

/** The first of these fields the page fills, every value it gives, as one list of names ("A, B and C"). */
function metaList(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const values = [...new Set(allMeta(doc, name))];
    if (values.length > 0) return values.length === 1 ? (values[0] as string) : listNames(values);
  }
  return '';
}

function allMeta(doc: Document, name: string): string[] {
  return Array.from(doc.querySelectorAll(metaSelector(name)))
    .map((e) => normalizeLine(e.getAttribute('content') ?? ''))
    .filter((c) => c !== '');
}

/** Schema.org objects from every JSON-LD script, @graph lists flattened. A broken script is skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      out.push(record);
      if (Array.isArray(record['@graph'])) visit(record['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block says nothing; the other sources still do.
    }
  }
  return out;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|WebPage|ScholarlyArticle|SocialMediaPosting|Posting/;
const MEDIA_TYPE = /VideoObject|AudioObject|PodcastEpisode/;

/** The Person entries of a JSON-LD author value (a string counts as one), references resolved. */
function people(value: unknown, nodes: NodesById): unknown[] {
  return [value].flat().filter((v) => {
    if (v === null || typeof v !== 'object') return typeof v === 'string';
    const record = v as Record<string, unknown>;
    const node = typeof record['@id'] === 'string' && record['name'] === undefined ? (nodes.get(record['@id']) ?? record) : record;
    return !/Organization|Corporation|NewsMedia/.test([node['@type']].flat().join(' '));
  });
}

/** Nodes of a JSON-LD @graph by their @id: an article's author is often only a reference ({"@id": "…#person"}) to one of them. */
type NodesById = ReadonlyMap<string, Record<string, unknown>>;

function text(value: unknown, nodes: NodesById = new Map()): string {
  // (A script's text is no HTML, but a CMS escapes its fields as if it were: Yoast writes "Here&#039;s what …".)
  if (typeof value === 'string') return normalizeLine(unescapeTwice(value));
  if (Array.isArray(value)) return listNames(value.map((v) => text(v, nodes)).filter((s) => s !== ''));
  if (value !== null && typeof value === 'object') {
    let record = value as Record<string, unknown>;
    const id = record['@id'];
    if (record['name'] === undefined && typeof id === 'string') record = nodes.get(id) ?? record;
    return text(record['name'] ?? record['@id'] ?? record['url'] ?? '');
  }
  return '';
}

/** The address when it is an http(s) URL; otherwise empty. */
export function httpUrl(value: string): string {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** A metadata author as a byline would give it: "By Jane Doe" → "Jane Doe", "Jane Doe | The Example" → "Jane Doe", an outlet → nobody. */
const LATIN_LETTERS = /\p{Script=Latin}/gu;
const ANY_LETTER = /\p{L}/gu;
/**
 * What a Latin-script page's metadata says in that script: a value mostly in
 * another ("美國「TikTok難民」湧入小紅書…") is the original's, not this page's,
 * and a name given in both ("風傳報 Formosa Ledger") keeps its Latin form
 * (`whole`: a headline mostly in Latin script is kept as written).
 */
function inLatin(value: string, whole = false): string {
  const letters = value.match(ANY_LETTER)?.length ?? 0;
  const latin = value.match(LATIN_LETTERS)?.length ?? 0;
  if (letters === 0 || latin === letters) return value;
  if (latin < letters / 2) return '';
  // A headline is quoted whole ("What 小红书 means for TikTok's refugees"); a name loses its other script.
  if (whole) return value;
  return value.replace(/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}]+/gu, ' ').replace(/\s+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').trim();
}

/** A page whose letters are this Latin is written in a Latin script, whatever names it quotes. */
const LATIN_PAGE_SHARE = 0.9;

/**
 * A CMS's placeholder for the site's name, never filled in: "Default" (Sitefinity), "My WordPress Blog", "Site Title",
 * "Just another WordPress site". It names no publisher.
 */
const PLACEHOLDER_SITE_NAME = /^(?:default(?: ?site| web ?site)?|my (?:wordpress |new )?(?:site|blog|web ?site)|(?:web ?)?site (?:title|name)|untitled(?: site)?|new site|just another wordpress site|example(?: site)?|home)$/i;

/** A site's name as given, or '' for a CMS's placeholder. */
function filledIn(name: string): string {
  return PLACEHOLDER_SITE_NAME.test(name) ? '' : name;
}

/** The page's own name for its site (og:site_name, else application-name), a CMS's placeholder left out. */
function siteNameMeta(doc: Document, ...names: string[]): string {
  for (const name of names.length > 0 ? names : ['og:site_name', 'application-name']) {
    const value = filledIn(meta(doc, name));
    if (value !== '') return value;
  }
  return '';
}

/** "Le Quotidien Global.fr": a name of several words keeps its words, not its domain's ending ("Salon.com" is one word, a brand). */
function siteName(name: string): string {
  return /\s/.test(name) ? name.replace(/\.(?:com|net|org|fr|de|co\.uk|uk|it|es|nl|jp|cn|in|au|ca|br|vn|tr|kr)$/i, '') : name;
}

/** A user handle after a name, spaced or not: "Dana Whitlock@danawanders", "Dana Whitlock @danawanders". */
const HANDLE_AFTER_NAME = /(?<=\p{L})\s*@(?![\w-]+\.[a-z]{2,}\b)[\w.]{2,30}$/u;

/** "发布于 2025-01-16 21:43 来自 …", "發佈於 …", "编辑于 …": where a Chinese platform's post header stamps the post. */
const POSTED_STAMP_AFTER_NAME = /\s+(?:发布于|發佈於|發布於|发表于|發表於|编辑于|編輯於)\s*\d.*$/u;

function personOnly(written: string): string {
  if (written === '') return '';
  // "Tanisha McFarlane/Staff Reporter": the job after a slash, as after a bar. (And "Dana Whitlock@danawanders": a profile
  // card's name and handle, their elements' texts run together; not an e-mail address.)
  // ("KaylaTeachesArt 发布于 2025-01-16 21:43 来自 …": a Chinese platform's post header, its stamp after the name.)
  const author = written.replace(ROLE_AFTER_SLASH, ' | ').replace(POSTED_STAMP_AFTER_NAME, '').replace(HANDLE_AFTER_NAME, '');
  // "Brian Ochieng, Faith Wambui", "Tanvir Ahmed & Nusrat Jahan" (a meta tag's or a byline's list): the names as a byline lists them.
  // (Not one its prefix opens, "Written By Melissa Tran, PharmD": that is a byline, read as one below.)
  const opened = BYLINE_PREFIX.test(author);
  const listed = author.split(/\s*[,;&]\s*(?:and\s+)?|\s+and\s+/);
  if (!opened && listed.length > 1 && listed.every((name) => isPersonName(name))) return listNames(listed);
  // "About the author": the heading of an author card, which an extractor may take for its byline.
  if (/^(?:about\b.*|(?:the )?authors?)$/i.test(author)) return '';
  // "新視野網頁設計 NewVision Web Design": the firm that built a small site signs its pages' author tag; it wrote none of them.
  if (WEB_DESIGNER.test(author)) return '';
  const byline = parseByline(opened ? author : `By ${author}`);
  if (byline.author === '' && byline.publisher !== '') return '';
  // "Jane Doe Senior Reporter" (a profile card's name and job run together): the name.
  return /[|·•]/.test(author) || opened ? byline.author : nameOnly(author);
}

/** "Doe, Jane" (citation_author's order) → "Jane Doe". */
function personName(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name;
}

/** "Published 3 hours ago" whose title attribute holds the real time ("2025-01-16T19:20:00Z"), as a hover shows it. */
function relativeStampDate(doc: Document): string {
  for (const element of Array.from(doc.querySelectorAll('[title]'))) {
    if (!isRelativeStamp(normalizeLine(element.textContent ?? ''))) continue;
    const iso = isoDate(element.getAttribute('title') ?? '');
    if (iso !== '') return iso;
  }
  return '';
}

/** A timestamp in UTC: "2025-01-17T03:10:00Z", "2025-01-17T03:10:00+00:00". */
const UTC_STAMP = /T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)$/i;

function isoDate(value: string): string {
  return findDate(value)?.iso ?? '';
}

/** What the page's head says about the article; empty where it says nothing. */
export function pageMetadata(doc: Document): PageMetadata & { titleTag: string; titleFromHeadline: boolean; siteAuthor: string; archived?: boolean; authorOrganizations?: string[] } {
  const ld = jsonLd(doc);
  const typeOf = (o: Record<string, unknown>) => [o['@type']].flat().filter((t): t is string => typeof t === 'string').join(' ');
  // (A talk's, a clip's or an episode's own page describes it as a VideoObject or a PodcastEpisode: its creator is the
  // speaker, its upload date the page's date.)
  const article =
    ld.find((o) => ARTICLE_TYPE.test(typeOf(o)) && (o['headline'] !== undefined || o['datePublished'] !== undefined)) ??
    ld.find((o) => MEDIA_TYPE.test(typeOf(o)) && (o['uploadDate'] !== undefined || o['datePublished'] !== undefined)) ??
    {};
  const nodes: NodesById = new Map(ld.flatMap((o) => (typeof o['@id'] === 'string' ? [[o['@id'], o] as const] : [])));
  const titleTag = normalizeLine(unescapeTwice(doc.title ?? ''));
  // A head written once for the whole site (og:type "website", og:url its home page, no article in JSON-LD) describes the
  // site: its title, author, date and address are not this article's, which the page itself prints.
  const siteHead = Object.keys(article).length === 0 && /^website$/i.test(meta(doc, 'og:type')) && isHomePage(meta(doc, 'og:url'));
  if (siteHead) {
    const publisher = siteName(siteNameMeta(doc));
    // Its author field names the site's office, not a writer ("CTG Communications"): kept so a byline echoing it is ignored too.
    // (A canonical link deeper than the home page is written for this page, as a CMS writes one for each: its address.)
    const canonical = httpUrl((doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').trim());
    const url = canonical !== '' && !isHomePage(canonical) ? canonical : '';
    return { title: '', author: '', date: '', publisher, url, titleTag, titleFromHeadline: false, siteAuthor: meta(doc, 'author') };
  }
  // A headline field is the headline alone; og:title and twitter:title may carry the site's name.
  // (An encyclopedia's "headline" is its short description, "2025 movement of American social media users to …", where the
  // article's "name" is what its <title> prints: the name is the headline.)
  const ldName = text(article['name']);
  const ldHeadline = text(article['headline']);
  const tagKey = comparable(titleTag);
  const described = ldName !== '' && ldHeadline !== '' && comparable(ldName) !== comparable(ldHeadline) && tagKey.startsWith(comparable(ldName)) && !tagKey.includes(comparable(ldHeadline));
  // (A Chinese government-standard CMS (TRS) names the headline alone in "ArticleTitle", where its <title> glues the column and
  // the site on with hyphens: "Headline-Museum News-Gusu City Museum".)
  const headline = [meta(doc, 'citation_title'), meta(doc, 'ArticleTitle'), described ? ldName : ldHeadline].find((t) => t !== '') ?? '';
  const socialTitle = meta(doc, 'og:title', 'twitter:title');
  const givenTitle = headline !== '' ? headline : socialTitle === '' ? '' : wholeTitle(socialTitle, titleTag);
  // "Why I'm posting on RedNote now by inkmoth-studio on DeviantArt": a hosting site's title for a member's work names the
  // member who posted it after the work's own title.
  const posted = postedOnSite(givenTitle, siteNameMeta(doc));
  const title = posted?.headline ?? givenTitle;
  const citationAuthors = allMeta(doc, 'citation_author').map(personName);
  // An Organization as the author is the outlet ("author": {"@type": "Organization", …}): no person is named.
  const ldAuthor = text(people(article['author'] ?? article['creator'], nodes), nodes);
  // …and a "by …" elsewhere naming it (a hosting site's "<headline> by <uploader> - Site" title) names no person either.
  const authorOrganizations = [article['author']].flat().filter((a) => a !== undefined && people(a, nodes).length === 0).map((a) => text(a, nodes)).filter((n) => n !== '');
  // A field given once per author (three parsely-author tags for a byline of three) names them all.
  const metaAuthor = metaList(doc, 'author', 'article:author', 'article.author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'DC.creator', 'dcterms.creator');
  const author = personOnly(citationAuthors.length > 0 ? listNames(citationAuthors) : ldAuthor !== '' ? ldAuthor : /^https?:/i.test(metaAuthor) ? '' : metaAuthor) || (posted?.member ?? '');
  // The first <time datetime> of the article, or the web component code hosts print stamps with (<relative-time>, <local-time>).
  const timeElement = doc.querySelector('article time[datetime], header time[datetime], main time[datetime], time[pubdate], time[datetime], relative-time[datetime], local-time[datetime]');
  const stamps = [
      text(article['datePublished'] ?? article['uploadDate']),
      // (each field in turn: a journal's citation_publication_date may give only the issue's month, "2025/06")
      metaDate(doc, 'article:published_time', 'og:article:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'DC.date', 'DC.date.issued', 'dcterms.date', 'dcterms.issued', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'PubDate', 'article.published', 'datePublished', 'sailthru.date', 'parsely-pub-date'),
      // (hAtom's and microformats2's published stamp: a blog engine's "<abbr class="published" title="2025-01-16T09:41…">9:41 am</abbr>".)
      microformatDate(doc),
      timeElement?.getAttribute('datetime') ?? '',
      text(article['dateCreated']),
      relativeStampDate(doc),
    ];
  const dates = stamps.map(isoDate);
  const chosen = dates.findIndex((d) => d !== '');
  const date = dates[chosen] ?? '';
  const dateFromTimeElement = date !== '' && chosen === 3;
  const dateInUtc = date !== '' && UTC_STAMP.test((stamps[chosen] ?? '').trim());
  // A report's citation_publisher names the organisation in full; og:site_name is often its short name. A portal's syndicated
  // story names its own outlet as the article's publisher ("isBasedOn" its page), where og:site_name is the portal's.
  // An episode's series is the show that publishes it ("partOfSeries": "Signal & Static"), not the platform playing it.
  const syndicated = article['isBasedOn'] !== undefined || article['sourceOrganization'] !== undefined || article['partOfSeries'] !== undefined;
  const ldPublisher = text(article['sourceOrganization'] ?? article['partOfSeries'] ?? article['publisher'], nodes);
  // A journal's article is known by the journal ("Science Horizons"), not the company that publishes it.
  const publisher = siteName(
    [meta(doc, 'citation_journal_title'), meta(doc, 'citation_publisher'), syndicated ? ldPublisher : '', siteNameMeta(doc, 'og:site_name'), ldPublisher, meta(doc, 'application-name')].find((p) => p !== '') ?? '',
  );
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  // (Last, hAtom's permalink: the post's own link marked rel="bookmark".)
  const url = [canonical, meta(doc, 'og:url'), text(article['mainEntityOfPage']), text(article['url']), meta(doc, 'citation_public_url', 'citation_abstract_html_url'), doc.querySelector('a[rel~="bookmark"][href^="http"]')?.getAttribute('href') ?? '']
    .map((u) => httpUrl(u.trim()))
    .find((u) => u !== '') ?? '';
  // An archive.today capture writes its own head: its date is the capture's, its site and address the archive's. The
  // page it kept prints its own, and the capture's address holds the original's. (The Wayback Machine keeps the page's
  // own head, its addresses rewritten: only the address needs reading back, as originalAddress does.)
  if (WEB_ARCHIVE.test(meta(doc, 'og:site_name'))) {
    return { title, author, date: '', publisher: '', url: originalAddress(url) !== url ? url : '', titleTag, titleFromHeadline: headline !== '', siteAuthor: '', archived: true };
  }
  return { title, author, date, publisher, url, titleTag, titleFromHeadline: headline !== '', siteAuthor: '', authorOrganizations, ...(dateFromTimeElement ? { dateFromTimeElement } : {}), ...(dateInUtc ? { dateInUtc } : {}) };
}

/** Words the member's name on a hosting site's title may have ("inkmoth-studio", "Dana K. Ruiz"). */
const MAX_MEMBER_WORDS = 4;

/**
 * "<work> by <member> on <site>", the site being the page's own (og:site_name): the work's title and who posted it.
 * (Not "Ban upheld by court on Friday": the last words must name the site the page says it is.)
 */
function postedOnSite(title: string, site: string): { headline: string; member: string } | null {
  const suffix = ` on ${site}`;
  if (site === '' || title.length <= suffix.length || !title.toLowerCase().endsWith(suffix.toLowerCase())) return null;
  const rest = title.slice(0, -suffix.length);
  const by = rest.toLowerCase().lastIndexOf(' by ');
  if (by < 0) return null;
  const headline = rest.slice(0, by).trim();
  const member = rest.slice(by + 4).trim();
  if (member === '' || countWords(member) > MAX_MEMBER_WORDS || countWords(headline) < MIN_HEADLINE_WORDS) return null;
  return { headline, member };
}

/** The first post's published stamp as microformats mark it (hAtom's "published", microformats2's "dt-published"). */
function microformatDate(doc: Document): string {
  const stamp = doc.querySelector('.published[title], .dt-published[datetime], .dt-published[title], .published[datetime]');
  return stamp?.getAttribute('datetime') ?? stamp?.getAttribute('title') ?? '';
}

const WEB_ARCHIVE = new RegExp(`^(?:${ARCHIVE_TODAY_HOSTS}|wayback machine|internet archive)$`, 'i');

/** "https://www.example.org/": an address with no path, a site's home page. */
function isHomePage(address: string): boolean {
  try {
    const url = new URL(address);
    return /^\/?$/.test(url.pathname) && url.search === '';
  } catch {
    return false;
  }
}

/**
 * og:title as the headline: whole when the <title> tag prints it followed by
 * the site's name ("… — and What They Lost | Lattice"), so a dash inside the
 * headline is not mistaken for a site separator; otherwise its headline part.
 */
function wholeTitle(socialTitle: string, titleTag: string): string {
  if (titleTag.startsWith(socialTitle) && titleTag.length > socialTitle.length && /^\s+(?:\||-|–|—|::|»|·)\s+/.test(titleTag.slice(socialTitle.length))) return socialTitle;
  return headlineCore(socialTitle) ?? socialTitle;
}

/**
 * "Version:0.9 / StartHTML:… / SourceURL:https://…": the header Windows puts before HTML copied to the clipboard (the
 * "HTML Format"), which a page copied with Ctrl+A and dumped raw keeps. Its source is the page's address.
 */
function clipboardSource(html: string): string {
  const header = CLIPBOARD_START.exec(html.slice(0, 2000))?.[0] ?? '';
  return httpUrl(/^SourceURL:(\S+)/m.exec(header)?.[1] ?? '');
}

/** A BibTeX entry ("@online{raman2025, … title = {…}, … url = {https://…}, …}"): its title and its address. */
const BIBTEX_ENTRY = /@(?:online|article|misc|techreport|report|inproceedings|book|incollection|webpage|post)\s*\{[^,\s]+,([\s\S]{0,3000}?)\n\s*\}/gi;
const BIBTEX_FIELD = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:\\{((?:[^{}]|\\{[^{}]*\\})*)\\}|"([^"]*)")`, 'i');

/**
 * "Cite this work as" with a BibTeX entry (a Quarto or Distill blog, a preprint's page): the entry whose title is the
 * page's headline gives the article's address when the page's head gives none.
 */
function citedAddress(html: string, title: string): string {
  if (title === '' || !html.includes('@')) return '';
  BIBTEX_ENTRY.lastIndex = 0;
  for (let m = BIBTEX_ENTRY.exec(html); m !== null; m = BIBTEX_ENTRY.exec(html)) {
    const field = (name: string) => {
      const f = BIBTEX_FIELD(name).exec(m?.[1] ?? '');
      return normalizeLine((f?.[1] ?? f?.[2] ?? '').replace(/[{}]/g, ''));
    };
    if (comparable(field('title')) === comparable(title)) return httpUrl(field('url'));
  }
  return '';
}

/** A share button's link and the parameter carrying the page's address: Facebook's, X's, LinkedIn's, Reddit's, Pinterest's, e-mail's. */
const SHARE_LINK = /(?:href\s*=\s*["']|\]\(|<|\s|^)((?:https?:)?\/\/(?:www\.)?(?:facebook\.com\/sharer(?:\/sharer)?(?:\.php)?|(?:twitter|x)\.com\/(?:intent\/(?:tweet|post)|share)|linkedin\.com\/(?:shareArticle|sharing\/share-offsite)|reddit\.com\/submit|pinterest\.com\/pin\/create\/button\/?)\?[^\s"'<>)\]]*|mailto:[^\s"'<>)\]]*)/gim;

/** A share button linking to the page itself with the service in a parameter, as Jetpack's do: the page's address before it. */
const OWN_SHARE_LINK = /(?:href\s*=\s*["']|\]\()(https?:\/\/[^\s"'<>()[\]?#]+)\?share=[\w-]+(?:&(?:amp;)?nb=1)?["')]/gi;

/** A query parameter's value decoded ("+" a space), or '' when its escapes are broken. */
function decodedParameter(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/**
 * The address a page's share buttons carry ("facebook.com/sharer.php?u=https%3A%2F%2F…", "mailto:?body=… https://…"),
 * the one most of them agree on: where a page states its address nowhere else (no canonical link, no og:url). In a saved
 * page's markup, or in a conversion's Markdown links ("[Facebook](https://www.facebook.com/sharer/sharer.php?u=…)").
 */
export function sharedAddress(html: string): string {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(SHARE_LINK)) {
    const link = (m[1] ?? '').replace(/&amp;/g, '&');
    const query = link.slice(link.indexOf('?') + 1);
    let address = '';
    for (const pair of query.split('&')) {
      const equals = pair.indexOf('=');
      if (equals < 0) continue;
      if (!/^(?:u|url|body)$/i.test(pair.slice(0, equals))) continue;
      address = /https?:\/\/[^\s"'<>]+/.exec(decodedParameter(pair.slice(equals + 1)))?.[0] ?? '';
      if (address !== '') break;
    }
    address = httpUrl(address);
    if (address !== '' && !/^https?:\/\/(?:www\.)?(?:facebook|twitter|x|linkedin|reddit|pinterest)\.com\//i.test(address)) counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  // WordPress's Jetpack shares the page at its own address: "https://…/creators-urged-to-diversify/?share=facebook".
  for (const m of html.matchAll(OWN_SHARE_LINK)) {
    const address = httpUrl((m[1] ?? '').replace(/&amp;/g, '&'));
    if (address !== '') counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * "This article is issued from <a href="https://en.wikinews.org/wiki/…?oldid=4789215">Wikinews</a>": the footer an offline
 * copy of a wiki (Kiwix, built by mwoffliner) sets under each article, naming the wiki and the page it was taken from.
 * The revision it names is that copy's; the page is the article.
 */
const ISSUED_FROM = /\bThis (?:article|page) is issued from\s*<a\b[^>]*?\bhref="(https?:\/\/[^"]+)"[^>]*>([^<]{1,60})<\/a>/i;

function issuedFrom(html: string): { url: string; site: string } {
  const m = ISSUED_FROM.exec(html);
  return m === null ? { url: '', site: '' } : { url: httpUrl((m[1] ?? '').replace(/&amp;/g, '&').replace(/[?&]oldid=\d+$/, '')), site: normalizeLine(m[2] ?? '') };
}

/**
 * The longest text in a box of the page (see HtmlPage.boxedText), read before anything rearranges the DOM. (A comment
 * form's box is empty; one that holds most of the page's words, read-only or not, holds the document.)
 */
function longestBoxedText(document: Document): string {
  const boxes = Array.from(document.querySelectorAll('textarea')).map((box) => box.textContent ?? '');
  return boxes.sort((a, b) => countWords(b) - countWords(a))[0] ?? '';
}

/** "<!-- saved from url=(0062)https://… -->": the address a browser's "Save page as" notes at the top of the file. */
function savedFrom(html: string): string {
  const m = /^\s*(?:<!doctype[^>]*>\s*)?(?:<html[^>]*>\s*)?<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 3000));
  return httpUrl(m?.[1] ?? '');
}

/**
 * "RSU_MediaLog_Jan2025", "Smoker_Feb2025", "KFPL_AnnualReport_FY25_web_spreads": the <title> an office program writes
 * when it saves a document as a web page is the document's file name, no headline.
 */
const FILE_NAME_TITLE = /^[\p{L}\p{N}().-]*_[\p{L}\p{N}_().-]*$/u;

/**
 * "Headline | by Priya N. | Jan, 2025 | Medium": the <title> tag often names
 * the author ("by …") and ends with the site's name.
 */
function readTitleTag(titleTag: string, metaHeadline = ''): { headline: string; author: string; site: string } {
  if (FILE_NAME_TITLE.test(titleTag)) return { headline: '', author: '', site: '' };
  // "Dana Okafor: "What RedNote's privacy policy actually says, in plain English. I read both…" — Bluesky": a social
  // post's <title> quotes the post after its writer's name; its first sentence is the post's headline.
  const quoted = QUOTED_POST.exec(titleTag);
  if (quoted && isPersonName(quoted[1] ?? '')) {
    const sentence = /^(.{12,}?[.!?])\s/.exec(quoted[2] ?? '')?.[1] ?? '';
    if (sentence !== '') return { headline: sentence.replace(/[.]$/, ''), author: quoted[1] ?? '', site: quoted[3] ?? '' };
  }
  // "The Nassau Clarion » Headline » Print": a part naming the view of the page (a print plugin's, an AMP copy's) names no site.
  const all = titleParts(titleTag);
  const parts = all.filter((p, i) => i === 0 || i < all.length - 1 || !PAGE_VIEW.test(p));
  const headline = headlineCore(titleTag) ?? '';
  const byPart = parts.find((p) => /^by\s+\S/i.test(p));
  // "Marisol Vega (@marisol.reports) on Threads": a social post's title names who posted it.
  const poster = POSTED_ON_PLATFORM.exec(titleTag)?.[1]?.replace(/\s*\(@[^()]+\)$/, '') ?? '';
  const author = byPart ? parseByline(byPart).author : poster;
  const last = parts.length > 1 ? (parts.at(-1) ?? '') : '';
  const first = parts.length > 1 ? (parts[0] ?? '') : '';
  const siteShaped = (part: string) => part !== headline && !/^by\s/i.test(part) && findDate(part) === null && !isIssueDate(part) && part.split(/\s+/).length <= 4;
  // "Headline | Site", or a journal's "Site — Headline" where the headline (og:title's) closes the tag.
  // (A print view's "Site » Headline » Print" sets the site first too: its headline closes the tag once "Print" is off.)
  const closes = (metaHeadline !== '' && comparable(last) === comparable(metaHeadline)) || (parts.length < all.length && last === headline);
  // ("Lander Lions Club - News": a section named last leaves the site first.)
  // (A Chinese organisation's full name runs longer, "臺北市福安計程車運輸合作社": thirteen characters.)
  const siteLength = /^[\p{Script=Han}（）()·]+$/u.test(first) ? first.length <= MAX_HAN_SITE_NAME_CHARACTERS : countWords(first) <= MAX_SITE_NAME_WORDS;
  const site = SECTION_ONLY.test(last) && siteLength && findDate(first) === null ? first : siteShaped(last) && comparable(last) !== comparable(metaHeadline) ? last : closes && siteShaped(first) ? first : '';
  // ("禾苗托育官网": a Chinese site names itself "official site" after the name.)
  return { headline, author, site: site.replace(OFFICIAL_SITE, '') };
}
const OFFICIAL_SITE = /(?<=\p{Script=Han}{2})(?:官方网站|官方網站|官网|官網)$/u;

/** What parts the masthead from the headline after it: a colon, or a title's separator ("Yangtze Teachers Forum • …"). */
const MASTHEAD_SEPARATOR = new RegExp(`^(?::\\s+|${TITLE_SEPARATOR.source})`);

/**
 * "Bytes & Pieces: Sixty-one years old and learning Mandarin…" where the page's <h1> is "Bytes & Pieces": a blog's
 * <title> that sets its masthead before the post's headline, with a colon or a separator. The masthead (a short name,
 * as the <h1> prints it) is the site; what follows is the headline.
 */
function mastheadFirst(fromTag: { headline: string; author: string; site: string }, titleTag: string, h1: string): { headline: string; author: string; site: string } {
  const tag = normalizeLine(titleTag);
  if (h1 === '' || countWords(h1) > MAX_SITE_NAME_WORDS || !tag.startsWith(h1)) return fromTag;
  const separator = MASTHEAD_SEPARATOR.exec(tag.slice(h1.length));
  if (separator === null) return fromTag;
  const rest = tag.slice(h1.length + separator[0].length).trim();
  if (countWords(rest) < MIN_HEADLINE_WORDS) return fromTag;
  return { ...fromTag, headline: headlineCore(rest) ?? rest, site: fromTag.site !== '' ? fromTag.site : h1 };
}

/** The view of a page a <title> may end with: "Print", "Printer-friendly version", "AMP". */
const PAGE_VIEW = /^(?:print(?:er[- ]friendly)?(?:\s+(?:version|view|page|article|preview))?|amp|amp version|mobile(?: version)?|reader view)$/i;

/** A social post's <title>: its writer's name, the post quoted (cut short), the platform. */
const QUOTED_POST = /^(.{2,60}?):\s+["“](.{12,}?)(?:…|\.\.\.)?["”]\s*(?:[—–|-]\s*(\S.{0,30}))?$/u;
/** A social profile's card for a post, as og:title gives it: "Dana Okafor (@danaokafor.bsky.social)". The poster, no headline. */
const POSTER_CARD = /^(.{2,60}?)\s+\(@[\w.-]+\)$/u;

/**
 * The headline: the page's headline field, else og:title; but an og:title
 * written for sharing ("Americans Fled TikTok For RedNote And Honestly? It
 * Was Adorable") gives way to the headline the page prints in both its
 * <title> and its <h1>.
 */
function pageTitle(head: PageMetadata & { titleFromHeadline: boolean; titleTag?: string }, tagHeadline: string, h1: string, readability: string, site = '', onlyH1 = false): string {
  // A page's one <h1> is the headline its readers see: where the headline field, og:title or the <title> word it otherwise
  // (for sharing, for search engines: "What is RedNote? TikTok ban explained" over "RedNote, TikTok and the ban: Your
  // questions answered"), the printed one is quoted. Not when it is the site's name (a blog's masthead set as its <h1>).
  // An <h1> and a <title> that open alike and part after a colon ("GLOB 105-02: Global Media and Society" over "GLOB
  // 105-02: Week 2 reading: What the RedNote migration tells us…"): the <h1> names the section (a course, a forum) the
  // page sits in, and the <title> goes on to the page's own headline.
  const label = sharedLabel(h1, tagHeadline);
  if (head.title === '' && label !== '' && countWords(tagHeadline.slice(label.length)) >= MIN_HEADLINE_WORDS) return tagHeadline.slice(label.length);
  // "Chapter 3 The ban weekend | Rapid Response Field Report: The RedNote Migration" over an <h1> printing the second part
  // alone (a bookdown chapter's toolbar, a phpBB board's name over its topic): that part is the site's name, and the
  // first the headline, even where that <h1> is the page's only one.
  const titled = head.title !== '' ? head.title : tagHeadline;
  const headParts = titled === '' ? [] : titleParts(titled);
  if (headParts.length === 2 && h1 !== '' && comparable(headParts[1] ?? '') === comparable(h1) && countWords(headParts[0] ?? '') >= MIN_HEADLINE_WORDS) return headParts[0] ?? '';
  if (onlyH1 && countWords(h1) >= MIN_HEADLINE_WORDS && (site === '' || comparable(h1) !== comparable(site))) return withoutLabel(h1, head.title);
  // The same words printed in the <h1> are the page's own typography (“curly” quotes where the meta tag has straight ones).
  if (head.title !== '' && h1 !== '' && comparable(h1) === comparable(head.title)) return h1;
  if (head.title !== '' && (head.titleFromHeadline || h1 === '' || comparable(tagHeadline) !== comparable(h1))) return head.title;
  if (head.title !== '') return h1;
  // "Formosa Ledger English | Society": a <title> that names only the site and its section leaves the headline to the <h1>.
  const siteKey = comparable(site);
  if (h1 !== '' && siteKey !== '' && comparable(tagHeadline).includes(siteKey)) return h1;
  // "RedNote Exodus | Hollowmere Wiki | Fandom" over the <h1> "RedNote Exodus": a short headline the <title> opens with,
  // then the wiki's and the platform's names. The <h1> printing the first part alone says where the headline ends.
  const tagParts = titleParts(head.titleTag ?? '');
  if (tagHeadline === '' && h1 !== '' && tagParts.length >= 3 && comparable(tagParts[0] ?? '') === comparable(h1)) return h1;
  return tagHeadline !== '' ? tagHeadline : FILE_NAME_TITLE.test(readability) ? '' : readability;
}

/** The opening two texts share up to and with a colon ("GLOB 105-02: "), when they go on differently; '' when none. */
function sharedLabel(a: string, b: string): string {
  let end = 0;
  while (end < a.length && end < b.length && a[end] === b[end]) end++;
  const colon = a.lastIndexOf(': ', end - 1);
  return colon > 0 && end < a.length && end < b.length ? a.slice(0, colon + 2) : '';
}

/** The most words of a label a forum or a CMS prints before a headline in its <h1> ("Guide", "Solved", "Sponsored"). */
const MAX_LABEL_WORDS = 2;

/**
 * The <h1> without the label set before the headline ("Guide What the RedNote wave looks like…" where og:title and the
 * <title> say "What the RedNote wave looks like…"): the words the metadata's headline leaves out, when only those.
 */
function withoutLabel(h1: string, title: string): string {
  const extra = countWords(h1) - countWords(title);
  if (title === '' || extra < 1 || extra > MAX_LABEL_WORDS) return h1;
  // (The label may end in a separator, no word of its own: "CO25014 | RedNote’s American Surge …".)
  const rest = h1.split(/\s+/).slice(extra).join(' ').replace(/^[|:·•–—-]\s+/, '');
  // "Vanuatu kava videos win …" over og:title's "Kava videos win …": the word after it in lower case says the first
  // word opens the headline's sentence, which the sharing title rewrote; a label stands apart ("Guide What the …").
  if (/^\p{Ll}/u.test(rest) && /^\p{Lu}/u.test(title)) return h1;
  return comparable(rest) === comparable(title) ? rest : h1;
}

/** Blocks Readability left out between two it kept: at most this many in one gap are put back. */
const MAX_RESTORED_GAP = 12;
/** jusText's threshold: a block more than half links is navigation, never put back. */
const MAX_RESTORED_LINK_SHARE = 0.5;

/**
 * Readability drops a block whose link density or class looks like
 * furniture, and with it some of the article: a section heading beside its
 * wiki "[edit]" link, a "Key takeaways" box. Whatever it dropped between the
 * headline and the last block it kept, inside the article's span, is put
 * back in page order; the line cleaner then judges every block by its shape,
 * as it does a text scrape's. Blocks before the headline or after the
 * article's end stay out.
 */
export function restoreDropped(kept: readonly Block[], whole: readonly Block[], title: string): Block[] {
  // A table of contents repeats the headings as links: a heading matches a heading only.
  const keyOf = (b: Block) => `${b.heading === true ? 'h' : 'p'}${b.text}`;
  const positions = new Map<string, number[]>();
  whole.forEach((b, j) => {
    const list = positions.get(keyOf(b));
    if (list) list.push(j);
    else positions.set(keyOf(b), [j]);
  });
  const at: number[] = [];
  let from = 0;
  for (const block of kept) {
    const found = positions.get(keyOf(block))?.find((j) => j >= from) ?? -1;
    at.push(found);
    if (found >= 0) from = found + 1;
  }
  const matched = at.filter((i) => i >= 0);
  if (matched.length === 0 || matched.length < kept.length / 2) return [...kept];
  const titleKey = comparable(title);
  const headline = titleKey === '' ? -1 : whole.findIndex((b, j) => j < (matched[0] ?? 0) && b.heading === true && comparable(b.text) === titleKey);
  const out: Block[] = [];
  let previous = headline >= 0 ? headline : (matched[0] ?? 0) - 1;
  kept.forEach((block, k) => {
    const j = at[k] ?? -1;
    if (j > previous + 1 && j - previous - 1 <= MAX_RESTORED_GAP) out.push(...worthRestoring(whole.slice(previous + 1, j), block));
    if (j >= 0) previous = j;
    out.push(block);
  });
  const updates = laterUpdates(whole, previous);
  // The stamps go with their records: each is the page's furniture, not a heading over the text after it.
  return updates.length > 0 ? [...out.slice(0, -1), ...updates] : out;
}

/**
 * A thread's replies, cut where the page shows them begin (Readability drops the writer's post headers, links all, and
 * keeps the repliers'): the blocks from the first reply's header on go.
 */
function withoutReplies(blocks: Block[], page: readonly Block[]): Block[] {
  const start = threadRepliesStart(page.map((b) => b.text));
  if (start < 0) return blocks;
  const header = page[start]?.text;
  const at = blocks.findIndex((b, i) => b.text === header && blocks[i + 1]?.text === page[start + 1]?.text);
  return at < 0 ? blocks : blocks.slice(0, at);
}

/**
 * An FAQ's answers sit in panels the page hides until their question is clicked ("<h3><button aria-expanded="false"
 * aria-controls="faq-panel-2">…</button></h3>" over "<div id="faq-panel-2" hidden>"): a reader who opens them reads
 * them, and so do we. Only a panel a heading's button controls, holding a paragraph of prose, is opened; a menu's
 * toggle (a button outside any heading) opens nothing.
 */
function openAccordions(document: Document): void {
  for (const trigger of Array.from(document.querySelectorAll('[aria-controls][aria-expanded]'))) {
    if (trigger.parentElement === null || !/^H[2-6]$|^DT$|^SUMMARY$/.test(trigger.parentElement.tagName.toUpperCase())) continue;
    for (const id of (trigger.getAttribute('aria-controls') ?? '').split(/\s+/)) {
      const panel = id === '' ? null : document.querySelector(`[id="${id.replace(/"/g, '')}"]`);
      if (!panel || !Array.from(panel.querySelectorAll('p')).some((p) => countWords(p.textContent ?? '') >= MIN_OPENING_WORDS)) continue;
      panel.removeAttribute('hidden');
      panel.removeAttribute('aria-hidden');
      const style = panel.getAttribute('style');
      if (style !== null) panel.setAttribute('style', style.replace(HIDDEN_STYLE, ''));
    }
  }
}

/** A line stamping an update: a date or a relative time in a few words ("Posted 6 days ago. Jan 21, 2025 - 16:02 PST"). */
const MAX_STAMP_WORDS = 12;
/** An update's label over its text ("Resolved", "Monitoring", "Update"). */
const MAX_UPDATE_LABEL_WORDS = 3;

function isStamp(block: Block | undefined): boolean {
  return block !== undefined && countWords(block.text) <= MAX_STAMP_WORDS && (findDate(block.text) !== null || isRelativeStamp(block.text));
}

/**
 * A page of dated updates (a status page's incident, a live blog, a changelog) is one record after another, each its
 * label, its text and its stamp. Readability keeps one record, the longest, and the others are the same article's
 * earlier updates: when the last block kept is such a stamp, the records after it that are stamped alike (the same
 * first word: "Posted …") are read too, their text without their labels, as long as the pattern holds. A list of
 * teasers or comments under an article ends on no stamp of the article's own shape.
 */
function laterUpdates(whole: readonly Block[], last: number): Block[] {
  const stamp = whole[last];
  if (!isStamp(stamp)) return [];
  const firstWord = (b: Block | undefined) => (b?.text.split(/\s+/)[0] ?? '').toLowerCase();
  const restored: Block[] = [];
  let i = last + 1;
  for (;;) {
    let j = i;
    const label = whole[j];
    if (label && !restorableProse(label) && !isStamp(label) && countWords(label.text) <= MAX_UPDATE_LABEL_WORDS) j++;
    const text: Block[] = [];
    while (restorableProse(whole[j])) text.push(whole[j++] as Block);
    if (text.length === 0 || !isStamp(whole[j]) || firstWord(whole[j]) !== firstWord(stamp)) return restored;
    restored.push(...text);
    i = j + 1;
  }
}

/** A block Readability dropped that reads as the article's text: a sentence of prose, no heading, mostly not a link. */
function restorableProse(b: Block | undefined): boolean {
  return b !== undefined && b.heading !== true && (b.linkShare ?? 0) <= MAX_RESTORED_LINK_SHARE && isProseLine(b.text);
}

/**
 * Of the blocks in a gap, those that read as the article: prose (a paragraph
 * or a list item that is a sentence), and a heading with such a block, or
 * the kept block after the gap, under it. Short furniture (a time stamp, a
 * share button) stays out: between a heading and its paragraph it would
 * part them.
 */
function worthRestoring(gap: readonly Block[], next: Block): Block[] {
  // (A gap that opens the comments, "2 comments" over readers' words, before a box Readability kept further down, a
  // shop's "Gear from this post": the article has ended at the marker, and nothing after it is put back. The marker
  // itself is, where it would be, so that the cleaner sees where the article ends.)
  const marker = gap.findIndex((b) => isTailMarker(b.text));
  const end = marker < 0 ? gap.length : marker + 1;
  return gap.filter((b, i) => {
    if (i >= end) return false;
    if (b.heading === true) return junkRule(b.text) === null && (restorableProse(gap[i + 1]) || (i === gap.length - 1 && next.heading !== true));
    return restorableProse(b);
  });
}

/**
 * A tag before <head> (a site mirror's "<!-- Added by HTTrack --><meta …>") makes the DOM parser open a head and a body
 * of its own: the page's real head and body follow them as siblings, and the document's body is the empty one. Such a
 * <meta> says only what the page's own head says (its character set), and goes.
 */
function withoutMetaBeforeHead(html: string): string {
  return html.replace(/(<html\b[^>]*>)((?:(?!<body\b)[\s\S]){0,2000}?)(<head\b)/i, (_, open: string, between: string, head: string) => open + between.replace(/<meta\b[^>]*>/gi, '') + head);
}

/** Never throws: a page the DOM cannot be built from is read as a text scrape (its tags stripped). */
export function readHtml(html: string): HtmlPage {
  try {
    // linkedom needs a root element: a fragment is wrapped in one.
    return readPage(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  } catch {
    const blocks = textBlocks(html);
    return { blocks, pageBlocks: blocks, meta: { title: '', author: '', date: '', publisher: '', url: '' } };
  }
}

/**
 * "<a>Jane Doe</a><span>Senior Reporter</span>": two fields of a page's meta written side by side with nothing between
 * them read as "Jane DoeSenior Reporter". A space goes between two elements that touch where both sides are words.
 */
function separateGluedFields(root: Element | null): void {
  if (!root) return;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const next = element.nextSibling;
    if (next === null || next.nodeType !== 1) continue;
    // (Two blocks, "<p>Tamsin Okafor</p><p>Communications Director, …</p>", are two lines: a byline read as one text keeps its fields apart.)
    const blocks = BLOCK.has(element.tagName) && BLOCK.has((next as Element).tagName);
    if (/[\p{L}\p{N}.)]/u.test(edgeCharacter(element, true)) && /[\p{L}\p{N}(]/u.test(edgeCharacter(next, false))) element.after(element.ownerDocument.createTextNode(blocks ? '\n' : ' '));
  }
}

/** The last (or first) character of a node's text, found without reading the whole text of a large container. */
function edgeCharacter(node: Node, last: boolean): string {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    return (last ? text.at(-1) : text[0]) ?? '';
  }
  if (node.nodeType !== 1) return '';
  const children = node.childNodes;
  for (let k = 0; k < children.length; k++) {
    const child = children[last ? children.length - 1 - k : k];
    const found = child ? edgeCharacter(child, last) : '';
    if (found !== '') return found;
  }
  return '';
}

/** Attributes in which a page keeps the full date a relative stamp stands for (a tooltip's, an accessible label's). */
const DATE_ATTRIBUTES = ['datetime', 'title', 'data-tippy-content', 'data-tooltip', 'aria-label'];

/**
 * "6 days ago" was true when the page was saved; its element often keeps the date in a tooltip ("Thursday, January 23rd
 * 2025, 4:51:38 AM"). The stamp reads as that date (an edit's tooltip, "Edited …", is left as it is).
 */
function datesBehindRelativeStamps(document: Document): void {
  for (const element of Array.from(document.querySelectorAll('[title], [data-tippy-content], [data-tooltip], [aria-label], time[datetime]'))) {
    const text = (element.textContent ?? '').trim();
    if (text === '' || text.length > 40 || !isRelativeStamp(text)) continue;
    for (const name of DATE_ATTRIBUTES) {
      const value = (element.getAttribute(name) ?? '').trim();
      if (value === '' || /^edited\b/i.test(value)) continue;
      const found = findDate(value);
      if (found === null) continue;
      element.textContent = value.slice(found.start, found.end);
      break;
    }
  }
}

/** The most words of a caption set as a centred paragraph under its picture. */
const MAX_STYLED_CAPTION_WORDS = 30;

/**
 * A pull quote (WordPress's "wp-block-pullquote", a theme's "pullquote" or "pull-quote"): a sentence of the story, or a
 * quote reworded from it, printed again large as a display; never the story's own text.
 */
const PULL_QUOTE_CLASS = /(?:^|[\s_-])pull-?quote(?:$|[\s_-])/i;

function removePullQuotes(document: Document): void {
  for (const element of Array.from(document.querySelectorAll('[class]'))) {
    if (PULL_QUOTE_CLASS.test(element.getAttribute('class') ?? '')) element.remove();
  }
}

/**
 * A caption without a class or <figcaption>: a short centred paragraph straight under a paragraph that holds only a
 * picture (a school's or a government's CMS: <p><img></p><p style="text-align:center">Club president … (right) …</p>),
 * or one set wholly in italics (a shop's blog editor: <p><img></p><p><em>Renata's shark video, screenshot taken …</em></p>).
 */
function removeStyledCaptions(document: Document): void {
  for (const image of Array.from(document.querySelectorAll('img'))) {
    const frame = image.parentElement;
    if (frame === null || (frame.textContent ?? '').trim() !== '' || frame.querySelectorAll('img').length !== 1) continue;
    const next = frame.nextElementSibling;
    if (next === null || next.querySelector('img') !== null) continue;
    const styles = [next, ...Array.from(next.querySelectorAll('[style]'))].map((e) => e.getAttribute('style') ?? '').join(';');
    const words = countWords((next.textContent ?? '').trim());
    const italic = next.children.length === 1 && /^(?:EM|I)$/i.test(next.children[0]?.tagName ?? '') && (next.children[0]?.textContent ?? '').trim() === (next.textContent ?? '').trim();
    if ((/text-align\s*:\s*center/i.test(styles) || italic) && words > 0 && words <= MAX_STYLED_CAPTION_WORDS) next.remove();
  }
}

/** A line of a PDF drawn as HTML (a document host's viewer, PDF.js's text layer): its place on the page, in its style. */
const POSITIONED_TOP = /(?:^|;)\s*top\s*:\s*(-?\d+(?:\.\d+)?)(?:px|pt)/i;
/** Lines a page needs before it counts as one drawn line by line. */
const MIN_POSITIONED_LINES = 8;
/** A gap between two lines this many times the page's usual line spacing (or more) parts two paragraphs. */
const PARAGRAPH_GAP = 1.4;
/** Class names and styles that set a line's type: a change of type parts a heading from its paragraph. */
const TYPE_CLASS = /^(?:ff|fs|fc|fw)\w*$/;
const TYPE_STYLE = /font-(?:family|size|weight|style)\s*:\s*[^;]+/gi;

/**
 * A PDF shown as HTML sets every printed line in an element of its own, placed on the page by its style
 * (<span style="left: 81px; top: 283px">…an estimated 3.4</span>): read as one paragraph per block of lines, parted
 * where the gap between lines widens or the type changes (a subheading, a caption), as the page shows them.
 */
function joinPositionedLines(document: Document): void {
  // (A line's words may sit in a span of their own type: PyMuPDF's <p style="top:48pt"><span style="font-…">…</span></p>.)
  const positioned = (e: Element) => POSITIONED_TOP.test(e.getAttribute('style') ?? '');
  const isLine = (e: Element) => positioned(e) && /\S/.test(e.textContent ?? '') && !Array.from(e.querySelectorAll('[style]')).some(positioned);
  const pages = new Set<Element>();
  for (const element of Array.from(document.querySelectorAll('[style]'))) if (element.parentElement && isLine(element)) pages.add(element.parentElement);
  for (const page of pages) {
    const lines = Array.from(page.children).filter(isLine);
    if (lines.length < MIN_POSITIONED_LINES) continue;
    const tops = lines.map((l) => Number(POSITIONED_TOP.exec(l.getAttribute('style') ?? '')?.[1] ?? 0));
    const gaps = tops.slice(1).map((t, i) => t - (tops[i] ?? 0)).filter((g) => g > 0).sort((a, b) => a - b);
    const spacing = gaps[Math.floor(gaps.length / 2)] ?? 0;
    const type = (e: Element) =>
      [e, ...Array.from(e.querySelectorAll('[style], [class]'))].flatMap((part) => [...(part.getAttribute('class') ?? '').split(/\s+/).filter((c) => TYPE_CLASS.test(c)), ...((part.getAttribute('style') ?? '').match(TYPE_STYLE) ?? [])]).join(' ');
    // An element may hold a text box of several printed lines, parted by <br> (pdfminer's pdf2txt -t html): a paragraph of its own.
    const printed = lines.map((line) => {
      const copy = line.cloneNode(true);
      for (const br of Array.from(copy.querySelectorAll('br'))) {
        br.after(document.createTextNode('\n'));
        br.remove();
      }
      return (copy.textContent ?? '').split('\n').map(normalizeLine).filter((l) => l !== '');
    });
    const isBox = (i: number) => (printed[i]?.length ?? 0) > 1;
    const paragraphs: string[][] = [];
    lines.forEach((line, i) => {
      const gap = (tops[i] ?? 0) - (tops[i - 1] ?? Number.NaN);
      // (A bullet opens an item of its own.)
      const continues =
        i > 0 && !isBox(i) && !isBox(i - 1) && type(line) === type(lines[i - 1] as Element) && gap > 0 && gap <= spacing * PARAGRAPH_GAP && !/^[•▪‣◦●]\s/u.test(line.textContent?.trim() ?? '');
      if (!continues) paragraphs.push([]);
      paragraphs.at(-1)?.push(...(printed[i] ?? []));
    });
    const first = lines[0] as Element;
    for (const text of joinPrintedLines(paragraphs)) {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      page.insertBefore(paragraph, first);
    }
    for (const line of lines) line.remove();
  }
}

/**
 * "<bc-attachment content-type="application/vnd.basecamp.mention"><figure><img alt="Rawiri Ngata"><figcaption>Rawiri
 * </figcaption></figure></bc-attachment> is writing…": a rich-text editor's @mention of a person, drawn as an avatar and
 * a caption, is a word of its sentence. It is read as the name it shows, before captions and figures are taken out.
 */
function mentionsAsNames(document: Document): void {
  for (const mention of Array.from(document.querySelectorAll('[content-type*="mention"], [data-mention], [data-mention-id]'))) {
    const name = (mention.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (name === '' || countWords(name) > MAX_MENTION_WORDS) continue;
    mention.after(document.createTextNode(name));
    mention.remove();
  }
}

/** What a translation extension adds beside the page's own text. */
const TRANSLATION_LAYER = '.immersive-translate-target-wrapper, [data-immersive-translate-translation-element-mark]';

/** A mention shows a name: a few words at most. */
const MAX_MENTION_WORDS = 4;

/**
 * A heading set in lines by <br> ("San Gabriel Valley Sun" / "FOOD & DINING" / "RedNote newcomers" / "line up for the" /
 * "dumplings they" / "saw in their feeds"): a line in lower case carries on the one before, and the headline is the
 * longest run so joined; the outlet's and the section's lines over it are labels. A heading without breaks is its text.
 */
function stackedHeadline(heading: Element | undefined): string {
  if (heading === undefined) return '';
  if (heading.querySelector('br') === null) return heading.textContent ?? '';
  const parts = [''];
  const visit = (node: Node) => {
    if (node.nodeType === 3) parts[parts.length - 1] += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR') parts.push('');
    else if (node.nodeType === 1) for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(heading);
  const lines = parts.map((part) => normalizeLine(part)).filter((l) => l !== '');
  const runs: string[] = [];
  for (const line of lines) {
    if (runs.length > 0 && /^[‘'"“]?\p{Ll}/u.test(line)) runs[runs.length - 1] += ` ${line}`;
    else runs.push(line);
  }
  // (A line of the post's stamps set in the heading under a break is no headline, however many words it has: "2025-01-21
  // 14:35:12 来源：本報 作者：Wendy Lau 评论：2".)
  const named = runs.filter((run) => junkRule(run) === null);
  return (named.length > 0 ? named : runs).reduce((a, b) => (countWords(b) > countWords(a) ? b : a), '');
}

/** A rule of the page's own style sheet that hides what a class names: ".pre{display:none;…}". */
const HIDING_RULE = /([^{}]+)\{([^{}]*)\}/g;
/** A selector naming a class alone (perhaps on an element): ".preheader", "div.pre". */
const CLASS_SELECTOR = /^[a-z]*\.([\w-]+)$/i;

/**
 * Elements the page's own style sheet hides by class, as a browser never shows them: an e-mail's preview text
 * (".preheader{display:none}", read by the inbox as the line beside the subject), a template's unused blocks. Rules
 * inside @media and other at-rules hide for one screen or for print only, and are not read.
 */
function removeHiddenByStyleSheet(document: Document): void {
  const hidden = new Set<string>();
  for (const style of Array.from(document.querySelectorAll('style'))) {
    let css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    // At-rules with blocks of rules inside, innermost first, until none is left.
    for (let before = ''; before !== css; ) {
      before = css;
      css = css.replace(/@[\w-]+[^{}]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
    }
    for (const m of css.matchAll(HIDING_RULE)) {
      if (!HIDDEN_STYLE.test(m[2] ?? '')) continue;
      for (const selector of (m[1] ?? '').split(',')) {
        const name = CLASS_SELECTOR.exec(selector.trim())?.[1];
        if (name !== undefined) hidden.add(name);
      }
    }
  }
  if (hidden.size === 0) return;
  // (Not a panel a button opens, an accordion's answer or a "read more" box's text: the page's script shows it, and a
  // reader who clicks reads it. A preview line is short; hidden prose of some length is such a panel.)
  const controlled = new Set(Array.from(document.querySelectorAll('[aria-controls]')).flatMap((b) => (b.getAttribute('aria-controls') ?? '').split(/\s+/)));
  for (const element of Array.from(document.querySelectorAll('[class]'))) {
    const names = (element.getAttribute('class') ?? '').split(/\s+/);
    if (!names.some((name) => hidden.has(name)) || controlled.has(element.getAttribute('id') ?? '')) continue;
    if (countWords(element.textContent ?? '') <= MAX_HIDDEN_PREVIEW_WORDS) element.remove();
  }
}

/** An e-mail's hidden preview line is a sentence or two; hidden text longer than this is a panel the page opens. */
const MAX_HIDDEN_PREVIEW_WORDS = 40;

/**
 * A page whose script shows its story once it has loaded, the story's box saved still hidden (a WeChat article's
 * `<div id="js_content" style="visibility: hidden;">`): a reader sees it, so it is read. Only a box holding most of the
 * page's words is revealed; a hidden line or panel of a few words stays hidden.
 */
function revealScriptShownContent(document: Document): void {
  const hidden = Array.from(document.querySelectorAll('[style]')).filter((element) => SCRIPT_HIDDEN.test(element.getAttribute('style') ?? ''));
  if (hidden.length === 0) return;
  const total = countWords(document.querySelector('body')?.textContent ?? '');
  for (const element of hidden) {
    if (countWords(element.textContent ?? '') < MIN_REVEALED_SHARE * total) continue;
    element.setAttribute('style', (element.getAttribute('style') ?? '').replace(SCRIPT_HIDDEN, ';'));
  }
}

/** An inline style's "visibility: hidden", which a page's script lifts once it has loaded. */
const SCRIPT_HIDDEN = /(?:^|;)\s*visibility\s*:\s*hidden\s*;?/i;

/** The share of a page's words a hidden box must hold to be its story, shown by the page's script. */
const MIN_REVEALED_SHARE = 0.5;

function readPage(html: string): HtmlPage {
  const { document } = parseHTML(withoutMetaBeforeHead(html)) as unknown as { document: Document };
  const boxed = longestBoxedText(document);
  // A page saved while a bilingual-reading extension showed each line's translation under it: the translation is the
  // extension's, not the page's (Immersive Translate, the commonest, marks what it adds).
  for (const added of Array.from(document.querySelectorAll(TRANSLATION_LAYER))) added.remove();
  joinPositionedLines(document);
  revealScriptShownContent(document);
  removeHiddenByStyleSheet(document);
  // An icon font's glyph is written as its name ("<i class="material-icons">create</i>" draws a pencil): no word of the page.
  for (const icon of Array.from(document.querySelectorAll('i[class], span[class]'))) if (ICON_FONT_CLASS.test(icon.getAttribute('class') ?? '')) icon.remove();
  mentionsAsNames(document);
  const head = pageMetadata(document);
  // og:title naming only who posted ("Dana Okafor (@danaokafor.bsky.social)") is no headline.
  if (POSTER_CARD.test(head.title)) head.title = '';
  separateGluedFields(document.body);
  datesBehindRelativeStamps(document);
  openAccordions(document);
  // Readability rearranges the DOM it is given: the whole page is read first.
  const pageBlocks = domBlocks(document.body, new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', ...AMP_FURNITURE]));
  // Captions and credits marked up by class go before anything reads the page (Readability drops class names from what it keeps).
  const holders = articleHolders(document);
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    // A class saying what state a container is in ("has-header-ad", "is-video-open") names no furniture; nor does any
    // class on a container holding the article itself (a theme's <body class="… has-header-ad …"> holds all of it).
    if (holders.has(element)) continue;
    const names = (element.getAttribute('class') ?? '').split(/\s+/).filter((name) => !STATE_CLASS.test(name)).join(' ');
    const id = element.getAttribute('id') ?? '';
    // (A photo essay tells its story in paragraphs classed as captions: a caption of a paragraph's length is the text.)
    const essay = (CAPTION_CLASS.test(names) || CAMEL_CAPTION_CLASS.test(names)) && element.querySelector('p') !== null && countWords(element.textContent ?? '') >= MIN_ESSAY_CAPTION_WORDS;
    if (essay) continue;
    // (Nor are a video's captions inside its transcript, "caption-group" / "caption-cue": they are what was said.)
    if (CAPTION_CLASS.test(names) && element.closest(TRANSCRIPT) !== null) continue;
    // (Nor is a writer's credit, "Notes by Tamika Ruelas · Edited by …", classed "credits" like a photo's: it is the byline.)
    if (CAPTION_CLASS.test(names) && isBylineLine(normalizeLine(element.textContent ?? '')) && !PICTURE_CREDIT.test(element.textContent ?? '')) continue;
    if ([CAPTION_CLASS, CAMEL_CAPTION_CLASS, SOCIAL_EMBED_CLASS, CODE_CELL_CLASS, PROMO_CLASS, AD_CLASS, VIDEO_CLASS].some((furniture) => furniture.test(names)) || AD_CLASS.test(id)) element.remove();
  }
  for (const pre of Array.from(document.querySelectorAll('pre'))) {
    const frame = `${pre.getAttribute('class') ?? ''} ${pre.parentElement?.getAttribute('class') ?? ''} ${pre.querySelector('code')?.getAttribute('class') ?? ''}`;
    if (CODE_LISTING_CLASS.test(frame)) pre.remove();
  }
  removeStyledCaptions(document);
  removePullQuotes(document);
  const wholeBody = document.body?.cloneNode(true) as Element | null;
  // (An <h1> the page hides, "<h1 hidden>Site name</h1>" for search engines, is none a reader sees.)
  const h1s = Array.from(document.querySelectorAll('h1')).filter((h) => h.getAttribute('hidden') === null && h.getAttribute('aria-hidden') !== 'true' && !HIDDEN_STYLE.test(h.getAttribute('style') ?? ''));
  // Its words on one line, without an issue tracker's number badge ("… for v0.9 #412").
  const firstH1 = unescapeTwice(stackedHeadline(h1s[0]).replace(/\s+/g, ' ').replace(/\s#\d+\s*$/, '').replace(HEADING_ANCHOR, ''));
  const fromTag = mastheadFirst(readTitleTag(head.titleTag, head.title), head.titleTag, normalizeLine(firstH1));
  // A masthead set as the <h1>: the site's name the <title> ends with, or a link home holding all of it.
  const homeLink = h1s[0] ? Array.from(h1s[0].querySelectorAll('a[href="/"]'))[0] : undefined;
  const masthead = comparable(firstH1) === comparable(fromTag.site) || (homeLink !== undefined && comparable(homeLink.textContent ?? '') === comparable(firstH1));
  const onlyH1 = h1s.length === 1 && !masthead;
  // "Lander Lions Club - News", "Press Release Detail - Ashby County Sheriff's Office": a <title> naming the site and its
  // section, or the kind of page; an <h1> naming only the section ("Press Releases"). Neither is this page's headline.
  const tagParts = titleParts(head.titleTag);
  const sectionTitle = head.title === '' && tagParts.length >= 2 && (SECTION_ONLY.test(tagParts.at(-1) ?? '') || PAGE_KIND_TITLE.test(tagParts[0] ?? ''));
  const sectionH1 = h1s.length === 1 && SECTION_ONLY.test(normalizeLine(firstH1));
  // (Read before Readability, which rearranges the DOM.)
  const markedAuthor = authorByMarkup(document);
  // A line break is a break in the byline Readability reads as its element's text: "Brian Ssekandi<br>Monday, January
  // 20" is two fields, not "Brian SsekandiMonday". (Readability passes over the blank text when it reads breaks as paragraphs.)
  for (const br of Array.from(document.querySelectorAll('br'))) br.after(document.createTextNode('\n'));
  // So is the end of a block element ("Written by:" <div>Marisol Tran</div><div>Devin Okafor</div>, minified): a minified page
  // reads as its pretty-printed self. Text only a screen reader speaks ("Beitragsautor" before "Von Jonas Reinhardt") is none of it.
  for (const block of Array.from(document.querySelectorAll(BYLINE_FIELD_BLOCKS))) block.after(document.createTextNode('\n'));
  for (const label of Array.from(document.querySelectorAll(SCREEN_READER_ONLY))) label.remove();
  keepLeadingSpans(document);
  let article: { title?: string | null; byline?: string | null; content?: string | null; siteName?: string | null; publishedTime?: string | null } | null;
  try {
    article = new Readability(document).parse();
  } catch {
    // A page Readability cannot handle is read whole, by the line cleaner alone.
    article = null;
  }
  let blocks: Block[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as { document: Document };
    blocks = domBlocks(content.body);
  }
  // Readability sometimes settles on a header or a sidebar: when it holds under a third of the page's prose, the whole page goes to the line cleaner.
  // Asides are read here too: a fact-check's verdict box or a "key facts" card sits in one between the headline and the body;
  // only prose is put back from it, and a sidebar outside the article's span never is.
  // (Where Readability found nothing, a form holding the page's text is no comment box: a bug tracker's report set in
  // <pre>, inside the form that edits it.)
  const formHoldsText = blocks.length === 0 && Array.from(wholeBody?.querySelectorAll('form') ?? []).some((form) => countWords(form.textContent ?? '') >= MIN_FORM_TEXT_WORDS);
  const whole = domBlocks(wholeBody, formHoldsText ? RESTORABLE_UNFORMED : RESTORABLE_SKIPPED);
  // (So does a page Readability finds nothing in: a bug tracker's report set in <pre>, which holds no prose it can score.)
  if (blocks.length === 0 || proseWords(blocks) < PROSE_SHARE * proseWords(whole)) blocks = whole;
  else blocks = restoreDropped(blocks, whole, [head.title, fromTag.headline, normalizeLine(firstH1)].find((t) => t !== '') ?? '');
  blocks = withoutReplies(blocks, pageBlocks);

  // A page in a Latin script whose metadata names its author, site or headline in another (a Chinese page translated by
  // the browser, "林晓雨" over "Words: Lin Xiaoyu"; an English edition sharing its Chinese original's og:title) is read by
  // what its text prints.
  const sample = blocks.map((b) => b.text).join(' ').slice(0, 2000);
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  const latinPage = letters > 0 && (sample.match(LATIN_LETTERS)?.length ?? 0) >= LATIN_PAGE_SHARE * letters;
  const printed = (value: string, whole = false) => (latinPage ? inLatin(value, whole) : value);
  const headPublisher = printed(head.publisher);
  // (Readability reads og:site_name too: a CMS's placeholder there names no publisher.)
  const readabilitySite = filledIn(normalizeLine(article?.siteName ?? ''));
  // An author field holding the site's own name ("Formosa Ledger") names no one: the byline the page prints does.
  // (So does one holding the name its <title> gives the site: "News detail: Swiss Export Alliance".)
  const siteNames = [headPublisher, printed(fromTag.site), normalizeLine(article?.siteName ?? '')].filter((n) => n !== '').map(comparable);
  const person = (name: string) => (siteNames.includes(comparable(name)) ? '' : name);
  const headAuthor = person(printed(head.author));
  // A byline block's fields on lines of their own ("Priya Raman" / "Internal Communications" / "Published …"): the name is the first.
  // (A date on a line of its own opening the byline's element, "January 22, 2025" over "This article was contributed by
  // …", is the stamp over the byline, not a part of it.)
  const bylineLines = (article?.byline ?? '').split(/\s*\n\s*/).map(normalizeLine).filter((l) => l !== '');
  const bylineText = bylineLines.length > 1 && dateLine(bylineLines[0] ?? '') !== null ? bylineLines.slice(1) : bylineLines;
  // (So is a byline's, "By Corey Dillard and Mina Sato" / "Armed Forces Ledger", unless its names run on: "By Dana Whitlock," /
  // "Jordan Mireles".) A follow button after the name is no part of it.
  // A label on a line of its own over names on lines of their own ("Written by:" / "Marisol Tran" / "Devin Okafor", a CMS's
  // multi-value field): the names, listed.
  const labelled = bylineText.length > 2 && /^[\p{L} ]{2,30}:$/u.test(bylineText[0] ?? '') && bylineText.slice(1).every((l) => isPersonName(l));
  const firstLine = labelled ? listNames(bylineText.slice(1)) : (bylineText.length > 1 && (isPersonName(bylineText[0] ?? '') || (isBylineLine(bylineText[0] ?? '') && !/(?:,|\band|&)$/.test(bylineText[0] ?? ''))) ? (bylineText[0] ?? '') : bylineText.join(' ')).replace(FOLLOW_AFTER_NAME, '');
  // Readability takes a byline from the head's author field too: a site-wide head's ("CTG Communications") names no author.
  // An author card's text is the name its markup marks and the fields set beside it ("Helen Ashworth" + "Information
  // Governance Officer", spans run together): the marked name is the writer's, unless the rest names a second writer.
  // (Readability takes a "dateline" element for a byline: "Wednesday, January 22, 2025" names a day, not a writer.)
  const byline = firstLine === head.siteAuthor || dateLine(firstLine) !== null ? '' : nameBesideFields(firstLine, markedAuthor);
  // ("Af Jonas Vestergaard, bibliotekar": a byline opened in another language is one already.)
  // ("Written By Melissa Tran, PharmD": a byline its own words open already.)
  const bylineAuthor = byline === '' ? '' : personOnly(byline.split(/\s*[,|·]\s*/).length > 1 && !NAME_PREFIX.test(byline) && !BYLINE_PREFIX.test(byline) ? `By ${byline}` : byline);
  // JSON-LD naming an organisation as the author (which Readability and a hosting site's "<headline> by <uploader>" title
  // repeat) names the writer only when the text prints no byline of a person: a press release's issuer, not a magazine
  // page's uploader over "BY TANISHA ROBERTS".
  const organization = (name: string) => name !== '' && (head.authorOrganizations ?? []).some((o) => comparable(o) === comparable(name));
  const issued = issuedFrom(html);
  const printedByline = organization(bylineAuthor) || organization(fromTag.author) ? findMetadata(blocks.map((b) => b.text), head.title).author : '';
  const boxWords = countWords(boxed);
  return {
    blocks,
    pageBlocks,
    ...(boxWords >= MIN_FORM_TEXT_WORDS && boxWords > 2 * proseWords(blocks) ? { boxedText: boxed } : {}),
    meta: {
      title: headlineOfArticle(
        pageTitle({ ...head, title: printed(head.title, true) }, printed(fromTag.headline, true), normalizeLine(firstH1), normalizeLine(article?.title ?? ''), headPublisher, onlyH1),
        blocks,
        headPublisher,
        head.title === '' && normalizeLine(firstH1) === '' ? pageBlocks : null,
        h1s.length === 0 || sectionH1 ? pageBlocks : null,
        sectionTitle,
      ),
      author: withoutFieldLabel(
        headAuthor !== '' ? headAuthor : printedByline !== '' ? printedByline : person(printed(bylineAuthor)) !== '' && !COLLECTIVE_AUTHOR.test(bylineAuthor) ? bylineAuthor : person(printed(fromTag.author)) || person(markedAuthor) || signedFooter(pageBlocks),
      ),
      // (Readability reads the same head: an archive's capture leaves date and site to what the kept page prints.)
      date: head.date !== '' || head.archived === true ? head.date : isoDate(article?.publishedTime ?? ''),
      ...(head.dateFromTimeElement === true ? { dateFromTimeElement: true } : {}),
      ...(head.dateInUtc === true && head.date !== '' ? { dateInUtc: true } : {}),
      ...((head.authorOrganizations ?? []).length > 0 ? { authorOrganizations: head.authorOrganizations } : {}),
      publisher:
        headPublisher !== '' || head.archived === true
          ? headPublisher
          : printed(readabilitySite) !== ''
            ? readabilitySite
            : printed(fromTag.site) || issued.site,
      url: head.url !== '' ? head.url : issued.url || savedFrom(html) || clipboardSource(html) || citedAddress(html, head.title || fromTag.headline || normalizeLine(firstH1)) || sharedAddress(html),
    },
  };
}


/** Elements whose end is a line's end wherever a byline is read from their text. */
const BYLINE_FIELD_BLOCKS = 'div, p, li, dd, dt';

/** Text only a screen reader speaks: a label for an icon ("Post author", "Beitragsautor"), which a reader never sees. */
const SCREEN_READER_ONLY = '.screen-reader-text, .sr-only, .visually-hidden, .visuallyhidden, .a11y-hidden';

/** "By", "Von", "Par", "Por", "Door" before a name in its element (WordPress themes print "Von <a>Name</a>"). */
const NAME_PREFIX = /^(?:by|von|par|por|door|di|av|af)\s+(?=\p{Lu})/iu;

/** An author element's name as a reader sees it: no screen-reader label, on one line, without "By"/"Von". */
function markedName(element: Element): string {
  const copy = element.cloneNode(true);
  for (const label of Array.from(copy.querySelectorAll(SCREEN_READER_ONLY))) label.remove();
  return normalizeLine((copy.textContent ?? '').replace(/\s+/g, ' ')).replace(NAME_PREFIX, '');
}

/** A byline that is a marked name followed by fields of its own (a role, a team), not by a second name: the name. */
function nameBesideFields(byline: string, markedName: string): string {
  if (markedName === '' || !byline.startsWith(`${markedName} `)) return byline;
  const rest = byline.slice(markedName.length);
  return /,|&|\band\b|\bund\b|\bet\b|\by\b/.test(rest) ? byline : markedName;
}

/** "Contributors to Wikimedia projects", "Editors of the Encyclopedia": a wiki's or a reference work's collective, no writer. */
const COLLECTIVE_AUTHOR = /^(?:the )?(?:contributors|editors|authors|staff|volunteers)\s+(?:to|of|at)\b/i;

/** A web design firm's name, as it signs the sites it builds. */
const WEB_DESIGNER = /\bweb\s?(?:design|studio|development|solutions)\b|\bwebsite design\b|\bdesign (?:studio|agency)\b|\bdigital (?:agency|studio)\b|網頁設計|网页设计|網站設計|网站设计|網站建置|网站建设|網頁製作|网页制作/iu;

/** A class naming the element that holds the author's name: "author", "note-author", "author-name", "byline__author". */
const AUTHOR_CLASS = /^(?:[a-z]+[-_]{1,2})*author(?:[-_]{1,2}(?:name|link))?$/i;
/** A name the page prints is short: a display name, not a sentence about the author. */
const MAX_AUTHOR_NAME_CHARACTERS = 40;

/** A record's field label where its value was looked for ("Author" in a reference manager's table): no one's name. */
function withoutFieldLabel(author: string): string {
  if (/^(?:authors?|by|byline|writers?|creators?|name|posted by|written by)\s*:?$/i.test(author)) return '';
  // "Author:Chen Yiting", "作者：陈思远": a CMS's field, its label run into the name (a full-width colon, or none of the space).
  return author.replace(/^(?:authors?|writers?|reporter|作者|记者|記者)\s*[:：]\s*(?=\S)/iu, '');
}

/** "RustBeltRosie Follow for Daily Caucus Community": a profile's follow button and what it follows, after the name. */
const FOLLOW_AFTER_NAME = /(?<=\S)\s+(?:\+\s*)?(?:Follow|Subscribe)\b.*$/;

/**
 * The author's name as the page marks it up (rel="author", itemprop="author", a class such as "note-author"), for pages
 * whose byline Readability took from elsewhere (a community site's "©著作权归作者所有" notice, classed "author" too). The
 * first such element above the story's first paragraph that holds a name: a person's, or a display name in any script
 * ("小满Lin"), never a notice.
 */
function authorByMarkup(document: Document): string {
  // (Paragraphs above the headline are a cookie banner's or a service alert's, not the story's.)
  let aboveHeadline = document.querySelector('h1') !== null;
  for (const element of Array.from(document.querySelectorAll('[rel~="author"], [itemprop~="author"], [class], p, h1'))) {
    if (element.tagName === 'H1') aboveHeadline = false;
    // The byline is printed above the story: below its first paragraph, authors are commenters'.
    if (element.tagName === 'P' && !aboveHeadline && countWords(element.textContent ?? '') >= MIN_OPENING_WORDS) return '';
    const marked =
      /\bauthor\b/i.test(element.getAttribute('rel') ?? '') ||
      /\bauthor\b/i.test(element.getAttribute('itemprop') ?? '') ||
      (element.getAttribute('class') ?? '').split(/\s+/).some((name) => AUTHOR_CLASS.test(name));
    if (!marked) continue;
    const name = markedName(element);
    if (name === '' || name.length > MAX_AUTHOR_NAME_CHARACTERS || /[©@\d:：]/.test(name) || name.split(/\s+/).length > 4) continue;
    if (isPersonName(name) || /^[\p{L}][\p{L}'’.-]*(?:\s[\p{L}][\p{L}'’.-]*){0,2}$/u.test(name)) return name;
  }
  return '';
}

/**
 * "Posted by Harold Vance at 10:42 PM in Technology", "Posted by Mark Ellery @ 9:41 am": the footer a blog platform (TypePad, Blogger, Movable Type) sets
 * under each post, the only place many such blogs name their writer. A comment's footer reads "Posted by: Marjorie K."
 * (with a colon) and is not taken.
 */
const POST_FOOTER = /^[Pp]osted\s+by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s+(?:at|on|@)\s+\S/u;

function signedFooter(blocks: readonly Block[]): string {
  for (const block of blocks) {
    const name = POST_FOOTER.exec(block.text)?.[1] ?? '';
    if (name !== '' && isPersonName(name)) return name;
  }
  return '';
}

/** A headline has words enough and is not the site's name: "Agenda Center", "Marlow Springs, CA" are not one. */
export const MIN_HEADLINE_WORDS = 4;
/** The most words of a site's name set before a headline in a <title> ("Bytes & Pieces: …", "Asian and African studies blog: …"). */
const MAX_SITE_NAME_WORDS = 6;
/** The most characters of a site's name in Chinese before its section ("臺北市福安計程車運輸合作社-最新消息"). */
const MAX_HAN_SITE_NAME_CHARACTERS = 20;
/** A paragraph this long has begun the article: a heading above it may be the headline, one below is a section's. */
const MIN_OPENING_WORDS = 12;

/**
 * When the page's metadata and <h1> give no headline (a CMS whose <h1> is
 * the section, "Agenda Center", and whose <title> names the site), the
 * article's own first heading, above its first paragraph, is its headline.
 */
/** Of the metadata headline's words, the share a printed heading must hold to be the same headline written out in full. */
const MIN_PRINTED_HEADLINE_SHARE = 0.8;
/** Blocks between a printed headline and its byline: a summary's bullet points. */
const MAX_BULLETS_BEFORE_BYLINE = 4;

/**
 * A page with no <h1> prints its headline in a lower heading (a tabloid's <h2>), often longer than the og:title written
 * for sharing ("‘Pay the cat tax!’ Hundreds of thousands of American TikTok users flee … - and the locals are loving it"
 * over "American TikTok users flee … and pay the 'cat tax'"): the heading a byline signs, holding most of the metadata
 * headline's words and more, is the headline readers see; so is a line in no heading element that goes on from the
 * whole metadata headline after a colon.
 */
function printedHeadline(title: string, page: readonly Block[]): string {
  const titleWords = new Set(comparable(title).split(' ').filter((w) => w.length > 2));
  if (titleWords.size === 0) return '';
  for (let i = 0; i < page.length; i++) {
    const block = page[i];
    if (block === undefined || (block.heading !== true && !continuesTitle(block.text, title)) || countWords(block.text) <= countWords(title)) continue;
    const words = new Set(comparable(block.text).split(' '));
    const held = [...titleWords].filter((w) => words.has(w)).length / titleWords.size;
    const signed = page.slice(i + 1, i + 2 + MAX_BULLETS_BEFORE_BYLINE).some((b) => isBylineLine(b.text));
    if (held >= MIN_PRINTED_HEADLINE_SHARE && signed) return block.text;
  }
  return '';
}

/**
 * A line that opens with the whole <title> headline and goes on after a colon or a dash ("The RedNote Rush: Speculators
 * Grab Thousands of … Domains" under "DomainLedger.com - The RedNote Rush"): the <title> kept the headline's first part
 * only, and the page prints it whole, styled as a headline but in no heading element.
 */
function continuesTitle(text: string, title: string): boolean {
  return title !== '' && text.startsWith(title) && /^(?::|\s[–—-])\s+\S/u.test(text.slice(title.length));
}

/**
 * A wire release opens its first paragraph with the dateline in a classed <span> ("<span class="legendSpanClass">WORCESTER,
 * England, Jan. 29, 2025 /Meridian Newswire/ --</span> Blue Heron …", PR Newswire's markup), which Readability strips as
 * an unlikely candidate ("legends"), leaving the sentence without its opening. A span that opens a paragraph the text goes
 * on after is the paragraph's own words: its class and id are no signal to strip it.
 */
function keepLeadingSpans(document: Document): void {
  for (const p of Array.from(document.querySelectorAll('p'))) {
    const first = p.children[0];
    if (first?.tagName !== 'SPAN' || (p.textContent ?? '').trimStart().indexOf((first.textContent ?? '').trim()) !== 0) continue;
    const after = (p.textContent ?? '').trim().slice((first.textContent ?? '').trim().length);
    if (countWords(after) < MIN_OPENING_WORDS) continue;
    for (const span of [first, ...Array.from(first.querySelectorAll('span'))]) {
      span.removeAttribute('class');
      span.removeAttribute('id');
    }
  }
}

/** The separators that part a <title>'s headline from the site's name ("Headline | Site", "Site -- Headline"). */
const TITLE_PARTS = /\s+(?:\||--?|–|—|::|»|·|_)\s+/;

/** A <title>'s parts between its separators ("Headline | Site", "Site » Section » Headline"), trimmed. */
function titleParts(titleTag: string): string[] {
  // (A CMS that glues them with underscores, "Headline_Column_Site" (DedeCMS, PHPCMS), parts them so too when the title
  // is words, not a file's name: "2025-017_Market_News" has no space.)
  if (!TITLE_PARTS.test(titleTag) && GLUED_TITLE.test(titleTag)) return titleTag.split('_').map((p) => p.trim());
  // (A Chinese CMS glues them with a bare dash between characters, "臺北市福安計程車運輸合作社-最新消息": no word of
  // Chinese holds one.)
  if (!TITLE_PARTS.test(titleTag) && HAN_GLUED_PARTS.test(titleTag)) return titleTag.split(HAN_GLUED_PARTS).map((p) => p.trim());
  return titleTag.split(TITLE_PARTS).map((p) => p.trim());
}
const HAN_GLUED_PARTS = /(?<=\p{Script=Han})[-－—–|｜](?=\p{Script=Han})/u;

/** What a <title> adds after the headline: a separator, then a short name (the site's). */
const SITE_AFTER_HEADLINE = /^\s*[-_|–—:·»]+\s*\p{Lu}[\p{L}\p{N}&'’. ]{0,60}$/u;

/** A site's section named alone as a <title>'s last part: "News", "Club News", "Blog", "Press Releases". */
export const SECTION_ONLY =
  /^(?:(?:club|latest|our|recent|local|company|school|community) )?(?:news|blog|articles|announcements|updates|stories|press releases?|newsroom)$|^(?:最新|公司|本所|本站|行业|行業|新闻|新聞)?(?:消息|新闻|新聞|动态|動態|资讯|資訊|公告|中心|文章|博客|部落格)$/i;
/** A kind of page where a headline would be: "Press Release Detail", "News Details", "Article View", "News Item". */
export const PAGE_KIND_TITLE = /^(?:(?:press|news|media) releases?|news|articles?|stor(?:y|ies)|blog posts?|posts?|news items?|announcements?)(?: (?:details?|views?|page|items?|display))?$/i;
/** A headline signed under is a line, not a paragraph. */
const MAX_SIGNED_HEADLINE_WORDS = 24;

function headlineOfArticle(title: string, blocks: readonly Block[], site: string, tagOnlyPage: readonly Block[] | null, noH1Page: readonly Block[] | null = null, sectionTitle = false): string {
  const siteKey = comparable(site);
  const headlineShaped = (text: string) => countWords(text) >= MIN_HEADLINE_WORDS && (siteKey === '' || !comparable(text).includes(siteKey));
  // A <title> that is all the page says of its headline ("~ the lantern room ~ | journal"), printed nowhere on it, names the
  // site: a heading the page signs straight under ("posted by junie ♡", "By Jane Doe") is the article's headline.
  const titleKey = comparable(title);
  if (tagOnlyPage !== null && titleKey !== '' && !tagOnlyPage.some((b) => comparable(b.text).includes(titleKey))) {
    const signed = tagOnlyPage.find((b, i) => b.heading === true && headlineShaped(b.text) && [1, 2].some((k) => isBylineLine(tagOnlyPage[i + k]?.text ?? '')));
    if (signed) return signed.text;
  }
  // "Lander Lions Club - News", "Press Release Detail - …": a <title> naming the site and its section, or the kind of
  // page, over no <h1> (or one naming the section), leaves the headline to the line the page signs straight under
  // ("Posted by Judy Marquardt on 01/27/2025"), a heading or not.
  if (sectionTitle && noH1Page !== null) {
    // (The line under may set the date and the writer side by side: "Posted on: January 23, 2025 | Posted by: …"; or be a
    // line of the post's dated fields, "發佈日期：2025-01-24 文／林家豪 瀏覽次數：1284".)
    const signs = (text: string) => isBylineLine(text) || isBylineLine(text.split(/\s+\|\s+/)[0] ?? '') || (junkRule(text) === 'meta-line' && findDate(text) !== null);
    const signed = noH1Page.find((b, i) => headlineShaped(b.text) && countWords(b.text) <= MAX_SIGNED_HEADLINE_WORDS && !/[.:;,]$/.test(b.text) && signs(noH1Page[i + 1]?.text ?? ''));
    if (signed) return signed.text;
  }
  const printed = noH1Page === null ? '' : printedHeadline(title, noH1Page);
  if (printed !== '') return printed;
  const opening = blocks.findIndex((b) => b.heading !== true && countWords(b.text) >= MIN_OPENING_WORDS);
  const headings = blocks.slice(0, opening < 0 ? blocks.length : opening).filter((b) => b.heading === true && headlineShaped(b.text));
  // "… to welcome American users-Xiling Normal University": a <title> that is the printed headline with the site's name
  // glued on (no spaces round the dash) is the printed headline.
  const glued = headings.find((b) => title.startsWith(b.text) && SITE_AFTER_HEADLINE.test(title.slice(b.text.length)));
  if (glued) return glued.text;
  // "Wabash Chinese Community Network 瓦巴什华人网 -- Wabash Chinese School hosts RedNote help night …": a <title> of long
  // parts, the page printing one of them alone on a line and never the whole, names the site beside the headline it prints.
  const parts = title.split(TITLE_PARTS).filter((p) => countWords(p) >= MIN_HEADLINE_WORDS);
  const page = noH1Page ?? blocks;
  if (parts.length >= 2 && !page.some((b) => comparable(b.text) === titleKey)) {
    const alone = page.find((b) => parts.some((p) => comparable(p) === comparable(b.text)));
    if (alone) return alone.text;
  }
  if (title !== '' && headlineShaped(title)) return title;
  return headings[0]?.text ?? title;
}
