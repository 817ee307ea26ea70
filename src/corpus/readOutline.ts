/**
 * An outliner's page (Logseq; Roam's and Obsidian outliners' Markdown): every
 * block a bullet ("- "), nested by indentation, properties written
 * "key:: value" (the page's own at its top: "source:: https://…",
 * "author:: [[Marisol Vance]]"). A moderator who clips an article into such a
 * page keeps its paragraphs as blocks; what the outliner adds is not the
 * article: properties, tasks ("TODO check the figure"), scheduling and
 * logbook drawers, queries ("{{query …}}"), block references ("((6788…))"),
 * and notes nested under a paragraph (a paragraph has no sub-points: what
 * hangs under it is the reader's annotation).
 */
import { headFromFields, type MarkdownHead } from './readFrontMatter.js';

/** "id:: 6788f2a1-…", "source:: https://…", "collapsed:: true": an outliner's property, on a block's line or under it. */
const PROPERTY = /^\s*(?:[-*] )?([A-Za-z][\w-]*(?: [\w-]+){0,3}):: ?(.*)$/;
const BULLET = /^([ \t]*)[-*] (.*)$/;
/** A task's marker opening a block (Logseq's and Org's keywords). */
const TASK = /^(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS|\[[ xX]\])\s/;
/** "SCHEDULED: <2025-01-20 Mon>", "DEADLINE: <…>": a task's planning under it. */
const PLANNING = /^(?:SCHEDULED|DEADLINE|CLOSED):\s*[<[]/;
const DRAWER_START = /^:[A-Z]+:$/;
const DRAWER_END = /^:END:$/;
/** "{{query …}}", "{{embed …}}", "{{renderer …}}": a macro the outliner renders, not words. */
const MACRO = /^\{\{.*\}\}$/;
/** Outline pages have a few properties and bullets on most lines. */
const MIN_PROPERTIES = 3;
const MIN_BULLETS = 5;

interface OutlineBlock {
  depth: number;
  lines: string[];
}

export function readOutline(text: string): MarkdownHead | null {
  // Tana's paste format opens on its marker; its headings are "!! Heading".
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(TANA_MARKER, '')
    .split(/\r?\n/)
    .map((l) => l.replace(TANA_HEADING, '$1## '));
  const bullets = lines.filter((l) => BULLET.test(l)).length;
  const properties = lines.filter((l) => PROPERTY.test(l)).length;
  if (bullets < MIN_BULLETS || properties < MIN_PROPERTIES) return null;

  const fields = new Map<string, string[]>();
  let i = 0;
  // The page's properties, before its first block.
  for (; i < lines.length && !BULLET.test(lines[i] ?? ''); i++) {
    const property = PROPERTY.exec(lines[i] ?? '');
    if (property) fields.set((property[1] ?? '').toLowerCase(), [unlinked(property[2] ?? '').trim()]);
  }
  const blocks: OutlineBlock[] = [];
  // Properties written as blocks ("- Author:: [[Renée Castellanos]]"), with their depth: under a page's own node, its fields.
  const propertyBlocks: { depth: number; key: string; value: string }[] = [];
  let drawer = false;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const bullet = BULLET.exec(line);
    if (bullet) {
      const property = PROPERTY.exec(line);
      const depth = depthOf(bullet[1] ?? '');
      if (property) propertyBlocks.push({ depth, key: (property[1] ?? '').toLowerCase(), value: withoutTags(unlinked(property[2] ?? '')).trim() });
      blocks.push({ depth, lines: property ? [] : [bullet[2] ?? ''] });
      continue;
    }
    const t = line.trim();
    if (drawer) {
      drawer = !DRAWER_END.test(t);
      continue;
    }
    if (DRAWER_START.test(t)) {
      drawer = true;
      continue;
    }
    if (t === '' || PROPERTY.test(line) || PLANNING.test(t)) continue;
    blocks.at(-1)?.lines.push(t);
  }

  // One block holding all the others is the page's own node (Tana's, a clipper's): its words are the page's name, the
  // properties hung under it the page's fields, and what hangs under it the page.
  const top = Math.min(...blocks.map((b) => b.depth));
  const root = blocks.filter((b) => b.depth === top).length === 1 && blocks[0]?.depth === top && blocks.length > 1 ? blocks[0] : undefined;
  if (root !== undefined) {
    const name = unlinked(withoutTags(root.lines[0] ?? '')).trim();
    if (!fields.has('title') && name !== '') fields.set('title', [name]);
    for (const { depth, key, value } of propertyBlocks) if (depth === top + 1 && !fields.has(key)) fields.set(key, [value]);
  }
  const labels = new Set(blocks.filter((block, i) => isLabel(block, blocks[i + 1])));
  const body: string[] = [];
  // What a block hangs under: its nearest shallower block.
  const parents: OutlineBlock[] = [];
  for (const block of blocks) {
    while (parents.length > 0 && (parents.at(-1)?.depth ?? 0) >= block.depth) parents.pop();
    const parent = parents.at(-1);
    parents.push(block);
    const first = (block.lines[0] ?? '').trim();
    if (block === root) {
      block.lines = [];
      continue;
    }
    // Under a paragraph (or an image, or a task), a block is an annotation; under a heading, a section's text; under the
    // page's node or a label over blocks ("Clipped content"), the page's.
    if (parent !== undefined && parent !== root && !/^#{1,6}\s/.test((parent.lines[0] ?? '').trim()) && !labels.has(parent)) {
      block.lines = [];
      continue;
    }
    // A label's own words name what hangs under it, and are no paragraph.
    if (labels.has(block)) {
      block.lines = [];
      continue;
    }
    if (first === '' || TASK.test(first) || MACRO.test(first) || linksOnly(first)) {
      block.lines = [];
      continue;
    }
    body.push(block.lines.map(unlinked).join('\n'), '');
  }
  // The page's name ("Clip - Lakeshore Ledger - …") is the clipper's; the heading the article prints is its headline.
  if (/^#\s/m.test(body.join('\n'))) fields.delete('title');
  return headFromFields(fields, body.join('\n'), true);
}

/** The first line of Tana's paste format. */
const TANA_MARKER = /^%%tana%%[ \t]*\r?\n/;
/** "- !! Back on, but not for everyone": a heading in Tana's paste format. */
const TANA_HEADING = /^([ \t]*[-*] )!! /;
/** A label is a few words, with no sentence's end. */
const MAX_LABEL_WORDS = 4;

/**
 * A block of a few words with no sentence's end that blocks hang under ("Clipped content", "Mod notes #note"): a label
 * over the outliner's own grouping, whose words are not the page's.
 */
function isLabel(block: OutlineBlock, next: OutlineBlock | undefined): boolean {
  const text = withoutTags(block.lines.join(' ')).trim();
  if (text === '' || /^#{1,6}\s/.test(text) || /[.!?:;,"”’)]$/u.test(text) || text.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  return next !== undefined && next.depth > block.depth;
}

/** "… #article", "Mod notes #note": a node's tags, which class it, not say it. */
function withoutTags(text: string): string {
  return text.replace(/(?:\s+#[\p{L}\w-]+)+\s*$/u, '');
}

/** Indentation as a depth: a tab, or two spaces, a level. */
function depthOf(indent: string): number {
  return indent.replace(/ {2}/g, '\t').replace(/ /g, '').length;
}

/** "[[The Lakeshore Ledger]]" → its words; "((6788f2a1-…))" (a reference to another block) → nothing. */
function unlinked(text: string): string {
  return text
    .replace(/\(\([0-9a-f-]{8,}\)\)/g, '')
    .replace(/#\[\[([^\]]*)\]\]/g, '')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/[ \t]{2,}/g, ' ');
}

/** A block that is only page links and tags ("Linked from: [[Jan 17th, 2025]], [[TikTok refugees MOC]]"): the outliner's graph, not text. */
function linksOnly(text: string): boolean {
  const linked = [...text.matchAll(/\[\[[^\]]*\]\]|#[\w-]+/g)].reduce((n, m) => n + m[0].length, 0);
  return linked > 0 && linked >= text.replace(/\s/g, '').length / 2;
}
