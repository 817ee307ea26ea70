/**
 * Posts exported from a CMS as CSV (WordPress's WP All Export, Ghost's and Drupal's exporters, a spreadsheet of a
 * site's articles): a header row naming the fields, then one row per post, its body as HTML or text in one quoted
 * field, line breaks and all. A moderator who drops one in means its article: the post with the most text (the other
 * rows are briefs exported beside it). Its fields are the page's metadata, and its body the page, read as any page is.
 */
import { escapeHtml, pageFromFields } from './pageFromFields.js';

/** The fields a CMS's export names, by what they hold. */
const FIELD: Record<'title' | 'body' | 'date' | 'author' | 'first' | 'last' | 'url' | 'seoTitle', RegExp> = {
  title: /^(?:post[ _]?)?title$|^headline$/i,
  body: /^(?:post[ _]?)?(?:content|body|text|html)$|^article[ _]?(?:body|text)$/i,
  date: /^(?:post[ _]?)?date$|^(?:published|publish|publication)(?:[ _](?:at|date))?$|^pub[ _]?date$/i,
  author: /^author(?:[ _](?:display[ _])?name)?$|^byline$|^author display name$/i,
  first: /^author[ _]first[ _]name$/i,
  last: /^author[ _]last[ _]name$/i,
  url: /^(?:permalink|url|link|canonical(?:[ _]url)?)$/i,
  seoTitle: /\bseo\b.*\btitle$|^_yoast_wpseo_title$|^meta[ _]title$/i,
};

/** A post's body shorter than this is no article. */
const MIN_BODY_CHARS = 200;

/** A header row naming a title field and a body field, in the file's first line. */
export function looksLikeCsvExport(text: string): boolean {
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const names = splitHeader(header);
  return names.length >= 3 && names.some((n) => FIELD.title.test(n)) && names.some((n) => FIELD.body.test(n));
}

/** The header's separator: of comma, semicolon and tab, the one it holds most of. */
function separatorOf(header: string): string {
  return [',', ';', '\t'].sort((a, b) => header.split(b).length - header.split(a).length)[0] ?? ',';
}

function splitHeader(line: string): string[] {
  return line.split(separatorOf(line)).map((n) => n.trim().replace(/^"(.*)"$/, '$1'));
}

/** RFC 4180 rows: fields in double quotes may hold separators, line breaks and doubled quotes. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** The export's longest post as an HTML page; null when no row holds an article. */
export function csvExportAsHtml(raw: string): string | null {
  const text = raw.replace(/^\ufeff/, '');
  const [names = [], ...rows] = parseCsv(text, separatorOf(text.split(/\r?\n/, 1)[0] ?? ''));
  const column = (kind: keyof typeof FIELD) => names.findIndex((n) => FIELD[kind].test(n.trim()));
  const at = Object.fromEntries((Object.keys(FIELD) as (keyof typeof FIELD)[]).map((k) => [k, column(k)])) as Record<keyof typeof FIELD, number>;
  const cell = (row: readonly string[], kind: keyof typeof FIELD) => (at[kind] >= 0 ? (row[at[kind]] ?? '').trim() : '');
  const post = [...rows].sort((a, b) => cell(b, 'body').length - cell(a, 'body').length)[0];
  if (post === undefined || cell(post, 'body').length < MIN_BODY_CHARS) return null;
  const title = cell(post, 'title');
  // "Missoula musicians … - Hellgate Dispatch": the SEO title's site after the headline names the publisher.
  const seo = cell(post, 'seoTitle');
  const publisher = seo.startsWith(title) && title !== '' ? seo.slice(title.length).replace(/^\s*[-–—|·:]\s*/, '').trim() : '';
  const author = cell(post, 'author') || [cell(post, 'first'), cell(post, 'last')].filter((n) => n !== '').join(' ');
  const date = /^\d{4}-\d{2}-\d{2}/.exec(cell(post, 'date'))?.[0] ?? cell(post, 'date');
  const url = /^https?:\/\//i.test(cell(post, 'url')) ? cell(post, 'url') : '';
  const body = cell(post, 'body');
  // A body of plain text has its paragraphs between blank lines; HTML has its own.
  const html = /<(?:p|div|h[1-6]|figure|ul|ol|br)\b/i.test(body) ? body : body.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n');
  return pageFromFields({ title, publisher, author, date, url }, html);
}
