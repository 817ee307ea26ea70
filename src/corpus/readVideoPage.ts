/**
 * A video page copied as text with its transcript panel open (YouTube's "Show transcript"): the player's controls, the
 * video's title, channel and description, its chapters, the comments, then the transcript ("Search transcript", the
 * spoken text in short lines, a chapter's name where it begins), then the language menu and the videos up next. A
 * broadcaster's story is its transcript; the page around it is furniture, except the head that names it (title, channel,
 * views and date, the description's credits).
 *
 * The page is read as its head (up to the chapters, the transcript button or the comments) and its transcript, each
 * chapter's name a heading line of its own, the timestamps (when shown) left out. The comments and the videos up next
 * are not read.
 */

import { findDate } from './findDate.js';
import { AUDIENCE_COUNT, TIMESTAMP_ALONE } from './furniture.js';
import type { PageMetadata } from './readHtml.js';

export interface VideoPage {
  /** The head and the transcript, paragraphs and chapter headings on lines of their own. */
  body: string;
  /** The video's title, the date its views line gives, the channel as publisher. */
  meta: PageMetadata;
}

/** The transcript panel's search box, above the text. */
const TRANSCRIPT_START = /^search transcript$/i;
/** What a page of videos prints in its head: "18,406 views  Jan 16, 2025", "48.6K subscribers". */
const VIDEO_HEAD = /^\d[\d.,]*\s?[KkMm]?\s+(?:views?|subscribers?)\b/;
/** Under the transcript: its language menu, then the lists of other videos. */
const TRANSCRIPT_END = /^(?:english|all|[\p{L} ]+\(auto-generated\)|auto-generated|related|for you|up next|recently uploaded|watched)$/iu;
/** Where the head ends: the chapter list, the transcript's own button, the comments. */
const HEAD_END = /^(?:chapters|transcript|show transcript|\d[\d,.]*\s?[KkMm]?\s+comments?|comments?|…\s*more|show less)$/i;
/** The player's and the page's buttons, and their counts: "Share", "Clip", "312". */
const CONTROL = /^(?:share|download|clip|save|thanks|subscribe|subscribed|join|like|dislike|create|skip navigation|search|avatar image|•|\d[\d.,]*\s?[KkMm]?\+?|\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)$/i;
/** "18,406 views  Jan 16, 2025  SPOKANE, Wash.": the views and the date the video was published. */
const VIEWS = /^\d[\d.,]*\s?[KkMm]?\s+views?\b/i;


export function readVideoPage(text: string): VideoPage | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((l) => l.trim());
  const start = lines.findIndex((l) => TRANSCRIPT_START.test(l));
  if (start < 0 || !lines.slice(0, start).some((l) => VIDEO_HEAD.test(l))) return null;
  let end = lines.findIndex((l, i) => i > start && TRANSCRIPT_END.test(l));
  if (end < 0) end = lines.length;

  // Chapters are listed as their name over their start time; the player prints the current one too.
  const chapters = new Set(lines.flatMap((l, i) => (l !== '' && !TIMESTAMP_ALONE.test(l) && TIMESTAMP_ALONE.test(lines[i + 1] ?? '') && i < start ? [l] : [])));
  const headEnd = lines.findIndex((l) => HEAD_END.test(l));
  const head = lines.slice(0, headEnd >= 0 && headEnd < start ? headEnd : start).filter((l) => !chapters.has(l) && !CONTROL.test(l));
  const channelAt = head.findIndex((l) => AUDIENCE_COUNT.test(l));
  const named = (i: number) => head.slice(0, Math.max(0, i)).filter((l) => l !== '').at(-1) ?? '';
  const channel = channelAt >= 0 ? named(channelAt) : '';
  const title = channelAt >= 0 ? named(head.indexOf(channel)) : '';
  const viewsLine = head.find((l) => VIEWS.test(l)) ?? '';
  const transcript: string[] = [];
  for (const line of lines.slice(start + 1, end)) {
    if (TIMESTAMP_ALONE.test(line)) continue;
    if (chapters.has(line)) transcript.push('', line, '');
    else transcript.push(line);
  }
  if (!transcript.some((l) => l !== '')) return null;
  // The views line and the channel's lines ("48.6K subscribers") state metadata: the description under them is the head's text.
  const kept = head.filter((l) => l !== viewsLine && !AUDIENCE_COUNT.test(l));
  return {
    body: [...kept, '', ...transcript].join('\n'),
    meta: { title, author: '', date: findDate(viewsLine)?.iso ?? '', publisher: channel, url: '' },
  };
}
