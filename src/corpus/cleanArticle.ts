import { dateLine, isRelativeStamp } from './findDate.js';
import { authorBelow, BYLINE_PREFIX, signerBelow, comparable, findMetadata, hasProseShape, MAX_MASTHEAD_WORDS, SENTENCE_END, type FoundMetadata } from './findMetadata.js';
import { AD_BUTTON, countWords, isContentsLabel, isPreheader, SCRIPT_STOPS, isBylineLine, isListMarker, isNameAndDate, isPersonName, isTailMarker, ISSUE_CONTENTS_LABEL, junkRule, LEADING_EMOJI, NOT_FOR_READERS, OFFER_BUTTON } from './furniture.js';
import { junkScore, readsAsFurniture } from './lineModel.js';
import { mendSplitWords, unwrapHardWrappedLines } from './unwrapLines.js';
import { parseSourceListEntry, isSourceListHeading, type SourceListEntry } from './parseSourceList.js';
import { removeInlineMarkers, stripMarkup } from './stripMarkup.js';
import type { CleaningHints, Paragraph } from './types.js';

export { junkRule } from './furniture.js';

export interface CleanOptions {
  /** The article's title when known (manifest or page metadata): lines repeating it are the page header. Empty: inferred. */
  title: string;
  /** The publisher's name: a logo credit glued to the last sentence is removed. */
  publisher: string;
  /** The author when the page's metadata names them: a line that is only that name is not article text. */
  author?: string;
  hints: CleaningHints;
  /** Short lines found in several files of the corpus: the site's furniture, never a heading or a title. */
  siteFurniture?: ReadonlySet<string>;
}

export interface CleanResult {
  paragraphs: Paragraph[];
  sourceList: SourceListEntry[];
  warnings: string[];
  /** What the page says about itself (headline, byline, date, publisher, address). */
  found: FoundMetadata;
}

/** One block of a page: a line of a text file, or a paragraph or heading of an HTML article. */
export interface Block {
  text: string;
  /** Marked up as a heading (HTML); text files leave it to the line's shape. */
  heading?: boolean;
  /** An item of a marked-up list (HTML <li>, <dd>). */
  item?: boolean;
  /** A bulleted item ("• …", "- …", <li>): never a heading, whatever its length. */
  bullet?: boolean;
  /** Share of the block's characters inside links (HTML): a block that is mostly links is navigation. */
  linkShare?: number;
  /** A table row (cells joined as "label: value"): joined with its neighbours wherever it stands. */
  row?: boolean;
  /** A row whose first cell is a label ending in a colon ("Award Number:<TAB>2531187"): a record's field. */
  field?: boolean;
  /** A numbered note at the foot of a page or a report ("[3] Public Law 118-50, …"): the apparatus, not the text. */
  footnote?: boolean;
}

/** A signature under a letter's closing: a name of one to four capitalised words ("Bea", "Marla Pettibone"). */
const SIGNED_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
const PREV_NEXT = /^(previous|next|previous (post|article|story)|next (post|article|story)|older posts?|newer posts?)$/i;
const EMBED_START = /^@[\w.]{2,30}$/;
const EMBED_END = /^♬/;
const MAX_EMBED_LINES = 6;
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 120;
/** A "Reply" under at least this many paragraphs, and nothing before them, is a message's button, not a comment's. */
const MIN_MESSAGE_PARAGRAPHS = 3;
/** A line this long printed twice is a paragraph the scraper duplicated, not a teaser's headline. */
const MAX_HEADLINE_WORDS = 25;
/** jusText's threshold: a block more than half made of links is navigation or a teaser. */
const MAX_LINK_SHARE = 0.5;
/** Furniture that sits between a heading and its paragraph (edit links, buttons, counters) without ending the section. */
const CONTROLS = new Set(['site-chrome', 'wiki-tools', 'advertisement', 'share-bar', 'social-links', 'no-words', 'meta-line', 'reading-time', 'time-stamp', 'disclaimer', 'repeated-label', 'speaker-label', 'stage-direction']);
/**
 * A speaker's name, or a recording's time code ("00:21", "[00:01:15]"; not a
 * clock time such as "11:58 p.m. ET", which heads a live blog's entry): the
 * line after it is what was said, never a heading.
 */
function opensSpeakerTurn(line: string, fact: LineFacts | undefined): boolean {
  return fact?.junk === 'repeated-label' || fact?.junk === 'speaker-label' || (fact?.junk === 'time-stamp' && /^[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?$/.test(line));
}
/** A line of this many words or fewer, printed this many times on the page, is a label (a speaker's name), not a heading. */
const MAX_LABEL_REPEAT_WORDS = 4;
const MIN_LABEL_REPEATS = 3;
/** A line of this many words or fewer is a label (a commenter's name, a lone word), not a paragraph. */
const MAX_LABEL_WORDS = 2;
/**
 * "[00:03:15] TYRELL SUMMERS", "02:10 Lena Cho": a transcript's turn, a time code and the speaker's name (not a chapter
 * title); and as transcription services print it, the name first: "Maya Thornton (00:02:10):", "Speaker 2 (01:14):".
 */
function isTimedSpeaker(line: string): boolean {
  // ("Geoffrey Marks  1:20", "Speaker 2  1:34": Otter.ai's transcript sets the time after the name, unbracketed.)
  const m = /^[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s+(.+)$/.exec(line) ?? /^(.+?)\s+[([]\d{1,2}:\d{2}(?::\d{2})?[)\]]:$/.exec(line) ?? /^(.+?)\s+\d{1,2}:\d{2}(?::\d{2})?$/.exec(line);
  const name = m?.[1]?.replace(/:$/, '') ?? '';
  return name !== '' && (isPersonName(name) || /^\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3}$/u.test(name) || /^(?:Speaker|Interviewer|Interviewee|Host|Guest|Announcer|Moderator|Narrator)(?: \d{1,2})?$/i.test(name));
}


/** A marked-up heading of this many words that ends in a full stop still heads a section (a listicle's item); a longer one is a standfirst. */
const MAX_SENTENCE_HEADING_WORDS = 10;

/**
 * A short line of a text file is a heading only if it does not read as furniture beyond doubt: the learned model's score
 * over this ("HPL-RN-000143", a Bates stamp; "Subscriber exclusive"; "advertise") sets it apart from a section's name. Far
 * above the model's own threshold (10): on the tune pages 20 dropped 234 stray headings and 185 junk lines and lost 10
 * real ones; 17 dropped 473 and 364 but lost 90; 15 dropped 574 and 444 but lost 151.
 */
const SURE_FURNITURE_SCORE = 20;

function surelyFurniture(line: string): boolean {
  // (A single word is left to the rules: "Transcript", "Summary", "Takeaways" name sections as often as "Share" is a button.)
  const words = countWords(line);
  return words <= MAX_SCORED_HEADING_WORDS && (words > 1 || /[^\p{L}]/u.test(line)) && junkScore(line) > SURE_FURNITURE_SCORE;
}

/** The longest heading the model is asked about. */
const MAX_SCORED_HEADING_WORDS = 12;

/** A box the page prints twice (a newsletter plug, a disclaimer) is at most this long. */
const MAX_BOX_WORDS = 60;
/** A caption is a sentence or two; a longer line above a credit is the slide's text. */
const MAX_CAPTION_WORDS = 20;
/** A photo credit this short is the credit alone ("Photo: Getty Images / Ana Ruiz"), its caption set apart above it. */
const MAX_BARE_CREDIT_WORDS = 8;
/** A sentence's end, then another sentence: more than a caption says. */
const TWO_SENTENCES = /[.!?]["”’]?\s+\p{Lu}.*[.!?]["”’]?$/u;
/** A newsletter, paywall, app or cookie box: what lies between two of its lines belongs to it (jusText's context rule). */
const BOX_KINDS = new Set(['newsletter', 'subscription-prompt', 'paywall', 'app-promo', 'cookie-banner', 'comment-form', 'form-label']);
const MAX_BOX_BLURB_WORDS = 40;
/** Lines a "Related" box or a table of contents may hold before the article resumes. */
const MAX_BOX_LINES = 8;
/** Sections that only ever close a page: the article never resumes after them, however much prose they hold (authors' bios, notes). */
/** Whether a contents entry heads a section further down the page, numbered or not ("Related links", "7. Related links"). */
function headsSectionBelow(lines: readonly string[], at: number): boolean {
  const entry = comparable(lines[at] ?? '');
  return entry !== '' && lines.slice(at + 1).some((l) => comparable(l.replace(/^\s*\d{1,2}[.)]?\s+/, '')) === entry);
}

/** "Notes:" under a chart: within FIGURE_REACH lines of a "Figure 1: …" caption. */
const FIGURE_NOTES = /^notes?\s*:?$/i;
const FIGURE_REACH = 20;
/** A chart's notes are short; the article's next paragraph is longer. */
const MIN_PARAGRAPH_AFTER_NOTES = 20;
/** Markers after which the article never resumes: the apparatus (and notes the writer marks as not for readers, NOT_FOR_READERS). */
const FINAL_MARKER = /^(about the authors?|about the writers?|references|notes|footnotes|endnotes|bibliography|works cited|acknowledg(e)?ments)$/i;
function isFinalMarker(line: string): boolean {
  const l = line.replace(/[:\s]+$/, '');
  return FINAL_MARKER.test(l) || NOT_FOR_READERS.test(l);
}
const CLOSED = new RegExp(`[.!?…"”’')\\]${SCRIPT_STOPS}]$`, 'u');

export function normalizeLine(line: string): string {
  return line
    .normalize('NFC')
    // "ﬁlmed": a typeface's ligature (a PDF's text layer keeps it) is its letters.
    .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC'))
    // Invisible marks: zero-width spaces and joiners, a soft hyphen, and the bidirectional controls a page sets round a
    // date or a name written left to right in a right-to-left script ("‎01-16-2025"). (A joiner or a non-joiner inside a
    // word of a script that shapes its letters is spelling: Persian writes "ایرانی‌ها", Hindi its half-forms, with them.)
    .replace(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u2060\ufeff\u00ad]/g, '')
    .replace(STRAY_JOINER, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    // "… this spring. ■": a magazine's end mark after the last sentence.
    .replace(/(?<=[.!?"”’)])\s*[■◼▪∎]$/u, '')
    // "… about 31,000 characters in all. 🧵 (1/10)": a thread's post number after the post's last sentence.
    .replace(THREAD_COUNTER, '')
    // "(U) On 17 January, …", "2. (U) REPORTING FOREIGN CONTACTS": a government document's portion mark, the level of
    // what follows (unclassified), not its words.
    .replace(PORTION_MARK, '$1')
    // "06:41 Next, I would like to share…": a synced transcript's time code (a link to that moment) opening what was said.
    .replace(TIME_CODE_BEFORE_SPEECH, (code, speech: string) => (countWords(speech) >= MIN_TIMED_SPEECH_WORDS && SENTENCE_END.test(speech) ? speech : code));
}

/**
 * A recording's time code before a sentence of at least eight words: a player's link, not words said ("07:18 Within 72
 * hours, requests … rose 27 times."). A clock time with its "a.m." or a zone is a live blog's entry time and stays.
 */
const TIME_CODE_BEFORE_SPEECH = /^[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s+(?![aApP]\.?[mM]\b|[A-Z]{1,3}T\b|UTC\b|GMT\b)(["“‘]?\p{Lu}.*)$/u;
const MIN_TIMED_SPEECH_WORDS = 8;

/** "(U) ", "(U//FOUO) ", "(CUI) " opening a paragraph or a numbered heading. */
const PORTION_MARK = /^((?:\d{1,2}\.\s+)?)\((?:U|CUI)(?:\/\/[A-Z][A-Z/-]*)?\)\s+(?=\S)/;

/** A zero-width joiner or non-joiner anywhere but between two letters of a script other than Latin. */
const STRAY_JOINER = /(?<![\p{L}\p{M}])[\u200c\u200d]|(?<=\p{Script=Latin})[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}])|[\u200c\u200d](?=\p{Script=Latin})/gu;

/** A thread's post number closing a post: "(2/10)", "2/10", "🧵 1/", after the last sentence's stop. */
const THREAD_COUNTER = /(?<=[.!?…"”’)])\s*(?:🧵\s*)?(?:\(\d{1,2}\s*\/\s*\d{0,2}\)|\d{1,2}\s*\/\s*\d{0,2})\s*(?:🧵)?$/u;

/** "WHITLOW-ASANTE: Ivo, is that a fair point?", "Q: …": a transcript's turn opens with its speaker's name in capitals. */
const SPEAKER_TURN = /^(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}|Q|A):\s+\S/u;

/** A short line without closing punctuation labels the paragraphs below it. */
export function isHeadingLine(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS || countWords(line) > MAX_HEADING_WORDS) return false;
  if (!/\p{L}/u.test(line) || SPEAKER_TURN.test(line)) return false;
  return !/[.,;:!…*]["”’')\]]?$/.test(line);
}

/**
 * Above the first paragraph, a line of more than a heading's length with no
 * full stop is the dek (the subtitle under the headline), not body text. One
 * ending in a colon introduces what follows ("Following is a question by … and a
 * written reply by …, in the Legislative Council today (January 22):"): body text.
 */
function isDek(line: string): boolean {
  return !SENTENCE_END.test(line) && !/[:：]$/.test(line) && countWords(line) > MAX_HEADING_WORDS && countWords(line) < 40 && !GLUED_CREDIT.test(line);
}

/** A deck shorter than MAX_HEADING_WORDS: a sentence's words, most of them in lower case (a heading's are capitalised or few). */
const MIN_SHORT_DEK_WORDS = 8;
/** Of a short deck's words after the first, the share in lower case. */
const MIN_DEK_LOWER_CASE_SHARE = 0.6;

function isShortDek(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_SHORT_DEK_WORDS || SENTENCE_END.test(line) || /[:：?]$/.test(line)) return false;
  return words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length >= (words.length - 1) * MIN_DEK_LOWER_CASE_SHARE;
}

/** A standfirst is a sentence or two: a longer paragraph under the headline has begun the story. */
const MAX_STANDFIRST_WORDS = 40;

/** A paragraph right under the headline (a line or two below it) with the byline or date straight after it. */
function isStandfirst(lines: readonly string[], at: number, found: FoundMetadata): boolean {
  return found.headline >= 0 && at > found.headline && at <= found.headline + 2 && countWords(lines[at] ?? '') < MAX_STANDFIRST_WORDS && overByline(lines, at, found);
}

/** The fewest words of a sentence that introduces what follows it ("… calls on Congress to:" is a list's, and shorter). */
const MIN_LEAD_IN_WORDS = 10;

function isLeadIn(line: string, next: LineFacts | undefined): boolean {
  return /[:：]$/.test(line) && countWords(line) >= MIN_LEAD_IN_WORDS && next?.prose === true;
}

/** A paragraph cut by the page layout: it ends open, and the next one starts in lower case. */
function continues(previous: string, next: string): boolean {
  return (/[:,;]$/.test(previous) || !CLOSED.test(previous)) && /^\p{Ll}/u.test(next);
}

const GLUED_CREDIT = /(\p{Ll}{2}[.!?][”"’]?)(\p{Lu}[\p{L}'’&-]*(?: [\p{Lu}][\p{L}'’&-]*){0,3})$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An editor's initials in brackets closing a story's last sentence: "… sagte die Datenschützerin. (jli)". */
const EDITOR_INITIALS = /\s+\([a-z]{2,4}\)$/;

/**
 * A logo or credit glued to the last sentence by the scrape ("…warfare.The
 * Conversation"): a capitalised name of up to four words straight after the
 * full stop, with no space. Returns the sentence and the name.
 */
function splitGluedCredit(text: string, publisher: string): { text: string; credit: string } {
  if (publisher !== '') {
    const m = new RegExp(`([.!?”"])\\s*(${escapeRegExp(publisher)})$`).exec(text);
    if (m) return { text: text.slice(0, m.index + 1), credit: publisher };
  }
  // "… sagte Lindner. (jli)": an editor's initials closing the story.
  const initials = EDITOR_INITIALS.exec(text);
  if (initials) return { text: text.slice(0, initials.index), credit: '' };
  const glued = GLUED_CREDIT.exec(text);
  if (glued && !/\.\p{Lu}\.?$/u.test(text)) return { text: text.slice(0, glued.index + (glued[1]?.length ?? 0)), credit: glued[2] ?? '' };
  return { text, credit: '' };
}

/** Lines of a text scrape: markup removed, white space normalised, empty lines dropped. */
/** A headline set over several short lines runs to this many. */
const MAX_HEADLINE_BLOCK_LINES = 6;
const MAX_HEADLINE_BLOCK_WORDS = 30;
const MAX_HEADLINE_BLOCK_LINE = 70;
/** A heading in capitals broken by its column: lines and words at most. */
const MAX_CAPITAL_HEADING_LINES = 3;
const MAX_CAPITAL_HEADING_WORDS = 8;

/**
 * WeChat's line under an article's title, broken in two by a phone's copy: "原创 李文慧药师 康泰药房KangTaiRx" over
 * "2025年01月21日 10:18 纽约". One line again, it reads as the account line it is (see wechatAccountLine).
 */
function joinWechatAccountLine(text: string): string {
  return text.includes('原创') ? text.replace(WECHAT_ACCOUNT_SPLIT, '$1 $2') : text;
}
const WECHAT_ACCOUNT_SPLIT = /^(原创[ \t]+[^\n]{1,60}?)[ \t]*\r?\n[ \t]*(\d{4}年\d{1,2}月\d{1,2}日(?:[ \t]+\d{1,2}:\d{2})?(?:[ \t]+\p{Script=Han}{2,4})?)[ \t]*$/gmu;

/**
 * A headline set on several short lines of its own, straight over the byline ("After TikTok v. Garland:" / "What the
 * RedNote Exodus" / … / blank / "By Helena V. Marchetti and …", a print's or a text browser's layout): one line again.
 */
function joinHeadlineBlocks(text: string): string {
  const groups = text.split(/(\r?\n[ \t]*\r?\n)/);
  for (let g = 0; g + 2 < groups.length; g += 2) {
    const lines = (groups[g] ?? '').split(/\r?\n/).map((l) => l.trim());
    if (lines.length < 2 || lines.length > MAX_HEADLINE_BLOCK_LINES || lines.some((l) => l === '' || l.length > MAX_HEADLINE_BLOCK_LINE)) continue;
    if (countWords(lines.join(' ')) > MAX_HEADLINE_BLOCK_WORDS || lines.some((l) => junkRule(l) !== null || /^(?:[-*•]|\d+[.)])\s/.test(l))) continue;
    const next = (groups[g + 2] ?? '').split(/\r?\n/)[0]?.trim() ?? '';
    // (So is a box's title in capitals a narrow column breaks, "DATA STORED" / "ABROAD", set apart over its text.)
    const capitalHeading = lines.length <= MAX_CAPITAL_HEADING_LINES && countWords(lines.join(' ')) <= MAX_CAPITAL_HEADING_WORDS && lines.every((l) => /\p{Lu}/u.test(l) && !/\p{Ll}/u.test(l)) && lines.slice(0, -1).every((l) => !/[.!?:;]$/.test(l));
    if (isBylineLine(next) || isNameAndDate(next) || capitalHeading) groups[g] = lines.join(' ');
  }
  return groups.join('');
}

/** "Page 1 of 3": a paginated story's marker under each page's part. */
const PAGE_OF = /^(?:page|part|pg\.?)\s+(\d{1,2})\s+(?:of|\/)\s+(\d{1,2})$/i;
/** The headline a later page repeats, numbered: "Lawmakers weigh … (Page 2 of 3)". */
const NUMBERED_HEADLINE = /[([\s–—-](?:page|part|pg\.?)\s+(\d{1,2})\s+(?:of|\/)\s+(\d{1,2})[)\]]?$/i;
/** "Continued from previous page", "(continued)": a later page's opening note. */
const CONTINUED = /^\(?(?:continued(?: from (?:the )?previous page| from page \d+)?|cont(?:inued|'d)\.?)\)?\.?$/i;
/** Lines between a page's marker and the next page's numbered headline: a page's furniture, not a story's. */
const MAX_PAGE_BREAK_LINES = 80;

/**
 * A story paginated by its site ("Page 1 of 3", "Next Page →") and pasted page after page: between one page's marker
 * and the next page's numbered headline ("… (Page 2 of 3)") stands only the site's furniture, printed again for each
 * page (its footer, menu, ads, most-read list). That stretch is cut, so the story reads on as one.
 */
function joinPaginatedPages(text: string): string {
  if (!/\b(?:page|part|pg\.?)\s+\d{1,2}\s+(?:of|\/)\s+\d{1,2}\b/i.test(text)) return text;
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = PAGE_OF.exec((lines[i] ?? '').trim());
    const page = Number(marker?.[1]);
    const of = Number(marker?.[2]);
    if (marker && page < of) {
      const numbered = (l: string) => {
        const m = NUMBERED_HEADLINE.exec(l.trim());
        return Number(m?.[1]) === page + 1 && Number(m?.[2]) === of;
      };
      const next = lines.findIndex((l, k) => k > i && k <= i + MAX_PAGE_BREAK_LINES && numbered(l));
      if (next > 0) {
        // (A blank line or the "Continued" note between the headline and the page's text goes too.)
        i = next;
        while (i + 1 < lines.length && ((lines[i + 1] ?? '').trim() === '' || CONTINUED.test((lines[i + 1] ?? '').trim()))) i++;
        continue;
      }
    }
    kept.push(lines[i] ?? '');
  }
  return kept.join('\n');
}

/**
 * A page laid out in a table and copied as text runs its columns together with tabs: a caption, then the story's first
 * paragraph ("… (Gazette photo)<TAB>When Lisa Brandt opened RedNote …"), or a paragraph's end and the next column's
 * heading ("… my mother-in-law.<TAB>COMMUNITY CALENDAR"). A row with a paragraph (prose) in a cell is such a layout:
 * each cell is a line of its own. Other rows stay rows (a table of facts: "Corn<TAB>$4.52<TAB>+0.03").
 */
function cellsOfLayoutTables(text: string): string {
  if (!text.includes('\t')) return text;
  return text.replace(/^.*\t.*$/gm, (line) => {
    const cells = line.split('\t');
    return cells.some((cell) => hasProseShape(cell.trim())) ? cells.map((c) => c.trim()).filter((c) => c !== '').join('\n') : line;
  });
}

/**
 * "> ## Excerpt" and the quoted lines under it: the MarkDownload clipper's box of the page's description, set over the
 * article it clipped (a summary, or the story's opening cut short), is the page's metadata, not its text.
 */
const CLIPPED_EXCERPT = /^> ?#{1,6} Excerpt[ \t]*\r?\n(?:>[^\r\n]*(?:\r?\n|$))*/gm;

/**
 * "- [Lesson 1: Your collection already has an audience](#lesson-1)": a Markdown list item linking only to a place
 * further down the same page is an entry of the page's table of contents, which the headings below print again. (A link
 * to "#" alone is a button's, "Copy link" in a share bar.)
 */
const CONTENTS_ENTRY = /^[ \t]*(?:[-*+]|\d{1,2}\.)[ \t]+\[[^\]\n]+\]\(#[^)\s]+\)[ \t]*$/gm;

export function textBlocks(text: string, format: 'text' | 'markdown' = 'text'): Block[] {
  const blocks: Block[] = [];
  const clipped = text.includes('# Excerpt') ? text.replace(CLIPPED_EXCERPT, '') : text;
  const unclipped = clipped.includes('](#') ? clipped.replace(CONTENTS_ENTRY, '') : clipped;
  for (const raw of stripMarkup(unwrapHardWrappedLines(format === 'text' ? joinHeadlineBlocks(cellsOfLayoutTables(joinPaginatedPages(readZineMarks(joinWechatAccountLine(unclipped))))) : unclipped)).split(/\r\n|\r|\n/)) {
    if (format === 'markdown') {
      // Markdown's own brackets ("[words][1]", "[1]: https://…") are read before wiki-style marks are removed.
      const block = readMarkdown(normalizeLine(raw));
      const words = block ? removeInlineMarkers(block.text) : '';
      if (block && words !== '') blocks.push({ ...block, text: words });
      continue;
    }
    // "** PRO TIP OF THE WEEK": a mailer's plain-text part marks a heading with two asterisks (Mailchimp's), as an Org
    // outline marks its second level; the words are the line.
    const cells = raw.replace(STARRED_HEADING, '').split('\t').map((c) => removeInlineMarkers(normalizeLine(c))).filter((c) => c !== '');
    if (cells.length === 0) continue;
    // "[3] Public Law 118-50, …" opening a line: a footnote (its mark would be removed as an inline marker below).
    if (raw.includes('[') && FOOTNOTE.test(raw)) {
      blocks.push({ text: cells.join(' '), footnote: true });
      continue;
    }
    // "## How we got here": a Markdown heading in a text file (a newsletter or a note written in Markdown).
    // "== Reception ==", "====== Dragon Mart RedNote ======": a wiki's heading (MediaWiki, DokuWiki, Zim) between runs of "=".
    const heading = raw.includes('#') ? MARKDOWN_HEADING.exec(normalizeLine(raw))?.[1] : raw.includes('==') ? WIKI_HEADING.exec(normalizeLine(raw))?.[2] : undefined;
    if (heading !== undefined) {
      blocks.push({ text: removeInlineMarkers(heading), heading: true });
      continue;
    }
    // Tab-separated cells are a table row (an infobox's "Founded<TAB>2013"): a fact, never a heading or a title.
    if (cells.length > 1 && /\S\t+\S/.test(raw)) {
      blocks.push({ text: tableRow(cells), item: true, row: true, ...(cells[0]?.endsWith(':') === true ? { field: true } : {}) });
      continue;
    }
    const block = listItem(cells.join(' '));
    // "Try it free ( https://… )": a plain-text e-mail prints a link as its words then its address; the line is a link.
    if (block.text.includes('http') && TEXT_LINK.test(block.text) && countWords(block.text.replace(TEXT_LINK_ADDRESS, '')) <= MAX_LINK_WORDS) block.linkShare = 1;
    blocks.push(block);
  }
  return runInLabels(blocks);
}

/** A text e-zine's banner line: "|=----------=[ Little Red Book, Big Red Flags ]=----------=|". */
const ZINE_BANNER = /^\|?=-*=\[ ?(.*?\S)( *)\]=-*=\|?$/;
/** A text e-zine's section mark: "--[ 2 - Poking at the app", "---[ 2.1 - Setup", "--[ Contents". */
const ZINE_SECTION = /^-{2,4}\[\s+(?:\d+(?:\.\d+)*\s+-\s+)?(\p{L}.{0,80}?)\s*\]?\s*$/u;
/** Padding this wide inside a banner's brackets says its text runs on into the next banner line (a long title set flush left). */
const BANNER_RUN_ON_PADDING = 2;

/**
 * A text e-zine's typography (Phrack's, and the zines that copy it): a banner's lines give their words (a title too long
 * for one line, set flush left and padded, runs on into the next), and a section mark is a heading.
 */
function readZineMarks(text: string): string {
  if (!text.includes('=[') && !text.includes('--[')) return text;
  const out: string[] = [];
  let runOn = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const banner = ZINE_BANNER.exec(line.trim());
    if (banner) {
      const words = banner[1] ?? '';
      if (runOn) out[out.length - 1] = `${out.at(-1) ?? ''} ${words}`;
      else out.push(words);
      runOn = (banner[2] ?? '').length >= BANNER_RUN_ON_PADDING;
      continue;
    }
    runOn = false;
    const section = ZINE_SECTION.exec(line.trim());
    out.push(section ? `## ${section[1] ?? ''}` : line);
  }
  return out.join('\n');
}

/** "SUMMARY:", "DATES:", "FOR FURTHER INFORMATION CONTACT:": a document's field label in capitals, alone on its line. */
const RUN_IN_LABEL = /^\p{Lu}[\p{Lu}\d .,'’&/()-]{0,48}:$/u;
const MAX_RUN_IN_LABEL_WORDS = 5;

/** A sentence a label runs into: capitalised, four words or more, closed by its full stop ("Comments must be received by March 10, 2025."). */
function isRunInSentence(text: string): boolean {
  return /^[\p{Lu}\d“"(]/u.test(text) && countWords(text) >= MIN_RUN_IN_WORDS && SENTENCE_END.test(text);
}
const MIN_RUN_IN_WORDS = 4;

/**
 * A label in capitals over a paragraph of prose (a notice's "DATES:" over "Comments must be received by March 10,
 * 2025.") runs into it, as the printed document sets it: the label names what the sentence is, and a label alone is no
 * heading (one over another heading, "SUPPLEMENTARY INFORMATION:" over "I. Background", still heads).
 */
function runInLabels(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    const label = block.heading !== true && block.row !== true && block.footnote !== true && block.item !== true && RUN_IN_LABEL.test(block.text) && countWords(block.text) <= MAX_RUN_IN_LABEL_WORDS;
    if (label && next && next.heading !== true && next.row !== true && next.footnote !== true && isRunInSentence(next.text)) {
      out.push({ ...next, text: `${block.text} ${next.text}` });
      i++;
      continue;
    }
    out.push(block);
  }
  return out;
}

const FOOTNOTE = /^\s*\[\d{1,3}\]\s+\S/;
const MARKDOWN_HEADING = /^#{1,6}\s+(\p{L}[^#]{0,118}?)\s*#*$/u;
const WIKI_HEADING = /^(={2,6})\s*(\p{L}[^=]{0,118}?)\s*\1$/u;
/** Words then an address in brackets: "Unsubscribe ( https://… )", "Read it here <https://…>". */
const TEXT_LINK = /^[^.!?]*\S\s*[(<[]\s*https?:\/\/\S+\s*[)>\]](?:\s*\|\s*[^|]*[(<[]\s*https?:\/\/\S+\s*[)>\]])*$/;
const TEXT_LINK_ADDRESS = /[(<[]\s*https?:\/\/\S+\s*[)>\]]/g;
/** A link's words are a headline at most; a longer line with an address in brackets is a sentence citing it. */
const MAX_LINK_WORDS = 16;

/** Words a dash-led line needs to be a quoted turn rather than a list's item. */
const MIN_QUOTE_TURN_WORDS = 8;

/** "• item", "- item", "1. item": a list item (the bullet dropped, a number kept, as it may be referred to). */
function listItem(line: string): Block {
  // "– Helt sprøtt. Jeg våknet av at …": a dash opening a quoted turn, as Scandinavian and other European papers set speech,
  // is part of the paragraph (whole sentences, not a list's item).
  if (/^–\s+\p{Lu}/u.test(line) && countWords(line) >= MIN_QUOTE_TURN_WORDS && SENTENCE_END.test(line)) return { text: line };
  const bullet = /^[•·‣▪◦*–-]\s+(\S.*)$/.exec(line);
  if (bullet) return { text: bullet[1] ?? line, item: true, bullet: true };
  return /^\d{1,2}[.)]\s+\S/.test(line) ? { text: line, item: true } : { text: line };
}

/** A list's items as one paragraph: each keeps the punctuation it was written with ("…(14 accounts);"), the others are parted by "; " and the last closed by a full stop. */
function joinItems(items: readonly string[]): string {
  const text = items.map((t, k) => (k === items.length - 1 || /[;,.:!?]$/.test(t) ? t : `${t};`)).join(' ');
  return /[.!?;,:]["”’')\]]?$/.test(text) ? text : `${text}.`;
}

/** "Founded", "2013" → "Founded: 2013"; more cells are listed after the first. */
export function tableRow(cells: readonly string[]): string {
  const [first = '', ...rest] = cells;
  // (An address is no label: a browser's print footer sets the page's address and its page number apart with a tab,
  // "https://…/two-columns<TAB>1/4".)
  if (rest.length > 0 && /^https?:\/\/\S+$/.test(first)) return `${first} ${rest.join(' ')}`;
  return rest.length === 0 ? first : `${first.replace(/:$/, '')}: ${rest.join(', ')}`;
}

/**
 * A fenced container's opening or closing line: Pandoc's fenced divs ("::: {.note}", ":::"), markdown-it-container's
 * and HackMD's boxes (":::info", ":::spoiler Click to expand"), Docusaurus's and VitePress's admonitions (":::tip Title").
 * The box's words are read; its fence, with the label it may carry, is markup.
 */
const CONTAINER_FENCE = /^:{3,}\s*(?:\{[^{}]*\}|[\p{L}][\w-]*(?:\s.*)?)?\s*:*$/u;
/** A table of contents the renderer fills in: "[TOC]", "[[toc]]", GitLab's "[[_TOC_]]", kramdown's "{:toc}", "${toc}". */
const TOC_MARKER = /^(?:\[TOC\]|\[\[_?toc_?\]\]|\*\s+TOC\s*\{:toc\}|\{:toc\}|\$\{toc\})$/i;
/** Two or three asterisks and a space opening a line of text that does not close them: a heading's mark. */
const STARRED_HEADING = /^\*{2,3} (?=\S)(?!.*\*\*\s*$)/;
/** kramdown's attribute list alone on its line, styling the block above or below it ("{: .notice--info}", "{:.caption}", "{: #intro}"). */
const ATTRIBUTE_LIST = /^\{:\s*[.#][^{}]*\}$/;
/** HackMD's and CodiMD's name, time and colour tags. */
const NOTE_TAG = /\[(?:name|time|color)=[^\]\n]*\]\s*/g;

/** A static-site generator's template tag alone on its line: Hugo's {{< callout >}} / {{% note %}}, Liquid's {% include %}. */
const SHORTCODE = /^(?:\{\{[<%].*[%>]\}\}|\{%.*%\})$/;

/** "\[edit\]", "1\. Introduction", "\|": Markdown's backslash before punctuation shows the punctuation itself (CommonMark). */
function unescapeMarkdown(text: string): string {
  return text.includes('\\') ? text.replace(/\\([!-/:-@[-`{-~])/g, '$1') : text;
}

/**
 * Markdown, as .md files carry it: "## Heading" is a heading, "- item" a
 * list item, "> quote" its words, "| a | b |" a table row, "[words](url)"
 * its words, "**bold**", "_em_" and `code` plain text; images, link
 * definitions ("[1]: https://…"), footnote notes and GitHub's alert markers go.
 */
/**
 * A Markdown link, its words first: its address may hold balanced brackets, as CommonMark allows
 * ("[申城汉语角](javascript:void(0);)"), and Pandoc's attributes may follow it ("[Print](javascript:window.print()){.share-print}").
 * (Not an image's, "![…](…)": those go whole.)
 */
const MARKDOWN_LINK = /(?<!!)\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)(?:\{[^{}]*\})?/g;

function readMarkdown(line: string): Block | null {
  if (line === '' || /^\[[^\]]+\]:\s*\S+/.test(line) || SHORTCODE.test(line) || CONTAINER_FENCE.test(line) || TOC_MARKER.test(line) || ATTRIBUTE_LIST.test(line)) return null;
  if (!/[#*_[\]`>|!-]/.test(line)) return { text: line };
  // HackMD's tags signing a note's quote ("> [name=Kevin Su] [time=Fri, Jan 24, 2025] [color=#e85d75]"): markup, not words.
  let text = line.replace(/^(?:>\s?)+/, '').replace(NOTE_TAG, '');
  if (text.trim() === '') return null;
  // GitHub's alert marker opening a quote ("> [!NOTE]"): the box's label, not its words.
  if (/^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$/i.test(text.trim())) return null;
  // How much of the line its links' words make up, as an HTML page's blocks are measured: a list of links is a menu.
  const linked = [...text.matchAll(MARKDOWN_LINK)].reduce((n, m) => n + (m[1] ?? '').length, 0);
  // (Pandoc's attributes after an image or a span, "![](a.jpg){width=80%}", "[caption]{.p-article__caption}", are markup.)
  text = text
    .replace(/!\[[^\]]*\]\([^)]*\)(?:\{[^{}]*\})?/g, '')
    .replace(/\[([^\]]+)\]\{[#.][^{}]*\}/g, '$1')
    .replace(MARKDOWN_LINK, '$1')
    .replace(/\[([^\]^][^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
  if (text === '') return null;
  const row = /^\|(.+)\|$/.exec(text);
  if (row) {
    // (A pipe escaped, "\\|", is a cell's own.)
    const cells = (row[1] ?? '').split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) return null;
    return { text: tableRow(cells.filter((c) => c !== '').map(unescapeMarkdown)), item: true, row: true };
  }
  // (Pandoc and kramdown set a heading's attributes after it: "## そもそも小紅書とは？ {#toc1}".)
  const heading = /^#{1,6}\s+(.+?)\s*#*(?:\s+\{[#.][^{}]*\})?$/.exec(text);
  if (heading) return { text: unescapeMarkdown(heading[1] ?? text), heading: true };
  const item = /^[-*+•]\s+(.+)$/.exec(text);
  const words = unescapeMarkdown(item ? (item[1] ?? text) : text);
  const block: Block = item ? { text: words, item: true, bullet: true } : /^\d{1,2}[.)]\s+\S/.test(text) ? { text: words, item: true } : { text: words };
  if (linked > 0) block.linkShare = Math.min(1, linked / block.text.length);
  return block;
}

/**
 * Turns a decoded web scrape into the article's paragraphs, each under the
 * heading it sits below, pulls out a "Source List" section as references,
 * and reads the headline, byline and date the page states.
 */
export function cleanArticle(text: string, options: CleanOptions): CleanResult {
  return cleanBlocks(textBlocks(text), options);
}

/** The positions of a marked-up list's items: never a headline. */
export function listItems(blocks: readonly Block[]): Set<number> {
  return new Set(blocks.flatMap((b, i) => (b.item === true ? [i] : [])));
}

/** A wire story's opening: its place in capitals, the date, the agency in brackets, a dash ("SHANGHAI/HONG KONG, Jan 16 (Kessler) - "). */
const WIRE_DATELINE = /^\p{Lu}{2,}[\p{Lu}/ .'’-]*(?:,\s*\p{Lu}[\p{L}.]*)?,\s+(?:\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?)\s*\([^()]{2,40}\)\s*[-–—]/u;

/** A social post's header: the poster's handle on its own line ("marisol.reports", "@kwoods_atl"). */
const HANDLE_LINE = /^@?[a-z0-9][a-z0-9._]{2,29}$/;
/** Posts in a row by one handle that make a thread (one post over comments is a blog's byline, not a thread). */
const MIN_THREAD_POSTS = 2;
/** Lines from a post's handle to its date: the date follows at once, or after a badge ("Author", "· Follow"). */
const MAX_HEADER_LINES = 2;

/**
 * A thread copied from a social site (Threads, X, Bluesky, Mastodon) is its writer's posts, each under a header of
 * handle and date, then other people's replies under headers of their own. Where the writer's posts (two or more
 * first) give way to another handle's, the thread has ended: the index of that header, or -1.
 */
export function threadRepliesStart(lines: readonly string[]): number {
  const headers: { at: number; handle: string }[] = [];
  lines.forEach((line, i) => {
    if (!HANDLE_LINE.test(line) || /^\d+$/.test(line)) return;
    for (let k = 1; k <= MAX_HEADER_LINES; k++) {
      const next = lines[i + k] ?? '';
      if (dateLine(next) !== null || isRelativeStamp(next) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(next)) {
        headers.push({ at: i, handle: line.replace(/^@/, '') });
        return;
      }
    }
  });
  const writer = headers[0]?.handle;
  let posts = 0;
  for (const header of headers) {
    if (header.handle === writer) posts++;
    else return posts >= MIN_THREAD_POSTS ? header.at : -1;
  }
  return -1;
}

/** A bio is a few sentences. */
const MAX_BIO_WORDS = 60;

/** "Noor is Saltbox’s founder …", "Noor Haddad has covered technology since 2015 …": the writer introduced in the third person. */
function isAuthorBio(text: string, author: string): boolean {
  const names = author.split(/\s+and\s+|,\s*/)[0]?.trim() ?? '';
  const first = names.split(/\s+/)[0] ?? '';
  if (first.length < 2 || countWords(text) > MAX_BIO_WORDS) return false;
  const opening = new RegExp(`^(?:${escapeRegExp(names)}|${escapeRegExp(first)})\\s+(?:is|was|has|writes|covers|leads|teaches|runs|founded)\\b`, 'u');
  return opening.test(text);
}

/** A writer's note opening the story: one sentence of a few words saying who the byline's writer is ("Jane Roe is the museum's director."). */
function isWriterNote(text: string, author: string): boolean {
  const name = author.split(/\s+and\s+|,\s*/)[0]?.trim() ?? '';
  return countWords(name) >= 2 && countWords(text) <= MAX_WRITER_NOTE_WORDS && WRITER_NOTE_END.test(text) && text.startsWith(`${name} is `) && /^(?:the|a|an|our|one)\b/i.test(text.slice(name.length + 4));
}
const MAX_WRITER_NOTE_WORDS = 15;
/** One sentence: its only full stop ends it. */
const WRITER_NOTE_END = /^[^.!?]*[^.!?\s][.!]?$/u;

/**
 * An author box closing the page: the writer's name alone on its line, then a few sentences naming them ("Tom Brandt" /
 * "Tom and Lena Brandt opened Prairie Shine's first location … in 2009. Tom still fixes the brushes himself.") or their
 * job ("Ines Carvalho" / "Community editor at Frondly. …").
 */
function underAuthorBox(lines: readonly string[], at: number, text: string, author: string): boolean {
  const name = author.split(/\s+and\s+|,\s*/)[0]?.trim() ?? '';
  if (at < 1 || countWords(text) > MAX_BIO_WORDS || comparable(lines[at - 1] ?? '') !== comparable(name)) return false;
  const parts = name.split(/\s+/).filter((part) => part.length >= 2);
  return parts.length >= 2 && (BIO_ROLE.test(text) || parts.some((part) => new RegExp(`(?<!\\p{L})${escapeRegExp(part)}(?!\\p{L})`, 'u').test(text)));
}

/** A bio that opens with the writer's job where the site works: "Community editor at Frondly. Grows too many begonias …". */
const BIO_ROLE = /^(?:[\p{L}-]+\s+){0,3}(?:editor|writer|reporter|correspondent|columnist|contributor|producer|blogger|journalist|photographer|founder|co-founder|owner|manager|director|host)\s+(?:at|of|for|with)\s+\p{Lu}/iu;

/** A submitter's name, "writes", and what they wrote in quotation marks. */
const SUBMITTER_QUOTE = /^(\S+(?:\s+\S+){0,3}?)\s+writes:?\s+["“](\S.*?)["”]$/u;
/** A reporter's bracket before a story in Chinese or Japanese: "〔記者林怡君／台北報導〕" (reporter／place), "【ワシントン＝望月雅人】" (place＝reporter). */
const REPORTER_BRACKET = /^[〔【]([^〔〕【】]{2,30})[／/＝=]([^〔〕【】]{1,20})[〕】]\s*/u;

/**
 * The mark that ends a story's copy: "###", "# # #", "-30-", "-ENDS-", "ENDS"; and the dashes that open an e-mail's or a
 * forum post's signature ("-- "), after which come the writer's sign-off, the list's footer and the replies.
 */
const COPY_END_MARK = /^(?:#\s?#\s?#|-\s?30\s?-|-+\s?ends\s?-+|ends|--)$/i;

/**
 * "## Read more" over other posts' headings (a Ghost theme's related posts, as a clipper copies them): a heading of the
 * words that are a button under a teaser elsewhere, here the list's label. (The button alone ends nothing.)
 */
function readMoreHeading(blocks: readonly Block[], at: number): boolean {
  return blocks[at]?.heading === true && READ_MORE_HEADING.test(blocks[at]?.text ?? '') && blocks.slice(at + 1, at + 1 + READ_MORE_REACH).some((b) => b.heading === true);
}
const READ_MORE_HEADING = /^(?:read more|more to read|keep reading)$/i;
/** Blocks under "Read more" that the first of the posts' headings stands within. */
const READ_MORE_REACH = 3;

/** A rule of "=" across the column that a plain-text newsletter (Mailchimp's text part) sets between an issue's items. */
const ITEM_RULE = /^={20,}$/;
/** Paragraphs of an issue's item, after its contents, that make it the article the next rule ends. */
const MIN_ITEM_PARAGRAPHS = 2;
/** Rules of "=" a text sets that make it an issue of items. */
const MIN_ITEM_RULES = 2;

/**
 * Where an issue's "In this issue" label stands, over the list of its items, when the text parts its items with rules of
 * "=" (two or more); -1 otherwise.
 */
function issueContentsAt(lines: readonly string[]): number {
  if (lines.filter((l) => ITEM_RULE.test(l)).length < MIN_ITEM_RULES) return -1;
  return lines.findIndex((l) => ISSUE_CONTENTS_LABEL.test(l));
}

/** A reply's subject line as a forum's print view or a list archive shows it: "Title: Re: …", "Re[2]: …". */
const REPLY_SUBJECT = /^(?:(?:title|subject|topic)\s*:\s*)?(?:re|aw|sv|antw|r)(?:\[\d+\])?\s*:\s*(.+)$/i;

/** A reply's subject line naming the headline: where the replies begin. */
function repliesTo(line: string, headline: string): boolean {
  const subject = REPLY_SUBJECT.exec(line)?.[1];
  return subject !== undefined && headline !== '' && comparable(subject.replace(REPLY_SUBJECT, '$1')) === comparable(headline);
}

/** Labels of a box that sums up the story in a few bullets. */
const SUMMARY_BOX = /^(?:key (?:points|takeaways)|takeaways|things you should know|at a glance|highlights|the gist|tl;?dr|in brief|(?:ai|ai-(?:assisted|generated|powered)) summary|summary by ai)\s*:?$/i;

/** Of a summary's items, the share that say again what a paragraph outside the box says. */
const MIN_SUMMARY_REPEATS = 0.5;
/** A summary box's items are a short line each. */
const MAX_SUMMARY_ITEM_WORDS = 20;
/** An item says again what a paragraph says when that paragraph holds this share of its longer words. */
const MIN_REPEATED_WORDS = 0.5;

/** Whether the items from `start` repeat the paragraphs of the page (most of each item's words in one paragraph). */
function summarisesBody(blocks: readonly Block[], start: number): boolean {
  const words = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/(?:ing|ed|es|s)$/, '')));
  const items: number[] = [];
  for (let k = start; k < blocks.length && blocks[k]?.item === true; k++) items.push(k);
  const paragraphs = blocks.filter((b, k) => b.item !== true && b.heading !== true && !items.includes(k)).map((b) => words(b.text));
  const repeated = items.filter((k) => {
    const own = [...words(blocks[k]?.text ?? '')];
    return own.length > 0 && paragraphs.some((p) => own.filter((w) => p.has(w)).length >= MIN_REPEATED_WORDS * own.length);
  });
  // A brief's takeaways of a long sentence each are its own findings, stated first; a summary box's are short.
  const short = items.every((k) => countWords(blocks[k]?.text ?? '') <= MAX_SUMMARY_ITEM_WORDS);
  return items.length > 0 && short && repeated.length >= MIN_SUMMARY_REPEATS * items.length;
}

interface LineFacts {
  junk: string | null;
  prose: boolean;
  /** Printed more than once on the page, not side by side: a repeated box, not the article. */
  repeatedInPage: boolean;
  /** Listed in a contents list ahead of it: a section's heading. */
  listed: boolean;
}

/**
 * The same as cleanArticle, for blocks already split (an HTML article's
 * paragraphs and headings). Rules are general (see furniture.ts);
 * per-document knowledge arrives as hints.
 */
export function cleanBlocks(given: readonly Block[], options: CleanOptions): CleanResult {
  const mended = mendSplitWords(given.map((b) => b.text));
  const whole = given.map((b, i) => (mended[i] === b.text ? b : { ...b, text: mended[i] ?? b.text }));
  const replies = threadRepliesStart(whole.map((b) => b.text));
  const blocks = replies < 0 ? whole : whole.slice(0, replies);
  const lines = blocks.map((b) => b.text);
  const listed = listItems(blocks);
  const found = findMetadata(lines, options.title, listed);
  const titleLines = new Set(found.titleLines);
  const facts = describeLines(blocks, titleLines, options.siteFurniture);
  markMetadataLines(lines, facts, found, options);
  const endMarkers = options.hints.bodyEndsBefore.map((m) => comparable(m)).filter((m) => m !== '');
  const issueContents = issueContentsAt(lines);
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
  let skipListUntilProse = false;
  let relatedLinkAt = -1;
  // Under "Table of contents": its entries name the sections to come, "Related links" and "Cite this" among them.
  let inContents = false;
  // Under a figure's "Notes:": its short notes ("Estimates are rounded to the nearest thousand."), then its download links.
  let skipFigureNotes = false;
  let skipSummaryItems = false;
  let lastParagraphLine = -1;
  /** The line each paragraph starts on, and the lines read as furniture: the context pass needs both. */
  const startLine = new WeakMap<Paragraph, number>();
  const furnitureLines = new Set<number>();

  const boundary = () => {
    pendingHeading = null;
    sinceBoundary = 0;
    lastParagraphOpen = false;
    afterTeaserHeadline = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fact = facts[i] ?? { junk: null, prose: false, repeatedInPage: false, listed: false };
    const repeated = line === previousLine;
    previousLine = line;

    if (endMarkers.length > 0 && endMarkers.some((m) => comparable(line).startsWith(m))) break;

    if (embedLines >= 0) {
      embedLines++;
      if (EMBED_END.test(line) || embedLines >= MAX_EMBED_LINES) embedLines = -1;
      continue;
    }
    // A social-media embed: "@handle", its caption, "♬ original sound". A handle alone (a profile's, above a post) starts none.
    if (EMBED_START.test(line) && lines.slice(i + 1, i + 1 + MAX_EMBED_LINES).some((l) => EMBED_END.test(l))) {
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
    if (isSourceListHeading(line) && parseSourceListEntry(lines[i + 1] ?? '', undefined).kind === 'item') {
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

    // A chart's notes under its caption: "Figure 1: …", its source, "Notes:", a few short lines. They end no article; the
    // text resumes at the next paragraph of length (or a heading).
    if (FIGURE_NOTES.test(line) && facts.slice(Math.max(0, i - FIGURE_REACH), i).some((f) => f.junk === 'figure-caption')) {
      skipFigureNotes = true;
      boundary();
      continue;
    }
    if (skipFigureNotes) {
      if (countWords(line) < MIN_PARAGRAPH_AFTER_NOTES && !(isHeadingLine(line) && facts[i + 1]?.prose === true)) continue;
      skipFigureNotes = false;
    }

    // Past the article: "Most read", "Related posts", comments, references. A short box inside the article is skipped instead.
    // The article begins under its headline: a notice kept above it (a banner, an acknowledgement) starts nothing a share bar could end.
    // (A standfirst over the byline is not the body yet: "Comments (4)" and a share bar under the byline end nothing.)
    // (A marker printed three times or more is an item's label, a slide's "Notes:" over its speaker notes: it ends nothing.)
    // (Nor does "Notes" over paragraphs of reporting, a meeting's timestamped notes: notes that close a page are numbered
    // or cite.)
    // (An entry of the table of contents naming a closing section that the page heads further down, "Related links" over
    // "7. Related links", ends nothing: the sections are to come.)
    const begun = paragraphs.length > 0 && !fact.prose && fact.junk !== 'repeated-label' && (isTailMarker(line) || readMoreHeading(blocks, i)) && !(skipListUntilProse && inContents && headsSectionBelow(lines, i)) && !reportedNotes(lines, facts, i) ? paragraphs.filter((p) => (startLine.get(p) ?? Infinity) > found.headline && !overByline(lines, startLine.get(p) ?? -1, found)).length : 0;
    if (begun > 0 && !moreArticleFollows(lines, facts, i + 1, begun)) {
      const resume = isFinalMarker(line) ? -1 : resumeAfterBox(lines, facts, i + 1);
      if (resume < 0) break;
      i = resume - 1;
      boundary();
      continue;
    }
    // A press release ends where its boilerplate begins: "About the Center for …", then who the organisation is.
    if (paragraphs.length >= 2 && isAboutBoilerplate(lines, facts, i)) break;
    // "###", "-30-", "-ENDS-": the mark a newsroom or a press office sets where the copy ends; what follows is for the desk.
    // ("-- ": where a message ends and its signature begins.)
    if (paragraphs.length >= 2 && COPY_END_MARK.test(line)) break;
    // A newsletter's issue that lists its items under "In this issue" and sets each apart with a rule of "=": the article's
    // item ends at the first such rule after it; the issue's other items (diary dates, notices, the appeal) follow it.
    if (issueContents >= 0 && i > issueContents && ITEM_RULE.test(line) && paragraphs.filter((p) => (startLine.get(p) ?? -1) > issueContents).length >= MIN_ITEM_PARAGRAPHS) break;
    // "Title: Re: <headline>", "Subject: Re: …": a forum's or a mailing list's first reply; the post has ended.
    if (paragraphs.length >= 1 && i > found.headline && repliesTo(line, found.title)) break;
    if (isListMarker(line)) {
      skipListUntilProse = true;
      inContents = isContentsLabel(line);
      relatedLinkAt = inContents ? -1 : i + 1;
      boundary();
      continue;
    }
    // "Key points" over bullets: a box summing up the story, whose items say again what its paragraphs say. (A brief's
    // "Key takeaways" that state what its paragraphs do not are its text.)
    if (SUMMARY_BOX.test(line) && blocks[i + 1]?.item === true && summarisesBody(blocks, i + 1)) {
      skipSummaryItems = true;
      boundary();
      continue;
    }
    if (skipSummaryItems) {
      if (blocks[i]?.item === true) continue;
      skipSummaryItems = false;
    }
    if (skipListUntilProse) {
      // The list ends at prose, or at a section heading with prose under it (a table of contents' last entry is followed by the first section).
      // The line straight under "Read also" is its link, though prose follows it ("Leia também" / a headline / the story).
      const headingWithProse = isHeadingLine(line) && facts[i + 1]?.prose === true && i !== relatedLinkAt;
      if (!fact.prose && !headingWithProse) continue;
      skipListUntilProse = false;
    }

    if (fact.junk === 'comment-reply' && paragraphs.length > 0) {
      // A reader's comment ends in "Reply": its text goes, and the article has ended above the comments. (With nothing
      // left above it, or above the headline, a "Reply" is a mail app's button over the message: the article is to come.
      // Under several paragraphs with nothing before them, it is that button under the message, as a bank's or a
      // webmail's message view prints it ("Reply" / "Archive" / "Delete"): the message is the article, and it has ended.)
      if (sinceBoundary === paragraphs.length && sinceBoundary >= MIN_MESSAGE_PARAGRAPHS) break;
      paragraphs.splice(paragraphs.length - sinceBoundary, sinceBoundary);
      if (paragraphs.length > 0 && i > found.headline) break;
      boundary();
      continue;
    }
    if (/^read more\b/i.test(line) || fact.junk === 'read-more') {
      // A teaser card (headline printed twice, blurb, "Read more"): the blurb goes too.
      // A plain "Read more: …" link after the article takes nothing with it.
      if (afterTeaserHeadline) paragraphs.splice(paragraphs.length - sinceBoundary, sinceBoundary);
      boundary();
      continue;
    }
    if (fact.junk !== null && CONTROLS.has(fact.junk) && !titleLines.has(i)) {
      // An edit link or a share button under a heading leaves the heading to the paragraph below.
      lastParagraphOpen = false;
      continue;
    }
    // The name signed under a closing ("See you in February," / "Bea"): the letter's signature, not a heading over what
    // follows it.
    if (fact.junk !== null || titleLines.has(i) || fact.repeatedInPage || (facts[i - 1]?.junk === 'valediction' && SIGNED_NAME.test(line))) {
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
    const block = blocks[i];
    // A marked-up list inside the article (ingredients, key facts) is one paragraph, its items joined.
    if (block?.item === true && !fact.prose && (paragraphs.length > 0 || block.row === true)) {
      const items: string[] = [];
      let j = i;
      while (j < lines.length && blocks[j]?.item === true && blocks[j]?.row === block.row && !facts[j]?.prose && facts[j]?.junk === null && !titleLines.has(j)) items.push(lines[j++] ?? '');
      // Rows of labelled fields before the article ("Recipient:<TAB>…", "Award Number:<TAB>…", "From:<TAB>…") are the
      // record the page files it under (a grant's details, a message's header), not its text.
      if (items.length >= 2 && paragraphs.length === 0 && blocks.slice(i, j).every((b) => b?.field === true)) {
        boundary();
        i = j - 1;
        previousLine = lines[i] ?? '';
        continue;
      }
      if (items.length >= 2) {
        if (pendingHeading !== null) sectionHeading = pendingHeading;
        pendingHeading = null;
        paragraphs.push({ heading: sectionHeading, text: joinItems(items) });
        sinceBoundary++;
        lastParagraphOpen = false;
        i = j - 1;
        previousLine = lines[i] ?? '';
        continue;
      }
    }
    // "Bill would require large apps to disclose where Minnesotans' data is stored": a sentence in lower case set straight
    // under the headline, before the story, is its deck, however short; a section's heading is not set there.
    if (paragraphs.length === 0 && pendingHeading === null && titleLines.has(i - 1) && block?.heading !== false && isHeadingLine(line) && isShortDek(line)) {
      boundary();
      continue;
    }
    // A marked-up heading that is a whole sentence (a standfirst or pull quote in <h2>) is read as a paragraph;
    // a short line after a speaker's name or time stamp is what they said ("And how many followed you?").
    // A listicle's numbered item is a short sentence marked up as a heading, with its paragraph under it.
    const shortSentenceHeading = block?.heading === true && countWords(line) <= MAX_SENTENCE_HEADING_WORDS && /[.!]["”’]?$/.test(line) && facts[i + 1]?.prose === true;
    if (block?.heading !== false && block?.row !== true && block?.bullet !== true && (isHeadingLine(line) || shortSentenceHeading) && !(block?.heading !== true && opensSpeakerTurn(lines[i - 1] ?? '', facts[i - 1])) && !(block?.heading !== true && !fact.listed && surelyFurniture(line))) {
      // "📊 The numbers": an emoji before a subhead decorates it; the heading is its words. So do the lenticular brackets
      // a Japanese or Chinese release sets round its section labels: "【Background】".
      const words = line.replace(LEADING_EMOJI, '').replace(/^【([^】]+)】$/u, '$1');
      pendingHeading = /\p{L}/u.test(words) ? words : line;
      lastParagraphOpen = false;
      continue;
    }

    const last = paragraphs.at(-1);
    if (lastParagraphOpen && last && pendingHeading === null && continues(last.text, line)) {
      last.text = `${last.text} ${line}`;
      lastParagraphOpen = !CLOSED.test(line);
      continue;
    }
    if (countWords(line) <= MAX_LABEL_WORDS) {
      // "Marcy K.", "Thanks.": a name or a label, never a paragraph of an article.
      boundary();
      continue;
    }
    // A standfirst written in sentences sits between the headline and the byline: the page's summary, not its story.
    if (paragraphs.length === 0 && (isDek(line) || isStandfirst(lines, i, found))) {
      boundary();
      continue;
    }
    // A line no rule names that reads as furniture all the same (the learned model's second opinion); long paragraphs are always text.
    // A speaker's turn ("QUESTION: Thank you.") is what was said, however short.
    // Nor a sentence that introduces the next paragraph ("Following is a question by … today (January 22):").
    // (A reporter's bracket opening the story, "〔記者林怡君／台北報導〕", is its byline, and an editor's initials closing it,
    // "(jli)", a credit: the model reads the words between.)
    if (!SPEAKER_TURN.test(line) && !isLeadIn(line, facts[i + 1]) && readsAsFurniture(line.replace(REPORTER_BRACKET, '').replace(EDITOR_INITIALS, ''))) {
      furnitureLines.add(i);
      boundary();
      continue;
    }
    // Over a wire story's dateline ("SHANGHAI, Jan 16 (Kessler) - …") the short lines are its summary, not a section's heading.
    if (pendingHeading !== null && paragraphs.length === 0 && WIRE_DATELINE.test(line)) pendingHeading = null;
    if (pendingHeading !== null) {
      sectionHeading = pendingHeading;
      pendingHeading = null;
    }
    const paragraph = { heading: sectionHeading, text: line };
    startLine.set(paragraph, i);
    paragraphs.push(paragraph);
    lastParagraphLine = i;
    sinceBoundary++;
    lastParagraphOpen = !CLOSED.test(line);
  }
  if (found.author === '' && lastParagraphLine >= 0) found.author = authorBelow(lines, lastParagraphLine);
  const firstParagraph = paragraphs[0];
  if (found.author === '' && firstParagraph !== undefined) found.author = signerBelow(lines, startLine.get(firstParagraph) ?? lines.length);
  dropAboveHeadline(paragraphs, startLine, found.headline);
  dropShortBetweenFurniture(paragraphs, startLine, facts, furnitureLines, lines.length);
  dropEchoes(paragraphs);

  // "Noor is Saltbox’s founder and head of strategy. …": the writer's bio closing the page, by the name the byline gives.
  const author = options.author !== undefined && options.author !== '' ? options.author : found.author;
  const closing = paragraphs.at(-1);
  if (closing && paragraphs.length > 2 && author !== '' && (isAuthorBio(closing.text, author) || underAuthorBox(lines, startLine.get(closing) ?? 0, closing.text, author))) paragraphs.pop();
  // "Corinne Abadi is the museum’s executive director.": a note on the writer set over the story, one short sentence.
  const note = paragraphs[0];
  if (note && paragraphs.length > 2 && author !== '' && isWriterNote(note.text, author)) paragraphs.shift();
  // "〔記者林怡君／台北報導〕美國用戶…", "【ワシントン＝望月雅人】米国で…": the reporter's bracket opening the story names its writer.
  const opening = paragraphs[0];
  const reporter = opening ? REPORTER_BRACKET.exec(opening.text) : null;
  if (opening && reporter && opening.text.length > reporter[0].length) {
    opening.text = opening.text.slice(reporter[0].length);
    const first = reporter[1] ?? '';
    if (found.author === '') found.author = /^(?:記者|记者)/.test(first) ? first.replace(/^(?:記者|记者)\s*/, '') : (reporter[2] ?? '');
  }
  // "Amy Sun writes "More than sixty people came …"": a portal's story (Slashdot's, PHP-Nuke's) quotes what its submitter wrote.
  const first = paragraphs[0];
  const submitted = first ? SUBMITTER_QUOTE.exec(first.text) : null;
  if (first && submitted && (isPersonName(submitted[1] ?? '') || /^[\w.-]+$/.test(submitted[1] ?? ''))) {
    first.text = submitted[2] ?? first.text;
    if (found.author === '') found.author = submitted[1] ?? '';
  }
  const lastParagraph = paragraphs.at(-1);
  if (lastParagraph) {
    const { text, credit } = splitGluedCredit(lastParagraph.text, options.publisher);
    lastParagraph.text = text;
    if (credit !== '' && found.publisher === '') found.publisher = credit;
  }
  return { paragraphs, sourceList, warnings, found };
}

/**
 * Per line, once: which furniture rule claims it, whether it reads as body
 * prose, and whether the page prints it in more than one place.
 */
function describeLines(blocks: readonly Block[], titleLines: ReadonlySet<number>, siteFurniture: ReadonlySet<string> | undefined): LineFacts[] {
  const lines = blocks.map((b) => b.text);
  const words = lines.map((line) => countWords(line));
  // Lines are normalised already: the same text is the same box. Paragraph-length lines are left out (a scraper's duplicate is handled apart).
  const seen = positionsOf(lines, (line, i) => !titleLines.has(i) && (words[i] ?? 0) >= 3 && (words[i] ?? 0) <= MAX_BOX_WORDS);
  const listedAhead = tableOfContents(positionsOf(lines, (_line, i) => (words[i] ?? 0) <= MAX_HEADING_WORDS));
  // A short label printed again and again (a transcript's speaker names) is not a section heading: sections are named once.
  const labels = new Map<string, number>();
  lines.forEach((line, i) => {
    const n = words[i] ?? 0;
    if (n >= 1 && n <= MAX_LABEL_REPEAT_WORDS && !SENTENCE_END.test(line)) labels.set(line, (labels.get(line) ?? 0) + 1);
  });
  const headers = runningHeaders(lines);
  const rules = blocks.map((b, i) => {
    if (headers.has(i)) return 'running-header';
    // (A section heading a contents list names, before the story and after it, is printed three times and is one.)
    const repeated = (labels.get(b.text) ?? 0) >= MIN_LABEL_REPEATS && !listedAhead.has(i);
    // "Lena Cho" above "01:24": a speaker's name over the time of their turn.
    const speaker = isPersonName(b.text) && junkRule(lines[i + 1] ?? '') === 'time-stamp';
    const rule = b.footnote === true ? 'footnote' : ((isTimedSpeaker(b.text) ? 'speaker-label' : junkRule(b.text, words[i])) ?? (repeated ? 'repeated-label' : speaker ? 'speaker-label' : isPreheader(lines, i) ? 'email-frame' : null));
    // A marked-up heading over prose made of menu-like words ("Back to TikTok") heads a section; a control never has prose under it.
    if ((rule === 'site-chrome' || rule === 'back-link') && b.heading === true && hasProseShape(lines[i + 1] ?? '', words[i + 1])) return null;
    return rule ?? ((b.linkShare ?? 0) > MAX_LINK_SHARE ? 'links' : null);
  });
  markFramedAds(lines, rules);
  const facts = lines.map((line, i): LineFacts => {
    // The line above a photo credit is the photo's caption (or its description, above a caption that ends in the credit),
    // unless the credit carries its caption and the line is sentences of the story: "By the evening of 20 January we had
    // 6,180. Almost all of the new ones were American." over "Mei (left) and Jun answering comments. Photo: Liam Costello".
    // A short line between two lines of a sign-up box is the box's blurb.
    const inBox = BOX_KINDS.has(rules[i - 1] ?? '') && BOX_KINDS.has(rules[i + 1] ?? '') && (words[i] ?? 0) <= MAX_BOX_BLURB_WORDS;
    const creditBelow = rules[i + 1] === 'photo-credit' && ((words[i + 1] ?? 0) <= MAX_BARE_CREDIT_WORDS || !TWO_SENTENCES.test(line));
    const junk = rules[i] ?? (creditBelow && (words[i] ?? 0) <= MAX_CAPTION_WORDS ? 'image-caption' : inBox ? 'box-blurb' : null);
    const prose = junk === null && hasProseShape(line, words[i]);
    const at = seen.get(line);
    // Side by side is the scraper printing a line twice (handled as a teaser headline or duplicate); apart, it is a box the page repeats.
    const repeatedInPage = at !== undefined && at.length > 1 && at.some((k, n) => n > 0 && k - (at[n - 1] ?? k) > 1) && !listedAhead.has(i);
    // A line several files share ("Recommendations", "Background") over a paragraph of prose names a section of each: a
    // menu's or a box's title has links or teasers under it.
    const shared = !prose && siteFurniture !== undefined && siteFurniture.size > 0 && siteFurniture.has(comparable(line)) && !hasProseShape(lines[i + 1] ?? '', words[i + 1]);
    return { junk: junk ?? (shared ? 'site-furniture' : null), prose, repeatedInPage, listed: listedAhead.has(i) };
  });
  return withStoryPrintedTwice(lines, facts);
}

/** Prose lines printed again in the same order, at least this many: the story printed twice, not a box. */
const MIN_REPEATED_STORY_LINES = 4;

/**
 * A page may print its whole story twice: a "republish this story" box holding its HTML, a print version, a script's copy.
 * The story's short paragraphs then repeat "apart" like a box the page repeats, and every copy of them would go. A run of
 * prose lines printed again in the same order is the story: its first copy stays, and the later one goes, long lines too.
 */
function withStoryPrintedTwice(lines: readonly string[], facts: LineFacts[]): LineFacts[] {
  const prose = facts.flatMap((fact, i) => (fact.prose ? [i] : []));
  const later = new Map<string, number[]>();
  prose.forEach((line, k) => {
    const text = lines[line] ?? '';
    const at = later.get(text);
    if (at) at.push(k);
    else later.set(text, [k]);
  });
  const partner = prose.map((line, k) => (later.get(lines[line] ?? '') ?? []).find((other) => other > k));
  const dropped = new Set<number>();
  for (let k = 0; k < prose.length; ) {
    let run = 0;
    while (k + run < prose.length && partner[k + run] !== undefined && partner[k + run] === (partner[k] ?? 0) + run && (partner[k] ?? 0) > k + run) run++;
    if (run >= MIN_REPEATED_STORY_LINES) {
      for (let r = 0; r < run; r++) {
        const first = prose[k + r] ?? -1;
        const copy = prose[(partner[k] ?? 0) + r] ?? -1;
        if (!dropped.has(first)) facts[first] = { ...(facts[first] as LineFacts), repeatedInPage: false };
        dropped.add(copy);
      }
    }
    k += Math.max(run, 1);
  }
  for (const copy of dropped) facts[copy] = { ...(facts[copy] as LineFacts), repeatedInPage: true };
  return facts;
}

/** A page number at either end of a short line: "WINTER 2025 MAPLE COUNTY BAR QUARTERLY 17", "18 MAPLE COUNTY BAR QUARTERLY WINTER 2025". */
const PAGE_NUMBER_AT_EDGE = /^\d{1,4}\s|\s\d{1,4}$/;
const MAX_RUNNING_HEADER_WORDS = 12;

/**
 * A print page's running header or footer: the same words on several pages, the page number at one end, left and right
 * pages setting them in a different order ("WINTER 2025 … 17" over one page, "18 … WINTER 2025" over the next).
 */
function runningHeaders(lines: readonly string[]): Set<number> {
  const byWords = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (!PAGE_NUMBER_AT_EDGE.test(line) || countWords(line) > MAX_RUNNING_HEADER_WORDS) return;
    const words = line.toLowerCase().split(/\s+/).filter((w) => !/^\d+$/.test(w));
    if (words.length < 2) return;
    const key = words.sort().join(' ');
    byWords.set(key, [...(byWords.get(key) ?? []), i]);
  });
  return new Set([...byWords.values()].filter((at) => at.length >= 2).flat());
}

/** Where each line the filter keeps stands, by its text: lines are normalised already, so the same text is the same box. */
function positionsOf(lines: readonly string[], keep: (line: string, i: number) => boolean): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (!keep(line, i)) return;
    const at = seen.get(line);
    if (at) at.push(i);
    else seen.set(line, [i]);
  });
  return seen;
}

/**
 * A table of contents: lines listed one under another near the top, each printed again later, in the same order and
 * apart (a section's heading over its text). The later copies are the headings, not a box the page repeats; the list
 * itself stays furniture.
 */
function tableOfContents(seen: ReadonlyMap<string, number[]>): Set<number> {
  // (A page may print its contents again after the story: a third copy, which stays furniture with the first.)
  const pairs = [...seen.values()].filter((at) => at.length === 2 || at.length === 3).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  const headings = new Set<number>();
  for (let start = 0; start < pairs.length; ) {
    let end = start + 1;
    while (end < pairs.length && (pairs[end]?.[0] ?? 0) === (pairs[end - 1]?.[0] ?? 0) + 1 && (pairs[end]?.[1] ?? 0) > (pairs[end - 1]?.[1] ?? 0) + 1) end++;
    if (end - start >= MIN_CONTENTS_ENTRIES && (pairs[start]?.[1] ?? 0) > (pairs[end - 1]?.[0] ?? 0) + 1) for (let k = start; k < end; k++) headings.add(pairs[k]?.[1] ?? -1);
    start = end;
  }
  return headings;
}
const MIN_CONTENTS_ENTRIES = 2;

/** A pitch's call to action; not "learn more" or "get started", which prose uses too. */
const CALL_TO_ACTION = /\b(try (it |us )?(free|now|for free)|free for \d+ days|\d+[- ]day free trial|shop now|buy now|sign up (today|now|free)|download (it |the app )?(now|today|free)|use (the )?code)\b/i;
/** Lines an advertisement set between two rules may hold: a pitch and its link. */
const MAX_FRAMED_AD_LINES = 4;
/** Lines of an ad (the advertiser's name, its pitch) over the button that closes it. */
const MAX_AD_LINES_OVER_BUTTON = 3;
/** An ad's button alone on its line: "Find out more", "Learn more", "Shop now". */
const AD_BUTTON_LINE = new RegExp(`^${AD_BUTTON}[.!]?(?:\\s*[›»→>])?$`, 'i');
const RULE_LINE = /^[-=_*~#·•.\s]{3,}$/;

/**
 * A newsletter's sponsor box: a rule, "SPONSORED" (or "Advertisement"), a
 * pitch, its link and a closing rule. What lies between the label and the
 * closing rule is the advertisement's, whatever its words. Without rules,
 * only a pitch with a call to action right under the label is.
 */
function markFramedAds(lines: readonly string[], rules: (string | null)[]): void {
  lines.forEach((line, i) => {
    if (rules[i] !== 'advertisement' && rules[i] !== 'sponsor-note') return;
    // A sponsored insert: the pitch right under the label, with its call to action ("Try it free for 14 days.").
    // Or an offer over its button: "FEATURED OFFER" / "Bet $5, Get $200 in Bonus Bets" / "Claim Now".
    const pitch = lines[i + 1] ?? '';
    if (rules[i + 1] === null && countWords(pitch) <= MAX_BOX_BLURB_WORDS && (CALL_TO_ACTION.test(pitch) || OFFER_BUTTON.test(lines[i + 2] ?? ''))) rules[i + 1] = 'advertisement';
    // Or the advertiser's name and its pitch over the button that closes the ad: "ADVERTISEMENT" / "Harbro Marine Engines" /
    // "Hire-fleet servicing packages from £395 per boat. …" / "Find out more".
    const button = lines.slice(i + 1, i + 2 + MAX_AD_LINES_OVER_BUTTON).findIndex((l) => AD_BUTTON_LINE.test(l.trim()));
    if (button > 0 && lines.slice(i + 1, i + 1 + button).every((l) => countWords(l) <= MAX_BOX_BLURB_WORDS)) for (let k = i + 1; k <= i + 1 + button; k++) rules[k] ??= 'advertisement';
    if (!RULE_LINE.test(lines[i - 1] ?? '')) return;
    let close = -1;
    for (let k = i + 1; k <= i + MAX_FRAMED_AD_LINES + 1 && k < lines.length && close < 0; k++) if (RULE_LINE.test(lines[k] ?? '')) close = k;
    for (let k = i + 1; close > i && k < close; k++) rules[k] ??= 'advertisement';
  });
}

/**
 * Lines that only restate who wrote or published the page: the author's or
 * publisher's name alone, the author's bio ("Mara Ellison covers technology
 * for …"), a one- or two-word capitalised kicker ("ANALYSIS") above the body,
 * and the masthead above the headline (a blog's name and tagline).
 */
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*(?:\p{Lu}\.?\s?\p{Lu}\.?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)$/u;
const BIO_VERB = /^(is|was|covers|writes|reports|has been|edits|hosts|teaches|works)\b/;
/** Characters past the longest name that a name line or a bio's opening words may take (punctuation, "is a", "has been"). */
const NAME_SLACK = 40;

/** Longest line of credits ("Words: … Editor: … Photos: …") read as one. */
const MAX_CREDITS_WORDS = 20;

function markMetadataLines(lines: readonly string[], facts: LineFacts[], found: FoundMetadata, stated: { author?: string; publisher: string }): void {
  const authors = [found.author, stated.author ?? ''].flatMap((a) => [a, ...a.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)]);
  const names = [...authors, found.publisher, stated.publisher].map((n) => comparable(n)).filter((n) => n.length >= 4);
  const firstProse = facts.findIndex((f) => f.prose);
  const longestName = Math.max(0, ...names.map((n) => n.length));
  lines.forEach((line, i) => {
    const fact = facts[i];
    if (!fact || fact.junk !== null) return;
    // A name, or a bio opening with one ("Jane Doe is …"): only the line's start is read, a paragraph is not folded whole.
    const whole = line.length <= longestName + NAME_SLACK;
    const key = names.length === 0 ? '' : comparable(whole ? line : line.slice(0, longestName + NAME_SLACK));
    const bio = countWords(line) <= 60 && names.some((n) => key.startsWith(`${n} `) && BIO_VERB.test(key.slice(n.length + 1)));
    const kicker = (firstProse < 0 || i < firstProse) && countWords(line) <= 2 && /^[\p{Lu}\d\s&'’-]+$/u.test(line) && /\p{Lu}{2}/u.test(line);
    const masthead = i < found.headline && countWords(line) < MAX_MASTHEAD_WORDS;
    // "Washington, DC" between the headline's stamps and the body: where it was filed or held, not a section heading.
    const place = found.headline >= 0 && i > found.headline && (firstProse < 0 || i < firstProse) && PLACE_LINE.test(line);
    // "Words: Lin Xiaoyu Editor: Zhou Min": a byline naming the author with other credits run on after it.
    const credits = countWords(line) <= MAX_CREDITS_WORDS && BYLINE_PREFIX.test(line) && names.some((n) => key.includes(n));
    // "Who wrote “<headline>”?", "“<headline>” by The Lakeshore Sentinel was written by …": a page's line about the
    // article (an annotation site's Q&A, a catalogue's record), quoting its whole headline, is not the article.
    const quoted = i > found.headline && quotesHeadline(line, found.title);
    if ((whole && names.includes(key)) || (bio && i > firstProse) || kicker || masthead || place || credits || quoted) {
      fact.junk = 'metadata-line';
      fact.prose = false;
    }
  });
}

/** Fewer words than this, and a headline quoted in a sentence may be the article's own phrase, not its title. */
const MIN_QUOTED_HEADLINE_WORDS = 6;

function quotesHeadline(line: string, headline: string): boolean {
  if (countWords(headline) < MIN_QUOTED_HEADLINE_WORDS) return false;
  const at = line.indexOf(headline);
  return at > 0 && /["“‘'«]$/.test(line.slice(0, at));
}

const ABOUT_HEADING = /^(?:[Aa]bout|ABOUT)\s+(?:[Tt]he\s+|[Oo]ur\s+|THE\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.,-]+){0,9})$/u;
/** How an organisation's standard paragraph opens, when it does not open with the organisation's name. */
const BOILERPLATE_OPENING = /^(founded|established|headquartered|incorporated|based in|since \d{4}|launched in)\b/;
/** Prose the page may still hold after the boilerplate begins: a paragraph or two per organisation. */
const MAX_BOILERPLATE_PROSE = 6;

/**
 * "About Whitmore State University" after a press release, followed by a
 * paragraph opening with that name, "The center …" (a word of the name) or
 * "Founded in …", near the end of the page: the organisation's boilerplate.
 */
function isAboutBoilerplate(lines: readonly string[], facts: readonly LineFacts[], at: number): boolean {
  const m = ABOUT_HEADING.exec(lines[at] ?? '');
  if (!m || SENTENCE_END.test(lines[at] ?? '')) return false;
  const prose = facts.slice(at + 1).filter((f) => f.prose).length;
  const next = lines.slice(at + 1, at + 3).find((l, k) => facts[at + 1 + k]?.prose === true || countWords(l) >= 10);
  if (next === undefined || prose > MAX_BOILERPLATE_PROSE) return false;
  const name = comparable(m[1] ?? '');
  const opening = comparable(next);
  const nameWords = new Set(name.split(' ').filter((w) => w.length > 3));
  const [first = '', second = ''] = opening.split(' ');
  return opening.startsWith(name) || (/^(the|our|this)$/.test(first) && nameWords.has(second)) || BOILERPLATE_OPENING.test(opening);
}

/** A paragraph straight under the headline with the byline or the date under it: the standfirst. */
function overByline(lines: readonly string[], at: number, found: FoundMetadata): boolean {
  if (found.headline < 0 || at < 0 || at > found.headline + 2) return false;
  return lines.slice(at + 1, at + 3).some((l) => isBylineLine(l) || dateLine(l) !== null);
}

/** A note's mark or a citation: "1. ", "[2]", "^", "*", "†", a retrieval or access date, a DOI, a link, an author-date "(2015).", a back link "↩". */
const NOTE_OR_CITATION = /^(?:\[\d{1,3}\]|\d{1,3}[.)]\s|[\^*†‡])|\bretrieved\b|\bdoi\b|https?:\/\/|\(\d{4}[a-z]?\)\.|↩|\baccessed\s+\p{L}+\s+\d/iu;
/** Words of each paragraph under "Notes" that make it reporting, not a note. */
const MIN_REPORTED_NOTE_WORDS = 12;

/** Lines under "Notes" looked at, and how many of them must be paragraphs of reporting: a page's own notes are a few. */
const REPORTED_NOTES_SEEN = 5;
const MIN_REPORTED_NOTES = 4;

/** "Notes" heading paragraphs of reporting (four of the five lines under it prose of a sentence's length, none a note or a citation). */
function reportedNotes(lines: readonly string[], facts: readonly LineFacts[], i: number): boolean {
  if (!/^notes:?$/i.test((lines[i] ?? '').trim())) return false;
  // (Up to the next such marker: "References" under two notes heads a list of its own.)
  const seen = lines.slice(i + 1, i + 1 + REPORTED_NOTES_SEEN);
  const end = seen.findIndex((l) => isTailMarker(l));
  const under = end < 0 ? seen : seen.slice(0, end);
  if (under.some((l) => NOTE_OR_CITATION.test(l))) return false;
  return under.filter((l, k) => facts[i + 1 + k]?.prose === true && countWords(l) >= MIN_REPORTED_NOTE_WORDS).length >= MIN_REPORTED_NOTES;
}

/**
 * A share bar or comment counter near the top ("comments", "Share this")
 * looks like the end of an article. When far more prose follows it (before
 * the next such marker) than came before, the article has not ended.
 */
function moreArticleFollows(lines: readonly string[], facts: readonly LineFacts[], from: number, kept: number): boolean {
  let prose = 0;
  for (let i = from; i < lines.length; i++) {
    // (Markers straight after this one are one bar: "Comments (4)" / "Share This Article" over the byline's photo.)
    if (isTailMarker(lines[i] ?? '') && !facts[i]?.prose && facts[i]?.junk !== 'repeated-label') {
      // (A box of links the story resumes after, "Read more from Horizon News:" and three headlines, ends nothing.)
      if (prose > 0) {
        const resume = isFinalMarker(lines[i] ?? '') ? -1 : resumeAfterBox(lines, facts, i + 1);
        if (resume < 0) break;
        i = resume - 1;
      }
      continue;
    }
    if (facts[i]?.prose) prose++;
  }
  return prose > 2 * kept + 3;
}

/**
 * After a "Related"-style marker: where the article resumes, or -1 when it
 * does not. It resumes only when, within a few short lines, two paragraphs
 * of prose follow one another, or the page's last paragraph comes, with no
 * furniture among them; a list of teaser cards, comments or references never does.
 */
/** Words of the paragraph a story resumes with after a box of dated teasers. */
const MIN_RESUMED_WORDS = 20;
/**
 * Furniture a box inside the article may hold without ending it: a video card's duration, an ad label, a teaser's link,
 * a print page's running header (or a teaser the page prints again, ending in a year as a header ends in its page number),
 * a link set between two paragraphs ("Related: How to tell whether your key machine is a US-market unit").
 */
const BOX_FURNITURE = new Set(['time-stamp', 'advertisement', 'date-line', 'relative-time', 'links', 'repeated-label', 'running-header', 'promo-link']);

/** A box's title over its own furniture is a headline's length at most. */
const MAX_BOX_TITLE_WORDS = 30;

function resumeAfterBox(lines: readonly string[], facts: readonly LineFacts[], from: number): number {
  let dated = false;
  for (let i = from; i < Math.min(lines.length, from + MAX_BOX_LINES + 1); i++) {
    const fact = facts[i];
    if (!fact) return -1;
    if (fact.junk === 'date-line' || fact.junk === 'relative-time') dated = true;
    // After a list of dated teasers ("Related Stories" / title / date …), the story resumes with a paragraph of its own
    // length; a line or two of small print ("Comments are moderated. …") under it is the page's foot.
    if (fact.prose && dated && countWords(lines[i] ?? '') < MIN_RESUMED_WORDS) return -1;
    if (fact.prose) {
      const next = facts[i + 1];
      const lastProse = facts.slice(i + 1).every((f) => !f.prose);
      // (A paragraph, then a section's heading over more prose, is the story going on: "…over the weekend." / "A familiar spike" / "…")
      // (A name and a stamp over a signer's reason, "Tomasz W. · Chicago, IL · 3 days ago", heads no section.)
      const heading = lines[i + 1] ?? '';
      const sectionFollows = isHeadingLine(heading) && facts[i + 1]?.junk === null && !/[·|•]/.test(heading) && !isTailMarker(heading) && facts[i + 2]?.prose === true;
      if ((next?.prose === true && lines[i + 1] !== lines[i]) || lastProse || sectionFollows) return i;
      // One sentence over the box's own furniture ("Supreme Court weighs TikTok ban: What happens to your account?" / "2:47"):
      // the box's title. The article may resume after it.
      // (A paragraph of several sentences over an ad's label is the story going on, the ad set in it.)
      if (next?.junk === undefined || next.junk === null || !BOX_FURNITURE.has(next.junk)) return -1;
      if (countWords(lines[i] ?? '') > MAX_BOX_TITLE_WORDS) return i;
      continue;
    }
    // A box's own furniture (a video's running time, "Advertisement") stays inside it.
    if ((fact.junk !== null && !BOX_FURNITURE.has(fact.junk)) || lines[i] === lines[i - 1] || isTailMarker(lines[i] ?? '')) return -1;
  }
  return -1;
}

/** Paragraphs of substance under the headline that show where the article is: what stands above it then is not. */
const MIN_PARAGRAPHS_BELOW_HEADLINE = 3;

/** Words a paragraph needs before its echo in another is taken for a pull quote ("Yes." may well be said twice). */
const MIN_ECHO_WORDS = 6;
/** A pull quote or a teaser is a sentence or two. */
const MAX_ECHO_WORDS = 60;
/** Paragraphs before and after a short one that are read for the longer paragraph it repeats. */
const ECHO_WINDOW = 12;

/**
 * A pull quote, or a teaser repeating the story: a paragraph whose every word another, longer paragraph of the article
 * prints in the same order ("“People are making fast decisions about apps they had never heard of a week ago.”" over
 * "“People are making fast decisions … a week ago,” said Lorena Vasquez-Hill …"). It says nothing the story does not,
 * and goes; the longer paragraph stays.
 */
function dropEchoes(paragraphs: Paragraph[]): void {
  const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const keys = paragraphs.map((p) => words(p.text));
  const echoes = new Set<number>();
  keys.forEach((key, i) => {
    const words = countWords(paragraphs[i]?.text ?? '');
    if (words < MIN_ECHO_WORDS || words > MAX_ECHO_WORDS) return;
    // (A pull quote sits near the paragraph it lifts; a page of thousands of paragraphs is not read square.)
    for (let k = Math.max(0, i - ECHO_WINDOW); k <= Math.min(keys.length - 1, i + ECHO_WINDOW); k++) {
      const other = keys[k] ?? '';
      if (k !== i && !echoes.has(k) && other.length > key.length && other.includes(key)) {
        echoes.add(i);
        return;
      }
    }
  });
  for (const i of [...echoes].sort((a, b) => b - a)) {
    // The pull quote's attribution under it ("Denise Whitfield, risk consultant") is no heading over the section's next
    // paragraphs: they stay under the pull quote's own.
    const quote = paragraphs[i] as Paragraph;
    const attribution = paragraphs[i + 1]?.heading ?? null;
    if (attribution !== null && attribution !== quote.heading && isQuoteAttribution(attribution)) {
      for (let k = i + 1; k < paragraphs.length && paragraphs[k]?.heading === attribution; k++) (paragraphs[k] as Paragraph).heading = quote.heading;
    }
    paragraphs.splice(i, 1);
  }
}

/** "Denise Whitfield, risk consultant", "— Calvin Oduya, owner": a person's name and a few words of role, as a pull quote is credited. */
function isQuoteAttribution(line: string): boolean {
  const m = /^(?:[—–-]\s*)?([^,]{3,40}),\s+([^,.!?]{2,60})$/.exec(line);
  return m !== null && isPersonName(m[1] ?? '') && countWords(m[2] ?? '') <= MAX_ROLE_WORDS;
}
/** Words of a pull quote's credited role at most. */
const MAX_ROLE_WORDS = 8;

/**
 * Text above the headline (a site-wide notice, an acknowledgement, a
 * promotion) is not the article, once the article has shown itself below
 * the headline. With no headline found, or little under it, nothing goes.
 */
function dropAboveHeadline(paragraphs: Paragraph[], startLine: WeakMap<Paragraph, number>, headline: number): void {
  if (headline < 0) return;
  const lineOf = (p: Paragraph) => startLine.get(p) ?? -1;
  if (paragraphs.filter((p) => lineOf(p) > headline).length < MIN_PARAGRAPHS_BELOW_HEADLINE) return;
  for (let k = paragraphs.length - 1; k >= 0; k--) {
    const at = lineOf(paragraphs[k] as Paragraph);
    if (at >= 0 && at < headline) paragraphs.splice(k, 1);
  }
}

/** Marks of a dialogue's or a live blog's structure, not of a box of furniture: the turns between them are the text. */
const STRUCTURE_KINDS = new Set(['speaker-label', 'time-stamp', 'repeated-label', 'stage-direction']);

/**
 * jusText's context rule: a short paragraph that is not a sentence of prose
 * (a label, a teaser's headline, a caption, a line of a comment), whose
 * nearest neighbours of substance above and below (prose or furniture) are
 * both furniture, belongs to that furniture: a promotion between share
 * bars, a related story's title between its boxes. A sentence keeps its
 * place whatever surrounds it: news sites set ads between paragraphs.
 */
function dropShortBetweenFurniture(paragraphs: Paragraph[], startLine: WeakMap<Paragraph, number>, facts: readonly LineFacts[], furnitureLines: ReadonlySet<number>, lineCount: number): void {
  // Each line: 1 article text (a paragraph of prose starts there: jusText's good and near-good), -1 furniture,
  // 0 neither (headings, short paragraphs, blanks). A marked-up list or table (an infobox) is data, and is left alone.
  const kind = new Int8Array(lineCount);
  for (let i = 0; i < lineCount; i++) {
    const junk = facts[i]?.junk ?? null;
    if ((junk !== null && !STRUCTURE_KINDS.has(junk)) || furnitureLines.has(i)) kind[i] = -1;
  }
  let substance = 0;
  for (const p of paragraphs) {
    const at = startLine.get(p) ?? -1;
    if (at >= 0 && hasProseShape(p.text)) {
      kind[at] = 1;
      substance++;
    }
  }
  // A post made only of short paragraphs (a chat message, a thread) has no article text to tell its furniture from.
  if (substance === 0) return;
  const neighbour = (from: number, step: number): number => {
    for (let i = from + step; i >= 0 && i < lineCount; i += step) if (kind[i] !== 0) return kind[i] as number;
    return 0;
  };
  for (let k = paragraphs.length - 1; k >= 0; k--) {
    const p = paragraphs[k] as Paragraph;
    const at = startLine.get(p) ?? -1;
    if (at >= 0 && !hasProseShape(p.text) && !SENTENCE_END.test(p.text) && neighbour(at, -1) === -1 && neighbour(at, 1) === -1) paragraphs.splice(k, 1);
  }
}
