/**
 * A page saved from the browser's source view (Chrome's or Edge's "view-source:" tab, saved with Ctrl+S): a table of
 * numbered rows, each row one line of the page's HTML shown as text, tags and entities escaped and coloured by spans.
 * A moderator who saves one means the page, so the rows are read back into the HTML they show, and that is read as a
 * page. The address comes from the "saved from url=(…)view-source:…" comment the browser writes at the top.
 */

import { decodeHTMLStrict } from 'entities';
import type { WarcPage } from './readWarc.js';

/** One row's shown line: the cell after its line-number cell. */
const LINE_CELL = /<td class="line-content">([\s\S]*?)<\/td>/g;
/** Rows enough to be a source view, not a page that mentions the class once. */
const MIN_ROWS = 3;
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)\s*view-source:(https?:\/\/[^\s>]+?)\s*-->/i;

/** The HTML a saved source view shows, or null when `text` is not one. */
export function readViewSource(text: string): WarcPage | null {
  if (!text.includes('class="line-number"') || !text.includes('class="line-content"')) return null;
  const lines: string[] = [];
  for (const m of text.matchAll(LINE_CELL)) lines.push(decodeHTMLStrict((m[1] ?? '').replace(/<[^>]*>/g, '')));
  if (lines.length < MIN_ROWS) return null;
  return { body: lines.join('\n'), html: true, url: SAVED_FROM.exec(text.slice(0, 2000))?.[1] ?? '' };
}
