/**
 * A group chat exported as text (WhatsApp's "Export chat": "1/18/25, 8:48 PM -
 * Jessica Zhou: …" on Android, "[1/18/25, 8:48:02 PM] Jessica Zhou: …" on
 * iOS) into which someone pasted an article. The chat's other messages are
 * not the article: the longest message is, read without its stamp and sender,
 * with WhatsApp's emphasis marks ("*headline*") removed from whole lines. A
 * chat with no message long enough to be an article is left to be read as text.
 */
import { countWords } from './furniture.js';

/** "1/18/25, 8:48 PM - ", "[18.01.25, 20:48:02] ", "2025-01-18 20:48 - ": a message's stamp; the sender's name and a colon follow. */
const MESSAGE = /^\u200e?\[?(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?\]?\s*(?:[-–]\s*)?/;
const SENDER = /^([^:\n]{1,60}?):\s?/;
/** Messages a file needs before it counts as a chat export. */
const MIN_MESSAGES = 5;
/** A message this long is an article pasted into the chat; shorter ones are the chat. */
const MIN_ARTICLE_WORDS = 120;

export function readChatExport(text: string): string | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const stamped = lines.filter((l) => MESSAGE.test(l)).length;
  if (stamped < MIN_MESSAGES || !MESSAGE.test(lines.find((l) => l.trim() !== '') ?? '')) return null;
  const messages: string[][] = [];
  for (const line of lines) {
    const stamp = MESSAGE.exec(line);
    if (stamp) {
      const rest = line.slice(stamp[0].length);
      const sender = SENDER.exec(rest);
      // A system line ("Jessica Zhou created group …") has no sender: it is a message of no one's.
      messages.push([sender ? rest.slice(sender[0].length) : '']);
    } else messages.at(-1)?.push(line);
  }
  let longest: string[] = [];
  let most = 0;
  for (const message of messages) {
    const words = countWords(message.join(' '));
    if (words > most) [longest, most] = [message, words];
  }
  if (most < MIN_ARTICLE_WORDS) return null;
  return longest
    .map((l) => l.replace(/\s*<This message was edited>$/, '').replace(/^([*_~])(\S(?:.*\S)?)\1$/, '$2'))
    .join('\n')
    .trim();
}
