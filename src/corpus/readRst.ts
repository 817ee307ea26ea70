/**
 * A reStructuredText source (a Pelican or Nikola post, a Sphinx or docutils page) saved as it was written: a title over
 * its adornment line ("=====", "#####"), the post's fields under it (":date: 2025-01-22 08:40", ":authors: …"; Nikola's
 * ".. title: …" comments), sections under adornments, and the markup of the language: directives (".. figure::",
 * ".. raw:: html", ".. sidebar::") with their indented blocks, comments, footnotes, link targets, and inline marks
 * ("*emphasis*", "`words <url>`_", "[#]_", ":role:`text`"). It is written out as the page it renders to, its fields as
 * the page's metadata, its sections as headings; what renders beside the story (figures and their captions, sidebars,
 * raw HTML such as a newsletter box, footnotes, a table of contents) is no part of it.
 */
import { looksLikeAsciidoc } from './readAsciidoc.js';
import { metaFromFields } from './readFrontMatter.js';
import { escapeHtml, pageFromFields } from './pageFromFields.js';

/** A line of one punctuation character repeated: a section's adornment or a transition. */
const ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}\s*$/;
/** ":date: 2025-01-22", ":authors: A, B": a field of a field list. */
const FIELD = /^:([\w][\w .-]*?):(?:\s+(.*))?$/;
/** Nikola's metadata as comments: ".. title: …", ".. date: …". */
const COMMENT_FIELD = /^\.\.\s+([a-z_]+):\s+(.*)$/;
/** ".. figure:: …", ".. raw:: html", ".. |name| replace:: …". */
const DIRECTIVE = /^\.\.\s+(?:\|[^|]+\|\s+)?([\w:-]+)::(?:\s+(.*))?$/;
/** ".. _dataset repo: https://…": a link target. */
const TARGET = /^\.\.\s+_[^:]+:\s*\S*$/;
const EXPLICIT = /^\.\.(?:\s|$)/;
const BULLET = /^(?:[-*+•‣]|\d+[.)]|#[.)]|\(\d+\))\s+/;
/** Directives whose block is the text's own, rendered in its flow. */
const FLOWING = new Set(['container', 'compound', 'rst-class', 'class']);
/** Fields and directives that make a text reStructuredText rather than prose with an underlined line. */
const MIN_MARKS = 2;

const indent = (line: string): number => /^\s*/.exec(line)?.[0].length ?? 0;

/** The title a line and its adornment (or overline and underline) make at `i`, and how many lines it takes. */
function titleAt(lines: readonly string[], i: number): { text: string; lines: number } | null {
  const line = lines[i] ?? '';
  const next = lines[i + 1] ?? '';
  if (ADORNMENT.test(line) && !/^\s/.test(line)) {
    const title = (lines[i + 1] ?? '').trim();
    const under = lines[i + 2] ?? '';
    if (title !== '' && !ADORNMENT.test(title) && ADORNMENT.test(under) && under[0] === line[0]) return { text: title, lines: 3 };
    return null;
  }
  const text = line.trim();
  if (text === '' || /^\s/.test(line) || !ADORNMENT.test(next) || EXPLICIT.test(text)) return null;
  // docutils asks the adornment to reach the end of the title; a short dash line under a sentence is something else.
  return next.trim().length >= Math.min(text.length, 6) ? { text, lines: 2 } : null;
}

/** True when the text is a reStructuredText source: a titled section and reST's fields or explicit markup. */
export function looksLikeRst(text: string): boolean {
  if (looksLikeAsciidoc(text)) return false;
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  let titled = false;
  let marks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!titled && titleAt(lines, i) !== null) titled = true;
    if (DIRECTIVE.test(line) || TARGET.test(line) || COMMENT_FIELD.test(line) || (FIELD.test(line) && i < 40)) marks++;
  }
  return titled && marks >= MIN_MARKS;
}

/** The inline marks of a paragraph removed: a reader sees the words. */
export function rstInline(text: string, substitutions: ReadonlyMap<string, string> = new Map()): string {
  return text
    .replace(/``([^`]+)``/g, '$1')
    .replace(/:[\w:-]+:`([^`<]*?)\s*(?:<[^>]*>)?`/g, '$1')
    .replace(/`([^`<]*?)\s*<[^>]*>`__?/g, '$1')
    .replace(/`([^`]+)`__?/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s?\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_/g, '')
    .replace(/\|([^|\s][^|]*)\|_{0,2}/g, (whole, name: string) => substitutions.get(name) ?? whole)
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1')
    .replace(/(^|[\s("'“‘])\*(\S(?:.*?\S)?)\*(?=$|[\s.,;:!?)"'”’])/g, '$1$2')
    .replace(/\\([\\*`|_])/g, '$1');
}

/** The source as the HTML page it renders to; null when it is not reStructuredText. */
export function rstAsHtml(text: string): string | null {
  if (!looksLikeRst(text)) return null;
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.replace(/\t/g, '        ').replace(/\s+$/, ''));
  const fields = new Map<string, string[]>();
  const substitutions = new Map<string, string>();
  for (const line of lines) {
    const sub = /^\.\.\s+\|([^|]+)\|\s+replace::\s+(.*)$/.exec(line);
    if (sub) substitutions.set(sub[1] ?? '', sub[2] ?? '');
  }
  const html: string[] = [];
  let title = '';
  let paragraph: string[] = [];
  let kind: 'p' | 'li' | 'blockquote' = 'p';
  let list = false;
  let seenProse = false;
  const flush = () => {
    if (paragraph.length === 0) return;
    let words = paragraph.join(' ').replace(/\s+/g, ' ').trim();
    // "as the script printed::" introduces a literal block: the colon stays, the block is code.
    words = words.replace(/\s*::$/, (m) => (m.trim() === m ? ':' : ''));
    const inner = escapeHtml(rstInline(words, substitutions));
    if (kind === 'li' && !list) html.push('<ul>');
    if (kind !== 'li' && list) html.push('</ul>');
    list = kind === 'li';
    html.push(kind === 'blockquote' ? `<blockquote><p>${inner}</p></blockquote>` : `<${kind}>${inner}</${kind}>`);
    paragraph = [];
    seenProse = true;
  };
  const closeList = () => {
    if (list) html.push('</ul>');
    list = false;
  };
  /** Past the indented block that follows line `i` (deeper than `depth`); returns the index of its last line. */
  const skipBlock = (i: number, depth: number): number => {
    let j = i + 1;
    while (j < lines.length && ((lines[j] ?? '') === '' || indent(lines[j] ?? '') > depth)) j++;
    return j - 1;
  };
  let literalNext = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    const depth = indent(line);
    if (trimmed === '') {
      if (paragraph.length > 0) {
        literalNext = /::$/.test(paragraph.at(-1) ?? '');
        flush();
      }
      continue;
    }
    if (literalNext && depth > 0) {
      i = skipBlock(i - 1, depth - 1);
      literalNext = false;
      continue;
    }
    literalNext = false;
    const heading = paragraph.length === 0 ? titleAt(lines, i) : null;
    if (heading) {
      closeList();
      if (title === '') title = heading.text;
      else html.push(`<h2>${escapeHtml(rstInline(heading.text, substitutions))}</h2>`);
      i += heading.lines - 1;
      continue;
    }
    if (paragraph.length === 0 && ADORNMENT.test(trimmed)) continue; // a transition
    // The post's fields: a field list before any prose, and Nikola's comment fields.
    const commentField = COMMENT_FIELD.exec(trimmed);
    const field = FIELD.exec(trimmed);
    if (paragraph.length === 0 && !seenProse && depth === 0 && (field || (commentField && !DIRECTIVE.test(trimmed)))) {
      const key = ((field ?? commentField)?.[1] ?? '').toLowerCase().replace(/\s+/g, '_');
      const end = skipBlock(i, depth);
      const value = [(field ?? commentField)?.[2] ?? '', ...lines.slice(i + 1, end + 1).map((l) => l.trim())].join(' ').trim();
      if (!fields.has(key)) fields.set(key, key === 'authors' || key === 'author' ? value.split(/\s*[,;]\s*/).filter((v) => v !== '') : [value]);
      i = end;
      continue;
    }
    if (paragraph.length === 0 && EXPLICIT.test(trimmed)) {
      flush();
      const directive = DIRECTIVE.exec(trimmed);
      if (directive && FLOWING.has((directive[1] ?? '').toLowerCase())) {
        // Its options (":name: value") go; its content is read as the text's own, one level out.
        let j = i + 1;
        while (j < lines.length && FIELD.test((lines[j] ?? '').trim())) j++;
        i = j - 1;
        continue;
      }
      // A directive, comment, footnote or target, and the indented block that belongs to it.
      closeList();
      i = skipBlock(i, depth);
      continue;
    }
    const bullet = BULLET.exec(trimmed);
    if (bullet && (paragraph.length === 0 || kind === 'li')) {
      flush();
      kind = 'li';
      paragraph.push(trimmed.slice(bullet[0].length));
      continue;
    }
    if (paragraph.length === 0) {
      kind = depth > 0 && !list ? 'blockquote' : list && depth > 0 ? 'li' : 'p';
      if (kind !== 'li') closeList();
    }
    paragraph.push(trimmed.replace(/^\|\s?/, ''));
  }
  flush();
  closeList();
  const meta = metaFromFields(fields);
  if (meta.title === '') meta.title = title;
  return pageFromFields(meta, html.join('\n'));
}
