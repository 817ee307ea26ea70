import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { Reference } from '../corpus/types.js';
import { inverseDocumentFrequency, type ReferenceVector, type SearchIndex } from '../search/buildIndex.js';

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

/**
 * Relates a paragraph to the Source List by measured similarity: IDF-weighted
 * cosine between the paragraph's terms and each reference's headline.
 * References the question named come first.
 */
export function citeReferences(
  index: SearchIndex,
  chunk: Chunk,
  pinned: readonly Reference[] = [],
  terms: ReadonlySet<string> = new Set(index.analyzer.terms(chunk.text)),
): Citations {
  const idf = (t: string) => inverseDocumentFrequency(index.chunkCount, index.documentFrequency.get(t) ?? 0);
  let chunkNorm = 0;
  for (const t of terms) chunkNorm += idf(t) ** 2;
  chunkNorm = Math.sqrt(chunkNorm);

  // Only references sharing a term with the paragraph can be similar: walk those, not the whole Source List.
  const dots = new Map<ReferenceVector, number>();
  for (const term of terms) {
    const holders = index.referencesByTerm.get(term);
    // A word in most headlines of a long Source List tells none apart, and would visit them all.
    if (!holders || holders.length > Math.max(MAX_HOLDERS, index.references.length * 0.2)) continue;
    const weight = idf(term);
    for (const vector of holders) dots.set(vector, (dots.get(vector) ?? 0) + (vector.weights.get(term) ?? 0) * weight);
  }
  const scored = [...dots]
    .map(([vector, dot]) => ({ reference: vector.reference, similarity: vector.norm === 0 || chunkNorm === 0 ? 0 : dot / (vector.norm * chunkNorm) }))
    .sort((a, b) => b.similarity - a.similarity || a.reference.number - b.reference.number);

  const chosen: Reference[] = [...pinned];
  const top = scored[0];
  if (top && top.similarity >= MIN_FIRST_CITATION_SIMILARITY) {
    for (const candidate of scored) {
      if (chosen.length >= Math.max(2, pinned.length)) break;
      if (chosen.includes(candidate.reference)) continue;
      if (candidate !== top && candidate.similarity < Math.max(MIN_CITATION_SIMILARITY, top.similarity * SECOND_CITATION_RATIO)) break;
      chosen.push(candidate.reference);
    }
  }
  const own = chosen.length > 0 && chosen.every((r) => r.document === chunk.document);
  return { relation: own ? 'own' : 'related', references: chosen };
}
