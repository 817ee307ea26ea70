import { parseSourceListEntry, isSourceListHeading, type SourceListEntry } from './parseSourceList.js';
import type { CleaningHints, Paragraph } from './types.js';

export interface CleanOptions {
  /** The article's title: lines repeating it are the page header, not prose. */
  title: string;
  /** The publisher's name: a logo credit glued to the last sentence is removed. */
  publisher: string;
  hints: CleaningHints;
}

export interface CleanResult {
  paragraphs: Paragraph[];
  sourceList: SourceListEntry[];
  warnings: string[];
}

/**
 * Web-scrape boilerplate, recognised by its shape rather than by which file it
 * is in. Each rule is named so a test can say which one a line fell to.
 */
const SENTENCE_END = /[.!?]["”’')]?$/;

const JUNK_RULES: { name: string; test: (line: string, words: number) => boolean }[] = [
  { name: 'advertisement', test: (l) => /^(advertisement|advertising|sponsored( content)?)$/i.test(l) },
  { name: 'share-bar', test: (l, w) => /^share\b/i.test(l) && w <= 6 && !SENTENCE_END.test(l) },
  {
    name: 'social-links',
    test: (l) => (l.match(/\b(twitter|facebook|whatsapp|telegram|pinterest|linkedin|reddit|truthsocial|gettr|wechat|weibo|instagram)\b/gi) ?? []).length >= 3 && !/[.!?]$/.test(l),
  },
  { name: 'read-more', test: (l, w) => /^(read more|continue reading|read the original)\b/i.test(l) && w <= 12 },
  { name: 'click-here', test: (l, w) => /\bc(l)?ick here\b/i.test(l) && w <= 10 },
  {
    name: 'comment-form',
    test: (l) =>
      /^(leave a (reply|comment)|please enter your (comment|name|email)|your email address will not be published|required fields are marked|post a comment|add a comment|\d+ comments?$)/i.test(l),
  },
  // A footer starts with the notice; prose may well mention copyright.
  { name: 'copyright', test: (l, w) => /^(copyright\b|©)|\ball rights reserved\b|©\s*\d{4}/i.test(l) && w <= 120 },
  { name: 'site-registration', test: (l) => /^(license for publishing|registration number|icp)\b/i.test(l) },
  // "By Jane Doe | Outlet", "By Jane Doe, Reuters"; not "By Monday, 700,000 users had joined."
  { name: 'byline', test: (l) => /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(\||,|$)/u.test(l) && !SENTENCE_END.test(l) },
  { name: 'date-line', test: (l) => isDateLine(l) },
  { name: 'weather-widget', test: (l) => /^-?\d{1,3}\s?°?\s?[CF]$/.test(l) },
  { name: 'breadcrumb', test: (l, w) => (l.match(/\s[/>»›]\s/g) ?? []).length >= 2 && w <= 12 },
  { name: 'image-caption', test: (l) => /\[(photo|image|picture|video|file photo)\b[^\]]*\]\s*$/i.test(l) },
  { name: 'disclaimer', test: (l) => /\bviews (don't|do not|don’t) necessarily reflect\b/i.test(l) },
  { name: 'contact-address', test: (l) => /[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(l) },
  { name: 'republication-credit', test: (l) => /\brepublished from\b|\bcreative commons licen[cs]e\b/i.test(l) },
  { name: 'seo-spam', test: (l) => (l.match(/[|｜]/g) ?? []).length >= 5 },
  {
    name: 'site-navigation',
    test: (l) =>
      /^(back to (the )?top|top|home|menu|search|most (viewed|read|popular)\b.*|follow us|related (articles|posts|stories)|latest (articles|news|posts|stories)|trending( now| news)?|you may also like|recommended( for you)?|english)$/i.test(l),
  },
];

const PREV_NEXT = /^(previous|next|previous (post|article)|next (post|article)|older posts?|newer posts?)$/i;
const EMBED_START = /^@[\w.]{2,30}$/;
const EMBED_END = /^♬/;
const MAX_EMBED_LINES = 6;
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 120;
/** A line this long printed twice is a paragraph the scraper duplicated, not a teaser's headline. */
const MAX_HEADLINE_WORDS = 25;

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = new RegExp(
  `^(updated:?\\s*|published:?\\s*)?(((mon|tues|wednes|thurs|fri|satur|sun)day),?\\s+)?(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})([ ,T]+\\d{1,2}:\\d{2}(\\s?[ap]m)?)?$`,
  'i',
);

function isDateLine(line: string): boolean {
  return DATE_LINE.test(line);
}

export function junkRule(line: string): string | null {
  const words = countWords(line);
  for (const rule of JUNK_RULES) if (rule.test(line, words)) return rule.name;
  return null;
}

export function normalizeLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function countWords(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The page header repeats the headline, sometimes behind a section label ("Opinion | …"). */
function isTitleLine(line: string, titleKey: string): boolean {
  if (titleKey === '') return false;
  const a = comparable(line);
  return a === titleKey || (a.endsWith(titleKey) && a.length - titleKey.length <= 20);
}

/** A short line without closing punctuation labels the paragraphs below it. */
export function isHeadingLine(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS || countWords(line) > MAX_HEADING_WORDS) return false;
  if (!/\p{L}/u.test(line)) return false;
  return !/[.,;:!…]["”’')\]]?$/.test(line);
}

/** A paragraph cut by the page layout: it ends open, and the next one starts in lower case. */
function continues(previous: string, next: string): boolean {
  return (/[:,;]$/.test(previous) || !/[.!?…"”’')\]]$/.test(previous)) && /^\p{Ll}/u.test(next);
}

function stripGluedCredit(text: string, publisher: string): string {
  if (publisher === '') return text;
  const escaped = publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`([.!?”"])\\s*${escaped}$`), '$1');
}

/**
 * Turns a decoded web scrape into the article's paragraphs, each under the
 * heading it sits below, and pulls out a "Source List" section as references.
 * Rules are general (see JUNK_RULES); per-document knowledge arrives as hints.
 */
export function cleanArticle(text: string, options: CleanOptions): CleanResult {
  const lines = text.split(/\r\n|\r|\n/).map(normalizeLine).filter((l) => l !== '');
  const endMarkers = options.hints.bodyEndsBefore.map((m) => comparable(m)).filter((m) => m !== '');
  // Compared with every line: normalised once, not once per line.
  const titleKey = options.title === '' ? '' : comparable(options.title);
  const paragraphs: Paragraph[] = [];
  const sourceList: SourceListEntry[] = [];
  const warnings: string[] = [];

  let sectionHeading: string | null = null;
  let pendingHeading: string | null = null;
  let sinceBoundary = 0;
  let previousLine = '';
  let skipLinkTitle = false;
  let embedLines = -1;
  let inSourceList = false;
  let headingBeforeSources: string | null = null;
  let lastParagraphOpen = false;
  let afterTeaserHeadline = false;

  const boundary = () => {
    pendingHeading = null;
    sinceBoundary = 0;
    lastParagraphOpen = false;
    afterTeaserHeadline = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const repeated = line === previousLine;
    previousLine = line;

    if (endMarkers.some((m) => comparable(line).startsWith(m))) break;

    if (embedLines >= 0) {
      embedLines++;
      if (EMBED_END.test(line) || embedLines >= MAX_EMBED_LINES) embedLines = -1;
      continue;
    }
    if (EMBED_START.test(line)) {
      embedLines = 0;
      boundary();
      continue;
    }

    if (inSourceList) {
      const entry = parseSourceListEntry(line, sourceList.at(-1));
      if (entry.kind === 'item') {
        sourceList.push(entry.item);
        continue;
      }
      if (entry.kind === 'url') continue;
      if (entry.kind === 'bad-url') {
        warnings.push(entry.message);
        continue;
      }
      inSourceList = false;
      sectionHeading = headingBeforeSources;
    }
    if (isSourceListHeading(line)) {
      inSourceList = true;
      headingBeforeSources = sectionHeading;
      boundary();
      continue;
    }

    if (skipLinkTitle && !PREV_NEXT.test(line)) {
      skipLinkTitle = false;
      boundary();
      continue;
    }
    if (PREV_NEXT.test(line)) {
      skipLinkTitle = true;
      boundary();
      continue;
    }

    const junk = junkRule(line);
    if (/^read more\b/i.test(line) || junk === 'read-more') {
      // A teaser card (headline printed twice, blurb, "Read more"): the blurb goes too.
      // A plain "Read more: …" link after the article takes nothing with it.
      if (afterTeaserHeadline) paragraphs.splice(paragraphs.length - sinceBoundary, sinceBoundary);
      boundary();
      continue;
    }
    if (junk !== null || isTitleLine(line, titleKey)) {
      boundary();
      continue;
    }
    if (repeated) {
      if (countWords(line) > MAX_HEADLINE_WORDS) continue;
      // A headline printed twice is a teaser card's link, not article text.
      if (paragraphs.length > 0 && sinceBoundary > 0 && paragraphs.at(-1)?.text === line) {
        paragraphs.pop();
      }
      boundary();
      afterTeaserHeadline = true;
      continue;
    }
    if (isHeadingLine(line)) {
      pendingHeading = line;
      lastParagraphOpen = false;
      continue;
    }

    const last = paragraphs.at(-1);
    if (lastParagraphOpen && last && pendingHeading === null && continues(last.text, line)) {
      last.text = `${last.text} ${line}`;
      lastParagraphOpen = !/[.!?…"”’')\]]$/.test(line);
      continue;
    }
    if (pendingHeading !== null) {
      sectionHeading = pendingHeading;
      pendingHeading = null;
    }
    paragraphs.push({ heading: sectionHeading, text: line });
    sinceBoundary++;
    lastParagraphOpen = !/[.!?…"”’')\]]$/.test(line);
  }

  const lastParagraph = paragraphs.at(-1);
  if (lastParagraph) lastParagraph.text = stripGluedCredit(lastParagraph.text, options.publisher);
  return { paragraphs, sourceList, warnings };
}
