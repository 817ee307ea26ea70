/**
 * A group chat exported as text into which someone pasted an article: WhatsApp's "Export chat" ("1/18/25, 8:48 PM -
 * Jessica Zhou: …" on Android, "[1/18/25, 8:48:02 PM] Jessica Zhou: …" on iOS) or LINE's "Save chat history"
 * ("[LINE] Chat history in …", a day's date on its own line, then "08:52\tUncle Wen\t…", a message of several lines
 * in double quotes with its own quotes doubled), or KakaoTalk's PC export ("[민준] [오후 9:41] …" under day rules), or a
 * Signal backup tool's text export set as IRC clients log ("[Jan 16, 2025 08:51:32] <Tomás Reyes> …").
 * The chat's other messages are not the article: the longest message is, read without its stamp and sender, with
 * WhatsApp's emphasis marks ("*headline*") removed from whole lines. A chat with no message long enough to be an
 * article is left to be read as text.
 */
import { countWords } from './furniture.js';

/** "1/18/25, 8:48 PM - ", "[18.01.25, 20:48:02] ", "2025-01-18 20:48 - ": a message's stamp; the sender's name and a colon follow. */
const MESSAGE = /^\u200e?\[?(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?\]?\s*(?:[-–]\s*)?/;
const SENDER = /^(?:<[^<>\n]{1,60}>\s?|[^:\n]{1,60}?:\s?)/;
/**
 * "[Jan 16, 2025 08:51:32] <Tomás Reyes> …", "[Jan 15, 2025 20:01:09] *** Marisol Duarte set …": a Signal backup tool's
 * text export, as IRC clients log, the sender's name in angle brackets after the stamp, or a system line's stars.
 */
const IRC_MESSAGE = /^\[\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]\s+(?=<[^<>\n]{1,60}>|\*{3}\s)/u;
/** LINE's message: time, a tab, the sender (none for a system line), a tab, the text ("08:52\tUncle Wen\tBe careful ah"). */
const LINE_MESSAGE = /^(?:[AaPp][Mm]|午前|午後|上午|下午)?\s?\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\t([^\t]{0,60})\t/;
/** LINE's day header: "Sat, 1/18/2025", "2025/01/18(Sat)", "2025.01.18 土曜日". */
const LINE_DAY = /^(?:\p{L}{2,9},?\s+\d{1,2}\/\d{1,2}\/\d{4}|\d{4}[/.]\d{1,2}[/.]\d{1,2}\s*(?:\(\p{L}{1,9}\)|\p{L}{1,9})?)$/u;
/** KakaoTalk's message in a PC export: "[Sender] [오후 9:41] text"; the sender in brackets, then the time in brackets. */
const KAKAO_MESSAGE = /^\[([^\]\n]{1,60})\] \[(?:오전|오후|AM|PM|午前|午後|上午|下午)?\s?\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\]\s?/;
/** KakaoTalk's day rule: "--------------- 2025년 1월 23일 목요일 ---------------". */
const KAKAO_DAY = /^-{4,}\s.*\s-{4,}$/;
/** Messages a file needs before it counts as a chat export. */
const MIN_MESSAGES = 5;
/** A message this long is an article pasted into the chat; shorter ones are the chat. */
const MIN_ARTICLE_WORDS = 120;

export function readChatExport(text: string): string | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const messages = MESSAGE.test(first) || IRC_MESSAGE.test(first)
    ? whatsAppMessages(lines)
    : /^\[LINE\]\s/.test(first) || LINE_MESSAGE.test(first)
      ? lineMessages(lines)
      : kakaoMessages(lines);
  if (messages.length < MIN_MESSAGES) return null;
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

/** WhatsApp's messages, each as its lines; a system line ("Jessica Zhou created group …") has no sender: a message of no one's. */
function whatsAppMessages(lines: readonly string[]): string[][] {
  const stampOf = (line: string) => MESSAGE.exec(line) ?? IRC_MESSAGE.exec(line);
  if (lines.filter((l) => stampOf(l) !== null).length < MIN_MESSAGES) return [];
  const messages: string[][] = [];
  for (const line of lines) {
    const stamp = stampOf(line);
    if (stamp) {
      const rest = line.slice(stamp[0].length);
      const sender = SENDER.exec(rest);
      messages.push([sender ? rest.slice(sender[0].length) : '']);
    } else messages.at(-1)?.push(line);
  }
  return messages;
}

/** LINE's messages, each as its lines, a quoted one unquoted; the day headers and the file's header belong to none. */
function lineMessages(lines: readonly string[]): string[][] {
  if (lines.filter((l) => LINE_MESSAGE.test(l)).length < MIN_MESSAGES) return [];
  const messages: string[][] = [];
  let open = false;
  for (const line of lines) {
    const stamp = LINE_MESSAGE.exec(line);
    if (stamp && !open) {
      const body = line.slice(stamp[0].length);
      // A message of several lines is quoted whole: "…", its own quotes doubled ("So ""cat tax"" is real?").
      open = body.startsWith('"') && !closesQuote(body.slice(1));
      messages.push([body]);
    } else if (open) {
      messages.at(-1)?.push(line);
      if (closesQuote(line)) open = false;
    } else if (!LINE_DAY.test(line.trim())) messages.at(-1)?.push(line);
  }
  return messages.map((m) => {
    const joined = m.join('\n');
    return /^"[\s\S]*"$/.test(joined) ? joined.slice(1, -1).replace(/""/g, '"').split('\n') : m;
  });
}

/** KakaoTalk's messages, each as its lines without the stamp; the day rules belong to none, a join notice to the message before. */
function kakaoMessages(lines: readonly string[]): string[][] {
  if (lines.filter((l) => KAKAO_MESSAGE.test(l)).length < MIN_MESSAGES) return [];
  const messages: string[][] = [];
  for (const line of lines) {
    const stamp = KAKAO_MESSAGE.exec(line);
    if (stamp) messages.push([line.slice(stamp[0].length)]);
    else if (!KAKAO_DAY.test(line.trim())) messages.at(-1)?.push(line);
  }
  return messages;
}

/** Whether a line of a quoted message ends it: a closing quote not doubled. */
function closesQuote(line: string): boolean {
  return /(?:^|[^"])(?:"")*"$/.test(line);
}
