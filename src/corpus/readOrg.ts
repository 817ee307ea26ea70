/**
 * An Emacs Org file: a reading inbox or a notes file into which an article
 * was captured (org-protocol, org-web-tools, org-capture). Its entries are
 * headings ("* DONE [#B] Headline :tag:") with property drawers
 * (":URL:", ":AUTHOR:", ":PUBLISHED:", ":SITE:"), planning lines, logbooks,
 * and text with Org markup (links "[[url][words]]", "#+CAPTION:", "/italic/").
 * The article is the entry that holds the most prose; within it, the
 * subsection that does (an "Article" under the reader's "My notes"). Its
 * heading is the title and its properties the metadata, as front matter's
 * would be; the text keeps its words and loses the markup.
 */
import type { PageMetadata } from './readHtml.js';
import { metaFromFields } from './readFrontMatter.js';

export interface OrgArticle {
  meta: PageMetadata;
  /** The article's text, Org markup removed, its line breaks as written. */
  body: string;
}

const HEADING = /^(\*+)\s+(.*)$/;
/** "#+TITLE: Reading inbox", "#+STARTUP: overview": the file's settings. */
const KEYWORD = /^\s*#\+[A-Za-z_]+:/;
const TODO = /^(?:TODO|NEXT|DONE|CANCELL?ED|WAITING|HOLD|SOMEDAY|STARTED|READ|READING)\s+/;
const PRIORITY = /^\[#[A-Z0-9]\]\s+/;
const TAGS = /\s+:[\p{L}\p{N}_@#%:]+:\s*$/u;
const PLANNING = /^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<[][^>\]]*[>\]]\s*)+$/;
const DRAWER_START = /^\s*:([A-Za-z_-]+):\s*$/;
const DRAWER_END = /^\s*:END:\s*$/i;
const PROPERTY = /^\s*:([A-Za-z_-]+):\s*(.*)$/;

interface Entry {
  level: number;
  title: string;
  properties: Map<string, string[]>;
  /** Text lines directly under the heading (drawers and planning removed). */
  text: string[];
  children: Entry[];
}

export function looksLikeOrg(text: string): boolean {
  const head = text.replace(/^\ufeff/, '').split(/\r?\n/, 40);
  const modeLine = /-\*-.*\bmode:\s*org\b.*-\*-/i.test(head[0] ?? '');
  const keywords = head.filter((l) => KEYWORD.test(l)).length;
  return (modeLine || keywords >= 2) && /^\*+\s+\S/m.test(text);
}

export function readOrg(text: string): OrgArticle | null {
  if (!looksLikeOrg(text)) return null;
  const roots = parse(text.replace(/^\ufeff/, '').split(/\r?\n/));
  // The article is the entry with the most prose; within it, the part that holds most of that prose.
  const article = mostProse(roots);
  if (!article || proseWords(article) === 0) return null;
  let part: Entry = article;
  for (let richest = mostProse(part.children); richest !== undefined && proseWords(richest) > ownWords(part); richest = mostProse(part.children)) part = richest;
  const meta = metaFromFields(article.properties);
  if (meta.title === '') meta.title = article.title;
  const body = withoutEmphasis(flatten(part).map(plainText).join('\n'));
  return { meta, body: body.replace(/\n{3,}/g, '\n\n').trim() };
}

function parse(lines: readonly string[]): Entry[] {
  const roots: Entry[] = [];
  const stack: Entry[] = [];
  let drawer = '';
  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      const entry: Entry = { level, title: headingTitle(heading[2] ?? ''), properties: new Map(), text: [], children: [] };
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
      (stack.at(-1)?.children ?? roots).push(entry);
      stack.push(entry);
      drawer = '';
      continue;
    }
    const entry = stack.at(-1);
    if (!entry) continue;
    if (drawer !== '') {
      if (DRAWER_END.test(line)) drawer = '';
      else if (drawer === 'PROPERTIES') {
        const property = PROPERTY.exec(line);
        if (property) entry.properties.set((property[1] ?? '').toLowerCase(), [(property[2] ?? '').trim()]);
      }
      continue;
    }
    const start = DRAWER_START.exec(line);
    if (start && !DRAWER_END.test(line)) {
      drawer = (start[1] ?? '').toUpperCase();
      continue;
    }
    if (PLANNING.test(line)) continue;
    entry.text.push(line);
  }
  return roots;
}

/** "DONE [#B] 'Ni hao, Ohio': … on RedNote :rednote:china:": the headline, without its state, priority and tags. */
function headingTitle(raw: string): string {
  return raw.replace(TODO, '').replace(PRIORITY, '').replace(TAGS, '').trim();
}

function flatten(entry: Entry): string[] {
  return [...entry.text, ...entry.children.flatMap((child) => ['', child.title, '', ...flatten(child)])];
}

/** Of these entries, the first holding the most prose. */
function mostProse(entries: readonly Entry[]): Entry | undefined {
  let best: Entry | undefined;
  let most = -1;
  for (const entry of entries) {
    const words = proseWords(entry);
    if (words > most) [best, most] = [entry, words];
  }
  return best;
}

function ownWords(entry: Entry): number {
  return countProse(entry.text);
}

function proseWords(entry: Entry): number {
  return ownWords(entry) + entry.children.reduce((n, c) => n + proseWords(c), 0);
}

/** Words in lines of running text: not settings, not list items, not links alone on their line. */
function countProse(lines: readonly string[]): number {
  let words = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || /^[-+]\s/.test(t) || /^\[\[[^\]]*\]\]$/.test(t)) continue;
    words += t.split(/\s+/).length;
  }
  return words;
}

/**
 * A line of Org text as a reader sees it: "#+BEGIN_QUOTE" and other settings and "#+CAPTION:" lines go, a link shows its
 * words ("[[https://…][RELATED: …]]") and an image link alone on its line nothing.
 */
function plainText(line: string): string {
  if (KEYWORD.test(line) || /^\s*#\+(?:BEGIN|END)_\w+/i.test(line) || /^\s*#\s/.test(line)) return '';
  if (/^\s*\[\[[^\]]+\]\]\s*$/.test(line)) return '';
  return line.replace(/\[\[[^\]]+\]\[([^\]]+)\]\]/g, '$1').replace(/\[\[([^\]]+)\]\]/g, '$1');
}

/** Emphasis marks ("/italic/", "*bold*", "=code=", "~verbatim~") around words, within a paragraph (over its line breaks). */
const EMPHASIS = /(^|[\s("'“‘])([/*=~])(?=\S)((?:(?!\n\s*\n)[^])*?\S)\2(?=$|[\s.,;:!?)"'”’])/gmu;

function withoutEmphasis(text: string): string {
  return text.replace(EMPHASIS, '$1$3');
}
