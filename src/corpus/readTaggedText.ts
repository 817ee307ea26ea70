/**
 * Adobe InDesign Tagged Text, as a production desk exports a page's story package (File › Export › Adobe InDesign
 * Tagged Text): a header naming the encoding ("<ASCII-WIN>", "<UNICODE-MAC>"), the document's style definitions
 * ("<dps:Body Text=<…>>", "<dcs:Bold=<…>>"), then one paragraph per line, each opened by the paragraph style it is set
 * in ("<pstyle:A1 Hed>Overnight, Harbor City<0x2019>s …"), with character styles run inside it ("<cstyle:Bold>…<cstyle:>")
 * and characters outside the encoding written as codes ("<0x2019>"). The package holds more than the story: the page's
 * folio and nameplate, teasers, photo cutlines and credits, pull quotes, another story's brief, jump lines.
 *
 * The styles say what each paragraph is, in the names designers give them: the story is its body paragraphs and
 * subheads; its headline, byline, nameplate and folio state its metadata; everything else set on the page is furniture.
 * A style named for none of these is kept for the line cleaner to judge.
 */
import { normalizeLine } from './cleanArticle.js';
import { findDate } from './findDate.js';
import { parseByline } from './findMetadata.js';
import type { PageMetadata } from './readHtml.js';

export interface TaggedStory {
  meta: PageMetadata;
  /** The story's paragraphs and subheads, separated by blank lines. */
  body: string;
}

/** The first line of an export: its character set and platform. */
const HEADER = /^\s*<(?:ASCII|ANSI|UNICODE|BIG5|GB18030|KSC5601|SJIS|SHIFTJIS)-(?:WIN|MAC)>/i;
/** "<pstyle:Body Text>…": a paragraph and the style it is set in. */
const PARAGRAPH = /^<pstyle:([^>]*)>(.*)$/;
/** A line of definitions and settings alone: "<dps:…>", "<vsn:19.5>", "<cnxc:Frame>" (a frame break). */
const SETTINGS_ONLY = /^(?:<[a-zA-Z]+:(?:[^<>]|<[^<>]*(?:<[^<>]*>[^<>]*)*>)*>\s*)+$/;
/** Exports without the header line still set most paragraphs in a named style. */
const MIN_STYLED_PARAGRAPHS = 5;

/** What a paragraph style sets, by the words designers name styles with. */
type Role = 'headline' | 'byline' | 'nameplate' | 'folio' | 'subhead' | 'body' | 'furniture' | 'jump' | 'other-story' | 'unknown';

function roleOf(style: string): Role {
  const s = style.toLowerCase().replace(/[_-]+/g, ' ');
  // Another story's headline on the page (a brief, a sidebar, a refer): the body paragraphs under it are that story's.
  if (/\b(?:brief|briefs|sidebar|box|refer|teaser|promo)\b/.test(s) && /\b(?:hed|head|headline|title)\b/.test(s)) return 'other-story';
  if (/\b(?:sub ?heads?|sub ?heds?|cross ?heads?|section ?head(?:er|ing)?s?|subtitle)\b/.test(s)) return 'subhead';
  // "See TUTORS, Page A6" / "Continued from Page A1" and the jump page's own head: the story goes on after them.
  if (/\bjump\b/.test(s)) return 'jump';
  if (/\b(?:cutline|caption|credit|pull ?quote|pullout|slug|skybox|index|kicker|deck|dek|standfirst|tagline|bio|teaser|refer|promo|label|page ?number|footer|header|breakout|ad)\b/.test(s)) return 'furniture';
  if (/\bby ?line\b/.test(s)) return 'byline';
  if (/\b(?:nameplate|masthead|flag)\b/.test(s)) return 'nameplate';
  if (/\b(?:folio|date ?line)\b/.test(s)) return 'folio';
  if (/\b(?:hed|headline|title)\b/.test(s)) return 'headline';
  if (/\b(?:body|text|copy|normal ?paragraph ?style|first|para(?:graph)?|story|drop ?cap)\b/.test(s)) return 'body';
  return 'unknown';
}

/** A paragraph's text: its character styles and other inline tags removed, its character codes and escapes decoded. */
function plain(text: string): string {
  return normalizeLine(
    text
      .replace(/<0x([0-9a-f]{2,6})>/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/(?<!\\)<[a-zA-Z]+:[^<>]*>/g, '')
      .replace(/\\([<>\\])/g, '$1'),
  );
}

/** The story, or null when the text is not tagged text. */
export function readTaggedText(text: string): TaggedStory | null {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const styled = lines.filter((l) => PARAGRAPH.test(l)).length;
  if (!(HEADER.test(lines[0] ?? '') && styled > 0) && styled < MIN_STYLED_PARAGRAPHS) return null;

  const meta: PageMetadata = { title: '', author: '', date: '', publisher: '', url: '' };
  const body: string[] = [];
  let role: Role = 'unknown';
  // Body paragraphs under another story's headline are that story's, until the page returns to this one.
  let otherStory = false;
  for (const [i, line] of lines.entries()) {
    if (i === 0 && HEADER.test(line)) continue;
    if (line.trim() === '' || SETTINGS_ONLY.test(line.trim())) continue;
    const paragraph = PARAGRAPH.exec(line);
    // A paragraph with no style of its own keeps the one before it.
    if (paragraph) role = roleOf(paragraph[1] ?? '');
    const words = plain(paragraph ? (paragraph[2] ?? '') : line);
    if (words === '') continue;
    // Furniture set between a brief's paragraphs (an index line) leaves the page in the brief; a jump line or the story's
    // own headline, byline or subhead brings it back.
    if (role !== 'body' && role !== 'unknown') otherStory = role === 'other-story' || (role === 'furniture' && otherStory);
    switch (role) {
      case 'headline':
        if (meta.title === '') meta.title = words;
        break;
      case 'byline':
        if (meta.author === '') meta.author = parseByline(/^by\b/i.test(words) ? words : `By ${words}`).author;
        break;
      case 'nameplate':
        if (meta.publisher === '') meta.publisher = words;
        break;
      case 'folio':
        if (meta.date === '') meta.date = findDate(words)?.iso ?? '';
        break;
      case 'subhead':
        body.push(words);
        break;
      case 'body':
      case 'unknown':
        if (!otherStory) body.push(words);
        break;
      default:
        break;
    }
  }
  return { meta, body: body.join('\n\n') };
}
