/**
 * What an article says about itself when no manifest describes it: its
 * headline, byline, date, publisher and address, read from the lines around
 * the top of the page. Every signal is general: the headline is the line the
 * page repeats (page title and heading), the line just above the byline or
 * date, or the first headline-shaped line before the body; never "line 1".
 */
import { withoutBilingualLabel, dateLine, datelineDate, findDate, FOREIGN_UPDATE, isIssueDate, isRelativeStamp, yearlessStampDate } from './findDate.js';
import { readsAsFurniture } from './lineModel.js';
import { likeliestHeadline, type HeadlineCandidate } from './headlineModel.js';
import { AUDIENCE_COUNT, CAPITAL_CREDENTIAL, isPreheader, COMMENTS_ON_POST, SCRIPT_STOPS, HAN_NAME_BEFORE_ROMANISED, HANDLE_IN_BRACKETS, capitalShare, TITLE_CASE_SHARE, BRACKETED_ROLE, REGISTRATION_IN_BRACKETS, MARKDOWN_LINK, NEWSPAPER_WORD, nameThenOutletLine, reporterAfterName, letterSignature, BYLINE_PREFIX as BYLINE_OPENER, chineseFields, CONTENTS_LABEL, countWords, EMOJI, handleAfterPrefix, handleByline, isBylineLine, isJobLine, isNameAndDate, isPersonName, isPlatformName, isPostedLine, isTailMarker, POSTED_AUTHOR, postedCore, JOB_BEFORE_NAME, junkRule, LEADING_EMOJI, nameAndJob, nameBesideDate, nameOnly, NEWSROOM_JOB, ORGANISATION_END, POSTED_BY_FIRST, PRINT_HEADER_STAMP, ROLE_BADGE, SELF_ADDRESS, stampParts, TIMESTAMP_ALONE, wechatAccountLine, withoutTrailingEmoji } from './furniture.js';

export interface FoundMetadata {
  title: string;
  /** Lines that print the headline (page title, heading, a repeat): not article text. */
  titleLines: number[];
  /** The headline's line at the top of the page (-1 when none was found there): what is above it is the masthead. */
  headline: number;
  author: string;
  date: string;
  publisher: string;
  url: string;
}

/** A line that ends a sentence (closing quote or bracket allowed, and an emoji after it: "… in years. 🧵"). */
// (With the stops of scripts that have their own: SCRIPT_STOPS.)
export const SENTENCE_END = new RegExp(`[.!?…。！？${SCRIPT_STOPS}]["”’')\\]」』）]?(?:\\s*${EMOJI}+)?$`, 'u');
/** A name in Chinese characters, a bare dash, then a headline in Latin letters; and the headline first, the name after. */
const HAN_NAME_BEFORE = /^\p{Script=Han}[\p{Script=Han}\d]*[-–—](\p{Lu}[^\p{Script=Han}]*)$/u;
const HAN_NAME_AFTER = /^([^\p{Script=Han}]*[\p{L}\d.!?’”])[-–—]\p{Script=Han}[\p{Script=Han}\d]*$/u;
/**
 * Separators between a headline and the site or section name around it: "Opinion | …", "… - Site". Not a dash after a
 * colon, which opens a quote in Scandinavian headlines ("… på kinesisk app: – Helt sprøtt").
 */
export const TITLE_SEPARATOR = /(?<!:)\s+(?:\||--?|–|—|::|»|·|•|_)\s+|\s*｜\s*/;
/** Above the headline, a line shorter than this is the masthead (site name, tagline, menu), never the article. */
export const MAX_MASTHEAD_WORDS = 25;
/** A headline is printed in the page title, the heading and perhaps a breadcrumb; a line printed this often is a running header. */
const MAX_HEADLINE_REPEATS = 4;
/** A headline written as whole sentences is short: a longer sentence over a byline is a standfirst. */
const MAX_SENTENCE_HEADLINE_WORDS = 25;
/** Lines looked at for a headline: real pages put it within the first screenful. */
const HEAD_LINES = 40;
/** A post header's lines above its headline: the writer, the date, the update stamp, the reading time. */
const MAX_POST_HEADER_LINES = 4;
/** A menu item copied as text is a line of a word or three; a TV station's menu runs to forty of them above the headline. */
const MAX_MENU_ITEM_WORDS = 3;
/** Words on each line of a headline a narrow column breaks over three lines. */
const MAX_BROKEN_LINE_WORDS = 7;
/** However long its menus, a page's headline is above this line. */
const MAX_HEAD_SCAN = 150;

/** A name's letters alone, accents off: "Bélanger-Ho" → "belangerho", "ruth_adeyemi" → "ruthadeyemi". */
function bareLetters(text: string): string {
  return text.normalize('NFD').replace(/[^\p{L}]+/gu, '').toLowerCase();
}

/** A user handle as a CMS prints it for the author: lower case, no spaces ("mhuang", "ruth_adeyemi", "ines-barros"). */
export const USER_HANDLE = /^[\p{Ll}\d_.-]+$/u;

/**
 * A user handle the CMS printed ("abelangerho", "ruth_adeyemi") that spells a person's surname ("Annick Bélanger-Ho"),
 * or that is the first name alone ("marisol" for "Marisol Treviño"), as a blog's owner often signs up.
 */
export function handleSpellsName(handle: string, name: string): boolean {
  if (!USER_HANDLE.test(handle)) return false;
  const words = name.split(' ');
  const surname = bareLetters(words.at(-1) ?? '');
  const first = words.length >= 2 ? bareLetters(words[0] ?? '') : '';
  const letters = bareLetters(handle);
  return (surname.length >= 3 && letters.includes(surname)) || (first.length >= MIN_FIRST_NAME_HANDLE && letters === first);
}
/** Letters a first name needs to be taken for its owner's handle: "marisol", not "al". */
const MIN_FIRST_NAME_HANDLE = 4;

export function comparable(text: string): string {
  // (Every line of a page's head is compared with the title, the headline's candidates and each other, again and again.)
  const known = comparableCache.get(text);
  if (known !== undefined) return known;
  const key = text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
  if (text.length > MAX_COMPARABLE_CACHED_LENGTH) return key;
  if (comparableCache.size >= MAX_COMPARABLE_CACHED) comparableCache.clear();
  comparableCache.set(text, key);
  return key;
}

const comparableCache = new Map<string, string>();
/** Texts remembered before the cache starts afresh (a few large pages' worth), each a line's length at most. */
const MAX_COMPARABLE_CACHED = 50_000;
const MAX_COMPARABLE_CACHED_LENGTH = 400;

/** Words enough, a full sentence, not furniture: the kind of line an article's body is made of. */
export function isProseLine(line: string): boolean {
  return hasProseShape(line) && junkRule(line) === null;
}

/**
 * A schedule's or a contents list's row, its label joined to its entry by a leader of dots: "Tue Feb 11 ... General
 * membership meeting, 7:00 PM.", "Every Wed .... Bingo.", "Treasurer's report ........ 4". (Prose's ellipsis follows a
 * word, "Well... so", or runs three dots between words, not after a date or in a row of four.)
 */
const LEADER_ROW = /^\s*(?:(?=[^.]*(?:\d|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)))(?:\S+\s+){0,3}\S+\s+\.{3,}|(?:\S+\s+){0,3}\S+\s*\.{4,})\s*\S/;

/** isProseLine without the furniture check, for a caller that has made it already. */
export function hasProseShape(line: string, words = countWords(line)): boolean {
  return (words >= 25 || (words >= 10 && SENTENCE_END.test(line))) && !LEADER_ROW.test(line);
}

/**
 * The headline inside a page-title line: "Opinion | Headline" or
 * "Headline - Site Name" give "Headline"; "Home | News | Sports" gives
 * nothing (a menu, not a title).
 */
/** "… | The Pacific Ledger - Google Chrome": a window's title names the browser after the page's. */
const BROWSER_WINDOW = /\s+[-–—]\s+(?:Google Chrome|Chromium|Mozilla Firefox|Firefox|Microsoft\u200b?\s?Edge|Safari|Brave|Opera|Vivaldi|Arc)$/;

/** "moth-and-lantern on Tumblr: …", "Marisol Vega (@marisol.reports) on Threads": who posted, and the post's words if given. */
export const POSTED_ON_PLATFORM = /^(.{1,80}?)\s+on\s+(?:Tumblr|X|Twitter|Instagram|Threads|Bluesky|Mastodon|LinkedIn|Facebook|TikTok|Reddit)(?:\s*:\s*(\S.*))?$/;

/** "Title: …", "Headline: …", "WEB HED: …", a forum's "Topic: …": a field naming the headline. */
const HEADLINE_FIELD = /^(?:title|headline|topic|thread|announcement|(?:(?:web|suggested|proposed|print|main)\s+)?(?:hed|headline))\s*:\s*(\S.*)$/i;
/** Of those, the fields that name the piece's own headline (a channel's "Topic:" may be its subject line instead). */
const TITLE_FIELD = /^(?:title|headline|(?:(?:web|suggested|proposed|print|main)\s+)?(?:hed|headline))\s*:/i;
/** A letter's or a memo's subject line: "RE: Written Testimony on S.F. 512 …", "Subject: …" (not "re:" in a sentence's lower case). */
const MEMO_SUBJECT = /^(?:RE|Re|Regarding|REGARDING|Subject|SUBJECT)\s*:\s*\S/;

/** The fewest words of the last part of a path that is the page's headline, not one more section's name. */
const MIN_CRUMB_HEADLINE_WORDS = 4;

/** "Words of a headline_Column_Site": parts glued by underscores, the first of several words (a file's name has no space). */
export const GLUED_TITLE = /^([^_]*\S\s\S[^_]*)_[^_\s][^_]*_[^_\s][^_]*$/;

const EMBARGO_NOTICE = /^(?:embargoed|under embargo|embargo)\b[^:]{0,60}:\s+(?=\S)/i;

/** A form's field label in English after its Chinese one ("標題 Title:", "對象 Target:"): the line is a record's field. */
const BILINGUAL_FIELD_LABEL = /^(?:[A-Za-z]+\s+)?(?:title|subject|date|no\.?|number|ref(?:erence)?|target|status|deadline|attachment|from|to|author|source|category|type)\s*[:：]/i;

/** What a headline closes on after a dash, where a site's name never opens: "For Now", "And Why", "Or Not", "At Last". */
const HEADLINE_CODA = /^(?:and|but|or|yet|so|for now|for good|for real|at last|at least|not yet|maybe|again|finally|too)(?:\s|[?!.]?$)/i;

/** A contents entry's leader and page number: " ........ 3", " . . . . 12". */
const DOT_LEADER_PAGE = /\s*(?:[.…·]\s?){4,}\s*\d{1,4}$/u;

export function headlineCore(raw: string): string | null {
  // (A browser's print header sets the date and time before the page's title: "21.1.2025 9.14 TikTok-pakolaiset … | Site".)
  // (And a press release's embargo notice before it: "EMBARGOED until 6 a.m. ET Jan. 21: MandoMate sees …".)
  // (And a contents entry's dot leader and page number after it: "Tai Chi at Rosewood Park Goes Global ........ 3".)
  const line = raw.replace(BROWSER_WINDOW, '').replace(PRINT_HEADER_STAMP, '').replace(EMBARGO_NOTICE, '').replace(DOT_LEADER_PAGE, '');
  // An export's labelled title: "Title: The RedNote rush, explained"; a course site's or a forum's "Topic: Week 2 reading note".
  // A newsroom system's "WEB HED:" (its headline for the web).
  const labelled = HEADLINE_FIELD.exec(line);
  if (labelled) return headlineCore(labelled[1] ?? '');
  // A bilingual form's field, "通告編號 Notice No.: 2024-25/E087": a record's field, not its headline. (A value of words,
  // "小红书 RedNote: what Americans found there", is a bilingual headline's.)
  const field = withoutBilingualLabel(line);
  if (field !== line && (BILINGUAL_FIELD_LABEL.test(field) || /[:：]\s*(?:\S*\d|(?:\S+\s+){0,2}\S+$)/.test(field))) return null;
  // A social site's <title> for a post: "moth-and-lantern on Tumblr: on the cat tax, …", "Jane Doe on X: "…"".
  const posted = POSTED_ON_PLATFORM.exec(line);
  if (posted?.[2] !== undefined) return headlineCore(posted[2].replace(/^["“](.*)["”]$/, '$1'));
  // An e-mail's subject is its headline: "Subject: Fwd: The RedNote rush, explained".
  // (A letter's or a memo's "RE: Written Testimony on S.F. 512 …" is its subject line too.)
  const subject = /^(?:[Ss]ubject|SUBJECT|RE|Re|Regarding|REGARDING)\s*:\s*(?:(?:[Rr][Ee]|[Ff][Ww][Dd]?):\s*)*(\S.*)$/.exec(line);
  // …without its icon or the newsletter's name and number ("🗓 Feedlines #112: The great RedNote migration").
  // (Not a list's tag in brackets: "[statehouse feed] Lawmaker wants …" is read as a list's subject below.)
  if (subject) return headlineCore((subject[1] ?? '').replace(/^[^\p{L}\p{N}"“‘'[]+/u, '').replace(/^\p{L}[\p{L}\p{N} &'’.-]{0,30}?\s*(?:#|no\.\s*|issue\s+)\d+\s*[:|–—-]\s*/iu, ''));
  // A site's notice of a new post: "New journal post in Lowcountry Backyard Naturalists: Cardinals, Cormorants and 小红书",
  // "New post from Harbor Books: …": the post's own title follows the community's or the writer's name.
  const notice = /^new (?:[\p{L}-]+ ){0,2}(?:post|article|story|entry|episode|update)\s+(?:in|on|from|by|at)\s+[^:]{2,60}?:\s+(\S.*)$/iu.exec(line);
  if (notice) return headlineCore(notice[1] ?? '');
  // A mailing list's subject: "[mle-discuss] Fwd/Article: "Why the RedNote exodus won't last"" names the piece it forwards.
  const listed = /^\[[\w .-]{1,40}\]\s*(?:(?:re|fwd?|fw)(?:\/[\p{L}]+)?:\s*)*["“]?(\S.*?)["”]?$/iu.exec(line);
  if (listed) return headlineCore(listed[1] ?? '');
  // A CMS's <title> glued with underscores, "Headline_Column_Site" (DedeCMS, PHPCMS): the headline is its first part.
  const glued = GLUED_TITLE.exec(line);
  if (glued) return headlineCore(glued[1] ?? '');
  // A Chinese site's name glued to an English headline by a bare dash, "鹏城职工报数字报-American ‘TikTok refugees’ …"
  // (a Founder e-paper's <title>), or after it: the name is the part in the other script.
  const scripts = HAN_NAME_BEFORE.exec(line) ?? HAN_NAME_AFTER.exec(line);
  if (scripts && countWords(scripts[1] ?? '') >= MIN_CRUMB_HEADLINE_WORDS) return headlineCore(scripts[1] ?? '');
  // A link aggregator's story title names the site it links to, then its comment count: "… Flood In (packetreview.net) 142".
  const sourced = /^(.{12,}?)\s+\((?:[\w-]+\.)+[a-z]{2,}\)(?:\s+\d{1,5})?$/i.exec(line);
  if (sourced) return headlineCore(sourced[1] ?? '');
  // A forum's or a site's path to the page, its sections then the page's own headline (perhaps with its view count):
  // "NaijaSquare Forum / General / Business / Guangzhou-Based Nigerian Traders Cash In … (8412 Views)".
  const crumbs = line.split(/\s+\/\s+/);
  const lastCrumb = (crumbs.at(-1) ?? '').replace(/\s*\(\d[\d,.]*[KkMm]?\s+(?:views?|replies|posts|comments)\)$/i, '');
  if (crumbs.length >= 3 && countWords(lastCrumb) >= MIN_CRUMB_HEADLINE_WORDS && crumbs.slice(0, -1).every((c) => countWords(c) <= 3)) return headlineCore(lastCrumb);
  const parts = line.split(TITLE_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length <= 1) return line;
  if (parts.length === 2) {
    const [first = '', last = ''] = parts;
    // "… Gained — and What They Lost": a part opening in lower case continues the headline; a site's name never does.
    // Nor is a date one: "Department Press Briefing – January 16, 2025" is the headline whole; nor, after an em dash, a clause
    // of four words or more ("… the TikTok Refugees — Here's What Actually Happened"), unless it names a "The …" outlet.
    // (A site named by its lower-case domain, "arriaga.log", is a site's name all the same.)
    // (Nor a coda after a dash in title case, "… Walkaround Videos to RedNote — For Now", "… — And Why It Matters".)
    if ((/^\p{Ll}/u.test(last) && !/^[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)+$/u.test(last)) || dateLine(last) !== null || (/\s—\s/.test(line) && countWords(last) >= 4 && !/^The\s/.test(last)) || (/\s[—–]\s/.test(line) && HEADLINE_CODA.test(last))) return line;
    // "Headline | Site Name", then "Section | Headline"; two long halves are one headline with a subtitle.
    if (countWords(last) <= 4 && countWords(first) >= 3) return first;
    // (Nor is a stamp a headline: "Priya Raghunathan · Updated 3 months ago" is a byline; nor a job and where it is held:
    // "Principal · Hawthorne Middle School" is the line under a writer's name.)
    if (countWords(first) <= 2 && countWords(last) >= 3) return isRelativeStamp(last) || JOB_ALONE_WORD.test(first) ? null : last;
    return countWords(first) >= 3 ? line : null;
  }
  // "… find a new feed — and new friends — on RedNote": dashes around a phrase inside a headline; parts in lower case
  // carry on the sentence, where a site's or a section's name never does.
  // Such dashes are no separators: what the other separators leave ("… on RedNote · Crossing the Firewall") is read without them.
  if (parts.slice(1).some((p) => /^\p{Ll}/u.test(p)) && /\s[—–]\s/.test(line)) {
    const protectedDashes = line.replace(/\s([—–])\s/g, '\uE000$1\uE000');
    const core = headlineCore(protectedDashes);
    return core === null ? null : core.replace(/\uE000([—–])\uE000/g, ' $1 ');
  }
  const longest = [...parts].sort((a, b) => countWords(b) - countWords(a))[0] ?? '';
  const others = parts.filter((p) => p !== longest);
  return countWords(longest) >= 3 && others.every((p) => countWords(p) <= 5) ? longest : null;
}

function isHeadlineShaped(line: string): boolean {
  const words = countWords(line);
  if (words < 1 || words > 35 || line.length > 260) return false;
  if (!/\p{L}/u.test(line) || /https?:\/\//i.test(line)) return false;
  if (/[;,:]$/.test(line)) return false;
  if (isRunningHeader(line)) return false;
  // "(Registrant's telephone number, including area code)": a form's label, or an aside, wholly in brackets.
  if (/^\(.*\)$/.test(line)) return false;
  // "Channel: Digital Frontier Brief (@dfbrief)", "Submitted to: Department for …", "Hearing date: Thursday, …": a
  // record's field, its value after the label; "r/AppDemographics", "@dfbrief": a community's or an account's name alone.
  if (RECORD_FIELD.test(line) || /^(?:[ru]\/[\w-]{2,30}|@[\w.]{2,30})$/.test(line)) return false;
  return junkRule(line) === null;
}

/** A record's field name and its value on one line (a title field, "Title:", is read as the headline instead). */
const RECORD_FIELD =
  /^(?:channel|group|forum|board|community|subreddit|category|categories|section|submitted (?:to|by)|(?:hearing|meeting|event|release) date|date|location|venue|room|to|cc|bcc|filed under|posted in|tags?|keywords|attachments?)\s*:\s+\S/i;

/**
 * "14 CLYDESIDE ADVERTISER Thursday, January 23, 2025 www.clydesideadvertiser.co.uk": a printed page's running header,
 * with the site's address and the issue's date; no headline.
 */
function isRunningHeader(line: string): boolean {
  return /(?:^|\s)www\.[a-z0-9-]+\.[a-z.]{2,}(?:\s|$)/i.test(line) && findDate(line) !== null && countWords(line) <= MAX_STAMP_WORDS;
}

interface Candidate {
  index: number;
  core: string;
  key: string;
  score: number;
  /** A headline set on two lines ("Refugees in Translation:" / "Measuring the …"): 2. */
  lines?: number;
  /** The line printed a stamp after the headline ("… Aired 11-11:30p ET"). */
  stamped?: boolean;
}

/** Lines under a headline candidate in which the story's first paragraphs would be. */
const LEAD_REACH = 12;
/** Paragraphs of the story's opening a headline's words are looked for in. */
const LEAD_PARAGRAPHS = 3;

/**
 * The share of a line's longer words (or Han characters) that the first paragraphs under it print: a headline tells
 * what its story's opening tells; a site's name, a section's or a date line shares little with it.
 */
function leadOverlap(lines: readonly string[], candidate: Candidate): number {
  const end = candidate.index + (candidate.lines ?? 1);
  const lead = lines.slice(end, end + LEAD_REACH).filter((l) => isProseLine(l)).slice(0, LEAD_PARAGRAPHS).join(' ').toLowerCase();
  const words = [...candidate.core.toLowerCase().matchAll(/\p{L}{4,}|\p{Script=Han}/gu)].map((m) => m[0]);
  if (words.length === 0 || lead === '') return 0;
  return words.filter((w) => lead.includes(w)).length / words.length;
}

/** A line of a headline broken mid-phrase: it ends in a comma or a word that cannot end one ("as", "of", "the"). */
const BROKEN_HEADLINE = /(?:\p{L},|\s(?:a|an|the|as|of|to|for|and|or|but|in|on|at|by|with|from|into|over|after|before|than|that|its|their|his|her))$/u;

const REPUBLISHED = /^(?:this (?:post|story|article|piece) )?(?:originally|first) (?:appeared|ran) (?:on|in) (.{2,60}?),? and was (?:first |originally )?published (?:on )?(.{6,30}?)\./i;

/** An outlet's name as a credit prints it: capitalised words ("The Plains Dispatch", "States Desk", "Front Range Sentinel"). */
const CREDITED_OUTLET = String.raw`((?:The )?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|and|&|for|on|the|de|la))*)`;
/**
 * A republished story's credit to the outlet that published it first ("reported by" and "written by" name a scoop's
 * source or a writer, not the publisher): "This piece was originally published by The Plains Dispatch and is
 * republished here with permission.", "This article was first published by States Desk, a nonprofit
 * newsroom …", "Reprinted with permission of the Front Range Sentinel.", "Republished with permission from …".
 */
const ORIGINAL_CREDIT = [
  // (Case is kept: the outlet's name is told by its capitals.)
  new RegExp(String.raw`^(?:[Tt]his|[Tt]he) (?:piece|article|story|column|op-ed|essay|report|post|commentary) (?:was|is) (?:originally |first )?(?:published|produced) (?:by|in) (?:the )?${CREDITED_OUTLET}(?=[,.;:]|\s+(?:and|on|in)\b|$)`, 'u'),
  new RegExp(String.raw`^(?:[Rr]eprinted|[Rr]epublished|[Rr]eposted|[Ss]hared) (?:here )?(?:with (?:the )?(?:kind )?permission )?(?:of|from|by) (?:the )?${CREDITED_OUTLET}(?=[,.;:]|\s+(?:and|on|in)\b|$)`, 'u'),
];
/** "Read the original at https://…", "Read the original story here: https://…": the first outlet's address. */
const ORIGINAL_ADDRESS = /\bread (?:the )?original(?: (?:article|story|piece|post))?(?: (?:at|here|on))?:?\s*(https?:\/\/\S+?)[.,;)]?$/i;
/** A credit is a line of its own, not a sentence inside a paragraph. */
const MAX_CREDIT_WORDS = 45;

/**
 * Languages' English names ("Portuguese", "Mandarin", "Chinese"), from the runtime's locale data: "This article was
 * originally published in Portuguese" names a language, not an outlet. Worked out on the first credit read (it takes
 * tens of milliseconds), not when the module loads.
 */
let languageNames: ReadonlySet<string> | undefined;
function isLanguageName(word: string): boolean {
  languageNames ??= englishLanguageNames();
  return languageNames.has(word.toLowerCase());
}

function englishLanguageNames(): ReadonlySet<string> {
  const names = new Set<string>(['mandarin', 'cantonese']);
  const display = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const name = display.of(a + b);
      if (name !== undefined) names.add(name.toLowerCase());
    }
  }
  return names;
}

/** The outlet a republished story credits as its first publisher, and the address of its original; '' where none is given. */
export function originalCredit(lines: readonly string[]): { publisher: string; url: string } {
  let publisher = '';
  let url = '';
  for (const line of lines) {
    if (countWords(line) > MAX_CREDIT_WORDS) continue;
    if (publisher === '') {
      const name = ORIGINAL_CREDIT.map((re) => re.exec(line)?.[1]).find((n) => n !== undefined);
      const outlet = name?.replace(/\s+(?:of|and|&|for|on|the|de|la)$/u, '').replace(/\.$/, '') ?? '';
      // (Nor is a month: "originally published in January.")
      if (outlet !== '' && findDate(outlet) === null && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i.test(outlet) && !outlet.split(/\s+(?:and|&)\s+/).some(isLanguageName))
        publisher = outlet;
    }
    if (url === '') url = ORIGINAL_ADDRESS.exec(line)?.[1] ?? '';
  }
  return { publisher, url };
}

/** A memo's sender field, a name with no mail address: "FROM:   Renata M. Okafor, Commissioner of Insurance". */
const MEMO_FROM = /^\s*(?:FROM|From)\s*:\s+([^<>@:]{4,90})$/;
/** The memo's other fields, one of which stands within MEMO_FIELD_REACH lines of its FROM. */
const MEMO_FIELD = /^\s*(?:TO|To|RE|Re|SUBJECT|Subject|DATE|Date|CC|Cc|MEMORANDUM|Memorandum)\s*:/;
const MEMO_FIELD_REACH = 4;

/** "<sender> sent this bulletin at <date>": a mailing service's web copy of a bulletin, a newsletter, an alert. */
const SENT_NOTICE = /^(\p{Lu}.{2,80}?) sent (?:this|the following) (?:bulletin|e-?mail|message|newsletter|update|alert|notice) (?:at|on) (.{6,40})$/iu;
/** A sender's name is an organisation's: a few words. */
const MAX_SENDER_WORDS = 8;

/** "First published …", "Originally published on …", "Published: …" opening a line. */
const PUBLISHED_STAMP = /^(?:first |originally )?published\b(?:\s+on)?:?\s/i;
/** The sender's name in a mail header's From line ("Jane Doe <jdoe@…>", "jdoe@… (Jane Doe)", "\"Doe, Jane\" <…>"); else ''. */
function mailSender(line: string): string {
  // A webmail page prints the header without its label: "Maya Okafor | Team Okafor <info@mayaokafor.com>".
  const m = /^(?:from:\s*)?(?:"?([^"<>()@]+?)"?\s*<[^<>\s]+@[^<>\s]+>|<?[^<>\s()]+@[^<>\s()]+>?\s*\(([^()]+)\))\s*$/i.exec(line);
  const name = (m?.[1] ?? m?.[2] ?? '').split(/\s+[|·]\s+/)[0]?.trim() ?? '';
  // "Doe, Jane" as some mail clients write it.
  const reversed = /^([\p{L}'’-]+),\s*([\p{L}'’. -]+)$/u.exec(name);
  if (reversed) return `${reversed[2]} ${reversed[1]}`;
  return personFromOutlet(name)?.person ?? name;
}

/** "Lena Park from Switchboard": a newsletter platform's sender, the writer and her publication. */
function personFromOutlet(name: string): { person: string; outlet: string } | null {
  const m = /^(.+?)\s+from\s+(\p{Lu}.*)$/u.exec(name);
  return m !== null && isPersonName(m[1] ?? '') ? { person: m[1] ?? '', outlet: m[2] ?? '' } : null;
}

/** "Anindya Putri Lestari (The Jakarta Courier)": a person's name, then the outlet in brackets. */
const NAME_AND_OUTLET = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+\(((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4})\)$/u;
/** A reader app's line under the headline: "Devin Achterberg · The Porchlight Review", the writer and the outlet. */
const NAME_DOT_OUTLET = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+[·•]\s+((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|and|for|the|on|in)){0,5})$/u;

/** A byline's opener alone on its line, the name on the next: "By" / "Dana Whitfield,". */
const LONE_BY = /^(?:by|written by|words by|by:)$/i;
/** A profile box's label over the author's name: "Librarian" / "Jonah Castellanos-Whitt", "Author:" / "Mei Lin". */
const AUTHOR_LABEL = /^(?:authors?|creators?|written by|(?:subject |guide )?librarian|guide (?:author|owner)|compiled by|prepared by|curated by)\s*:?$/i;
/** "Okafor, Danielle": a catalogue's (Dublin Core's) inverted name, surname first. */
const INVERTED_NAME = /^(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?),\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/**
 * A question's end: a Q&A page's question heads it even under a topic label of three words ("Social Media Trends"); a
 * page that opens on a question is headlined by it ("…国内酒店接住这波“泼天流量”了吗？", in a full-width question mark).
 */
const QUESTION_END = /[?？]["”’」』]?$/;

/** The most words of a standfirst between a headline and its byline ("When TikTok went dark, three alumni found …"). */
const MAX_STANDFIRST_WORDS = 50;

/** The fewest words of a dek: a standfirst is a sentence or two, not a second headline. */
const MIN_DEK_WORDS = 10;

/** A release's end mark with its date: "Ends/Wednesday, January 22, 2025", "-ENDS- 22 January 2025", "### January 22, 2025". */
const RELEASE_END_DATE = /^(?:-+\s*)?(?:ends?|###)\s*(?:-+\s*)?[/|—–:-]?\s*(\S.{5,40})$/i;

/** A stamp's label saying when the page changed or was kept, not when it was published. */
const UPDATE_LABEL = new RegExp(`updat|modif|edit|saved|clipped|archived|accessed|retrieved|captured|${FOREIGN_UPDATE}`);
/** A stamp line is short ("First published Sunday 19 January 2025. Last modified on Tuesday 21 January 2025 14.02 GMT"). */
const MAX_STAMP_WORDS = 20;

/** A company's word after an outlet's name in its copyright notice ("The Open Tab Media LLC"). */
const COMPANY_WORD = /\s+(?:media|digital|network|communications|broadcasting|publishing)$/i;

/** A legal form a masthead may print as part of the name ("Iron Lotus Tattoo Co."). */
const PRINTED_LEGAL_FORM = /^(?:co|company|inc|ltd|llc)$/;

/**
 * The name a page's masthead prints for the copyright holder: "Hollinsford Herald Media" holds the copyright of the
 * paper whose masthead, a line of its own, says "Hollinsford Herald"; "NhipSong" is "NhipSong International" where
 * masthead and footer both print that.
 */
function mastheadName(lines: readonly string[], holder: string, headline: number): string {
  // "© 1997-2025 NhipSong" under a page whose masthead and footer both print "NhipSong International": the masthead.
  const held = comparable(holder);
  // "IRON LOTUS TATTOO CO." over the headline: the masthead prints the legal form as part of the name.
  const branded = lines.slice(0, Math.max(0, headline)).find((l) => comparable(l).startsWith(`${held} `) && PRINTED_LEGAL_FORM.test(comparable(l).slice(held.length + 1)));
  if (branded !== undefined && held !== '') return `${holder} ${fromCapitals(branded.trim().split(/\s+/).at(-1) ?? '')}`;
  const printed = lines.find((l) => l.length <= holder.length + 24 && countWords(l) <= 5 && comparable(l).startsWith(`${held} `) && lines.indexOf(l) !== lines.lastIndexOf(l));
  if (printed !== undefined && held !== '') return printed;
  const shorter = holder.replace(COMPANY_WORD, '');
  if (shorter === holder || countWords(shorter) < 1) return holder;
  const key = comparable(shorter);
  // Only a line about as long as the name can be it; or the page's own text naming the outlet so, without the company's
  // word or any other name after it, more than once ("Banyan Daily is reader-funded.", "interviewed by MarketLane said").
  const word = holder.slice(shorter.length).trim();
  const bare = new RegExp(`(?<![\\p{L}\\p{N}])${shorter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{Lu}|${word}\\b))`, 'gu');
  const named = lines.reduce((n, l) => n + (l.match(bare)?.length ?? 0), 0);
  return lines.some((l) => l.length <= shorter.length + 12 && comparable(l) === key) || named >= 2 ? shorter : holder;
}

/** Where one of a page's meta fields starts inside a line that runs them together. */
const META_FIELD_START = /\s(?=(?:Updated|Published|Posted|Words:|By|Written by|Reviewed by|Edited by|Fact[- ]checked by|Photos? by|Illustrations? by|(?:Editors?|Reviewers?|Translators?|Photos?|Layout|Proofreading):)\s|\d+\s+min(?:ute)?s?\s+read\b)/;

/** A line of meta fields run together, in its fields; a line longer than a meta line is prose and stays whole. */
function gluedMetaParts(line: string): string[] {
  if (countWords(line) > MAX_STAMP_WORDS * 2 || SENTENCE_END.test(line)) return [line];
  return line.split(META_FIELD_START).map((p) => p.trim()).filter((p) => p !== '');
}

/** A label, a colon and what follows it: "(Current) Amara Nwosu: 2025-01-27 10:14 PM". */
const LABELLED_STAMP = /^(.{1,60}?):\s+(.+)$/u;
/** Words of a label before a stamp that make the line the stamp's, not a headline's ("Wiki version (Current) Jane Doe"). */
const MAX_STAMP_LABEL_WORDS = 3;
/**
 * "…; Interview With Jane Doe. Aired 11-11:30p ET": a stamp a transcript's or a listing's page prints after the headline.
 * Its word goes before a time, a date or its preposition, or ends the line: a headline may hold it ("Jurors Told to Stay
 * Off RedNote, Too, in Updated Instruction").
 */
const STAMP_TAIL = /[.;,]?\s+(?:aired|airs|broadcast|published|updated|posted)(?=\s*$|\s*:|\s+(?:(?:on|at|in|by|yesterday|today)\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))[^.!?]*$/i;

/** Name-like words: "Jane Doe", "Guo Yi", "Mary-Ann O’Neil", "Jean de la Fontaine". */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|den|bin|al|le|la|du|dos|del)){0,4}$/u;
const ROLE =
  /\b(reporter|correspondent|editor|writer|staff|contributor|columnist|analyst|producer|photographer|journalist|rapporteur|director|professor|fellow|intern|desk|team|bureau|chief|senior|associate|special|freelance|guest|news|media|press|times|daily|post|journal|herald|tribune|agency|network|magazine|online|digital)\b/i;
/** An outlet's name where a person's would be: ends in a newspaper's word, or is a news agency. */
const OUTLET = new RegExp(
  `\\b(${NEWSPAPER_WORD}|staff|desk|newsroom)$|^(xinhua|reuters|afp|ap|bloomberg|yonhap|kyodo|bernama|pti|ani|cna|cgtn|upi|dpa|efe|ansa|tass)$`,
  'i',
);
/** A newspaper's word anywhere in a name ("Daily Trader", "The Times of Malta"): an outlet's name, unless it reads as a person's. */
const NEWSPAPER_NAME = new RegExp(`\\b(?:${NEWSPAPER_WORD})\\b`, 'i');
/** A job named alone ("Principal", "Senior Editor"): the first part of "Principal · Hawthorne Middle School". */
const JOB_ALONE_WORD = /^(?:\p{Lu}\p{L}+\s+)?(?:spokes(?:person|man|woman)|secretary|minister|officer|president|chair|director|manager|professor|lecturer|reporter|principal|superintendent|dean|chancellor|pastor|teacher|coordinator|editor|writer|correspondent|founder|ceo|librarian|curator|treasurer|mayor|governor|senator)$/iu;
const JOB_WORD = /\b(spokes(?:person|man|woman)|secretary|minister|deputy|officer|president|chair|director|manager|professor|lecturer|researcher|reporter|spokesperson|ambassador|senator|governor|mayor|representative|anchor|host|librarian|teacher|coordinator|specialist|assistant|associate|intern|nurse|student|curator|founder|principal|superintendent|dean|chancellor|pastor|vicar|rector|priest|curate|chaplain|deacon|bishop|rabbi|imam|treasurer|tutor|volunteer|organi[sz]er|coach|instructor|counsell?or|advis[eo]r|consultant|moderator|vp|svp|evp|ceo|cfo|coo|cto|cmo|cio|pharmacist|physician|dentist|surgeon|therapist|psychologist|psychiatrist|dietitian|nutritionist|veterinarian|paramedic|midwife|engineer|attorney|lawyer|solicitor|barrister|paralegal|accountant|economist|scientist|historian|archivist|meteorologist|forecaster|detective|sergeant|lieutenant|firefighter|strategist|planner|operator|owner|lead|expert|counsel|buyer|merchandiser|partner)\b/i;
/** "Jane Doe, University Communications": the office a staff writer works for, after the name. */
const INSTITUTION = /\b(communications|insights|partnerships|programs|programmes|relations|office|affairs|department|university|college|institute|school|centre|center|foundation|council|committee|ministry|embassy|education|marketing|operations|services)\b/i;
const GENERIC_AUTHOR = /^(admin|administrator|staff|editor|editors|webmaster|guest|team|newsroom|news desk|anonymous|unknown|user\d*)$/i;
/**
 * "Story by Staff Sgt. Renata Villalobos", "By Sen. Ada Lin", "By State Rep. Marisol Fenwick", "By SSG Tom Ruiz", "By Dr.
 * Alicia Brandt, DVM", "by Rabbi Miriam Adler-Stone", "by Sr. Amina Rahman", "by Commander Ray Dombrowski": a military or public office's rank, a clergy title, or an honorific, before the name is a title
 * the byline gives, not the name (as a citation writes it). A forum's display name keeps whatever its owner wrote.
 */
export const RANK_BEFORE_NAME =
  /^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Rabbi|Pastor|Father|Fr|Imam|Sheikh|Bishop|Cantor|Deacon|Sister|Sr|Brother|Br|Elder)\.?\s+|(?:[Tt]he\s+)?(?:Rev|Revd|Reverend|Very Rev|Rt\.? Rev)\.?\s+|(?:(?:Staff|Master|First|Command|Chief|Petty|Senior|Lance|Rear|Vice|Brig\.?|Lt\.?|Lieutenant|Sgt\.?|Sergeant|State|U\.S\.|US|Former|Deputy|Assistant|Acting)\s+)*(?:Commander|Captain|Major|General|Private|Ensign|Senator|Representative|Governor|Ambassador|Mayor|Councilmember|Chaplain|Sgt|Spc|Pvt|Pfc|Cpl|Lt|Capt|Maj|Col|Gen|Adm|Cmdr|Cdr|Ens|Sen|Rep|Gov|Amb|Sergeant|Specialist|Corporal|Colonel|Lieutenant|Admiral|Airman|Seaman|SSG|SGT|SFC|MSG|SPC|PFC|PV2|CPL|CPT|MAJ|COL|LTC|CW[2-5]|PO[1-3]|TSgt|SSgt|MSgt|SrA|A1C)\.?(?:\s+(?:1st|First)\s+Class)?\s+|Master\s+)(?=\p{Lu}\p{Ll})/u;

/** "TANISHA ROBERTS" (a magazine's byline set in capitals) → "Tanisha Roberts"; a name in mixed case is left as written. */
function fromCapitals(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** furniture.ts's byline openers, in any case: a line known to be a byline (or a metadata author) loses its "By". */
export const BYLINE_PREFIX = new RegExp(BYLINE_OPENER.source, 'iu');

export interface Byline {
  author: string;
  publisher: string;
  date: string;
}

/** Post-nominal letters and generational suffixes after a name in a byline. */
const POST_NOMINALS = new RegExp(`,\\s*(?:(?:Esq|Jr|Sr|II|III|IV|Ph\\.?\\s?D|M\\.?D|J\\.?D|LL\\.?M|MBA|CPA|RN|MPH|DPhil|DVM|VMD|DDS|DMD|PsyD|EdD|PharmD|DNP|DPT|MSc|MSW|LCSW|RD|PA-C|NP|FRCP|EA)\\b\\.?|(?:\\p{Lu}\\p{Ll}{0,2}\\.){2,4}|${CAPITAL_CREDENTIAL})(?=\\s*(?:,|;|\\||$|\\s+and\\s))`, 'gu');

/** Lines from the headline within which a name and a job over the date sign the piece. */
const MAX_SIGNED_JOB_REACH = 4;

/** An outlet's staff credited as a whole, its name one word and another joined by an ampersand: "Plate & Harbor Staff". */
const OUTLET_STAFF = /^(?:The\s+)?\p{Lu}[\p{L}'’.-]*\s+&\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:[Ss]taff|[Dd]esk|[Tt]eam|[Nn]ewsroom)$/u;

/** "Caroline Ashby-Nwosu ’09", "Marcus Bellweather '98": an alumna's or alumnus's class year after the name. */
const CLASS_YEAR = /\s+['’]\d{2}\b/g;

/** "By Guo Yi | China Daily | Updated: 2025-01-21 06:17", "By Mara Ellison, Technology Reporter", "Posted on January 17, 2025 by admin". */
const CONTACT_AFTER_NAME = /(?:\s+|(?<=\p{Ll}))(?:E-?mail|Tel|Phone|Twitter|X)\s*:\s*\S.*$|(?<=\p{L})\s+\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$/u;

/** A printed list of authors: "Authors: ['Marisol Treviño', 'Staff Writer']", "['Rose-Darline Joseph', 'Staff Reporter']". */
const PRINTED_AUTHOR_LIST = /^(?:authors?\s*:\s*)?\[\s*((?:'[^']*'|"[^"]*")(?:\s*,\s*(?:'[^']*'|"[^"]*"))*)\s*\]$/i;
/** A labelled author field ("Author:", "Authors:"), not a byline's "By". */
const AUTHOR_FIELD = /^\s*authors?\s*:/i;
/** A field's label in a CMS's line of them: "Source:", "Author:", "Editor:", "Date:", "Views:". */
const FIELD_LABEL = /(?:^|\s)(source|from|author|writer|reporter|editor|date|time|published|release time|views|hits|clicks)\s*[:：]\s*/gi;
const CHINESE_FIELD_KEY: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['source', '来源 來源 出处 出處'],
      ['author', '作者 文 撰文'],
      ['reporter', '记者 記者'],
      ['editor', '责任编辑 責任編輯 责编 責編 编辑 編輯'],
      ['date', '发布时间 發佈時間 發布時間 发布日期 發佈日期 發布日期 发表时间 發表時間 发表于 發表於 日期'],
      ['time', '时间 時間'],
      ['views', '浏览量 瀏覽量 浏览次数 瀏覽次數 浏览 瀏覽 阅读量 閱讀量 阅读 閱讀 点击量 點擊量 点击 點擊 点阅次数 點閱次數 人气 人氣'],
      ['comments', '评论 評論'],
    ] as const
  ).flatMap(([key, labels]) => labels.split(' ').map((label) => [label, key])),
);
/** A reporter's role before the name in a Chinese byline field ("记者 周沛然", "本报记者 刘萌", "通讯员 陈家豪"). */
const CHINESE_BYLINE_ROLE = /(?:^|\s)(?:本报记者|本報記者|特约记者|特約記者|实习记者|實習記者|记者|記者|通讯员|通訊員|实习生|實習生)\s*/gu;
/** A name in Han characters as a byline field gives it: two to four characters, or a transliterated one with its dot. */
const HAN_PERSONAL_NAME = /^\p{Script=Han}{2,4}$|^\p{Script=Han}{1,6}[·・]\p{Script=Han}{1,8}$/u;
/** A department's name, as a Chinese CMS sets it in the writer's field: "品牌部" (brand department), "教务处", "市场中心". */
const HAN_DEPARTMENT = /^\p{Script=Han}{1,8}(?:部|处|處|中心|办公室|辦公室|室|组|組)$/u;
/** Lines under the headline a line of labelled fields may stand on. */
const FIELDS_LINE_REACH = 6;

/** "Source: X   Author: Y   Date: Z": two labelled fields or more on one line, by lower-case label; else null. */
function labelledFields(line: string): Map<string, string> | null {
  const english = [...line.matchAll(FIELD_LABEL)];
  const chinese = english.length === 0 ? chineseFields(line) : { labels: [], stamp: null };
  const labels = english.length > 0 ? english : chinese.labels;
  const first = labels[0]?.index ?? -1;
  // (A Chinese page may set the time first, unlabelled: "2025-01-21 14:35:12 来源：本報 作者：Wendy Lau"; and one Chinese
  // label on its own line is a field as sure as two: "作者：苏曼 | 店帆出海研究院".)
  if (first < 0 || (first !== 0 && chinese.stamp === null) || labels.length < (chinese.labels.length > 0 ? 1 : 2)) return null;
  const fields = new Map<string, string>();
  if (chinese.stamp !== null) fields.set('date', chinese.stamp);
  labels.forEach((label, k) => {
    const start = (label.index ?? 0) + label[0].length;
    const end = labels[k + 1]?.index ?? line.length;
    const name = label[1] ?? '';
    fields.set(CHINESE_FIELD_KEY[name] ?? name.toLowerCase(), line.slice(start, end).replace(/^[\s|│｜]+|[\s|│｜]+$/gu, '').trim());
  });
  return fields;
}

/**
 * The writers a labelled author field names: "周雨桐", "记者 林晓雯 通讯员 陈家豪" (two, their roles aside), "李杰（Jason）",
 * "记者 周沛然 2025-01-23 09:41" (a time run on after it), "Wendy Lau"; nothing when it names an outlet or a desk.
 */
function fieldWriters(value: string): string {
  const plain = value
    .replace(/\s*[|│｜].*$/u, '')
    .replace(/\s+\d{2,4}[-/.年]\d.*$/u, '')
    .replace(/\s*[（(][^)）]{1,30}[)）]$/u, '')
    .replace(CHINESE_BYLINE_ROLE, ' ')
    .trim();
  // "品牌部 周婧", "运营部 周蔓": the writer's department set before their name is no second writer, and alone is none.
  const hanNames = plain.split(/[\s、，,]+/u).filter((part, i, all) => !(i === 0 && all.length > 1 && HAN_DEPARTMENT.test(part)));
  const hanWriter = (name: string) => HAN_PERSONAL_NAME.test(name) && !HAN_DEPARTMENT.test(name);
  if (hanNames.length === 1 && hanWriter(hanNames[0] ?? '')) return hanNames[0] ?? '';
  if (hanNames.length >= 2 && hanNames.every(hanWriter)) return listNames(hanNames);
  const romanised = nameOnly(plain.replace(/\s+[\p{Script=Han}·・]{2,6}$/u, ''));
  return isPersonName(romanised) ? romanised : '';
}

/** "Vega, Marisol", "Okafor, Chidi A.": a surname, a comma, given names (a catalogue's order). */
const SURNAME_FIRST = /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?)$/u;

export function parseByline(raw: string): Byline {
  // WeChat's line under an official account's title: the writer, the account, the date ("原创 阿满 山野青年旅舍 2025年01月24日 …").
  const wechat = wechatAccountLine(raw);
  if (wechat !== null) return { author: wechat.author, publisher: wechat.account, date: wechat.date };
  // "Reporter: Ciarán FallonEmail: newsdesk@…": a contact field run on after the name, perhaps glued to it.
  // (A Markdown copy links each name to its page, "By [Nadia Oyelaran](https://…/author/…) and [Tom Brenner](…)"; a page
  // printed with its layout sets a button far to the right of the byline, "By Yokasta Peralta          Print".)
  // (A dash left dangling where the date after it was set apart, "by Anita Ferreira -" over "Monday, 20 January 2025", ends nothing.)
  // (Nor does the name in Chinese characters after the romanised one: "Lim Wei Shan (林慧珊)", "Vivian Lin（林薇安）", "By Liu
  // Meng 本报记者 刘萌", a bilingual paper's byline.)
  // (Nor a full stop closing the line after a name, "Written by Marguerite Olander.", nor a nickname in quotes after it,
  // "Marguerite Olander ("mags")"; an initial's stop stays: "Mary A.")
  const line = raw
    .replace(LEADING_EMOJI, '')
    .replace(MARKDOWN_LINK, '$1')
    .replace(/\s{6,}\S.*$/, '')
    .replace(CONTACT_AFTER_NAME, '')
    // (Nor does a guillemet left dangling where the date after it was set apart: "Post by marge_tollefson »", phpBB's.)
    .replace(/\s+[-–—»]$/, '')
    // (Where the line goes on after the name, so too: "By Helen Ma 马海伦 | 2025-01-31".)
    .replace(/\s*[（(][\p{Script=Han}·・\s]{1,12}[)）](?=\s*(?:[|•]\s|$))/u, '')
    .replace(/(?<=\p{Script=Latin})\s+[\p{Script=Han}·・][\p{Script=Han}·・\s]{0,20}?(?=\s*(?:[|•]\s|$))/u, '')
    .replace(/(\p{Ll}{2})\.$/u, '$1')
    .replace(/\s*\(["“][^"”()]{1,30}["”]\)\.?$/u, '')
    // (Nor a writer's handle after the name, "By Wen Xiaoyu (@wenxy) and Ruth Abernathy (@ruthless_ships)".)
    .replace(HANDLE_IN_BRACKETS, '')
    // (Nor a photographer's credit run on after the writer's, "Words by Hélène Marchetti Photography by Daniel Oyelaran".)
    .replace(/(?<=\p{Ll})\s+(?:photos?|photography|photographs|pictures|images|illustrations?|video|graphics)\s+by\s+\p{Lu}.*$/iu, '');
  const date = findDate(line)?.iso ?? '';
  // "Posted by jdoe_88 on January 20, 2025": a user handle is the author the page shows.
  const postedBy = POSTED_BY_FIRST.exec(line);
  if (postedBy && dateLine(postedBy[2] ?? '') !== null) return { author: GENERIC_AUTHOR.test(postedBy[1] ?? '') ? '' : (postedBy[1] ?? ''), publisher: '', date };
  const handle = handleByline(line) ?? reporterAfterName(line);
  if (handle !== null) return { author: GENERIC_AUTHOR.test(handle) ? '' : handle, publisher: '', date };
  // "Authors: ['Marisol Treviño', 'Staff Writer']": an article parser's list of authors as a program prints it (newspaper3k's);
  // the names in it, not the jobs and links the parser took for names.
  const printedList = PRINTED_AUTHOR_LIST.exec(line.trim());
  if (printedList) {
    const names = [...(printedList[1] ?? '').matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
    return { author: listNames(names.filter((n) => isPersonName(n) && !ROLE.test(n) && !JOB_WORD.test(n) && !JOB_ONLY.test(n) && junkRule(n) === null)), publisher: '', date };
  }
  let rest = line;
  const prefix = BYLINE_PREFIX.exec(rest);
  const user = prefix ? handleAfterPrefix(rest.slice(prefix[0].length)) ?? datedHandle(rest.slice(prefix[0].length)) : null;
  if (user !== null) return { author: user, publisher: '', date };
  if (prefix) {
    // ("文／陳郁婷 Chen Yu-ting, Secretary-General": the name in characters, then romanised.)
    rest = rest.slice(prefix[0].length).replace(JOB_BEFORE_NAME, '').replace(HAN_NAME_BEFORE_ROMANISED, '');
    // "Author: Vega, Marisol": a database record's author field writes the surname first, as a catalogue files it.
    const filed = AUTHOR_FIELD.test(prefix[0]) ? SURNAME_FIRST.exec(rest.trim()) : null;
    if (filed) return { author: `${filed[2]} ${filed[1]}`, publisher: '', date };
    // "by Plate & Harbor Staff": an outlet's staff, its name holding an ampersand, is no list of writers.
    if (OUTLET_STAFF.test(rest.trim())) return { author: '', publisher: rest.trim().replace(/\s+\S+$/, ''), date };
  } else if (isPostedLine(line)) {
    // A blog's "by" may name a user handle ("by dana_writes"), which is the author the page shows.
    // ("Posted January 24, 2025 · by Dani Reyes · 6 min read": the reading time after it.)
    const handle = POSTED_AUTHOR.exec(postedCore(line))?.[1] ?? '';
    return { author: GENERIC_AUTHOR.test(handle) ? '' : handle, publisher: '', date };
  } else if (nameAndJob(line) === 'newsroom' || nameThenOutletLine(line) !== null) {
    // "Harriet Pennock, Chief Reporter": the name, the job after it left to the reading below.
  } else if (isNameAndDate(line)) {
    rest = nameBesideDate(line);
  } else {
    const inner = /\bby\s+(\p{Lu}.*)$/u.exec(rest);
    if (!inner) return { author: '', publisher: '', date };
    rest = inner[1] ?? '';
  }
  // "Harriet L. Osei, Esq.", "Dana Lee, PhD": letters after a name are part of no outlet; nor is a job in brackets after
  // it ("Tom Lindqvist (Senior Researcher)"), which goes first: "Dr. Samuel Okafor, DVM, DABVP (Avian Practice)".
  rest = rest.replace(REGISTRATION_IN_BRACKETS, '').replace(BRACKETED_ROLE, '').replace(POST_NOMINALS, '').replace(CLASS_YEAR, '');
  // "Tanisha McFarlane/Staff Reporter", "Name/Contributor": a Caribbean or Indian daily's byline gives the job after a slash.
  rest = rest.replace(ROLE_AFTER_SLASH, ' | ');
  // "| PHOTOGRAPHY BY DEV MALHOTRA", "· Illustrations by …": a credit for the pictures names neither author nor outlet.
  const segments = rest
    .split(/\s*(?:\||·|•|»|;|\s[–—/-]\s)\s*/)
    .filter((s) => s !== '' && !/^(?:photo(?:graph)?s?|photography|illustrations?|images?|art|artwork|video|graphics?|design)\s+by\b/i.test(s));
  const opening = (segments[0] ?? '').replace(/\s+(?:on|at|updated|published|posted)\b.*$/i, '').trim();
  // "Dolores Whitfield, January 23, 2025": the date after the names is no name nor outlet.
  const dated = findDate(opening);
  const first = dated !== null && dated.start > 0 ? opening.slice(0, dated.start).replace(/[\s,;]+$/, '') : opening;
  const names: string[] = [];
  let publisher = '';
  const pieces = first.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter((p) => p !== '');
  for (const [i, piece] of pieces.entries()) {
    // "Zhang Wei in Beijing and Li Na in Shanghai", "Jane Doe for The Example": each name without its place or outlet.
    const unplaced = piece.replace(RANK_BEFORE_NAME, '').replace(/\s+(?:in|for|from)\s+\p{Lu}.*$/u, '').replace(/\s+\d.*$/, '').trim();
    // The first name may run on into its job ("Jane Doe Senior Reporter"); a later piece that is a job ("Health Matters staff writer") stays one.
    // "By Al Marsa English Desk", "By Metro Desk": a desk of the outlet wrote it; no person is named.
    if (i === 0 && DESK_BYLINE.test(unplaced)) {
      publisher = unplaced.replace(DESK_BYLINE, '').trim();
      break;
    }
    let clean = i === 0 ? nameOnly(unplaced) : unplaced;
    if (!NAME.test(clean) || findDate(clean) !== null) break;
    // "Tina Marchetti Crescent Features Syndicate": a name run on into the outlet or syndicate it came from (which
    // distributed the piece; the site printing it is the publisher).
    const runOn = i === 0 ? nameThenOutlet(clean) : null;
    if (runOn !== null) clean = runOn.name;
    // "Jane Doe for Acme News": the outlet she wrote it for.
    const writtenFor = /\s+for\s+((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4})$/u.exec(piece)?.[1] ?? '';
    if (publisher === '' && OUTLET.test(writtenFor)) publisher = writtenFor;
    // (Or one opening on "The", which no person's name does: "by Tobias Lindqvist, The Seminar".)
    if (i > 0 && (OUTLET.test(clean) || /^The\s+\p{Lu}/u.test(clean)) && !JOB_WORD.test(clean) && !/\b(staff|desk|team|reporters?|correspondent|editor)\b/i.test(clean)) {
      // "Jane Doe, Acme News": the outlet after the name is the publisher.
      if (publisher === '') publisher = clean;
      break;
    }
    if (i > 0 && (ROLE.test(clean) || INSTITUTION.test(clean) || JOB_WORD.test(clean) || ORGANISATION_END.test(clean))) {
      // A job or an organisation after the names ends them: "Jane Doe, Staff Writer", "…and Keiko Mori, Halvard Threat Research".
      // (The last name may run on into it, two bylines' spans read as one: "Tasha Greenberg and Luis Ocampo HireGrid
      // Economic Research".)
      const words = clean.split(/\s+/);
      const lastName = words.slice(0, 2).join(' ');
      if (words.length >= 4 && pieces[i - 1] !== undefined && !/,/.test(first) && isPersonName(lastName) && !ROLE.test(lastName) && !JOB_WORD.test(lastName)) names.push(lastName);
      break;
    }
    if (i > 0 && countWords(clean) === 1 && /,/.test(first)) {
      if (publisher === '') publisher = clean;
      break;
    }
    if (i === 0 && (OUTLET.test(clean) || (NEWSPAPER_NAME.test(clean) && !isPersonName(clean)))) {
      // "By Global Times", "By Reuters Staff", "By Xinhua": the outlet wrote it; no person is named.
      publisher = clean.replace(/\s+(staff|desk|news desk|newsroom|team|reporters?)$/i, '');
      break;
    }
    if (ROLE.test(clean) && countWords(clean) > 1 && i === 0 && /\b(news|media|press|agency)\b/i.test(clean)) break;
    names.push(clean);
  }
  const named = listNames(names.filter((n) => !GENERIC_AUTHOR.test(n)).map(fromCapitals));
  // "Published by Dana Whitcomb" names a writer; "Published by Penguin Random House", "Published by The Guardian" a publisher.
  const published = prefix !== null && /^published by/i.test(prefix[0]) && names.some((n) => !isPersonName(n) || /^The\s/.test(n) || ORGANISATION_END.test(n) || INSTITUTION.test(n) || OUTLET.test(n) || /\b(?:House|Books|Publishing|Publications)$/.test(n));
  const author = published ? '' : named;
  if (published && publisher === '') publisher = names.join(' and ');
  for (const segment of segments.slice(1)) {
    const s = segment.trim();
    if (publisher !== '' || findDate(s) !== null || /^(updated|published|posted)\b/i.test(s)) continue;
    // (Not a job after the name: "By Renée Castillo | Community Programs Manager".)
    if (/^\p{Lu}[\p{L}&'’.-]*(?:\s+[\p{Lu}&][\p{L}&'’.-]*){0,4}$/u.test(s) && !ROLE.test(s.replace(/\b(news|media|press|times|daily|post|journal|herald|tribune|agency|network|magazine|online|digital)\b/gi, '')) && !JOB_WORD.test(s)) {
      publisher = s;
    }
  }
  return { author, publisher, date };
}

/** "marge_tollefson » Sat Feb 08, 2025 9:14 pm": a user ID after a byline's opening, the date set apart after it. */
function datedHandle(rest: string): string | null {
  const [handle = '', ...after] = rest.split(/\s+[|·•»]\s+/);
  return after.length > 0 && findDate(after.join(' ')) !== null ? handleAfterPrefix(handle) : null;
}

/** A desk's name closing a byline, its section before it: "English Desk", "News Desk", "Metro Desk", "Newsroom". */
const DESK_BYLINE = /(?:^|\s+)(?:(?:English|Business|Metro|City|National|World|Foreign|International|Sports|Digital|Web|Online|Politics|Features)\s+)?(?:[Nn]ews\s+)?(?:[Dd]esk|[Nn]ewsroom)$/u;

export const ROLE_AFTER_SLASH = /\s*\/\s*(?=(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:staff|reporter|writer|correspondent|contributor|editor|columnist|stringer)\b)/iu;

/** A distributor's word closing an organisation's name, besides a newspaper's: "Crescent Features Syndicate". */
const SYNDICATE = /\b(syndicate|features|services|wire|group)$/i;

/** "Tina Marchetti Crescent Features Syndicate" → the name and the outlet, when a person's name of two or three words opens it. */
function nameThenOutlet(text: string): { name: string; outlet: string } | null {
  const words = text.split(/\s+/);
  if (words.length < 4) return null;
  for (const size of [2, 3]) {
    const name = words.slice(0, size).join(' ');
    const outlet = words.slice(size).join(' ');
    if (countWords(outlet) >= 2 && isPersonName(name) && (OUTLET.test(outlet) || SYNDICATE.test(outlet))) return { name, outlet };
  }
  return null;
}

/**
 * The page's own address, bare, labelled or in a text browser's field ("Copy link: [https://…   ]"): "URL: …",
 * "Permalink: …", "Original article: …", "Originally published at …", "Clipped from …", "Share this article: …"; a feed
 * item's "Content-Base: …", a Japanese web archive's "元URL：…" (the original's), a Chinese repost's "原文链接：…", a blog's own "本文引用地址：…".
 */
const URL_LINE =
  /^(?:(?:(?:page |article |story |post |episode |web |short ?|original |source |published |public )?(?:url|address|link)|url source|content-base|元url|(?:原文|本文(?:引用)?)(?:链接|地址|网址|網址|連結)|archived from|source|original (?:article|story|post)|permalink|shortlink|canonical(?: url)?|originally published (?:at|on)|first published (?:at|on)|read (?:it|the original|online|the full (?:article|story|post)) (?:at|on)|available (?:at|online)|clipped from|saved from|copy link|share (?:this|the) (?:article|story|post|link|episode|page)|link to (?:this|the) (?:article|story|post|episode)|view (?:it |this (?:article|story|post) )?online|(?:view|read) (?:it|this (?:article|story|post|email|e-mail|issue|newsletter)) (?:online|on the web) at|web version|read online|share link|view (?:the )?(?:full )?(?:article|story|post|item)(?:\.\.\.|…)?|printed from|url to (?:this |the )?(?:article|story|post|page)|read this (?:bulletin|newsletter|issue|post|article|story) online|(?:read|see)(?: this (?:update|story|article|post)| (?:it|more|the (?:full )?(?:update|story|article|post)))? on (?:our|the|its)(?: [\w'’-]+)? (?:website|web ?site|site|blog)|(?:view|read|open) (?:it |this (?:email|e-mail|issue|newsletter) )?(?:in|on) (?:your |a |the )?(?:web )?browser)\s*[:\-–：]?\s*)?(?:<|\[\s*)?(https?:\/\/[^\s<>[\]]+?)(?:>|\s*\])?[.)]?$/i;

/** A field's label for the page's own address, alone on its line: "Permalink", "Canonical URL", "Link to this page:". */
const URL_LABEL_ALONE = /^(?:permalink|shortlink|copy link|canonical(?: url| link)?|(?:page|article|story|post|document|short|stable) (?:url|link|address)|url|link to (?:this|the) (?:page|article|story|post|document))\s*:?$/i;

/**
 * A newsletter's line announcing the story's own page below it: "Read this update on our website:", "This story also
 * appears on our blog:"; not one naming another page of the site ("Read the full profile on our website").
 */
const ON_OUR_SITE = /\b(?:read|see|appears|published|posted)\b(?!.{0,30}\b(?:profiles?|recipes?|schedules?|menus?|calendars?|listings?|agendas?|directory|catalogu?es?|bios?|biography|minutes|photos?|galler(?:y|ies))\b).{0,30}\bon (?:our|the|its)(?: [\p{L}'’]+)? (?:website|web ?site|site|blog)\s*:?$/iu;
/** "Share this story (https://…)": a mailer's link to share the story, at the story's own page. */
const SHARE_THIS = /^share (?:this|the) (?:article|story|post|piece|update)\s*:?$/i;
/** Words, then a link in brackets, or the link alone in brackets: "Read on our website (https://…)". */
const BRACKETED_LINK = /^(?:(.*?\S)\s*)?\((https?:\/\/[^\s()]+)\)$/;

/** A platform's credit line: "Email Marketing Powered by Mailchimp", "Powered by WordPress", "Built with Ghost". */
const POWERED_BY = /\b(?:powered|built|made|hosted|sent) (?:by|with|on|via)\s+([\p{L}\d][\p{L}\d .&'’-]{0,40}?)\s*(?:[.!]|::.*)?$/iu;

/** Whether `url` goes to the site of the platform that `line` credits ("Powered by Mailchimp", http://www.mailchimp.com/…). */
function creditedPlatformLink(line: string, url: string): boolean {
  const platform = POWERED_BY.exec(line)?.[1]?.toLowerCase().replace(/[^\p{L}\d]/gu, '') ?? '';
  if (platform.length < 3) return false;
  try {
    return new URL(url).hostname.replace(/[^\p{L}\d]/gu, '').includes(platform);
  } catch {
    return false;
  }
}
/** "View this email in your browser", "Web version": the link to an e-mail's own copy on the web. */
const WEB_COPY = /^(?:web version|(?:view|read|open) (?:it |this (?:email|e-mail|issue|newsletter) )?(?:in|on) (?:your |a |the )?(?:web )?browser)\b/i;

/** "https://web.archive.org/web/20250120143307/https://example.com/story", "https://archive.ph/2025.01.20-031427/https://…": a Wayback Machine or archive.today capture's address holds the page's own. */
/** archive.today's mirrors, one archive under several names. */
export const ARCHIVE_TODAY_HOSTS = 'archive\\.(?:ph|today|is|li|vn|md|fo)';
// (And a reader or annotation proxy that prefixes the page's address with its own: Jina Reader, Hypothesis's via, 12ft.
// And any other archive on the Wayback software, OpenWayback or pywb, a national library's or Arquivo.pt's: a capture's
// 14-digit timestamp, then the page's address, "https://arquivo.pt/wayback/20250127114209/https://…".)
const ARCHIVED = new RegExp(`^https?://(?:web\\.archive\\.org/web/\\d{1,14}[a-z_]*|[\\w.-]+(?:/[\\w.-]+){0,3}/\\d{14}(?:[a-z]{2}_)?|${ARCHIVE_TODAY_HOSTS}/(?:\\d{4}\\.\\d{2}\\.\\d{2}-\\d{6}|\\d{14}|newest|oldest)|r\\.jina\\.ai|via\\.hypothes\\.is|12ft\\.io(?:/proxy\\?q=)?)/(https?://.+)$`, 'i');

/** The article's own address for the address a page states: an archive capture's original, else the address itself. */
export function originalAddress(url: string): string {
  return withoutTracking(ARCHIVED.exec(url)?.[1] ?? viewedAddress(url) ?? url);
}

/** The query parameters a viewer or a proxy passes the page it shows in ("https://skypeek.app/?url=https%3A%2F%2Fbsky.app…"). */
const VIEWED_PARAMETER = /^(?:url|u|target|link|page)$/i;

/**
 * A viewer's, a reader's or a proxy's address for the page it shows, at its own root: "https://skypeek.app/?url=…" shows
 * the Bluesky post in its url parameter, which is the article's address. (Not a search's "?q=", nor a page of the site's own.)
 */
function viewedAddress(url: string): string | undefined {
  if (!url.includes('?')) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.pathname.split('/').filter((p) => p !== '').length > 1) return undefined;
    for (const [key, value] of parsed.searchParams) {
      if (!VIEWED_PARAMETER.test(key) || !/^https?:\/\/[^/]+\/\S+/i.test(value)) continue;
      if (new URL(value).hostname !== parsed.hostname) return value;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Campaign and click tags a share adds to an address ("?utm_source=…&utm_medium=ios", "fbclid="): not the article's. */
const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|_hsenc|_hsmi)$/i;

function withoutTracking(url: string): string {
  if (!url.includes('?')) return url;
  try {
    const parsed = new URL(url);
    const tracked = [...parsed.searchParams.keys()].filter((key) => TRACKING_PARAMETER.test(key));
    if (tracked.length === 0) return url;
    for (const key of tracked) parsed.searchParams.delete(key);
    return parsed.href.replace(/\?$/, '');
  } catch {
    return url;
  }
}

/** "kai@tower:~$ curl -sL 'https://…' | html2text": a terminal's command that fetched the page names its address. */
const FETCH_COMMAND = /^\S*[$#%>]\s*(?:curl|wget|lynx|w3m|links|elinks|html2text|readable|trafilatura)\b[^|]*?['"]?(https?:\/\/[^\s'"|]+)/;

/** "for #news-drop (pasted from the Courier site 1/19, sorry about the menus) https://…": who shared it says where from. */
const PASTED_FROM = /\b(?:pasted|copied|clipped|grabbed|saved) (?:it )?from\b[^!?]{0,100}?\s<?(https?:\/\/[^\s<>]+?)>?[.,;:)]?$/i;

/**
 * A browser's reader view shows the page under an address of its own that holds the page's, encoded: Edge's and
 * Chrome's "read://https_example.com/?url=https%3A%2F%2F…", Firefox's "about:reader?url=https%3A%2F%2F…".
 */
const READER_ADDRESS = /^(?:read:\/\/\S*?[?&]url=|about:reader\?url=)(https?%3A%2F%2F\S+)$/i;

function readerAddress(line: string): string {
  const m = READER_ADDRESS.exec(line.trim());
  if (!m) return line;
  try {
    return decodeURIComponent(m[1] ?? '');
  } catch {
    return line;
  }
}

/** A browser's print footer: the page's address, then the page's number of the print's ("https://… 2/3"). */
const PRINT_FOOTER = /^(https?:\/\/\S+)\s+\d{1,3}\s*\/\s*\d{1,3}$/;

function urlOf(raw: string): string {
  const line = withoutBilingualLabel(raw.replace(LEADING_EMOJI, '').replace(PRINT_FOOTER, '$1'));
  const m = URL_LINE.exec(line) ?? SELF_ADDRESS.exec(line) ?? FETCH_COMMAND.exec(line) ?? PASTED_FROM.exec(line);
  if (!m) return '';
  // "https://www.riverinastandard.com.au/story/8874512/riverina-winemak…": an address a print header or a card cut short
  // is no address.
  if (/(?:…|\.\.\.)$/.test(m[1] ?? '')) return '';
  try {
    const url = new URL(m[1] ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** A date a Markdown copy prints as a link: "[February 6, 2025](https://…/news/rednote-for-main-street/)". */
const LINKED_DATE = /\[([^\][]{4,40})\]\((https?:\/\/[^()\s]+)\)/;

/** "Posted on [February 6, 2025](https://…/rednote-for-main-street/) by …": a blog's theme links the post's date to the post. */
function linkedPostDate(lines: readonly string[], firstProse: number): string {
  for (const line of lines.slice(0, firstProse < 0 ? MAX_HEAD_SCAN : firstProse)) {
    const m = LINKED_DATE.exec(line);
    if (m && dateLine(m[1] ?? '') !== null && isBylineLine(line)) return urlOf(m[2] ?? '');
  }
  return '';
}

/** A copyright footer names the publisher: "© 2025 Example Media Group. All rights reserved." gives "Example Media". */
/** "All rights reserved" as notices print it in English and other languages ("© RIPRODUZIONE RISERVATA" holds no name). */
const RIGHTS_RESERVED =
  /(?<![\p{L}])(?:all rights reserved|riproduzione riservata|tutti i diritti riservati|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|alla rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter reservert|všechna práva vyhrazena|tur derecho reservá|sva prava (?:zadržana|pridržana)|të gjitha të drejtat (?:të )?rezervuara|все права защищены|tüm hakları saklıdır|kaikki oikeudet pidätetään|minden jog fenntartva|toate drepturile rezervate|hak cipta dilindungi(?: undang-undang)?|hak cipta terpelihara|版权所有|版權所有)(?![\p{L}]).*$/iu;

export function publisherFromCopyright(line: string): string {
  const holder = noticeHolder(line);
  if (holder !== '') return holder;
  // "About Us | Contact Us | Privacy Policy | Terms © 2025 The Nairobi Observer. All rights reserved.": a footer's links
  // run on into its notice, as a text browser's dump joins them.
  // (Links, two separators at least: a product's name before its maker's notice, "VolNet™ Volunteer Management · © 2025
  // Aldermere Software LLC", is a platform's footer; so is a database's naming its own name, "About LexisNexis | … ©".)
  const sign = line.search(/©|\bcopyright\b/i);
  const links = line.slice(0, sign);
  if (sign > 0 && (links.match(/[|·•]/g) ?? []).length >= MIN_FOOTER_LINK_SEPARATORS) {
    const holder = noticeHolder(line.slice(sign));
    return holder !== '' && !comparable(links).includes(comparable(holder)) ? holder : '';
  }
  // "Reddit, Inc. © 2025. All rights reserved.": the holder before the sign and its year. (Not a platform's credit:
  // "Powered by Chabad.org © 1993-2025".)
  const before = /^(\p{Lu}[^©|·•]{0,60}?)\s*©\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[.,]?\s*(?:all rights reserved\.?)?$/iu.exec(line)?.[1];
  return before === undefined || POWERED_BY.test(before) ? '' : noticeHolder(`© ${before}`);
}

/** Separators of a footer's links before its notice: "About Us | Contact Us | Terms © 2025 …". */
const MIN_FOOTER_LINK_SEPARATORS = 2;

/** The holder a notice that opens on its sign, its word or its year names: "© 2025 Example Media Group. …" → "Example Media". */
function noticeHolder(line: string): string {
  // A notice has its © or its year; "Copyright Policy" is a footer link.
  if (!/©|\(c\)|\b(?:19|20)\d\d\b/i.test(line)) return '';
  // A legal form spelled with full stops ("L.P.", "S.A.", "Pty. Ltd.") would end the name at its first one: it ends it
  // where the form starts instead.
  // (A year its script never filled in, "© {{ currentYear }} Fox River Dispatch", is no part of the name.)
  // (So do Central and Eastern Europe's: "d.o.o.", "s.r.o.", "a.s.", "sp. z o.o.", "o.o.d.".)
  const notice = line
    .replace(/\{\{[^{}]{1,40}\}\}\s*/g, '')
    .replace(/,?\s+(?:L\.L?\.[PC]\.|L\.P\.|S\.A\.(?:S\.)?|S\.p\.A\.|N\.V\.|B\.V\.|A\.G\.|P\.L\.C\.|K\.K\.|Pty\.?\s+Ltd\.?|[dD]\.[oO]\.[oO]\.|[sS]\.[rR]\.[oO]\.|[aA]\.[sS]\.|[dD]\.[dD]\.|[sS]p\.\s?z\s?o\.o\.|[oO]\.[oO]\.[dD]\.|[дД]\.[оО]\.[оО]\.)(?=[\s,]|$)/gu, '.');
  // ("Hak Cipta © 2025 …", "Telif Hakkı © …": the word for copyright in another language before the sign.)
  const m = /^(?:(?:hak cipta|telif hakkı|bản quyền|tekijänoikeudet?|derechos de autor|direitos autorais|авторские права)\s*(?=©|\(c\)|\d))?(?:copyright|©|\(c\))(?:\s*(?:copyright|©|\(c\)))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,•·|]*(?:by\s+)?([^.|·•∙;,]+)/i.exec(notice);
  // "Copyright Acme News 2025": the year may follow the name.
  // ("© 2025 Agence Algérienne d'Information - All rights reserved.": the dash before the notice is no part of the name.)
  // (Nor is an e-edition's date or its platform's credit after the name: "The Cedar Valley Ledger 1/18/2025 Powered by TECNAVIA".)
  let name = (m?.[1] ?? '').replace(/\s+(?:\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:powered|designed|built|hosted) by\b).*$/i, '').replace(RIGHTS_RESERVED, '').trimEnd().replace(/\s+[-–—]\s*$/, '').replace(/\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$/, '').trim();
  // The outlet, not the legal entity: "Harbour Times Media Group Ltd." gives "Harbour Times", one suffix at a time.
  for (let before = ''; before !== name; ) {
    before = name;
    name = name
      // (Legal forms abroad too: Hungary's "Kft.", Germany's "GmbH", Italy's "S.r.l.", the Nordics' "Oy", "AB", "AS", Malaysia's "Sdn Bhd",
      // and in Cyrillic, Bulgaria's "ЕООД", Russia's "ООО", Ukraine's "ТОВ", Serbia's "ДОО".)
      .replace(/,?\s+(company|co|inc|incorporated|ltd|limited|llc|plc|corp|corporation|group|media group|holdings|gmbh|\(pvt\)|\(private\)|pvt|private|kft|zrt|nyrt|ag|sa|srl|s\.r\.l|spa|sarl|sas|oy|oyj|ab|as|asa|a\/s|aps|bv|nv|sp\. z o\.o|d\.o\.o|s\.l|pty|sdn bhd|bhd|tbk|jsc|еоод|оод|ад|ооо|зао|пао|тов|доо)\.?$/iu, '')
      // …and the publishing house's word in other languages ("Pesti Hírlap Kiadó", "Rheinblick Verlag").
      .replace(/\s+(publishers|publishing|publications|kiadó|verlag|editora|edizioni|éditions|uitgeverij|forlag|förlag|kustannus|wydawnictwo)$/iu, '')
      .trim();
  }
  if (!/^\p{Lu}/u.test(name) || countWords(name) > 6 || /^(all|the content|this|copyright)\b/i.test(name)) return '';
  return name;
}

/** "Supreme Court upholds … | The Metro Courier": the name after the headline in a page-title line. */
function siteAfterHeadline(line: string, titleKey: string): string {
  const parts = line.replace(BROWSER_WINDOW, '').split(TITLE_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || comparable(parts[0] ?? '') !== titleKey) return '';
  const last = parts.at(-1) ?? '';
  return countWords(last) <= 5 && /^\p{Lu}/u.test(last) && findDate(last) === null && !isIssueDate(last) && !/^by\s/i.test(last) ? last : '';
}

/** A webmail page's top line names the mail program, not who wrote. */
const MAIL_CLIENT = /^(?:outlook|gmail|yahoo!?\s*mail|proton\s*mail|apple\s*mail|thunderbird|fastmail|mail|inbox)$/i;

/** A site's name printed alone at the very top of the page, perhaps under a skip link: "The Side Hustle Ledger", "LinkedIn". */
function siteNameAtTop(lines: readonly string[], headline: number): string {
  // (Under its skip link, wherever the copy begins: a forwarded page opens with the sender's note.)
  const skip = lines.slice(0, Math.max(0, headline)).findIndex((l) => junkRule(l) === 'skip-link');
  const top = skip >= 0 ? skip + 1 : 0;
  const line = lines[top] ?? '';
  const next = lines[top + 1] ?? '';
  // A site's name is followed by its tagline or menu; a line followed by prose is a heading, unless the headline is still to come.
  if (headline === top || (isProseLine(next) && !(headline > top + 1 && countWords(next) < MAX_MASTHEAD_WORDS))) return '';
  if (isPlatformName(line)) return line;
  if (junkRule(line) !== null || MAIL_CLIENT.test(line)) return '';
  return /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:[\p{Lu}&][\p{L}&'’.-]*|a|an|the|of|and|for|in|on|to|at|from|with|de|del|della|delle|dei|di|da|do|dos|das|du|des|la|le|les|el|los|las|van|der|den|het|von|zu)){0,5}$/u.test(line) ? line : '';
}

/** "Lifestyle Correspondent", "Senior Staff Writer": a job alone on its line, under the name. */
const JOB_ONLY = new RegExp(`^(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}${NEWSROOM_JOB}$`, 'iu');
/** "Director of Color Marketing & Design", "Head of Partnerships": a job over what it is of, alone on its line. */
const JOB_OF = /^(?:(?:[Ss]enior|[Aa]ssociate|[Aa]ssistant|[Dd]eputy|[Ee]xecutive|[Mm]anaging|[Gg]eneral|[Rr]egional)\s+)?(?:[Dd]irector|[Hh]ead|[Mm]anager|[Vv]ice [Pp]resident|VP|[Cc]hief|[Dd]ean|[Ee]ditor|[Cc]hair|[Ll]ead|[Cc]oordinator)\s+of\s+\p{Lu}[\p{L}&'’ ,-]{2,60}$/u;
const LONE_DATE_LABEL = /^(?:[•·|]\s*)?(published|posted|updated|last updated|modified|first published)(?:\s+on)?\s*:?$/i;
const YEARLESS_POST_STAMP = /^(?:posted|published)(?: on)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$/i;
/** A copy of the headline that a byline or date signs counts within this many lines past the head (a feed reader's list above it). */
const SIGNED_COPY_LINES = 20;
/** An author block above the headline sits within this many lines of it (name, label, date, update, its date). */
const AUTHOR_ABOVE_LINES = 6;
/** A labelled byline above the headline is the header's own field only this close to it (not a teaser's further up). */
const FIELDS_ABOVE_LINES = 3;
/** A byline's label naming the writer ("Writer:", "Author:", "Written by"): further above the headline, a byline still. */
const BYLINE_LABEL = /^(?:writer|author|written by|posted by|words)\s*:?\s/i;
/** "Jan 19" under its lone label ("Posted on"): the same stamp over two lines. */
const YEARLESS_DATE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$/i;
/** Lines an author block may hold between the name and the date: the name again, a job line, a follow button. */
const AUTHOR_BLOCK_LINES = 3;

/**
 * A person's name alone on its line, in an author block: printed again, or
 * with a job line or a "Follow" button, or over a stamp with the reading
 * time, then the post's date ("Dana Whitaker / Head of Community at … /
 * Published Jan 21, 2025"). A headline in title case over a date has none
 * of these, so it is not taken for a name.
 */
export function isAuthorLine(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  // (A platform's label shaped like a name, "Öffentlicher Beitrag" over the post's date, is none.)
  if (!isPersonName(line) || countWords(nameOnly(line)) > 3 || junkRule(line) === 'site-chrome') return false;
  // A forum's badge after the name ("STAFF", "INSTRUCTOR") marks the post's author wherever the name stands.
  if (ROLE_BADGE.test(line)) return true;
  let beside = false;
  // A lone "UPDATED" or "Published" over its date does not count against the block's few lines.
  let labels = 0;
  for (let k = i + 1; k <= i + AUTHOR_BLOCK_LINES + labels && k < lines.length; k++) {
    const next = lines[k] ?? '';
    if (LONE_DATE_LABEL.test(next)) {
      labels++;
      continue;
    }
    if (labels > 0 && YEARLESS_DATE.test(next)) return true;
    const rule = junkRule(next);
    // (A site may print the post's age instead of its date: "Leah Castellanos" / "Senior Editor" / "3 days ago".)
    // (Or straight under the name, the reading time after it: "Emma Kettleborough" / "3 days ago" / "5 min read". A given
    // name and a surname, there: a Wix post header sets the site's name, "Kestrel Circus Arts", over the same stamps.)
    if (rule === 'relative-time' && !beside && junkRule(lines[k + 1] ?? '') === 'reading-time') return countWords(line) === 2;
    if (dateLine(next) !== null || rule === 'relative-time') return beside;
    // "Posted on Jan 19" (a profile's post header, the year left to the page's metadata) under the name: an author block.
    if (YEARLESS_POST_STAMP.test(next)) return true;
    if (rule === 'meta-line' && dateAmongStamps(next) !== null) return beside || /\bmin(ute)?s?\b|\bread\b/i.test(next);
    // A profile line with the post's date among its stamps ("Former product manager · Answered Jan 16, 2025 · …").
    if (countWords(next) <= 40 && dateAmongStamps(next) !== null) return true;
    // The city the writer files from, under the job ("Gabrielle Fortin-Hayes" / "Technology Reporter" / "Toronto").
    if (beside && /^\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(next)) continue;
    // A job line may look like other furniture too ("Head of Partnerships at Loomwell | Ex-Meta | Speaker" reads as a breadcrumb).
    if (next !== line && rule !== 'job-title' && !isJobLine(next) && !JOB_ONLY.test(next) && !JOB_OF.test(next) && rule !== 'site-chrome' && rule !== 'profile-handle' && rule !== 'avatar' && rule !== 'no-words') return false;
    beside = true;
  }
  return false;
}

/** A name of up to five words, in title case or capitals, an icon before it allowed: how a site writes its own name. */
const SITE_NAME = /^(?:[^\p{L}\p{N}]+\s*)?(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:[\p{Lu}&][\p{L}&'’.-]*|a|an|the|of|and|for|in|on|to|at)){0,4})$/u;
const GENERIC_SECTION = /^(home|homepage|news|blog|main|index|articles|posts|stories|start|front page|all)$/i;

/** "🛰️ Platform Migration Watch / Notebook / Field notes: …": a breadcrumb ending in the headline opens with the site's name. */
function breadcrumbSite(lines: readonly string[], limit: number, titleKey: string): string {
  if (titleKey === '') return '';
  for (const line of lines.slice(0, limit)) {
    const parts = line.split(/\s+[»›>/|]\s+|\s*[»›>]\s*/).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length < 3) continue;
    const last = comparable((parts.at(-1) ?? '').replace(/…$|\.\.\.$/, ''));
    if (last.length < 12 || !titleKey.startsWith(last)) continue;
    const site = SITE_NAME.exec(parts[0] ?? '')?.[1] ?? '';
    if (site !== '' && !GENERIC_SECTION.test(site)) return site;
  }
  return '';
}

/**
 * A stated title with the site's name after it (a clipper copies the page's <title>: "Why I Post Pitch Raises on RedNote
 * Now — Keel & Hammer Piano Service") where the page prints the headline alone: the headline as printed. The site may
 * take more than one part ("… Posts • Saguaro Basin Regional Parks District, AZ • CivicAlerts", a CMS's name after the
 * site's): the headline is what comes before any of the separators, the last first.
 */
function printedWithoutSite(title: string, lines: readonly string[]): string {
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'g'))].reverse();
  if (separators.length === 0) return title;
  const printed = new Set(lines.map(comparable));
  for (const separator of separators) {
    const headline = title.slice(0, separator.index).trim();
    const site = title.slice(separator.index + separator[0].length).trim();
    if (countWords(headline) < MIN_PRINTED_HEADLINE_WORDS || site.length > MAX_SITE_AFTER_CHARS) break;
    // (What carries the headline on is no site: a date, "… – January 16, 2025", or a clause, "… -- and how fast some came back".)
    if (!/^\p{Lu}/u.test(site) || dateLine(site) !== null || HEADLINE_CODA.test(site)) break;
    // (A line printing the headline alone, anywhere: not the title's own line, whose core without the site is the same
    // words; below a site's alert banner too, which reads as prose and closes the head.)
    if (printed.has(comparable(headline))) return headline;
  }
  return title;
}
/** A headline of a few words at least: "Home — Site" is no headline and its site. */
const MIN_PRINTED_HEADLINE_WORDS = 3;
/** A site's name after a headline, in characters (a bilingual one, "Peninsula Chinese Golf Club 半岛华人高尔夫球会", included). */
const MAX_SITE_AFTER_CHARS = 60;

/** Lines looked at for the site's name at the foot of the page. */
const FOOTER_LINES = 25;

function nameInHeaderAndFooter(lines: readonly string[], headline: number, listItems: ReadonlySet<number>): string {
  if (headline <= 0) return '';
  const footer = new Set(lines.slice(Math.max(headline + 1, lines.length - FOOTER_LINES)));
  for (const [i, line] of lines.slice(0, headline).entries()) {
    // (Not an item of a newsletter's contents, "February Class Calendar", whose section comes last.)
    if (listItems.has(i)) continue;
    const name = SITE_NAME.exec(line)?.[1] ?? '';
    if (name !== '' && countWords(name) >= 2 && footer.has(line) && junkRule(line) === null && !isPersonName(line)) return name;
  }
  return '';
}

/** Sub-domains that name a service of the site, not the site: a library's guides, a help centre, a shop. */
const SERVICE_SUBDOMAIN = /^(?:view|email|click|links|guides|libguides|lib|library|libraries|research|help|support|docs|shop|store|events|en|english|edition|global|web|portal|info|media|press|newsroom)$/;

/**
 * "chalkline.org" → "Chalkline", "heraldcourier.com" → "Herald-Courier": a
 * name the page prints whose letters spell the address's host. A publisher
 * found otherwise stands when it spells the host too, or when none does.
 */
function nameOfHost(lines: readonly string[], url: string, found: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^(?:www|m|amp|news|blog)\./, '');
  } catch {
    return found;
  }
  // "guides.lib.northhaven.edu": a service's sub-domain names the service, the next label the site.
  const labels = host.split('.');
  const named = labels.findIndex((label, i) => i < labels.length - 2 && !SERVICE_SUBDOMAIN.test(label));
  const key = (labels[named < 0 ? Math.max(0, labels.length - 2) : named] ?? '').replace(/[^a-z0-9]/g, '');
  if (key.length < 4 || spell(found).includes(key)) return found;
  const pattern = /\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}/gu;
  for (const line of lines) {
    for (const m of line.matchAll(pattern)) {
      const words = m[0].split(/\s+/);
      // Every run of the capitalised words: "Photo illustration by Lena Marsh / Chalkline" holds "Chalkline".
      for (let a = 0; a < words.length; a++) {
        for (let b = a + 1; b <= words.length; b++) {
          const name = words.slice(a, b).join(' ').replace(/['’]s$/, '');
          if (spell(name) === key) return name;
        }
      }
    }
  }
  return found;
}

/** A name's letters and digits as an address spells them: "Herald-Courier" → "heraldcourier". */
function spell(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A site's address alone on its line: "snakeriverdispatch.com", "www.tidewater.co.uk/". */
const BARE_HOST = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]{4,})(?:\.[a-z]{2,}){1,2}\/?$/i;

/**
 * "Snake River Dispatch" over "snakeriverdispatch.com": a name printed beside
 * the address its letters spell is the site's name (a reader app's or a blog
 * platform's card), never the headline.
 */
function namesBesideTheirHost(lines: readonly string[], limit: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const host = BARE_HOST.exec(lines[i] ?? '')?.[1]?.toLowerCase().replace(/-/g, '');
    if (host === undefined) continue;
    for (const name of [lines[i - 1] ?? '', lines[i + 1] ?? '']) if (name !== '' && countWords(name) <= MAX_SITE_NAME_WORDS && spell(name.replace(/^the\s+/i, '')) === host) names.push(name);
  }
  return names;
}
const MAX_SITE_NAME_WORDS = 6;

/** "Posted in Social Media Center of Excellence": a post names the community or the section it sits in. */
const POSTED_IN = /^(?:[Pp]osted|[Pp]ublished|[Ff]iled|[Ss]hared|[Aa]sked) in (\p{Lu}.{2,60})$/u;

/** The community, group or section a post says it was posted in: the page's container, never its headline. */
function containerNames(lines: readonly string[]): string[] {
  return lines.slice(0, MAX_HEAD_SCAN).flatMap((l) => POSTED_IN.exec(l)?.[1] ?? []);
}

/** "From: Feedlines <hello@feedlines.email>": a newsletter's sender, when it is not a person. */
function newsletterSender(lines: readonly string[]): string {
  // The first sender only (a mail client's capture has its menus above the header; a forward quotes another below).
  const first = lines.slice(0, HEAD_LINES).find((line) => /^from:/i.test(line));
  for (const line of first === undefined ? [] : [first]) {
    const m = /^from:\s*"?([^"<@]+?)"?\s*<[^>@\s]+@[^>\s]+>$/i.exec(line);
    if (m) return personFromOutlet(m[1] ?? '')?.outlet ?? (isPersonName(m[1] ?? '') ? '' : (m[1] ?? ''));
  }
  return '';
}

/**
 * "Feed: Byte & Ballot" over "Title: …" / "Author: …" (a feed reader's article view, newsboat's or an export's): the
 * feed names the publication. Only among the field lines around the headline.
 */
function feedField(lines: readonly string[], anchor: number): string {
  if (anchor < 0) return '';
  for (let i = Math.max(0, anchor - 3); i <= Math.min(lines.length - 1, anchor + 3); i++) {
    // (A database record's "Publication info: The Prairie Ledger ; Brookfield, S.D. …": the paper, before its place.)
    const m = /^(?:feed|channel|publication(?: title| info)?|source feed):\s*([^;\s][^;]{0,59}?)\s*(?:;.*)?$/i.exec(lines[i] ?? '');
    // "Channel: Digital Frontier Brief (@dfbrief)": the name, without the handle.
    if (m && !/https?:/.test(m[1] ?? '')) return (m[1] ?? '').replace(/\s*\(@[\w.]+\)$/, '').trim();
  }
  return '';
}

/** "From Wikipedia, the free encyclopedia": a wiki names itself under the title. */
const WIKI_TAGLINE = /^from ([\p{L} ]{2,40}), the free encyclopedia$/iu;

function wikiName(lines: readonly string[]): string {
  for (const line of lines.slice(0, HEAD_LINES)) {
    const m = WIKI_TAGLINE.exec(line);
    if (m) return m[1] ?? '';
  }
  return '';
}

/** "7 min read · Jan 18, 2025", "Updated … | Published …": the date among a line's stamps, a published one first. */
/** "… · CPM News Posted: Jan 15, 2025 4:00 AM EST | Last Updated: January 16": a publication stamp inside a longer line. */
function labelledPublication(line: string): { iso: string; label: string } | null {
  if (countWords(line) > MAX_STAMP_WORDS * 2) return null;
  const label = /\b(?:first\s+)?(posted|published|released)(?:\s+on)?:?\s+/i.exec(line);
  if (!label) return null;
  const rest = line.slice(label.index + label[0].length);
  const found = findDate(rest);
  return found && BEFORE_STAMPED_DATE.test(rest.slice(0, found.start)) ? { iso: found.iso, label: (label[1] ?? '').toLowerCase() } : null;
}
/** A label's date follows it at once, or after a weekday ("Published Sunday, 19 January 2025"); "Published reports on January 9" is a sentence. */
const BEFORE_STAMPED_DATE = /^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

/** An e-paper's date bar: the date, its weekday, then more stamps ("2025年01月17日 星期五 农历甲辰年腊月十八 第B04版：English Weekly"). */
function dateBar(line: string): { iso: string; label: string } | null {
  const found = findDate(line);
  if (found === null || found.start !== 0 || countWords(line) > MAX_STAMP_WORDS * 2 || SENTENCE_END.test(line)) return null;
  return /^[\s,]*(?:星期[一二三四五六日天]|周[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/iu.test(line.slice(found.end)) ? { iso: found.iso, label: '' } : null;
}

/** A printed page's folio, its spans set apart by runs of spaces ("Vol. 131, No. 14      Thursday, January 16, 2025      $1.50"): its date. */
function folioDate(line: string): { iso: string; label: string } | null {
  const spans = line.split(/\s{3,}|\s+\|\s+/);
  if (spans.length < 2 || spans.length > 5) return null;
  const dates = spans.map((span) => dateLine(span.trim())).filter((d) => d !== null);
  return dates.length === 1 ? (dates[0] ?? null) : null;
}

function dateAmongStamps(line: string): { iso: string; label: string } | null {
  const stamps = stampParts(line)
    .map((part) => dateLine(part))
    .filter((s): s is { iso: string; label: string } => s !== null);
  return stamps.find((s) => /publish|post/.test(s.label)) ?? stamps[0] ?? null;
}

/**
 * Reads the page's own account of itself from its lines (already
 * normalised). `knownTitle` (from a manifest or the page's metadata) only
 * locates the title lines; otherwise the headline is inferred, never from a
 * line in `notHeadlines` (table rows, list items).
 */
/** Furniture that names no page: an address, a link back to the listing. */
const NEVER_HEADLINE_RULES: ReadonlySet<string> = new Set(['street-address', 'back-link']);

/** A label and a telephone number, a contact line: "24-hour emergency: +44 20 5550 0199", "Hotline: (626) 555-0188". */
const LABELLED_PHONE = /^[\p{L}\d'’ -]{2,30}:\s*(?:\+\d{1,3}[\s.-]?)?\(?\d{2,5}\)?(?:[\s.-]\d{2,5}){2,4}$/u;

/** A line cut short: its last word, perhaps partial, and the ellipsis after it. */
const CUT_SHORT = /\s+\S*(?:…|\.\.\.)\s*$/u;

/** Whether a head line opens with these words and then a site's name after a separator: "Headline | Site …". */
function titledBefore(lines: readonly string[], limit: number, words: string): boolean {
  return lines.some((l, k) => k < limit && l.length > words.length && l.startsWith(words) && /^\s+[|–—-]\s+\S/.test(l.slice(words.length)));
}

export function findMetadata(lines: readonly string[], knownTitle = '', notHeadlines: ReadonlySet<number> = new Set()): FoundMetadata {
  const limit = headLimit(lines);
  const candidates: Candidate[] = [];
  // Every head line's headline part, furniture included: a breadcrumb or page-title line echoes the headline.
  const echoes: string[] = [];
  let firstProse = -1;
  const pageScript = proseScript(lines);
  const continuations = new Set<number>();
  let inContents = false;
  // Lines of a table of contents: they print the sections' headings, which a headline's copy must not be.
  const contentsLines = new Set<number>();
  const lastCopy = new Map<string, number>();
  lines.forEach((l, i) => lastCopy.set(entryKey(l), i));
  let inTrail = false;
  // Headlines the head prints whole on one line (a page-title line, a breadcrumb's last part).
  const wholeTitles = new Set(lines.slice(0, limit).map((l) => comparable(headlineCore(l) ?? '')).filter((k) => k !== ''));
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    // The body's first line: prose the line model does not read as furniture ("Create a Website Account - Manage …").
    // (Not a sentence set amid the menu: a site's banner, "Parliament House is open to visitors. Find out about tours…",
    // between "Watch" and "Home" / "About Parliament" / "Parliamentary Library".)
    // (In the page's own writing system: a Hindi site's notification prompt, "क्या आप … नोटिफिकेशन पाना चाहते हैं?", over
    // an English story is its chrome.)
    // (Nor a newsletter's preview text over "View this email in your browser": the issue's teaser, its story still to come.)
    if (firstProse < 0 && isProseLine(line) && !readsAsFurniture(line) && !menuFollows(lines, i) && inScript(line, pageScript) && !isPreheader(lines, i)) firstProse = i;
    // A breadcrumb ("Home » Recipes » Around the World » Chinese") echoes only its last part, the page itself: the parts
    // before it are the site's sections, printed in its menu too.
    const crumbs = line.split(/\s*[»›>]\s*|\s+\/\s+/);
    // A print header's title cut short ("Riverina winemakers wake up to Americans in their RedNote co…") echoes the
    // headline's opening, up to its last whole word.
    const whole = line.replace(CUT_SHORT, '');
    const echo = crumbs.length >= 3 ? (crumbs.at(-1) ?? '') : headlineCore(whole.replace(/\s*[»›>/]\s*/g, ' | '));
    echoes.push(echo === null ? '' : comparable(echo));
    if (notHeadlines.has(i) || continuations.has(i)) continue;
    // A table of contents under "Jump to:" lists the sections' headings; a video's chapter sits over its start time.
    // (A rule, "______", closes the list: a database's report prints its contents, then each document under a rule.)
    // (Its entries are the headings printed again below it; a line printed nowhere below ends the list: a page that sets
    // its contents over the headline goes on with the headline, "Table of Contents" / "What Is X?" / … / "Markets" /
    // "X: What It Is …". A one-word control, "Expand", may stand among them.)
    if (inContents && !isProseLine(line) && (countWords(line) <= 1 || (lastCopy.get(entryKey(line)) ?? -1) > i)) {
      if (!/[\p{L}\p{N}]/u.test(line)) inContents = false;
      else contentsLines.add(i);
      continue;
    }
    // (Not an issue's contents, "IN THIS ISSUE": they list its stories, and the headline printed there again is its echo.)
    inContents = CONTENTS_LABEL.test(line);
    // A trail set one part to a line under its label ("Du er her:" / "Forside" / "Aktuelt" / "News in English"): its
    // parts are the site's sections, however much the last looks like a title.
    if (TRAIL_LABEL.test(line)) inTrail = true;
    else if (inTrail && countWords(line) <= MAX_MENU_ITEM_WORDS && !SENTENCE_END.test(line)) continue;
    else inTrail = false;
    if (inTrail) continue;
    if (TIMESTAMP_ALONE.test(lines[i + 1] ?? '') || TIMESTAMP_ALONE.test(lines[i - 1] ?? '')) continue;
    // A title page sets a headline with a subtitle on two lines, the first ending in a colon; a front page breaks one
    // mid-phrase ("For TikTok fans," / "a detour through China", "Tar Heel users, sellers scramble as" / "app goes dark").
    const next = lines[i + 1] ?? '';
    // A headline in title case ends a line on a function word only when it runs on ("The TikTok Ban and the Limits of" /
    // "Congressional Power").
    // So does one the page prints whole elsewhere (a print view's page title over a headline wrapped at "… goes" / "dark",
    // or at "… Help From" / "Chinese Strangers On RedNote" in title case).
    // (Or at its opening, before the site's name: "Headline | Site" run together with the next line by a wrap.)
    const printedWhole = countWords(next) <= MAX_BROKEN_LINE_WORDS && comparable(next) !== '' && (wholeTitles.has(comparable(`${line} ${next}`)) || titledBefore(lines, limit, `${line} ${next}`)) && junkRule(`${line} ${next}`) === null;
    const runsOn = (BROKEN_HEADLINE.test(line) && (/^\p{Ll}/u.test(next) || (/\s(?:a|an|the|of|to|for|and|or|with|from|into|than)$/i.test(line) && /^\p{Lu}/u.test(next) && countWords(next) <= 6))) || printedWhole;
    if ((/\p{L}:$/u.test(line) || runsOn) && (countWords(line) <= 8 || printedWhole) && !notHeadlines.has(i + 1) && (isHeadlineShaped(next) || printedWhole) && !SENTENCE_END.test(next) && junkRule(line) === null) {
      const core = `${line} ${next}`;
      candidates.push({ index: i, core, key: comparable(core), score: 0, lines: 2 });
      // The line in lower case that carries on a broken headline is no headline of its own.
      if (runsOn) continuations.add(i + 1);
      continue;
    }
    // A headline a narrow column breaks over three lines, each after the first in lower case ("Waterloo kolache shop" /
    // "finds a following in China" / "after owner joins RedNote").
    const after = lines[i + 2] ?? '';
    const carriesOn = (l: string) => /^[‘'"“]?\p{Ll}[\p{L}'’-]*\s/u.test(l) && countWords(l) <= MAX_BROKEN_LINE_WORDS && !SENTENCE_END.test(l) && !/[_|]/.test(l) && junkRule(l) === null;
    if (/^[‘'"“]?\p{Lu}/u.test(line) && countWords(line) <= MAX_BROKEN_LINE_WORDS && !SENTENCE_END.test(line) && junkRule(line) === null && carriesOn(next) && carriesOn(after) && !notHeadlines.has(i + 1) && !notHeadlines.has(i + 2)) {
      const core = `${line} ${next} ${after}`;
      candidates.push({ index: i, core, key: comparable(core), score: 0, lines: 3 });
      continuations.add(i + 1);
      continuations.add(i + 2);
      continue;
    }
    if (!isHeadlineShaped(line)) continue;
    let core = headlineCore(line);
    // (Nor is a link back to the listing, "Back to News", however it echoes the page's title.)
    // (Nor is a line of labelled fields, "Source: … Author: … Release time: …", a record's details; nor a contact line,
    // "24-hour emergency: +44 20 5550 0199".)
    if (core === null || countWords(core) < 1 || dateLine(core) !== null || NEVER_HEADLINE_RULES.has(junkRule(line) ?? '') || NEVER_HEADLINE_RULES.has(junkRule(core) ?? '') || labelledFields(line) !== null || LABELLED_PHONE.test(line)) continue;
    // "(Current) Amara Nwosu: 2025-01-27 10:14 PM": a few words labelling a stamp are a revision's or a post's, no headline.
    // (So with a date without its year: a blog's "Updated: Jan 29".)
    const labelled = LABELLED_STAMP.exec(core);
    if (labelled !== null && countWords(labelled[1] ?? '') <= MAX_STAMP_LABEL_WORDS && (dateLine(labelled[2] ?? '') !== null || YEARLESS_DATE.test(labelled[2] ?? ''))) continue;
    const untailed = core.replace(STAMP_TAIL, '');
    const stamped = untailed !== core && countWords(untailed) >= 4;
    if (stamped) core = untailed;
    candidates.push({ index: i, core, key: comparable(core), score: 0, stamped });
  }

  // Past the head (a newsletter's masthead, its editor's note and contents over the story), the first line signed by a
  // writer under it is the story's headline too: "YOUR CUSTOMERS SAW THOSE CHINESE SMART LOCKS ON REDNOTE. …" / "By
  // Dwayne Kessler, Technical Support Manager".
  // (Only where no line in the head is signed: a page whose story is headlined and signed there goes on to others.)
  let signedPastHead = -1;
  for (let i = limit; i < Math.min(lines.length, MAX_HEAD_SCAN); i++) {
    const line = lines[i] ?? '';
    if (!signedBy(lines[i + 1] ?? '') || notHeadlines.has(i) || !isHeadlineShaped(line) || isProseLine(line)) continue;
    const core = headlineCore(line);
    if (core === null || dateLine(core) !== null) continue;
    if (!candidates.some((c) => isBylineLine(lines[c.index + (c.lines ?? 1)] ?? ''))) {
      candidates.push({ index: i, core, key: comparable(core), score: 0 });
      signedPastHead = i;
    }
    break;
  }
  let title = printedWithoutSite(knownTitle, lines);
  let fallback = false;
  // A headline broken over lines: its first line, and how many.
  let brokenAt = -1;
  let brokenLines = 1;
  const holders = copyrightHolders(lines);
  const holder = holders[0] ?? '';
  const hosted = namesBesideTheirHost(lines, MAX_HEAD_SCAN);
  if (title === '') {
    const best = pickHeadline(candidates, lines, firstProse, echoes.map((key, i) => (contentsLines.has(i) ? '' : key)), new Set([...holders, ...hosted, ...containerNames(lines)].map(comparable)), slugWords(lines, firstProse));
    // A post's hook keeps no emoji after it ("… ON A CHINESE APP? 📲"): they decorate the line, they are not the headline.
    title = best ? withoutTrailingEmoji(best.core).replace(LEADING_EMOJI, '') : fallbackTitle(lines);
    fallback = best === null;
    // (A headline chosen with the site's names still after it, where the page prints it alone too: as printed alone.)
    if (best) title = printedWithoutSite(title, lines);
    if ((best?.lines ?? 1) > 1 && best) {
      brokenAt = best.index;
      brokenLines = best.lines ?? 1;
    }
  }
  // A title that is only the first line of text (no headline found) names the article without removing that line.
  const titleKey = fallback ? '' : comparable(title);
  const titleLines: number[] = [];
  if (titleKey !== '') {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      // Only a line about as long as the title, or the title with a site or section name, can print it.
      if (line.length > title.length + 80 || line.length < title.length * 0.8) continue;
      // A reply's subject ("1. Re: Shanghai trip report …") heads the reply, not the post it answers. (A memo's "RE:"
      // field, among its TO and FROM, is its subject.)
      if (REPLY_SUBJECT.test(line) && !REPLY_SUBJECT.test(title) && !isMemoSubject(lines, i)) continue;
      // Nor does the heading over its comments ("5 Responses to “…”"), which quotes it.
      if (COMMENTS_ON_POST.test(line)) continue;
      const key = comparable(line);
      const core = headlineCore(line);
      // (A short title printed at the end of a sentence-like line, "What's next for CatTax", is not that line; after a
      // separator, "Tech | CatTax", it is.)
      const prefixed = key.endsWith(titleKey) && key.length - titleKey.length <= 20 && (countWords(title) >= 3 || /[|:–—»·•]/.test(line));
      if (key === titleKey || (core !== null && comparable(core) === titleKey) || prefixed) titleLines.push(i);
    }
  }
  if (brokenAt >= 0) for (let k = 0; k < brokenLines; k++) titleLines.push(brokenAt + k);
  // The headline's line, of its copies: first the one a byline or a date signs (a feed reader's list prints it above, over
  // a teaser; a mail app's message list and buttons may fill the head above the copy signed past it), a copy being the
  // headline alone on its line or wrapped over two (not "Other News in …"); then the first in
  // the head that is no list item (an issue's contents: "2. Digital Wellness Corner: …"), or any in the head; and for a
  // title the page states (its metadata), the first anywhere that is no list item (under a long photo caption; never a
  // "Most popular" list printing it again).
  const wholeCopy = (i: number) => comparable(lines[i] ?? '') === titleKey || (brokenAt >= 0 && i >= brokenAt && i < brokenAt + brokenLines);
  const signed = [...titleLines]
    .sort((a, b) => a - b)
    .find((i) => (i < limit + SIGNED_COPY_LINES || i === signedPastHead) && wholeCopy(i) && !notHeadlines.has(i) && [1, 2].some((d) => isBylineLine(lines[i + d] ?? '') || dateLine(lines[i + d] ?? '') !== null));
  // (A print header's copy, "20.01.2025, 08:47 Headline | Site", tops every page: the headline printed in the page is its place.)
  const printHeader = (i: number) => PRINT_HEADER_STAMP.test(lines[i] ?? '');
  const anchor =
    signed ??
    titleLines.find((i) => i < limit + 5 && !notHeadlines.has(i) && !printHeader(i)) ??
    titleLines.find((i) => i < limit + 5 && !notHeadlines.has(i)) ??
    titleLines.find((i) => i < limit + 5) ??
    (knownTitle !== '' ? titleLines.find((i) => !notHeadlines.has(i)) : undefined) ??
    -1;

  // Bylines and dates: from the headline to the start of the body, or the top of a page whose headline was not found.
  let author = '';
  let authorAt = -1;
  let date = '';
  let dateRank = 3;
  let publisher = '';
  const from = anchor >= 0 ? anchor : 0;
  // …the body being the first prose after the headline (a question heading a Q&A page is prose-shaped itself).
  const firstBody = anchor >= 0 && firstProse >= 0 && firstProse <= anchor ? lines.findIndex((l, k) => k > anchor && isProseLine(l)) : firstProse;
  const to = Math.min(lines.length, Math.max(firstBody < 0 ? limit : firstBody + 2, from + 8));
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (titleLines.includes(i)) continue;
    if (author === '' && isAuthorLine(lines, i)) {
      author = nameOnly(line);
      authorAt = i;
      continue;
    }
    // "Headline / Keisha Oduya / January 22, 2025": a name alone straight under the headline (or under its standfirst:
    // "Headline / Com a proibição … / Inês Carvalho / 18 de Janeiro de 2025, 7:45"), over the date; the writer's e-mail
    // address may stand between name and date ("Merilin Oja / merilin.oja@vikerkaar.ee / 20.01.2025 15:07").
    const underHeadline = titleLines.includes(i - 1) || (titleLines.includes(i - 2) && countWords(lines[i - 1] ?? '') <= MAX_STANDFIRST_WORDS);
    const dateBelow = lines[i + (CONTACT_ALONE.test(lines[i + 1] ?? '') ? 2 : 1)] ?? '';
    // …or under the date that stands under the headline: "Headline / 18.01.2025, 16:40 / Dilnoza Rakhimova / 👁 6 214".
    const underDate = titleLines.includes(i - 2) && !titleLines.includes(i - 1) && dateLine(lines[i - 1] ?? '') !== null;
    // (Or over its reading time: "Headline / Mara Lindqvist / 6 Min. Lesezeit", the date above the headline.)
    if (author === '' && anchor >= 0 && ((underHeadline && (dateLine(dateBelow) !== null || junkRule(dateBelow) === 'reading-time')) || underDate)) {
      const name = nameAlone(line);
      if (name !== '') {
        author = nameOnly(name);
        continue;
      }
    }
    // "Headline / Rev. Daniel Kwok, Senior Pastor / the column's first paragraph": a name and any job straight under the
    // headline, over the body, signs it (a pastor's, a principal's column).
    // (So does one over the date, near the headline with a standfirst at most between: "Headline / standfirst / Dana
    // Whitcomb, Bookstore Partnerships Lead / January 28, 2025 · 6 min read", a blog's author card.)
    const overBody = titleLines.includes(i - 1) && isProseLine(lines[i + 1] ?? '');
    const overDate = anchor >= 0 && i > anchor && i - anchor <= MAX_SIGNED_JOB_REACH && dateLine(lines[i + 1] ?? '') !== null && lines.slice(anchor + 1, i).filter((l) => isProseLine(l)).length <= 1;
    if (author === '' && (overBody || overDate)) {
      const name = nameBeforeJob(line);
      if (name !== '') {
        author = nameOnly(name);
        authorAt = i;
        continue;
      }
    }
    // "Headline / standfirst / Jenna MacLeod / the story's first paragraph": a name alone between the headline and the body.
    if (author === '' && anchor >= 0 && i - anchor <= 2 && signsBody(lines, i) && !lines.slice(anchor + 1, i).some((l) => isProseLine(l))) {
      author = nameOnly(line);
      continue;
    }
    // "Updated January 24, 2025 Words: Alison Marchetti Reviewed by …": a page's meta spans run together on one line; the
    // part that opens like a byline names the author.
    if (author === '' && !isBylineLine(line)) {
      const opened = gluedMetaParts(line).find((part) => BYLINE_PREFIX.test(part) && isBylineLine(part));
      if (opened) author = parseByline(opened).author;
    }
    // "Meredith Osei and Tomás Ibarra January 22, 2025": the authors' and the date's spans run together on one line.
    const signed = author === '' ? namesThenDate(line) : null;
    if (signed !== null) {
      author = signed.author;
      if (date === '' || dateRank > 0) {
        date = signed.iso;
        dateRank = 0;
      }
      continue;
    }
    const listed = author === '' ? nameList(line) : [];
    if (listed.length >= 2) {
      // "Ingrid Solvang-Mutua, Rafael Kostecki-Arrow and Amaya Lindqvist-Obi" under a report's title: its authors, with no "By".
      author = listNames(listed);
      continue;
    }
    // "Anindya Putri Lestari (The Jakarta Courier)": a name with its outlet in brackets, as many Asian dailies print bylines.
    // (Or after a dot, as a reader app sets the writer beside the site: "Devin Achterberg · The Porchlight Review".)
    const bracketed = author === '' ? (NAME_AND_OUTLET.exec(line) ?? (titleLines.includes(i - 1) ? NAME_DOT_OUTLET.exec(line) : null)) : null;
    if (bracketed && isPersonName(bracketed[1] ?? '')) {
      author = bracketed[1] ?? '';
      authorAt = i;
      if (publisher === '') publisher = bracketed[2] ?? '';
      continue;
    }
    // "By" / "Dana Whitfield," / "Contributor.": a byline whose name a page set on the line under it.
    if (author === '' && LONE_BY.test(line)) {
      const byline = parseByline(`By ${(lines[i + 1] ?? '').replace(/[,;]$/, '')}`);
      if (byline.author !== '') {
        author = byline.author;
        authorAt = i + 1;
        i++;
        continue;
      }
    }
    if (isBylineLine(line) || /^posted on\b.*\bby\b/i.test(line)) {
      const byline = parseByline(line);
      // A byline names the author outright, over a name found in an author block (a channel's or a site's name there).
      if (author === '' || (authorAt >= 0 && byline.author !== '' && BYLINE_PREFIX.test(line))) author = byline.author || author;
      if (publisher === '') publisher = byline.publisher;
      // "Updated Jan. 20, 2025 9:15 a.m. ET" reads as a blog's posted line, but an update is no publication date.
      const rank = /^(?:last\s+)?(?:updated|modified|edited)\b/i.test(line) ? 2 : 0;
      if (byline.date !== '' && (date === '' || rank < dateRank)) {
        date = byline.date;
        dateRank = rank;
      }
      continue;
    }
    // The published date wins over an update stamp, whichever the page prints first; a label may stand on the line above
    // ("UPDATED" / "Jan 20, 2025, 02:15 PM", "Published" / "Jan 20, 2025, 05:00 AM").
    // In an author block, the profile line's stamps date the post ("… · Answered Jan 16, 2025 · …").
    const inAuthorBlock = authorAt >= 0 && i - authorAt <= AUTHOR_BLOCK_LINES;
    const stamp = dateLine(line) ?? (junkRule(line) === 'meta-line' || inAuthorBlock ? dateAmongStamps(line) : null) ?? labelledPublication(line);
    const labelAbove = LONE_DATE_LABEL.exec(lines[i - 1] ?? '')?.[1]?.toLowerCase() ?? '';
    if (stamp && stamp.label === '' && labelAbove !== '') stamp.label = labelAbove;
    if (stamp) {
      // "Saved", "Accessed": when a reader kept the page, no more the article's date than an update.
      const rank = UPDATE_LABEL.test(stamp.label) ? 2 : /publish|post/.test(stamp.label) ? 0 : 1;
      if (date === '' || rank < dateRank) {
        date = stamp.iso;
        dateRank = rank;
      }
    }
  }
  // A date above the headline is the article's when labelled, or when it heads the post directly; not beside the
  // weather ("25 C", "New York", "Sunday, August 17, 2025"), where it is the page's today. It wins over an edit stamp
  // under the headline ("Jan 20, 2025 at 7:03 AM" / headline / "Edited Jan 21, 2025").
  if ((date === '' || dateRank === 2) && anchor > 0) {
    for (let i = Math.max(0, anchor - 3); i < anchor; i++) {
      // (a kicker's spans run into the stamp: "Stories · Chapter 3 of 7 … Released October 14, 2025")
      const stamp = dateLine(lines[i] ?? '') ?? labelledPublication(lines[i] ?? '');
      const widget = [lines[i - 1], lines[i - 2]].some((l) => l !== undefined && junkRule(l) === 'weather-widget');
      if (stamp && !UPDATE_LABEL.test(stamp.label) && (stamp.label !== '' || (i === anchor - 1 && !widget))) {
        date = stamp.iso;
        break;
      }
      const line = lines[i] ?? '';
      // (Not over a paragraph of another story's: prose between the byline and the headline.)
      if (isBylineLine(line) && !lines.slice(i + 1, anchor).some((l) => isProseLine(l))) {
        const byline = parseByline(line);
        author ||= byline.author;
        publisher ||= byline.publisher;
        date ||= byline.date;
      }
    }
  }

  // Two authors' names on lines of their own, a bare "and" between them ("Mei Tanaka" / "and" / "Caleb Wirth"; a page copied
  // as text prints each name twice, its link's and its card's): both wrote it.
  for (let i = Math.max(1, from); i < to; i++) {
    if (!/^and$/i.test(lines[i] ?? '') || !isPersonName(lines[i - 1] ?? '') || !isPersonName(lines[i + 1] ?? '')) continue;
    const pair = `${nameOnly(lines[i - 1] ?? '')} and ${nameOnly(lines[i + 1] ?? '')}`;
    if (author === '' || pair.split(' and ').includes(author)) author = pair;
    break;
  }

  // An edition's date under the paper's name, further up than the headline's own lines ("The Prairie Sentinel" / "18 Jan
  // 2025" / menus / headline): the page's only unlabelled date above the headline dates it. (A running header printing it
  // again on each page, "WEEK 3 MEDIA NOTES … Wednesday, January 22, 2025", prints the same date.)
  if (date === '' && anchor > 0) {
    const above = lines.slice(0, anchor).map((l) => dateLine(l) ?? dateBar(l) ?? folioDate(l)).filter((d) => d !== null && d.label === '');
    if (above.length > 0 && above.every((d) => d?.iso === above[0]?.iso) && !lines.slice(0, anchor).some((l) => junkRule(l) === 'weather-widget')) date = above[0]?.iso ?? '';
  }

  // A profile's author block above the headline ("Priya Venkataraman" / "Posted on" / "Jan 19", then the title).
  // A dataset's or a repository's owner line over its title ("Priya Raghunathan · Updated 3 months ago") names the author too.
  // (Wix sets its labelled byline over the name, the date, the update stamp and the reading time: "Writer: Owen Baptiste" /
  // "Owen Baptiste" / "Jan 21" / "Updated: Feb 3" / "4 min read" / headline. Never over a paragraph: another story's byline.)
  for (let i = Math.max(0, anchor - AUTHOR_ABOVE_LINES); i < anchor && author === ''; i++) {
    if (lines.slice(i + 1, anchor).some((l) => isProseLine(l))) continue;
    if (isAuthorLine(lines, i)) author = nameOnly(lines[i] ?? '');
    // A social profile's header over its post: the display name, then the @handle ("Ethan Lau" / "@kazu_lau").
    else if (isPersonName(lines[i] ?? '') && /^@[\p{L}\d_.]{2,30}$/u.test(lines[i + 1] ?? '')) author = nameOnly(lines[i] ?? '');
    else if (isNameAndDate(lines[i] ?? '')) author = nameOnly(nameBesideDate(lines[i] ?? ''));
    // A bulletin board's header fields, the author's over the title ("作者 sgtpepperTW (…)" / "看板 EngTalk" / "標題 …").
    else if (anchor - i <= FIELDS_ABOVE_LINES && BYLINE_PREFIX.test(lines[i] ?? '') && isBylineLine(lines[i] ?? '')) author = parseByline(lines[i] ?? '').author;
    else if (BYLINE_LABEL.test(lines[i] ?? '') && isBylineLine(lines[i] ?? '')) {
      // (Further up, only a person's name: a wire item's "Words: 344" counts them.)
      const named = parseByline(lines[i] ?? '').author;
      if (isPersonName(named)) author = named;
    }
  }

  // A letter, a column or a class newsletter signs off under its last paragraph: "— Ms. F. Adeyemi, January 24, 2025".
  // A handle the CMS printed ("Submitted by mhuang") gives way to the name signed under the letter ("— Margaret Huang, Board
  // Secretary") when the handle spells that name's surname.
  const handleOnly = USER_HANDLE.test(author);
  if ((author === '' || handleOnly) && firstProse >= 0) {
    for (let i = firstProse + 1; i < lines.length; i++) {
      const signed = signOff(lines[i] ?? '') ?? creditedWriter(lines[i] ?? '');
      if (signed === null || (handleOnly && !handleSpellsName(author, signed.author))) continue;
      author = signed.author;
      date ||= signed.iso;
      break;
    }
  }

  // A guide's or a wiki's profile box: a lone label ("Librarian", "Author:") over a name, anywhere on the page.
  for (let i = 0; i + 1 < lines.length && author === ''; i++) {
    const inverted = INVERTED_NAME.exec(lines[i + 1] ?? '');
    const name = inverted ? `${inverted[2] ?? ''} ${inverted[1] ?? ''}` : (lines[i + 1] ?? '');
    if (AUTHOR_LABEL.test(lines[i] ?? '') && isPersonName(name) && countWords(name) <= 4) author = nameOnly(name);
  }
  // A record's details box below the story ("Date Posted: 01.21.2025 14:06", "Publication date: …"), a Chinese app's
  // stamp under the post ("编辑于 2025-01-16 美国"): a field naming the date, not a comment's or a related story's "Posted".
  for (let i = 0; i < lines.length && date === ''; i++) {
    const stamp = dateLine(lines[i] ?? '');
    if (stamp !== null && /^(?:date (?:posted|published)|(?:publication|release|report|publish(?:ed)?) date|date of (?:publication|release)|编辑于|发布于|发表于|发布时间)$/.test(stamp.label)) date = stamp.iso;
  }
  // A database record's "Publication date: Jan 22, 2025" field says when the story was published, whatever stamp its
  // report's header prints (when the report was run).
  for (const line of lines) {
    const stamp = /^\s*publication date\b/i.test(line) ? dateLine(line) : null;
    if (stamp?.label === 'publication date') {
      date = stamp.iso;
      break;
    }
  }
  // A post stamped at its foot, "Posted Sunday 19th January 2025 from TweetMore for iPhone": the first labelled
  // publication line under the story's first paragraph dates it, when nothing above did.
  for (let i = firstProse + 1; firstProse >= 0 && i < lines.length && date === ''; i++) {
    const stamp = labelledPublication(lines[i] ?? '');
    if (stamp !== null && /^(?:posted|published)\b/i.test(lines[i] ?? '')) date = stamp.iso;
  }
  // A page that states no publication date but when it was last updated ("Last Updated: Feb 3, 2025 10:14 AM" at a
  // research guide's foot) is dated by that.
  // Its stamp may share a line with the byline's other spans ("Mandarin Tutor Last Updated: January 24, 2025 References").
  for (let i = lines.length - 1; i >= 0 && date === ''; i--) {
    const line = lines[i] ?? '';
    const stamp = dateLine(line);
    if (stamp !== null && /^last (?:updated|modified)(?: on)?$/.test(stamp.label)) date = stamp.iso;
    const within = countWords(line) <= MAX_STAMP_WORDS * 2 && !SENTENCE_END.test(line) ? /\blast (?:updated|modified)\s*:?\s*(.*)$/i.exec(line) : null;
    const found = within ? findDate(within[1] ?? '') : null;
    if (found !== null && found.start === 0) date = found.iso;
  }

  let url = '';
  let webCopy = '';
  for (let i = 0; i < lines.length && url === ''; i++) {
    // A bare address only at the very top or bottom (a saved page's own URL); a labelled one anywhere outside the body.
    const line = readerAddress(lines[i] ?? '');
    if (!line.includes('http')) continue;
    // A mailer's plain-text part prints a link in brackets after its words, or on the line under them: "View this email
    // in your browser (https://…)", "Read on the blog" / "(https://…)". The web copy, or the story's own page.
    const bracketed = BRACKETED_LINK.exec(line);
    const linkWords = bracketed === null ? '' : bracketed[1] || (lines[i - 1] ?? '');
    if (bracketed !== null && WEB_COPY.test(linkWords)) {
      webCopy ||= urlOf(bracketed[2] ?? '');
      continue;
    }
    if (bracketed !== null && (ON_OUR_SITE.test(linkWords) || SHARE_THIS.test(linkWords))) {
      url = urlOf(bracketed[2] ?? '');
      continue;
    }
    const bare = /^<?https?:\/\//i.test(line);
    // Above the body a bare address is the page's own; inside it, one the article links to.
    // An address under a line that announces it ("This report is available online at", "Printed from example.com on …") is the page's own.
    // So is one under its label alone on the line above, as a record's details panel sets its fields ("Permalink" / "https://…").
    // ("Read this update on our website:", "This story also appears on our blog:" over a newsletter's last lines.)
    const announced = bare && (/^printed (?:from|on)\b|\b(?:available|published|found|read it|online)\b.{0,30}\b(?:at|from|on)\s*:?$/i.test(lines[i - 1] ?? '') || URL_LABEL_ALONE.test(lines[i - 1] ?? '') || ON_OUR_SITE.test(lines[i - 1] ?? ''));
    // So is one whose last part spells the headline, wherever it is ("…/brands-rush-to-rednote-tiktok-refugees", shared in a chat).
    const found = urlOf(line);
    const spelled = bare && found !== '' && title !== '' && spellsHeadline(found, title);
    if (bare && !announced && !spelled && i > 2 && i < lines.length - 2 && (firstProse < 0 || i > firstProse)) continue;
    if (bare && i >= lines.length - 2 && /^\s*\d/.test(lines[i - 1] ?? '')) continue;
    // A bare address under a platform's credit ("Email Marketing Powered by Mailchimp") to the platform's site is the
    // credit's link, not the page's. (A print footer's address under a site's "Powered by YourMembership" is the page's.)
    if (bare && creditedPlatformLink(lines[i - 1] ?? '', found)) continue;
    // An e-mail's "view it in your browser" link is the issue's web copy: the article's own link, when printed too, wins.
    // (So is a bare address under "View this email in your browser:" alone on its line.)
    if (found !== '' && (WEB_COPY.test(line) || (bare && WEB_COPY.test(lines[i - 1] ?? '')))) webCopy ||= found;
    else url = found;
  }
  url ||= webCopy || linkedPostDate(lines, firstProse);

  // A wire story or press release dates itself in the dateline that opens its first paragraph.
  if (date === '') date = datelineOfBody(lines, firstProse);
  // …or in the end mark that closes it: "Ends/Wednesday, January 22, 2025" (a government's release), "-ENDS- 22 January 2025".
  for (let i = lines.length - 1; i >= 0 && date === ''; i--) {
    const closing = RELEASE_END_DATE.exec(lines[i] ?? '');
    const stamp = closing ? dateLine(closing[1] ?? '') : null;
    if (stamp) date = stamp.iso;
  }
  // A publication stamp above the headline, among other stamps ("Issue No. 47 | Posted 01/27/2025").
  for (let i = 0; i < Math.min(lines.length, firstProse < 0 ? limit : firstProse) && date === ''; i++) {
    const line = lines[i] ?? '';
    const stamp = junkRule(line) === 'meta-line' ? dateAmongStamps(line) : null;
    if (stamp && /publish|post/.test(stamp.label)) date = stamp.iso;
  }
  // An issue's line above the headline: "WEEKLY BULLETIN · Sunday, January 26, 2025", "Vol. 3 | January 26, 2025".
  for (let i = 0; i < Math.min(lines.length, firstProse < 0 ? limit : firstProse, anchor < 0 ? limit : anchor) && date === ''; i++) {
    const parts = stampParts(lines[i] ?? '');
    const dates = parts.map((part) => dateLine(part));
    const dated = dates.filter((d) => d !== null && !UPDATE_LABEL.test(d.label));
    if (parts.length >= 2 && dated.length === 1 && parts.every((part, k) => dates[k] !== null || countWords(part) <= 4)) date = dated[0]?.iso ?? '';
  }
  // A CMS's line of labelled fields under the headline ("Source: International Department   Author: Zhou Min   Editor: Li
  // Qian   Date: 2025-01-22 10:35   Views: 1286"): the author's and the date's fields.
  for (let i = Math.max(anchor, 0); i < Math.min(lines.length, Math.max(anchor, 0) + FIELDS_LINE_REACH) && (author === '' || date === ''); i++) {
    const fields = labelledFields(lines[i] ?? '');
    if (fields === null) continue;
    const writer = fieldWriters(fields.get('author') ?? fields.get('writer') ?? fields.get('reporter') ?? '');
    if (author === '' && writer !== '') author = writer;
    if (date === '') date = findDate(fields.get('date') ?? fields.get('published') ?? fields.get('release time') ?? fields.get('time') ?? '')?.iso ?? '';
  }
  // A labelled byline and publication stamp over the body, however far a video card put them from the headline ("Author:
  // Jenna Okafor" / "Published: 6:14 PM PST January 15, 2025" under a player's list of other videos).
  // (The body is two paragraphs in a row: a standfirst stands alone under the headline.)
  const bodyStart = lines.findIndex((l, k) => k > Math.max(anchor, -1) && isProseLine(l) && isProseLine(lines[k + 1] ?? '') && !readsAsFurniture(l));
  for (let i = Math.max(anchor, 0); bodyStart > 0 && i < bodyStart && (author === '' || date === ''); i++) {
    const line = lines[i] ?? '';
    const named = author === '' && BYLINE_OPENER.test(line) ? parseByline(line).author : '';
    if (isPersonName(named)) author = named;
    const stamp = date === '' ? dateLine(line) : null;
    if (stamp && /publish|post/.test(stamp.label)) date = stamp.iso;
  }
  // A blog platform's post header above the headline: the writer's name alone, then the date ("Grace Tsai-Whitman" /
  // "Jan 24, 2025" / "4 min read" / headline).
  // (Straight above the headline: only stamps between them, "Updated: …", "4 min read".)
  for (let i = Math.max(0, anchor - MAX_POST_HEADER_LINES); anchor > 0 && i < anchor && author === ''; i++) {
    const line = lines[i] ?? '';
    const stampsOnly = lines.slice(i + 1, anchor).every((l) => dateLine(l) !== null || junkRule(l) !== null);
    // (Under a temperature, a name is the weather's place: "25 C" / "New York" / "Sunday, August 17, 2025".)
    const weather = junkRule(lines[i - 1] ?? '') === 'weather-widget';
    if (isPersonName(line) && junkRule(line) === null && !weather && dateLine(lines[i + 1] ?? '') !== null && stampsOnly) author = line;
  }
  // A mail or a newsgroup post names its writer in its header: "From: Jane Doe <jdoe@example.com>", "From: jdoe@example.com
  // (Jane Doe)". A newsletter's sender ("The Scroll Digest <digest@…>") is no person, and is read as the publisher instead.
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES) && author === ''; i++) {
    const sender = mailSender(lines[i] ?? '');
    if (sender !== '' && isPersonName(sender)) author = sender;
  }
  // A memo names its writer in its FROM field, among its TO, DATE and RE fields: "FROM: Renata M. Okafor, Commissioner of
  // Insurance" (the job after the comma).
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES) && author === ''; i++) {
    const from = MEMO_FROM.exec(lines[i] ?? '');
    const name = from?.[1]?.split(',')[0]?.trim() ?? '';
    const amongFields = lines.slice(Math.max(0, i - MEMO_FIELD_REACH), i + MEMO_FIELD_REACH + 1).some((l) => MEMO_FIELD.test(l));
    if (name !== '' && amongFields && isPersonName(name)) author = name;
  }
  // An e-mail saved as text is dated by its header ("Sent: Saturday, January 18, 2025 8:03 AM").
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES) && date === ''; i++) {
    if (/^(?:sent|date):/i.test(lines[i] ?? '')) date = dateLine(lines[i] ?? '')?.iso ?? '';
  }

  // A stamp anywhere on the page that says when the piece was first published ("First published Sunday 19 January 2025.
  // Last modified on …", a footer's "First published January 22, 2025"): a print or syndication note, not a date in the text.
  for (let i = 0; i < lines.length && date === ''; i++) {
    const line = lines[i] ?? '';
    if (PUBLISHED_STAMP.test(line) && countWords(line) <= MAX_STAMP_WORDS) date = labelledPublication(line)?.iso ?? '';
  }
  // A syndicated story's note on its original: "This post originally appeared on Long Table Magazine and was published
  // January 27, 2025." The original's date is the story's.
  for (let i = 0; i < lines.length && date === ''; i++) {
    const m = REPUBLISHED.exec(lines[i] ?? '');
    if (m) date = dateLine(m[2] ?? '')?.iso ?? findDate(m[2] ?? '')?.iso ?? '';
  }

  // A mailing service's web copy of what it sent: "Oregon Department of Justice sent this bulletin at 01/17/2025 10:32 AM PST".
  for (let i = 0; i < Math.min(lines.length, limit) && (date === '' || publisher === ''); i++) {
    const m = SENT_NOTICE.exec(lines[i] ?? '');
    if (!m) continue;
    if (date === '') date = findDate(m[2] ?? '')?.iso ?? '';
    if (publisher === '' && countWords(m[1] ?? '') <= MAX_SENDER_WORDS) publisher = m[1] ?? '';
  }

  // A wiki page's only date is often its last edit.
  if (date === '') {
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40) && date === ''; i--) {
      const m = /^this page was last (?:edited|modified|updated) (?:on )?(.+)$/i.exec(lines[i] ?? '');
      if (m) date = findDate(m[1] ?? '')?.iso ?? '';
    }
  }

  if (publisher === '') publisher = wikiName(lines);
  if (publisher === '') publisher = newsletterSender(lines);
  if (publisher === '') publisher = feedField(lines, anchor);
  if (publisher === '') publisher = breadcrumbSite(lines, limit, titleKey);
  if (publisher === '') publisher = hosted[0] ?? '';
  if (publisher === '') {
    for (const i of titleLines) publisher ||= siteAfterHeadline(lines[i] ?? '', titleKey);
  }
  // The copyright holder, unless it is the author (a newsletter's "© 2025 Theo Park").
  if (publisher === '' && holder !== '' && comparable(holder) !== comparable(author)) publisher = mastheadName(lines, holder, anchor);
  if (publisher === '') publisher = siteNameAtTop(lines, anchor);
  // The site's name in its header and again in its footer ("U.S. Department of State" above the headline and at the foot).
  if (publisher === '') publisher = nameInHeaderAndFooter(lines, anchor, notHeadlines);
  // The page's address names its site ("chalkline.org"): the name the page writes it with ("Chalkline").
  if (url !== '') publisher = nameOfHost(lines, url, publisher);
  if (date === '') date = firstDateNearHead(lines, anchor, firstProse);
  // A printed page's running header over the headline dates the issue, and so the story ("14 CLYDESIDE ADVERTISER
  // Thursday, January 23, 2025 www.clydesideadvertiser.co.uk").
  if (date === '') date = lines.slice(Math.max(0, anchor - NEAR_HEAD_LINES), Math.max(0, anchor)).map((l) => (isRunningHeader(l) ? (findDate(l)?.iso ?? '') : '')).find((d) => d !== '') ?? '';
  // A post's stamp with no year by its headline, as apps, forums and threads print this year's dates ("Sat, Jan 25 at
  // 4:12 PM", "Jan 24 · Announcements"): the year most of the page's full dates give, or its copyright notice's.
  if (date === '') date = yearlessHeadStamp(lines, anchor, firstProse);
  // A headline signed past the head may leave its date at the top, where a page whose headline is not found is read for
  // it: a league's notes repeat theirs in a running header on each page, over the feature.
  if (date === '' && anchor > 0 && anchor === signedPastHead) date = findMetadata(lines.slice(0, anchor), '', notHeadlines).date;
  return { title, titleLines, headline: anchor, author, date, publisher, url };
}

/** Lines below the headline (or the top, when none was found) searched for a date when nothing else dates the page. */
const NEAR_HEAD_LINES = 6;

/**
 * The last resort: a short line near the headline giving a full date with its year ("Jan 18, 2025 · 10:42 PM · 2.1K
 * reposts", "Posted by u/… • Jan 18, 2025"), where a post's or a thread's stamps are run together with counts and names.
 * Never a date inside the body's prose, nor one the page marks as an update or as when it was kept.
 */
function firstDateNearHead(lines: readonly string[], anchor: number, firstProse: number): string {
  const from = Math.max(0, anchor);
  const to = Math.min(lines.length, from + NEAR_HEAD_LINES + 1, firstProse < 0 ? lines.length : Math.max(firstProse, from + 1));
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (countWords(line) > MAX_STAMP_WORDS || SENTENCE_END.test(line) || UPDATE_LABEL.test(line.toLowerCase()) || KEPT_OR_EVENT.test(line)) continue;
    const found = findDate(line);
    if (found !== null && /\b(?:19|20)\d{2}\b/.test(line.slice(found.start, found.end))) return found.iso;
  }
  return '';
}

/** Beside UPDATE_LABEL's stamps: when a copy was made, or an event the page announces, which date no article. */
const KEPT_OR_EVENT = /\b(?:exported|printed|downloaded|generated|when|starts?|ends?|deadline|event|register|rsvp|tickets?)\b/i;

/**
 * The holders named by the copyright notices at the foot of the page ("©2025 Northhaven University Libraries."), the
 * last first: a newsstand app prints the paper's notice and its own.
 */
function copyrightHolders(lines: readonly string[]): string[] {
  const holders: string[] = [];
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
    const line = lines[i] ?? '';
    if (!/©|opyright|\(c\)/i.test(line) || junkRule(line) !== 'copyright') continue;
    const holder = publisherFromCopyright(line);
    if (holder !== '') holders.push(holder);
  }
  return holders;
}

/**
 * "(Written by Chen Jiayi; Photos by Wang Hao; Edited by Li Mei)": a school's or an agency's credits under the story,
 * the writer named first among them.
 */
function creditedWriter(line: string): { author: string; iso: string } | null {
  // (A wire story's, "(Reporting by Corinne Walsh in New York; additional reporting by …; editing by …)": the reporter
  // named first, without the city.)
  const m = /^\(?(?:written|text|words|story|article|reporting) by:?\s+(\p{Lu}[^;,|()]{1,40}?)(?:\s+in\s+\p{Lu}[\p{L} .'-]{1,30})?\s*(?:[;,|]\s*(?:[\p{L} -]{1,30}\bby\b[^;|()]{1,40}|[^;|()]{0,40}:[^;|()]{1,40})\s*)*\)?\.?$/iu.exec(line);
  return m !== null && isPersonName(m[1] ?? '') ? { author: m[1] ?? '', iso: '' } : null;
}

/** "— Ms. F. Adeyemi, January 24, 2025", "— Margaret Huang, Board Secretary": a dash, a name (its courtesy title left out), then the date it was signed or the signer's role. */
function signOff(line: string): { author: string; iso: string } | null {
  const m = /^[—–―-]{1,2}\s*(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?\s+)?(\p{Lu}.{1,60}?),\s*(.{2,60})$/u.exec(line);
  if (m === null || !isPersonName(m[1] ?? '')) return null;
  const after = m[2] ?? '';
  const date = dateLine(after);
  if (date !== null) return { author: m[1] ?? '', iso: date.iso };
  // "— Margaret Huang, Board Secretary": the signer's role instead of the date.
  // (A role may name its department after a comma: "— Annick Bélanger-Ho, Manager, Member Services".)
  return /^\p{Lu}[\p{L}&'’ -]{1,50}(?:,\s*\p{Lu}[\p{L}&'’ -]{1,40})?$/u.test(after) && countWords(after) <= MAX_SIGNER_ROLE_WORDS ? { author: m[1] ?? '', iso: '' } : null;
}

/** The most words of the role after a letter's signature. */
const MAX_SIGNER_ROLE_WORDS = 6;

/**
 * The dateline opening the body ("ASHFORD, Ohio (January 28, 2025) - …"). One
 * without a year ("BEIJING, Jan 16 (Agency) - …") takes the year of another
 * date on the page, or of its copyright notice.
 */
function datelineOfBody(lines: readonly string[], firstProse: number): string {
  if (firstProse < 0) return '';
  for (let i = firstProse; i < Math.min(lines.length, firstProse + 3); i++) {
    const line = lines[i] ?? '';
    const dated = datelineDate(line);
    if (dated) return dated;
    if (datelineDate(line, 2000) === null) continue;
    const year = pageYear(lines, i);
    return year === null ? '' : (datelineDate(line, year) ?? '');
  }
  return '';
}

/**
 * The date of a stamp without a year near the headline (from NEAR_HEAD_LINES above it to the body's first paragraph),
 * alone on its line or one of its parts ("Jan 20 | Rachel Kim"), in the page's year; or ''.
 */
function yearlessHeadStamp(lines: readonly string[], anchor: number, firstProse: number): string {
  const from = Math.max(0, anchor - NEAR_HEAD_LINES);
  const bodyAfter = lines.findIndex((l, k) => k > Math.max(anchor, from) && k >= firstProse && isProseLine(l));
  const to = Math.min(lines.length, bodyAfter < 0 ? from + 2 * NEAR_HEAD_LINES : bodyAfter, Math.max(anchor, 0) + 2 * NEAR_HEAD_LINES);
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (line.length > 120 || !/\d/.test(line)) continue;
    // (An update's stamp, Wix's "Updated: Feb 4" under "3 days ago", dates no publication; a post's "January 15 at 7:42 PM ·
    // Edited" does, by its part without the flag.)
    const parts = [line, ...line.split(/\s+[|·•]\s+/)].filter((part) => !UPDATE_LABEL.test(part.toLowerCase()));
    if (!parts.some((part) => yearlessStampDate(part, 2000) !== null)) continue;
    const year = commonPageYear(lines);
    if (year === null) return '';
    for (const part of parts) {
      const dated = yearlessStampDate(part, year);
      if (dated !== null) return dated;
    }
  }
  return '';
}

/** The year most of the page's full dates give (the first of equals), else its copyright notice's. */
function commonPageYear(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const found = findDate(line);
    if (found) {
      const year = Number(found.iso.slice(0, 4));
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best ?? copyrightYear(lines);
}

function pageYear(lines: readonly string[], except: number): number | null {
  for (const [i, line] of lines.entries()) {
    const found = i === except ? null : findDate(line);
    if (found) return Number(found.iso.slice(0, 4));
  }
  return copyrightYear(lines);
}

/** The year a copyright notice opening a line gives ("© 2025 …", "Copyright 2025 …"). */
function copyrightYear(lines: readonly string[]): number | null {
  for (const line of lines) {
    const m = /^(?:copyright|©)\s*(?:©\s*)?((?:19|20)\d\d)\b/i.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

/** "Rev. Daniel Kwok, Senior Pastor" → "Daniel Kwok": the person's name before a job, or ''. */
function nameBeforeJob(line: string): string {
  const ranked = line.replace(RANK_BEFORE_NAME, '');
  const name = nameAndJob(ranked) !== null ? (ranked.split(/\s*(?:[,|–—]|\s-\s|--)\s*/)[0] ?? '') : '';
  return name !== '' && isPersonName(name) ? name : '';
}

/** " in Hong Kong", " in São Paulo": the place after a name in a byline listing several correspondents. */
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** A person's name in title case alone on its line, straight over a paragraph of prose: a print edition's byline. */
function signsBody(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  // (A button shaped like a name, "Claim Now", signs nothing.)
  return /\p{Ll}/u.test(line) && countWords(line) <= 4 && isPersonName(line) && junkRule(line) === null && isProseLine(lines[i + 1] ?? '');
}

/** "A, B and C", "A & B": a line made only of people's names, or nothing. */
function nameList(line: string): string[] {
  if (countWords(line) > 16 || BYLINE_PREFIX.test(line) || junkRule(line) !== null) return [];
  // "Phoebe Tsang in Hong Kong and Wang Jiaqi in Shanghai": where each wrote from is no part of the name.
  const names = line
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .filter((n) => n !== '')
    .map((n) => n.replace(FILED_FROM, ''));
  // "…, Keiko Mori, Halvard Threat Research": the organisation the authors write for closes the list.
  if (names.length > 2 && ORGANISATION_END.test(names.at(-1) ?? '')) names.pop();
  // "Carla Whitfield, Deputy Spokesperson": a name and a job, not two names.
  const isJob = (n: string) => ROLE.test(n) || JOB_WORD.test(n) || JOB_ONLY.test(n);
  if (names.length >= 2 && names.every((n) => isPersonName(n) && !isJob(n))) return names;
  // "Ava Chen, Staff Writer, and Marcus Lee, Campus News Editor": each name followed by its job; the names are the list.
  const paired = names.length >= 4 && names.length % 2 === 0 && names.every((n, k) => (k % 2 === 0 ? isPersonName(n) && !isJob(n) : isJob(n)));
  return paired ? names.filter((_, k) => k % 2 === 0) : [];
}

/** A handle after a name: "@danaw", "danaw.eth", "dana.bsky.social". */
const HANDLE_AFTER_NAME = /(?<=\p{L})\s+(?:@[\w.]{2,30}|[a-z0-9_-]{2,30}(?:\.[a-z0-9-]{2,20})+)$/u;

/** "Meredith Osei and Tomás Ibarra January 22, 2025", "Jane Doe · Jan 20, 2025": names, then the date closing the line. */
function namesThenDate(line: string): { author: string; iso: string } | null {
  const found = findDate(line);
  if (found === null || found.start === 0 || dateLine(line.slice(found.start)) === null) return null;
  // ("Publié le 20 janvier 2025": a stamp's label, not a name.)
  if (dateLine(line) !== null) return null;
  // ("Dana Whitfield danaw.eth January 20th, 2025": the writer's handle between name and date.)
  const names = line.slice(0, found.start).replace(/[\s·|•,–—-]+$/, '').replace(HANDLE_AFTER_NAME, '');
  const listed = nameList(names);
  if (listed.length >= 2) return { author: listNames(listed), iso: found.iso };
  return isPersonName(names) ? { author: nameOnly(names), iso: found.iso } : null;
}

/** Names, a comma, then an institution's name in title case. */
const AFFILIATED_NAMES = /^(.+?),\s+\p{Lu}[\p{L}'’.&-]*(?:\s+(?:[\p{Lu}&][\p{L}'’.&-]*|of|and|for|the|at|in|on|de|du|des|la|le)){0,8}$/u;

/**
 * A name on a line of its own, as a byline under the headline prints it: "Keisha Oduya"; "B.Enkhjin" (a father's
 * initial before the given name, as Mongolian names are written); "Anjali Menon | Kochi" (then the place the reporter
 * files from); "原田ゆき｜Yuki Harada" (in both scripts: the Latin one). The name, or ''.
 */
function nameAlone(line: string): string {
  if (isPersonName(line) || /^\p{Lu}\.\s?\p{Lu}\p{Ll}{2,}$/u.test(line)) return line;
  const placed = /^(.+?)\s+[|·•]\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?$/u.exec(line)?.[1] ?? '';
  if (isPersonName(placed)) return placed;
  // "Priya Nandakumar and Cole Brandt, Palouse Valley Community College GIS Program": the names, then where they work.
  // (Not a list of names, "Ingrid Solvang-Mutua, Rafael Kostecki-Arrow and Amaya Lindqvist-Obi", read elsewhere.)
  // (Nor a name and the outlet it writes for, "Tessa Vanderlee, The Maple Press", a byline read with its outlet.)
  const affiliated = nameList(line).length === 0 && nameThenOutletLine(line) === null ? (AFFILIATED_NAMES.exec(line)?.[1] ?? '') : '';
  if (isPersonName(affiliated)) return affiliated;
  const listed = nameList(affiliated);
  return listed.length >= 2 ? listNames(listed) : bilingualName(line);
}

/** "原田ゆき｜Yuki Harada", "黃曉彤 | Wong Hiu-tung": a name in Chinese, Japanese or Korean beside its Latin spelling; the Latin one. */
function bilingualName(line: string): string {
  const parts = line.split(/\s*[｜|／/]\s*/);
  if (parts.length !== 2) return '';
  const cjk = parts.find((p) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・]{2,8}$/u.test(p));
  const latin = parts.find((p) => p !== cjk && isPersonName(p));
  return cjk !== undefined && latin !== undefined ? latin : '';
}

/** Authors as a byline lists them: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** A page's closing list of who did what ("Credits", "Acknowledgements"). */
const CREDITS_HEADING = /^(?:credits|acknowledge?ments|contributors|production credits|project credits|episode credits|show credits)\s*:?$/i;

/** A blog's "Posted by Alex Morgan at 9:41 PM" or a column's "— Name" under the post: the author, when the head named none. */
export function authorBelow(lines: readonly string[], after: number): string {
  for (let i = after + 1; i <= after + 3 && i < lines.length; i++) {
    const line = lines[i] ?? '';
    // "Credits" / "Instructor: Dr. Helena Marsh": who helped make the page, listed by their parts, is no signature.
    if (CREDITS_HEADING.test(line)) return '';
    if (isBylineLine(line)) return parseByline(line).author;
    // "— Anya Petrosyan": a column or a post signed at its foot.
    const signed = /^[—–―]{1,2}\s*(.+)$/.exec(line)?.[1] ?? '';
    if (signed !== '' && isPersonName(signed)) return withoutTrailingEmoji(signed);
    // "— Story by Rhonda Keller, Gazette staff": a byline signed at the foot.
    if (signed !== '' && BYLINE_PREFIX.test(signed)) {
      const { author } = parseByline(signed);
      if (author !== '') return author;
    }
    // "Nguyen Thu Trang" alone straight under the last paragraph, then the share bar or the page's end: many news sites sign there.
    const next = lines[i + 1];
    const signsOff = next === undefined || isTailMarker(next) || junkRule(next) === 'share-bar';
    if (i === after + 1 && countWords(line) <= 4 && isPersonName(line) && signsOff) return line;
    // "Annelise Ng-Carter, Studio Director" there: a post signed with the writer's name and job.
    // (The name ends at the separator before the job: a comma, a bar or a dash, never a name's own hyphen.)
    if (i === after + 1 && signsOff && nameAndJob(line) !== null) return (line.split(/\s*(?:,|\||–|—|--)\s*|\s+-\s+/)[0] ?? '').trim();
    // "Dolores Achterberg, Modesto": a letter to the editor signed with the writer's name and town.
    const letter = i === after + 1 ? letterSignature(line) : '';
    if (letter !== '') return letter;
    // "Sincerely," / "Angela M. Castillo, Ed.D.": a letter signed under its closing, degrees after the name.
    const closed = signedUnderClosing(lines, i);
    if (closed !== '') return closed;
  }
  return '';
}

/** The name signed under a letter's closing ("Sincerely," / "Angela M. Castillo, Ed.D."), if line `i` is that closing. */
function signedUnderClosing(lines: readonly string[], i: number): string {
  if (junkRule(lines[i] ?? '') !== 'valediction') return '';
  const signed = (lines[i + 1] ?? '').replace(POST_NOMINALS, '').replace(RANK_BEFORE_NAME, '').trim();
  return isPersonName(signed) && countWords(signed) <= MAX_SIGNATURE_WORDS ? signed : '';
}

/**
 * The first name signed under a closing anywhere after line `from` ("See you down the road," / "Marla Pettibone" /
 * "Editor, Gate & Grounds"): a newsletter's editor signs the note whatever the issue prints after it (its listings, a
 * column), where the last paragraph kept may lie below.
 */
export function signerBelow(lines: readonly string[], from: number): string {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const signed = signedUnderClosing(lines, i);
    if (signed !== '') return signed;
  }
  return '';
}

/** An e-mail's header field ("Subject:" beside "From:", "To:", "Date:"): the message's subject, not a letter's. */
function amongMailHeaders(lines: readonly string[], i: number): boolean {
  return lines.slice(Math.max(0, i - MAIL_HEADER_REACH), i + MAIL_HEADER_REACH + 1).some((l, k) => k !== Math.min(i, MAIL_HEADER_REACH) && /^(?:from|to|cc|date|sent)\s*:/i.test(l));
}
const MAIL_HEADER_REACH = 3;

/**
 * A memo's subject field, "RE: Wildlife and Plant Sale Listings on RedNote …", with its TO or FROM field within
 * MEMO_FIELD_REACH lines: no reply (whose subject a mail client labels "Subject: RE: …", a forum "Re: …" alone).
 */
function isMemoSubject(lines: readonly string[], i: number): boolean {
  if (!/^\s*(?:RE|Re)\s*:\s*(?!re\s*:)\S/i.test(lines[i] ?? '')) return false;
  return lines.slice(Math.max(0, i - MEMO_FIELD_REACH), i + MEMO_FIELD_REACH + 1).some((l) => MEMO_FROM.test(l) || /^\s*(?:TO|To)\s*:\s+\S/.test(l));
}

/** A reply's subject line, numbered as a forum numbers its replies or not: "Re:", "AW:", "SV:", "Antw:". */
const REPLY_SUBJECT = /^(?:#?\d{1,4}[.):]?\s+)?(?:re|aw|sv|vs|antw|odp)\s*(?:\[\d+\])?\s*:\s*\S/i;

/** A signature's name: a few words. */
const MAX_SIGNATURE_WORDS = 5;

/** The head of the page: up to the second paragraph of prose (a standfirst may sit between headline copies). */
function headLimit(lines: readonly string[]): number {
  let prose = 0;
  let screenful = 0;
  for (let i = 0; i < Math.min(lines.length, MAX_HEAD_SCAN); i++) {
    const line = lines[i] ?? '';
    // (A cookie banner's or a newsletter box's sentences, which a rule names, are not the story beginning.)
    if (isProseLine(line) && junkRule(line) === null && ++prose === 2) return i + 1;
    // A menu's items ("News", "Local News", "7-Day Forecast") take a line each where a browser sets them in a row.
    if (countWords(line) > MAX_MENU_ITEM_WORDS && ++screenful === HEAD_LINES) return i + 1;
  }
  return Math.min(lines.length, MAX_HEAD_SCAN);
}

const SENTENCE_CASE_SHARE = 0.3;

/** A line this long printed again below the head is the headline repeated, not a label every list prints. */
const MIN_LATER_COPY_WORDS = 5;
const laterCopySets = new WeakMap<readonly string[], Set<string>>();

/** A contents entry's or a heading's key, its number left out ("2. How it began", "3 - Greetz", "2.1 Setup"). */
function entryKey(line: string): string {
  return comparable(line.replace(/^\(?\d{1,2}(?:\.\d{1,2})*[.)]?(?:\s+[-–—:])?\s+/, ''));
}

/** The lines below the head, as comparable keys (once per page). */
function laterCopies(lines: readonly string[]): Set<string> {
  let keys = laterCopySets.get(lines);
  if (keys === undefined) {
    keys = new Set(lines.slice(headLimit(lines)).map(entryKey));
    laterCopySets.set(lines, keys);
  }
  return keys;
}

/** Stamps a post header sets on lines of their own under its date: a separator, the reading time. */
const STAMP_BESIDE_DATE = new Set(['no-words', 'reading-time']);
const MAX_STAMP_LINES_ABOVE = 2;

/** Words of a line that make it a paragraph of some text, whatever its shape (a JSON field's story). */
const MIN_PARAGRAPH_WORDS = 25;

/** Sees every page's scored headline candidates, the rules then choosing alone: `npm run train:headlines` learns from them. */
let candidateObserver: ((candidates: readonly HeadlineCandidate[]) => void) | null = null;

export function observeHeadlineCandidates(observer: ((candidates: readonly HeadlineCandidate[]) => void) | null): void {
  candidateObserver = observer;
}

function pickHeadline(candidates: Candidate[], lines: readonly string[], firstProse: number, echoes: readonly string[], siteKeys: ReadonlySet<string>, slug: ReadonlySet<string> = new Set()): Candidate | null {
  let best: Candidate | null = null;
  // The candidates the rules scored, in page order (those they ruled out are no headline whatever the model says).
  const scored: Candidate[] = [];
  // The page's own address spells its headline in its last part ("/tiktok-shop-sellers-blackout-rednote-lemon8"): of a
  // headline and the dek under it, the one whose words it shares most.
  const slugShared = (c: Candidate) => c.key.split(' ').filter((w) => slug.has(w)).length;
  const mostShared = Math.max(0, ...candidates.map(slugShared));
  // The body's writing system: a headline is written in the language of its story (a Chinese profile's tagline over an
  // English post is the author's, not the post's headline).
  const bodyScript = firstProse >= 0 ? scriptOf(lines.slice(firstProse, firstProse + PROSE_SCRIPT_LINES).join(' ')) : null;
  candidates.forEach((c, order) => {
    // A name a copyright notice gives is the site's, however often its header prints it.
    if (siteKeys.has(c.key)) return;
    let score = 0;
    // A copy beside the same neighbour is a menu printed twice (top and foot of the page), not the headline repeated.
    const sameNeighbour = (i: number) => [-1, 1].some((d) => lines[i + d] !== undefined && lines[i + d] === lines[c.index + d]);
    // (A line printed twice on consecutive lines, a sentence or not, is a photo's alt text over its caption, not a headline
    // printed again: "Ciara Moynihan with a loaf of the soda bread …" twice. A breadcrumb ending in the headline, right
    // above it, still echoes it.)
    const repeats = echoes.filter((key, i) => i !== c.index && key === c.key && !sameNeighbour(i) && !(Math.abs(i - c.index) === 1 && lines[i] === lines[c.index])).length;
    // Printed on every page (a report's running header), a line is the document's furniture, not its headline.
    if (repeats >= MAX_HEADLINE_REPEATS || lines.filter((l) => l === lines[c.index]).length >= MAX_HEADLINE_REPEATS) return;
    // A label of a word or two printed twice ("Answer", "Austral News") is a menu's or a logo's; a headline printed twice says more.
    if (repeats > 0) score += countWords(c.core) >= 3 ? 4 : 1;
    // Printed again further down the page (a "Most popular" list, a print view's footer) a headline still names the page.
    else if (countWords(c.core) >= MIN_LATER_COPY_WORDS && laterCopies(lines).has(c.key)) score += 2;
    // A shorter copy above it (a breadcrumb's or a tab's "TikTok Refugees and RedNote" over "TikTok Refugees and RedNote: A
    // Research Guide") names the page too.
    else if (echoes.some((key, i) => i < c.index && key !== '' && countWords(key) >= 3 && c.key.startsWith(`${key} `))) score += 2;
    // Headline, then a longer unpunctuated line: the dek under it.
    // A one- or two-word label (a section kicker) above the headline gains nothing from what follows it.
    // So does a kicker in capitals, perhaps a section path ("TECH / CHINA TECH").
    const label = countWords(c.core) <= 2 || isCapitalKicker(c.core);
    // (A headline set on two lines is measured from its second.)
    const end = c.index + (c.lines ?? 1) - 1;
    const next = candidates.find((o) => o.index === end + 1);
    // …then a byline, a date or the body: a site's tagline under its name is followed by its menu instead.
    const afterNext = [lines[end + 2] ?? '', lines[end + 3] ?? ''];
    const dek =
      !label &&
      next !== undefined &&
      // (a dek runs on: longer by half and ten words at least; a headline under a tagline is a line of its own size)
      countWords(next.core) >= Math.max(MIN_DEK_WORDS, 1.5 * countWords(c.core)) &&
      !/[.!?]$/.test(next.core) &&
      // (in the headline's writing system: an English headline under a Chinese profile's tagline is no dek of it)
      sameScript(c.core, next.core) &&
      afterNext.some((l) => isBylineLine(l) || dateLine(l) !== null || isProseLine(l));
    // A headline in title case over a line of about its length in sentence case, then the byline: the line under it is
    // the dek however long ("Grandparents Are Following the Grandkids to RedNote. Here’s What to Know First" / "Curious
    // about the Chinese app your family just joined? …").
    const casedDek =
      !label && next !== undefined && capitalShare(c.core) >= TITLE_CASE_SHARE && capitalShare(next.core) <= SENTENCE_CASE_SHARE && countWords(next.core) >= MIN_DEK_WORDS / 2 && isBylineLine(afterNext[0] ?? '');
    if (dek || casedDek) score += 2;
    // A date right above: a blog's post header ("Saturday, January 18, 2025", then the post's title).
    // (Its other stamps may come between, each on its line: "January 18, 2025" / "·" / "4 min read".)
    let above = c.index - 1;
    while (above > c.index - 1 - MAX_STAMP_LINES_ABOVE && STAMP_BESIDE_DATE.has(junkRule(lines[above] ?? '') ?? '')) above--;
    if (!label && dateLine(lines[above] ?? '') !== null) score += 2;
    // Headline, then byline or date: the strongest layout signal a page has.
    let byline = false;
    let linesBetween = 0;
    // Within three lines, not counting controls (tabs, tool links) between the headline and its byline
    // (a list of authors' names is a byline).
    // (Furniture between them, "Article réservé aux abonnés", leaves the line after it next to the headline.)
    let nextTo = end + 1;
    for (let k = end + 1, seen = 0; seen < 3 && k < Math.min(lines.length, end + 12); k++) {
      const next = lines[k] ?? '';
      if (WIKI_TAGLINE.test(next) || (!label && (isBylineLine(next) || LONE_BY.test(next) || NAME_AND_OUTLET.test(next) || (k === end + 1 && isPersonName(NAME_DOT_OUTLET.exec(next)?.[1] ?? '')) || dateLine(next) !== null || isAuthorLine(lines, k) || nameList(next).length >= 2 || namesThenDate(next) !== null || signsBody(lines, k)))) {
        byline = true;
        linesBetween = seen;
        break;
      }
      // A standfirst of a sentence or two may stand between the headline and its byline; the body may not.
      if (isProseLine(next) && !(k === nextTo && !label && countWords(next) <= MAX_STANDFIRST_WORDS)) break;
      const rule = junkRule(next);
      if (k === nextTo && rule !== null && !isProseLine(next)) nextTo++;
      if (rule !== 'site-chrome' && rule !== 'wiki-tools') seen++;
    }
    // The line straight above the byline more than one a line further up (a related story's headline over the article's own).
    if (byline) score += linesBetween === 0 ? 3 : 2;
    const bylineNext = [1, 2].some((k) => {
      const l = lines[c.index + k] ?? '';
      return isBylineLine(l) || dateLine(l) !== null || (k === 1 && isPersonName(l) && dateLine(lines[c.index + 2] ?? '') !== null);
    });
    // A full stop ends sentences, and only some headlines ("… Not Quite."): such a line needs the page's layout to say it is one,
    // and a whole sentence of prose needs the page to print it twice.
    // (Or a post's header right above it: "27 Jan 2025 3:12 PM | Linda Whitcomb (Administrator)" / "Our members met … Here's what happened.")
    // (A header naming its poster: a bare "Posted Sat 18 Jan 2025" over a caption stamps a story headlined above it.)
    const header = lines[c.index - 1] ?? '';
    const headerAbove = c.index <= firstProse && isBylineLine(header) && findDate(header) !== null && parseByline(header).author !== '';
    if (/[^.]\.$/.test(c.core) && repeats === 0 && !byline && !dek && !headerAbove) return;
    // Nor are people's names: an author block, a list of authors, a name and a job ("Carla Whitfield, Deputy Spokesperson").
    // (Nor names followed by where they work: "Priya Nandakumar and Cole Brandt, Palouse Valley Community College".)
    const named = nameAlone(c.core);
    if (isAuthorLine(lines, c.index) || nameList(c.core).length >= 2 || nameAndJob(c.core) !== null || (named !== '' && named !== c.core)) return;
    // Nor is the line under a list of writers: their paper or school ("The Lakeshore Ledger, Lakeshore State University").
    if (nameList(lines[c.index - 1] ?? '').length >= 2) return;
    // Nor is an account's name over its audience ("Brookhaven Heights Police Department" / "2,914 subscribers").
    // (The name may be printed twice, with a follow button, over the count: "Meridian Business Daily" / "Follow" / "188.4K Followers".)
    if ([1, 2, 3].some((k) => AUDIENCE_COUNT.test(lines[end + k] ?? '') && lines.slice(end + 1, end + k).every((l) => l === lines[c.index] || /^\+?\s?(?:follow|subscribe|join)$/i.test(l)))) return;
    // …unless a byline or date follows at once: "On RedNote, strangers are helping teens. Teachers aren't sure." / name / date.
    // (the first such line of the page: under the body, name and date over a sentence are a reader's comment).
    // So does a question heading a Q&A page ("Why are Americans moving to RedNote …?"), when it opens the page.
    const opensPage = c.index <= firstProse && countWords(c.core) <= MAX_SENTENCE_HEADLINE_WORDS;
    const sentenceHeadline = repeats === 0 && isProseLine(c.core);
    // A post's header above its title line ("Denise Kowalczyk-Reyes" / "January 16, 2025" / "Shared with Public group" /
    // "📌 NEWBIE GUIDE: How to survive … (please read before posting!) 📌"): the date a few lines up stamps it.
    const stampedAbove = headerAbove || [1, 2, 3].some((k) => dateLine(lines[c.index - k] ?? '') !== null && !candidates.some((o) => o.index > c.index - k && o.index < c.index));
    if (sentenceHeadline && !(opensPage && (bylineNext || stampedAbove || QUESTION_END.test(c.core)))) return;
    // A sentence straight under a headline-shaped line that is none ("Beauty TikTokers Fled to RedNote. They Came Back …" /
    // "From 'Douyin makeup' to SPF debates, a week on Xiaohongshu rewired …") is its standfirst.
    // (A line of furniture may part them: "Article réservé aux abonnés".)
    const over = candidates[order - 1];
    const under = (a: { index: number; lines?: number }) => {
      const between = lines.slice(a.index + (a.lines ?? 1), c.index);
      return between.length <= 1 && between.every((l) => junkRule(l) !== null && !isProseLine(l));
    };
    if (sentenceHeadline && over !== undefined && over.index < c.index && under(over) && countWords(over.core) >= (QUESTION_END.test(c.core) ? 4 : 3) && !SENTENCE_END.test(over.core) && !isCapitalKicker(over.core)) return;
    // A page that opens with a whole sentence or question in headline position says so plainly.
    if (sentenceHeadline) score += 2;
    // (Not over a headline-shaped line straight above the byline: a chat's "Article from today's paper 👇" over the headline.)
    if (order === 0 && !(byline && linesBetween > 0 && next !== undefined && nameAlone(next.core) === '')) score += 1;
    const words = countWords(c.core);
    if (words >= 4 && words <= 30) score += 1;
    else if (words <= 2) score -= repeats > 0 ? 1 : 3;
    // (A lone sentence above a signed headline is the site's blurb, "Bedside Notes is Physilink's collaborative blog …",
    // not the body begun: the body runs on for paragraphs.)
    // (Signed and dated at once, a headline's length, no sentence: "Groceries: oat milk, eggs." over a diary's date is none.)
    const blurbAbove =
      byline &&
      countWords(c.core) >= MIN_SIGNED_HEADLINE_WORDS &&
      !SENTENCE_END.test(c.core) &&
      [1, 2, 3].some((k) => dateLine(lines[end + k] ?? '') !== null) &&
      lines.slice(firstProse, c.index).filter((l) => isProseLine(l)).length <= 1;
    // (Nor does a headline its writer signs at once, "By Dwayne Kessler": a newsletter's greeting above it is no story.)
    if (firstProse >= 0 && c.index > firstProse && repeats === 0 && !blurbAbove && !signedBy(lines[end + 1] ?? '')) score -= 3;
    if (isProseLine(lines[c.index + 1] ?? '') || isProseLine(lines[c.index + 2] ?? '')) score += 1;
    // A subheading ends in "?" or reads like a label; a headline rarely is a single capitalised phrase of two words.
    if (isCapitalKicker(c.core)) score -= 2;
    // A line in capitals is a show's, a section's or a masthead's name more often than a headline; a whole question in
    // capitals ("WHY ARE 700,000 AMERICANS SUDDENLY ON A CHINESE APP?") is a post's hook, its headline.
    else if (!/\p{Ll}/u.test(c.core) && /\p{Lu}/u.test(c.core) && !(countWords(c.core) >= MIN_CAPITAL_HOOK_WORDS && /\?$/.test(withoutTrailingEmoji(c.core).trimEnd()))) score -= 2;
    // A headline a column breaks over three lines is set in display type: the page's largest.
    if ((c.lines ?? 1) >= 3) score += 2;
    // A line that carries its own air or publication stamp is the item's title line.
    if (c.stamped === true) score += 2;
    // A field that says it holds the headline ("Title: …", a newsroom system's "WEB HED: …") is the headline.
    // (A forum's "Topic:" or a channel's may be its subject line, not the piece's headline.)
    if (TITLE_FIELD.test(lines[c.index] ?? '') || (MEMO_SUBJECT.test(lines[c.index] ?? '') && !amongMailHeaders(lines, c.index))) score += 3;
    // A newsletter e-mail's subject (one whose mailer frames it: "View this email in your browser", "Unsubscribe") names
    // its issue, "January at Alder & Tide + a story from RedNote"; the story under the masthead prints its own headline.
    if (MEMO_SUBJECT.test(lines[c.index] ?? '') && amongMailHeaders(lines, c.index) && lines.some((l) => junkRule(l) === 'email-frame')) score -= NEWSLETTER_SUBJECT_PENALTY;
    if (mostShared >= MIN_SLUG_WORDS && slugShared(c) === mostShared) score += 2;
    const script = scriptOf(c.core);
    if (bodyScript !== null && script !== null && script !== bodyScript) score -= 3;
    c.score = score;
    scored.push(c);
    if (best === null || score > best.score) best = c;
  });
  // Below zero the best is a subheading after the body has begun: the page printed no headline.
  if (best === null || (best as Candidate).score < 0) return null;
  // Of the lines the rules scored, the learned model (headlineModel.ts) weighs which is the headline.
  // (Never a line below a paragraph the rules' choice stands above: what is above the headline goes, and that paragraph
  // with it.)
  const top = (best as Candidate).index;
  const paragraphAbove = (c: Candidate) => c.index > top && lines.slice(top + 1, c.index).some((l) => isProseLine(l) || countWords(l) >= MIN_PARAGRAPH_WORDS);
  const bestEnd = top + ((best as Candidate).lines ?? 1) - 1;
  const weighed = scored.map((candidate, order) => ({ candidate, text: candidate.core, score: candidate.score, order, lead: leadOverlap(lines, candidate) }));
  // (While they are observed for training, the rules choose alone: what the model learns never depends on itself.)
  if (candidateObserver) {
    candidateObserver(weighed);
    return best;
  }
  // (Nor a line of the rules' choice itself, a headline set over two lines, nor the line straight under it, its dek or its
  // subtitle, nor a person's name. The rules' choice stays a candidate, though it reads as a name, where the story's
  // opening under it tells of its words: "TikTok Goes Dark" over "… TikTok's parent company …", not "Toggle Night Vision".)
  const namedStory = (weighed.find((w) => w.candidate === best)?.lead ?? 0) > 0;
  const eligible = (c: Candidate) => (c === best && namedStory) || (!paragraphAbove(c) && !(c.index > top && c.index <= bestEnd + 1) && !isPersonName(c.core));
  return likeliestHeadline(weighed, (c) => eligible(c.candidate))?.candidate ?? best;
}


/** A byline that opens on "By" and names a writer: "By Dwayne Kessler, Technical Support Manager", "Written by Jordan Pruitt". */
function signedBy(line: string): boolean {
  // (Not a sentence opening on a date: "By February 14, 2025, edit or remove any post …".)
  return /^(?:by|written by|words by)\s+\S/i.test(line) && !hasProseShape(line) && parseByline(line).author !== '';
}

/**
 * Points a newsletter's subject loses to the headlines its body prints (tuned on the tune pages' e-mails: 2 to 5 alike;
 * at 4,241 pages 4: at 3 a sauna society's letter tied its subject with its story's headline, and the subject came first).
 */
const NEWSLETTER_SUBJECT_PENALTY = 4;

/** Words of a headline a byline and date sign under a lone sentence of the site's (its blurb): a job title is fewer. */
const MIN_SIGNED_HEADLINE_WORDS = 5;

/** A writer's e-mail address or handle alone on its line. */
const CONTACT_ALONE = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.]{2,30})$/;

/** Menu items in a row on each side of a sentence that make it a banner inside the menu, not the body's start. */
const MENU_AROUND_BANNER = 3;

/** A sentence set amid the menu's items, those above it and those below. */
function menuFollows(lines: readonly string[], i: number): boolean {
  const menu = (run: readonly string[]) => run.length === MENU_AROUND_BANNER && run.every((l) => countWords(l) <= MAX_MENU_ITEM_WORDS && !SENTENCE_END.test(l));
  return menu(lines.slice(Math.max(0, i - MENU_AROUND_BANNER), i)) && menu(lines.slice(i + 1, i + 1 + MENU_AROUND_BANNER));
}

/** "You are here:" alone on its line, as sites in English and other languages label a breadcrumb trail. */
const TRAIL_LABEL =
  /^(?:you are here|du er her|du är här|olet tässä|vous êtes ici|sie sind hier|usted está aquí|está aquí|estás aquí|você está aqui|ti trovi (?:in|qui)|u bent hier|jesteś tutaj|nacházíte se|buradasınız|anda (?:berada )?di sini|ön itt van|esteți aici|þú ert hér)\s*:?$/iu;

/** Lines from the first of the body read for its writing system. */
const PROSE_SCRIPT_LINES = 5;
/** Lines read for the page's writing system: its story's, however long its chrome. */
const SCRIPT_SCAN_LINES = 400;

/** The writing system most of a page's prose is in (null when none is most of it). */
function proseScript(lines: readonly string[]): string | null {
  return scriptOf(lines.slice(0, SCRIPT_SCAN_LINES).filter((l) => hasProseShape(l)).join(' '));
}

/** Whether a line is in the page's writing system, as far as either says. */
function inScript(line: string, script: string | null): boolean {
  const own = script === null ? null : scriptOf(line);
  return own === null || own === script;
}
/** Share of a text's letters in one writing system that makes it that system's. */
const SCRIPT_SHARE = 0.8;

/** The writing system a text is written in (Chinese, Japanese or Korean characters, or an alphabet of ALPHABETS); null when mixed or none. */
function scriptOf(text: string): string | null {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  // (A word in an alphabet counts as much as a Chinese, Japanese or Korean character: both are one word's worth of headline.)
  const counts = new Map<string, number>([['cjk', cjk]]);
  for (const [name, pattern] of ALPHABETS) counts.set(name, (text.match(pattern) ?? []).length);
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  if (all === 0) return null;
  for (const [name, count] of counts) if (count / all >= SCRIPT_SHARE) return name;
  return null;
}

/** Alphabets a headline may be written in, each matching one word. */
const ALPHABETS: readonly [string, RegExp][] = [
  ['latin', /\p{Script=Latin}+/gu],
  ['cyrillic', /\p{Script=Cyrillic}+/gu],
  ['arabic', /\p{Script=Arabic}+/gu],
  ['hebrew', /\p{Script=Hebrew}+/gu],
  ['greek', /\p{Script=Greek}+/gu],
  ['devanagari', /\p{Script=Devanagari}+/gu],
  ['thai', /\p{Script=Thai}+/gu],
];

/** Whether two texts are in the same writing system, as far as either says. */
function sameScript(a: string, b: string): boolean {
  const [x, y] = [scriptOf(a), scriptOf(b)];
  return x === null || y === null || x === y;
}

/** Words of a question in capitals that make it a headline, not a name. */
const MIN_CAPITAL_HOOK_WORDS = 6;

/** Words a headline must share with the page's address before the address speaks for it. */
const MIN_SLUG_WORDS = 3;

/**
 * The words of the last part of the page's own address printed above its body ("https://marketlane.news/a/tiktok-shop-
 * sellers-blackout-rednote-lemon8"), as `comparable` spells words; none when the page prints no address or the address
 * has no words (an id, a query).
 */
function slugWords(lines: readonly string[], firstProse: number): Set<string> {
  const end = firstProse < 0 ? Math.min(lines.length, 40) : firstProse;
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('http')) continue;
    const url = urlOf(line);
    if (url === '') continue;
    const slug = slugOf(url);
    if (slug.size > 0) return slug;
  }
  return new Set();
}

/** The words an address spells in its last part ("/brands-rush-to-rednote-tiktok-refugees"), of three letters or more. */
function slugOf(url: string): Set<string> {
  const parts = new URL(url).pathname.split('/').filter((p) => /[a-z]{3,}[-_][a-z]/i.test(p));
  const last = parts.at(-1);
  if (last === undefined) return new Set();
  return new Set(comparable(decodeURIComponent(last).replace(/\.[a-z]{2,5}$/i, '').replace(/[-_]+/g, ' ')).split(' ').filter((w) => w.length > 2));
}

/** Whether an address spells the headline: MIN_SLUG_WORDS of its words or more, and most of the address's. */
function spellsHeadline(url: string, title: string): boolean {
  const slug = slugOf(url);
  const shared = comparable(title).split(' ').filter((w) => slug.has(w)).length;
  return shared >= MIN_SLUG_WORDS && shared * 2 >= slug.size;
}

/** A section's name in capitals over the headline: "WORLD", "TECH / CHINA TECH" (at most three words a level). */
function isCapitalKicker(line: string): boolean {
  return /^[\p{Lu}\d\s&'’/|›>-]+$/u.test(line) && line.split(/\s*[/|›>]\s*/).every((level) => countWords(level) <= 3);
}

/** No headline-shaped line: the first line that is not furniture, shortened. */
function fallbackTitle(lines: readonly string[]): string {
  const line = lines.find((l) => junkRule(l) === null && /\p{L}/u.test(l)) ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
