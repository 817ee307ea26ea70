import { splitSentences } from '../chunks/chunkParagraphs.js';
import type { Analyzer, TermSpan } from '../search/analysis/analyzer.js';

export interface Excerpt {
  /** Plain text; "…" marks where a sentence was cut. */
  text: string;
  /** [start, end) character ranges of matched words within `text`, in order. */
  highlights: [number, number][];
}

/** Discord shows long excerpts as walls of text: about two sentences is the sweet spot. */
export const MAX_EXCERPT_CHARS = 400;
const ELLIPSIS = '…';

interface Sentence {
  start: number;
  end: number;
}

function locateSentences(text: string): Sentence[] {
  const located: Sentence[] = [];
  let from = 0;
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, from);
    if (start < 0) continue;
    located.push({ start, end: start + sentence.length });
    from = start + sentence.length;
  }
  return located.length > 0 ? located : [{ start: 0, end: text.length }];
}

/**
 * Picks the one- or two-sentence window holding the most distinct matched
 * terms (after stemming and synonyms), trims it to the length limit at word
 * boundaries, and reports where the matched words are so they can be bolded.
 */
export function buildExcerpt(
  text: string,
  analyzer: Analyzer,
  matchedTerms: ReadonlySet<string>,
  maxChars = MAX_EXCERPT_CHARS,
  analysed: readonly TermSpan[] = analyzer.spans(text),
): Excerpt {
  const spans = analysed.filter((s) => matchedTerms.has(s.term));
  const sentences = locateSentences(text);

  let best = { first: 0, last: 0, distinct: -1, hits: 0, leads: false, length: Infinity };
  for (let i = 0; i < sentences.length; i++) {
    for (let width = 1; width <= 2 && i + width <= sentences.length; width++) {
      const start = (sentences[i] as Sentence).start;
      const end = (sentences[i + width - 1] as Sentence).end;
      if (width === 2 && end - start > maxChars) continue;
      const inside = spans.filter((s) => s.start >= start && s.end <= end);
      const distinct = new Set(inside.map((s) => s.term)).size;
      const leads = inside.some((s) => s.end <= (sentences[i] as Sentence).end);
      const length = end - start;
      // Most distinct terms; then most occurrences; then a window that opens on a match; then the shorter one.
      const better =
        distinct !== best.distinct ? distinct > best.distinct
        : inside.length !== best.hits ? inside.length > best.hits
        : leads !== best.leads ? leads
        : distinct > 0 && length < best.length;
      if (better) best = { first: i, last: i + width - 1, distinct, hits: inside.length, leads, length };
    }
  }
  // A short answer reads better with the sentence that follows it, when both fit.
  const next = sentences[best.last + 1];
  if (best.first === best.last && next && next.end - (sentences[best.first] as Sentence).start <= maxChars * 0.75) best.last += 1;
  const window = { start: sentences[best.first]?.start ?? 0, end: sentences[best.last]?.end ?? text.length };

  let { start, end } = window;
  let cutStart = false;
  let cutEnd = false;
  if (end - start > maxChars) {
    const first = spans.find((s) => s.start >= start && s.end <= end);
    if (first && first.end - start > maxChars * 0.6) {
      // Start a little before the first matched word, at a word boundary, so it is shown with some context.
      const boundary = wordBoundaryAtOrBefore(text, Math.max(start, first.start - Math.floor(maxChars / 4)), start);
      if (boundary > start) {
        start = boundary;
        cutStart = true;
      }
    }
    if (end - start > maxChars - 2) {
      const boundary = wordBoundaryAtOrBefore(text, start + maxChars - 2, start);
      end = boundary > start ? boundary : start + maxChars - 2;
      cutEnd = true;
    }
  }
  // Leading spaces after a cut would push the text away from its ellipsis.
  while (cutStart && start < end && /\s/u.test(text[start] ?? '')) start++;

  let excerpt = text.slice(start, end).trimEnd();
  const offset = (cutStart ? ELLIPSIS.length : 0) - start;
  if (cutEnd) excerpt = excerpt.replace(/[\s,;:–—-]+$/, '') + ELLIPSIS;
  if (cutStart) excerpt = ELLIPSIS + excerpt;
  const visibleEnd = excerpt.length - (cutEnd ? ELLIPSIS.length : 0);
  const highlights: [number, number][] = spans
    .map((s): [number, number] => [s.start + offset, s.end + offset])
    .filter(([a, b]) => a >= (cutStart ? ELLIPSIS.length : 0) && b <= visibleEnd);
  return { text: excerpt, highlights: mergeRanges(highlights) };
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The last position at or before `at` (and after `floor`) where no word is
 * split: a space, a punctuation mark, or a boundary ICU finds between
 * Chinese words. Surrogate pairs and combining marks are never split either.
 */
export function wordBoundaryAtOrBefore(text: string, at: number, floor: number): number {
  let best = floor;
  // Segmenting from the floor (a sentence start or an earlier cut) sees every word whole; a little past `at` gives ICU its context.
  for (const seg of wordSegmenter.segment(text.slice(floor, Math.min(text.length, at + 32)))) {
    const position = floor + seg.index;
    if (position > at) break;
    if (position > floor) best = position;
  }
  return best;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
