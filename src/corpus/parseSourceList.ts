import { isHttpUrl } from './manifest.js';

export interface SourceListEntry {
  number: number;
  outlet: string;
  title: string;
  url: string;
}

export type SourceListLine =
  | { kind: 'item'; item: SourceListEntry }
  | { kind: 'url' }
  | { kind: 'bad-url'; message: string }
  | { kind: 'other' };

const HEADING = /^(source list|sources|references|further reading)$/i;
const ITEM = /^(\d{1,3})[.)]\s+(.+)$/;
/** A bare address of any scheme: a link target, not a source. */
const LINK_TARGET = /^<?(?:[a-z][a-z\d+.-]*:|www\.)\S*>?$/i;
const URL_ONLY = /^<?(\S+?)>?$/;

export function isSourceListHeading(line: string): boolean {
  return HEADING.test(line.trim());
}

/**
 * One line of a "Source List": `1. Outlet – "Title"` (dash of any kind,
 * any quotes), optionally with the URL on the same line, or a URL line
 * completing the previous entry.
 */
export function parseSourceListEntry(line: string, previous: SourceListEntry | undefined): SourceListLine {
  const text = line.trim();
  const item = ITEM.exec(text);
  // "1. https://example.com/posts/": a text browser's list of the page's link targets, which names no outlet.
  if (item && LINK_TARGET.test(item[2] ?? '')) return { kind: 'other' };
  if (item) {
    const number = Number(item[1]);
    let rest = item[2] ?? '';
    let url = '';
    const inlineUrl = /\s(https?:\/\/\S+)$/.exec(rest);
    if (inlineUrl && isHttpUrl(inlineUrl[1] ?? '')) {
      url = inlineUrl[1] ?? '';
      rest = rest.slice(0, inlineUrl.index).trim();
    }
    const split = /^(.+?)\s+[–—-]\s+(.+)$/.exec(rest);
    const outlet = (split ? split[1] : rest)?.trim() ?? '';
    const title = split ? unquote(split[2] ?? '') : '';
    return { kind: 'item', item: { number, outlet, title, url } };
  }
  if (/^<?(https?:|www\.)/i.test(text)) {
    const url = URL_ONLY.exec(text)?.[1] ?? text;
    if (!previous || previous.url !== '') return { kind: 'bad-url', message: `a source-list URL without its entry was ignored: ${url}` };
    if (!isHttpUrl(url)) return { kind: 'bad-url', message: `source ${previous.number} has an invalid URL "${url}"; it is listed without a link` };
    previous.url = url;
    return { kind: 'url' };
  }
  return { kind: 'other' };
}

function unquote(text: string): string {
  const t = text.trim();
  const pairs: [string, string][] = [
    ['"', '"'],
    ['“', '”'],
    ["'", "'"],
    ['‘', '’'],
  ];
  for (const [open, close] of pairs) {
    if (t.startsWith(open) && t.endsWith(close) && t.length >= 2) return t.slice(1, -1).trim();
  }
  return t;
}
