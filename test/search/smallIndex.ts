import type { Chunk } from '../../src/chunks/chunkParagraphs.js';
import type { DocumentMeta, Reference } from '../../src/corpus/types.js';
import { createAnalyzer } from '../../src/search/analysis/analyzer.js';
import { buildIndex, type SearchIndex } from '../../src/search/index/buildIndex.js';
import { parseSynonyms } from '../../src/search/analysis/synonyms.js';

/** A small hand-made corpus: each document is a list of [heading, text] paragraphs. */
export async function smallIndex(
  documents: Record<string, [string | null, string][]>,
  options: { synonyms?: string; references?: Omit<Reference, 'document'>[]; publishers?: Record<string, string>; authors?: Record<string, string> } = {},
): Promise<SearchIndex> {
  const chunks: Chunk[] = [];
  const metas: DocumentMeta[] = [];
  for (const [id, paragraphs] of Object.entries(documents)) {
    metas.push({ id, file: `${id}.txt`, title: id, publisher: options.publishers?.[id] ?? '', author: options.authors?.[id] ?? '', date: '', url: '', kind: '' });
    paragraphs.forEach(([heading, text], i) => chunks.push({ id: `${id}#${i + 1}`, document: id, heading, text }));
  }
  const first = metas[0]?.id ?? '';
  const references = (options.references ?? []).map((r) => ({ ...r, document: first }));
  const analyzer = createAnalyzer(parseSynonyms(options.synonyms ?? '').rules);
  return buildIndex({ chunks, documents: metas, references, analyzer });
}
