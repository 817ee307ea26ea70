/**
 * Text scrapes often carry bits of the page's HTML: a raw `<a href=…>` around
 * a phrase, `&nbsp;`, `&#8217;`. Tags are removed (their words kept, so the
 * sentence stays findable), entities decoded. Wiki-style markers the reader
 * never needs ("[edit]", footnote marks "[3]", "[citation needed]") go too.
 */
import { decodeHTMLStrict } from 'entities';

/** Known HTML element names only, so "<3", "a < b" or "<Name>" placeholders are left alone. */
const TAG_NAMES =
  'a|abbr|article|aside|audio|b|blockquote|body|br|button|caption|center|cite|code|dd|del|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|noscript|ol|option|p|picture|pre|q|s|section|select|small|source|span|strike|strong|style|sub|sup|svg|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|u|ul|video';
const TAG = new RegExp(`</?(?:${TAG_NAMES})(?:\\s[^<>]*)?/?>`, 'gi');
/** Tags that end a block: the text on either side belongs to different lines. */
const BLOCK_TAG = /^<\/?(?:article|aside|blockquote|body|br|div|dd|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)\b/i;
const HIDDEN_ELEMENT = /<(script|style|noscript|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
/** An element holding one block of running text, its closing tag the first that follows (no nesting within). */
const TEXT_BLOCK = /<(p|li|h[1-6]|td|th|dd|dt|figcaption)\b[^<>]*>(?:(?!<\/?\1\b)[\s\S]){0,20000}?<\/\1\s*>/gi;
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/** True when a text file holds HTML tags or character entities worth removing. */
export function hasMarkup(text: string): boolean {
  TAG.lastIndex = 0;
  return ENTITY.test(text) || TAG.test(text) || text.includes('<!--');
}

export function stripMarkup(text: string): string {
  if (!hasMarkup(text)) return text;
  const withoutTags = text
    .replace(COMMENT, ' ')
    .replace(HIDDEN_ELEMENT, '\n')
    // Inside a paragraph's tags a line break is a space, as a browser shows it: HTML source wrapped at a fixed width
    // (a filing's exhibit, a mail's HTML part) is not one line per paragraph.
    .replace(TEXT_BLOCK, (block) => block.replace(/[ \t]*\r?\n[ \t]*/g, ' '))
    .replace(TAG, (tag) => (BLOCK_TAG.test(tag) ? '\n' : ''));
  return decodeHTMLStrict(withoutTags);
}

/**
 * Inline wiki and reference furniture: edit links beside headings, footnote
 * marks glued to words, maintenance tags. "[sic]", "[Photo/Agencies]" or a
 * bracketed year stay (the last is a fact; the first two have other rules).
 * Case matters: "[I] think" is an editor's insertion, "[i]" a note mark. An empty pair ("Origin[]") is an edit link
 * whose words a wiki's copy left out.
 */
const INLINE_MARKERS =
  /\s?\[(?:\s*edit(?:\s+source)?\s*|\s*\d{1,3}\s*|[a-z]|note\s+\d{1,3}|nb\s+\d{1,3}|citation needed|clarification needed|when\?|who\?|according to whom\?|dubious(?:\s*[–-]\s*discuss)?|failed verification|better source needed|update|\s*)\](?:\[(?:\d{1,3}|[a-z])\])*/g;
/**
 * The edit link a wiki in another language prints beside each heading, as MediaWiki words it ("[편집]", "[编辑]",
 * "[modifier | modifier le code]", "[bearbeiten | Quelltext bearbeiten]"), and an English one whose closing bracket a
 * converter wrapped onto the next line ("Slang from the comment section [edit").
 */
const EDIT_WORDS =
  'edit|edit source|bearbeiten|Bearbeiten|Quelltext bearbeiten|modifier|modifier le code|editar|editar código|editar código-fonte|modifica|modifica wikitesto|bewerken|brontekst bewerken|edytuj|edytuj kod|править|править код|редагувати|редагувати код|redigera|redigera wikitext|rediger|rediger kildetekst|rediger kilde|muokkaa|muokkaa wikitekstiä|editovat|editovat zdroj|upravit|upravit zdroj|szerkesztés|forrásszöveg szerkesztése|değiştir|kaynağı değiştir|sunting|sunting sumber|sửa|sửa mã nguồn|編集|ソースを編集|编辑|編輯|编辑源代码|編輯原始碼|편집|원본 편집|عدل|تعديل|تعديل المصدر|ویرایش|ویرایش مبدأ|עריכה|עריכת קוד מקור|επεξεργασία|επεξεργασία κώδικα|संपादित करें|स्रोत सम्पादित करें|แก้ไข|แก้ไขต้นฉบับ';
const FOREIGN_EDIT_MARKER = new RegExp(`\\s?\\[\\s*(?:${EDIT_WORDS})(?:\\s*[|·]\\s*(?:${EDIT_WORDS}))?\\s*\\]|\\s?\\[\\s*(?:edit|edit source)\\s*$`, 'gu');

/** What a removed mark leaves: the space it stood for when it parted two words, else nothing. */
function markGone(mark: string, at: number, whole: string): string {
  return /^\s/.test(mark) && /^[\p{L}\p{N}]/u.test(whole.slice(at + mark.length)) ? ' ' : '';
}

export function removeInlineMarkers(line: string): string {
  if (!line.includes('[')) return line;
  // A text browser's dump (lynx, w3m) numbers each link before its words ("Tags: [7]localization [8]rednote"): the
  // space before such a mark separates words and stays; a footnote mark follows its word ("2025.[3] The").
  return line
    .replace(INLINE_MARKERS, markGone)
    .replace(FOREIGN_EDIT_MARKER, markGone)
    .replace(/ {2,}/g, ' ')
    .trim();
}
