/**
 * A screen reader's speech log saved as text (NVDA's Speech Viewer, JAWS's speech history, VoiceOver's caption panel):
 * each element is read as its role, then its text ("link  Skip to main content", "heading  level 1  Seattle
 * grandparents …", "button  Share on X"), regions are entered and left ("navigation landmark" … "out of navigation
 * landmark"), and an empty line is spoken as "blank". The page is read back without the roles: the regions a page
 * frames its article with (navigation, banner, sidebars, footer, dialogs, frames, figures, forms) are left out, buttons
 * and lists of links are no text, and headings become lines of their own.
 */

/** "out of navigation landmark", "out of list", "out of frame": a region left. A log holds many. */
const LEFT = /^out of ((?:[a-z]+ )*?(?:landmark|list|frame|dialog|figure|region|article|table|grouping|form|menu|toolbar|tab panel|document))$/;
/** Logs with fewer regions left than this are text that happens to say "out of …". */
const MIN_REGIONS_LEFT = 4;
/** Regions around the article: what is read inside them is never the article's text. */
const FURNITURE_REGION = /^(?:(?:navigation|banner|complementary|contentinfo|search|form) landmark|dialog|frame|figure|region|form|menu|toolbar)$/;
/** A role the reader speaks before an element's text. */
const ROLE = /^(?:visited |same page |unlabelled )?(?:link|graphic|clickable|edit|heading|list|blank|collapsed|expanded|button|combo box|check box|radio button|menu button|figure|frame|region|article|document)$/;

/** The region a line opens ("frame  Advertisement" opens a frame; "Cookie preferences  dialog" a dialog), or null. */
function opened(segments: readonly string[]): string | null {
  const first = segments[0] ?? '';
  const last = segments.at(-1) ?? '';
  for (const kind of [first, last]) if (FURNITURE_REGION.test(kind) || /landmark$/.test(kind)) return kind;
  return null;
}

export function readSpeechLog(text: string): string | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  if (lines.filter((l) => LEFT.test(l.trim())).length < MIN_REGIONS_LEFT) return null;
  const out: string[] = [];
  // The regions entered and not yet left, innermost last; lines are kept while none of them is furniture.
  const open: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const left = LEFT.exec(line);
    if (left) {
      const at = open.lastIndexOf(left[1] ?? '');
      if (at >= 0) open.length = at;
      continue;
    }
    const segments = line.split(/\s{2,}/).filter((s) => s !== '');
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
    // A button is no text; nor is a list's announcement with only its items' roles after it.
    if (first === 'button' || line === 'bottom' || line === 'top') continue;
    const heading = /^heading\s+level\s+\d\s+(.+)$/.exec(segments.join('  '));
    if (heading) {
      out.push('', (heading[1] ?? '').split(/\s{2,}/).filter((s) => !ROLE.test(s)).join(' '), '');
      continue;
    }
    // "list  with 4 items  button  Share on Facebook  button  Share on X …  out of list": a row of buttons is no text either.
    if (segments.filter((s) => s === 'button').length >= 2) continue;
    const words = segments.filter((s) => !ROLE.test(s) && !/^with \d+ items?$/.test(s) && !/^level \d$/.test(s) && !LEFT.test(s));
    if (words.length === 0) continue;
    // "link  Home  link  Technology  link  Social Media": a row of links (a breadcrumb, a menu, a tag list).
    const links = segments.filter((s) => /^(?:visited )?link$/.test(s)).length;
    out.push(links >= 2 ? words.join(' | ') : words.join(' '));
  }
  return out.join('\n');
}
