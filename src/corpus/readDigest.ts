/**
 * A mailing list's digest (LISTSERV, JISCMail, Mailman, Google Groups):
 * one e-mail holding the day's messages, each under its own short header
 * (Date, From, Subject) and parted from the next by a rule of dashes. A
 * moderator who drops one in means the message that carries the article
 * (a member forwarding a story, pasting a page); the other messages, the
 * topics list and the list's footers are not it.
 */

import { countWords } from './furniture.js';

/** The rule a digest sets between its messages: a line of 20 or more dashes, hashes, equals signs or underscores. */
const MESSAGE_RULE = /^[ \t]*(?:-{20,}|#{20,}|={20,}|_{20,})[ \t]*$/;
/** A message's short header fields. Mailman numbers its messages ("Message: 2"). */
const HEADER_FIELD = /^(?:date|from|subject|message|sent|to):[ \t]*\S/i;
/** A message starts with at least this many header fields among its first lines. */
const MIN_HEADER_FIELDS = 2;
/** What says the e-mail is a digest: its topics list, or "Digest" in its own heading lines. */
const DIGEST_MARK = /^[ \t]*(?:topics of the day|today'?s topics|messages in this digest|there (?:are|is) \d+ messages?\b)|\bdigest\b/im;
/** Lines of the e-mail's opening looked at for a digest mark. */
const DIGEST_HEAD_LINES = 25;
/** A digest holds at least this many messages. */
const MIN_MESSAGES = 2;

interface Message {
  /** The message's lines, from its header on. */
  lines: string[];
  words: number;
}

/** The text of the message that carries the article when `text` is a digest, else null. */
export function digestMessage(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  if (!DIGEST_MARK.test(lines.slice(0, DIGEST_HEAD_LINES).join('\n'))) return null;
  const messages: Message[] = [];
  let section: string[] = [];
  const close = () => {
    const first = section.findIndex((l) => l.trim() !== '');
    const head = first < 0 ? [] : section.slice(first, first + 6);
    if (head.filter((l) => HEADER_FIELD.test(l)).length >= MIN_HEADER_FIELDS) {
      const body = section.slice(first);
      messages.push({ lines: body, words: countWords(body.join(' ')) });
    }
    section = [];
  };
  for (const line of lines) {
    if (MESSAGE_RULE.test(line)) close();
    else section.push(line);
  }
  close();
  if (messages.length < MIN_MESSAGES) return null;
  // The message that carries a story is the digest's longest: a forwarded article runs to hundreds of words, a member's
  // question or a job notice to a few dozen.
  const longest = messages.reduce((best, m) => (m.words > best.words ? m : best));
  return longest.lines.join('\n');
}
