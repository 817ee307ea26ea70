/**
 * An AsciiDoc source (a JBake or Hugo post, an Antora page, anything Asciidoctor renders) saved as it was written: the
 * header ("= Title", an author line "Name <e-mail>", a revision line "v1.2, 2025-01-24: …", attributes ":name: value"
 * such as ":jbake-canonical:"), then sections ("== …"), paragraphs, lists, delimited blocks (sidebars "****", quotes
 * "____", listings "----", passthroughs "++++", comments "////"), block macros ("image::", "include::"), block titles
 * (".Caption") and attribute lines ("[.author-bio]", "[sidebar.related]"). It is written out as the HTML page Asciidoctor
 * makes of it, each block's roles as its classes, so the page reader weighs "author-bio" or a sidebar titled "More from
 * …" as it weighs any page's; what never renders (comments, includes) or is not prose (listings, raw HTML, tables) goes.
 */
import { metaFromFields } from './readFrontMatter.js';
import { escapeHtml, pageFromFields } from './pageFromFields.js';

const DOC_TITLE = /^=\s+(\S.*)$/;
const SECTION = /^(={2,6})\s+(\S.*)$/;
const ATTRIBUTE_ENTRY = /^:(!?[\w][\w-]*!?):(?:\s+(.*))?$/;
/** "[.author-bio]", "[sidebar.related]", "[quote, Lin Wei]", "[#id.role]": the attributes of the next block. */
const BLOCK_ATTRIBUTES = /^\[([^\]]*)\]$/;
const BLOCK_TITLE = /^\.([^.\s].*)$/;
const BLOCK_MACRO = /^(?:image|include|video|audio|toc|ifdef|ifndef|ifeval|endif)::[^\s]*\[.*\]$/;
const REVISION = /^v?\d+(?:\.\d+)*,\s*([^:]+?)(?::.*)?$/;
const AUTHOR_LINE = /^([\p{L}][\p{L}.' -]*?)(?:\s+<[^>]+>)?(?:\s*;\s*([\p{L}][\p{L}.' -]*?)(?:\s+<[^>]+>)?)*$/u;
const LIST_ITEM = /^(?:\*{1,5}|-|\.{1,5}|\d+\.)\s+(.*)$/;
const ADMONITION = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(.*)$/;
/** Delimiters and the element each block renders as; null: the block is dropped (not prose, or never rendered). */
const DELIMITED: readonly [RegExp, string | null][] = [
  [/^\/{4,}$/, null],
  [/^-{4,}$/, null],
  [/^\.{4,}$/, null],
  [/^\+{4,}$/, null],
  [/^\|={3,}$/, null],
  [/^\*{4,}$/, 'aside'],
  [/^_{4,}$/, 'blockquote'],
  [/^={4,}$/, 'div'],
  [/^--$/, 'div'],
];
/** Generators keep the post's fields as attributes under their own prefix (":jbake-canonical:", ":page-author:"). */
const GENERATOR_PREFIX = /^(?:jbake|page|hugo|antora|blog)-/;

/** True when the text is an AsciiDoc source: a "= Title" first line, then its header or AsciiDoc blocks. */
export function looksLikeAsciidoc(text: string): boolean {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('//'));
  if (first < 0 || !DOC_TITLE.test(lines[first] ?? '')) return false;
  const marks = lines.filter((l) => ATTRIBUTE_ENTRY.test(l) || SECTION.test(l) || BLOCK_MACRO.test(l) || BLOCK_ATTRIBUTES.test(l) || /^\/\/\/\/$/.test(l)).length;
  return marks >= 2;
}

/** A paragraph's inline markup removed: a reader sees the words. */
export function asciidocInline(text: string, attributes: ReadonlyMap<string, string> = new Map()): string {
  return text
    .replace(/footnote:(?:\w+)?\[[^\]]*\]/g, '')
    .replace(/\{([\w-]+)\}/g, (whole, name: string) => attributes.get(name) ?? whole)
    .replace(/(?:link:|mailto:|xref:|<<[^,>]*,)?(?:[a-z]+:\/\/)?[^\s[\]]*\[([^\]]*)\]/g, (whole, words: string) => (/^(?:link:|mailto:|xref:|https?:\/\/)/.test(whole) ? words || whole.slice(0, whole.indexOf('[')) : whole))
    .replace(/<<[^,>]*,\s*([^>]*)>>/g, '$1')
    .replace(/\[\.[\w-]+\]#([^#]*)#/g, '$1')
    .replace(/(^|[^\w*])\*\*?(\S(?:.*?\S)?)\*\*?(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w_])__?(\S(?:.*?\S)?)__?(?![\w_])/g, '$1$2')
    .replace(/`\+?([^`]+?)\+?`/g, '$1')
    .replace(/(^|\s)\+([^+]+)\+(?=\s|$)/g, '$1$2');
}

/** The source as the HTML page Asciidoctor renders; null when it is not AsciiDoc. */
export function asciidocAsHtml(text: string): string | null {
  if (!looksLikeAsciidoc(text)) return null;
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.replace(/\s+$/, ''));
  const fields = new Map<string, string[]>();
  const attributes = new Map<string, string>();
  let i = lines.findIndex((l) => DOC_TITLE.test(l));
  const title = asciidocInline(DOC_TITLE.exec(lines[i] ?? '')?.[1] ?? '');
  // The header: author and revision lines, then attribute entries, up to the first blank line.
  i++;
  if (i < lines.length && AUTHOR_LINE.test(lines[i] ?? '') && !ATTRIBUTE_ENTRY.test(lines[i] ?? '')) {
    fields.set('author', (lines[i] ?? '').split(';').map((a) => a.replace(/<[^>]*>/, '').trim()).filter((a) => a !== ''));
    i++;
    const revision = REVISION.exec(lines[i] ?? '');
    if (revision) {
      fields.set('date', [(revision[1] ?? '').trim()]);
      i++;
    }
  }
  const html: string[] = [];
  let pendingClass = '';
  let pendingTitle = '';
  let paragraph: string[] = [];
  let kind: 'p' | 'li' = 'p';
  let list = false;
  const open: string[] = [];
  const emit = (tag: string, inner: string) => {
    const cls = pendingClass === '' ? '' : ` class="${escapeHtml(pendingClass)}"`;
    html.push(`<${tag}${cls}>${inner}</${tag}>`);
    pendingClass = '';
  };
  const flush = () => {
    if (paragraph.length === 0) return;
    const words = escapeHtml(asciidocInline(paragraph.join(' ').replace(/\s+/g, ' ').trim(), attributes));
    const admonition = ADMONITION.exec(paragraph[0] ?? '');
    if (kind === 'li') html.push(`<li>${words}</li>`);
    else if (admonition) {
      pendingClass = `admonitionblock ${(admonition[1] ?? '').toLowerCase()} ${pendingClass}`.trim();
      emit('div', `<p>${words}</p>`);
    } else emit('p', words);
    paragraph = [];
  };
  const closeList = () => {
    flush();
    if (list) html.push('</ul>');
    list = false;
  };
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    const entry = ATTRIBUTE_ENTRY.exec(trimmed);
    if (entry && paragraph.length === 0) {
      const name = (entry[1] ?? '').replace(/!/g, '').toLowerCase();
      const value = (entry[2] ?? '').trim();
      attributes.set(name, value);
      const key = name.replace(GENERATOR_PREFIX, '').replace(/^revdate$/, 'date');
      if (value !== '' && !fields.has(key)) fields.set(key, [value]);
      continue;
    }
    if (trimmed === '') {
      flush();
      continue;
    }
    if (trimmed.startsWith('//') && !trimmed.startsWith('////')) continue;
    const delimiter = DELIMITED.find(([pattern]) => pattern.test(trimmed));
    if (delimiter) {
      closeList();
      const tag = delimiter[1];
      if (open.at(-1) === trimmed) {
        // The close of an open block.
        open.pop();
        html.push('</div>');
        continue;
      }
      if (tag === null) {
        let j = i + 1;
        while (j < lines.length && (lines[j] ?? '').trim() !== trimmed) j++;
        i = j;
        pendingClass = '';
        pendingTitle = '';
        continue;
      }
      const roles = pendingClass;
      const cls = [tag === 'aside' ? 'sidebarblock' : tag === 'blockquote' ? 'quoteblock' : 'openblock', roles].filter((c) => c !== '').join(' ');
      html.push(`<div class="${escapeHtml(cls)}">`);
      if (pendingTitle !== '') html.push(`<div class="title">${escapeHtml(asciidocInline(pendingTitle, attributes))}</div>`);
      pendingClass = '';
      pendingTitle = '';
      open.push(trimmed);
      continue;
    }
    if (paragraph.length === 0) {
      const section = SECTION.exec(trimmed);
      if (section) {
        closeList();
        emit(`h${Math.min((section[1] ?? '==').length, 6)}`, escapeHtml(asciidocInline(section[2] ?? '', attributes)));
        continue;
      }
      const blockAttributes = BLOCK_ATTRIBUTES.exec(trimmed);
      if (blockAttributes) {
        closeList();
        pendingClass = roles(blockAttributes[1] ?? '');
        continue;
      }
      const blockTitle = BLOCK_TITLE.exec(trimmed);
      if (blockTitle && !LIST_ITEM.test(trimmed)) {
        closeList();
        pendingTitle = blockTitle[1] ?? '';
        continue;
      }
      if (BLOCK_MACRO.test(trimmed)) {
        closeList();
        // An image's block title is its caption.
        if (trimmed.startsWith('image::')) {
          const alt = /\[([^\],]*)/.exec(trimmed)?.[1] ?? '';
          html.push(`<figure><img alt="${escapeHtml(alt)}">${pendingTitle === '' ? '' : `<figcaption>${escapeHtml(asciidocInline(pendingTitle, attributes))}</figcaption>`}</figure>`);
        }
        pendingClass = '';
        pendingTitle = '';
        continue;
      }
      if (trimmed === "'''" || trimmed === '<<<') continue;
    }
    const item = LIST_ITEM.exec(trimmed);
    if (item && (paragraph.length === 0 || kind === 'li')) {
      flush();
      if (!list) html.push(pendingClass === '' ? '<ul>' : `<ul class="${escapeHtml(pendingClass)}">`);
      pendingClass = '';
      list = true;
      kind = 'li';
      paragraph.push(item[1] ?? '');
      continue;
    }
    if (paragraph.length === 0) {
      // A "+" joins the next block to the item above; anything else after a blank line ends the list.
      if (list && trimmed !== '+') closeList();
      kind = 'p';
    }
    if (pendingTitle !== '' && paragraph.length === 0) {
      html.push(`<div class="title">${escapeHtml(asciidocInline(pendingTitle, attributes))}</div>`);
      pendingTitle = '';
    }
    if (trimmed !== '+') paragraph.push(trimmed);
  }
  closeList();
  while (open.pop() !== undefined) html.push('</div>');
  const meta = metaFromFields(fields);
  if (meta.title === '') meta.title = title;
  return pageFromFields(meta, html.join('\n'));
}

/** "[.author-bio]" → "author-bio"; "[sidebar.related]" → "sidebar related"; "[quote, Lin Wei]" → "quote". */
function roles(attributes: string): string {
  const first = attributes.split(',')[0]?.trim() ?? '';
  return first.replace(/#[\w-]+/, '').split('.').filter((r) => r !== '').join(' ');
}
