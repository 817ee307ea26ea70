import type { Query, SearchResult } from 'minisearch';
import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { Reference } from '../corpus/types.js';
import { FIELD_BOOSTS, inverseDocumentFrequency, type SearchIndex } from './buildIndex.js';
import { QUESTION_FILLER } from './stopWords.js';

export interface SearchHit {
  chunk: Chunk;
  score: number;
  /** Share of the question's weight (IDF) that this chunk matched, 0..1. */
  coverage: number;
  /** Index terms that matched (after fuzzy or prefix expansion): what to bold. */
  matchedTerms: Set<string>;
}

export interface SearchOutcome {
  /** The question's terms after analysis (stemmed, synonyms applied). */
  queryTerms: string[];
  /** Query terms the index does not contain, even approximately. */
  unknownTerms: string[];
  /** References whose outlet the question names ("what did Reuters write?"). */
  namedReferences: Reference[];
  /** Hits above the relevance floor, best first. */
  hits: SearchHit[];
  /** Best hits below the floor, for "did you mean" suggestions. */
  nearMisses: SearchHit[];
}

export interface SearchOptions {
  /** Treat the last word as a prefix (the user may still be typing it). */
  prefixLastTerm?: boolean;
  maxHits?: number;
}

/**
 * Relevance floor: the share of the question's IDF weight a chunk must match.
 * Calibrated on test/eval/questions.json (see `npm run eval`).
 */
export const MIN_COVERAGE = 0.5;
/** Candidates scored per query: enough for paging, few enough to stay fast on large corpora. */
const MAX_CANDIDATES = 60;
/** Questions are capped before analysis: Discord allows 6000 characters, nobody asks that much. */
export const MAX_QUESTION_CHARS = 500;

function fuzzyDistance(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

export function searchChunks(index: SearchIndex, question: string, options: SearchOptions = {}): SearchOutcome {
  const { analyzer, mini, documentFrequency, chunkCount } = index;
  const allTerms = analyzer.terms(question.slice(0, MAX_QUESTION_CHARS));
  const empty: SearchOutcome = { queryTerms: [], unknownTerms: [], namedReferences: [], hits: [], nearMisses: [] };
  if (allTerms.length === 0) return empty;

  // Outlet names are about citations, not paragraph text: they select a reference instead.
  const namedReferences: Reference[] = [];
  const outletPositions = new Set<number>();
  for (const { reference, outletTerms } of index.references) {
    if (outletTerms.length === 0) continue;
    for (let i = 0; i + outletTerms.length <= allTerms.length; i++) {
      if (outletTerms.every((t, k) => allTerms[i + k] === t)) {
        namedReferences.push(reference);
        for (let k = 0; k < outletTerms.length; k++) outletPositions.add(i + k);
        break;
      }
    }
  }
  const contentTerms = [...new Set(allTerms.filter((t, i) => !outletPositions.has(i) && !QUESTION_FILLER.has(t)))];
  const referenceTerms = new Set<string>();
  for (const reference of namedReferences) {
    const vector = index.references.find((r) => r.reference === reference);
    for (const term of vector?.weights.keys() ?? []) referenceTerms.add(term);
  }
  if (contentTerms.length === 0 && referenceTerms.size === 0) return { ...empty, queryTerms: allTerms, namedReferences };

  const idf = (term: string) => inverseDocumentFrequency(chunkCount, documentFrequency.get(term) ?? 0);
  const lastTerm = allTerms.at(-1);
  const leaves: Query[] = [];
  const unknownTerms: string[] = [];
  for (const term of contentTerms) {
    const known = documentFrequency.has(term);
    const prefix = options.prefixLastTerm === true && term === lastTerm && term.length >= 2;
    const fuzzy = known ? 0 : fuzzyDistance(term);
    if (!known && fuzzy === 0 && !prefix) {
      unknownTerms.push(term);
      continue;
    }
    leaves.push({ queries: [term], fuzzy: fuzzy > 0 ? fuzzy : false, prefix, maxFuzzy: 2 });
  }
  if (referenceTerms.size > 0) {
    // The named outlet's headline stands in for "what did X write": weighted below the user's own words.
    leaves.push({ queries: [...referenceTerms], boostTerm: () => 0.6 });
  }
  if (leaves.length === 0) return { ...empty, queryTerms: contentTerms, unknownTerms, namedReferences };

  const results: SearchResult[] = mini
    .search({ combineWith: 'OR', queries: leaves }, { boost: { ...FIELD_BOOSTS }, tokenize: (s) => [s], processTerm: (t) => t })
    .slice(0, MAX_CANDIDATES);

  const weightOf = (term: string) => idf(term);
  const totalWeight = contentTerms.reduce((sum, t) => sum + weightOf(t), 0);
  const hits: SearchHit[] = [];
  const nearMisses: SearchHit[] = [];
  for (const result of results) {
    const chunk = index.chunks.get(String(result.id));
    if (!chunk) continue;
    const matchedQuery = new Set(result.queryTerms);
    const matchedWeight = contentTerms.reduce((sum, t) => (matchedQuery.has(t) ? sum + weightOf(t) : sum), 0);
    // A question that only names an outlet is fully answered by that outlet's coverage.
    const coverage = totalWeight === 0 ? 1 : matchedWeight / totalWeight;
    const hit: SearchHit = { chunk, score: result.score * (0.5 + coverage), coverage, matchedTerms: new Set(result.terms) };
    if (coverage >= MIN_COVERAGE && (totalWeight > 0 || namedReferences.length > 0)) hits.push(hit);
    else nearMisses.push(hit);
  }
  hits.sort((a, b) => b.score - a.score);
  const maxHits = options.maxHits ?? MAX_CANDIDATES;
  return { queryTerms: contentTerms, unknownTerms, namedReferences, hits: hits.slice(0, maxHits), nearMisses: nearMisses.slice(0, 10) };
}
