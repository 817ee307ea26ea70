/** Characters Discord markdown gives meaning to; escaped so corpus or user text shows literally. */
const MARKDOWN = /[\\*_~`|[\]]/g;
const LINE_START = /^([>#-])/gm;

export function escapeMarkdown(text: string): string {
  // Mentions cannot ping (allowed_mentions is empty) but would still render as links: break them.
  return text
    .replace(MARKDOWN, (c) => `\\${c}`)
    .replace(LINE_START, '\\$1').replace(/@(everyone|here)/g, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/** Escapes the text and wraps the highlighted ranges in bold. */
export function boldRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  // Neighbouring matches separated only by spaces read as one phrase: **new users**, not **new** **users**.
  const phrases: [number, number][] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    const last = phrases.at(-1);
    if (last && /^[ \t]+$/.test(text.slice(last[1], start))) last[1] = end;
    else phrases.push([start, end]);
    at = end;
  }
  let out = '';
  at = 0;
  for (const [start, end] of phrases) {
    out += escapeMarkdown(text.slice(at, start));
    out += `**${escapeMarkdown(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeMarkdown(text.slice(at));
}

/** A masked link whose label cannot break out of its brackets. */
export function maskedLink(label: string, url: string): string {
  // encodeURIComponent leaves parentheses alone, and a ")" would end the link early.
  return `[${label.replace(/[[\]]/g, '')}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}
