/**
 * An e-mail saved whole: an .eml file, or a webmail's "Show original" page
 * copied with the summary it prints above the raw message. The message is
 * found by its header block (From, Subject, MIME-Version or Content-Type)
 * and parsed by postal-mime, which decodes what a hand-written reader would
 * get wrong: multipart bodies, quoted-printable and base64 parts, charsets
 * and encoded words in headers ("=?UTF-8?q?RedNote=2C_week_one…?="). The
 * letter's HTML part is read as a web page when it has one, else its text.
 * A web page saved as one file (.mhtml, .mht) is the same format: its HTML
 * part is the page.
 */
import PostalMime from 'postal-mime';
import { findDate } from './findDate.js';
import { headlineCore } from './findMetadata.js';
import { isPersonName } from './furniture.js';
import type { PageMetadata } from './readHtml.js';

export interface MailMessage {
  /** The letter's HTML part ('' when it has none). */
  html: string;
  /** The letter's text part ('' when it has none). */
  text: string;
  /** Subject, sender and date; the address is left to the letter's "view it online" line, or a feed item's Content-Base. */
  meta: PageMetadata;
  /**
   * A web page saved as one file (Chrome's .mhtml, "<Saved by Blink>"; IE's and Word's .mht): its HTML is the page,
   * whose own metadata speaks first; the headers give only its address (Snapshot-Content-Location) and a fallback title.
   */
  savedPage: boolean;
}

/** "Content-Type: text/plain", "X-Mailgun-Tag: issue-112": a header's name, a colon, its value. */
const HEADER = /^[A-Za-z][A-Za-z0-9-]*:[ \t]*\S/;
/** A folded header's next line starts with white space. */
const FOLDED = /^[ \t]+\S/;
/** Lines looked at for the message's header block: a webmail's summary above it is short. */
const MAX_PREFACE_LINES = 80;
/** A header block has at least this many headers (a summary table's "From:" / "To:" / "Subject:" has fewer MIME ones). */
const MIN_HEADERS = 4;

/** Where the raw message starts: the first header block holding From, Subject or Date, and MIME-Version or Content-Type. */
export function messageStart(lines: readonly string[]): number {
  for (let start = 0; start < Math.min(lines.length, MAX_PREFACE_LINES); start++) {
    if (!HEADER.test(lines[start] ?? '')) continue;
    const names = new Set<string>();
    let i = start;
    for (; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (HEADER.test(line)) names.add(line.slice(0, line.indexOf(':')).toLowerCase());
      else if (!FOLDED.test(line)) break;
    }
    // The block ends at the blank line before the body.
    const closed = i < lines.length && (lines[i] ?? '').trim() === '';
    if (closed && names.size >= MIN_HEADERS && (names.has('mime-version') || names.has('content-type')) && (names.has('from') || names.has('subject') || names.has('date'))) return start;
    start = Math.max(start, i - 1);
  }
  return -1;
}

/** "Ines Baptiste at The Feed Line", "The Feed Line": the writer and the publication a sender's name gives. */
function senderParts(name: string): { author: string; publisher: string } {
  const at = /^(.+?)\s+(?:at|from|@)\s+(.+)$/i.exec(name);
  if (at && isPersonName(at[1] ?? '')) return { author: at[1] ?? '', publisher: at[2] ?? '' };
  return isPersonName(name) ? { author: name, publisher: '' } : { author: '', publisher: name };
}

type ParsedMail = Awaited<ReturnType<typeof PostalMime.parse>>;

/** The words an HTML part shows: no head, style or script, no tags, no comments, white space collapsed. */
function htmlWords(html: string): string {
  return html
    .replace(/<(head|style|script)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>|&nbsp;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How much a letter says: its text part's length, or its HTML's without the tags, whichever is longer. */
function textLength(email: ParsedMail): number {
  return Math.max((email.text ?? '').trim().length, htmlWords(email.html ?? '').length);
}

/**
 * An HTML part showing under this share of the text part's words is a template the sender's tool did not fill
 * ("<!-- modules -->" in an empty table) or a stub, not the letter: the text part is read instead.
 */
const MIN_HTML_SHARE = 0.25;

/** The longest message attached whole (message/rfc822) when it holds more text than the letter around it, else null. */
async function attachedMessage(email: ParsedMail): Promise<ParsedMail | null> {
  let best: ParsedMail | null = null;
  let bestLength = textLength(email);
  for (const attachment of email.attachments) {
    if (attachment.mimeType.toLowerCase() !== 'message/rfc822') continue;
    let inner: ParsedMail;
    try {
      inner = await PostalMime.parse(attachment.content);
    } catch {
      continue;
    }
    const length = textLength(inner);
    if (length > bestLength) {
      best = inner;
      bestLength = length;
    }
  }
  return best;
}

/** Characters read to find the header block: a summary and a message's headers (DKIM signatures included) fit. */
const HEAD_CHARS = 64 * 1024;

export async function readMime(text: string): Promise<MailMessage | null> {
  // Only the head is split into lines: every file dropped in is asked whether it is a message.
  const head = text.slice(0, HEAD_CHARS);
  const lines = head.split(/\r\n|\r|\n/);
  const start = messageStart(lines);
  if (start < 0) return null;
  // Where that line starts in the text: the line breaks before it, whatever their kind.
  let offset = 0;
  const breaks = /\r\n|\r|\n/g;
  for (let k = 0; k < start; k++) {
    const found = breaks.exec(head);
    if (found === null) return null;
    offset = found.index + found[0].length;
  }
  let email: ParsedMail;
  try {
    // (A digest's messages, message/rfc822 parts with no disposition, are kept apart as attachments too, not run together.)
    email = await PostalMime.parse(text.slice(offset), { rfc822Attachments: true });
  } catch {
    return null;
  }
  // A letter forwarded as an attachment (Thunderbird's "Forward As > Attachment"): the forwarder's note is short, and the
  // attached message, longer than it, is what was sent on. A list's digest is read as its longest message, as a CMS's
  // export is read as its longest post.
  const forwarded = await attachedMessage(email);
  if (forwarded !== null) email = forwarded;
  const body = email.text ?? '';
  const html = htmlWords(email.html ?? '').length < MIN_HTML_SHARE * body.trim().length ? '' : (email.html ?? '');
  if (html.trim() === '' && body.trim() === '') return null;
  const header = (key: string) => email.headers.find((h) => h.key === key)?.value.trim() ?? '';
  const senderName = (email.from && 'name' in email.from ? email.from.name : '') ?? '';
  const location = header('snapshot-content-location') || header('content-location');
  const savedPage = header('snapshot-content-location') !== '' || /^<?saved by\b/i.test(senderName || header('from'));
  const sender = savedPage ? { author: '', publisher: '' } : senderParts(senderName);
  // (A feed reader's item saved as a message, Thunderbird's, gives the item's own address as its Content-Base.)
  const address = savedPage ? location : header('content-base');
  return {
    html,
    text: body,
    meta: {
      title: headlineCore(`Subject: ${email.subject ?? ''}`) ?? '',
      author: sender.author,
      // A saved page's Date is when it was saved, not when the article was published.
      date: savedPage ? '' : (findDate(header('date'))?.iso ?? ''),
      publisher: sender.publisher,
      url: /^https?:\/\//i.test(address) ? address : '',
    },
    savedPage,
  };
}
