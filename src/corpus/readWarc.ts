/**
 * A web archive file (WARC, ISO 28500) or Common Crawl's plain-text
 * extract of one (WET): records one after another, each "WARC/1.0", its
 * header fields (WARC-Type, WARC-Target-URI, WARC-Date, Content-Length), a
 * blank line, then what was captured. A moderator who drops one in means
 * the page it was cut out for: the record holding the most text, read as
 * text (a WET "conversion" record) or as the page (a WARC "response"
 * record's HTML), its address the record's target. The crawl's date is when
 * the page was fetched, not when it was published, and is not used.
 */

import { countWords } from './furniture.js';

const RECORD_START = /^WARC\/1\.[01]\s*$/;
/** Records that hold a captured page; "warcinfo", "request" and "metadata" records do not. */
const PAGE_RECORDS = new Set(['conversion', 'response', 'resource']);

export interface WarcPage {
  /** The record's content: text for a conversion record, HTML for a response whose body is a page. */
  body: string;
  html: boolean;
  url: string;
}

interface WarcRecord {
  type: string;
  url: string;
  body: string;
}

function records(lines: readonly string[]): WarcRecord[] {
  const found: WarcRecord[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!RECORD_START.test(lines[i] ?? '')) {
      i++;
      continue;
    }
    const fields = new Map<string, string>();
    for (i++; i < lines.length && (lines[i] ?? '').trim() !== ''; i++) {
      const m = /^([A-Za-z-]+):\s*(.*)$/.exec(lines[i] ?? '');
      if (m) fields.set((m[1] ?? '').toLowerCase(), (m[2] ?? '').trim());
    }
    const start = i + 1;
    while (i < lines.length && !RECORD_START.test(lines[i] ?? '')) i++;
    found.push({ type: (fields.get('warc-type') ?? '').toLowerCase(), url: (fields.get('warc-target-uri') ?? '').replace(/^<|>$/g, ''), body: lines.slice(start, i).join('\n').trim() });
  }
  return found;
}

/** The page a WARC or WET file was cut out for, or null when `text` is not one. */
export function readWarc(text: string): WarcPage | null {
  if (!/^\s*WARC\/1\.[01]\r?\n/.test(text.slice(0, 20))) return null;
  const pages = records(text.split(/\r\n|\r|\n/))
    .filter((r) => PAGE_RECORDS.has(r.type) && r.body !== '')
    .map((r) => {
      // A response record holds the HTTP exchange: its status line and headers, a blank line, then the page.
      if (r.type !== 'response' || !/^HTTP\/\d/.test(r.body)) return { body: r.body, html: false, url: r.url };
      const page = r.body.replace(/^HTTP\/[\s\S]*?\n\s*\n/, '');
      return { body: page, html: /<html[\s>]|<!doctype html/i.test(page.slice(0, 2000)), url: r.url };
    });
  if (pages.length === 0) return null;
  const weight = (p: WarcPage) => countWords(p.html ? p.body.replace(/<[^>]*>/g, ' ') : p.body);
  return pages.reduce((best, p) => (weight(p) > weight(best) ? p : best));
}
