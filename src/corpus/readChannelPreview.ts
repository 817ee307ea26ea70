/**
 * A Telegram channel's web preview (t.me/s/…) copied as text: the channel's card (its name, "18.6K subscribers",
 * its counts and description), an app pitch, then its posts in order, each opening on the channel's name (perhaps
 * "Forwarded from …") and closing on the signature of the admin who posted it, its view count ("21.4K views") and its
 * time ("14:05", "edited  14:05"), with a day's date ("January 18", "December 30, 2024") between the days.
 *
 * The file is read as its longest post: the channel's other posts, polls and notices are not the article. The post's
 * first line is its headline when it is short and ends in no full stop; the signature is its writer, the channel its
 * publisher, and the day above it its date, the year carried from the last day that printed one (a new year begins
 * when the months go back). A pasted address of a post (https://t.me/channel/1287) is the post's own.
 */
import { dateLine, findDate, type FoundDate } from './findDate.js';
import { countWords, isPersonName } from './furniture.js';
import type { PageMetadata } from './readHtml.js';

export interface ChannelPost {
  meta: PageMetadata;
  /** The post's paragraphs, one a line, its headline first. */
  body: string;
}

const SUBSCRIBERS = /^\d[\d.,]*\s?[KkMm]?\s+(?:subscribers|members|followers)$/;
const VIEWS = /^\d[\d.,]*\s?[KkMm]?\s+views$/;
const TIME = /^(?:edited\s+)?\d{1,2}:\d{2}$/;
const FORWARDED = /^Forwarded from\s+\S/;
const POST_ADDRESS = /^https?:\/\/t\.me\/(?:s\/)?[\w]+\/\d+\S*$/;
/** "January 18": a day set between a channel's posts in the year the page was read (read as a date once given a year). */
const YEARLESS_DAY = /^\p{L}{3,9}\.?\s+\d{1,2}$/u;
/** Posts (closed by their view count and time) a preview needs before it is read as one. */
const MIN_POSTS = 2;
/** A post this long is an article; shorter ones are the channel's notes. */
const MIN_ARTICLE_WORDS = 120;
/** A first line this short, ending in no full stop, is the post's headline. */
const MAX_HEADLINE_WORDS = 20;

interface Post {
  lines: string[];
  author: string;
  date: string;
}

export function readChannelPreview(text: string): ChannelPost | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const card = lines.findIndex((l) => SUBSCRIBERS.test(l));
  if (card < 0 || card > 20 || lines.filter((l) => VIEWS.test(l)).length < MIN_POSTS) return null;
  // The channel's name stands over its handle or its count on the card, and opens each post.
  const channel = lines.slice(0, card).reverse().find((l) => !/^@/.test(l) && countWords(l) <= 8) ?? '';
  const posts: Post[] = [];
  let current: string[] = [];
  let year: number | null = null;
  let month = 0;
  let day = '';
  for (const line of lines.slice(card + 1)) {
    const full = dateLine(line);
    // (A day without its year takes the last one printed, or the next once the months go back.)
    const yearless: FoundDate | null = full === null && year !== null && YEARLESS_DAY.test(line) ? findDate(`${line}, ${year}`) : null;
    if (full !== null || yearless !== null) {
      let iso: string = full?.iso ?? yearless?.iso ?? '';
      if (full === null && Number(iso.slice(5, 7)) < month) iso = `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
      year = Number(iso.slice(0, 4));
      month = Number(iso.slice(5, 7));
      day = iso;
      current = [];
      continue;
    }
    if (!TIME.test(line)) {
      current.push(line);
      continue;
    }
    // A post closes: its view count, and the signature over it, are no part of its text.
    const body = [...current];
    if (VIEWS.test(body.at(-1) ?? '')) body.pop();
    const author = isPersonName(body.at(-1) ?? '') ? (body.pop() ?? '') : '';
    while (body.length > 0 && (body[0] === channel || FORWARDED.test(body[0] ?? ''))) body.shift();
    posts.push({ lines: body, author, date: day });
    current = [];
  }
  if (posts.length < MIN_POSTS) return null;
  const longest = posts.reduce((a, b) => (countWords(b.lines.join(' ')) > countWords(a.lines.join(' ')) ? b : a));
  if (countWords(longest.lines.join(' ')) < MIN_ARTICLE_WORDS) return null;
  const first = longest.lines[0] ?? '';
  const title = countWords(first) <= MAX_HEADLINE_WORDS && !/[.!?:]$/.test(first) ? first : '';
  // The channel's hashtags closing the post are its tags.
  const body = longest.lines.filter((l) => !/^(?:#[\p{L}\p{N}_]+\s*)+$/u.test(l));
  return {
    meta: { title, author: longest.author, date: longest.date, publisher: channel, url: lines.slice(0, card).find((l) => POST_ADDRESS.test(l)) ?? '' },
    body: body.join('\n\n'),
  };
}
