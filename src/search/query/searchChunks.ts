import type { Chunk } from '../../chunks/chunkParagraphs.js';
import type { Reference } from '../../corpus/types.js';
import { foldTerm, NUMBER_TERM, type QuerySlot, type TermSpan } from '../analysis/analyzer.js';
import { inverseDocumentFrequency, type ReferenceVector, type SearchIndex } from '../index/buildIndex.js';
import { findCandidates, holds } from './findCandidates.js';
import { QUESTION_FILLER } from '../analysis/stopWords.js';

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
   * The query plan's budgets (see SCORED_POSTINGS and WALKED_POSTINGS), for
   * trying a large index's plan on a small one; Infinity searches every word.
   */
  scoredPostings?: number;
  walkedPostings?: number;
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
/** Candidates read in full per query: enough for paging, few enough to stay fast on large corpora. */
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
/**
 * Query plan. Scoring every posting of every word is what a plain OR query
 * costs: at 100,000 paragraphs "users" alone has 50,000 postings, and
 * MiniSearch's search took 70 ms for it. So (findCandidates.ts):
 * 1. the rarest words (by document frequency) are scored while their
 *    postings fit this budget: they carry most of the question's weight
 *    (IDF), and the paragraphs holding them are the candidates;
 * 2. the next words are walked, not scored, within WALKED_POSTINGS: every
 *    candidate learns whether it holds them, so coverage ranks them all;
 * 3. the commonest words are read in the best MAX_CANDIDATES candidates.
 * A question of common words only ("what is RedNote") takes its candidates
 * from the paragraphs holding the rarest of them together. On the five seed
 * articles no question comes near the budgets, and every word is scored.
 */
export const SCORED_POSTINGS = 6_000;
/** Walking a posting (is this paragraph a candidate?) costs a fraction of scoring one. */
export const WALKED_POSTINGS = 60_000;
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
  const { analyzer, documentFrequency, chunkCount } = index;
  const text = stripDiscordMarkup(question).slice(0, MAX_QUESTION_CHARS);
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
  const headlineTerms = new Set(namedReferences.flatMap((n) => [...(outletsOf(index).vectors.get(n.reference)?.weights.keys() ?? [])]));
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
    const vector = outletsOf(index).vectors.get(reference);
    for (const term of vector?.weights.keys() ?? []) {
      if (covered.has(term) || !documentFrequency.has(term)) continue;
      covered.add(term);
      resolved.push({ written: term, weight: idf(term) * HEADLINE_WEIGHT, terms: new Map([[term, HEADLINE_WEIGHT]]) });
    }
  }
  if (content.length === 0 && namedReferences.length === 0) return { ...empty, queryTerms };
  const matchable = resolved.filter((r) => r.terms.size > 0);
  const budgets = { scored: options.scoredPostings ?? SCORED_POSTINGS, walked: options.walkedPostings ?? WALKED_POSTINGS };
  const found = findCandidates(index, matchable.flatMap((slot) => [...slot.terms]), budgets);
  const bits = new Map(found.terms.map((term, bit) => [term, bit]));

  const totalWeight = resolved.reduce((sum, r) => sum + r.weight, 0);
  const rareWeight = inverseDocumentFrequency(chunkCount, 1);
  // What each word earns its slot, worked out once: thousands of candidates are measured.
  const credits = matchable.map((slot) => [...slot.terms].map(([term, factor]) => ({ term, bit: bits.get(term) ?? -1, earned: Math.min(slot.weight, factor * Math.max(idf(term), MIN_ALTERNATIVE_CREDIT * slot.weight)) })));
  const measure = (has: (term: string, bit: number) => boolean) => {
    let weight = 0;
    let slots = 0;
    for (const slot of credits) {
      let credit = 0;
      for (const { term, bit, earned } of slot) if (earned > credit && has(term, bit)) credit = earned;
      weight += credit;
      if (credit > 0) slots++;
    }
    return { weight, slots, coverage: totalWeight === 0 ? 0 : weight / totalWeight };
  };
  const count = found.ids.length;
  let topScore = 1e-9;
  for (const score of found.scores) if (score > topScore) topScore = score;
  // Coverage decides; BM25 (term frequency, field, length) orders hits of comparable coverage.
  const rank = (coverage: number, score: number) => coverage + BM25_SHARE * (score / topScore);

  // Every candidate is measured on the words known so far, and the best of them read for the rest.
  const ranks = new Float64Array(count);
  for (let c = 0; c < count; c++) ranks[c] = rank(measure((_term, bit) => bit >= 0 && holds(found, c, bit)).coverage, found.scores[c] as number);
  // Best BM25 first, ties in the order met; past MAX_CANDIDATES, the best ranked of them.
  const byScore = (a: number, b: number) => (found.scores[b] as number) - (found.scores[a] as number) || a - b;
  let order = Array.from({ length: count }, (_, i) => i).sort(byScore);
  if (count > MAX_CANDIDATES) order = order.sort((a, b) => (ranks[b] as number) - (ranks[a] as number) || byScore(a, b)).slice(0, MAX_CANDIDATES);

  const hits: SearchHit[] = [];
  const nearMisses: SearchHit[] = [];
  for (const c of order) {
    const chunk = index.chunks.get(index.postings.ids[found.ids[c] as number] as string);
    if (!chunk) continue;
    const score = found.scores[c] as number;
    const matched = new Set(found.terms.filter((_, bit) => holds(found, c, bit)));
    let headingMatch = found.headings[c] === 1;
    if (found.unread.length > 0) {
      const { terms: inText, headingTerms: inHeading } = analyseChunk(index, chunk);
      const inTitle = titleTerms(index, chunk.document);
      for (const term of found.unread) if (inText.has(term) || inHeading.has(term) || inTitle.has(term)) matched.add(term);
    }
    // Words found by walking say nothing of where they stand: the heading is read for them.
    if (!headingMatch && chunk.heading !== null && index.sectionLeads.has(chunk.id) && matched.size > (found.searched[c] as number)) {
      const inHeading = headingTermsOf(index, chunk.heading);
      headingMatch = [...matched].some((term) => inHeading.has(term));
    }
    const { weight, slots, coverage } = measure((term) => matched.has(term));
    const lead = headingMatch && index.sectionLeads.has(chunk.id) ? SECTION_LEAD_BONUS : 0;
    const hit: SearchHit = { chunk, score: rank(coverage, score) + lead, coverage, matchedTerms: matched };
    const relaxed = coverage >= MIN_COVERAGE_WITH_RARE_MATCH && slots >= 2 && weight >= RARE_MATCH_SHARE * rareWeight;
    if (coverage >= MIN_COVERAGE || relaxed) hits.push(hit);
    else nearMisses.push(hit);
  }
  hits.sort((a, b) => b.score - a.score);
  nearMisses.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  const maxHits = options.maxHits ?? MAX_CANDIDATES;
  return { queryTerms, unknownTerms, corrections, namedReferences: references, hits: hits.slice(0, maxHits), nearMisses: nearMisses.slice(0, 10), questionWeight: totalWeight };
}

/** A paragraph as the analyser reads it: what duplicates, excerpts, citations and candidate checks all need. */
export interface ChunkAnalysis {
  spans: TermSpan[];
  terms: ReadonlySet<string>;
  headingTerms: ReadonlySet<string>;
}

/** Paragraphs kept analysed per index: a question checks up to MAX_CANDIDATES, and popular paragraphs come back. */
const ANALYSED_CHUNKS = 2_000;
const analysisCache = new WeakMap<SearchIndex, Map<string, ChunkAnalysis>>();

/** Analyses a paragraph once per index, keeping the most recently used ones (analysis costs about 50 µs a paragraph). */
export function analyseChunk(index: SearchIndex, chunk: Chunk): ChunkAnalysis {
  let cache = analysisCache.get(index);
  if (!cache) analysisCache.set(index, (cache = new Map<string, ChunkAnalysis>()));
  let found = cache.get(chunk.id);
  if (found) {
    // Map keeps insertion order: moving a paragraph to the end makes the first key the least recently used.
    cache.delete(chunk.id);
  } else {
    const spans = index.analyzer.spans(chunk.text);
    found = { spans, terms: new Set(spans.map((s) => s.term)), headingTerms: chunk.heading === null ? new Set<string>() : headingTermsOf(index, chunk.heading) };
    if (cache.size >= ANALYSED_CHUNKS) cache.delete(cache.keys().next().value as string);
  }
  cache.set(chunk.id, found);
  return found;
}

const headingCache = new WeakMap<SearchIndex, Map<string, ReadonlySet<string>>>();
const titleCache = new WeakMap<SearchIndex, Map<string, ReadonlySet<string>>>();

/** Terms remembered per index and key: they never change while that index is in service. */
function remembered(store: WeakMap<SearchIndex, Map<string, ReadonlySet<string>>>, index: SearchIndex, key: string, analyse: () => string[]): ReadonlySet<string> {
  let cache = store.get(index);
  if (!cache) store.set(index, (cache = new Map<string, ReadonlySet<string>>()));
  let terms = cache.get(key);
  if (!terms) cache.set(key, (terms = new Set(analyse())));
  return terms;
}

/** A heading's terms, analysed once per index: a heading is shared by every paragraph of its section. */
function headingTermsOf(index: SearchIndex, heading: string): ReadonlySet<string> {
  return remembered(headingCache, index, heading, () => index.analyzer.terms(heading));
}

/** What the index's title field holds for an article's paragraphs: title, publisher and author, as buildIndex writes it. */
function titleTerms(index: SearchIndex, documentId: string): ReadonlySet<string> {
  return remembered(titleCache, index, documentId, () => {
    const meta = index.documents.get(documentId);
    return meta ? index.analyzer.terms(`${meta.title}\n${meta.publisher}\n${meta.author}`) : [];
  });
}

/**
 * Discord writes mentions, channels, custom emoji, timestamps and command links
 * as markup (<@123>, <#123>, <:name:123>, <t:1700000000:R>); links and
 * @everyone/@here are no words of a question either, and would count against it.
 */
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<\/[^<>:]+:\d+>|<?\bhttps?:\/\/[^\s>]+>?|\bwww\.[^\s>]+|@(?:everyone|here)\b/g;

export function stripDiscordMarkup(question: string): string {
  return question.replace(DISCORD_MARKUP, ' ');
}

interface Outlets {
  /** Each outlet once: several Source Lists may cite the same outlet, and the first of them stands for it. */
  distinct: { reference: Reference; outletTerms: readonly string[] }[];
  vectors: ReadonlyMap<Reference, ReferenceVector>;
}

const outletCache = new WeakMap<SearchIndex, Outlets>();

/** A large corpus cites thousands of references from a few dozen outlets: questions look at the outlets. */
function outletsOf(index: SearchIndex): Outlets {
  let outlets = outletCache.get(index);
  if (!outlets) {
    const distinct: Outlets['distinct'] = [];
    const seen = new Set<string>();
    const vectors = new Map<Reference, ReferenceVector>();
    for (const vector of index.references) {
      if (!vectors.has(vector.reference)) vectors.set(vector.reference, vector);
      const key = vector.outletTerms.join(' ');
      if (vector.outletTerms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      distinct.push({ reference: vector.reference, outletTerms: vector.outletTerms });
    }
    outletCache.set(index, (outlets = { distinct, vectors }));
  }
  return outlets;
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
  for (const { reference, outletTerms } of outletsOf(index).distinct) {
    for (let i = 0; i + outletTerms.length <= slots.length; i++) {
      if (outletTerms.every((t, k) => slots[i + k]?.terms.includes(t))) {
        named.push({ reference, slots: outletTerms.map((_, k) => i + k) });
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
