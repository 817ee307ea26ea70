/**
 * Text recognised (OCR) from a run of phone screenshots of one article: each screen opens on the status bar's clock
 * ("9:41") and signal line, repeats the app's header and tab bar, and, scrolled, repeats a few lines the screen before
 * ended on. The screens are stitched back into one text: status bars, the header and tab bar every screen prints, and
 * the lines a screen repeats from the one before are read once.
 */

/** "9:41", "12:07 PM": a status bar's clock, alone on its line. */
const CLOCK = /^\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?$/;
/** Screens a capture needs before it is read as one. */
const MIN_SCREENS = 3;
/** "ull 5G ■■■)", "LTE 87%": the signal and battery line under the clock. */
const SIGNAL = /\b[345]G\b|\bLTE\b|Wi-?Fi|[■▮▯]|\b\d{1,3}\s?%/;
/** A screen repeats at most this many lines of the one before (a scroll keeps a sentence or two in view). */
const MAX_OVERLAP_LINES = 8;
/** Where a repeat is looked for: the previous screen's last lines (an ad or a tab bar may follow the text it repeats). */
const OVERLAP_WINDOW = 16;
/** OCR reads a line printed on every screen a little differently ("e-Editlon"): letters that may differ. */
const MAX_OCR_SLIPS = 2;

/** Lines at a screen's top and at its bottom where an app prints its header and tab bar. */
const EDGE_LINES = 2;
/** Share of the other screens that print a line at their edge for it to be the app's. */
const CHROME_SHARE = 0.75;

const key = (line: string) => line.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Same line, allowing the OCR's slips in a line of the same length. */
function sameLine(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < 6) return false;
  let slips = 0;
  for (let i = 0; i < a.length && slips <= MAX_OCR_SLIPS; i++) if (a[i] !== b[i]) slips++;
  return slips <= MAX_OCR_SLIPS;
}

export function readScreenCaptures(text: string): string | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.trim());
  const clocks = lines.flatMap((l, i) => (CLOCK.test(l) && SIGNAL.test(lines[i + 1] ?? '') ? [i] : []));
  if (clocks.length < MIN_SCREENS) return null;
  const before = lines.slice(0, clocks[0]);
  const screens = clocks.map((start, k) => lines.slice(start + 2, clocks[k + 1] ?? lines.length).filter((l) => l !== ''));
  // A line at a screen's top or bottom that nearly every other screen prints there too (the app's header, its tab bar)
  // is the app's, not the article's. (A line the next screen repeats after a scroll is printed by two screens only.)
  const keys = screens.map((screen) => screen.map(key));
  const edge = (screen: readonly string[]) => [...screen.slice(0, EDGE_LINES), ...screen.slice(-EDGE_LINES)];
  const needed = Math.max(2, Math.ceil(CHROME_SHARE * (screens.length - 1)));
  const chrome = (k: string, own: number) => keys.filter((other, j) => j !== own && edge(other).some((o) => sameLine(o, k))).length >= needed;
  const out: string[] = [];
  screens.forEach((screen, s) => {
    const content = screen.filter((_, i) => !((i < EDGE_LINES || i >= screen.length - EDGE_LINES) && chrome(keys[s]?.[i] ?? '', s)));
    // The lines this screen repeats from the last one: its first lines, found in a run among the last lines kept.
    const tail = out.slice(-OVERLAP_WINDOW).map(key);
    let skip = 0;
    for (let n = Math.min(MAX_OVERLAP_LINES, content.length); n >= 1 && skip === 0; n--) {
      const head = content.slice(0, n).map(key);
      // One line alone repeats only where the last screen ended: elsewhere it may be a line the article says twice.
      for (let at = n === 1 ? tail.length - 1 : 0; at >= 0 && at + n <= tail.length; at++) {
        if (head.every((h, i) => h !== '' && h === tail[at + i])) {
          skip = n;
          break;
        }
      }
    }
    out.push(...content.slice(skip));
  });
  return [...before, ...out].join('\n');
}
