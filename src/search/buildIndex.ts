import MiniSearch from 'minisearch';
import type { Chunk } from '../chunks/chunkParagraphs.js';
import type { DocumentMeta, Reference } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';
import { buildSuggestions, type SuggestionIndex } from './buildSuggestions.js';

/** What MiniSearch sees: fields already analysed, as space-separated terms. */
interface IndexedFields {
  id: string;
  text: string;
  heading: string;
  title: string;
}

export interface ReferenceVector {
  reference: Reference;
  /** Outlet name as analysed terms, to spot "what did the Guardian write?". */
  outletTerms: string[];
  /** Title terms with their IDF weights, for relating chunks to references. */
  weights: Map<string, number>;
  norm: number;
}

export interface SearchIndex {
  mini: MiniSearch<IndexedFields>;
  analyzer: Analyzer;
  chunks: ReadonlyMap<string, Chunk>;
  documents: ReadonlyMap<string, DocumentMeta>;
  references: readonly ReferenceVector[];
  /** Chunks containing each term (text or heading): IDF for coverage and citations. */
  documentFrequency: ReadonlyMap<string, number>;
  chunkCount: number;
  suggestions: SuggestionIndex;
}

export const FIELD_BOOSTS = { text: 1, heading: 1.6, title: 0.4 } as const;

/** Analysis and indexing yield to the event loop this often, so a reload never stalls answers. */
const SLICE = 256;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function buildIndex(input: {
  chunks: readonly Chunk[];
  documents: readonly DocumentMeta[];
  references: readonly Reference[];
  analyzer: Analyzer;
}): Promise<SearchIndex> {
  const { analyzer } = input;
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const titleTerms = new Map(input.documents.map((d) => [d.id, analyzer.terms(d.title).join(' ')]));
  const headingTerms = new Map<string, string>();
  const documentFrequency = new Map<string, number>();
  const fields: IndexedFields[] = [];
  const chunks = new Map<string, Chunk>();

  for (let i = 0; i < input.chunks.length; i++) {
    if (i > 0 && i % SLICE === 0) await yieldToEventLoop();
    const chunk = input.chunks[i] as Chunk;
    chunks.set(chunk.id, chunk);
    const text = analyzer.terms(chunk.text);
    let heading = '';
    if (chunk.heading !== null) {
      const cached = headingTerms.get(chunk.heading);
      heading = cached ?? analyzer.terms(chunk.heading).join(' ');
      if (cached === undefined) headingTerms.set(chunk.heading, heading);
    }
    const seen = new Set(text);
    for (const term of heading.split(' ')) if (term !== '') seen.add(term);
    for (const term of seen) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    fields.push({ id: chunk.id, text: text.join(' '), heading, title: titleTerms.get(chunk.document) ?? '' });
  }

  const mini = new MiniSearch<IndexedFields>({
    fields: ['text', 'heading', 'title'],
    idField: 'id',
    // Fields arrive analysed; splitting on spaces is all that is left to do.
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
  });
  await mini.addAllAsync(fields, { chunkSize: SLICE });

  const chunkCount = chunks.size;
  const idf = (term: string) => inverseDocumentFrequency(chunkCount, documentFrequency.get(term) ?? 0);
  const references = input.references.map((reference) => {
    const weights = new Map<string, number>();
    for (const term of analyzer.terms(reference.title)) weights.set(term, idf(term));
    const outletTerms = analyzer.phraseTerms(reference.outlet).filter((t, i) => !(i === 0 && t === 'the'));
    return { reference, outletTerms, weights, norm: Math.hypot(...weights.values()) };
  });

  const suggestions = buildSuggestions(input.chunks, input.documents, analyzer);
  return { mini, analyzer, chunks, documents, references, documentFrequency, chunkCount, suggestions };
}

/** BM25's IDF; a term the index has never seen gets the largest weight. */
export function inverseDocumentFrequency(total: number, frequency: number): number {
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
