import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { DocumentMeta } from '../corpus/types.js';
import type { SearchIndex } from '../search/index/buildIndex.js';
import { RANKING, type Ranking } from '../search/query/rankingConstants.js';
import { analyseChunk, searchChunks, type SearchHit, type SearchOutcome } from '../search/query/searchChunks.js';
import { citeReferences, referencesForQuestion, type Citations } from './citations.js';
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
  /** The ranking's constants, for the tuning script (`npm run tune`); RANKING by default. */
  ranking?: Ranking;
}

export const DEFAULT_ANSWER_LIMIT = 12;
/** A near miss sharing less than this of the question says nothing about it. */
const MIN_SUGGESTION_COVERAGE = 0.35;
const MAX_SUGGESTIONS = 3;

const UNKNOWN_DOCUMENT = (id: string): DocumentMeta => ({ id, file: '', title: id, publisher: '', author: '', date: '', url: '', kind: '' });

export function answerQuestion(index: SearchIndex, question: string, options: AnswerOptions = {}): Answer {
  const limit = Math.max(1, options.limit ?? DEFAULT_ANSWER_LIMIT);
  const trimmed = question.trim();
  const ranking = options.ranking ?? RANKING;
  const outcome = searchChunks(index, trimmed, { ranking });
  if (outcome.queryTerms.length === 0 && outcome.namedReferences.length === 0) {
    return { question: trimmed, status: 'empty-question', items: [], suggestions: [] };
  }
  const sure = outcome.hits.length > 0;
  const nothing = !sure && outcome.lowConfidence.length === 0;
  const notFound = (): Answer => ({ question: trimmed, status: 'not-found', items: [], suggestions: suggestFrom(outcome, trimmed, index) });
  if (nothing && !outcome.asksSource) return notFound();
  // Outlets the question names come first; else a headline the question's own distinctive words point at.
  const pinned = outcome.namedReferences.length > 0 ? outcome.namedReferences : referencesForQuestion(index, outcome.queryTerms);
  // "Which outlet said over half a million refugees flocked to RedNote?": a question asking where something was reported,
  // in the words of one headline of the Source List, that no paragraph answers as asked. The paragraphs that answer the
  // headline's own words are shown, labelled not sure, citing it first.
  const viaHeadline = nothing && pinned[0] !== undefined ? searchChunks(index, pinned[0].title, { ranking }).hits : [];
  if (nothing && viaHeadline.length === 0) return notFound();

  // Each shown paragraph is analysed once, for duplicates, excerpt and citations alike (and the search's own checks).
  const analysis = (chunk: Chunk) => analyseChunk(index, chunk);
  // Variety needs a pool a little larger than what is shown; analysing every candidate would not pay.
  const pool = sure ? outcome.hits : outcome.lowConfidence.length > 0 ? outcome.lowConfidence : viaHeadline;
  const picked = diversify(collapseNearDuplicates(pool, (chunk) => analysis(chunk).terms, limit * 2, ranking), limit, ranking);
  const items = picked.map((hit, i): AnswerItem => {
    const document = index.documents.get(hit.chunk.document) ?? UNKNOWN_DOCUMENT(hit.chunk.document);
    const { spans, terms } = analysis(hit.chunk);
    return {
      rank: i + 1,
      score: Math.round(hit.score * 1000) / 1000,
      chunk: hit.chunk,
      document,
      excerpt: buildExcerpt(hit.chunk.text, index.analyzer, hit.matchedTerms, MAX_EXCERPT_CHARS, spans),
      citations: citeReferences(index, hit.chunk, pinned, terms),
    };
  });
  return { question: trimmed, status: sure ? 'answered' : 'low-confidence', items, suggestions: [] };
}

function collapseNearDuplicates(hits: readonly SearchHit[], termsOf: (chunk: Chunk) => ReadonlySet<string>, enough: number, ranking: Ranking): SearchHit[] {
  const kept: { hit: SearchHit; terms: ReadonlySet<string> }[] = [];
  for (const hit of hits) {
    if (kept.length >= enough) break;
    const terms = termsOf(hit.chunk);
    const duplicate = kept.some((k) => jaccardAtLeast(k.terms, terms, ranking.nearDuplicateJaccard));
    if (!duplicate) kept.push({ hit, terms });
  }
  return kept.map((k) => k.hit);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Whether two paragraphs' terms overlap at least `threshold` (Jaccard), as `jaccard(a, b) >= threshold` says, without
 * counting when it cannot be: the overlap is at most the smaller set's share of the larger, and most pairs of
 * candidates differ in size by more than that allows (the sets compared were a seventh of /ask's time at 10,000 paragraphs).
 */
export function jaccardAtLeast(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (large.size === 0) return 1 >= threshold;
  if (small.size < threshold * large.size) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared) >= threshold;
}

/**
 * Variety: each further paragraph from an article already shown is scored a
 * little lower, so comparable hits from other articles come up. The score a
 * hit is shown with is that discounted score, so results are always listed in
 * order of their score.
 */
function diversify(hits: readonly SearchHit[], limit: number, ranking: Ranking): SearchHit[] {
  const remaining = [...hits];
  const picked: SearchHit[] = [];
  const perDocument = new Map<string, number>();
  while (picked.length < limit && remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = -Infinity;
    remaining.forEach((hit, i) => {
      const adjusted = hit.score * ranking.sameArticleDiscount ** (perDocument.get(hit.chunk.document) ?? 0);
      if (adjusted > bestScore) {
        bestScore = adjusted;
        bestIndex = i;
      }
    });
    const [hit] = remaining.splice(bestIndex, 1);
    if (!hit) break;
    picked.push({ ...hit, score: bestScore });
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
