/**
 * An Android screen's accessibility tree dumped as XML (`adb shell uiautomator dump`, Appium's page source): a
 * `<hierarchy>` of `<node>` elements, each with its `text`, its `resource-id` ("com.app:id/headline") and its `package`.
 * A news app's article screen is read as the page it shows: the app in front (the package holding the most text), its
 * views nested as they are, each named by its resource id, so the page reader weighs "inline_ad_container",
 * "lead_caption" or "card_title" as it weighs an HTML page's classes. The system's bars (clock, climate, media) are
 * other packages, never the article. Whatever a terminal printed around the dump is no part of it.
 */
import { decodeXML } from 'entities';
import { escapeHtml } from './pageFromFields.js';

const HIERARCHY = /<hierarchy\b[^>]*>[\s\S]*<\/hierarchy>/;
const NODE_TAG = /<node\b([^>]*?)(\/?)>|<\/node\s*>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
/** Text views of a dump below this are some other XML. */
const MIN_TEXT_NODES = 5;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) found.set(m[1] ?? '', decodeXML(m[2] ?? ''));
  return found;
}

/** True when the text holds a UI Automator dump with text views in it. */
export function looksLikeUiDump(text: string): boolean {
  const dump = HIERARCHY.exec(text)?.[0];
  return dump !== undefined && (dump.match(/<node\b[^>]*\stext="[^"]+"/g) ?? []).length >= MIN_TEXT_NODES;
}

/** The dump as an HTML page of the app in front; null when the text holds no dump. */
export function uiDumpAsHtml(text: string): string | null {
  const dump = HIERARCHY.exec(text)?.[0];
  if (dump === undefined) return null;
  const tags = [...dump.matchAll(NODE_TAG)].map((m) => (m[0].startsWith('</') ? null : { attrs: attributes(m[1] ?? ''), leaf: m[2] === '/' }));
  // The app in front: the package whose views hold the most text.
  const shown = new Map<string, number>();
  for (const tag of tags) if (tag) shown.set(tag.attrs.get('package') ?? '', (shown.get(tag.attrs.get('package') ?? '') ?? 0) + (tag.attrs.get('text') ?? '').length);
  const front = [...shown].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const html: string[] = [];
  let headline = '';
  // Per open node, whether it opened a <div>: a view of the app in front does; the system's views write nothing.
  const opened: boolean[] = [];
  for (const tag of tags) {
    if (tag === null) {
      if (opened.pop() === true) html.push('</div>');
      continue;
    }
    const inFront = (tag.attrs.get('package') ?? '') === front;
    if (!inFront) {
      if (!tag.leaf) opened.push(false);
      continue;
    }
    const id = (tag.attrs.get('resource-id') ?? '').replace(/^.*:id\//, '');
    const value = (tag.attrs.get('text') ?? '').trim();
    const name = escapeHtml(id);
    if (value !== '') {
      const isHeadline = headline === '' && /(?:^|_)headline(?:$|_)/i.test(id);
      if (isHeadline) headline = value;
      html.push(isHeadline ? `<h1 class="${name}">${escapeHtml(value)}</h1>` : `<p class="${name}">${escapeHtml(value)}</p>`);
    }
    if (!tag.leaf) {
      html.push(`<div class="${name}">`);
      opened.push(true);
    }
  }
  for (const wrote of opened.reverse()) if (wrote) html.push('</div>');
  return `<!doctype html><html><head><title>${escapeHtml(headline)}</title></head><body>${html.join('\n')}</body></html>`;
}
