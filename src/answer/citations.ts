import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { Reference } from '../corpus/types.js';
import { inverseDocumentFrequency, type ReferenceVector, type SearchIndex } from '../search/index/buildIndex.js';

export type CitationRelation = 'own' | 'related';

export interface Citations {
  /** "own": the excerpt's article lists these sources itself; "related": coverage of the same story. */
  relation: CitationRelation;
  references: Reference[];
}

/**
 * Every reference covers the same story, so the closest one is worth showing
 * even when the overlap is modest; a second one must be genuinely related.
 */
export const MIN_FIRST_CITATION_SIMILARITY = 0.04;
export const MIN_CITATION_SIMILARITY = 0.08;
const SECOND_CITATION_RATIO = 0.7;
const MAX_HOLDERS = 50;
/** References cited by similarity: the closest and, when close enough, a second. */
const MAX_CITED = 2;
/** Paragraphs whose closest references are remembered per index: the question never changes them, only what it pins. */
const CACHED_CHUNKS = 5_000;

/**
 * Relates a paragraph to the Source List by measured similarity: IDF-weighted
 * cosine between the paragraph's terms and each reference's headline.
 * References the question named come first. `terms` are the paragraph's
 * analysed terms, when the caller has them already.
 */
export function citeReferences(index: SearchIndex, chunk: Chunk, pinned: readonly Reference[] = [], terms?: ReadonlySet<string>): Citations {
  const chosen: Reference[] = [...pinned];
  for (const reference of closestReferences(index, chunk, terms)) {
    if (chosen.length >= Math.max(MAX_CITED, pinned.length)) break;
    if (!chosen.includes(reference)) chosen.push(reference);
  }
  const own = chosen.length > 0 && chosen.every((r) => r.document === chunk.document);
  return { relation: own ? 'own' : 'related', references: chosen };
}

/**
 * A question holding a word that at most this many headlines of the Source
 * List use ("privacy", "Instagram", "half a million") is about those pieces.
 * Words most headlines share ("TikTok", "RedNote") tell none apart.
 */
const DISTINCTIVE_HEADLINE_HOLDERS = 2;

/**
 * The reference a question points at without naming its outlet ("where can I
 * read about the privacy risks?"): the one headline holding the most of the
 * question's distinctive words, weighted by how few headlines hold each, when
 * it holds at least one word no other headline has, or more, and no other
 * headline holds as much. The answer cites it first, as it would a named outlet.
 */
export function referencesForQuestion(index: SearchIndex, queryTerms: readonly string[]): Reference[] {
  const count = index.references.length;
  const evidence = new Map<ReferenceVector, number>();
  for (const term of new Set(queryTerms)) {
    const holders = index.referencesByTerm.get(term);
    if (!holders || holders.length > DISTINCTIVE_HEADLINE_HOLDERS) continue;
    for (const vector of holders) evidence.set(vector, (evidence.get(vector) ?? 0) + Math.log(count / holders.length));
  }
  const [best, second] = [...evidence].sort((a, b) => b[1] - a[1] || a[0].reference.number - b[0].reference.number);
  if (!best || count < 2 || best[1] < Math.log(count) - 1e-9 || (second !== undefined && second[1] >= best[1])) return [];
  return [best[0].reference];
}

/** The Source List as arrays: a paragraph's similarities are sums over arrays, not map updates. */
interface ReferenceTable {
  references: Reference[];
  position: Map<ReferenceVector, number>;
  norms: Float64Array;
  /** Per term, the references whose headline holds it and its weight there; null when too many hold it. Filled as terms come up. */
  rows: Map<string, { positions: number[]; weights: number[] } | null>;
  maxHolders: number;
  /** Scratch space for one paragraph's dot products and the references it reached, cleared after use. */
  dots: Float64Array;
  reached: Uint8Array;
  touched: Int32Array;
  cache: Map<string, readonly Reference[]>;
}

const tables = new WeakMap<SearchIndex, ReferenceTable>();

function referenceTable(index: SearchIndex): ReferenceTable {
  let table = tables.get(index);
  if (table) return table;
  const count = index.references.length;
  table = {
    references: index.references.map((v) => v.reference),
    position: new Map(index.references.map((vector, i) => [vector, i])),
    norms: Float64Array.from(index.references, (v) => v.norm),
    rows: new Map(),
    // A word in most headlines of a long Source List tells none apart, and would visit them all.
    maxHolders: Math.max(MAX_HOLDERS, count * 0.2),
    dots: new Float64Array(count),
    reached: new Uint8Array(count),
    touched: new Int32Array(count),
    cache: new Map(),
  };
  tables.set(index, table);
  return table;
}

function referencesHolding(index: SearchIndex, table: ReferenceTable, term: string): { positions: number[]; weights: number[] } | null {
  let row = table.rows.get(term);
  if (row === undefined) {
    const vectors = index.referencesByTerm.get(term);
    row = vectors && vectors.length <= table.maxHolders ? { positions: vectors.map((v) => table.position.get(v) ?? 0), weights: vectors.map((v) => v.weights.get(term) ?? 0) } : null;
    table.rows.set(term, row);
  }
  return row;
}

/** The references worth citing for a paragraph, closest first (at most MAX_CITED), remembered per paragraph. */
function closestReferences(index: SearchIndex, chunk: Chunk, terms?: ReadonlySet<string>): readonly Reference[] {
  const table = referenceTable(index);
  const cached = table.cache.get(chunk.id);
  if (cached) return cached;
  const closest = rankReferences(index, table, terms ?? new Set(index.analyzer.terms(chunk.text)));
  // Oldest first in a Map: dropping the first key keeps the cache bounded.
  if (table.cache.size >= CACHED_CHUNKS) table.cache.delete(table.cache.keys().next().value as string);
  table.cache.set(chunk.id, closest);
  return closest;
}

function rankReferences(index: SearchIndex, table: ReferenceTable, terms: ReadonlySet<string>): Reference[] {
  const { dots, reached, touched, norms } = table;
  let chunkNorm = 0;
  let touchedCount = 0;
  // Only references sharing a term with the paragraph can be similar: visit those, not the whole Source List.
  for (const term of terms) {
    const weight = inverseDocumentFrequency(index.chunkCount, index.documentFrequency.get(term) ?? 0);
    chunkNorm += weight ** 2;
    const row = referencesHolding(index, table, term);
    if (!row) continue;
    const { positions, weights } = row;
    for (let k = 0; k < positions.length; k++) {
      const i = positions[k] as number;
      if (reached[i] === 0) {
        reached[i] = 1;
        touched[touchedCount++] = i;
      }
      dots[i] = (dots[i] as number) + (weights[k] as number) * weight;
    }
  }
  chunkNorm = Math.sqrt(chunkNorm);

  // Closest first; equally close ones in Source List order. Dot products become similarities in place.
  const number = (i: number) => (table.references[i] as Reference).number;
  let top = -1;
  for (let k = 0; k < touchedCount; k++) {
    const i = touched[k] as number;
    const norm = norms[i] as number;
    const similarity = norm === 0 || chunkNorm === 0 ? 0 : (dots[i] as number) / (norm * chunkNorm);
    dots[i] = similarity;
    if (top < 0 || similarity > (dots[top] as number) || (similarity === dots[top] && number(i) < number(top))) top = i;
  }
  const closest: number[] = [];
  if (top >= 0 && (dots[top] as number) >= MIN_FIRST_CITATION_SIMILARITY) {
    closest.push(top);
    // A second reference has to come close to the first.
    const floor = Math.max(MIN_CITATION_SIMILARITY, (dots[top] as number) * SECOND_CITATION_RATIO);
    let second = -1;
    for (let k = 0; k < touchedCount; k++) {
      const i = touched[k] as number;
      const similarity = dots[i] as number;
      if (i === top || similarity < floor) continue;
      if (second < 0 || similarity > (dots[second] as number) || (similarity === dots[second] && number(i) < number(second))) second = i;
    }
    if (second >= 0) closest.push(second);
  }
  for (let k = 0; k < touchedCount; k++) {
    const i = touched[k] as number;
    dots[i] = 0;
    reached[i] = 0;
  }
  return closest.map((i) => table.references[i] as Reference);
}
