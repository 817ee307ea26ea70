/**
 * Plain text wrapped at a fixed width (an e-mail at 72 columns, a PDF or a
 * print view copied as text) breaks every paragraph into lines: read line by
 * line, a paragraph's first lines look like headings and its last like
 * labels. A line was wrapped, not ended, when the next line's first word
 * would not have fitted on it (how `fmt` and every mail client fill text):
 * those lines are joined back. Text whose lines are whole paragraphs, as
 * most scrapes are, shows no wrap width and is left alone.
 */

import lexicon from 'wink-lexicon/src/lexicon.js';
import { dateLine } from './findDate.js';
import { AD_BUTTON, capitalShare, CREDIT_WORD, isPrintRunningLine, junkRule, SCRIPT_STOPS, TITLE_CASE_SHARE } from './furniture.js';

/**
 * Fixed widths seen in the wild: 60 to 80 columns for mail and text exports, up to 110 for a PDF tool's layout copy of an
 * A4 page (a wrapped line falls a word short). (Tune at 2,569 pages, 100 → 110: content lost 438 → 427, junk 4,058 →
 * 4,063, stray headings 1,168 → 1,171.)
 */
const MIN_WRAPPED_LENGTH = 30;
const MAX_WRAP_WIDTH = 110;
/**
 * A layout copy of a landscape page, or one set in a small type, wraps wider, up to this: believed only where at least
 * MIN_WIDE_WRAPPED_LINES different lines wider than MAX_WRAP_WIDTH run on (a browser's print header, "1/22/25, 10:14 AM
 * Americans Fleeing…", printed over each page's first line, is one line however often it is printed).
 */
const MAX_WIDE_WRAP_WIDTH = 140;
const MIN_WIDE_WRAPPED_LINES = 5;
/** Lines that continue onto a lower-case line, needed before the text counts as wrapped. */
const MIN_WRAPPED_LINES = 3;
/** Share of those lines that must fit the fixed width: a scrape's odd long line running on does not make it wrapped. */
const MIN_WRAPPED_SHARE = 0.8;
/** A wrapped line fills most of the width; a short line (a heading, a byline) ended where it meant to. */
const MIN_FILL = 0.5;

/** A list item, a Markdown heading or quote, a table row, an address on its own line: a line that starts something. */
const STARTS_BLOCK = /^\s*(?:[-*•·‣▪◦+>#|]|\d{1,2}[.)]\s|\[\d+\]|https?:\/\/|www\.)/i;

/** Lines an e-mail quotes ("> …", "> > …" when forwarded twice) before the text counts as a quoted message, not one "> " line. */
const MIN_QUOTED_LINES = 5;
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;
const MAIL_HEADER = /^[ \t]*(?:from|sent|date|to|cc|subject):[ \t]*\S/i;
/** "---------- Forwarded message ---------", "Begin forwarded message:", or a subject marked as forwarded. */
const FORWARDED = /^[ \t]*(?:-{2,}\s*(?:forwarded|original) message\s*-{2,}|begin forwarded message:)|^[ \t]*subject:\s*(?:(?:re|aw):\s*)*(?:fwd?|fw):/im;
/** A message's header: From:, then at least this many of Sent/Date/To/Cc/Subject among the next lines. */
const MIN_HEADER_FIELDS = 2;

/**
 * A forwarded e-mail: the markers of the lines it quotes ("> ", once per forward) are the mail client's, not the text's,
 * and the forwarders' notes above the last message's header ("Mom, this is the article…", "Sent from my iPhone") are
 * not the message. The quoted message reads as the paragraphs it was, and its wrapped lines join.
 */
export function readForwardedMail(text: string): string {
  let lines = text.split(/\r\n|\r|\n/);
  if (lines.filter((l) => QUOTE_MARKS.test(l)).length >= MIN_QUOTED_LINES) lines = lines.map((l) => l.replace(QUOTE_MARKS, ''));
  if (!FORWARDED.test(text)) return lines.join('\n');
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!/^[ \t]*from:/i.test(lines[i] ?? '')) continue;
    const fields = lines.slice(i + 1, i + 6).filter((l) => MAIL_HEADER.test(l)).length;
    if (fields >= MIN_HEADER_FIELDS) last = i;
  }
  return (last > 0 ? lines.slice(last) : lines).join('\n');
}

/** A Markdown link whose text a wrap broke over two lines ("… by [Kevin" / "Tran](https://…/author/ktran/) | …"). */
const BROKEN_LINK_TEXT = /\[([^\][\r\n]{1,80})\r?\n[ \t]*([^\][\r\n]{1,80})\]\((?=https?:|\/)/g;

export function unwrapHardWrappedLines(text: string): string {
  const read = readForwardedMail(text.replace(BROKEN_LINK_TEXT, '[$1 $2](')).split(/\r\n|\r|\n/);
  const lines = joinHangingNumbers(joinHangingFields(withoutMargin(readColumns(joinCjkWrapped(joinDropCaps(singleSpaced(read) ?? read))))));
  const indented = marksParagraphsByIndent(lines);
  const measured = wrapWidth(lines);
  // The width most wrapped lines reach (a story column's), under a few wider ones (a box beside it wrapped wider): how
  // full a line must be to run on is judged against it; only a line wider than every wrapped one was not wrapped.
  const edge = measured === null ? null : sharedEdge(lines, measured);
  if (measured === null && !indented) return lines.join('\n');
  // A column that indents its paragraphs needs no measured width: its indents say where paragraphs begin.
  const width = measured ?? lines.reduce((widest, l) => Math.max(widest, l.trimEnd().length), 0);
  const widths = measured === null ? null : blockWidths(lines, measured);
  const written = wordsWritten(lines);
  const out: string[] = [];
  // The physical line before this one: whether it was full decides, not the paragraph joined so far.
  let last = '';
  // In a text that indents its paragraphs (a newspaper column), whether the paragraph being read opened indented.
  let inIndentedParagraph = false;
  for (const [i, line] of lines.entries()) {
    const paragraph = out.at(-1);
    const opensIndented = indented && PARAGRAPH_INDENT.test(line);
    // (A rule, "-----", runs on from nothing and into nothing: it ends the paragraph.)
    const runsOn = indented && inIndentedParagraph && line.trim() !== '' && !/^\s/.test(line) && !STARTS_BLOCK.test(line) && !isLaidOut(line) && HAS_TEXT.test(line) && HAS_TEXT.test(last);
    const blockWidth = widths?.[i];
    if (paragraph !== undefined && !opensIndented && (runsOn || continues(last, line, blockWidth ?? edge ?? width, blockWidth ?? width))) out[out.length - 1] = joinWrapped(paragraph, line, written);
    else out.push(line);
    if (line.trim() === '' || isLaidOut(line) || !HAS_TEXT.test(line)) inIndentedParagraph = false;
    else if (opensIndented) inIndentedParagraph = true;
    last = line;
  }
  return out.join('\n');
}

/**
 * Characters of the scripts that set no spaces, full-width punctuation, and the curly quotes a CJK font sets full width:
 * two columns each on a fixed-width page.
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef“”‘’]/u;
/** A CJK page's wrap width is at least this many columns (twenty characters). */
const MIN_CJK_WRAP_COLUMNS = 40;
/**
 * Columns a full CJK line may fall short of the width: a closing mark may not start a line, so a line gives a character
 * up, and digits and Latin letters are set half width.
 */
const CJK_WRAP_SLACK = 6;
/** Share of the width a CJK line stopped mid-sentence must fill to run on into the next. */
const MIN_CJK_MID_SENTENCE_SHARE = 0.8;
/** The end of a CJK sentence or clause a paragraph may end on: a full stop, a mark, a closing bracket or quote. */
const CJK_LINE_END = /[。．.！!？?：:；;」』）)】〕”’…]$/u;
/** A CJK list item's or heading's mark opening a line: it starts its own line. */
const CJK_ITEM_MARK = /^\s*[■□●○◆◇・※【〔＊*\-–—•]/u;
/** Share of the CJK lines running on into another that must reach the width. */
const MIN_CJK_WRAPPED_SHARE = 0.5;

function columns(line: string): number {
  let width = 0;
  for (const c of line.trimEnd()) width += WIDE.test(c) ? 2 : 1;
  return width;
}

/** Chinese and Japanese, set without spaces (Korean sets spaces between its words, and wraps at them). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

function mostlyUnspaced(line: string): boolean {
  const chars = [...line.replace(/\s+/g, '')];
  return chars.length >= 6 && chars.filter((c) => UNSPACED.test(c) || c === '“' || c === '”').length >= chars.length * 0.6;
}

/**
 * Chinese or Japanese text wrapped at a fixed number of characters (a PDF tool's copy of an official letter, 28 to a
 * line): a line that fills the width the page's full lines share ran on, and the next line, unless set in (a paragraph's
 * indent) or blank, goes on with it, joined without a space, as these scripts write. Text whose lines do not share a
 * width (a scrape, one paragraph per line) is left as it is.
 */
function joinCjkWrapped(lines: readonly string[]): string[] {
  const unspaced = lines.map(mostlyUnspaced);
  const widths = lines.map(columns);
  const counts = new Map<number, number>();
  for (const [i, width] of widths.entries()) {
    if (unspaced[i] === true && unspaced[i + 1] === true) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  // The width: the widest that at least MIN_WRAPPED_LINES lines reach, within the slack, running on into the next, and
  // most such lines do (a scrape's paragraphs, one to a line, end where they end: few share a width).
  const total = [...counts.values()].reduce((n, k) => n + k, 0);
  const reaching = (w: number) => [...counts].filter(([c]) => c <= w && c >= w - CJK_WRAP_SLACK).reduce((n, [, k]) => n + k, 0);
  const width = [...counts.keys()]
    .filter((w) => w >= MIN_CJK_WRAP_COLUMNS && w <= MAX_WRAP_WIDTH)
    .sort((a, b) => b - a)
    .find((w) => reaching(w) >= MIN_WRAPPED_LINES && reaching(w) >= total * MIN_CJK_WRAPPED_SHARE);
  if (width === undefined) return [...lines];
  const out: string[] = [];
  let runsOn = false;
  for (const [i, line] of lines.entries()) {
    const last = out.at(-1);
    // (The line going on may be short, "593次。", the paragraph's last.)
    if (runsOn && last !== undefined && line.trim() !== '' && !/^\s/.test(line) && UNSPACED.test(line)) out[out.length - 1] = `${last.trimEnd()}${line.trim()}`;
    else out.push(line);
    const filled = widths[i] ?? 0;
    // (A line stopped mid-sentence, no full stop or closing mark at its end, runs on from further short of the width:
    // half-width digits and Latin letters set proportionally leave a line of them shorter than its columns say.)
    const midSentence = filled >= width * MIN_CJK_MID_SENTENCE_SHARE && !CJK_LINE_END.test(line.trimEnd()) && !CJK_ITEM_MARK.test(lines[i + 1] ?? '');
    runsOn = unspaced[i] === true && ((filled >= width - CJK_WRAP_SLACK) || midSentence) && filled <= width;
  }
  return out;
}

/** Lines of text a double-spaced page must have before its spacing says anything. */
const MIN_DOUBLE_SPACED_LINES = 20;
/** Share of its lines of text followed by exactly one blank line. */
const MIN_DOUBLE_SPACED_SHARE = 0.8;

/**
 * A double-spaced page as a PDF tool copies it (a court reporter's transcript, a manuscript): a blank line after every
 * printed line, so a blank line ends nothing. Where its lines, read without those blanks, show a wrap width, they are
 * read so (a run of two blank lines or more still parts them); else null, and the text is left as it is (a scrape that
 * sets each paragraph on its own line with a blank line after it shows no wrap width).
 */
function singleSpaced(lines: readonly string[]): string[] | null {
  const text = lines.filter((l) => l.trim() !== '').length;
  if (text < MIN_DOUBLE_SPACED_LINES) return null;
  let spaced = 0;
  for (let i = 0; i + 2 < lines.length; i++) {
    if ((lines[i] ?? '').trim() !== '' && (lines[i + 1] ?? '').trim() === '' && (lines[i + 2] ?? '').trim() !== '') spaced++;
  }
  if (spaced < text * MIN_DOUBLE_SPACED_SHARE) return null;
  const collapsed = lines.filter((l, i) => l.trim() !== '' || (lines[i - 1] ?? '').trim() === '' || (lines[i + 1] ?? '').trim() === '');
  return wrapWidth(collapsed) === null ? null : collapsed;
}

/** A memo's or a form's field: "Subject:    Security and Privacy Risks of …", "Risk level: MEDIUM". */
const FIELD_LINE = /^([ \t]*)\p{Lu}[\p{L} ./&()-]{0,30}:[ \t]+\S/u;
/** A field's value wrapped under itself is set in this much further than the field's label. */
const MIN_HANGING_INDENT = 4;

/**
 * A memo's header as a layout copy prints it (`pdftotext -layout`): each field's value wraps onto lines hung under the
 * value, the next field follows ("Subject:    Security and Privacy Risks of RedNote for Public-Sector" / "
 * Networks" / "Audience:   …"), a blank line or two between fields or not. The hung lines are the field's; so are the
 * last field's when they stand exactly under its value, below another field, and its first line ends mid-sentence
 * ("RE:" under "DATE:"). A field whose wrapped value is followed by no other field, and is no header's last, is left as
 * it is (a note over an indented paragraph).
 */
function joinHangingFields(lines: readonly string[]): string[] {
  const out: string[] = [];
  const indentOf = (line: string) => /^[ \t]*/.exec(line)?.[0].length ?? 0;
  // The line of the last field read: a field after another one is part of a header, even where blank lines part them.
  let lastField = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const field = FIELD_LINE.exec(line);
    if (field === null) {
      out.push(line);
      continue;
    }
    const indent = (field[1] ?? '').length;
    let j = i + 1;
    while (j < lines.length && /\S/.test(lines[j] as string) && !FIELD_LINE.test(lines[j] as string) && indentOf(lines[j] as string) >= indent + MIN_HANGING_INDENT) j++;
    let next = j;
    while (next < lines.length && next - j < MAX_BLANKS_IN_HEADER && !/\S/.test(lines[next] as string)) next++;
    // The value's own column ("RE:          Producer Advertising …"): a line hung exactly there continues it.
    const valueColumn = field[0].length - 1;
    const underValue = lines.slice(i + 1, j).every((l) => indentOf(l) === valueColumn);
    // (A value ending its sentence is whole: "Note: the figures are provisional." over a line of its own.)
    const runsOn = !/[.!?]["”’)]?$/u.test(line.trimEnd());
    const inHeader = FIELD_LINE.test(lines[next] ?? '') || (underValue && runsOn && i - lastField <= MAX_BLANKS_IN_HEADER + 2);
    lastField = i;
    if (j === i + 1 || !inHeader) {
      out.push(line);
      continue;
    }
    out.push([line.trimEnd(), ...lines.slice(i + 1, j).map((l) => l.trim())].join(' '));
    i = j - 1;
    lastField = i;
  }
  return out;
}

/** Blank lines a memo's header may set between its fields ("TO: …", blank, "FROM: …"). */
const MAX_BLANKS_IN_HEADER = 2;

/**
 * A numbered paragraph of a report: its number ("1.1", "4.", "(a)") or its bullet ("○", "•", as Korean and Japanese
 * reports set their points), the gap after it, and its first words.
 */
const NUMBERED_LINE = /^([ \t]*)(\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}\.|\([a-z\d]{1,3}\)|[a-z]\)|[○●•▪◦])([ \t]+)\S/u;

/** How far short of the paragraph's right edge a wrapped line of it may end (a long word carried to the next line). */
const MAX_HANGING_RAGGEDNESS = 15;

/**
 * A report's numbered paragraph set with a hanging indent (`pdftotext -layout` of a council report): "1.1   This
 * report updates …" and its wrapped lines under its first word, not under its number. Those lines are the paragraph's.
 */
function joinHangingNumbers(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const numbered = NUMBERED_LINE.exec(line);
    if (numbered === null) {
      out.push(line);
      continue;
    }
    const column = (numbered[1] ?? '').length + (numbered[2] ?? '').length + (numbered[3] ?? '').length;
    let j = i + 1;
    while (j < lines.length && /\S/.test(lines[j] as string) && !NUMBERED_LINE.test(lines[j] as string) && (/^[ \t]*/.exec(lines[j] as string)?.[0].length ?? 0) === column) j++;
    // Wrapped, every line but the last reaches the paragraph's edge; a list's entry sets short lines under its number
    // (a headline, "by Marco Zanardi", a date), which stay lines of their own.
    const group = lines.slice(i, j);
    const edge = Math.max(...group.map((l) => l.trimEnd().length));
    if (group.slice(0, -1).some((l) => l.trimEnd().length < edge - MAX_HANGING_RAGGEDNESS)) {
      out.push(line);
      continue;
    }
    out.push([line.trimEnd(), ...group.slice(1).map((l) => l.trim())].join(' '));
    i = j - 1;
  }
  return out;
}

/** A line holding a letter or a digit: not a rule ("-----", "=====", "* * *"). */
const HAS_TEXT = /[\p{L}\p{N}]/u;

/** A left margin this wide or wider, shared by most lines, is the page's, not an indent of the text's. */
const MIN_PAGE_MARGIN = 4;
const MIN_MARGIN_SHARE = 0.6;
/** Lines that may start left of that margin: the capture's chrome, not the page's text. */
const MAX_LEFT_OF_MARGIN_SHARE = 0.2;

/**
 * A page printed with its left margin (`pdftotext -layout` of a letter: every line nine spaces in) sets no paragraph
 * apart by it: the margin the text's lines share, when no line starts further left, is taken off, so a line set in from
 * it still reads as laid out and a line of the body as the body.
 */
function withoutMargin(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => /\S/.test(l)).map((l) => /^[ \t\f]*/.exec(l)?.[0].replace(/\f/g, '').length ?? 0);
  if (indents.length === 0) return [...lines];
  // The margin is the indent most lines share; a few lines further left (a terminal browser's tab bar and cookie bar
  // over a page it draws four screens long) are the capture's own, and lose only what indent they have.
  const counts = new Map<number, number>();
  for (const n of indents) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [margin, shared] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  if (margin < MIN_PAGE_MARGIN || shared < indents.length * MIN_MARGIN_SHARE) return [...lines];
  const left = indents.filter((n) => n < margin).length;
  if (left > indents.length * MAX_LEFT_OF_MARGIN_SHARE) return [...lines];
  return lines.map((l) => {
    const text = l.replace(/^\f/, '');
    const indent = /^[ \t]*/.exec(text)?.[0].length ?? 0;
    return /\S/.test(text) ? text.slice(Math.min(indent, margin)) : text;
  });
}

/** Lines a page set in two columns needs before its text is read as such (a PDF copied with its layout kept). */
const MIN_COLUMN_LINES = 6;
/** The share of a stretch's lines with text that must split at the gutter. */
const MIN_COLUMN_SHARE = 0.7;
/** The narrowest left column, in characters: a label and its value ("Date        January 17") are no columns. */
const MIN_COLUMN_WIDTH = 25;

/**
 * A page set in two columns and copied with its layout kept (`pdftotext -layout`, a print view) puts a line of each
 * column side by side: "When Congress passed the Protecting             On January 17, 2025, the Supreme Court". The
 * gutter is where most lines of a stretch have three spaces or more and then text, at the same place; each such
 * stretch is read as its left column, then its right.
 */
export function readColumns(lines: readonly string[]): string[] {
  const starts = new Map<number, number>();
  for (const line of lines) {
    for (const m of line.matchAll(/\S\s{3,}(?=\S)/g)) {
      const at = m.index + m[0].length;
      if (at >= MIN_COLUMN_WIDTH) starts.set(at, (starts.get(at) ?? 0) + 1);
    }
  }
  const [gutter, count] = [...starts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < MIN_COLUMN_LINES) return [...lines];
  // A line of the stretch: split at the gutter, only left text (a paragraph's indent and the page margin allowed), or only
  // right text (indented to the gutter, or a little past it: a sidebar item's second line).
  const splits = (line: string) =>
    line.trim() === '' ||
    (line.length > gutter && /\s{2}$/.test(line.slice(0, gutter)) && /\S/.test(line.slice(0, gutter)) && /^\s{0,6}\S/.test(line.slice(gutter))) ||
    (line.trimEnd().length < gutter - 2 && /^\s{0,8}\S/.test(line)) ||
    (line.length > gutter && line.slice(0, gutter).trim() === '' && /^\s{0,6}\S/.test(line.slice(gutter)));
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && splits(lines[end] ?? '')) end++;
    const stretch = lines.slice(i, end);
    // The columns stand side by side from the first line split at the gutter to the last: a sidebar shorter than the
    // story leaves the story's column alone above and below it (read on to the stretch's end before the sidebar, so a
    // sentence running on past the sidebar stays whole).
    const isSplit = (l: string) => l.length > gutter && /\S/.test(l.slice(0, gutter)) && /\S/.test(l.slice(gutter));
    const first = stretch.findIndex(isSplit);
    const last = stretch.findLastIndex(isSplit);
    const region = first < 0 ? [] : stretch.slice(first, last + 1);
    const texts = region.filter((l) => l.trim() !== '');
    const split = texts.filter(isSplit);
    if (split.length >= MIN_COLUMN_LINES && split.length >= texts.length * MIN_COLUMN_SHARE) {
      const left = region.map((l) => l.slice(0, gutter).trimEnd());
      const right = region.map((l) => l.slice(gutter).trim());
      out.push(...stretch.slice(0, first), ...left, ...stretch.slice(last + 1), '', ...right, '');
    } else out.push(...stretch);
    if (end === i) out.push(lines[end++] ?? '');
    i = end;
  }
  return out;
}

/** "   RALEIGH — Tasha Rountree spent …": a paragraph opened by a few spaces, as a newspaper column or a print edition sets it. */
const PARAGRAPH_INDENT = /^ {2,6}["“‘(]?[\p{Lu}\p{N}]/u;
/** Paragraphs opened this many times by an indent, in a text whose other lines are flush left, mark paragraphs that way. */
const MIN_INDENTED_PARAGRAPHS = 3;

function marksParagraphsByIndent(lines: readonly string[]): boolean {
  let opened = 0;
  let flush = 0;
  let long = 0;
  // Lines indented as the line before them: a block set in from the margin (every line of it), not paragraphs marked by
  // their first line's indent.
  let setIn = 0;
  for (const [i, line] of lines.entries()) {
    if (line.length > MAX_WRAP_WIDTH) long++;
    const indent = /^ +/.exec(line)?.[0].length ?? 0;
    if (indent > 0 && /\S/.test(line) && indent === (/^ +/.exec(lines[i - 1] ?? '')?.[0].length ?? 0)) setIn++;
    if (PARAGRAPH_INDENT.test(line) && !isLaidOut(line)) opened++;
    else if (/^\S/.test(line)) flush++;
  }
  // A scrape whose paragraphs are whole lines (some of them indented by the copy) has long lines; a column has none.
  return opened >= MIN_INDENTED_PARAGRAPHS && flush > opened && setIn < opened && long <= (opened + flush) * MAX_LONG_LINE_SHARE;
}

/** Share of lines longer than the wrap width that a column or a wrapped text may hold (a URL, a footer, a table). */
const MAX_LONG_LINE_SHARE = 0.05;

/** Lines within this many characters of a width fill it: a ragged right edge. */
const RAGGED_EDGE = 2;
/** A width is the text's edge when this many wrapped lines reach it… */
const MIN_EDGE_LINES = 3;
/** …in a text with this many wrapped lines or more (fewer say too little: the widest is taken). */
const MIN_LINES_FOR_EDGE = 12;

/**
 * The widest width that several of the text's wrapped lines reach, at most `widest`: a shopper's 38-character story
 * column with an auction bill's 46 beside it has its edge at 38.
 */
function sharedEdge(lines: readonly string[], widest: number): number {
  // How many wrapped lines end at each width (a count per width: a long text's thousands of lines cost one pass).
  const atWidth = new Array<number>(widest + 1).fill(0);
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = (lines[i] as string).trimEnd();
    const next = (lines[i + 1] as string).trim();
    if (line.trim() === '' || !runsOnto(line, next) || line.length < MIN_WRAPPED_LENGTH || line.length > widest) continue;
    atWidth[line.length] = (atWidth[line.length] ?? 0) + 1;
    wrapped++;
  }
  if (wrapped < MIN_LINES_FOR_EDGE) return widest;
  for (let w = widest; w >= MIN_WRAPPED_LENGTH; w--) {
    if ((atWidth[w] ?? 0) === 0) continue;
    let reaching = 0;
    for (let x = Math.max(0, w - RAGGED_EDGE); x <= w; x++) reaching += atWidth[x] ?? 0;
    if (reaching >= MIN_EDGE_LINES) return w;
  }
  return widest;
}

/** The width the text was wrapped at, or null when it was not wrapped. */
function wrapWidth(lines: readonly string[]): number | null {
  const widths: number[] = [];
  const wide = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = (lines[i] as string).trimEnd();
    const next = (lines[i + 1] as string).trim();
    if (line.trim() === '' || !runsOnto(line, next) || STARTS_BLOCK.test(lines[i + 1] as string)) continue;
    widths.push(line.length);
    if (line.length > MAX_WRAP_WIDTH && line.length <= MAX_WIDE_WRAP_WIDTH) wide.add(line);
  }
  const limit = wide.size >= MIN_WIDE_WRAPPED_LINES ? MAX_WIDE_WRAP_WIDTH : MAX_WRAP_WIDTH;
  const fitting = widths.filter((w) => w >= MIN_WRAPPED_LENGTH && w <= limit);
  if (fitting.length >= MIN_WRAPPED_LINES && fitting.length >= widths.length * MIN_WRAPPED_SHARE) return Math.max(...fitting);
  // A short line over a lower-case one (a forum's "Laura Brennan" over "unread,") is a label and says nothing either way,
  // when nearly every line of the text fits the width: a chat export's "[1/20/2025 10:03 PM] priya.raman" over a
  // message in lower case is no wrapped line, its messages run longer.
  const telling = widths.filter((w) => w >= MIN_WRAPPED_LENGTH).length;
  if (fitting.length >= MIN_WRAPPED_LINES && fitting.length >= telling * MIN_WRAPPED_SHARE) {
    const width = Math.max(...fitting);
    const texts = lines.filter((l) => l.trim() !== '');
    if (texts.filter((l) => l.trimEnd().length > width).length <= texts.length * MAX_LONG_LINE_SHARE) return width;
  }
  // A newspaper column (an OCR clipping's 32 characters) wraps narrower than any mail or export: it shows itself by many
  // lines of that width running on, and nearly none wider.
  // (A watch's or a phone's screen read by OCR wraps narrower still, at 24: the lines that run on fill at least half the
  // widest of them.)
  const narrowest = Math.max(0, ...widths.filter((w) => w <= MAX_COLUMN_WRAP));
  if (narrowest < MIN_COLUMN_WRAP) return null;
  const column = widths.filter((w) => w >= Math.min(MIN_COLUMN_WRAP, narrowest * MIN_FILL) && w <= MAX_COLUMN_WRAP);
  if (column.length < MIN_COLUMN_WRAPPED_LINES || column.length < widths.length * MIN_COLUMN_WRAPPED_SHARE) return null;
  return Math.max(...column);
}

/**
 * Text all in capitals (a TV station's closed captions, a teleprinter's copy) never shows a wrapped line by a lower-case
 * word under it: a line of words in capitals that stops mid-sentence, over another such line, ran on.
 */
function capitalsRunOn(line: string, next: string): boolean {
  return CAPITALS_PROSE.test(line.trim()) && CAPITALS_PROSE.test(next) && !ENDS_SENTENCE.test(line.trimEnd());
}

/**
 * Whether a line shows itself wrapped by the line under it: that one opens in lower case, or the text is all capitals,
 * or it is written in a script without capitals (Hebrew, Arabic, Persian, Devanagari, Tamil, Thai) and the line stopped
 * mid-sentence. (Chinese and Japanese, which set no spaces, are measured apart: joinCjkWrapped.)
 */
function runsOnto(line: string, next: string): boolean {
  return /^\p{Ll}/u.test(next) || capitalsRunOn(line, next) || (UNCASED_LETTER_FIRST.test(next) && ENDS_IN_WORD.test(line.trimEnd()));
}
/** A line ending on a word, a number or a comma (Arabic's too): mid-sentence. */
const ENDS_IN_WORD = /[\p{L}\p{M}\p{N},،]["”’')\]]?$/u;
/** A letter of a script with no capitals, other than the CJK scripts' (which set no spaces between words). */
const UNCASED_LETTER_FIRST = /^["“‘'(«]?(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])\p{Lo}/u;
/** A line opening on a stamp or a cue in brackets: "[06:08:14 PM]  ** CLIP START **", "[MUSIC]". */
const CUE_FIRST = /^\s*\[[^\]]{1,40}\]/;
/** Three words or more in capitals, no lower-case letter, opening on a word (not a stamp's bracket or a marker's stars). */
const CAPITALS_PROSE = /^(?=(?:\S+\s+){2}\S)["“‘'(]?[\p{Lu}\p{N}][^\p{Ll}*]*$/u;

/** A newspaper column's width, in characters (the narrowest a screen's, 20), and the evidence it needs: more lines, and a larger share, than a page's. */
const MIN_COLUMN_WRAP = 20;
const MAX_COLUMN_WRAP = 40;
const MIN_COLUMN_WRAPPED_LINES = 10;
const MIN_COLUMN_WRAPPED_SHARE = 0.9;

/** A block narrower than this share of the text's wrap width, wrapped at its own width, is read at that width. */
const NARROW_BLOCK = 0.8;
/** Of a block's lines, the share that had no room left for the next one's first word, for the block to be wrapped at its own width. */
const MIN_FULL_SHARE = 0.9;
/** Characters a line set in a proportional font (a PDF's text) may end short of its column's widest line and be full. */
const PROPORTIONAL_SLACK = 4;
/** Share of a narrow block's lines that must run on into a lower-case word before its own width is trusted. */
const MIN_NARROW_RUN_ON = 0.25;

/**
 * The width each line was wrapped at. One text can hold two widths: a journal's narrow column with its footnotes set
 * across the page, a mail's body under a wider quoted header. A block of lines (up to a blank line) that runs on into
 * lower-case words often enough and is clearly narrower than the text's width was wrapped at its own widest line.
 */
/** "userid 88120", "posts: 1,204": a label in lower case and its number, a line to itself. */
const LOWER_CASE_FIELD = /^\p{Ll}+:?\s+#?\d[\d,.]*$/u;

function blockWidths(lines: readonly string[], width: number): (number | undefined)[] {
  const widths: (number | undefined)[] = [];
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
    const block = lines.slice(start, end);
    const inner = block.slice(0, -1);
    // A stamp or a cue in brackets set among the lines ("[06:11:02 PM]  ** CLIP END / CONTEXT **") is no wrapped text.
    const widest = inner.filter((l) => !CUE_FIRST.test(l)).reduce((w, l) => Math.max(w, l.trimEnd().length), 0);
    // (A field under a line, a forum poster's "userid 88120" or "posted 2025-Jan-23, 8:41 pm", opens in lower case but
    // carries nothing on.)
    const runOn = inner.filter((l, i) => {
      const next = (block[i + 1] ?? '').trim();
      return runsOnto(l, next) && !isLaidOut(l) && !LOWER_CASE_FIELD.test(next) && dateLine(next) === null;
    }).length;
    // (A block a little narrower than the text's width is its own column too when nearly every line of it had no room
    // left for the next line's first word: a programme's column beside a wider caption.)
    // (Counted in characters, a proportional font's line is full a few short of the widest.)
    const full = inner.filter((l, i) => l.trimEnd().length + 1 + ((block[i + 1] ?? '').trim().split(/\s+/)[0] ?? '').length > widest - PROPORTIONAL_SLACK).length;
    const ownEdge = widest < width && full >= inner.length * MIN_FULL_SHARE;
    const own = inner.length >= MIN_WRAPPED_LINES - 1 && widest >= MIN_WRAPPED_LENGTH && (widest < width * NARROW_BLOCK || ownEdge) && runOn >= inner.length * MIN_NARROW_RUN_ON;
    for (let i = start; i < end; i++) widths[i] = own ? widest : undefined;
    widths[end] = undefined;
    start = end + 1;
  }
  return widths;
}

/** One or two words in lower case, perhaps closing the sentence: the end of the line above, wrapped. */
const ORPHANED_WORDS = /^\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*)?[.!?]?$/u;
/** Words the line above needs for a lone lower-case word under it to be its end, not a label of its own. */
const MIN_ORPHAN_HOST_WORDS = 4;
/** Words in lower case, the first all in lower case ("airlines are still …", not "iPhone users …"), running on a line. */
const LOWER_CASE_CLAUSE = /^\p{Ll}+[,;]?\s+\p{Ll}[\p{L}'’-]*(?:\s+\S+)*$/u;
/** A line opening on a small word ("on the RedNote Wave"): a title-case headline broken before it, read as such elsewhere. */
const FUNCTION_WORD_FIRST = /^(?:a|an|the|of|and|or|but|to|for|in|on|with|from|by|at|as|into|about|than|that|which|who)\s/;

/**
 * `line` carries on from `last` when `last` had no room left for `line`'s
 * first word, or when `last` fills most of the width and stops mid-sentence
 * (a PDF's proportional type fills lines to different lengths). `width` is the
 * edge most of the text's wrapped lines reach, `widest` its widest wrapped
 * line: a line wider than that was not wrapped.
 */
function continues(last: string, line: string, width: number, widest: number = width): boolean {
  // "… upheld that law on January" / "17. Many TikTok users …": a day after its month, not a numbered item.
  // (So is a number after a phrase that asks for one, "… users to be at least" / "14. Signing up …", in a filled line.)
  const numberRunsOn = (MONTH_AT_END.test(last.trimEnd()) || (NEEDS_A_NUMBER.test(last.trimEnd()) && filledLine(last, width))) && /^\s*\d{1,3}[.,]?\s/.test(line);
  if (line.trim() === '' || last.trim() === '' || (STARTS_BLOCK.test(line) && !numberRunsOn) || BYLINE.test(line) || isLaidOut(last) || isLaidOut(line)) return false;
  // A browser's print header and footer, at each page break, stand alone: the story goes on after them.
  if (isPrintRunningLine(last) || isPrintRunningLine(line)) return false;
  if (numberRunsOn) return true;
  // A newsletter's headline in title case over "by Commander Ray Dombrowski": a byline under its headline, though the
  // mail's writer typed "by" in lower case (wrapped prose going on would say more, or end its sentence).
  if (LOWER_CASE_BYLINE.test(line) && capitalShare(last) >= TITLE_CASE_SHARE) return false;
  // "Riverina winemakers wake up to Americans in their RedNote" / "comments": a word or two in lower case left alone on
  // the next line finish the line before, however short it was (a headline wrapped by a print's narrower column).
  if (ORPHANED_WORDS.test(line.trim()) && /\p{L}$/u.test(last.trimEnd()) && last.trim().split(/\s+/).length >= MIN_ORPHAN_HOST_WORDS) return true;
  // (So does a clause in lower case, "Regional pilots found a new audience on RedNote. Their" / "airlines are still writing
  // the rules": a display headline wrapped short of the text's width, stopped on a word.)
  // (Not a title in title case wrapped before its small words, "Going Where the Clients" / "Scroll: A Member Report" / "on
  // the RedNote Wave", nor a line that carries a headline on itself: those are read as a headline broken over lines.)
  // (Or one stopped on a comma, its clause under it opening on a small word: "RedNote is now where your clients get visa
  // advice," / "and a lot of it is wrong".)
  // (A line of prose wrapped in a narrow column, a sentence ending inside it, "… on TikTok. On RedNote,", is none.)
  const clauseAfterComma = /\p{L},$/u.test(last.trimEnd()) && capitalShare(last) < TITLE_CASE_SHARE && !/[.!?]["”’]?\s/u.test(last.trim());
  if (LOWER_CASE_CLAUSE.test(line.trim()) && (!FUNCTION_WORD_FIRST.test(line.trim()) || clauseAfterComma) && /^["“‘]?[\p{Lu}\d]/u.test(last.trim()) && (/\p{L}$/u.test(last.trimEnd()) || clauseAfterComma) && !ENDS_SENTENCE.test(last.trimEnd()) && last.trim().split(/\s+/).length >= MIN_ORPHAN_HOST_WORDS) return true;
  // A line that is only a date stamp ("2025-01-13 21:47:12.304 GMT") under a headline as long as the width starts its own line;
  // under a sentence stopped on "by" or "on" it ends that sentence ("… posting at least weekly by" / "Jan. 24.").
  if (dateLine(line.trim()) !== null) return ENDS_ON_FUNCTION_WORD.test(last.trimEnd()) && last.trim().split(/\s+/).length > MIN_PHRASE_WORDS && filledLine(last, width);
  // Nor from a photo's caption closed by its credit ("… at Grimpe Saint-Denis in Montreal. Photo: Julien Paré") or an ad's
  // copy closed by its button ("… Clinics, films and community. Learn more"): the credit or the button ends it, though no
  // full stop does, and the story goes on on the next line.
  // (A caption or credit wrapped onto the next line, "… Photo by Ana" / "Mendes", is furniture still when joined: it runs on.)
  if (CREDIT_OR_BUTTON.test(last) && ENDS_ITS_BLOCK.has(junkRule(last.trim()) ?? '') && junkRule(`${last.trim()} ${line.trim()}`) === null) return false;
  // Nor does anything run on from a rule ("-----", "=====", "* * *"): it ends a block, whatever its length.
  if (!/[\p{L}\p{N}]/u.test(last)) return false;
  // A script's cue or a note wholly in brackets ("[TRACK 2]", "[VIDEO: SCREEN REC …]") stands on its line.
  // (So does a marker set between stars and spaces, "[06:08:14 PM]  ** CLIP START **"; Markdown's bold, "**free**", has no
  // spaces inside its stars.)
  if (BRACKETED_LINE.test(last) || BRACKETED_LINE.test(line) || /\*\*\s+[^*]+\s+\*\*\s*$/.test(last)) return false;
  // Nor a Markdown fence (Pandoc's ":::" container, "```" code) nor what it opens: markup, each on its own line.
  if (FENCE_LINE.test(last) || FENCE_LINE.test(line)) return false;
  // Nor do fields of a header ("Newsgroups: …" / "Subject: …"): each is a line of its own.
  if (HEADER_FIELD.test(last) && HEADER_FIELD.test(line)) return false;
  // A line ending in a hyphen after a letter or a digit, the next opening in lower case, broke a word or a compound
  // ("20-" / "second"), however full.
  if (/[\p{L}\p{N}]-$/u.test(last.trimEnd()) && /^\p{Ll}/u.test(line.trim())) return true;
  // A line ending on an article, a preposition or a conjunction stopped mid-phrase: a heading wrapped in a narrow column
  // ("II. Refugees, Cats and a Chinese Terms of" / "Service") runs on, however short; a button of two words ("Sign in",
  // "Log in") ends where it means to.
  if (ENDS_ON_FUNCTION_WORD.test(last.trimEnd()) && last.trim().split(/\s+/).length > MIN_PHRASE_WORDS && /^[\p{L}\p{N}"“‘'(]/u.test(line.trim())) return true;
  const filled = last.trimEnd().length;
  // A line longer than the width the text was wrapped at was not wrapped at it: a list of wire headlines over a story.
  if (filled > widest) return false;
  const firstWord = line.trim().split(/\s+/)[0] ?? '';
  if (filled >= widest * MIN_FILL && filled + 1 + firstWord.length > widest) return true;
  // (A line may open on the ampersand of a name the wrap broke: "… of Vander Ploeg Well" / "& Pump in Sioux Center, Iowa.")
  return filled >= width * MIN_OPEN_FILL && !ENDS_SENTENCE.test(last.trimEnd()) && /^(?:[\p{L}\p{N}"“‘'(]|&\s)/u.test(line.trim());
}

/** A line of more words than a button's ("Sign in") that stops on a function word stopped mid-phrase. */
const MIN_PHRASE_WORDS = 2;

/** A line filling most of the width the text was wrapped at. */
function filledLine(line: string, width: number): boolean {
  const filled = line.trimEnd().length;
  return filled <= width && filled >= width * MIN_OPEN_FILL;
}

/** Furniture closed by a credit or a button, not by a full stop. */
const ENDS_ITS_BLOCK = new Set(['photo-credit', 'advertisement']);
/** The words such a credit or button holds, as the furniture rules spell them (a cheap test before the rules). */
const CREDIT_OR_BUTTON = new RegExp(`\\b${CREDIT_WORD}\\b|${AD_BUTTON}`, 'i');
const MONTH_AT_END = /\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;
/** A line stopped where a number must follow: "at least", "more than", "about", "nearly", "aged". */
const NEEDS_A_NUMBER = /\s(?:at least|at most|than|about|nearly|around|almost|roughly|approximately|aged|ages|of|to|from|by|the|only|just)$/i;
const BRACKETED_LINE = /^\s*[[{][^\][{}]*[\]}]\s*$/;
/** ":::", "::: {.field--name-body}", "```js": a Markdown fence. */
const FENCE_LINE = /^\s*(?::{3,}|`{3,}|~{3,})/;
const ENDS_ON_FUNCTION_WORD = /\s(?:a|an|the|of|and|or|to|for|in|on|with|from|by|at|as|into|about|than)$/;
/** "By Priya Raman | Culture Desk": a byline under a headline as long as the wrap width; wrapped prose says "by" in lower case. */
const BYLINE = /^\s*By\s+\p{Lu}/u;
/** "Subject: …", "Message-ID: …", "Organization: …": a mail's, a post's or a document's header field. */
const HEADER_FIELD = /^\s*\p{Lu}[\p{L}-]{1,24}:\s/u;
/** "by Commander Ray Dombrowski": a name alone after a lower-case "by", no sentence going on or ending. */
const LOWER_CASE_BYLINE = /^\s*by\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*\s*$/u;

/** A line that stops mid-sentence and fills this share of the width ran on. */
const MIN_OPEN_FILL = 0.75;
const ENDS_SENTENCE = new RegExp(`[.!?:;…${SCRIPT_STOPS}]["”’')\\]]?$`, 'u');

/**
 * A line set by spaces rather than filled with words: centred or pushed to
 * the right ("          Page 3 of 6"), or in columns ("Report title      Centre
 * name"), as a PDF's running headers, footers and title page are.
 */
function isLaidOut(line: string): boolean {
  return /^\s{8,}/.test(line) || /\S\s{5,}\S/.test(line);
}

/**
 * A word broken at a hyphen loses the space: a compound ("self-" / "strengthening") keeps its hyphen, a word a typesetter
 * hyphenated to fill the line ("migra-" / "tion", "Presi-" / "dent") loses it.
 */
function joinWrapped(paragraph: string, line: string, written: ReadonlySet<string>): string {
  const head = paragraph.trimEnd();
  const next = line.trim();
  // A number's compound ("20-" / "second", "68-year-" / "old") keeps its hyphen and loses the space.
  if (/\p{N}-$/u.test(head) && /^\p{Ll}/u.test(next)) return `${head}${next}`;
  // A capitalised compound the text writes whole elsewhere ("Ruiz-" / "Delgado said", "Ana Ruiz-Delgado") keeps its hyphen.
  // (Tested for its hyphen first: a pattern anchored at the end tries every letter of a long line.)
  const compound = head.endsWith('-') ? (/(\p{L}+)-$/u.exec(head)?.[1] ?? '') : '';
  const rest = /^\p{Lu}\p{L}*/u.exec(next)?.[0] ?? '';
  if (compound !== '' && rest !== '' && written.has(`${compound}-${rest}`.toLowerCase())) return `${head}${next}`;
  if (!/\p{L}-$/u.test(head) || !/^\p{Ll}/u.test(next)) return `${head} ${next}`;
  return softHyphen(head, next, written) ? `${head.slice(0, -1)}${next}` : `${head}${next}`;
}

/**
 * Whether a hyphen at a line's end only broke a word: the text writes the two parts as one word elsewhere ("down-" /
 * "loaded" where it also says "the most downloaded app"), the two parts make a word the lexicon knows ("Applica-"
 * "tions"), or they are not two words of their own (a compound's parts are: "self" and "strengthening", "state" and
 * "level"). A text that writes the compound with its hyphen elsewhere keeps it.
 */
function softHyphen(head: string, next: string, written: ReadonlySet<string>): boolean {
  const before = (/(\p{L}+)-$/u.exec(head)?.[1] ?? '').toLowerCase();
  const after = (/^\p{Ll}+/u.exec(next)?.[0] ?? '').toLowerCase();
  // ("app-" / "tracking": "app" is no word of the lexicon's, but one the text writes on its own.)
  const aWord = (part: string) => isWord(part) || written.has(part);
  // A name before the hyphen that the text writes on its own or in another compound ("ByteDance-" / "konserniin" beside
  // "ByteDance", "Lumi-" / "kissasta" beside "Lumi-kissastaan") makes a compound, in any language; a name the text writes
  // nowhere else ("Xiaohong-" / "shu") was broken by the typesetter.
  const named = /(?:^|[^\p{L}])\p{Lu}\p{L}*-$/u.test(head) && (written.has(before) || written.has(`${before}-`));
  return brokenWord(before, after, written) ?? (named ? false : !(aWord(before) && aWord(after)));
}

/**
 * Two parts parted by a hyphen: false when the text writes them as a hyphenated compound, true when they make a word the
 * text writes or the lexicon knows, undefined when neither says (parts in lower case).
 */
function brokenWord(before: string, after: string, written: ReadonlySet<string>): boolean | undefined {
  if (written.has(`${before}-${after}`)) return false;
  if (written.has(before + after) || isWord(before + after)) return true;
  return undefined;
}

/**
 * Paragraphs given as their printed lines (a PDF's, shown as HTML), each joined into one: a word broken at a line's end
 * is whole again, a compound keeps its hyphen, as in a hard-wrapped text.
 */
export function joinPrintedLines(paragraphs: readonly (readonly string[])[]): string[] {
  const written = wordsWritten(paragraphs.flat());
  return paragraphs.map((lines) => lines.reduce((text, line) => (text === '' ? line.trim() : joinWrapped(text, line, written)), ''));
}

/** "prac- tical": a word a typesetter broke at a line's end, the line break since turned into a space (a PDF's text layer). */
const SPLIT_WORD = /(?<![\p{L}\p{N}-])(\p{L}{2,})- (\p{Ll}{2,})(?![\p{L}-])/gu;

/**
 * Words broken across lines of a page whose lines were since run together ("a more prac- tical home", "expe- rience")
 * are mended when the two parts make a word the text writes or the lexicon knows; a suspended compound ("short- and
 * long-term") or a compound the text writes with its hyphen stays as it is.
 */
export function mendSplitWords(texts: readonly string[]): string[] {
  if (!texts.some((t) => / \p{Ll}/u.test(t) && t.includes('- '))) return [...texts];
  const written = wordsWritten(texts);
  return texts.map((t) =>
    t.replace(SPLIT_WORD, (whole, before: string, after: string) => (brokenWord(before.toLowerCase(), after.toLowerCase(), written) === true ? `${before}${after}` : whole)),
  );
}

/** The words a text writes within its lines, hyphenated compounds whole, in lower case: how it spells what a line end may break. */
function wordsWritten(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  // (Not the part a line's end breaks off: "migra-" writes no word "migra".)
  // (And a compound's first part with its hyphen, "lumi-" of "Lumi-kissastaan": the text joins that word so.)
  for (const line of lines) {
    for (const m of (line.trimEnd().endsWith('-') ? line.replace(/\p{L}+-\s*$/u, '') : line).matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = m[0].toLowerCase();
      words.add(word);
      const hyphen = word.indexOf('-');
      if (hyphen > 0) words.add(word.slice(0, hyphen + 1));
    }
  }
  return words;
}

const isWord = (word: string): boolean => Object.hasOwn(lexicon, word);

/**
 * A magazine's drop cap, set apart by a PDF's or a scan's text layer: "E" alone on its line, then "very January the
 * office…". The letter opens the word on the next line when the two make a word ("A" / "fter the ban" is "After").
 */
function joinDropCaps(lines: string[]): string[] {
  if (!lines.some((l) => /^\s*[A-Z]\s*$/.test(l))) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const letter = /^\s*([A-Z])\s*$/.exec(lines[i] ?? '')?.[1];
    // (A blank line may part them: "I" / "" / "n the second week of January…".)
    const next = (lines[i + 1] ?? '').trim() === '' ? i + 2 : i + 1;
    const rest = /^([a-z]+)\b/.exec(lines[next] ?? '')?.[1];
    // ("A" and "I" are words of their own: "I" / "was there" stays two; any other letter alone is no word.)
    if (letter !== undefined && rest !== undefined && isWord(`${letter.toLowerCase()}${rest}`) && (!'AI'.includes(letter) || !isWord(rest))) {
      out.push(`${letter}${lines[next] ?? ''}`);
      i = next;
      continue;
    }
    out.push(lines[i] ?? '');
  }
  return out;
}
