/**
 * An HTTP exchange saved as text: `curl -i` (or `curl -v`, `wget
 * --save-headers`) output, where each response is a status line ("HTTP/1.1
 * 301 Moved Permanently", "HTTP/2 200"), its header fields, a blank line and
 * its body, one after another as redirects were followed. A moderator who
 * drops one in means the page at the end: the last successful response,
 * read as HTML when it is a page. Its header fields describe the transfer
 * (the server, its caches, when the response was sent), never the article;
 * only its address is kept, from the redirect that led to it or a canonical
 * link header. A browser's HAR file is the same exchange as JSON.
 */

import { looksLikeHtml } from './readHtml.js';
import type { WarcPage } from './readWarc.js';

/** "HTTP/1.1 200 OK", "HTTP/2 200", and curl -v's "< HTTP/2 200". */
const STATUS_LINE = /^(?:< )?HTTP\/\d(?:\.\d)? (\d{3})\b/;
/** What may come before the first response: the command that fetched it, and curl -v's connection notes and request. */
/** (A shell's prompt before the command: "$ ", "mika@thinkpad:~$ ", "[mika@thinkpad ~]$ ".) */
const BEFORE_RESPONSE = /^(?:(?:[\w.-]+@[\w.-]+(?::\S*)?\s?|\[[\w.-]+@[\w.-]+[^\]]*\]\s?)?[$%#] |curl\s|wget\s|\* |> |>$|--\d{4}-\d\d-\d\d)/;
/** `openssl s_client`'s notes on the connection before the exchange: "depth=2 C = US, O = …", "verify return:1", "CONNECTED(00000003)". */
const TLS_NOTE = /^(?:depth=\d+ |verify (?:return|error):|CONNECTED\(\w+\)$)/;
/** A request typed or sent by hand before its response ("GET /news/… HTTP/1.1"), and then its header fields. */
const REQUEST_LINE = /^(?:GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH) \S+ HTTP\/\d(?:\.\d)?$/;
/** How far into the file the first response may start. */
const MAX_LINES_BEFORE = 40;
const HEADER_FIELD = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/;
const CANONICAL_LINK = /<([^>]+)>\s*;\s*rel="?canonical"?/i;

interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** The responses of an exchange, or null when the text does not start with one. */
function responses(lines: readonly string[]): HttpResponse[] | null {
  let i = 0;
  let requested = false;
  while (i < lines.length && i < MAX_LINES_BEFORE && !STATUS_LINE.test(lines[i] ?? '')) {
    const line = (lines[i] ?? '').trim();
    if (REQUEST_LINE.test(line)) requested = true;
    else if (line !== '' && !BEFORE_RESPONSE.test(line) && !TLS_NOTE.test(line) && !(requested && HEADER_FIELD.test(line))) return null;
    i++;
  }
  if (!STATUS_LINE.test(lines[i] ?? '')) return null;
  const found: HttpResponse[] = [];
  while (i < lines.length) {
    const verbose = (lines[i] ?? '').startsWith('< ');
    const status = Number(STATUS_LINE.exec(lines[i] ?? '')?.[1]);
    const headers = new Map<string, string>();
    for (i++; i < lines.length; i++) {
      const line = (verbose ? (lines[i] ?? '').replace(/^<\s?/, '') : (lines[i] ?? '')).trim();
      if (line === '') break;
      const field = HEADER_FIELD.exec(line);
      // A line that is no header field ends the head without a blank line (a capture cut short).
      if (field === null) {
        i--;
        break;
      }
      headers.set((field[1] ?? '').toLowerCase(), (field[2] ?? '').trim());
    }
    const start = i + 1;
    for (i = start; i < lines.length && !STATUS_LINE.test(lines[i] ?? ''); i++);
    // curl -v's notes about the connection ("* Connection #0 to host … left intact") end the body, not part of it.
    const bodyLines = lines.slice(start, i).filter((line) => !(verbose && /^[*<>] /.test(line)));
    const body = bodyLines.join('\n');
    found.push({ status, headers, body: (/chunked/i.test(headers.get('transfer-encoding') ?? '') ? unchunked(body) : body).trim() });
  }
  return found;
}

/**
 * A body sent in chunks as a raw capture shows it (`openssl s_client`, `nc`: curl decodes them): each chunk's size in
 * hexadecimal on a line of its own, then that many bytes, which may end in the middle of a line or a word. Read by the
 * sizes, so a chunk's end joins the next chunk's start as sent; where the sizes stop adding up (the capture's line ends
 * rewritten), the rest is kept as it stands. A capture cut off before the last, empty chunk keeps what arrived.
 */
function unchunked(body: string): string {
  const bytes = Buffer.from(body, 'utf8');
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const size = /^([0-9a-fA-F]{1,8})(?:;[^\n]*)?\r?\n/.exec(bytes.subarray(at, at + 80).toString('latin1'));
    if (size === null) break;
    const length = Number.parseInt(size[1] ?? '', 16);
    const start = at + size[0].length;
    if (length === 0 || start + length > bytes.length) {
      if (length > 0) parts.push(bytes.subarray(start));
      at = bytes.length;
      break;
    }
    parts.push(bytes.subarray(start, start + length));
    at = start + length;
    const end = /^\r?\n/.exec(bytes.subarray(at, at + 2).toString('latin1'));
    if (end === null) break;
    at += end[0].length;
  }
  if (parts.length === 0) return body;
  return Buffer.concat([...parts, bytes.subarray(at)]).toString('utf8');
}

/** The page an HTTP exchange ends with, or null when `text` is not a saved exchange. */
export function readHttpCapture(text: string): WarcPage | null {
  if (!/HTTP\/\d/.test(text.slice(0, 4000))) return null;
  const found = responses(text.split(/\r\n|\r|\n/));
  if (found === null) return null;
  const ok = found.filter((r) => r.status >= 200 && r.status < 300 && r.body !== '');
  const page = ok.at(-1);
  if (page === undefined) return null;
  const at = found.indexOf(page);
  const redirect = found.slice(0, at).reverse().find((r) => r.status >= 300 && r.status < 400 && /^https?:\/\//i.test(r.headers.get('location') ?? ''));
  const canonical = CANONICAL_LINK.exec(page.headers.get('link') ?? '')?.[1] ?? '';
  const url = canonical || page.headers.get('content-location') || redirect?.headers.get('location') || '';
  const type = page.headers.get('content-type') ?? '';
  return { body: page.body, html: /html/i.test(type) || looksLikeHtml(page.body), url: /^https?:\/\//i.test(url) ? url : '' };
}

/**
 * A browser's HTTP Archive (HAR, devtools' "Save all as HAR"): JSON whose log lists every request of a page load with
 * its response, the body in `content.text` (base64 when `encoding` says so). The page is the largest HTML response
 * that succeeded, its address the request's.
 */
export function readHar(text: string): WarcPage | null {
  if (!/^\s*\{\s*"log"\s*:/.test(text.slice(0, 200))) return null;
  let entries: unknown;
  try {
    entries = (JSON.parse(text) as { log?: { entries?: unknown } }).log?.entries;
  } catch {
    return null;
  }
  if (!Array.isArray(entries)) return null;
  let best: WarcPage | null = null;
  for (const entry of entries as { request?: { url?: unknown }; response?: { status?: unknown; content?: { mimeType?: unknown; text?: unknown; encoding?: unknown } } }[]) {
    const content = entry.response?.content;
    const status = Number(entry.response?.status);
    if (typeof content?.text !== 'string' || !(typeof content.mimeType === 'string' && /html/i.test(content.mimeType)) || !(status >= 200 && status < 300)) continue;
    const body = content.encoding === 'base64' ? Buffer.from(content.text, 'base64').toString('utf8') : content.text;
    const url = typeof entry.request?.url === 'string' && /^https?:\/\//i.test(entry.request.url) ? entry.request.url : '';
    if (best === null || body.length > best.body.length) best = { body, html: true, url };
  }
  return best;
}
