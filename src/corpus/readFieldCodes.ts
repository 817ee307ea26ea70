/**
 * A news database's export with field codes, as Factiva writes one article
 * per record ("HD  headline", "BY  byline", "PD  15 January 2025", "SN  The
 * Midwest Ledger", "LP  lead paragraphs", "TD  the rest of the text", then
 * indexing codes: CO, IN, NS, RE, AN …). The record states the article's
 * metadata in its fields; its text is the LP and TD fields, whose paragraphs
 * continue on indented lines. The page headers and footers a PDF or print of
 * the export puts between them are not part of any field.
 */
import { normalizeLine } from './cleanArticle.js';
import { findDate } from './findDate.js';
import { parseByline } from './findMetadata.js';
import type { PageMetadata } from './readHtml.js';

export interface FieldCodedRecord {
  meta: PageMetadata;
  /** The article's text (lead and body fields), paragraphs separated by blank lines. */
  body: string;
}

/** "HD         Chinese app RedNote lures …": a code of two or three capitals, then the field's value after a gap. */
const FIELD = /^([A-Z]{2,3})(?:\s{2,}|\t+)(\S.*)$/;
/** The fields holding the article's text: the lead paragraphs and the rest. */
const TEXT_FIELDS = new Set(['LP', 'TD']);
/** Codes the export's records carry: a text that uses several of them, a headline and a text field among them, is one. */
const KNOWN = new Set(['HD', 'BY', 'WC', 'PD', 'ET', 'SN', 'SC', 'ED', 'PG', 'LA', 'CY', 'LP', 'TD', 'CO', 'IN', 'NS', 'RE', 'IPD', 'IPC', 'PUB', 'AN', 'CR', 'SE', 'CLM', 'ART', 'VOL', 'RF']);
const MIN_FIELDS = 5;

/** The record, or null when the text is not a field-coded export. */
export function readFieldCodes(text: string): FieldCodedRecord | null {
  const lines = text.split(/\r\n|\r|\n/);
  const codes = new Set<string>();
  for (const line of lines) {
    const code = FIELD.exec(line)?.[1];
    if (code !== undefined && KNOWN.has(code)) codes.add(code);
  }
  if (codes.size < MIN_FIELDS || !codes.has('HD') || ![...TEXT_FIELDS].some((c) => codes.has(c))) return null;

  const fields = new Map<string, string>();
  const paragraphs: string[] = [];
  let current: string | null = null;
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) paragraphs.push(normalizeLine(paragraph.join(' ')));
    paragraph = [];
  };
  for (const line of lines) {
    const field = FIELD.exec(line);
    if (field && KNOWN.has(field[1] ?? '')) {
      endParagraph();
      current = field[1] ?? null;
      const value = (field[2] ?? '').trim();
      if (current !== null && TEXT_FIELDS.has(current)) paragraph.push(value);
      else if (current !== null && !fields.has(current)) fields.set(current, value);
      continue;
    }
    // A text field's paragraphs go on indented; a blank line ends one. A line at the margin (a page's header or footer)
    // belongs to no field, and the text resumes under it.
    if (line.trim() === '') {
      endParagraph();
      continue;
    }
    if (current !== null && TEXT_FIELDS.has(current) && /^\s{4,}\S/.test(line)) paragraph.push(line.trim());
    else if (!/^\s/.test(line)) endParagraph();
  }
  endParagraph();

  const byline = fields.get('BY') ?? '';
  const author = byline === '' ? '' : parseByline(/^by\b/i.test(byline) ? byline : `By ${byline}`).author;
  return {
    meta: {
      title: normalizeLine(fields.get('HD') ?? ''),
      author,
      date: findDate(fields.get('PD') ?? '')?.iso ?? '',
      publisher: normalizeLine(fields.get('SN') ?? ''),
      url: '',
    },
    body: paragraphs.join('\n\n'),
  };
}
