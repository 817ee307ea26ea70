/**
 * A news agency's wire as a newsroom system captures it, items in the ANPA
 * 1312 layout: each between "ZCZC" and "NNNN", a selector line ("u i
 * BC-US--RedNote-Refugees,1st Ld-Writethru  01-14 0918"), then header fields
 * set off by "^" and "<" (the slug, the headline, an editors' note, the
 * byline, the agency), the story with its paragraphs indented, and the
 * filing stamp ("ANW-NY-01-14-25 1847EST<"). A capture of several items
 * (an advisory, the story, a box of key dates) is read as its longest item:
 * the story the others announce or accompany.
 */
import { normalizeLine } from './cleanArticle.js';
import { parseByline } from './findMetadata.js';
import { countWords } from './furniture.js';
import type { PageMetadata } from './readHtml.js';

export interface WireItem {
  meta: PageMetadata;
  /** The story's text, its paragraphs as the wire indents them. */
  body: string;
}

/** Header fields an item needs before the text counts as a capture: a line of "^" and "<" field marks. */
const MIN_FIELD_LINES = 2;
const FIELD_LINE = /^\^.*<\s*$/;
/** "ANW-NY-01-14-25 1847EST<": the desk, the date (month, day, year) and the time the item moved. */
const FILING_STAMP = /^[A-Z]{2,6}-[A-Z]{2,4}-(\d{2})-(\d{2})-(\d{2})\s+\d{4}[A-Z]{2,4}<?\s*$/;
/** "^BC-US--RedNote-Refugees, 1st Ld-Writethru,0918<": the slug and the word count, no part of the story. */
const SLUG = /^[A-Z]{1,3}-[\w-]+/;

export function readWireQueue(text: string): WireItem | null {
  const lines = text.split(/\r\n|\r|\n/);
  if (!lines.some((l) => l.trim() === 'ZCZC') || !lines.some((l) => l.trim() === 'NNNN')) return null;
  if (lines.filter((l) => FIELD_LINE.test(l.trim())).length < MIN_FIELD_LINES) return null;
  const items: string[][] = [];
  let item: string[] | null = null;
  for (const line of lines) {
    if (line.trim() === 'ZCZC') item = [];
    else if (line.trim() === 'NNNN') {
      if (item) items.push(item);
      item = null;
    } else item?.push(line);
  }
  let story: string[] | undefined;
  let most = -1;
  for (const candidate of items) {
    const words = countWords(candidate.join(' '));
    if (words > most) [story, most] = [candidate, words];
  }
  return story ? readItem(story) : null;
}

function readItem(lines: readonly string[]): WireItem {
  const fields: string[] = [];
  const body: string[] = [];
  let date = '';
  let inField = false;
  let field = '';
  for (const raw of lines) {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    const stamp = FILING_STAMP.exec(trimmed);
    if (stamp) {
      date ||= `20${stamp[3]}-${stamp[1]}-${stamp[2]}`;
      continue;
    }
    // A field opens with "^" and may run over several lines until its "<".
    if (!inField && trimmed.startsWith('^')) {
      inField = true;
      field = '';
    }
    if (inField) {
      field += `${field === '' ? '' : ' '}${trimmed.replace(/^\^/, '')}`;
      if (trimmed.endsWith('<')) {
        fields.push(normalizeLine(field.replace(/<$/, '')));
        inField = false;
      }
      continue;
    }
    // Before the first field: the item's number and its selector line.
    if (fields.length === 0) continue;
    body.push(line);
  }
  const content = fields.filter((f) => !SLUG.test(f) && !/^eds:/i.test(f));
  const bylineField = content.find((f) => /^by\s/i.test(f)) ?? '';
  const byline = bylineField === '' ? null : parseByline(bylineField);
  const headline = content.find((f) => f !== bylineField) ?? '';
  // The agency's name on a field of its own after the byline ("^Allied Newswire<").
  const after = bylineField === '' ? -1 : content.indexOf(bylineField) + 1;
  const agency = after > 0 ? (content[after] ?? '') : '';
  return {
    meta: { title: headline, author: byline?.author ?? '', date, publisher: agency || byline?.publisher || '', url: '' },
    body: body.join('\n'),
  };
}
