/**
 * A screen reader's speech log saved as text (NVDA's Speech Viewer, JAWS's speech history, VoiceOver's caption panel):
 * each element is read as its role, then its text ("link  Skip to main content", "heading  level 1  Seattle
 * grandparents …", "button  Share on X"), regions are entered and left ("navigation landmark" … "out of navigation
 * landmark"), and an empty line is spoken as "blank". The page is read back without the roles: the regions a page
 * frames its article with (navigation, banner, sidebars, footer, dialogs, frames, figures, forms) are left out, buttons
 * and lists of links are no text, and headings become lines of their own.
 */

import { SENTENCE_END } from './findMetadata.js';

/** "out of navigation landmark", "out of list", "out of frame": a region left. A log holds many. (JAWS: "list end", "figure end".) */
const LEFT = /^out of ((?:[a-z]+ )*?(?:landmark|list|frame|dialog|figure|region|article|table|grouping|form|menu|toolbar|tab panel|document))$|^(list|figure|table|frame|form|dialog) end$/;
/**
 * JAWS announces a landmark it enters as "banner region", "navigation region  Main menu", "content info region", and
 * never that it left one: the next landmark takes its place. Named as NVDA names them.
 */
const JAWS_REGION = /^(banner|navigation|search|main|complementary|content ?info|form) region$/;
/** …though a verbose setting has it say so: "complementary region end", the sidebar inside the article left. */
const JAWS_REGION_END = /^(banner|navigation|search|main|complementary|content ?info|form) region end$/;
/** "Share this story button collapsed", "Menu button expanded": a button's name, its role and state, as JAWS speaks them. */
const JAWS_BUTTON = /^\S.{0,60}\sbutton(?:\s+(?:collapsed|expanded|pressed|not pressed|menu))?$/;
/** "By link Renée Okafor": a byline whose name is a link. */
const BYLINE_LINK = /^(By)\s+(?:visited\s+)?link\s+(?=\p{Lu})/u;
/** Logs with fewer regions left (or, in JAWS's, entered) than this are text that happens to say "out of …". */
const MIN_REGIONS_LEFT = 4;
/** Regions around the article: what is read inside them is never the article's text. */
const FURNITURE_REGION = /^(?:(?:navigation|banner|complementary|contentinfo|search|form) landmark|dialog|frame|figure|region|form|menu|toolbar)$/;
/** A role the reader speaks before an element's text. */
const ROLE = /^(?:visited |same page |unlabelled )?(?:link|graphic|link graphic|graphic link|clickable|edit|heading|list|blank|collapsed|expanded|button|combo box|check box|radio button|menu button|figure|frame|region|article|document)$/;

/** The region a line opens ("frame  Advertisement" opens a frame; "Cookie preferences  dialog" a dialog), or null. */
function opened(segments: readonly string[]): string | null {
  const first = segments[0] ?? '';
  const last = segments.at(-1) ?? '';
  for (const kind of [first, last]) if (FURNITURE_REGION.test(kind) || /landmark$/.test(kind)) return kind;
  return null;
}

export function readSpeechLog(text: string): string | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  if (lines.filter((l) => LEFT.test(l.trim()) || JAWS_REGION.test(l.trim().split(/\s{2,}/)[0] ?? '')).length < MIN_REGIONS_LEFT) return null;
  const out: string[] = [];
  // The regions entered and not yet left, innermost last; lines are kept while none of them is furniture.
  const open: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const left = LEFT.exec(line);
    if (left) {
      const at = open.lastIndexOf(left[1] ?? left[2] ?? '');
      if (at >= 0) open.length = at;
      continue;
    }
    const regionEnd = JAWS_REGION_END.exec(line);
    if (regionEnd) {
      const at = open.lastIndexOf(`${(regionEnd[1] ?? '').replace(' ', '')} landmark`);
      if (at >= 0) open.length = at;
      continue;
    }
    const segments = line.split(/\s{2,}/).filter((s) => s !== '');
    const landmark = JAWS_REGION.exec(segments[0] ?? '');
    if (landmark) {
      open.length = 0;
      open.push(`${(landmark[1] ?? '').replace(' ', '')} landmark`);
      continue;
    }
    // "We value your privacy dialog": JAWS names a dialog before its role, in one phrase.
    if (segments.length === 1 && / dialog$/.test(line)) {
      open.push('dialog');
      continue;
    }
    const region = opened(segments);
    if (region !== null) {
      // The main landmark is the page's body: a banner or a menu the reader never said it left ends there.
      if (region === 'main landmark') open.length = 0;
      open.push(region);
      continue;
    }
    if (open.some((r) => FURNITURE_REGION.test(r))) continue;
    if (line === 'blank' || line === '') {
      out.push('');
      continue;
    }
    const first = segments[0] ?? '';
    // A button is no text; nor is a list's announcement with only its items' roles after it. (JAWS names a button before
    // its role and state, on one line: "Share this story button collapsed".)
    if (first === 'button' || line === 'bottom' || line === 'top' || JAWS_BUTTON.test(line)) continue;
    const heading = /^heading\s+level\s+\d\s+(.+)$/.exec(segments.join('  '));
    if (heading) {
      out.push('', (heading[1] ?? '').split(/\s{2,}/).filter((s) => !ROLE.test(s)).join(' '), '');
      continue;
    }
    // "list  with 4 items  button  Share on Facebook  button  Share on X …  out of list": a row of buttons is no text either.
    if (segments.filter((s) => s === 'button').length >= 2) continue;
    // ("list of 8 items": JAWS announcing a list.)
    if (/^list of \d+ items?$/.test(line)) continue;
    // ("link graphic  Cerritos Auto Square …": a linked picture, an advertisement's or a logo's, is no text.)
    if (/^(?:link graphic|graphic link|graphic)$/.test(first)) continue;
    // ("By link Renée Okafor": JAWS reads the byline's link role inside the phrase.)
    const words = segments.map((s) => s.replace(BYLINE_LINK, '$1 ')).filter((s) => !ROLE.test(s) && !/^with \d+ items?$/.test(s) && !/^level \d$/.test(s) && !LEFT.test(s));
    if (words.length === 0) continue;
    // "link  Home  link  Technology  link  Social Media": a row of links (a breadcrumb, a menu, a tag list).
    const links = segments.filter((s) => /^(?:visited )?link$/.test(s)).length;
    out.push(links >= 2 ? words.join(' | ') : words.join(' '));
  }
  return withParagraphEnds(out).join('\n');
}

/** A spoken line this much shorter than the log's width ends its paragraph; longer ones were cut at that width. */
const SHORT_LINE_SHARE = 0.8;
/** Lines this long or longer may have been cut at the log's width; the width is a high percentile of their lengths. */
const MIN_CUT_LINE = 40;
const WIDTH_PERCENTILE = 0.9;

/**
 * A log cuts long utterances at its width ("When Jomar Villanueva logged on … the Carson-based comedian" / "expected to
 * find …"), and each shorter line is an utterance of its own (the window's title, the page's, a byline): a blank line
 * after each of those keeps them from running into the next.
 */
function withParagraphEnds(lines: readonly string[]): string[] {
  // (The width most long lines reach, not the longest: a window's title may run past it.)
  const long = lines.map((l) => l.length).filter((n) => n >= MIN_CUT_LINE).sort((a, b) => a - b);
  const width = long[Math.floor(long.length * WIDTH_PERCENTILE)] ?? 0;
  const out: string[] = [];
  // A line the log cut mid-sentence runs on into the next, even one opening on a name ("… Her channel," / "Cooking by
  // Feel, has …"): joined here, where the log's own width is known. (A cut that fell at a sentence's end may end the
  // paragraph too: that is left to the text reader.)
  let cut = false;
  for (const l of lines) {
    const previous = out.at(-1) ?? '';
    // (Not the window's title, the log's first line, nor a row of links: neither was cut.)
    if (cut && l !== '' && out.length > 1 && !previous.includes(' | ') && !SENTENCE_END.test(previous)) out[out.length - 1] = `${previous} ${l}`;
    else out.push(l);
    cut = l !== '' && l.length >= SHORT_LINE_SHARE * width;
    if (l !== '' && !cut) out.push('');
  }
  return out;
}
