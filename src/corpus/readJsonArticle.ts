/**
 * An article saved as the JSON a tool or an API gave for it: a CMS's REST answer (WordPress's `/wp-json/wp/v2/posts`,
 * Ghost's Content API), an article parser's output (Postlight/Mercury, newspaper), a headless CMS's dataset export
 * (Sanity's NDJSON, one record per line), perhaps under a browser's JSON viewer or a terminal's prompt and warnings.
 * The record holding the article is the one with a title and the longest body; its fields name the headline, author,
 * date, address and site. A body in HTML or in Portable Text (Sanity's blocks) is written out as the page it stands
 * for and read by the page reader; a body in Markdown is read as Markdown. Records that reference others by id (an
 * author's record) are followed. An Apple News Format document (its `components` tree, its `metadata` object) is read
 * by the components' roles: body text and headings are the article; the title, intro, byline, captions, pull quotes and
 * advertisements are not. An IPTC ninjs item (a news agency's API) is read by its own fields: the main headline, body,
 * writers' bylines, the first-created stamp, the copyright holder and the canonical link. An ActivityStreams object
 * (a blog's or a fediverse server's post) names its writer and its blog by address: the actors fetched beside it name them.
 * A Notion page as its API gives it (the page's properties, then its blocks) is read by its properties and text blocks.
 */
import { decodeHTMLStrict } from 'entities';
import { findDate } from './findDate.js';
import { BYLINE_PREFIX, parseByline } from './findMetadata.js';
import { countWords } from './furniture.js';
import { escapeHtml, pageFromFields } from './pageFromFields.js';
import type { PageMetadata } from './readHtml.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export type JsonArticle = { kind: 'html'; html: string } | { kind: 'markdown'; markdown: string; meta: PageMetadata };

/** Fewest words of text a body holds: a teaser, an excerpt or a settings record's blurb is no article. */
const MIN_BODY_WORDS = 80;
/** Of the records with a body, the first at least this share of the longest is the article (a translation or a draft after it is not). */
const FIRST_BODY_SHARE = 0.5;
const MAX_DEPTH = 6;

// ("titleText", "mainText", "updateDate", "redirectionUrl": a smart speaker's flash-briefing feed, one item per story.)
const TITLE_KEYS = ['title', 'headline', 'name', 'titleText'];
const BODY_KEYS = ['components', 'content', 'content_html', 'contentHtml', 'body', 'body_html', 'bodyHtml', 'html', 'articleBody', 'article_body', 'body_text', 'mainText', 'text'];
const AUTHOR_KEYS = ['author', 'authors', 'byline', 'author_name', 'authorName', 'creator', 'creators', 'primary_author'];
const DATE_KEYS = ['date_published', 'datePublished', 'published_at', 'publishedAt', 'publish_date', 'publishDate', 'pubDate', 'date', 'published', 'first_published_at', 'date_gmt', 'created_at', 'createdAt', 'updateDate'];
const URL_KEYS = ['url', 'canonical_url', 'canonicalUrl', 'canonicalURL', 'link', 'permalink', 'web_url', 'webUrl', 'redirectionUrl'];
const SITE_KEYS = ['site_name', 'siteName', 'og_site_name', 'publisher', 'source', 'outlet'];
/** How deep into a record its fields are looked for: an SEO plugin's or an API's embedded objects. */
const MAX_FIELD_DEPTH = 3;

/** A JSON object or array opens a line near the top, and a title-like key is in it. */
export function looksLikeJsonArticle(text: string): boolean {
  const head = text.slice(0, 20_000);
  // (An ActivityStreams object, fetched from a blog or a fediverse server, names its article "name".)
  return (
    /^\s*[[{]/m.test(head) &&
    (/"(?:title|titleText|headlines?)"\s*:/.test(head) || (/activitystreams/.test(head) && /"type"\s*:\s*"(?:Article|Note|Page)"/.test(head)) || (/"cells"\s*:/.test(head) && /"cell_type"\s*:/.test(head)))
  );
}

/** The article the JSON in the text holds, or null when none does (or the JSON does not parse). */
export function readJsonArticle(text: string): JsonArticle | null {
  const records = parseRecords(text);
  if (records.length === 0) return null;
  const notebook = records.length === 1 ? readNotebook(records[0] ?? null) : null;
  if (notebook) return notebook;
  const notion = readNotionPage(records);
  if (notion) return notion;
  const byId = new Map<string, JsonObject>();
  for (const record of records) if (isObject(record) && typeof record._id === 'string') byId.set(record._id, record);
  const candidates: { record: JsonObject; body: Body }[] = [];
  for (const record of records) collectArticles(record, 0, candidates);
  // A draft's copy is not the published article.
  const published = candidates.filter(({ record }) => !(typeof record._id === 'string' && record._id.startsWith('drafts.')));
  const longest = Math.max(0, ...published.map((c) => c.body.words));
  const chosen = published.find((c) => c.body.words >= FIRST_BODY_SHARE * longest);
  if (!chosen) return null;
  const { record, body } = chosen;
  const resolve = (value: Json | undefined): Json | undefined => (isObject(value) && typeof value._ref === 'string' ? (byId.get(value._ref) ?? value) : value);
  const title = plain(textOf(TITLE_KEYS.map((k) => record[k]).find((v) => textOf(v) !== '')));
  const authorNames = (value: Json | undefined) => names(Array.isArray(value) ? value.map((v) => resolve(v) ?? null) : resolve(value));
  // (WordPress gives the author's id at the top and the name in what it embeds: "_embedded": { "author": [{ "name": … }] }.)
  let author = nested(record, AUTHOR_KEYS, authorNames).join(' and ');
  // A parser's author field may hold the byline as printed: "By Riley Stone | Capitol Prairie News".
  const byline = BYLINE_PREFIX.test(author) ? parseByline(author) : null;
  if (byline) author = byline.author;
  // (Apple News Format keeps the date and the address in the document's "metadata" object.)
  const fields: JsonObject = { ...(isObject(record.metadata) ? record.metadata : {}), ...record };
  const dateText = DATE_KEYS.map((k) => fields[k]).find((v) => typeof v === 'string' && findDate(v) !== null);
  const date = typeof dateText === 'string' ? (findDate(dateText)?.iso ?? '') : '';
  const url = URL_KEYS.map((k) => textOf(fields[k])).find((v) => /^https?:\/\//i.test(v)) ?? '';
  const siteName = (value: Json | undefined) => names(resolve(value)).filter((v) => !/^https?:/i.test(v));
  // (A dataset's site settings record names the site: { "_type": "siteSettings", "title": … }; so does a JSON Feed's
  // top level: { "version": "https://jsonfeed.org/version/1.1", "title": "Statehouse Lantern", "items": […] }.)
  const settings = records.find(
    (r) => isObject(r) && (/^(?:site|siteSettings|settings|site_settings)$/i.test(textOf(r._type ?? r.type)) || /jsonfeed\.org\/version/.test(textOf(r.version)) || typeof r.feed_url === 'string'),
  );
  // An ActivityStreams object names its writer and its blog by address ("attributedTo", "audience"): the actors fetched
  // beside it (a Person, a Group) carry their names.
  if (author === '') author = actorName(records, record.attributedTo, /^Person$/);
  const site = nested(record, SITE_KEYS, siteName)[0] ?? (isObject(settings) ? textOf(settings.title ?? settings.name) : actorName(records, record.audience, /^(?:Group|Organization|Service|Application)$/));
  const publisher = site !== '' ? site : (byline?.publisher ?? '');
  const meta: PageMetadata = { title, author, date, publisher, url };
  if (body.kind === 'markdown') return { kind: 'markdown', markdown: body.text, meta };
  return { kind: 'html', html: pageFromFields(meta, body.text) };
}

/**
 * A page as Notion's API gives it: the page object (its database properties: a "title" property, an author's text or
 * people, a date, a site's select, a url) and its blocks' list ({ "object": "list", "results": [blocks] }), each block
 * holding its words in rich_text. Paragraphs, headings, list items and quotes are the page's text, written as Markdown;
 * callouts (a note box), to-dos, bookmarks, images, code and embeds are the user's or the clipper's, not the article's.
 */
function readNotionPage(records: readonly Json[]): JsonArticle | null {
  const found: { page?: JsonObject; blocks?: Json[] } = {};
  const visit = (value: Json, depth: number) => {
    if (depth > 3 || found.page !== undefined && found.blocks !== undefined) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    if (!isObject(value)) return;
    if (value.object === 'page' && isObject(value.properties) && found.page === undefined) found.page = value;
    else if (value.object === 'list' && Array.isArray(value.results) && value.results.some((b) => isObject(b) && b.object === 'block') && found.blocks === undefined) found.blocks = value.results;
    else for (const item of Object.values(value)) visit(item, depth + 1);
  };
  for (const record of records) visit(record, 0);
  const { page, blocks } = found;
  if (page === undefined || blocks === undefined) return null;
  const richText = (value: Json | undefined) => (Array.isArray(value) ? value.map((r) => (isObject(r) && typeof r.plain_text === 'string' ? r.plain_text : '')).join('') : '');
  const lines: string[] = [];
  for (const block of blocks) {
    if (!isObject(block) || typeof block.type !== 'string') continue;
    const content = block[block.type];
    const words = isObject(content) ? richText(content.rich_text).trim() : '';
    const mark = NOTION_TEXT_BLOCKS[block.type];
    if (mark === undefined || words === '') continue;
    lines.push(`${mark}${words}`, '');
  }
  // Properties by their type, and by their name where several share a type ("Published" and "Clipped" are both dates).
  const properties = Object.entries(page.properties as JsonObject).filter((entry): entry is [string, JsonObject] => isObject(entry[1]));
  const value = (property: JsonObject): string => {
    const type = typeof property.type === 'string' ? property.type : '';
    const held = property[type];
    if (type === 'title' || type === 'rich_text') return richText(held).trim();
    if (type === 'select' || type === 'status') return isObject(held) ? textOf(held.name) : '';
    if (type === 'multi_select' || type === 'people') return names(held).join(' and ');
    if (type === 'date') return isObject(held) ? textOf(held.start) : '';
    if (type === 'url' || type === 'email') return textOf(held);
    return '';
  };
  const named = (pattern: RegExp, types: readonly string[]) => properties.filter(([name, p]) => pattern.test(name) && types.includes(textOf(p.type))).map(([, p]) => value(p)).find((v) => v !== '') ?? '';
  const title = properties.filter(([, p]) => p.type === 'title').map(([, p]) => value(p)).find((v) => v !== '') ?? '';
  const dateText = named(/publish|^date$|posted|released/i, ['date', 'rich_text']);
  const meta: PageMetadata = {
    title,
    author: named(/author|byline|writer|reporter|^by$/i, ['rich_text', 'people', 'select', 'multi_select']),
    date: findDate(dateText)?.iso ?? '',
    publisher: named(/site|publisher|publication|outlet|source/i, ['select', 'rich_text']),
    url: named(/url|link|source/i, ['url', 'rich_text']).match(/^https?:\/\/\S+$/i)?.[0] ?? '',
  };
  return { kind: 'markdown', markdown: lines.join('\n'), meta };
}

/** Notion's blocks that hold the page's words, with the Markdown each is written as. */
const NOTION_TEXT_BLOCKS: Readonly<Record<string, string>> = {
  paragraph: '',
  heading_1: '# ',
  heading_2: '## ',
  heading_3: '### ',
  bulleted_list_item: '- ',
  numbered_list_item: '1. ',
  quote: '> ',
  toggle: '',
};

/**
 * A Jupyter notebook (nbformat 4): its Markdown cells are the write-up, read as Markdown, with what its code printed
 * (a scraped article's text, a table); the code itself is the work behind it. The notebook's metadata may name a title
 * and authors (JupyterLab's "authors": [{ "name" }]).
 */
function readNotebook(record: Json): JsonArticle | null {
  if (!isObject(record) || !Array.isArray(record.cells) || typeof record.nbformat !== 'number') return null;
  // (A cell's source, or an output's text, is a string or a list of lines each ending in its own line break.)
  const raw = (value: Json | undefined) => (typeof value === 'string' ? value : '');
  const lines = (value: Json | undefined) => (Array.isArray(value) ? value.map(raw).join('') : raw(value));
  const source = (cell: Json) => (isObject(cell) ? lines(cell.source) : '');
  // What a code cell printed (a scrape's text, a table) is read too; its code and an output's HTML copy are not.
  const printed = (output: Json) => {
    if (!isObject(output)) return '';
    if (output.output_type === 'stream') return lines(output.text);
    return isObject(output.data) ? lines(output.data['text/plain']) : '';
  };
  const markdown = record.cells
    .flatMap((cell) => (!isObject(cell) ? [] : cell.cell_type === 'markdown' ? [source(cell)] : cell.cell_type === 'code' && Array.isArray(cell.outputs) ? cell.outputs.map(printed) : []))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
  if (markdown === '') return null;
  const metadata = isObject(record.metadata) ? record.metadata : {};
  const author = names(metadata.authors ?? null).join(' and ');
  return { kind: 'markdown', markdown, meta: { title: plain(textOf(metadata.title)), author, date: '', publisher: '', url: '' } };
}

interface Body {
  kind: 'html' | 'markdown';
  text: string;
  words: number;
}

/**
 * The first of the keys' values that `read` finds names in: the record's own fields first, then its nested objects'
 * (breadth first, so the record's "_embedded" author comes before its comments' authors further down).
 */
function nested(record: JsonObject, keys: readonly string[], read: (value: Json | undefined) => string[]): string[] {
  let level: JsonObject[] = [record];
  for (let depth = 0; depth <= MAX_FIELD_DEPTH && level.length > 0; depth++) {
    for (const object of level) {
      for (const key of keys) {
        const found = read(object[key]);
        if (found.length > 0) return found;
      }
    }
    level = level.flatMap((object) => Object.values(object).flatMap((v) => (isObject(v) ? [v] : Array.isArray(v) ? v.filter(isObject).slice(0, 1) : [])));
  }
  return [];
}

/** The JSON values in the text: a whole document from the first line opening one, or one record per line (NDJSON). */
function parseRecords(text: string): Json[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^\s*[[{]/.test(line));
  if (start < 0) return [];
  // The document runs to the last line that closes it: a terminal's prompt may follow.
  for (let end = lines.length; end > start; end--) {
    if (!/[\]}]\s*$/.test(lines[end - 1] ?? '')) continue;
    const parsed = parse(lines.slice(start, end).join('\n'));
    if (parsed !== undefined) return [parsed];
    break;
  }
  // A terminal session printing several documents (one `jq` query after another, prompts between): each pretty-printed
  // document opens and closes at the line's start.
  const documents: Json[] = [];
  // (A compact document, fetched without a pretty-printer, is one line, perhaps with the next prompt glued on: `curl -s`
  // prints no newline after it.)
  for (let i = start; i < lines.length; i++) {
    const compact = /^[[{]./.test(lines[i] ?? '') ? parse(firstValue(lines[i] ?? '')) : undefined;
    if (compact !== undefined) {
      documents.push(compact);
      continue;
    }
    const open = /^([[{])\s*$/.exec(lines[i] ?? '')?.[1];
    if (open === undefined) continue;
    const close = open === '{' ? '}' : ']';
    const end = lines.findIndex((line, j) => j > i && line.startsWith(close));
    if (end < 0) break;
    const parsed = parse(lines.slice(i, end + 1).join('\n'));
    if (parsed !== undefined) {
      documents.push(parsed);
      i = end;
    }
  }
  if (documents.length > 0) return documents;
  const records = lines.filter((line) => /^\s*\{/.test(line)).map(parse).filter((r): r is Json => r !== undefined);
  return records;
}

/** The text of the JSON object or array a line opens with, up to where it closes (what follows it is not read). */
function firstValue(line: string): string {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return line.slice(0, i + 1);
  }
  return line;
}

function parse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Records with a title and a body of article length, in document order, however deep (an API's list, a page's props). */
function collectArticles(value: Json, depth: number, out: { record: JsonObject; body: Body }[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectArticles(item, depth + 1, out);
    return;
  }
  if (!isObject(value)) return;
  value = ninjs(value) ?? value;
  const hasTitle = TITLE_KEYS.some((k) => textOf(value[k]) !== '');
  const body = hasTitle ? BODY_KEYS.map((k) => bodyOf(value[k])).find((b) => b !== null && b.words >= MIN_BODY_WORDS) : undefined;
  if (body) out.push({ record: value, body });
  else for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) collectArticles(child, depth + 1, out);
}

/** A body field: HTML or Markdown text (perhaps as WordPress's `{ "rendered": … }`), or Portable Text blocks. */
function bodyOf(value: Json | undefined): Body | null {
  if (Array.isArray(value)) return value.some((c) => isObject(c) && typeof c.role === 'string') ? appleNews(value) : portableText(value);
  const text = textOf(value);
  if (text === '') return null;
  const words = countWords(text.replace(/<[^>]*>/g, ' '));
  return /<(?:p|div|h[1-6]|br|li)\b/i.test(text) ? { kind: 'html', text, words } : { kind: 'markdown', text, words };
}

/** Sanity's Portable Text: blocks of spans, a style naming headings and quotes; other block types (ads, embeds, related links) are not text. */
function portableText(blocks: Json[]): Body | null {
  const parts: string[] = [];
  let words = 0;
  for (const block of blocks) {
    if (!isObject(block) || block._type !== 'block' || !Array.isArray(block.children)) continue;
    const text = block.children.map((span) => (isObject(span) && typeof span.text === 'string' ? span.text : '')).join('');
    if (text.trim() === '') continue;
    words += countWords(text);
    const style = typeof block.style === 'string' ? block.style : 'normal';
    const tag = /^h[1-6]$/.test(style) ? (style === 'h1' ? 'h2' : style) : style === 'blockquote' ? 'blockquote' : 'p';
    parts.push(`<${tag}>${escapeHtml(text)}</${tag}>`);
  }
  return parts.length === 0 ? null : { kind: 'html', text: parts.join(''), words };
}

/**
 * The name of the actor of the given types the records hold for an ActivityStreams address: the record whose id is the
 * address, else the only such actor (a `jq` query printing just its name and type). Empty when none or several.
 */
function actorName(records: Json[], address: Json | undefined, types: RegExp): string {
  const target = typeof address === 'string' ? address : isObject(address) && typeof address.id === 'string' ? address.id : '';
  if (target === '') return '';
  const actors = records.filter((r): r is JsonObject => isObject(r) && typeof r.type === 'string' && types.test(r.type) && typeof r.name === 'string');
  const actor = actors.find((a) => a.id === target) ?? (actors.length === 1 && actors[0]?.id === undefined ? actors[0] : undefined);
  return typeof actor?.name === 'string' ? actor.name.trim() : '';
}

/**
 * An IPTC ninjs 2 item ("headlines", "bodies", "bylines" as lists of roles) as the plain record it amounts to; null for
 * any other record. (ninjs 1's "headline", "body_html", "body_text" and "byline" are read as any record's fields.)
 */
function ninjs(record: JsonObject): JsonObject | null {
  if (!Array.isArray(record.headlines) && !Array.isArray(record.bodies)) return null;
  const main = (list: Json | undefined, roles: RegExp) => {
    const items = Array.isArray(list) ? list.filter(isObject) : [];
    return items.find((i) => typeof i.role === 'string' && roles.test(i.role)) ?? items[0];
  };
  const body = main(record.bodies, /^main$/);
  const bodyText = textOf(body?.value);
  const bylines = (Array.isArray(record.bylines) ? record.bylines.filter(isObject) : []).filter((b) => typeof b.role !== 'string' || /^(?:writer|author|reporter)$/i.test(b.role));
  const canonical = (Array.isArray(record.links) ? record.links.filter(isObject) : []).find((l) => l.rel === 'canonical');
  return {
    title: textOf(main(record.headlines, /^main$/)?.value),
    [/html/i.test(textOf(body?.contenttype)) ? 'body_html' : 'body_text']: bodyText,
    byline: bylines.map((b) => textOf(b.byline)).filter((b) => b !== '').join(' and '),
    datePublished: textOf(record.firstcreated ?? record.versioncreated),
    url: textOf(canonical?.href),
    publisher: textOf(record.copyrightholder),
  };
}

/** Apple News Format's roles whose components hold others: their text roles are read in order. */
const ANF_CONTAINERS = new Set(['container', 'section', 'chapter', 'header']);
const ANF_HEADING = /^heading[1-6]?$/;

/**
 * Apple News Format's components: `body` and `text` are the article's paragraphs (in HTML, Markdown or plain text),
 * `heading1`…`heading6` its headings. Everything else is the page's furniture: the title, intro and byline (the document's
 * own fields hold them), photos and their captions, pull quotes, asides, dividers and advertisements.
 */
function appleNews(components: Json[]): Body | null {
  const parts: string[] = [];
  let words = 0;
  const walk = (list: Json[]): void => {
    for (const component of list) {
      if (!isObject(component) || typeof component.role !== 'string') continue;
      const role = component.role;
      if (ANF_CONTAINERS.has(role) && Array.isArray(component.components)) {
        walk(component.components);
        continue;
      }
      const text = typeof component.text === 'string' ? component.text.trim() : '';
      if (text === '' || !(role === 'body' || role === 'text' || ANF_HEADING.test(role))) continue;
      const html = component.format === 'html' ? text : text.split(/\n\s*\n|\n/).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('');
      words += countWords(html.replace(/<[^>]*>/g, ' '));
      parts.push(ANF_HEADING.test(role) ? `<h2>${html.replace(/<\/?p\b[^>]*>/g, '')}</h2>` : html);
    }
  };
  walk(components);
  return parts.length === 0 ? null : { kind: 'html', text: parts.join(''), words };
}

/** A field's text: a string, or WordPress's `{ "rendered": "…" }`. */
function textOf(value: Json | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (isObject(value) && typeof value.rendered === 'string') return value.rendered.trim();
  return '';
}

/** People's or an outlet's names: strings, `{ "name": … }` records, or lists of either. */
function names(value: Json | undefined): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  if (Array.isArray(value)) return value.flatMap((v) => names(v));
  if (isObject(value)) return names(value.name ?? value.display_name ?? value.displayName ?? null);
  return [];
}

/** A title's text without the tags and entities WordPress renders into it ("Growers&#8217; …"). */
function plain(text: string): string {
  return decodeHTMLStrict(text.replace(/<[^>]*>/g, '')).trim();
}

