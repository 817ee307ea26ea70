import type { Query, SearchResult } from 'minisearch';
import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { Reference } from '../corpus/types.js';
import { foldTerm, NUMBER_TERM, type QuerySlot } from './analyzer.js';
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

export interface Correction {
  /** The word as the user wrote it. */
  written: string;
  /** The corpus word it was read as. */
  read: string;
}

export interface SearchOutcome {
  /** The question's terms after analysis (stemmed, synonyms applied). */
  queryTerms: string[];
  /** Words of the question the index does not contain, even approximately. */
  unknownTerms: string[];
  /** Words read as a near spelling or a completion from the corpus ("refugess" → "refugees"). */
  corrections: Correction[];
  /** References whose outlet the question names ("what did Reuters write?"). */
  namedReferences: Reference[];
  /** Hits above the relevance floor, best first. */
  hits: SearchHit[];
  /** Best hits below the floor, for "did you mean" suggestions. */
  nearMisses: SearchHit[];
  /** IDF weight of the whole question: coverage × this is what a hit matched. */
  questionWeight: number;
}

export interface SearchOptions {
  /**
   * Treat an unknown last word as a prefix (the user may still be typing it).
   * Default: when the question does not end in punctuation or a space.
   */
  prefixLastTerm?: boolean;
  maxHits?: number;
  /**
   * Search only the selective words and check candidates for the common ones.
   * Default: on large indexes, where a common word's postings dominate the cost.
   */
  deferCommonTerms?: boolean;
}

/**
 * Relevance floor: the share of the question's IDF weight a chunk must match.
 * Calibrated on test/eval/questions.json (see `npm run eval`): off-topic
 * questions share a common word or two with the corpus, never most of their weight.
 */
export const MIN_COVERAGE = 0.5;
/**
 * A hit covering less still counts when it matches two of the question's
 * words or more, weighing together at least this share of one rare word: a
 * paraphrase matches its key words and misses some everyday ones, an
 * off-topic question only brushes a common corpus word or two.
 */
export const MIN_COVERAGE_WITH_RARE_MATCH = 0.3;
const RARE_MATCH_SHARE = 0.9;
/** Coverage orders hits; BM25 (term frequency, field, length), scaled to this, orders hits of similar coverage. */
const BM25_SHARE = 0.2;
/** The paragraph opening a section whose heading the question matches introduces that heading's subject. */
const SECTION_LEAD_BONUS = 0.1;
/** Candidates scored per query: enough for paging, few enough to stay fast on large corpora. */
const MAX_CANDIDATES = 60;
/** Questions are capped before analysis: Discord allows 6000 characters, nobody asks that much. */
export const MAX_QUESTION_CHARS = 500;
/** A corrected or completed word counts for less than one the user wrote exactly. */
const FUZZY_CREDIT = [1, 0.85, 0.7] as const;
const PREFIX_CREDIT = 0.8;
/**
 * A synonym that is everywhere ("users" for "audience") still shows the
 * question's concept is there: it earns at least this share of the word's weight.
 */
const MIN_ALTERNATIVE_CREDIT = 0.5;
/** Completions tried for a last word: bounded so "a…" on a large index stays cheap. */
const MAX_PREFIX_COMPLETIONS = 24;
const MAX_CORRECTIONS = 4;
const QUANTITY_QUESTION = /\bhow\s+(?:many|much|big|large)\b|\bnumber\s+of\b|多少|几/iu;
/** A word in more than this share of paragraphs is checked on the candidates instead of searched for. */
const COMMON_SHARE = 0.2;
/** Below this many paragraphs scoring every posting is cheap, and common words keep their say in BM25. */
const LARGE_INDEX = 5_000;
/** A named outlet's headline stands in for "what did X write": weighted below the user's own words. */
const HEADLINE_WEIGHT = 0.6;

/** Typos are corrected only on longer words: short ones have too many neighbours. */
function fuzzyDistance(word: string): 0 | 1 | 2 {
  if (!/^\p{L}+$/u.test(word)) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** One concept of the question, resolved against the index. */
interface ResolvedSlot {
  written: string;
  /** IDF of what the user meant: the denominator of coverage. */
  weight: number;
  /** Index terms that satisfy the slot, with the credit each earns (exact 1, approximate less). */
  terms: Map<string, number>;
}

export function searchChunks(index: SearchIndex, question: string, options: SearchOptions = {}): SearchOutcome {
  const { analyzer, mini, documentFrequency, chunkCount } = index;
  const text = question.slice(0, MAX_QUESTION_CHARS);
  const slots = analyzer.query(text);
  const empty: SearchOutcome = { queryTerms: [], unknownTerms: [], corrections: [], namedReferences: [], hits: [], nearMisses: [], questionWeight: 0 };
  if (slots.every((s) => s.stopWord)) return empty;

  const namedReferences = findNamedOutlets(index, slots);
  const outletSlots = new Set(namedReferences.flatMap((n) => n.slots));
  const filler = fillerTerms(index);
  const content = slots.filter((s, i) => !s.stopWord && !outletSlots.has(i) && !QUESTION_FILLER.has(foldTerm(s.written)) && !s.terms.every((t) => filler.has(t)));
  const references = namedReferences.map((n) => n.reference);
  const queryTerms = [...new Set(content.flatMap((s) => s.terms))];

  const idf = (term: string) => inverseDocumentFrequency(chunkCount, documentFrequency.get(term) ?? 0);
  // Words quoted from a named outlet's headline describe that piece, which the corpus only cites: never held against a hit.
  const headlineTerms = new Set(namedReferences.flatMap((n) => [...(index.references.find((r) => r.reference === n.reference)?.weights.keys() ?? [])]));
  const prefixLast = options.prefixLastTerm ?? !/[\s\p{P}]$/u.test(text);
  const lastContent = content.at(-1);
  const resolved: ResolvedSlot[] = [];
  const unknownTerms: string[] = [];
  const corrections: Correction[] = [];
  for (const slot of content) {
    const terms = new Map<string, number>();
    for (const term of slot.terms) if (documentFrequency.has(term)) terms.set(term, 1);
    const word = foldTerm(slot.written);
    if (terms.size === 0 && prefixLast && slot === lastContent && slot.end === text.trimEnd().length && word.length >= 3) {
      for (const [completion, completionTerms] of firstEntries(index.vocabulary.atPrefix(word), MAX_PREFIX_COMPLETIONS)) {
        if (completion === word) continue;
        for (const term of completionTerms) if (documentFrequency.has(term)) terms.set(term, Math.max(terms.get(term) ?? 0, PREFIX_CREDIT));
      }
    }
    if (terms.size === 0 && fuzzyDistance(word) > 0) {
      const best = closestSpellings(index, word, fuzzyDistance(word));
      for (const { terms: corrected, distance } of best) {
        for (const term of corrected) if (documentFrequency.has(term)) terms.set(term, FUZZY_CREDIT[distance] ?? 0);
      }
      if (best[0] && corrections.length < MAX_CORRECTIONS) corrections.push({ written: slot.written, read: best[0].word });
    }
    if (terms.size === 0 && slot.terms.some((t) => headlineTerms.has(t))) continue;
    if (terms.size === 0) {
      unknownTerms.push(slot.written);
      resolved.push({ written: slot.written, weight: inverseDocumentFrequency(chunkCount, 0), terms });
      continue;
    }
    // The word the user wrote sets the weight; its expansions are other ways to match it, not extra importance.
    const [primary] = slot.terms;
    const weight = primary !== undefined && terms.get(primary) === 1 ? idf(primary) : Math.max(...[...terms.keys()].map(idf));
    resolved.push({ written: slot.written, weight, terms });
  }

  // "How many…?" is answered by a paragraph that gives a number.
  if (QUANTITY_QUESTION.test(text) && documentFrequency.has(NUMBER_TERM)) {
    resolved.push({ written: NUMBER_TERM, weight: idf(NUMBER_TERM), terms: new Map([[NUMBER_TERM, 1]]) });
  }

  // "What did the Guardian write?": the outlet's headline is what the question is about.
  const covered = new Set(resolved.flatMap((r) => [...r.terms.keys()]));
  // With words of their own, the question's words decide what is relevant and the outlet only what is cited.
  for (const { reference } of content.length > 0 ? [] : namedReferences) {
    const vector = index.references.find((r) => r.reference === reference);
    for (const term of vector?.weights.keys() ?? []) {
      if (covered.has(term) || !documentFrequency.has(term)) continue;
      covered.add(term);
      resolved.push({ written: term, weight: idf(term) * HEADLINE_WEIGHT, terms: new Map([[term, HEADLINE_WEIGHT]]) });
    }
  }
  if (content.length === 0 && namedReferences.length === 0) return { ...empty, queryTerms };
  // A word in a large share of paragraphs ("RedNote" here, "users" anywhere) would make MiniSearch score most of
  // a large index: candidates come from the selective words, then each candidate is checked for the common ones.
  const matchable = resolved.filter((r) => r.terms.size > 0);
  const allTerms = matchable.flatMap((slot) => [...slot.terms]);
  const defer = options.deferCommonTerms ?? chunkCount >= LARGE_INDEX;
  const frequency = (term: string) => documentFrequency.get(term) ?? 0;
  let searched = defer ? allTerms.filter(([term]) => frequency(term) <= COMMON_SHARE * chunkCount) : allTerms;
  // Only common words ("what did the Guardian write?"): the least common of them finds the candidates.
  if (searched.length === 0) searched = [...allTerms].sort(([a], [b]) => frequency(a) - frequency(b)).slice(0, 1);
  const deferred = allTerms.filter((entry) => !searched.includes(entry)).map(([term]) => term);
  const leaves: Query[] = searched.map(([term, credit]): Query => ({ queries: [term], boostTerm: () => credit }));
  const results: SearchResult[] = mini
    .search({ combineWith: 'OR', queries: leaves }, { boost: { ...FIELD_BOOSTS }, tokenize: (s) => [s], processTerm: (t) => t })
    .slice(0, MAX_CANDIDATES);

  const totalWeight = resolved.reduce((sum, r) => sum + r.weight, 0);
  const rareWeight = inverseDocumentFrequency(chunkCount, 1);
  const hits: SearchHit[] = [];
  const nearMisses: SearchHit[] = [];
  const headingMatched = new Set<string>();
  for (const result of results) {
    const chunk = index.chunks.get(String(result.id));
    if (!chunk) continue;
    const matched = new Set(result.terms);
    if (deferred.length > 0) {
      const inText = new Set(analyzer.terms(chunk.text));
      const inHeading = new Set(chunk.heading === null ? [] : analyzer.terms(chunk.heading));
      for (const term of deferred) {
        if (inHeading.has(term)) headingMatched.add(chunk.id);
        if (inText.has(term) || inHeading.has(term)) matched.add(term);
      }
    }
    if (Object.values(result.match).some((fields) => fields.includes('heading'))) headingMatched.add(chunk.id);
    let matchedWeight = 0;
    let matchedSlots = 0;
    for (const slot of matchable) {
      let credit = 0;
      for (const [term, factor] of slot.terms) if (matched.has(term)) credit = Math.max(credit, Math.min(slot.weight, factor * Math.max(idf(term), MIN_ALTERNATIVE_CREDIT * slot.weight)));
      matchedWeight += credit;
      if (credit > 0) matchedSlots++;
    }
    const coverage = totalWeight === 0 ? 0 : matchedWeight / totalWeight;
    const hit: SearchHit = { chunk, score: result.score, coverage, matchedTerms: matched };
    const relaxed = coverage >= MIN_COVERAGE_WITH_RARE_MATCH && matchedSlots >= 2 && matchedWeight >= RARE_MATCH_SHARE * rareWeight;
    if (coverage >= MIN_COVERAGE || relaxed) hits.push(hit);
    else nearMisses.push(hit);
  }
  // Coverage decides; BM25 (term frequency, field, length) orders hits of comparable coverage.
  const topScore = Math.max(1e-9, ...results.map((r) => r.score));
  for (const hit of [...hits, ...nearMisses]) {
    const lead = index.sectionLeads.has(hit.chunk.id) && headingMatched.has(hit.chunk.id) ? SECTION_LEAD_BONUS : 0;
    hit.score = hit.coverage + BM25_SHARE * (hit.score / topScore) + lead;
  }
  hits.sort((a, b) => b.score - a.score);
  nearMisses.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  const maxHits = options.maxHits ?? MAX_CANDIDATES;
  return { queryTerms, unknownTerms, corrections, namedReferences: references, hits: hits.slice(0, maxHits), nearMisses: nearMisses.slice(0, 10), questionWeight: totalWeight };
}

const fillerCache = new WeakMap<SearchIndex, ReadonlySet<string>>();

/** The question-framing words as the analyser stems them, so "explaining" is as much filler as "explain". */
function fillerTerms(index: SearchIndex): ReadonlySet<string> {
  let terms = fillerCache.get(index);
  if (!terms) {
    terms = new Set([...QUESTION_FILLER].flatMap((word) => index.analyzer.terms(word)));
    fillerCache.set(index, terms);
  }
  return terms;
}

/** Outlets of the Source List that the question names, and which of its positions name them. */
function findNamedOutlets(index: SearchIndex, slots: readonly QuerySlot[]): { reference: Reference; slots: number[] }[] {
  const named: { reference: Reference; slots: number[] }[] = [];
  const outlets = new Set<string>();
  for (const { reference, outletTerms } of index.references) {
    // Several Source Lists may cite the same outlet: the first of them stands for it.
    const key = outletTerms.join(' ');
    if (outletTerms.length === 0 || outlets.has(key)) continue;
    for (let i = 0; i + outletTerms.length <= slots.length; i++) {
      if (outletTerms.every((t, k) => slots[i + k]?.terms.includes(t))) {
        named.push({ reference, slots: outletTerms.map((_, k) => i + k) });
        outlets.add(key);
        break;
      }
    }
  }
  return named;
}

/** The nearest spellings in the vocabulary: smallest edit distance first, then the most common word. */
function closestSpellings(index: SearchIndex, word: string, maxDistance: number): { word: string; terms: readonly string[]; distance: number }[] {
  const found = [...index.vocabulary.fuzzyGet(word, maxDistance)].map(([spelling, [terms, distance]]) => ({ word: spelling, terms, distance }));
  if (found.length === 0) return [];
  const nearest = Math.min(...found.map((f) => f.distance));
  const frequency = (terms: readonly string[]) => Math.max(0, ...terms.map((t) => index.documentFrequency.get(t) ?? 0));
  return found
    .filter((f) => f.distance === nearest)
    .sort((a, b) => frequency(b.terms) - frequency(a.terms))
    .slice(0, 3);
}

function firstEntries<T>(entries: Iterable<[string, T]>, limit: number): [string, T][] {
  const out: [string, T][] = [];
  for (const entry of entries) {
    if (out.length >= limit) break;
    out.push(entry);
  }
  return out;
}
