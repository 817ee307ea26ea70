import { splitSentences } from '../chunks/chunkParagraphs.js';
import type { Analyzer } from '../search/analyzer.js';

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
export function buildExcerpt(text: string, analyzer: Analyzer, matchedTerms: ReadonlySet<string>, maxChars = MAX_EXCERPT_CHARS): Excerpt {
  const spans = analyzer.spans(text).filter((s) => matchedTerms.has(s.term));
  const sentences = locateSentences(text);

  let best = { start: 0, end: sentences[0]?.end ?? text.length, distinct: -1, hits: 0 };
  for (let i = 0; i < sentences.length; i++) {
    for (let width = 1; width <= 2 && i + width <= sentences.length; width++) {
      const start = (sentences[i] as Sentence).start;
      const end = (sentences[i + width - 1] as Sentence).end;
      if (width === 2 && end - start > maxChars) continue;
      const inside = spans.filter((s) => s.start >= start && s.end <= end);
      const distinct = new Set(inside.map((s) => s.term)).size;
      // More distinct terms wins; then more occurrences; then the shorter, earlier window.
      if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.hits)) {
        best = { start, end, distinct, hits: inside.length };
      }
    }
  }

  let { start, end } = best;
  let cutStart = false;
  let cutEnd = false;
  if (end - start > maxChars) {
    const first = spans.find((s) => s.start >= start && s.end <= end);
    if (first && first.end - start > maxChars * 0.6) {
      const wanted = Math.max(start, first.start - Math.floor(maxChars / 4));
      const space = text.lastIndexOf(' ', wanted);
      if (space > start) {
        start = space + 1;
        cutStart = true;
      }
    }
    if (end - start > maxChars - 2) {
      const limit = start + maxChars - 2;
      const space = text.lastIndexOf(' ', limit);
      end = space > start ? space : limit;
      cutEnd = true;
    }
  }

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

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
