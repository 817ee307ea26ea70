import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { DocumentMeta } from '../corpus/types.js';
import type { SearchIndex } from '../search/index/buildIndex.js';
import { analyseChunk, searchChunks, type SearchHit, type SearchOutcome } from '../search/query/searchChunks.js';
import { citeReferences, type Citations } from './citations.js';
import { buildExcerpt, MAX_EXCERPT_CHARS, type Excerpt } from './excerpt.js';

export interface AnswerItem {
  rank: number;
  score: number;
  chunk: Chunk;
  document: DocumentMeta;
  excerpt: Excerpt;
  citations: Citations;
}

/**
 * answered: paragraphs cleared the relevance floor; low-confidence: none did, but the closest share a rare,
 * specific word with the question and are shown labelled as such; not-found: nothing relevant (honest refusal).
 */
export type AnswerStatus = 'answered' | 'low-confidence' | 'not-found' | 'empty-question';

export interface Answer {
  question: string;
  status: AnswerStatus;
  items: AnswerItem[];
  /** For a question the corpus cannot answer: nearby headings worth asking about. */
  suggestions: string[];
}

export interface AnswerOptions {
  /** How many excerpts to prepare (the first page shows three). */
  limit?: number;
}

export const DEFAULT_ANSWER_LIMIT = 12;
/** Paragraphs sharing this share of their terms say the same thing: show one. */
const NEAR_DUPLICATE_JACCARD = 0.8;
/** Each further pick from an already-shown article is discounted, so comparable hits vary. */
const SAME_ARTICLE_DISCOUNT = 0.9;
/** A near miss sharing less than this of the question says nothing about it. */
const MIN_SUGGESTION_COVERAGE = 0.25;
const MAX_SUGGESTIONS = 3;

const UNKNOWN_DOCUMENT = (id: string): DocumentMeta => ({ id, file: '', title: id, publisher: '', author: '', date: '', url: '', kind: '' });

export function answerQuestion(index: SearchIndex, question: string, options: AnswerOptions = {}): Answer {
  const limit = Math.max(1, options.limit ?? DEFAULT_ANSWER_LIMIT);
  const trimmed = question.trim();
  const outcome = searchChunks(index, trimmed);
  if (outcome.queryTerms.length === 0 && outcome.namedReferences.length === 0) {
    return { question: trimmed, status: 'empty-question', items: [], suggestions: [] };
  }
  if (outcome.hits.length === 0) {
    return { question: trimmed, status: 'not-found', items: [], suggestions: suggestFrom(outcome, trimmed, index) };
  }

  // Each shown paragraph is analysed once, for duplicates, excerpt and citations alike (and the search's own checks).
  const analysis = (chunk: Chunk) => analyseChunk(index, chunk);
  // Variety needs a pool a little larger than what is shown; analysing every candidate would not pay.
  const picked = diversify(collapseNearDuplicates(outcome.hits, (chunk) => analysis(chunk).terms, limit * 2), limit);
  const items = picked.map((hit, i): AnswerItem => {
    const document = index.documents.get(hit.chunk.document) ?? UNKNOWN_DOCUMENT(hit.chunk.document);
    const { spans, terms } = analysis(hit.chunk);
    return {
      rank: i + 1,
      score: Math.round(hit.score * 1000) / 1000,
      chunk: hit.chunk,
      document,
      excerpt: buildExcerpt(hit.chunk.text, index.analyzer, hit.matchedTerms, MAX_EXCERPT_CHARS, spans),
      citations: citeReferences(index, hit.chunk, outcome.namedReferences, terms),
    };
  });
  return { question: trimmed, status: 'answered', items, suggestions: [] };
}

function collapseNearDuplicates(hits: readonly SearchHit[], termsOf: (chunk: Chunk) => ReadonlySet<string>, enough: number): SearchHit[] {
  const kept: { hit: SearchHit; terms: ReadonlySet<string> }[] = [];
  for (const hit of hits) {
    if (kept.length >= enough) break;
    const terms = termsOf(hit.chunk);
    const duplicate = kept.some((k) => jaccard(k.terms, terms) >= NEAR_DUPLICATE_JACCARD);
    if (!duplicate) kept.push({ hit, terms });
  }
  return kept.map((k) => k.hit);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

function diversify(hits: readonly SearchHit[], limit: number): SearchHit[] {
  const remaining = [...hits];
  const picked: SearchHit[] = [];
  const perDocument = new Map<string, number>();
  while (picked.length < limit && remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = -Infinity;
    remaining.forEach((hit, i) => {
      const adjusted = hit.score * SAME_ARTICLE_DISCOUNT ** (perDocument.get(hit.chunk.document) ?? 0);
      if (adjusted > bestScore) {
        bestScore = adjusted;
        bestIndex = i;
      }
    });
    const [hit] = remaining.splice(bestIndex, 1);
    if (!hit) break;
    picked.push(hit);
    perDocument.set(hit.chunk.document, (perDocument.get(hit.chunk.document) ?? 0) + 1);
  }
  return picked;
}

/**
 * "Did you mean": the question with its misspellings corrected, then the
 * headings and titles of the paragraphs that came closest.
 */
function suggestFrom(outcome: SearchOutcome, question: string, index: SearchIndex): string[] {
  const suggestions: string[] = [];
  if (outcome.corrections.length > 0) {
    let corrected = question;
    for (const { written, read } of outcome.corrections) corrected = corrected.replace(written, read);
    if (corrected !== question) suggestions.push(corrected);
  }
  for (const miss of outcome.nearMisses) {
    if (miss.coverage < MIN_SUGGESTION_COVERAGE) continue;
    const label = miss.chunk.heading ?? index.documents.get(miss.chunk.document)?.title;
    if (label && !suggestions.includes(label)) suggestions.push(label);
    if (suggestions.length >= MAX_SUGGESTIONS) break;
  }
  return suggestions;
}
